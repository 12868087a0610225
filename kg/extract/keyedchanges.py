"""A change or a level stated as the value of a key-value line: "Wachtlijst: fors opgelopen".

Fact sheets state a quantity as a key and its state after a colon, without a verb or a
figure. When the value is only a participle of change ("Wachtlijst jeugd-ggz: fors
opgelopen.", "Aantal meldingen: gedaald.") the key's quantity rose or fell: an observation
with ``increase`` or ``decrease``; when it is a comparative set against a reference with
"dan" ("Jeugdhulp met verblijf: duidelijk hoger dan in vergelijkbare steden.",
"Werkloosheid: lager dan landelijk.") it is a level, ``higher`` or ``lower`` than that
reference. The key (:func:`kg.extract.linekeys.key_end`) names the measure. A value that
goes on past the change or the reference ("Tarieven: gestegen, maar nog te laag") keeps
only the change's words; a value with a figure of its own is the figure's
(:mod:`kg.extract.indicators`).

Source: the key-value style of municipal fact sheets and dashboards; the participles of
change and the comparatives of general Dutch (:mod:`kg.extract.changewords`), written
without reading any profile. Each line is read once from its start, with a cheap test for
the colon first, so the work is linear.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.changewords import reference_in
from kg.extract.linekeys import key_end
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator, with_new_indicators

__all__ = ["keyed_changes"]

#: Participles of change that can stand alone as a value, with their direction.
_RISE = ("opgelopen", "gestegen", "toegenomen", "gegroeid", "verhoogd")
_FALL: tuple[str, ...] = (
    "gedaald",
    "afgenomen",
    "gekrompen",
    "teruggelopen",
    "verminderd",
    "verlaagd",
)
_FALL += ("geslonken", "gezakt")
_DIRECTION = {**dict.fromkeys(_RISE, "increase"), **dict.fromkeys(_FALL, "decrease")}
_LEVEL = {"hoger": "higher", "lager": "lower"}
#: Adverbs of degree or time before the change or the comparative.
_DEGREE = (
    r"(?:(?:fors|sterk|flink|licht|iets|wat|duidelijk|veel|fiks|snel|verder|opnieuw|nog"
    r"|aanzienlijk)\s+)*"
)
#: The value after the key's colon (:func:`kg.extract.linekeys.key_end`).
_VALUE = re.compile(
    r":\s+" + _DEGREE + r"(?:(?P<change>" + "|".join(_DIRECTION) + r")\b(?P<since>\s+sinds\s+"
    r"(?:19|20)\d\d)?(?=\s*(?:[.,;]|$))"
    r"|(?P<level>hoger|lager)\s+dan\s+(?P<ref>[^.,;:()\d]{2,60}?)(?=\s*(?:[.,;]|$)))",
    re.IGNORECASE,
)


def keyed_changes(
    doc: Document, found: list[Indicator], vocab: MeasureVocabulary
) -> list[Indicator]:
    """``found`` with the changes and levels the values of key-value lines state.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The observations found so far; a line that overlaps one of them is left to it.
    vocab : MeasureVocabulary
        Gives each observation the measure its key names.

    Returns
    -------
    list of Indicator
        ``found`` and the new observations, in text order.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> from kg.extract.indicators import default_measures
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\nWachtlijst: fors opgelopen.\\n", "t", set())
    >>> [(doc.text[i.start : i.end], i.comparison) for i in
    ...  keyed_changes(doc, [], default_measures())]
    [('Wachtlijst: fors opgelopen', 'increase')]
    """
    text = doc.text
    taken = [(i.start, i.end) for i in found]
    new: list[Indicator] = []
    for sentence in doc.sentences:
        s0, s1 = sentence.start, sentence.end
        colon = key_end(text, s0, s1)
        if colon is None:
            continue  # no key (most sentences)
        m = _VALUE.match(text, colon, s1)
        if m is None or any(a < m.end() and s0 < b for a, b in taken):
            continue
        key = " ".join(text[s0:colon].split())
        cues = [c for _, _, c in vocab.cues_in(key, 0, len(key))]
        if m.group("change"):
            comparison = _DIRECTION[m.group("change").lower()]
            since = m.group("since")
            reference = since.split()[-1] if since else None
            end = m.end("since") if since else m.end("change")
        else:
            comparison = _LEVEL[m.group("level").lower()]
            reference = reference_in(text[m.start("level") : m.end()])
            end = m.end()
        measure = vocab.choose(cues, None, None, free=True, prefer="count")
        new.append(
            Indicator(
                start=s0,
                end=end,
                sentence=sentence.index,
                measure=measure.key if measure else None,
                measure_label=key,
                value=None,
                unit=None,
                comparison=comparison,
                reference=reference,
            )
        )
    return with_new_indicators(found, new)
