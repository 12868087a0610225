"""Parties coordinated as the subject of a verb of working together.

General Dutch names partners as one coordinated subject of a reciprocal verb: "dat A en B
in de regio samenwerken", "omdat de gemeente en X maandelijks overleggen", "A, B en C
overlegden elk kwartaal". The verb takes no object that names the partner ("samenwerken
met" is a cue of :mod:`kg.extract.relationcues`): the parties of the coordination are the
partners. The first of them (the profile's municipality where "de gemeente" is one of
them) cooperates with each of the others, as the gold reads "waarin A, B en C
samenwerken" (tests/gold/README.md, relations: "cooperates-with").

Only a coordination read as the subject counts: its members stand side by side, joined by
commas and "en", each a named party (a municipality, body or organisation) or
"de gemeente", none inside a prepositional phrase ("in de Bommelerwaard", "voor A").
A negation in the clause gives nothing ("dat A en B niet langer samenwerken"), nor a
relative clause about a named group ("G, waarin A en B samenwerken": the members belong
to G, :mod:`kg.extract.grouplists`).

Examples
--------
>>> bool(GATE.search("dat a en b samenwerken")), bool(GATE.search("de samenwerking met x"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention

__all__ = ["GATE", "coordinated_partners"]

_F = re.IGNORECASE
#: The verbs of working together that take the partners as their subject: the finite
#: plural ("samenwerken", "overleggen"), verb-last in a subordinate clause or right after a
#: main clause's coordinated subject.
GATE = re.compile(r"\b(?:samenwerken|samenwerkten|overleggen|overlegden)\b", _F)
#: Where the subordinate clause of a verb-last "samenwerken" opens.
_OPENER = re.compile(
    r"\b(?:dat|omdat|doordat|zodat|waardoor|waarin|waar|nu|terwijl|hoewel)\b|[;:]", _F
)
#: What joins two members of a coordination: a comma or "en" (an article may follow).
_JOIN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:(?:de|het)\s+)?", _F)
#: A preposition right before a party: the party is no subject ("in de Bommelerwaard").
_IN_PHRASE = re.compile(
    r"\b(?:in|binnen|voor|bij|met|van|uit|naar|op|over|via|tot|aan|door|onder|tussen)\s+"
    r"(?:(?:de|het)\s+)?$",
    _F,
)
#: "de gemeente" standing for the profile's municipality.
_MUNICIPALITY = re.compile(r"\b(?:de\s+)?gemeente\b(?!\s+(?-i:[A-Z]))", _F)
_PARTY_KINDS = frozenset({"municipality", "body", "organisation"})
#: "en" right after the last named member: the list goes on with an unnamed one ("A, B en
#: de wijkverpleging").
_AND_NEXT = re.compile(r",?\s+en\s", _F)
#: A named group right before ", waarin": its members' membership is the group rule's
#: (:mod:`kg.extract.grouplists`), which states no cooperation between them.
_GROUP_KINDS = frozenset({"body", "organisation", "region"})
_BEFORE_WHEREIN = re.compile(r"\)?\s*,\s*$")


class _Sentence(Protocol):
    """What the rule reads of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    start: int
    end: int
    own: str
    parties: list[SentenceMention]


def coordinated_partners(sen: _Sentence, add: Callable[[str, str, str], None]) -> None:
    """Add cooperates-with between the coordinated subjects of a verb of working together.

    Parameters
    ----------
    sen : Sentence
        The sentence, its parties and the profile's municipality.
    add : callable
        Takes (type, subject, object).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> from types import SimpleNamespace as S
    >>> text = "Hij zegt dat Aa en Bb in de regio samenwerken."
    >>> a = M("m/aa", "municipality", 13, 15, "Aa", 0)
    >>> b = M("m/bb", "municipality", 19, 21, "Bb", 0)
    >>> found = []
    >>> coordinated_partners(S(text=text, start=0, end=len(text), own="m/own",
    ...                        parties=[a, b]), lambda *r: found.append(r))
    >>> found
    [('cooperates-with', 'm/aa', 'm/bb')]
    """
    for verb in GATE.finditer(sen.text, sen.start, sen.end):
        opened = list(_OPENER.finditer(sen.text, sen.start, verb.start()))
        start = opened[-1].end() if opened else sen.start
        if NEGATION.search(sen.text, start, verb.start()) or (
            opened and _named_group_before(sen, opened[-1])
        ):
            continue
        members = _members(sen, start, verb.start())
        if len(members) < 2:
            continue
        first = sen.own if sen.own in members else members[0]
        for other in members:
            if other != first:
                add("cooperates-with", first, other)


def _named_group_before(sen: _Sentence, opener: re.Match[str]) -> bool:
    """Whether ``opener`` is "waarin" (or "waar") right after a named group ("G, waarin A
    en B samenwerken"): the members belong to G."""
    if not opener.group(0).lower().startswith("waar"):
        return False
    return any(
        p.kind in _GROUP_KINDS
        and p.end <= opener.start()
        and _BEFORE_WHEREIN.fullmatch(sen.text, p.end, opener.start())
        for p in sen.parties
    )


def _members(sen: _Sentence, start: int, end: int) -> list[str]:
    """The entities of the first coordination of parties in ``[start, end)`` that stands
    outside a prepositional phrase, in order ("de gemeente" is the profile's municipality);
    empty unless its members are joined by commas and "en" only, with "en" among them. A
    list that opens inside a phrase ("medewerkers van A, B en C") is inside it whole."""
    spans = [
        (p.start, p.end, p.entity)
        for p in sen.parties
        if start <= p.start and p.end <= end and p.kind in _PARTY_KINDS
    ]
    spans += [(m.start(), m.end(), sen.own) for m in _MUNICIPALITY.finditer(sen.text, start, end)]
    runs: list[list[tuple[int, int, str]]] = []
    for span in sorted(spans):
        if runs and span[0] < runs[-1][-1][1]:
            continue  # "de gemeente" inside a party's name
        if runs and _JOIN.fullmatch(sen.text, runs[-1][-1][1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    for run in runs:
        if _IN_PHRASE.search(sen.text, max(start, run[0][0] - 16), run[0][0]):
            continue
        joined = " en " in sen.text[run[0][0] : run[-1][1]] or _AND_NEXT.match(sen.text, run[-1][1])
        if len(run) > 1 and joined:
            return list(dict.fromkeys(entity for _, _, entity in run))
    return []
