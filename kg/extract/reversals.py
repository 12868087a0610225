"""A verdict turned round for another subject: "Voor de jeugdhulp geldt het omgekeerde".

Statistical prose states a comparison and then says that for a second subject the
opposite holds, without repeating the verdict:

- ``Voor X geldt het omgekeerde`` (also ``het tegenovergestelde``, ``het tegendeel``,
  ``juist het omgekeerde``), and ``Het omgekeerde geldt voor X``;
- ``Bij X is het (juist, precies) andersom`` (also ``omgekeerd``), ``Bij X ligt dat
  andersom``, ``Het omgekeerde is het geval bij X``.

The second subject gets the opposite direction of the last comparison stated before it,
in its own sentence or the one before, and that comparison's reference ("Het gebruik van
de Wmo ligt boven het landelijk gemiddelde. Voor de jeugdhulp geldt het omgekeerde": the
youth care lies below the national average). Source: general Dutch ("het omgekeerde",
"andersom", "het tegenovergestelde" refer to the converse of what was said before;
Van Dale), written without reading any profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator
from kg.extract.overtime import EARLIER_REFERENCES, as_change, changed
from kg.extract.subjects import names_quantity
from kg.extract.wordtokens import lowered

__all__ = ["OPPOSITE", "reversed_verdicts"]

#: Each direction and its opposite; "equal" has none.
OPPOSITE = {
    "higher": "lower",
    "lower": "higher",
    "more": "less",
    "less": "more",
    "better": "worse",
    "worse": "better",
    "increase": "decrease",
    "decrease": "increase",
}
_CONVERSE = (
    r"(?:(?:juist|precies|net|eerder)\s+)?(?:het\s+)?(?:omgekeerde|tegenovergestelde|tegendeel)"
)
_SUBJECT = r"(?P<what>(?:de|het)\s+[^,;:.()]{1,60}?|[^\W\d][\w-]*(?:\s+[\w-]+){0,3}?)"
_REVERSED = re.compile(
    # "Voor de jeugdhulp geldt (juist) het omgekeerde", "bij X is het andersom"
    r"\b(?:voor|bij|in|onder)\s+"
    + _SUBJECT
    + r"\s+(?:(?:geldt|gold)\s+"
    + _CONVERSE
    + r"|(?:is|was|ligt|lag|zit|zat)\s+(?:het|dat|dit)\s+(?:(?:juist|precies|net)\s+)?"
    r"(?:andersom|omgekeerd))(?=\s*(?:[.;:)]|$|,))"
    # "Het omgekeerde geldt voor X", "Het omgekeerde is het geval bij X"
    r"|\b" + _CONVERSE.replace("(?:het\\s+)?", "het\\s+") + r"\s+(?:geldt|gold|is\s+het\s+geval)"
    r"\s+(?:(?:juist|wel)\s+)?(?:voor|bij)\s+"
    + _SUBJECT.replace("what", "what2")
    + r"(?=\s*(?:[.;:)]|$|,))",
    re.IGNORECASE,
)
#: The words one of which every match holds (a document without them is not scanned; a
#: search of its lower case for each is fast, a pattern without case is read letter by letter).
_KEYS = ("omgekeerd", "tegenovergesteld", "tegendeel", "andersom")


def reversed_verdicts(
    doc: Document,
    found: Iterable[Indicator],
    make: Callable[[int, int, int, str], Indicator],
) -> list[Indicator]:
    """The subjects a verdict is turned round for, each with the opposite comparison.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : iterable of Indicator
        The observations read so far (with and without figures).
    make : callable
        ``make(sentence_index, start, end, phrase)``: an observation of ``phrase``
        (its measure read from the vocabulary).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Het gebruik ligt hoger. Voor de jeugdhulp geldt het omgekeerde."
    >>> text = "T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n"
    >>> doc = parse_profile(text, "t", set())
    >>> s = doc.sentences[-1]
    >>> prior = Indicator(s.start - 24, s.start - 2, s.index - 1, None, "", None, None,
    ...                   comparison="higher", reference="national average")
    >>> def make(n, a, b, w):
    ...     return Indicator(a, b, n, "share-youth-care", w, None, None)
    >>> [(i.measure_label, i.comparison, i.reference)
    ...  for i in reversed_verdicts(doc, [prior], make)]
    [('de jeugdhulp', 'lower', 'national average')]
    """
    text = doc.text
    low = lowered(text) or text.lower()
    if not any(key in low for key in _KEYS):
        return []
    stated = sorted((i for i in found if i.comparison in OPPOSITE), key=lambda i: i.end)
    out: list[Indicator] = []
    starts = {s.index: s.start for s in doc.sentences}
    for sentence in doc.sentences:
        if not any(low.find(key, sentence.start, sentence.end) >= 0 for key in _KEYS):
            continue  # only a sentence with one of the words is read
        for m in _REVERSED.finditer(text, sentence.start, sentence.end):
            before = [i for i in stated if i.end <= m.start() and i.sentence >= sentence.index - 1]
            if not before:
                continue
            prior = before[-1]
            what = " ".join((m.group("what") or m.group("what2")).split())
            ind = make(sentence.index, m.start(), m.end(), what)
            if ind.measure is None and not names_quantity(what):
                continue  # "Voor de wethouder geldt het omgekeerde": no quantity
            words = text[starts[prior.sentence] : max(prior.end, m.start())]
            out.append(replace(ind, comparison=_turned(words, prior), reference=prior.reference))
    return out


def _turned(words: str, prior: Indicator) -> str:
    """The opposite of ``prior``'s direction; of its change when the words of its sentence
    (``words``) say it changed ("is gedaald", "met 8% gestegen": the other rose, fell), as
    :mod:`kg.extract.overtime` will read it.

    Examples
    --------
    >>> prior = Indicator(0, 0, 1, None, "", None, None, comparison="higher")
    >>> _turned("De werkloosheid is gestegen.", prior), _turned("Het gebruik is hoog.", prior)
    ('decrease', 'lower')
    """
    cmp = prior.comparison or ""
    if (prior.reference is None or prior.reference in EARLIER_REFERENCES) and changed(words):
        cmp = as_change(cmp) or cmp
    return OPPOSITE[cmp]
