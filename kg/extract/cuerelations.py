"""The relations of the cue phrases in one sentence (:data:`kg.extract.relationcues.CUES`).

Reads one :class:`kg.extract.relationsentence.Sentence`: for each cue phrase that matches,
its subject (the party named before it, an inverted subject after a fronted adverbial,
the coordinated parties, co-members of "maakt met A deel uit van"), its objects (the
parties up to the next cue, a list after a colon, "de regio" that refers back) and the
contrast after a negated cue ("maakt geen deel uit van G, maar van H"). The rules are
described in :mod:`kg.extract.relations`, which calls :func:`cue_relations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.beneficiaries import executes_objects, fronted, named_before
from kg.extract.jointwork import GROUPS as _GROUPS
from kg.extract.jointwork import NEGATION as _NEGATION
from kg.extract.jointwork import OWN_OBJECT as _OWN_OBJECT
from kg.extract.jointwork import coordinated
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer, search
from kg.extract.relationagents import passive_executor
from kg.extract.relationforms import (
    agent_relations,
    between_relations,
    ended,
    fronted_principal,
    implicit_for,
    municipalities_served,
    named_served,
)
from kg.extract.relationmembers import body_members
from kg.extract.relationobjects import (
    FOUNDED_WORDS,
    contrast_span,
    founded,
    kind_objects,
    other_object,
    past_groups,
    reading,
    staff_of,
    unlocated,
)
from kg.extract.relationsentence import Sentence as _Sentence

_F = re.IGNORECASE
_COMPLEMENT = re.compile(r"\b(?:van|voor|bij|met|aan|op|uit|over|tot|naar)\b", _F)
_IN_GROUP = re.compile(
    r"\b(?:in|binnen)\s+(?:(?:de|het)\s+)?(?:regio|samenwerkingsverband|(?:\w+)?regeling)?\s*$"
    r"|\bgemeenten\s+(?:van|uit)\s+(?:(?:de|het)\s+)?(?:regio\s+)?$",  # "de gemeenten van R"
    _F,
)
#: A joint desk one works "op" ("de samenwerking met het UWV op het Werkplein X"): the
#: parties are its members (tests/gold/README.md, twenty-seventh session).
_ON_DESK = re.compile(r"\bop\s+(?:de|het)\s+$", _F)
_DESK = re.compile(r"(?:werkplein|(?:werkgevers)?servicepunt)\b", _F)
_THEREIN = re.compile(r"\b(?:daarin|daarbinnen|hierin|hierbinnen)\s+$", _F)
_OWN_KINDS = frozenset({"cooperates-with", "executes-for", "purchases-via"})
#: Cues whose subject may be the parties a task is done for, named before the cue ("De
#: jeugdhulp voor A en B wordt uitgevoerd door X / ingekocht via R").
_DONE_FOR = frozenset({("executes-for", "reverse"), ("purchases-via", "forward")})
_FORMS_BEFORE = re.compile(r"\bvorm(?:t|en|de|den)\s+$", _F)
_MEMBER_WITH = re.compile(r"\bmet\s+|\bnet\s+als\s+", _F)  # "is, net als A, lid van"
#: "… maakt deel uit van R, samen met A en B": the members listed after the group.
_SAMEN_MET = re.compile(
    r"\s*,\s*(?:net\s+als|(?:samen\s+)?met|evenals)\s+(?!een\b|de\s+\w+\s+van\b)", _F
)
_MEMBERSHIP_TAIL = re.compile(r"\bdeel\s+(?:aan|uit\s+van)\b|\bvorm(?:t|en|de|den)\b", _F)
#: "samen met de (andere) gemeenten van R": the group's members stand for the group.
_MEMBERS_OF = re.compile(
    r"\s*(?:de\s+)?(?:\w+\s+){0,2}?gemeenten\s+(?:van|uit)\s+(?:(?:de|het)\s+)?(?:regio\s+)?", _F
)
_GROUP_ANAPHOR = re.compile(
    r"\s*(?:de|die|deze|dat|dit)\s+(?:hele\s+|gehele\s+)?"
    r"(?:regio|gemeenschappelijke\s+regeling|samenwerkingsverband)\b(?!\s+(?-i:[A-Z]))",
    _F,
)
#: "afhankelijk van de inzet van X", "kijkt naar de aanpak van X": X's work stands for X.
_ITS_WORK = re.compile(
    r"\s*(?:de|het)\s+(?:\w+\s+)?(?:inzet|capaciteit|medewerking|middelen|kennis|expertise"
    r"|aanbod|diensten|ondersteuning|bereidheid|goodwill|aanpak|werkwijze|ervaringen"
    r"|resultaten|cijfers|vrijwilligers|medewerkers|hulp|steun)\s+van\s+(?:de\s+|het\s+)?"
    r"|\s*(?:die|dat)\s+van\s+(?:de\s+|het\s+)?",  # "vergelijkt haar cijfers met die van X"
    _F,
)
#: "de (andere) gemeenten van": the areas after it name where members lie, not members.
_OF_AREA = re.compile(r"\bgemeenten\s+(?:van|uit|in)\b", _F)
#: One word (the finite verb that opens a cue), then an inverted subject's article.
_VERB_THEN = re.compile(r"[\w-]+\s+(?:(?:de|het)\s+)?", _F)
_SUBJECT_KINDS = frozenset({"municipality", "body", "organisation"})
_OF_ITS_WORK, _SETTINGS = (
    ("depends-on", "compares-with"),
    frozenset({"region", "body", "organisation"}),
)
#: Only an article or a possessive between a cue and the next cue: the next one is part
#: of the object ("samen met haar buurgemeente X").
_OBJECT_LEAD = re.compile(r"\s*(?:(?:de|het|een|haar|zijn|hun|onze|ons)\s+)?", _F)

#: The inhabitants as the ones who rely on a place ("inwoners zijn op A aangewezen"): they
#: turn to it for care or work (oriented-towards, tests/gold/README.md), the municipality
#: does not depend on it.
_PEOPLE_RELY = re.compile(
    r"\b(?:inwoners|bewoners|gezinnen|huishoudens|ouderen|patiënten|cliënten|jongeren"
    r"|kinderen|leerlingen|werkzoekenden|mensen)\b",
    _F,
)
_AREA_KINDS = frozenset({"municipality", "place"})

#: The inhabitants as the whole subject of a clause whose verb of looking follows, with at
#: most a determiner and where they live ("maar werkzoekenden uit het noorden kijken").
_PEOPLE_SUBJECT = re.compile(
    r"(?:^|[,;:])\s*(?:(?:maar|en|ook|veel|de|onze|sommige|alle|meeste|vooral)\s+){0,3}"
    r"(?:inwoners|bewoners|gezinnen|ouderen|patiënten|jongeren|werkzoekenden|mensen)"
    r"(?:\s+(?:uit|in|van)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s*$",
    _F,
)


def people_looking(text: str, cs: int, m: re.Match[str]) -> bool:
    """Whether the cue ``m`` is a verb of looking ("kijken naar") whose subject, right
    before it in the clause from ``cs``, is inhabitants: they look to a place for work or
    care (oriented-towards), they do not compare the municipality with it.

    Examples
    --------
    >>> text = "Werkzoekenden uit Wapenveld kijken naar Apeldoorn."
    >>> people_looking(text, 0, re.search("kijken naar", text))
    True
    >>> text = "Ambtenaren kijken naar Apeldoorn."
    >>> people_looking(text, 0, re.search("kijken naar", text))
    False
    """
    if m.group(0)[:4].lower() != "kijk":
        return False
    return _PEOPLE_SUBJECT.search(text[cs : m.start()]) is not None


#: What may stand between a cue and the colon that opens its list of parties: a few
#: words naming them ("de volgende partijen", "onder meer"), no figure, no clause.
_LIST_LEAD = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}[^\W\d]*\s*")

Add = Callable[[str, str, str], None]


def cue_relations(sen: _Sentence, add: Add) -> None:
    """Add the relations of the cue phrases (:data:`kg.extract.relationcues.CUES`) in one sentence.

    Parameters
    ----------
    sen : Sentence
        The sentence, its parties and the profile's municipality
        (:class:`kg.extract.relationsentence.Sentence`).
    add : callable
        Called as ``add(kind, subject, object)`` for each relation found (more than once
        for a relation two cues state).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Teststad werkt samen met Heerlen."
    >>> heerlen = SentenceMention("municipality/heerlen", "municipality", 24, 31, "Heerlen", 0)
    >>> sen = Sentence(text, 0, len(text), [heerlen], "municipality/teststad", [])
    >>> found = set()
    >>> cue_relations(sen, lambda *relation: found.add(relation))
    >>> sorted(found)
    [('cooperates-with', 'municipality/teststad', 'municipality/heerlen')]
    """
    if not sen.cues:
        return  # no cue's trigger in the sentence: its bodies' members are not read
    text = sen.text
    members = body_members(sen)  # "de ISD van A en B": A and B are no party of the cue
    for pattern, kind, direction in sen.cues:
        for m in finditer(pattern, text, sen.start, sen.end):  # tried where a match may begin
            cs = sen.clause_start(m.start())
            if search(_NEGATION, text, cs, m.end()) or ended(sen, cs, m.end()):
                _contrasted(sen, m, kind, direction, cs, add)
                continue
            groups = m.groupdict()
            subject = sen.subject(cs, m.start())
            if subject == sen.own and not groups.keys() & {"co", "pre"} and kind != "executes-for":
                subject = _inverted(sen, m, cs) or subject  # "Nu koopt A via X in"
            if _party_cue(sen, m, (kind, direction), subject, cs, add):
                continue
            if fronted_principal(sen, m, subject, add):
                continue
            if subject == sen.own and m.group(0)[:11].lower() == "in opdracht":  # "… van A"
                agent = passive_executor(sen, cs, m.start(), m.end())  # "… door X", or none
                subject = subject if agent is None else agent
            found, subject = _found(sen, m, kind, subject)
            found = found or _group_referred(sen, m, subject)  # "op de regio leunt"
            subjects = _subjects(sen, m, (kind, direction), subject, cs)
            if kind == "compares-with":  # the profile's own level is compared, whoever says so
                subject, subjects = sen.own, [sen.own]
            objects = kind_objects(kind, [p for p in found if p.start not in members])
            if kind == "member-of" and direction == "forward" and objects:
                subjects += _trailing_members(sen, objects[-1].end)
            if not objects and kind == "executes-for":  # "X (en Y) voert het … uit"
                sen.implicit += [one for one in subjects if implicit_for(sen, m, one, cs)]
            if kind == "depends-on" and search(_PEOPLE_RELY, text, cs, m.start()):
                objects = _turned_to(sen, objects, add)
            elif kind == "compares-with" and people_looking(text, cs, m):
                objects = _turned_to(sen, objects, add)  # "werkzoekenden kijken naar A"
            cue = (m, kind, direction, cs)
            _add_objects(sen, cue, subject, subjects, objects, add)


def _party_cue(
    sen: _Sentence, m: re.Match[str], cue: tuple[str, str], subject: str, cs: int, add: Add
) -> bool:
    """Add the relations of a cue that names its party on one side only (a giver of
    support, an agent, a relation "between" two parties); whether the cue is one."""
    kind, direction = cue
    if direction == "giver":  # the giver works with, or for, the municipality
        if subject != sen.own:
            add(*((kind, subject, sen.own) if kind == "executes-for" else (kind, sen.own, subject)))
        return True
    if direction == "agent":  # "A en B zijn belangrijke partners": each of them
        joined = coordinated(sen, cs, m.start())
        for one in joined if len(joined) > 1 and subject in joined else [subject]:
            agent_relations(sen, m, kind, one, add)
        return True
    if direction == "between":
        between_relations(sen, m, add)
        return True
    return False


def _group_referred(sen: _Sentence, m: re.Match[str], subject: str) -> list[SentenceMention]:
    """The group "de regio", "die gemeenschappelijke regeling" after the cue refers to:
    the one named last (in the document), or none."""
    groups = m.groupdict()
    anaphor = m.start("pre") if "pre" in groups and groups["pre"] is not None else m.end()
    that = _GROUP_ANAPHOR.match(sen.text, anaphor)
    if not that:
        return []
    prefer = "region" if that.group(0).lower().rstrip().endswith("regio") else "body"
    group = sen.last_group(m.start(), document=True, prefer=prefer, of=subject)
    return [group] if group is not None else []


def _subjects(
    sen: _Sentence, m: re.Match[str], cue: tuple[str, str], subject: str, cs: int
) -> list[str]:
    """The subjects of a cue: the parties a task is done for, the coordinated parties
    before it, co-members between its verbs or before a membership cue."""
    kind, direction = cue
    subjects = [subject]
    if cue in _DONE_FOR and subject == sen.own:
        before = named_before(sen, cs, m.start())  # "De jeugdhulp voor A en B wordt …"
        subjects = [p.entity for p in before] or subjects
    joined = coordinated(sen, cs, m.start())
    if direction in ("forward", "reverse") and len(joined) > 1 and subject in joined:
        subjects = joined  # "A, B en C maken deel uit van X"
    if m.groupdict().get("co") is not None:
        subjects = _co_subjects(sen, m, subjects)
    elif kind == "member-of":  # "is met A en B aangesloten bij X"
        subjects += _co_members(sen, cs, m.start())
    return subjects


def _turned_to(sen: _Sentence, objects: list[SentenceMention], add: Add) -> list[SentenceMention]:
    """Add the places inhabitants rely on ("(voor zorg) zijn inwoners op A aangewezen": they
    turn to the place) as oriented-towards; the other objects."""
    areas = [o for o in objects if o.kind in _AREA_KINDS]
    for area in areas:
        add("oriented-towards", sen.own, area.entity)
    return [o for o in objects if o not in areas]


def _add_objects(
    sen: _Sentence,
    cue: tuple[re.Match[str], str, str, int],
    subject: str,
    subjects: list[str],
    objects: list[SentenceMention],
    add: Add,
) -> None:
    """Add the relations of a cue's subjects to its objects, read as the sentence words
    them, and the memberships and contrasts around them."""
    m, kind, direction, cs = cue
    text = sen.text
    way = reading(text, cs, m, (kind, direction), subject, sen.parties) or ("", "")
    for obj in objects if way[0] else []:  # "A is ondergebracht in G": part of G
        for subj in subjects:
            _add_one(sen, add, *way, subj, obj)
    if kind == "cooperates-with" and direction == "forward":
        _partners_in_group(sen, add, objects)
        _partners_in_body(sen, add, (cs, m.start()), subjects, objects)
    if text.find("maar ook", m.end(), sen.end) >= 0:  # "…, maar ook met B"
        _contrasted(sen, m, kind, direction, cs, add, also=True)
    group = sen.last_group(m.start()) if search(_THEREIN, text, cs, m.start()) else None
    if kind == "cooperates-with" and group is not None and group.kind != "region":
        # "werkt daarin samen met A, B": members of the body named before, not of an area
        for member in subjects + [o.entity for o in objects]:
            add("member-of", member, group.entity)


def _inverted(sen: _Sentence, m: re.Match[str], cs: int) -> str | None:
    """The party right after the verb that opens the cue ``m``, when no subject stands
    before it: the subject after a fronted adverbial ("Daarnaast koopt A de zorg in via X")."""
    after = next((p for p in sen.parties if p.start >= m.start()), None)
    if (
        after is None
        or after.end > m.end()
        or after.kind not in _SUBJECT_KINDS
        or not _VERB_THEN.fullmatch(sen.text, m.start(), after.start)
    ):
        return None
    if search(_OWN_OBJECT, sen.text, cs, m.start()) or sen.between(cs, m.start()):
        return None  # "de gemeente" or a party named before is the subject
    return after.entity


def _co_subjects(sen: _Sentence, m: re.Match[str], subjects: list[str]) -> list[str]:
    """The subjects of "maakt … deel uit van", "neemt … deel aan" with the parties between
    the verbs: co-members after "met" ("maakt met A deel uit van X"), or, after a fronted
    adverbial with no subject before the verb, the subject itself ("Sinds 2015 maakt A
    deel uit van X": A, not the profile's municipality)."""
    co = [p for p in sen.between(m.start("co"), m.end("co")) if p.kind != "place"]
    of = _OF_AREA.search(sen.text, m.start("co"), m.end("co"))
    if of is not None:  # "met A en de gemeenten van R en S": R and S are no members
        co = [p for p in co if p.kind != "region" or p.start < of.start()]
    if not co:
        return subjects
    if (
        subjects == [sen.own]
        and _VERB_THEN.fullmatch(sen.text, m.start(), co[0].start)
        and not sen.between(sen.clause_start(m.start()), m.start())
        and not search(_OWN_OBJECT, sen.text, sen.clause_start(m.start()), m.start())
    ):
        return [p.entity for p in co]  # the inverted subject, then any co-members
    return subjects + [p.entity for p in co]


def _contrasted(
    sen: _Sentence, m: re.Match[str], kind: str, way: str, cs: int, add: Add, also: bool = False
) -> None:
    """The parties of "…, maar van Y" after a negated cue: "A maakt geen deel uit van G,
    maar van H" (A is a member of H); with ``also``, of "…, maar ook met Y"."""
    span = contrast_span(sen, m, also) if way in ("forward", "reverse") else None
    for obj in kind_objects(kind, sen.between(*span)) if span else []:
        _add_one(sen, add, kind, way, sen.subject(cs, m.start()), obj)


def _found(
    sen: _Sentence, m: re.Match[str], kind: str, subject: str
) -> tuple[list[SentenceMention], str]:
    """The parties a cue names as its objects, and its subject corrected for "voert … uit"."""
    text, groups = sen.text, m.groupdict()
    if groups.get("pre") is not None:
        start, end = m.start("pre"), m.end("pre")
        found = sen.between(start, end)
    elif kind == "executes-for" and "mid" in groups:
        found = executes_objects(sen, m) or fronted(sen, m.start())  # "Voor A voert X … uit"
        if m.group(0)[-4:].lower() == "voor":  # "… uit voor de drie gemeenten": those named
            found = named_served(sen, m.end(), m.start()) or found
        if subject == sen.own and m.group("mid") is not None:
            subject = sen.subject(m.start("mid"), m.end("mid"))
        return found, subject
    else:
        start, end = m.end(), min(sen.window_end(m.end()), _next_cue(sen, m.end()))
        if not sen.between(start, end):  # "met de huisartsen, het onderwijs en X": X
            end = min(past_groups(sen, start, end), _next_cue(sen, m.end()))
        found = unlocated(text, sen.between(start, end))  # "het Bureau in A": not A
        if not found and text.startswith(":", end) and _LIST_LEAD.fullmatch(text, start, end):
            start = end + 1  # "werkt samen met (de volgende partijen): A, B en C"
            end = min(sen.window_end(start), _next_cue(sen, start))
            found = sen.between(start, end)
        if municipalities_served(sen, kind, found, start):  # "koopt voor alle gemeenten in"
            found = named_served(sen, start, m.start()) or [  # "voor de drie gemeenten"
                SentenceMention(sen.own, "municipality", start, start, "", None)
            ]
        elif (
            found
            and _COMPLEMENT.search(text, start, found[0].start)
            and not staff_of(sen, start, found[0].start)
            and not _MEMBERS_OF.fullmatch(text, start, found[0].start)
            and not (kind in _OF_ITS_WORK and _ITS_WORK.fullmatch(text, start, found[0].start))
        ):
            found = []  # "samen met een cliënt van X": X is not the partner
        elif found and other_object(text, start, found[0]):  # "met een team per dorp, A met"
            found = []
    if kind == "cooperates-with" and search(_FORMS_BEFORE, text, sen.start, m.start()):
        found = [p for p in found if p.kind not in _GROUPS]  # "vormt samen met A de regio X"
    elif kind == "cooperates-with" and found and search(FOUNDED_WORDS, text, sen.start, sen.end):
        found = [p for p in found if not founded(text, sen.start, p)]  # "… met A de G opgericht"
    if kind in _OWN_KINDS and subject != sen.own:  # "De corporatie werkt samen met de gemeente"
        own = _OWN_OBJECT.search(text, start, end)
        if own and not _COMPLEMENT.search(text, start, own.start()):
            pos = own.start()
            found = sorted(
                [*found, SentenceMention(sen.own, "municipality", pos, pos, "", None)],
                key=lambda p: p.start,
            )
    return found, subject


def _next_cue(sen: _Sentence, pos: int) -> int:
    """Where the next cue phrase after ``pos`` starts: a cue's objects stop there."""
    tail = search(_MEMBERSHIP_TAIL, sen.text, pos, sen.end)
    starts = [sen.end, tail.start() if tail else sen.end]
    for pattern, _, _ in sen.cues:
        m = search(pattern, sen.text, pos, sen.end)  # tried where a match may begin
        if m is not None and not _OBJECT_LEAD.fullmatch(sen.text, pos, m.start()):
            starts.append(m.start())
    return min(starts)


def _co_members(sen: _Sentence, cs: int, pos: int) -> list[str]:
    """The parties of "met A en B" before a membership cue at ``pos``."""
    found = finditer(_MEMBER_WITH, sen.text, cs, pos)  # tried where "met" begins
    if not found:
        return []
    return [p.entity for p in sen.between(found[-1].end(), pos) if p.kind == "municipality"]


def _trailing_members(sen: _Sentence, pos: int) -> list[str]:
    """The municipalities of ", samen met A en B" right after a membership's group."""
    with_ = _SAMEN_MET.match(sen.text, pos)
    if with_ is None:
        return []
    end = sen.window_end(with_.end())
    return [p.entity for p in sen.between(with_.end(), end) if p.kind == "municipality"]


def _add_one(
    sen: _Sentence, add: Add, kind: str, direction: str, subj: str, obj: SentenceMention
) -> None:
    if direction == "reverse":
        add(kind, obj.entity, subj)
    elif kind == "cooperates-with" and _in_group(sen, obj):
        # "werkt samen met A en B in het Sociaal Domein X": members of the joint body; an
        # area is only the setting of the cooperation ("in de regio R": tests/gold/README.md,
        # thirty-ninth session, decision 3)
        if obj.kind != "region" or _BUYING.search(sen.text, sen.start, sen.end):
            add("member-of", subj, obj.entity)
    else:
        # "samen met de Twentse gemeenten": the cooperation only; being one of an area's
        # municipalities states no membership (tests/gold/README.md, thirty-ninth session,
        # decision 3, after the fourteenth batch's decision 10)
        add(kind, subj, obj.entity)


def _in_group(sen: _Sentence, obj: SentenceMention) -> bool:
    """Whether a group is named after "in / binnen (de) (regio)": the setting of a cooperation
    (a named joint organisation too: "samen met A in het Sociaal Domein X")."""
    before = sen.text[max(sen.start, obj.start - 24) : obj.start]
    return obj.kind in _SETTINGS and bool(
        _IN_GROUP.search(before) or (_ON_DESK.search(before) and _DESK.match(obj.text))
    )


#: "in" or "binnen" (and an article) right before a body named ahead of the cue.
_IN_BODY = re.compile(r"\b(?:in|binnen)\s+(?:(?:de|het)\s+)?$", _F)


def _partners_in_body(
    sen: _Sentence,
    add: Add,
    span: tuple[int, int],
    subjects: list[str],
    objects: list[SentenceMention],
) -> None:
    """The subject and the municipalities of "X werkt in [a body] samen met A en B" are members
    of the body, as in "werkt samen met A en B in [a body]" (tests/gold/README.md, third-batch
    decision); a region or area named there ("werkt in de Kop van Noord-Holland samen met")
    is the setting only."""
    bodies = [
        p
        for p in sen.between(*span)
        if p.kind == "body" and _IN_BODY.search(sen.text, max(sen.start, p.start - 12), p.start)
    ]
    for body in bodies[-1:]:
        partners = [o.entity for o in objects if o.kind == "municipality"]
        for member in [*subjects, *partners]:
            add("member-of", member, body.entity)


#: Buying together in an area ("koopt … in met A en B in de regio R") keeps the buyers'
#: membership (tests/gold/README.md, thirty-ninth session, decision 3 leaves it open; the
#: thirteenth batch kept it). A verb of buying, not the noun: "Voor de inkoop van X werkt A
#: samen met B in de regio R" names the purpose of a cooperation in an area, no joint
#: purchase in it (the fourth batch's "werkt samen met A en B in de regio R": no member-of).
_BUYING = re.compile(
    r"\b(?:koopt|kopen|kocht|kochten|inkoopt|inkocht\w*|ingekocht|inkopen"
    # contracting care for the group is buying it ("waarvoor A de contracten afsluit",
    # "die namens hen contracten sluit", "contracteert")
    r"|contracteer\w*|gecontracteerd|contracten\s+(?:af)?(?:ge)?sl(?:ui|o)\w*)\b",
    _F,
)


def _partners_in_group(sen: _Sentence, add: Add, objects: list[SentenceMention]) -> None:
    """The partners of "werkt samen met A en B in het Sociaal Domein X" are members of X too;
    not of an area ("in de regio R": tests/gold/README.md, thirty-ninth session, decision 3)
    unless they buy together in it."""
    bought = _BUYING.search(sen.text, sen.start, sen.end)  # "koopt in met A in de regio R"
    groups = [o for o in objects if (o.kind != "region" or bought) and _in_group(sen, o)]
    for group in groups:
        for partner in objects:
            if partner.kind not in _GROUPS and partner.start < group.start:
                add("member-of", partner.entity, group.entity)
