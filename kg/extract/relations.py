"""Relations between organisations, from general Dutch phrasing.

Each rule is a phrase of Dutch public-administration prose, not of one profile:

- cooperates-with: "werkt samen met", "samenwerking met", "samengewerkt met",
  "trekt op met", "Met X wordt samengewerkt / is afgesproken", "heeft met X
  afgesproken", "afspraken (gemaakt) met X", "een convenant met X", "samen met
  een medewerker van X" (staff stand for their organisation), "de gemeente" as
  the partner of a named subject, and support given by another party ("X heeft
  steun gegeven", "ondersteund door X"), "werkt met X samen", "een
  gezamenlijke … met X", "met X een convenant gesloten", "afgestemd met X",
  "partner van X", a team "gevormd door / bestaat uit medewerkers van X";
- member-of: "maakt (met A, B) deel uit van", "deel uitmaakt van", "neemt deel
  aan", "is aangesloten bij", "is lid van", "behoort tot", "valt onder",
  "participeert in", "De regio is X", "in de regio X" after a cooperation verb
  (the partners of "werkt samen met A en B in de regio X" too), "partner in X",
  and a body introduced as "X, de intergemeentelijke / gemeenschappelijke …";
- member-of also: "is onderdeel van", "hoort bij", "valt binnen", "een van de
  gemeenten van", "werken samen in X" (every coordinated party), "is met A en B
  aangesloten bij" (A and B too), "is bij X aangesloten", "is aandeelhouder
  van X", "participeert met A in X", "In X werken A en B samen", "Binnen X
  werkt A samen met B"; group-side phrasing ("X bestaat uit", "Tot X behoren",
  "A vormt samen met B X", "X, waartoe …") is in :mod:`kg.extract.grouplists`,
  as is lead-municipality;
- executes-for (subject: the executor): "voert … uit voor Y (, Z en de
  gemeente)", "voert … uit voor de gemeenten A en B", "(dat) voor Y …
  uitvoert", "uitvoert voor Y", "verzorgt … voor Y", "is belegd bij X", "bij X
  ondergebracht", "de uitvoering ligt bij / is in handen van X", "uitbesteed
  aan X", "verzorgd door X", "in opdracht van Y", "overgedragen / gedelegeerd
  aan X", "heeft X opdracht gegeven", "bij X neergelegd", "in handen gegeven
  van X", "laat … over aan X", "gegund aan X", "door X uitgevoerd", "X werkt
  voor (de gemeenten) A en B", "voor alle gemeenten in (de regio) X";
- purchases-via: "koopt … in via / bij X", "inkoop via X", "ingekocht via X",
  "Via X koopt …", "de inkoop loopt / gebeurt via X", "de inkoop wordt gedaan
  door X", "X koopt … in voor Y" (Y via X);
- lead-municipality (subject: the region or body): "X is centrumgemeente voor
  R", "met X als centrumgemeente", "met centrumgemeente X";
- depends-on: "is afhankelijk van X", "is aangewezen op X", "leunt op X";
  borders-on: "grenst (in het oosten) aan X", "aan X grenst", "de grens met
  X", "(een) buurgemeente (van) X", "ligt tussen A en B"; compares-with (municipalities
  only): "gekeken naar", "kijkt naar", "vergeleken met", "in vergelijking met";
- related-organisation, as a fallback for an organisation that no other rule
  relates to the profile's municipality: named as the source of money
  ("uitkering uit", "bijdrage", "subsidie", "gesubsidieerd") or as an employer ("trekt … aan",
  "werkgever", "arbeidsplaatsen").

Relations stated around a group, a list or a relative clause ("X, waarmee de
gemeente samenwerkt") are in :mod:`kg.extract.jointwork`; forms whose parties do
not stand on the two sides of one cue ("In opdracht van de gemeente verzorgt X",
"X is een partner", "de samenwerking tussen A en B", "X voert de Wmo uit", an
ended relation) in :mod:`kg.extract.relationforms`.

A coordinated list gives one relation per member, on either side ("A, B en C
maken deel uit van X"), also when a colon opens it ("werkt samen met de volgende
partijen: A, B en C"). "de regio", "die gemeenschappelijke regeling" after a
cue is the group named last (in the paragraph, else the document; a region
named only by its adjective counts); "voor de hele regio" after an executor
is the region in the executor's own name when there is one ("de GGD X, die …
voor de hele regio uitvoert": region X). A negation in the clause
before the cue ("werkt niet samen met", "niet langer") gives no relation; a contrast
after it names the party that does ("maakt geen deel uit van G, maar van H":
:mod:`kg.extract.relationobjects`). The subject is the party named before the cue
outside a prepositional phrase ("Venlo voert …", "koopt Venray in via"), else
the profile's municipality ("de gemeente", "zij", a passive).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.document import Document
from kg.extract.beneficiaries import executes_objects, fronted, named_before
from kg.extract.grouplists import form_relations, lead_relations, membership_lists
from kg.extract.groupsubjects import joint_group_relations
from kg.extract.jointwork import GROUPS as _GROUPS
from kg.extract.jointwork import NEGATION as _NEGATION
from kg.extract.jointwork import OWN_OBJECT as _OWN_OBJECT
from kg.extract.jointwork import anaphor_relations, coordinated, relative_relations
from kg.extract.model import Extraction, Relation, SentenceMention
from kg.extract.prefixscan import finditer, search
from kg.extract.relationagents import passive_executor
from kg.extract.relationareas import area_memberships
from kg.extract.relationduties import duty_holders, load_duties
from kg.extract.relationfallback import money_or_work, unrelated
from kg.extract.relationforms import (
    adverb_relations,
    agent_relations,
    between_relations,
    ended,
    falls_under,
    fronted_principal,
    group_anaphors,
    implicit_for,
    municipalities_served,
    named_served,
)
from kg.extract.relationleads import lead_for_area
from kg.extract.relationmembers import (
    body_members,
    listed_in,
    listed_members,
    named_members,
    on_behalf,
)
from kg.extract.relationobjects import (
    FOUNDED_WORDS,
    bought_by_contract,
    contrast_span,
    founded,
    kind_objects,
    other_object,
    past_groups,
    reading,
    staff_of,
    unlocated,
)
from kg.extract.relationparties import mention_spans, parties_by_sentence
from kg.extract.relationpast import ended_in, past_clause
from kg.extract.relationpeople import clients_in, clients_of, together_in, together_they
from kg.extract.relationsentence import CLAUSE_OPEN as _CLAUSE_OPEN
from kg.extract.relationsentence import Sentence as _Sentence
from kg.extract.relationstaffing import staffed
from kg.extract.statedlinks import links as stated_links
from kg.extract.statedlinks import unnamed_parties
from kg.extract.wordtokens import lowered
from kg.vocab import as_relation_type

_F = re.IGNORECASE
_COMPLEMENT = re.compile(r"\b(?:van|voor|bij|met|aan|op|uit|over|tot|naar)\b", _F)
_IN_GROUP = re.compile(
    r"\b(?:in|binnen)\s+(?:(?:de|het)\s+)?(?:regio|samenwerkingsverband|(?:\w+)?regeling)?\s*$"
    r"|\bgemeenten\s+(?:van|uit)\s+(?:(?:de|het)\s+)?(?:regio\s+)?$",  # "de gemeenten van R"
    _F,
)

_WITH_FRONT = re.compile(
    r"^\s*Met\b(?P<obj>[^;.]+?)\b(?:(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden)"
    r"\b[^;.]*?\b(?:samengewerkt|afgesproken|\w*afspra\w*|\w*convenant\w*|\w*overeenkomst\w*"
    r"|\w*contract\w*|overleg\w*|samenwerking\w*)|(?:deelt|delen|deelde|deelden)"
    # "Met A en B trekt de gemeente op (in …)"
    r"|(?:trekt|trekken|trok|trokken)\b[^;.]*?\bop)\b"
)
#: A joint desk one works "op" ("de samenwerking met het UWV op het Werkplein X"): the
#: parties are its members (tests/gold/README.md, twenty-seventh session).
_ON_DESK = re.compile(r"\bop\s+(?:de|het)\s+$", _F)
_DESK = re.compile(r"(?:werkplein|(?:werkgevers)?servicepunt)\b", _F)
_REGION_IS = re.compile(r"\b(?:de|onze)\s+regio\s+(?:is|heet)\s+$", _F)
_SHARED_BODY = re.compile(
    r"^,\s+(?:de|het|onze|ons)\s+(?:intergemeentelijke?|gemeenschappelijke?)\b", _F
)
_SHARED_BEFORE = re.compile(r"\b(?:gemeenschappelijke\s+regeling|samenwerkingsverband)\s+$", _F)
_THEREIN = re.compile(r"\b(?:daarin|daarbinnen|hierin|hierbinnen)\s+$", _F)
_OWN_KINDS = frozenset({"cooperates-with", "executes-for", "purchases-via"})
_GROUP_WORD = re.compile(r"\b(?:regio|gemeenschappelijke\s+regeling|samenwerkingsverband)\b", _F)
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
#: A region's municipalities named by its adjective ("de veertien Twentse gemeenten").
_ITS_MUNICIPALITIES = re.compile(r"\s+gemeenten\b", _F)
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

#: What may stand between a cue and the colon that opens its list of parties: a few
#: words naming them ("de volgende partijen", "onder meer"), no figure, no clause.
_LIST_LEAD = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}[^\W\d]*\s*")

Add = Callable[[str, str, str], None]


def _cue_relations(sen: _Sentence, add: Add) -> None:
    """The relations of the cue phrases (:data:`kg.extract.relationcues.CUES`) in one sentence."""
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
            if direction == "giver":
                if subject != sen.own:
                    add(kind, sen.own, subject)
                continue
            if direction == "agent":  # "A en B zijn belangrijke partners": each of them
                joined = coordinated(sen, cs, m.start())
                for one in joined if len(joined) > 1 and subject in joined else [subject]:
                    agent_relations(sen, m, kind, one, add)
                continue
            if direction == "between":
                between_relations(sen, m, add)
                continue
            if fronted_principal(sen, m, subject, add):
                continue
            if subject == sen.own and m.group(0)[:11].lower() == "in opdracht":  # "… van A"
                agent = passive_executor(sen, cs, m.start(), m.end())  # "… door X", or none
                subject = subject if agent is None else agent
            found, subject = _found(sen, m, kind, subject)
            anaphor = m.start("pre") if "pre" in groups and groups["pre"] is not None else m.end()
            that = _GROUP_ANAPHOR.match(text, anaphor)
            if not found and that:  # "op de regio leunt"
                prefer = "region" if that.group(0).lower().rstrip().endswith("regio") else "body"
                group = sen.last_group(m.start(), document=True, prefer=prefer, of=subject)
                found = [group] if group is not None else []
            subjects = [subject]
            if (kind, direction) in _DONE_FOR and subject == sen.own:
                before = named_before(sen, cs, m.start())  # "De jeugdhulp voor A en B wordt …"
                subjects = [p.entity for p in before] or subjects
            joined = coordinated(sen, cs, m.start())
            if direction in ("forward", "reverse") and len(joined) > 1 and subject in joined:
                subjects = joined  # "A, B en C maken deel uit van X"
            if groups.get("co") is not None:
                subjects = _co_subjects(sen, m, subjects)
            elif kind == "member-of":  # "is met A en B aangesloten bij X"
                subjects += _co_members(sen, cs, m.start())
            objects = kind_objects(kind, [p for p in found if p.start not in members])
            if kind == "member-of" and direction == "forward" and objects:
                subjects += _trailing_members(sen, objects[-1].end)
            if not objects and kind == "executes-for":  # "X (en Y) voert het … uit"
                sen.implicit += [one for one in subjects if implicit_for(sen, m, one, cs)]
            if kind == "depends-on" and search(_PEOPLE_RELY, text, cs, m.start()):
                # "(voor zorg) zijn inwoners op A aangewezen": they turn to the place
                areas = [o for o in objects if o.kind in _AREA_KINDS]
                for area in areas:
                    add("oriented-towards", sen.own, area.entity)
                objects = [o for o in objects if o not in areas]
            way = reading(text, cs, m, (kind, direction), subject, sen.parties) or ("", "")
            for obj in objects if way[0] else []:  # "A is ondergebracht in G": part of G
                for subj in subjects:
                    _add_one(sen, add, *way, subj, obj)
            if kind == "cooperates-with" and direction == "forward":
                _partners_in_group(sen, add, objects)
            if text.find("maar ook", m.end(), sen.end) >= 0:  # "…, maar ook met B"
                _contrasted(sen, m, kind, direction, cs, add, also=True)
            group = sen.last_group(m.start()) if search(_THEREIN, text, cs, m.start()) else None
            if kind == "cooperates-with" and group is not None:  # "werkt daarin samen met A, B"
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
        add("member-of", subj, obj.entity)  # "werkt samen met A en B in de regio X"
    else:
        add(kind, subj, obj.entity)
        if (
            kind == "cooperates-with"
            and obj.kind == "region"
            and _ITS_MUNICIPALITIES.match(sen.text, obj.end)
        ):
            add("member-of", subj, obj.entity)  # "samen met de Twentse gemeenten": one of them


def _in_group(sen: _Sentence, obj: SentenceMention) -> bool:
    """Whether a group is named after "in / binnen (de) (regio)": the setting of a cooperation
    (a named joint organisation too: "samen met A in het Sociaal Domein X")."""
    before = sen.text[max(sen.start, obj.start - 24) : obj.start]
    return obj.kind in _SETTINGS and bool(
        _IN_GROUP.search(before) or (_ON_DESK.search(before) and _DESK.match(obj.text))
    )


def _partners_in_group(sen: _Sentence, add: Add, objects: list[SentenceMention]) -> None:
    """The partners of "werkt samen met A en B in de regio X" are members of X too."""
    groups = [o for o in objects if _in_group(sen, o)]
    for group in groups:
        for partner in objects:
            if partner.kind not in _GROUPS and partner.start < group.start:
                add("member-of", partner.entity, group.entity)


def _group_relations(sen: _Sentence, add: Add) -> None:
    """member-of from "De regio is X", "met X wordt samengewerkt", "X, de intergemeentelijke …",
    "de gemeenschappelijke regeling / het samenwerkingsverband X"."""
    text = sen.text
    for p in sen.parties:
        if p.kind == "region" and _REGION_IS.search(text, sen.clause_start(p.start), p.start):
            add("member-of", sen.subject(sen.clause_start(p.start), p.start), p.entity)
        before = _SHARED_BEFORE.search(text, max(sen.start, p.start - 40), p.start)
        if p.kind == "body" and (before or _SHARED_BODY.match(text[p.end : p.end + 40])):
            add("member-of", sen.own, p.entity)
    front = _WITH_FRONT.match(text[sen.start : sen.end])
    if front and not _NEGATION.search(front.group(0)):
        a = sen.start + front.start("obj")
        kind = "purchases-via" if bought_by_contract(front.group(0)) else "cooperates-with"
        for p in kind_objects("cooperates-with", sen.between(a, sen.start + front.end("obj"))):
            add(kind, sen.own, p.entity)


def _sentence_rules(
    sen: _Sentence, add: Add, adjectival: list[SentenceMention], extra: list[Callable]
) -> None:
    """Every rule that reads one sentence; ``adjectival`` holds the regions it names by
    their adjective, ``extra`` the rules whose words the document holds (:func:`_extra`)."""
    _cue_relations(sen, add)
    lead_relations(sen, add)
    _group_relations(sen, add)
    anaphor_relations(sen, add)
    relative_relations(sen, add)
    membership_lists(sen, add)
    form_relations(sen, add)
    adverb_relations(sen, add)
    lead_for_area(sen, add)
    falls_under(sen, add)
    joint_group_relations(sen, sen.parties + adjectival, add)
    for rule in extra:
        rule(sen, add)


def _extra(text: str, extraction: Extraction) -> list[Callable]:
    """The rules of :mod:`kg.extract.relationmembers` and :mod:`kg.extract.relationpeople`
    a document may need, each chosen once by the words it must hold."""
    low = lowered(text) or text.lower()
    rules: list[Callable] = []
    if listed_in(low):  # "De deelnemende gemeenten zijn A, B en C"
        rules.append(listed_members)
    if any(e.kind == "body" for e in extraction.entities.values()) and " van " in text:
        rules.append(named_members)  # "de ISD van A en B"
    if "namens" in low:  # "X, dat namens de acht gemeenten …"
        rules.append(on_behalf)
    if together_in(text):  # "Samen kopen zij …"
        rules.append(together_they)
    if clients_in(low):  # "de cliënten van X": X serves the municipality

        def serving(sen: _Sentence, add: Add) -> None:
            sen.implicit += clients_of(sen)

        rules.append(serving)
    return rules


def extract_relations(doc: Document, extraction: Extraction) -> list[Relation]:
    """Return the typed relations between organisations stated in the text.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        Holds the mentions and the profile's municipality.

    Returns
    -------
    list of Relation
        Unique by (type, subject, object), first evidence kept, in text order.
    """
    own = extraction.municipality.iri
    labels = {iri: e.label for iri, e in extraction.entities.items()}
    extra = _extra(doc.text, extraction)  # the rules the document's words call for
    by_sentence, adjectival = parties_by_sentence(doc.text, extraction.mentions, labels)
    unnamed = unnamed_parties(doc, extraction.mentions)  # actor groups, rulings of no one
    figures_at: dict[int, list[tuple[int, int]]] = {}  # the figures the indicators read:
    for ind in extraction.indicators:  # of a measure, or a level or change
        if ind.measure is not None or ind.comparison is not None:
            figures_at.setdefault(ind.sentence, []).append((ind.start, ind.end))
    covered = mention_spans(extraction.mentions)  # of any kind, for an acronym subject
    relations: dict[tuple[str, str, str], Relation] = {}
    fallback: list[tuple[str, tuple[int, int, int]]] = []
    implicit: list[tuple[str, tuple[int, int, int]]] = []
    earlier: list[SentenceMention] = []
    previous: list[SentenceMention] = []
    paragraph = None
    for sentence in doc.sentences:
        if (sentence.section, sentence.paragraph) != paragraph:
            paragraph, previous, earlier = (
                (sentence.section, sentence.paragraph),
                previous + earlier,
                [],
            )
        parties = by_sentence.get(sentence.index, [])
        refers_back = previous and search(_GROUP_WORD, doc.text, sentence.start, sentence.end)
        quiet = sentence.index not in adjectival and sentence.index not in unnamed
        if not parties and not earlier and not refers_back and quiet:
            continue  # nothing named, and no "de regio" that refers back
        span = (sentence.start, sentence.end, sentence.index)

        def add(kind: str, subject: str, obj: str, span: tuple[int, int, int] = span) -> None:
            if subject != obj and subject:  # an unknown subject ("") relates nothing
                relations.setdefault(
                    (kind, subject, obj), Relation(as_relation_type(kind), subject, obj, *span)
                )

        sen = _Sentence(doc.text, sentence.start, sentence.end, parties, own, earlier)
        sen.previous, sen.covered = previous, covered.get(sentence.index, [])
        back = group_anaphors(sen)  # "die regio": the group named last, as a party here
        if back:
            sen.parties = sorted(parties + back, key=lambda p: (p.start, p.end))
        past = past_clause(doc.text, sentence.start, sentence.end)  # "Tot 2015 voerde A …"
        known = set(relations) if past else ()
        _sentence_rules(sen, add, adjectival.get(sentence.index, []), extra)
        roles = unnamed.get(sentence.index, [])  # a source, an orientation, a court's rulings
        figures = figures_at.get(sentence.index, ())
        for kind, subject, obj in stated_links(
            doc.text, *span[:2], sen.parties, own, roles, figures
        ):
            add(kind, subject, obj)
        # "de uitbetaling via de SVB", also judged ("kreeg de betalingen niet op orde"): a
        # task the party does for every municipality by law
        for holder in duty_holders(
            doc.text, *span[:2], [p.entity for p in sen.parties], load_duties()
        ):
            add("executes-for", holder, own)
        for member, desk in staffed(doc.text, *span[:2], sen.parties, own):
            add("member-of", member, desk)  # "het Werkplein X wordt met het UWV bemand"
        if past:
            _drop_past(sen, past, relations, known)
        earlier = earlier + sorted(
            parties + adjectival.get(sentence.index, []), key=lambda p: p.start
        )
        fallback += [
            (org, span)
            for org in money_or_work(sen, _CLAUSE_OPEN)
            if not (past and ended_in(past, sen.parties, (org,)))
        ]
        implicit += [(org, span) for org in sen.implicit]
    unrelated(relations, own, implicit, fallback)
    kept = area_memberships(_bought(relations), doc.text, extraction.entities, extraction.mentions)
    return sorted(kept, key=lambda r: (r.start, r.type, r.subject, r.object))


def _drop_past(sen: _Sentence, past: tuple[int, int], relations: dict, known: set | tuple) -> None:
    """Drop the relations this sentence added whose parties it names only in its clause
    about the past (:func:`kg.extract.relationpast.past_clause`), and the parties of that
    clause from the ones done for the municipality when nothing else relates them. A
    membership stays: the findings read the municipality's own bodies from it, and a body it
    belonged to is still one its profile speaks about."""
    for key in [k for k in relations if k not in known]:
        if key[0] != "member-of" and ended_in(past, sen.parties, key[1:]):
            del relations[key]
    sen.implicit = [o for o in sen.implicit if not ended_in(past, sen.parties, (o,))]


def _bought(relations: dict[tuple[str, str, str], Relation]) -> list[Relation]:
    """The relations, without X executing for A where the same sentence says A buys via
    X ("De inkoop is belegd bij X", "A voert de inkoop uit via X"): purchasing is the
    relation the sentence states; nor A depending on a place its inhabitants turn to."""
    bought = {(s, o, r.start) for (kind, s, o), r in relations.items() if kind == "purchases-via"}
    # inhabitants relying on a place for care ("zijn aangewezen op X") turn to it: the
    # orientation is what the sentence states, not a dependence of the municipality
    turned = {
        (s, o, r.start) for (kind, s, o), r in relations.items() if kind == "oriented-towards"
    }
    return [
        r
        for (kind, s, o), r in relations.items()
        if not (kind == "executes-for" and (o, s, r.start) in bought)
        and not (kind == "depends-on" and (s, o, r.start) in turned)
    ]
