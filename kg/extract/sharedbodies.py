"""A joint body the parties of a clause share ("delen"): each sharer is a member of it.

Dutch "delen" with a named joint body as its object states that the parties own or run that
body together: "Met A en B deelt X de Servicedienst Y", "X deelt met A en B het Y", "A, B en
X delen (samen) Y", "dat X met A en B Y deelt", "Y, dat X met A en B deelt", "Y wordt door A
en B gedeeld". Each sharer is ``member-of`` the body (tests/gold/README.md: "a shared
membership in a list gives member-of for each member"; "a body housed in another or shared
is member-of it"). The verb may stand in any tense and word order; the sharers are the
municipalities and organisations in the clause, coordinated or after "met"; the profile's
municipality is one of them when the clause's subject is "de gemeente", a pronoun, or is
left unnamed (a passive, "Met A en B deelt de gemeente …"). A negated clause ("deelt geen
…", "niet meer") states no membership. The object must be a named body: "delen de kosten",
"delen die zorg" name none.

Examples
--------
>>> bool(SHARE.search("Met Heerlen deelt Teststad de Servicedienst Zuid."))
True
>>> bool(SHARE.search("De onderdelen en voordelen zijn bekend."))
False
"""

from __future__ import annotations

import re

from kg.extract.jointwork import NEGATION
from kg.extract.prefixscan import search
from kg.extract.relationsentence import Sentence

__all__ = ["SHARE", "gate", "shared_bodies"]

_F = re.IGNORECASE
#: The verb "delen" in any tense or person, and its participle.
SHARE = re.compile(r"\b(?:deelt|delen|deelde|deelden|gedeeld)\b", _F)
#: Where a clause ends: a semicolon or colon, or a new relative or contrasted clause.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:dat|die|waar\w*|maar|terwijl|omdat|zodat|en\s+dat)\b", _F)
_CLAUSE_OPEN = re.compile(r"[;:]", _F)
#: The profile's own municipality as the clause's subject.
_OWN_SUBJECT = re.compile(r"\b(?:de|onze)\s+gemeente\b(?!\s+(?-i:[A-Z]))|\b(?:wij|we|zij)\b", _F)
#: A relative clause about the body before it: "Y, dat / die X met A deelt".
_RELATIVE = re.compile(r",\s+(?:dat|die)\s+", _F)
#: A relative clause whose pronoun is the subject, "met" right after it: "Y, dat met A een Z
#: deelt", also after an indefinite apposition ("Y, een gemeenschappelijke regeling die met
#: A …"): Y shares with A.
_SUBJECT_WITH = re.compile(
    r"\s*,\s+(?:een\s+(?:[\w-]+\s+){1,3}?)?(?:dat|die)\s+met\s+(?:(?:de|het)\s+)?", _F
)
#: Between two parties of one list after "met": a comma or "en" (with an article).
_LIST_GAP = re.compile(r"\s*(?:,|\s(?:en|of)\s|,\s*en\s)\s*(?:(?:de|het)\s+)?", _F)
#: The object shared, unnamed: a noun phrase between the partners and the verb ("een loket").
_UNNAMED_OBJECT = re.compile(r"\s+(?:een|het|de|hun|haar|zijn|één)\s+[\w-]+", _F)
_SHARER_KINDS = frozenset({"municipality", "organisation"})


def gate(low: str) -> bool:
    """Whether a document's lower case text may hold the verb (a cheap test before the regex).

    Examples
    --------
    >>> gate("zij delen het servicepunt"), gate("de voordelen")
    (True, True)
    >>> gate("geen enkel werkwoord")
    False
    """
    return "deel" in low or "delen" in low


def _clause(sen: Sentence, pos: int) -> tuple[int, int]:
    """The clause around the verb at ``pos``: from the last semicolon or colon before it to
    the next clause end after it."""
    start = sen.start
    for m in _CLAUSE_OPEN.finditer(sen.text, sen.start, pos):
        start = m.end()
    stop = _CLAUSE_END.search(sen.text, pos, sen.end)
    return start, stop.start() if stop else sen.end


def shared_bodies(sen: Sentence) -> list[tuple[str, str, str]]:
    """The ``member-of`` links of the parties that share a named body in one sentence,
    as ``(type, member, body)``; empty when the sentence states no such sharing.

    Parameters
    ----------
    sen : Sentence
        The sentence, its parties and the profile's municipality.

    Returns
    -------
    list of tuple
        One ``("member-of", sharer, body)`` per sharer, in text order.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Met Heerlen deelt de gemeente de Servicedienst Zuid."
    >>> heerlen = SentenceMention("municipality/heerlen", "municipality", 4, 11, "Heerlen", 0)
    >>> body = SentenceMention("body/sz", "body", 33, 51, "Servicedienst Zuid", 0)
    >>> sen = Sentence(text, 0, len(text), [heerlen, body], "municipality/teststad", [])
    >>> shared_bodies(sen)  # doctest: +NORMALIZE_WHITESPACE
    [('member-of', 'municipality/heerlen', 'body/sz'),
     ('member-of', 'municipality/teststad', 'body/sz')]
    """
    text, out = sen.text, []
    for verb in SHARE.finditer(text, sen.start, sen.end):
        out += _shared_with(sen, verb)
        start, end = _clause(sen, verb.start())
        body = _shared(sen, start, end, verb.start())
        if body is None:
            continue
        if body.end <= verb.start() and _RELATIVE.match(text, body.end):
            start = body.end  # "Y, dat X met A deelt": the sharers are in the relative clause
        if search(NEGATION, text, start, end):
            continue
        sharers = [
            p.entity
            for p in sen.parties
            if start <= p.start < end and p.kind in _SHARER_KINDS and p.entity != body.entity
        ]
        if _OWN_SUBJECT.search(text, start, end) or not _subject_named(sen, start, end, verb):
            sharers.append(sen.own)
        out += [("member-of", one, body.entity) for one in dict.fromkeys(sharers)]
    return out


def _shared(sen: Sentence, start: int, end: int, verb: int):
    """The body the verb at ``verb`` shares, its object: the first named body after the verb
    outside a "met" phrase; before it, the antecedent of a relative clause ("Y, dat X met A
    deelt"), the object of a verb-final clause ("dat X met A het Y deelt") or the subject of
    a passive ("Y wordt door A en B gedeeld"); else None."""
    text = sen.text
    bodies = [p for p in sen.parties if p.kind == "body" and p.start < end]
    after = [p for p in bodies if p.start > verb and not _WITH_HEAD.search(text, start, p.start)]
    if after:
        return after[0]
    before = [p for p in bodies if p.end <= verb and not _WITH_HEAD.search(text, start, p.start)]
    if not before:
        return None
    last = before[-1]
    if _RELATIVE.match(text, last.end):  # the antecedent of "Y, dat X met A deelt"
        if _SUBJECT_WITH.match(text, last.end) and not text.startswith("gedeeld", verb):
            return None  # "Y, dat met A een Z deelt": Y shares, it is not shared
        return last
    if last.start < start:
        return None
    if text.startswith("gedeeld", verb) or _SUBORDINATE.search(text, start, last.start):
        return last  # verb last: "… het Y gedeeld", "dat X met A het Y deelt"
    return None


#: A subordinate clause before the object, its verb last ("dat zij met A het Y deelt"); the
#: object is not the word right after it ("dat Y deelt": Y is the subject).
_SUBORDINATE = re.compile(
    r"\b(?:dat|die|omdat|doordat|zodat|als|wanneer|nu|sinds|terwijl|waarmee)\s+\S+\s+(?:\S+\s+)*?"
    r"(?:(?:de|het)\s+)?$",
    _F,
)


#: "met (de|het) …" right before a party: a co-sharer, not the shared body.
_WITH_HEAD = re.compile(r"\bmet\s+(?:(?:de|het|hun|haar)\s+)?(?:[\w-]+\s+)?$", _F)


_WITH = re.compile(r"\bmet\s+$", _F)
_LISTED = re.compile(r"^(?:\s*,\s*|\s+en\s+|\s*,\s*en\s+|\s+of\s+)(?:de\s+|het\s+)?$", _F)


def _subject_named(sen: Sentence, start: int, end: int, verb: re.Match[str]) -> bool:
    """Whether a sharer is named outside a "met" list (the clause's own subject): "A deelt
    met B …" names A; "Met A en B deelt de gemeente …", "… wordt met A gedeeld" name none."""
    text = sen.text
    named = [p for p in sen.parties if start <= p.start < end and p.kind in _SHARER_KINDS]
    in_with: set[int] = set()
    for i, p in enumerate(named):
        head = _WITH.search(text, max(start, p.start - 5), p.start)
        if head or (
            i and named[i - 1].start in in_with and _LISTED.match(text[named[i - 1].end : p.start])
        ):
            in_with.add(p.start)
    return any(p.start not in in_with for p in named)


def _shared_with(sen: Sentence, verb: re.Match[str]) -> list[tuple[str, str, str]]:
    """``cooperates-with`` between the antecedent of a relative clause and the partners after
    its "met", where it shares something unnamed with them: "Y, dat met A en B een loket
    deelt", "Y, een gemeenschappelijke regeling die met het UWV een werkgeversservicepunt
    deelt" (Y works with A and B; what they share names no body of which to be members).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Het werk ligt bij Werkbedrijf Z, dat met het UWV een loket deelt."
    >>> wz = SentenceMention("body/wz", "body", 18, 31, "Werkbedrijf Z", 0)
    >>> uwv = SentenceMention("organisation/uwv", "organisation", 45, 48, "UWV", 0)
    >>> sen = Sentence(text, 0, len(text), [wz, uwv], "municipality/teststad", [])
    >>> _shared_with(sen, SHARE.search(text))
    [('cooperates-with', 'body/wz', 'organisation/uwv')]
    """
    text, at = sen.text, verb.start()
    if text.startswith("gedeeld", at):
        return []
    for i, y in enumerate(sen.parties):
        opening = _SUBJECT_WITH.match(text, y.end, at)
        if opening is None or y.kind == "place":
            continue
        partners, pos = [], opening.end()
        for p in sen.parties[i + 1 :]:
            if p.start != pos or p.kind == "place":
                break
            partners.append(p)
            gap = _LIST_GAP.match(text, p.end, at)
            pos = gap.end() if gap else -1
        if not partners or search(NEGATION, text, opening.end(), at):
            return []
        rest = _UNNAMED_OBJECT.match(text, partners[-1].end, at)
        if rest is None or any(rest.start() <= q.start < at for q in sen.parties):
            return []
        return [("cooperates-with", y.entity, p.entity) for p in partners]
    return []
