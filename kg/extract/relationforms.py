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
  maatschappelijk werk uit", "X, die de toegang verzorgt") or serves people ("X
  ondersteunt inwoners met schulden", "X biedt dagbesteding"): it does so for the
  profile's municipality, as the passive "wordt uitgevoerd door X" already says;
- an ended relation ("De samenwerking met X is beëindigd", "stopt met", "is uit
  X gestapt") states none;
- a group referred back to by a pronominal adverb: "Ook A en B zijn daarbij
  aangesloten", "Daarin zitten ook A en B", "Daarbinnen is A centrumgemeente";
- "voor (alle / de drie) gemeenten" with no name after a purchasing or executing cue:
  the profile's municipality is among them ("R koopt voor alle gemeenten in");
- a group referred back to ("die regio", "deze gemeenschappelijke regeling",
  "De regio" opening a sentence) is the group named last (see
  :func:`group_anaphors`), so every rule reads it as that party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, NEGATION, OWN_OBJECT
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.prefixscan import search

__all__ = [
    "adverb_relations",
    "agent_relations",
    "between_relations",
    "ended",
    "fronted_principal",
    "group_anaphors",
    "implicit_for",
    "municipalities_served",
]

_F = re.IGNORECASE
#: Verbs that end a relation: a clause holding one states no relation.
ENDED = re.compile(
    r"\b(?:beëindig\w*|opgezegd|zeg\w*\s+(?:\w+\s+){0,4}?op|gestopt|stopt|stopte\w*"
    r"|uitgetreden|tree\w*\s+(?:\w+\s+){0,3}?uit|uitgestapt|stap\w*\s+(?:\w+\s+){0,3}?uit"
    r"|gestapt|opgeheven|ontbonden|mislukt|afgeblazen|niet\s+van\s+de\s+grond)\b",
    _F,
)
#: The municipalities a party works or buys for, none named: the profile's is one of them.
_MUNICIPALITIES_SERVED = re.compile(
    r"\s*(?:de|alle|(?=(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s))"
    r"\s*(?!(?:andere|overige|omliggende|omringende|naburige|vergelijkbare)\b)"
    r"(?:\w+\s+){0,2}?(?:regio|lid)?gemeenten\b(?!\s+(?-i:[A-Z]))",
    _F,
)
#: The municipalities named before, referred back to by number or a demonstrative ("voor de
#: drie gemeenten", "voor deze gemeenten", "voor beide gemeenten").
_THOSE_SERVED = re.compile(
    r"\s*(?:(?:de|die)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
    r"|deze|die|beide)\s+(?:\w+\s+)?gemeenten\b",
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
#: A joint body described as a cooperation right after its name: in apposition or as the
#: predicate ("X (XY), een samenwerking van", "X is een samenwerking van").
_DESCRIBED = frozenset({"body", "region", "organisation"})
_DESCRIBES = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+(?:is|was|vormt)\s+)", _F)
_CLAUSE_STOP = re.compile(
    r"[;:]|,\s+(?:die|dat|maar|terwijl|omdat|zodat|waardoor|en)\b|\s(?:maar|terwijl|omdat)\s", _F
)
#: A relative clause opened before a cue: it ends at the next comma.
_RELATIVE_OPENED = re.compile(r",\s+(?:die|dat|waar\w*)$", _F)
#: The main clause after it states the antecedent's end ("X, die …, is opgeheven").
_ANTECEDENT_ENDED = re.compile(
    r"\s*(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:\w+\s+){0,3}?"
    r"(?:beëindigd|opgezegd|gestopt|uitgetreden|uitgestapt|opgeheven|ontbonden)\b",
    _F,
)
#: The party that mandates or commissions in an agent cue ("door A", "van A").
_AGENT_BY = re.compile(r"\b(?:door|van)\s+", _F)
#: The cues of carrying out a task: "voert … uit", "verzorgt …", "levert …"
#: (and serving people: "ondersteunt inwoners", "biedt dagbesteding").
_TASK_VERB = re.compile(
    r"(?:(?:uit)?voer|verzorg|lever|ondersteun|begeleid|help|hielp|bied|bood|actief|werkzaam"
    r"|int\b|inn|ind|uitbetaal|betaal"
    r"|(?:is|zijn|was|waren|blijft|blijven|wordt|worden)\s+(?:\w+\s+){0,2}?verantwoordelijk)",
    _F,
)
_RESPONSIBLE = re.compile(r"\bverantwoordelijk\s+voor\b", _F)
#: A beneficiary named, though no party: "voor …", "(aan) inwoners van A" (another place).
_FOR = re.compile(r"\bvoor\b|\b(?:inwoners|bewoners|burgers)\s+(?:van|uit)\s+(?-i:[A-Z])", _F)
_ON_BEHALF = re.compile(r"\b(?:opdracht\s+van|namens)\b", _F)
_AS_LEAD = re.compile(r"\bals\s+centrumgemeente\b", _F)
#: A purchasing verb in the clause of a fronted principal ("Namens A koopt R … in").
_BUYS = re.compile(r"\b(?:koopt|kopen|kocht|kochten)\b", _F)
#: An organisation named for purchasing ("Inkoopbureau X", "Inkooporganisatie X").
_PURCHASER = re.compile(r"\binkoop", _F)


def _party(sen: _Sentence, entity: str) -> SentenceMention | None:
    return next((p for p in sen.parties if p.entity == entity), None)


def fronted_principal(sen: _Sentence, m: re.Match[str], subject: str, add: Add) -> bool:
    """Add the relation of a principal cue whose executor comes after it.

    "In opdracht van de gemeente verzorgt X …", "Namens A voert X …": when no
    party is named before the cue, the principal is "de gemeente" or the first
    party after the cue (each of a list: "Namens A, B en C koopt X …"), and the
    executor the next party of the clause. Returns
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
        principals, rest = [sen.own], [p for p in after if p.start >= own.end()]
    elif after:  # "Namens A, B en C koopt X …": each of the listed parties
        k = 1
        while k < len(after) and LIST_GAP.match(sen.text[after[k - 1].end : after[k].start]):
            k += 1
        principals, rest = [p.entity for p in after[:k]], after[k:]
    else:
        return False
    if rest and rest[0].kind in _EXECUTORS | {"municipality"}:
        buys = _BUYS.search(sen.text, m.end(), end)  # "Namens A koopt R … in": A buys via R
        for principal in principals:
            if buys:
                add("purchases-via", principal, rest[0].entity)
            else:
                add("executes-for", rest[0].entity, principal)
        return True
    return principals == [sen.own]  # "in opdracht van de gemeente", executor unnamed: none


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
    end = _clause_end(sen, pos)
    if _RELATIVE_OPENED.search(sen.text, max(0, cs - 12), cs):  # ", die X int, hebben …"
        comma = sen.text.find(",", pos, end)
        if comma >= 0 and not _ANTECEDENT_ENDED.match(sen.text, comma + 1):
            end = comma  # the main clause goes on about others ("hebben cliënten … opgezegd")
    return bool(search(ENDED, sen.text, cs, end))


def agent_relations(sen: _Sentence, m: re.Match[str], kind: str, subject: str, add: Add) -> None:
    """Relate the named subject of "X is een partner" / "X is (door A) gemandateerd"
    to the profile's municipality (or to A)."""
    if kind == "purchases-via":  # "De regio X koopt de jeugdhulp in": bought for the municipality
        if m.group(0).lower().startswith("inko") and search(
            _WITH_OTHERS, sen.text, sen.clause_start(m.start()), m.start()
        ):
            return  # "R, die samen met Y inkoopt": their cooperation, read elsewhere
        party = _party(sen, subject) if subject != sen.own else _inverted(sen, m)
        if party is not None and _buys_for_others(sen, party, m):
            add(kind, sen.own, party.entity)
        return
    if subject == sen.own:
        return
    by = _AGENT_BY.search(m.group(0))
    named = sen.between(m.start() + by.end(), m.end()) if by else []
    other = named[0].entity if named else sen.own
    add(kind, subject, other)


#: Buying with or through another party, or by oneself: "(die) samen met Y / via Y / zelf
#: inkoopt" states no purchase for the municipality.
_WITH_OTHERS = re.compile(r"\b(?:via|bij|samen|zelf|gezamenlijk|met)\b", _F)
#: An inverted subject right after the finite verb: "Tegenwoordig koopt (de) X …".
_INVERTED = re.compile(r"\w+\s+(?:de\s+|het\s+)?", _F)


def _inverted(sen: _Sentence, m: re.Match[str]) -> SentenceMention | None:
    """The party right after the cue's finite verb, where a fronted adverb put the subject
    ("Sinds 2015 koopt Regio X de jeugdhulp in")."""
    first = next(iter(sen.between(m.start(), m.end())), None)
    if first is None or not _INVERTED.fullmatch(sen.text, m.start(), first.start):
        return None
    return first


def _buys_for_others(sen: _Sentence, party: SentenceMention, m: re.Match[str]) -> bool:
    """Whether a party that buys with no one named buys for the municipality: a region or
    body, a purchasing organisation ("Inkoopbureau X"), a lead municipality ("A koopt als
    centrumgemeente … in").

    Examples
    --------
    >>> bool(_PURCHASER.search("Inkoopbureau Noord")), bool(_PURCHASER.search("Pluryn"))
    (True, False)
    """
    if party.kind in ("region", "body"):
        return True
    if party.kind == "organisation":
        return bool(_PURCHASER.search(party.text))
    return party.kind == "municipality" and bool(_AS_LEAD.search(m.group(0)))


#: A list gap with the type noun of the next member ("de gemeente, woningcorporatie X en").
_TYPED_GAP = re.compile(r"(?:\s*,\s*|\s+en\s+|\s*,\s*en\s+)(?:de\s+|het\s+)?(?-i:[a-z])[\w-]*\s+")


def between_relations(sen: _Sentence, m: re.Match[str], add: Add) -> None:
    """Read "de samenwerking tussen A en B (en de gemeente)": A cooperates with the rest;
    not when the cooperation is a named body described ("X, een samenwerking van A, B en C
    met het UWV", "X is een samenwerking van A en B"): its partners are its members only
    (tests/gold/README.md)."""
    text, end = sen.text, sen.window_end(m.end())
    if m.group(0).lower().startswith("een") and any(
        p.kind in _DESCRIBED and _DESCRIBES.fullmatch(text, p.end, m.start())
        for p in sen.parties
        if p.end <= m.start()
    ):
        return
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
        if not (LIST_GAP.match(gap) or _TYPED_GAP.fullmatch(gap)):  # ", woningcorporatie X"
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
    if party is None or party.entity == sen.own or _NOT_A_TASK.search(m.group(0)):
        return False  # the profile's own municipality does its own tasks
    if party.kind not in _EXECUTORS and not (  # "A voert als centrumgemeente … uit"
        party.kind == "municipality" and _AS_LEAD.search(m.group(0))
    ):
        return False
    # "voor de inwoners van A": a beneficiary is named, though no party; "in opdracht van
    # A": the principal is named (read by the principal cue)
    return (
        bool(_TASK_VERB.match(m.group(0)))
        and not _other_beneficiary(sen, *_beneficiary_span(m, cs))
        and not search(_ON_BEHALF, sen.text, cs, sen.window_end(m.end()))
    )


def _beneficiary_span(m: re.Match[str], cs: int) -> tuple[int, int]:
    """Where a beneficiary of the task cue ``m`` would be named: the clause through the cue,
    but after "verantwoordelijk voor", whose "voor" names the task, not someone served.

    Examples
    --------
    >>> m = _RESPONSIBLE.search("X is verantwoordelijk voor de Wmo")
    >>> bool(m), bool(_RESPONSIBLE.search("X voert de Wmo uit voor A"))
    (True, False)
    """
    return (
        (m.end() - len(m.group("mid")), m.end())
        if _RESPONSIBLE.search(m.group(0))
        else (cs, m.end())
    )


def _other_beneficiary(sen: _Sentence, cs: int, end: int) -> bool:
    """Whether "voor …" or "inwoners van A" names a beneficiary in ``[cs, end)``, other than
    the profile's municipality ("inwoners van Teststad" in Teststad's profile is its own)."""
    found = search(_FOR, sen.text, cs, end)
    if found is None or found.group(0).lower() == "voor":
        return found is not None
    after = next((p for p in sen.parties if p.start == found.end() - 1), None)
    return after is None or after.entity != sen.own


#: A demonstrative group noun ("die regio", "deze gemeenschappelijke regeling"), or
#: "De regio" / "De regeling" opening a sentence, not followed by a name.
_GROUP_BACK = re.compile(
    r"\b(?:die|deze|dezelfde)\s+(?:hele\s+|gehele\s+)?(?P<noun>regio|(?:gemeenschappelijke\s+)?"
    r"regeling|samenwerkingsverband)\b(?!\s+(?-i:[A-Z]))",
    _F,
)
_GROUP_OPENS = re.compile(
    r"(?-i:De|Het)\s+(?P<noun>regio|(?:gemeenschappelijke\s+)?regeling|samenwerkingsverband)\b"
    r"(?!\s+(?-i:[A-Z]))",
    _F,
)


def group_anaphors(sen: _Sentence) -> list[SentenceMention]:
    """The group each demonstrative group noun of the sentence refers back to, as a
    mention of that group at the noun's place ("die regio": the region named last).

    Examples
    --------
    >>> bool(_GROUP_BACK.search("Die regio koopt in")), bool(_GROUP_BACK.search("de regio Noord"))
    (True, False)
    """
    out = []
    opens = _GROUP_OPENS.match(sen.text, sen.start, sen.end)
    found = list(prefixed_finditer(_GROUP_BACK, sen.text, sen.start, sen.end))
    for m in ([opens] if opens else []) + found:
        prefer = "region" if m.group("noun").lower() == "regio" else None
        group = sen.last_group(m.start(), document=True, prefer=prefer)
        if group is not None:
            out.append(replace(group, start=m.start(), end=m.end(), text=m.group(0)))
    return out + _lead_anaphors(sen)


#: "de centrumgemeente" with no name after it: the lead municipality named before.
_THE_LEAD = re.compile(r"\b(?:de|die|deze)\s+centrumgemeente\b(?!\s+(?-i:[A-Z]))", _F)
#: What names a municipality the lead: "X is (sinds 2015) centrumgemeente", "X als
#: centrumgemeente", and before it "(de) centrumgemeente X".
_IS_LEAD = re.compile(
    r"\s+(?:(?:is|was|als|treedt\s+op\s+als|fungeert\s+als)\s+)(?:\w+\s+){0,3}?centrumgemeente\b",
    _F,
)
_LEAD_BEFORE = re.compile(r"(?<!als\s)\b(?:de\s+)?centrumgemeente\s+$", _F)


def _lead_anaphors(sen: _Sentence) -> list[SentenceMention]:
    """The lead municipality "de centrumgemeente" refers back to, as a mention of it at the
    noun's place: the municipality named last as a lead before the sentence.

    Examples
    --------
    >>> bool(_THE_LEAD.search("van de centrumgemeente."))
    True
    >>> bool(_THE_LEAD.search("van de centrumgemeente Heerlen."))
    False
    """
    text, out = sen.text, list[SentenceMention]()
    if text.find("centrumgemeente", sen.start, sen.end) < 0:  # the noun in lower case
        return out
    for m in _THE_LEAD.finditer(text, sen.start, sen.end):
        leads = [
            p
            for p in sen.previous + sen.earlier
            if p.kind == "municipality"
            and p.entity != sen.own
            and (
                _IS_LEAD.match(text, p.end)
                or _LEAD_BEFORE.search(text, max(0, p.start - 20), p.start)
            )
        ]
        if leads:
            out.append(replace(leads[-1], start=m.start(), end=m.end(), text=m.group(0)))
    return out


#: "A en B zijn daarbij aangesloten / nemen daaraan deel": the subjects join the group.
_JOINED_THERE = re.compile(
    r"\b(?:daar|hier)(?:bij|aan|in)\s+(?:\w+\s+)?(?:aangesloten|deel|lid|vertegenwoordigd)\b"
    # split: "maakt daar (sinds 2015) deel van uit", "is daar lid van", "is daar bij aangesloten"
    r"|\b(?:daar|hier)\s+(?:\w+\s+){0,3}?(?:deel\s+van\s+uit|lid\s+van|bij\s+aangesloten"
    r"|aan\s+deel)\b",
    _F,
)
#: "Daarin zitten (ook) A en B", "Daarbinnen is A centrumgemeente": the group named last.
_THERE_OPENS = re.compile(
    r"(?:Daar|Hier)(?:in|binnen|aan|bij)\s+(?:zitten|zit|zijn|is|werken|werkt|participeren"
    r"|participeert|nemen|neemt)\s+(?:ook\s+)?",
)
_LEAD_AFTER = re.compile(r"\s+(?:de\s+)?centrumgemeente\b", _F)


def adverb_relations(sen: _Sentence, add: Add) -> None:
    """member-of (or lead-municipality) for a group referred back to by "daarbij",
    "daarin", "daarbinnen" ("Ook A en B zijn daarbij aangesloten").

    Examples
    --------
    >>> bool(_JOINED_THERE.search("zijn daarbij aangesloten"))
    True
    >>> bool(_THERE_OPENS.match("Daarin zit A")), bool(_THERE_OPENS.match("Daarnaast is A"))
    (True, False)
    """
    text = sen.text
    members: list[str] = []
    pos = sen.start
    joined = search(_JOINED_THERE, text, sen.start, sen.end)
    opens = _THERE_OPENS.match(text, sen.start, sen.end)
    if joined:
        pos = joined.start()
        cs = sen.clause_start(pos)
        if search(NEGATION, text, cs, joined.end()):
            return
        members = [p.entity for p in sen.between(cs, pos) if p.kind != "place"]
        members = members or [sen.subject(cs, pos)]  # "De gemeente is daarbij aangesloten"
    elif opens:
        end = _clause_end(sen, opens.end())
        if search(NEGATION, text, opens.start(), end):
            return
        lead = [p for p in sen.parties if p.start >= opens.end() and p.end <= end]
        if lead and lead[0].kind == "municipality" and _LEAD_AFTER.match(text, lead[0].end):
            group = sen.last_group(sen.start, document=True)  # "(de) centrumgemeente" excluded
            if group is not None:
                add("lead-municipality", group.entity, lead[0].entity)
            return
        named = [p for p in sen.between(opens.end(), end) if p.kind != "place"]
        members = [p.entity for p in named]
    group = sen.last_group(pos, document=True) if members else None
    if group is not None:
        for member in members:
            add("member-of", member, group.entity)


#: A body falling under the group named before it ("G, waaronder ook X valt").
_FALLS_UNDER = re.compile(
    r",\s+waaronder\s+(?:ook\s+)?(?P<members>[^;.,]{1,60}?)\s+(?:valt|vallen|viel|vielen)\b", _F
)


def falls_under(sen: _Sentence, add: Add) -> None:
    """member-of for "G, waaronder (ook) X valt": X falls under G, the group named right
    before the clause (tests/gold/README.md: a body falling under another is a member of it).

    Examples
    --------
    >>> _FALLS_UNDER.search("bij de GGD X, waaronder ook Veilig Thuis X valt.")["members"]
    'Veilig Thuis X'
    """
    if sen.text.find("waaronder", sen.start, sen.end) < 0:
        return
    for m in _FALLS_UNDER.finditer(sen.text, sen.start, sen.end):
        groups = [p for p in sen.parties if p.end <= m.start() and p.kind in ("body", "region")]
        if not groups or sen.text[groups[-1].end : m.start()].strip():
            continue
        for member in sen.between(*m.span("members")):
            if member.kind in ("body", "organisation"):
                add("member-of", member.entity, groups[-1].entity)


def named_served(sen: _Sentence, pos: int, cue: int) -> list[SentenceMention]:
    """The municipalities named before the cue at ``cue`` that "de drie gemeenten" at ``pos``
    refers back to ("X, een regeling van A, B en C, voert de Wsw uit voor de drie gemeenten"),
    when two or more are; else none.

    Examples
    --------
    >>> bool(_THOSE_SERVED.match(" de drie gemeenten"))
    True
    >>> bool(_THOSE_SERVED.match(" alle gemeenten"))
    False
    """
    if not _THOSE_SERVED.match(sen.text, pos, sen.end):
        return []
    named = [p for p in sen.between(sen.start, cue) if p.kind == "municipality"]
    return named if len(named) >= 2 else []


def municipalities_served(
    sen: _Sentence, kind: str, found: list[SentenceMention], pos: int
) -> bool:
    """Whether a purchasing or executing cue ending at ``pos`` is for "(alle / de drie)
    gemeenten", with no party but a place or region named: the profile's municipality is one.

    Examples
    --------
    >>> bool(_MUNICIPALITIES_SERVED.match(" alle Friese gemeenten de zorg in"))
    True
    >>> bool(_MUNICIPALITIES_SERVED.match(" de andere gemeenten"))
    False
    """
    return (
        kind in ("purchases-via", "executes-for")
        # a place or region named only locates them ("voor de acht gemeenten in de regio")
        and all(p.kind in ("place", "region") for p in found)
        and _MUNICIPALITIES_SERVED.match(sen.text, pos, sen.end) is not None
    )
