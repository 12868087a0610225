"""A count of people who receive a provision: the provision's count, not the group's.

"2.300 huishoudens ontvangen een bijstandsuitkering" counts benefit recipients,
not households; "het aantal jongeren in de jeugdzorg steeg van 1.450 naar 1.720"
counts clients of youth care, not young people. The group of people a count
names (households, inhabitants, young people) is then only who the recipients
are; the measure is that of the provision they receive, have, use or are in.

A provision's measure may be a share (``share-youth-care``); a count of its
recipients is the count measure that goes with it (:data:`COUNT_OF`).

Two forms are read, each inside the figure's clause:

- the figure, its group and a verb of receiving or a preposition of being in or
  having, then the provision: "850 mensen hebben een bijstandsuitkering", "600
  personen zitten in de bijstand", "1.450 jongeren in de jeugdzorg"; the verb may
  come first: "in 2016 ontvingen 1.300 jongeren jeugdhulp";
- the group and its provision named before the figure: "het aantal kinderen in de
  jeugdhulp daalde van 900 naar 820".

Source: general Dutch of statistics on the social domain (CBS, waarstaatjegemeente.nl),
written without reading any profile. Every pattern is bounded.
"""

from __future__ import annotations

import re

from kg.extract.measures import Measure, MeasureVocabulary

__all__ = ["COUNT_OF", "recipients"]

#: The count measure of the recipients of each provision's measure.
COUNT_OF = {
    "benefit-recipients": "benefit-recipients",
    "benefit-recipients-share": "benefit-recipients",
    "unemployment-benefits": "unemployment-benefits",
    "disability-benefits": "disability-benefits",
    "clients": "clients",
    "share-wmo": "clients",
    "share-youth-care": "clients",
    "share-reintegration": "reintegration-trajectories",
    "reintegration-trajectories": "reintegration-trajectories",
    "youth-protection": "youth-protection",
    "youth-probation": "youth-probation",
    "informal-carers": "informal-carers",  # "9.000 inwoners zijn mantelzorger"
}
#: The measures of a group of people, which a count of recipients names as who they are.
_GROUP_MEASURES = frozenset(("households", "inhabitants"))
#: Groups of people (plural), possibly after one adjective ("alleenstaande ouders").
_GROUP = (
    r"(?:[^\W\d][\w-]*e\s+)?(?:huishoudens|gezinnen|inwoners|mensen|personen|burgers"
    r"|jongeren|jeugdigen|kinderen|ouderen|volwassenen|ouders|bewoners|Nederlanders)"
)
#: What the group does with the provision: receives, has, uses, is in, lives on it.
_VERB = (
    r"(?:ontvangen|ontvingen|ontvangt|ontving|krijgen|kregen|hebben|hadden|zitten|zaten"
    r"|maken|maakten|doen|deden|gebruiken|gebruikten|leven|leefden|zijn|waren"
    r"|staan|stonden)"
)
#: Right after the figure: its group, then a verb or a preposition ("in", "met"); or "met"
#: alone ("waarvan 700 met een bijstandsuitkering").
_GROUP_THEN = re.compile(
    rf"\s+(?:{_GROUP}\s+(?:{_VERB}\b|in\b|met\b|uit\b|die\b)|met\b)", re.IGNORECASE
)
#: Before the figure: the group it is the base of ("van de 45.000 inwoners ontvangen er 900").
_BASE_BEFORE = re.compile(
    r"\b(?:van|op|per|onder|uit|bij)\s+(?:(?:de|het|alle|een|die|deze)\s+)?$", re.IGNORECASE
)
#: Right before the figure: a verb of receiving ("ontvingen 1.300 jongeren jeugdhulp").
_VERB_BEFORE = re.compile(rf"\b{_VERB}\s+(?:er\s+)?$", re.IGNORECASE)
#: After the figure of such a verb: its group, or the provision as its object ("ontvangen
#: er 900 een bijstandsuitkering").
_GROUP_AFTER = re.compile(rf"\s+{_GROUP}\b|\s+(?:een|de|het)\s+(?=[^\W\d])", re.IGNORECASE)
#: Before the figure: the group and where it is ("het aantal jongeren in de jeugdzorg").
_GROUP_IN = re.compile(rf"\baantal\s+{_GROUP}\s+(?:in|met|uit|dat|die|op)\b", re.IGNORECASE)
#: Where a clause stops naming what its figure counts.
_STOP = re.compile(r"[,;:()]|\s(?:en|maar|terwijl|dat\s+is)\s", re.IGNORECASE)


def _provision(vocab: MeasureVocabulary, text: str, start: int, end: int) -> Measure | None:
    """The count measure of the first provision named in ``text[start:end]``."""
    for _a, _b, cue in vocab.cues_in(text, start, end):
        for measure in vocab.measures_of(cue):
            key = COUNT_OF.get(measure.key)
            if key in vocab.measures:
                return vocab.measures[key]
    return None


def recipients(
    vocab: MeasureVocabulary,
    text: str,
    span: tuple[int, int],
    clause: tuple[int, int],
    chosen: Measure | None,
) -> Measure | None:
    """The measure of a count of recipients of a provision, or None.

    Parameters
    ----------
    vocab : MeasureVocabulary
    text : str
    span : tuple of int
        Start (with its qualifier) and end of the count.
    clause : tuple of int
        The start of its clause and the end of what may name its measure after it.
    chosen : Measure or None
        The measure its words gave so far: only none or a group of people is replaced.

    Examples
    --------
    >>> from kg.extract.measures import load_measures
    >>> vocab = load_measures()
    >>> s = "Ongeveer 2.300 huishoudens ontvangen een bijstandsuitkering."
    >>> recipients(vocab, s, (9, 14), (0, len(s)), vocab.measures["households"]).key
    'benefit-recipients'
    >>> s = "Het aantal jongeren in de jeugdzorg steeg van 1.450 naar 1.720."
    >>> recipients(vocab, s, (46, 51), (0, len(s)), None).key
    'clients'
    >>> s = "De gemeente telt 11.800 huishoudens."
    >>> recipients(vocab, s, (17, 23), (0, len(s)), vocab.measures["households"]) is None
    True
    """
    if chosen is not None and chosen.key not in _GROUP_MEASURES:
        return None
    start, end = span
    floor, ceiling = clause
    stop = _STOP.search(text, end, ceiling)
    ceiling = min(stop.start() if stop else ceiling, end + 120)
    base = _BASE_BEFORE.search(text, max(floor, start - 20), start)
    after = None if base else _GROUP_THEN.match(text, end, ceiling)
    if after is None and not base and _VERB_BEFORE.search(text, max(floor, start - 20), start):
        after = _GROUP_AFTER.match(text, end, ceiling)  # "ontvingen 1.300 jongeren jeugdhulp"
    if after is not None:
        return _provision(vocab, text, after.end(), ceiling)
    if chosen is not None:
        return None
    named = [m.end() for m in _GROUP_IN.finditer(text, max(floor, start - 120), start)]
    return _provision(vocab, text, named[-1], start) if named else None
