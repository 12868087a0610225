"""Relation forms whose parties do not stand on the two sides of one cue.

:mod:`kg.extract.relations` reads a cue phrase with a subject before it and its
objects after it. General Dutch also states a relation in forms where that does
not hold, handled here:

- the principal fronted: "In opdracht van / Namens de gemeente voert X … uit"
  (X executes for the municipality, not the reverse);
- a cue with only its subject named ("X is een belangrijke partner", "X is
  gemandateerd"): the other party is the profile's municipality, or the party
  after "door" ("X is door A gecontracteerd");
- "de samenwerking tussen A en B": A cooperates with B;
- a body or organisation that carries out a task for no one named ("X voert het
  maatschappelijk werk uit", "X, die de toegang verzorgt"): it does so for the
  profile's municipality, as the passive "wordt uitgevoerd door X" already says;
- an ended relation ("De samenwerking met X is beëindigd", "stopt met", "is uit
  X gestapt") states none.
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, OWN_OBJECT
from kg.extract.model import SentenceMention

__all__ = ["agent_relations", "between_relations", "ended", "fronted_principal", "implicit_for"]

_F = re.IGNORECASE
#: Verbs that end a relation: a clause holding one states no relation.
ENDED = re.compile(
    r"\b(?:beëindig\w*|opgezegd|zeg\w*\s+(?:\w+\s+){0,4}?op|gestopt|stopt|stopte\w*"
    r"|uitgetreden|tree\w*\s+(?:\w+\s+){0,3}?uit|uitgestapt|stap\w*\s+(?:\w+\s+){0,3}?uit"
    r"|gestapt|opgeheven|ontbonden)\b",
    _F,
)
#: The cues whose object is the principal a task is done for.
_PRINCIPAL = re.compile(r"(?:opdracht\s+van|namens)$", _F)
#: Work that is no task done for someone ("voert onderzoek uit", "verzorgt de inkoop").
_NOT_A_TASK = re.compile(
    r"\b(?:onderzoek\w*|evaluatie\w*|enquête\w*|peiling\w*|audit\w*|controle\w*|inkoop\w*"
    r"|cijfers|gegevens|informatie|bijdrage)\b",
    _F,
)
_EXECUTORS = frozenset({"body", "organisation"})
_CLAUSE_STOP = re.compile(
    r"[;:]|,\s+(?:die|dat|maar|terwijl|omdat|zodat|waardoor|en)\b|\s(?:maar|terwijl|omdat)\s", _F
)
#: The party that mandates or commissions in an agent cue ("door A", "van A").
_AGENT_BY = re.compile(r"\b(?:door|van)\s+", _F)
#: The cues of carrying out a task: "voert … uit", "verzorgt …".
_TASK_VERB = re.compile(r"(?:(?:uit)?voer|verzorg|lever)", _F)
_FOR = re.compile(r"\bvoor\b", _F)
_AS_LEAD = re.compile(r"\bals\s+centrumgemeente\b", _F)


def _party(sen: _Sentence, entity: str) -> SentenceMention | None:
    return next((p for p in sen.parties if p.entity == entity), None)


def fronted_principal(sen: _Sentence, m: re.Match[str], subject: str, add: Add) -> bool:
    """Add the relation of a principal cue whose executor comes after it.

    "In opdracht van de gemeente verzorgt X …", "Namens A voert X …": when no
    party is named before the cue, the principal is "de gemeente" or the first
    party after the cue, and the executor the next party of the clause. Returns
    whether the cue was handled here.

    Examples
    --------
    >>> _PRINCIPAL.search("In opdracht van") is not None, _PRINCIPAL.search("uitbesteed aan")
    (True, None)
    """
    if subject != sen.own or not _PRINCIPAL.search(m.group(0)):
        return False
    end = _clause_end(sen, m.end())
    after = [p for p in sen.between(m.end(), end) if p.kind != "place"]
    own = OWN_OBJECT.match(sen.text, m.end() + 1) or OWN_OBJECT.match(sen.text, m.end())
    if own:
        principal, rest = sen.own, [p for p in after if p.start >= own.end()]
    elif after:
        principal, rest = after[0].entity, after[1:]
    else:
        return False
    if rest and rest[0].kind in _EXECUTORS | {"municipality"}:
        add("executes-for", rest[0].entity, principal)
        return True
    return principal == sen.own  # "in opdracht van de gemeente", executor unnamed: none


def _clause_end(sen: _Sentence, pos: int) -> int:
    m = _CLAUSE_STOP.search(sen.text, pos, sen.end)
    return m.start() if m else sen.end


def ended(sen: _Sentence, cs: int, pos: int) -> bool:
    """Whether the clause from ``cs`` through ``pos`` says the relation ended.

    Examples
    --------
    >>> bool(ENDED.search("De samenwerking met A is beëindigd")), bool(ENDED.search("werkt samen"))
    (True, False)
    """
    return bool(ENDED.search(sen.text, cs, _clause_end(sen, pos)))


def agent_relations(sen: _Sentence, m: re.Match[str], kind: str, subject: str, add: Add) -> None:
    """Relate the named subject of "X is een partner" / "X is (door A) gemandateerd"
    to the profile's municipality (or to A)."""
    if subject == sen.own:
        return
    by = _AGENT_BY.search(m.group(0))
    named = sen.between(m.start() + by.end(), m.end()) if by else []
    other = named[0].entity if named else sen.own
    add(kind, subject, other)


def between_relations(sen: _Sentence, m: re.Match[str], add: Add) -> None:
    """Read "de samenwerking tussen A en B (en de gemeente)": A cooperates with the rest."""
    text, end = sen.text, sen.window_end(m.end())
    named = [p for p in sen.between(m.end(), end) if p.kind != "place"]
    own = OWN_OBJECT.search(text, m.end(), end)
    parties: list[tuple[int, str]] = [(p.start, p.entity) for p in named]
    if own:
        parties.append((own.start(), sen.own))
    parties.sort()
    if len(parties) < 2:
        return
    joined = [parties[0]]
    for start, entity in parties[1:]:
        gap = text[_end_of(sen, joined[-1]) : start]
        if not LIST_GAP.match(gap):
            break
        joined.append((start, entity))
    for _, partner in joined[1:]:
        add("cooperates-with", joined[0][1], partner)


def _end_of(sen: _Sentence, party: tuple[int, str]) -> int:
    start, entity = party
    if entity == sen.own:
        own = OWN_OBJECT.match(sen.text, start)
        if own:
            return own.end()
    hit = next((p for p in sen.parties if p.start == start), None)
    return hit.end if hit else start


def implicit_for(sen: _Sentence, m: re.Match[str], subject: str, cs: int) -> bool:
    """Whether "X voert … uit" / "X verzorgt …" with no beneficiary is done for the
    profile's municipality: X is a named body or organisation and the work a task.

    Examples
    --------
    >>> bool(_NOT_A_TASK.search("voert een onderzoek uit")), bool(_NOT_A_TASK.search("de Wmo"))
    (True, False)
    """
    party = _party(sen, subject)
    if party is None or _NOT_A_TASK.search(m.group(0)):
        return False
    if party.kind not in _EXECUTORS and not (  # "A voert als centrumgemeente … uit"
        party.kind == "municipality" and _AS_LEAD.search(m.group(0))
    ):
        return False
    # "voor de inwoners van A": a beneficiary is named, though no party
    return bool(_TASK_VERB.match(m.group(0))) and not _FOR.search(sen.text, cs, m.end())
