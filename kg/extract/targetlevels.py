"""A figure set against what the municipality aimed for: reference ``municipal target``.

A count the text sets against the municipality's own goal ("er is tot op heden slechts één
plek gerealiseerd en dat is ver beneden de doelstelling"; "het aantal plekken bleef steken
op 9") is a level below (or above) that target: comparison ``lower`` (``higher``), reference
``municipal target`` (gold README, twenty-eighth session, point 12, and the oosterhout
form "bleef steken op"). The target must be named by a noun of aim ("doelstelling", "doel",
"taakstelling", "streefcijfer", "ambitie") after "beneden / onder / achter" or
"boven"; or the figure must be where a count stalled ("bleef … steken op N": it stopped
short of where it was meant to go); or the figure is the part of a target that was filled,
the taakstelling opening its sentence ("Van de taakstelling van 31 beschutte werkplekken
zijn er twaalf ingevuld": below the target when fewer; gold README, ninth batch 4).

Source: Dutch "ver beneden de doelstelling" (far below the objective) and "blijven steken
op" (to get stuck at, Van Dale), the language of municipal targets (taakstelling beschut werk,
Participatiewet 2015).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator
from kg.extract.wordtokens import lower_span

__all__ = ["MUNICIPAL_TARGET", "target_levels"]

MUNICIPAL_TARGET = "municipal target"
_AIM = r"(?:doelstelling\w*|doel|taakstelling|streefcijfer\w*|streefwaarde|ambitie)"
#: After the figure, in its sentence: "(en) dat is (ver) beneden de doelstelling".
_AGAINST = re.compile(
    rf"^[^.;:]{{0,80}}?\b(?P<side>beneden|onder|achter|boven)\s+(?:de|het|onze|haar|zijn)\s+"
    rf"(?:\w+\s+)?{_AIM}\b",
    re.IGNORECASE,
)
#: Right before the figure: "bleef (in 2016) steken op".
_STALLED = re.compile(
    r"\b(?:bleef|bleven|blijft|blijven)\b(?:\s+[\w'’-]+){0,5}?\s+steken\s+op\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A sentence that opens on a target: "Van de taakstelling van 31 …".
_OF_TARGET = re.compile(r"\W*van\s+de\s+taakstelling\b", re.IGNORECASE)
#: Right after the part that was filled: "(zijn er twaalf) ingevuld", "gerealiseerd".
_FILLED = re.compile(
    r"\s+(?:\w+\s+)?(?:ingevuld|gerealiseerd|bezet|gevuld|vervuld|benut)\b", re.IGNORECASE
)
#: Cheap gate: a word every form holds.
_GATE = ("doel", "taakstell", "streef", "ambitie", "steken")


def target_levels(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each figure the text sets against the municipality's target compared
    with it.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations.

    Returns
    -------
    list of Indicator
        The same observations; a figure without a comparison that the words after it put
        below (above) a named target, or at which a count stalled, has comparison ``lower``
        (``higher``) and reference ``municipal target``.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Er is slechts één plek gerealiseerd en dat is ver beneden de doelstelling."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = Indicator(s.index("één"), s.index(" gerealiseerd"), 1, None, "", 1, "count")
    >>> [(i.comparison, i.reference) for i in target_levels(doc, [a])]
    [('lower', 'municipal target')]
    >>> s = "Het aantal plekken bleef in 2016 steken op 9."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = Indicator(s.index("9"), s.index("9") + 1, 1, None, "", 9, "count")
    >>> [(i.comparison, i.reference) for i in target_levels(doc, [a])]
    [('lower', 'municipal target')]
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.comparison is not None or ind.value is None or ind.sentence <= 0:
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        words = lower_span(doc.text, sentence.start, sentence.end)
        if not any(g in words for g in _GATE):
            continue
        after = _AGAINST.match(doc.text[ind.end : sentence.end])
        if after is not None:
            side = "higher" if after.group("side").lower() == "boven" else "lower"
            out[i] = replace(ind, comparison=side, reference=MUNICIPAL_TARGET)
        elif _STALLED.search(doc.text[max(sentence.start, ind.start - 60) : ind.start]):
            out[i] = replace(ind, comparison="lower", reference=MUNICIPAL_TARGET)
        elif _FILLED.match(doc.text, ind.end) and _OF_TARGET.match(doc.text, sentence.start):
            whole = [o.value for o in out[:i] if o.sentence == ind.sentence and o.value]
            if whole and whole[0] != ind.value and ind.unit == "count":  # fewer than the target
                side = "lower" if ind.value < whole[0] else "higher"
                out[i] = replace(ind, comparison=side, reference=MUNICIPAL_TARGET)
    return out
