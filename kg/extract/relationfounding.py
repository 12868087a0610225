"""Relations of a body or team founded together: the founders work together, and the
founders of a joint body are its members.

Dutch names a joint founding with the verb of founding or setting up and its partners after
"met": "In 2014 richtte de gemeente met A, B en C het Inkoopbureau X op", "Het jeugdteam werd
door de gemeente opgezet met medewerkers van X", "heeft met A de G opgericht". The founder
(the clause's subject, else the profile's municipality) cooperates with each partner named
right after "met" (its staff stand for it: "medewerkers van X"); the founded group is no
partner. A team set up with an organisation's staff ("opgezet met medewerkers van X") is
that team's make-up, read by :mod:`kg.extract.teamstaff` (``executes-for``), not a
cooperation (tests/gold/README.md, decisions settling conflicts of the thirty-ninth session,
1). In the simple past with its particle ("richtte … G op", "zette … G op") the
founder and the municipalities among the partners are members of the body or region
founded (the perfect, "heeft … G opgericht", is read by :mod:`kg.extract.grouplists`). A
negated clause founds nothing.

A relative clause about a named body or organisation tells who founded it: "het Werkplein
X, dat de gemeente samen met A, B en het UWV heeft ingericht", "de ISD Y, die Teststad in
2014 samen met A heeft opgericht". The body is the object; the founder (a party named
between the pronoun and "samen met", else the profile's municipality: "de gemeente") and
each partner listed after "samen met" are its members, and the founder cooperates with
each partner.

Examples
--------
>>> gate("in 2014 richtte de gemeente met a het b op."), gate("het werkt.")
(True, False)
>>> gate("x, dat zij samen met a heeft ingericht")
True
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, NEGATION
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer

__all__ = ["founded_together", "gate"]

_F = re.IGNORECASE
#: The verbs of founding or setting up: participles and the simple past (particle "op" later).
_FOUNDING = re.compile(r"\b(?:opgericht|opgezet|richtte|richtten|zette|zetten)\b", _F)
_WORDS = ("opgericht", "opgezet", "richtte", "zette", "ingericht")
#: A relative clause about the body founded: ", dat / die …" up to "samen met".
_RELATIVE = re.compile(r"\)?\s*,\s+(?:dat|die)\s+", _F)
_TOGETHER_WITH = re.compile(r"\bsamen\s+met\s+", _F)
#: The participle that closes the relative clause of founding.
_FOUNDED = re.compile(r"\b(?:opgericht|ingericht|opgezet)\b", _F)
_RELATIVE_END = re.compile(
    r"[;:.]|,\s+(?!en\b)(?:\w+\s+){0,2}?(?:is|zijn|was|waren|heeft|hebben)\b", _F
)
#: The simple past, whose particle "op" closes the founded group ("richtte … G op").
_PAST = re.compile(r"(?:richtte|richtten|zette|zetten)$", _F)
_PARTICLE = re.compile(r"\s+op\b", _F)
#: "met" that opens the partners of a founding (not "samen met": a cue of its own).
_WITH = re.compile(r"(?<!samen )\bmet\s+", _F)
#: What may stand between "met" and a partner: an article, the partner's staff.
_PARTNER_LEAD = re.compile(
    r"(?:(?:de|het)\s+)?(?:(?:medewerkers|professionals|vertegenwoordigers)\s+van\s+"
    r"(?:(?:de|het)\s+)?)?",
    _F,
)
#: The end of the clause a founding verb and its partners share.
#: A team's staff right after "met": a make-up, no partner.
_STAFF = re.compile(r"\b(?:medewerkers|professionals)\s+van\b", _F)
_CLAUSE_END = re.compile(r"[;:.]|,\s+(?:dat|die|wat|maar|terwijl|omdat|waardoor|zodat)\b", _F)
_GROUPS = frozenset({"body", "region"})
_PARTNERS = frozenset({"municipality", "organisation", "body"})


def gate(lowered: str) -> bool:
    """Whether a document (lower case) may hold a verb of founding (no regex over the text)."""
    return any(word in lowered for word in _WORDS)


def founded_together(sen: _Sentence, add: Add) -> None:
    """cooperates-with between a founder and the partners of "met" in a founding clause, and
    member-of the founded body for the founders of "richtte … met A en B G op"; the founders
    of a body in a relative clause about it (:func:`_relative_founding`)."""
    text = sen.text
    if text.find("samen met", sen.start, sen.end) >= 0:
        _relative_founding(sen, add)
    for verb in finditer(_FOUNDING, text, sen.start, sen.end):
        cs = sen.clause_start(verb.start())
        end = _CLAUSE_END.search(text, verb.end(), sen.end)
        ce = end.start() if end else sen.end
        if NEGATION.search(text, cs, ce):
            continue
        past = bool(_PAST.search(verb.group(0)))
        group = None
        if past:  # "richtte … G op": the group right before the particle
            closing = [p for p in sen.between(verb.end(), ce) if _PARTICLE.match(text, p.end)]
            group = closing[-1] if closing and closing[-1].kind in _GROUPS else None
        for with_ in finditer(_WITH, text, cs, ce):
            partners = _partners(sen, with_.end(), ce, group)
            if not partners or _team_staff(sen, with_.end(), partners[0].start):
                continue
            founder = sen.subject(cs, with_.start())
            for partner in partners:
                add("cooperates-with", founder, partner.entity)
            if group is not None and group.start > with_.end():
                for member in [founder, *(p.entity for p in partners if p.kind == "municipality")]:
                    add("member-of", member, group.entity)


def _team_staff(sen: _Sentence, start: int, end: int) -> bool:
    """Whether the partners after "met" (``text[start:end]`` leads to the first) are the
    staff of a team the sentence names ("het jeugdteam … opgezet met medewerkers van X")."""
    return (
        bool(_STAFF.search(sen.text, start, end))
        and "team" in sen.text[sen.start : sen.end].lower()
    )


def _partners(
    sen: _Sentence, start: int, end: int, group: SentenceMention | None
) -> list[SentenceMention]:
    """The parties listed right after "met" (at ``start``), up to ``group`` (or ``end``)."""
    text = sen.text
    found: list[SentenceMention] = []
    pos = start
    for p in sen.between(start, end):
        if group is not None and p.start >= group.start:
            break
        gap = text[pos : p.start]
        if not (_PARTNER_LEAD.fullmatch(gap) if not found else LIST_GAP.match(gap)):
            break
        if p.kind not in _PARTNERS:
            break
        found.append(p)
        pos = p.end
    return found


def _relative_founding(sen: _Sentence, add: Add) -> None:
    """member-of and cooperates-with for "X, dat S samen met A, B en C heeft ingericht".

    Examples
    --------
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Het Werkplein Oost, dat de gemeente samen met Ede heeft opgericht, helpt."
    >>> w = SentenceMention("b/w", "body", 4, 18, "Werkplein Oost", 0)
    >>> ede = SentenceMention("m/ede", "municipality", 46, 49, "Ede", 0)
    >>> got = []
    >>> sen = Sentence(text, 0, len(text), [w, ede], "m/x", [])
    >>> _relative_founding(sen, lambda *r: got.append(r))
    >>> got  # doctest: +NORMALIZE_WHITESPACE
    [('member-of', 'm/x', 'b/w'), ('member-of', 'm/ede', 'b/w'),
     ('cooperates-with', 'm/x', 'm/ede')]
    """
    text = sen.text
    for body in sen.parties:
        if body.kind not in _GROUPS | {"organisation"}:
            continue
        rel = _RELATIVE.match(text, body.end, sen.end)
        if rel is None:
            continue
        together = _TOGETHER_WITH.search(text, rel.end(), sen.end)
        if together is None or not text[rel.end() : together.start()].strip():
            continue  # "X, dat samen met A …": X itself acts, no founding of X
        end = _RELATIVE_END.search(text, together.end(), sen.end)
        stop = end.start() if end else sen.end
        founded = _FOUNDED.search(text, together.end(), stop)
        if founded is None or NEGATION.search(text, rel.end(), founded.end()):
            continue
        partners = _partners(sen, together.end(), founded.start(), None)
        if not partners:
            continue
        named = [p for p in sen.between(rel.end(), together.start()) if p.kind in _PARTNERS]
        founder = named[-1].entity if named else sen.own
        for member in [founder, *(p.entity for p in partners)]:
            add("member-of", member, body.entity)
        for partner in partners:
            add("cooperates-with", founder, partner.entity)
