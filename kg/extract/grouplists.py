"""Membership and lead municipality stated from a group's side.

General Dutch describes who belongs to a region, body or joint organisation from
the group's side:

- "G bestaat uit (de gemeenten) A, B en C";
- "G is een samenwerking(sverband) / gemeenschappelijke regeling van (tussen) A en B",
  also as an apposition ("G, een samenwerking tussen …"), and so for the other
  forms of a joint body: a (sociale) dienst, a (centrum)regeling, an
  uitvoeringsorganisatie, a (werk)bedrijf, a werkplein, an openbaar lichaam ("G,
  de sociale dienst van de gemeenten A, B en C");
- "G is opgericht door A en B";
- "Tot / Onder G behoren / vallen A en B";
- "G, waarin A en B samenwerken / samen … / deelnemen".

- "G, waartoe / waarvan / waarbij / waaraan A behoort / deel uitmaakt / is
  aangesloten / deelneemt", "G, waar A onder valt", "G, waaronder A valt", "G, waar A
  deel van uitmaakt / lid van is / bij aangesloten is / aan deelneemt";
- "A, B en C vormen (samen) G", "A vormt samen met B en C G", "(Samen) met B en C
  vormt A G", "De zeven gemeenten vormen G" (the municipalities named before in the
  paragraph).

Each named member (a municipality, body or organisation; "de gemeente" is the
profile's own) gets ``member-of G``. Lead municipalities: "X is (de)
centrumgemeente voor / van R", "R, met X als centrumgemeente", "In R is X
centrumgemeente". A negation in the clause gives none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer, search


class _Sentence(Protocol):
    """What these rules read of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    start: int
    end: int
    own: str
    parties: list[SentenceMention]
    earlier: list[SentenceMention]
    previous: list[SentenceMention]

    def between(self, a: int, b: int) -> list[SentenceMention]: ...
    def window_end(self, pos: int) -> int: ...
    def clause_start(self, pos: int) -> int: ...
    def subject(self, a: int, b: int) -> str: ...
    def last_group(
        self, pos: int, document: bool = False, prefer: str | None = None
    ) -> SentenceMention | None: ...


__all__ = ["all_municipalities", "form_relations", "lead_relations", "membership_lists"]

_F = re.IGNORECASE
_GROUP_KINDS = frozenset({"region", "body", "organisation"})
_MEMBER_KINDS = frozenset({"municipality", "body", "organisation"})
_NEGATION = re.compile(
    r"\b(?:niet(?!\s+(?:alleen|enkel|slechts|uitsluitend|zonder)\b)|geen|nooit|evenmin)\b", _F
)
_OWN = re.compile(r"\b(?:de|onze)\s+gemeente\b(?!\s+(?-i:[A-Z]))", _F)
#: The municipalities of a group, none named: the profile's is one of them ("alle gemeenten",
#: "de acht gemeenten", "zeventien gemeenten", "17 gemeenten").
ALL_MUNICIPALITIES = re.compile(
    r"(?:\b(?:alle|de)|(?<![\w.,])\d+|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
    r"|\w+tien|\w*twintig|\w*dertig|\w*veertig))"
    r"\s+(?!(?:andere|overige|omliggende|omringende)\b)(?:[\w-]+\s+){0,2}?gemeenten\b"
    r"(?!\s+(?-i:[A-Z]))",
    _F,
)


def all_municipalities(text: str, start: int, end: int) -> bool:
    """Whether :data:`ALL_MUNICIPALITIES` stands in ``[start, end)``, looked for only before
    a "gemeenten" the span holds.

    Examples
    --------
    >>> t = "Regio X, waarin zeventien gemeenten deelnemen."
    >>> all_municipalities(t, 0, len(t)), all_municipalities("Regio X werkt.", 0, 14)
    (True, False)
    """
    at = text.find("emeenten", start, end)
    if at < 1:
        return False
    return ALL_MUNICIPALITIES.search(text, max(start, at - 60), end) is not None


_AFTER_GROUP = re.compile(
    # "G bestaat uit (acht gemeenten:) A, B en C"
    r"(?:\s+(?:bestaat|bestond|bestaan)\s+(?:\w+\s+)?uit\s+|,\s+bestaande\s+uit\s+)"
    r"(?:(?:\w+\s+)?gemeenten\s*:\s*)?"
    r"|(?:,?\s+|\s*\(\s*)(?:(?:is|was|werd|wordt)\s+)?(?:een|de|het)\s+(?:\w+\s+)?"
    r"(?:samenwerking\w*|gemeenschappelijke\s+regeling|netwerk|\w*verband|[\w-]*regeling"
    r"|[\w-]*dienst|(?:uitvoerings|inkoop|samenwerkings)organisatie|[\w-]*bedrijf|werkplein"
    r"|openbaar\s+lichaam)"
    # the type's abbreviation may follow it ("een gemeenschappelijke regeling (GR) van")
    r"(?:\s*\((?-i:[A-Z]{2,6})\))?\s+(?:van|tussen)\s+"
    # a joint body of its members ("X is een gezamenlijke organisatie van A en B")
    r"|(?:,?\s+|\s*\(\s*)(?:(?:is|was)\s+)?(?:een|de|het)\s+(?:gezamenlijke?|gemeenschappelijke?)"
    r"\s+(?:[\w-]+\s+){1,2}?(?:van|tussen)\s+"
    # its members enumerated: "R omvat A, B en C", "R telt acht gemeenten, waaronder A"
    r"|\s+(?:omvat|omvatte|omvatten)\s+(?:(?:de|het)\s+)?(?:(?:\w+\s+)?gemeenten\s+)?"
    r"|\s+(?:telt|telde|kent|kende)\s+(?:\w+\s+){1,2}?gemeenten(?:\s*,?\s+(?:waaronder|namelijk"
    r"|te\s+weten)\s+|\s*:\s*)"
    r"|\s+(?:is|werd|wordt|zijn|werden)\s+(?:\w+\s+){0,2}?opgericht\s+door\s+"
    # its participants named after it: "G, met als deelnemers A en B"
    r"|,\s+met\s+als\s+(?:deelnemers|leden|deelnemende\s+gemeenten)\s+"
    # owned by its members: "G is (volledig) eigendom van A en B"
    r"|\s+(?:is|was|zijn|waren)\s+(?:\w+\s+)?(?:in\s+)?eigendom\s+van\s+",
    _F,
)
#: "G, een gemeenschappelijke regeling met A en B": a joint body's type in apposition, its
#: partners after "met"; the clause's subject (the profile's municipality where none is named)
#: is the other member.
_JOINT_WITH = re.compile(
    r",\s+(?:een|de|het)\s+(?:[\w-]+\s+)?(?:samenwerking\w*|gemeenschappelijke\s+regeling"
    r"|[\w-]*verband|[\w-]*regeling|(?:uitvoerings|inkoop|samenwerkings)organisatie"
    r"|[\w-]*dienst|[\w-]*bedrijf)\s+(?:samen\s+)?met\s+(?:(?:de|het)\s+)?",
    _F,
)
_BEFORE_GROUP = re.compile(r"\b(?:Tot|Onder|Aan)\s+(?:de\s+|het\s+)?(?:\w+\s+)?$", _F)
#: "Aan G nemen A en B deel" as "Tot G behoren A en B".
_BELONG = re.compile(r"\s+(?:behoren|behoorden|horen|vallen|vielen|nemen|namen)\s+(?:ook\s+)?", _F)
#: "In / Binnen G zitten (ook) A en B": the members seated in the group.
_IN_FRONT = re.compile(r"\b(?:In|Binnen)\s+(?:de\s+|het\s+)?(?:\w+\s+)?$", _F)
_SEATED = re.compile(
    r"\s+(?:zitten|zit|zaten|zat|participeren|participeert|participeerden"
    # "In G werken acht gemeenten samen: A, B en C"
    r"|werken\s+(?:\w+\s+){0,2}?gemeenten\s+samen\s*:)\s+(?:ook\s+)?",
    _F,
)
#: "Deelnemers aan G zijn A, B en C", "De leden van G zijn A en B".
_PARTICIPANTS_OF = re.compile(
    r"\b(?:deelnemers|leden|deelnemende\s+gemeenten)\s+(?:aan|in|van)\s+(?:de\s+|het\s+)?$", _F
)
_ARE = re.compile(r"\s+(?:zijn|waren)\s*:?\s+(?:onder\s+(?:meer|andere)\s+)?", _F)
#: "A en B hebben (samen) een gezamenlijke sociale dienst, de G": A and B are its members.
_SHARED_BEFORE = re.compile(  # also "A en B hebben één sociale dienst: de G"
    r"\b(?:hebben|hadden|delen|deelden)\s+(?:[\w-]+\s+(?:en\s+)?){0,4}?(?:samen\s+)?"
    # "samen een" is as joint as "een gezamenlijke" ("A en B hebben samen een sociale dienst:")
    r"(?P<det>(?<=samen\s)een|(?:een|één)\s+(?:gezamenlijke?|gedeelde?|gemeenschappelijke?)|één)\s+"
    r"(?:[\w-]+\s+)?[\w-]+\s*[,:]\s*(?:namelijk\s+)?(?:de\s+|het\s+)?$",
    _F,
)
_WHEREIN = re.compile(  # after the group's short form in parentheses too ("G (GS), waarin")
    # and after an apposition naming its type ("G, een gemeenschappelijke regeling waarvan")
    r"\)?,\s+(?:(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*regeling|samenwerking\w*"
    r"|[\w-]*dienst|[\w-]*verband|[\w-]*bedrijf)\s+)?(?:waarin|waarbinnen|waartoe|waarvan|waarbij|waaraan"
    # "G, waar A onder valt" / "G, waaronder A valt"
    r"|waar(?:onder)?(?=\s[^,;.]*\b(?:onder\s+)?val(?:t|len)\b)"
    # "G, waar A (met B) deel van uitmaakt / lid van is / bij aangesloten is"
    r"|waar(?=\s[^,;.]*\b(?:deel\s+van\s+uit|lid\s+van|bij\s+(?:\w+\s+)?aangesloten"
    r"|aan\s+deel)))\s+",
    _F,
)
#: "samenwerkt met" after "waarin A": the partners named next are members too.
_SAMEN_MET = re.compile(r"\s+(?:nauw\s+)?met\s+", _F)
_JOINT = re.compile(
    r"\bsamen\w*|\bdeel\s*(?:nem\w*|neem\w*|nam\w*|uit\w*|van\s+uit\w*)|\bparticipe\w*|\bbeho\w*|\bhoor\w*"
    r"|\baangesloten\b|\blid\b|\bval(?:t|len)\b"
    # members pooling their work in the group ("waarin A en B hun re-integratie bundelen")
    r"|\bbundel(?:t|en|de|den)\b",
    _F,
)
#: The lead municipality's role: "centrumgemeente", the "penvoerder" (the member that
#: administers a joint arrangement, also "de penvoerende gemeente") or "gastgemeente" (the
#: host of a joint body).
_LEAD = re.compile(r"\b(?:centrumgemeente|penvoerder|penvoerende\s+gemeente|gastgemeente)\b", _F)
_WITH_LEAD = re.compile(
    # "R, waarbij / waar X centrumgemeente is"
    r"^[^;:]*?\b(?:met|heeft|hebben|had|waarvan|waarbinnen|waarin|waarbij|waar|waarvoor)\s+"
    # "R, met de stad X als centrumgemeente" (the city named as the municipality)
    r"(?:centrumgemeente\s+|de\s+stad\s+)?$",
    _F,
)
_IN_LEAD = re.compile(r"^\s+(?:is|was|vervult|vervulde|fungeert\s+als|treedt\s+op\s+als)\s+$", _F)
_IN_BEFORE = re.compile(r"\b(?:in|binnen)\s+(?:de\s+|het\s+)?(?:\w+\s+)?$", _F)
#: Between the lead and "centrumgemeente": "X als / is (de) / (vervult) de rol van".
_LEAD_GAP = re.compile(
    # an adverb may stand first ("is X zelf centrumgemeente", "X is ook centrumgemeente")
    r"\s+(?:(?:zelf|ook|tevens|eveneens)\s+)?(?:(?:als|(?:treedt|trad)\s+op\s+als|(?:fungeert|fungeerde)\s+als"
    # "X is sinds 2015 / voor beschermd wonen (de) centrumgemeente"
    r"|(?:is|was|blijft|bleef|werd|wordt|vervult|vervulde|heeft|had|speelt|speelde)"
    r"(?:\s+(?-i:[a-z0-9]+)){0,4}?)\s+)?"
    r"(?:de\s+)?(?:rol\s+(?:van|als)\s+)?",
    _F,
)
#: After the lead's role, what opens the group it leads ("voor beschermd wonen in de regio",
#: "verantwoordelijk voor de opvang in de regio", "dat X centrumgemeente is voor de regio").
_LEAD_OF = re.compile(
    # the finite verb after the role in a subordinate clause ("dat X centrumgemeente is voor R")
    r"\s+(?P<verb>(?:is|was|blijft|bleef|werd|wordt)\s+)?(?:verantwoordelijk\s+)?"
    r"(?:voor\s+(?-i:[a-z]+\s+){1,3}?)?(?:voor|van|in|binnen)\b",
    _F,
)
#: The profile's municipality as the lead: "De gemeente is (sinds 2015) centrumgemeente van R",
#: "Daarnaast is de stad centrumgemeente van R".
_OWN_LEAD = re.compile(
    r"\b(?:de|onze)\s+(?:gemeente|stad)\s+(?:(?:is|was|blijft|bleef|werd|wordt)\s+"
    r"(?:(?-i:[a-z0-9]+)\s+){0,3}?)?(?:de\s+)?$"
    r"|\b(?:is|was|blijft|bleef|werd|wordt)\s+(?:\w+\s+)?(?:de|onze)\s+(?:gemeente|stad)\s+"
    r"(?:(?-i:[a-z0-9]+)\s+){0,2}?(?:de\s+)?$",
    _F,
)
#: "De centrumgemeente van de regio R is X": the group, then the lead.
_LEAD_OF_GROUP = re.compile(r"\s+(?:van|in|voor|binnen)\s+(?:de\s+|het\s+)?$", _F)
#: The profile's municipality as the lead where the sentence names it and no other
#: municipality before it: "X is … opgenomen als centrumgemeente van R", "X telde …;
#: daarmee was het de grootste gemeente … en de centrumgemeente van R".
_OWN_AS_LEAD = re.compile(
    r"\bals\s+(?:de\s+)?$|\b(?:is|was)\s+(?:het|zij|ze)\b[^;:]{0,60}?\ben\s+de\s+$", _F
)
#: "… is X", also with a pronominal adverb for the group ("centrumgemeente daarvan is X").
_LEAD_IS = re.compile(
    r"\s+(?:(?:daarvan|hiervan|ervan|daarin|daarbinnen|daarbij)\s+)?(?:is|was)\s+$", _F
)
#: A clause break after a group, before a lead clause of its own ("R; X is centrumgemeente",
#: "R, centrumgemeente is X"), and the end of that clause.
_BREAK = re.compile(r"\s*[;:,]\s*(?:de\s+)?", _F)
_CLAUSE_END = re.compile(r"\s*(?:[.;)]|$)")
#: "Als centrumgemeente voor R ontvangt X …": the lead fronted, its verb, then the lead.
_AS_LEAD_FRONT = re.compile(r"\s*(?-i:Als)\s+", _F)
_FRONT_VERB = re.compile(r",?\s+(?-i:[a-z]\w*)\s+(?:(?:de\s+)?gemeente\s+)?", _F)
#: A group its members founded: "A heeft (samen) met B (in 2015) G opgericht (opgezet, in
#: het leven geroepen)", "…, die samen met B G heeft opgericht".
_FOUNDED_AFTER = re.compile(
    r"\s+(?:(?:in\s+\d{4}|heeft|hebben|had|hadden)\s+){0,2}"
    r"(?:opgericht|opgezet|in\s+het\s+leven\s+geroepen)\b",
    _F,
)
#: The participles of founding :data:`_FOUNDED_AFTER` reads ("opgezet": set up).
_FOUNDING = ("opgericht", "opgezet", "leven geroepen")
_HAVE = re.compile(r"\b(?:heeft|hebben|had|hadden)\b", _F)
_FORM = re.compile(r"\b(?:vormen|vormden|vormt|vormde)\s+(?:samen\s+)?", _F)
_FORM_GAP = re.compile(r"(?:(?:de|het|een)\s+)?(?:[a-z]+\s+){0,3}")
_FORM_WITH = re.compile(r"\s*(?:samen\s+)?met\s+", _F)
_FRONT_WITH = re.compile(r"\s*(?:samen\s+)?met\s+[^,;:]+$", _F)
_THOSE_MUNICIPALITIES = re.compile(r"\s*(?:de|deze|die|dezelfde)\s+(?:\w+\s+)?gemeenten\s+$", _F)
_GROUPS = frozenset({"region", "body"})
_BARE_REGION = re.compile(r"\s*(?:de|deze|die|een)\s+regio\b(?!\s+(?-i:[A-Z]))", _F)
#: The region named before: "die / de regio" with no name after it, "daarin", "daarbinnen".
_THAT_REGION = re.compile(
    r"\b(?:die|deze|dezelfde|de)\s+(?:\w+)?regio\b(?!\s+(?-i:[A-Z]))"
    r"|\b(?:daar|hier)(?:in|binnen)\b",
    _F,
)

Add = Callable[[str, str, str], None]


def _members(sen: _Sentence, start: int, end: int) -> list[str]:
    """The members named in ``[start, end)``, with the profile's municipality for "de gemeente",
    and for "(alle / de acht) gemeenten" when no municipality is named."""
    found = [p for p in sen.between(start, end) if p.kind in _MEMBER_KINDS]
    out = [p.entity for p in found]
    if _OWN.search(sen.text, start, end) or (
        all_municipalities(sen.text, start, end)
        and not any(p.kind == "municipality" for p in found)
    ):
        out.append(sen.own)
    return out


#: A list of municipalities right after a group: "(A, B en C)", ": A, B en C", ", namelijk A".
_LIST_OPENS = re.compile(r"\s*(?:\(\s*|:\s*|,\s+(?:namelijk|te\s+weten)\s+)", _F)
#: "de (andere / zeven) gemeenten in / van (de regio)" before the group: what the list names.
_MUNICIPALITIES_OF = re.compile(
    r"\bgemeenten\s+(?:van|in|binnen|uit)\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?$", _F
)


def _listed_after(sen: _Sentence, g: SentenceMention) -> list[str]:
    """The municipalities a list right after a region or body names as its members: "de
    regio R (A, B en C)", "de gemeenten in de regio R: A, B en C", "…, namelijk A en B".
    After a colon or "namelijk" the group must follow "de gemeenten in / van"; in
    parentheses at least two municipalities must stand ("Veilig Thuis X (Enschede)" is a
    seat, not a membership).

    Examples
    --------
    >>> bool(_MUNICIPALITIES_OF.search("de andere gemeenten in de regio "))
    True
    """
    opens = _LIST_OPENS.match(sen.text, g.end, sen.end) if g.kind in _GROUPS else None
    if opens is None:
        return []
    found = sen.between(opens.end(), sen.window_end(opens.end()))
    named = [p.entity for p in found if p.kind == "municipality"]
    of = _MUNICIPALITIES_OF.search(sen.text, sen.clause_start(g.start), g.start)
    if of or (opens.group(0).strip() == "(" and len(named) > 1):
        return named
    return []


def _shared_lead(sen: _Sentence, cs: int, pos: int) -> int:
    """Where to read "A en B hebben één dienst" before a group at ``pos``: its clause when a
    comma stands shortly before the group, the clause before a colon there ("…: de G"),
    else -1."""
    if sen.text.rfind(",", max(cs, pos - 16), pos) >= 0:
        return cs
    colon = sen.text.rfind(":", max(sen.start, pos - 16), pos)
    return sen.clause_start(colon) if colon >= 0 else -1


def membership_lists(sen: _Sentence, add: Add) -> None:
    """Add ``member-of`` for every member a group's composition names in one sentence.

    Parameters
    ----------
    sen : _Sentence
        The sentence with its parties (see :mod:`kg.extract.relations`).
    add : callable
        ``add(type, subject, object)``.
    """
    text = sen.text
    for g in sen.parties:
        if g.kind not in _GROUP_KINDS:
            continue
        cs = sen.clause_start(g.start)
        members: list[str] = []
        denied = cs  # where a negation denies the membership: the relative clause's own
        after = _AFTER_GROUP.match(text, g.end, sen.end)
        if after:
            members = _members(sen, after.end(), sen.window_end(after.end()))
        elif joint := _JOINT_WITH.match(text, g.end, sen.end):
            found = sen.between(joint.end(), sen.window_end(joint.end()))
            if found and all(p.kind == "municipality" for p in found):
                members = [*(p.entity for p in found), sen.subject(cs, g.start)]
        elif listed := _listed_after(sen, g):
            members = listed
        elif _BEFORE_GROUP.search(text, cs, g.start) and (
            belong := _BELONG.match(text, g.end, sen.end)
        ):
            members = _members(sen, belong.end(), sen.window_end(belong.end()))
        elif (_IN_FRONT.search(text, cs, g.start) and (seat := _SEATED.match(text, g.end))) or (
            _PARTICIPANTS_OF.search(text, cs, g.start) and (seat := _ARE.match(text, g.end))
        ):
            members = _members(sen, seat.end(), sen.window_end(seat.end()))
        elif (lead := _shared_lead(sen, cs, g.start)) >= 0 and (  # "A en B hebben een
            shared := search(_SHARED_BEFORE, text, lead, g.start)  # gezamenlijke dienst, de G"
        ):
            members = _members(sen, lead, shared.start("det"))
        elif wherein := _WHEREIN.match(text, g.end, sen.end):
            start = denied = wherein.end()  # "A maakt geen deel uit van G, waarin B …"
            joint = _JOINT.search(text, start, sen.end)  # "waarin A en B samenwerken"
            if joint and _area_cooperation(g, joint.group()):
                continue  # a labour-market region is an area (gold README, 33rd session)
            if joint and not _NEGATION.search(text, start, joint.end()):
                members = _members(sen, start, joint.start())
                if re.match(r"gemeente\b", text[start : start + 9], _F):
                    members.append(sen.own)  # "waarin gemeente en UWV samen …"
                elif members and text[start : start + 4].lower() == "ook ":
                    members.append(sen.subject(cs, g.start))  # "X is … G, waartoe ook A behoort"
                partners = _SAMEN_MET.match(text, joint.end())  # "waarin A samenwerkt
                if partners and joint.group().lower().startswith("samenwerk"):
                    end = sen.window_end(partners.end())  # met B en C": B and C too
                    members += [p.entity for p in sen.between(partners.end(), end)]
        if not members or _NEGATION.search(text, denied, sen.window_end(g.end)):
            continue
        for member in members:
            add("member-of", member, g.entity)


def _area_cooperation(group: SentenceMention, verb: str) -> bool:
    """Whether "G, waarin A samenwerkt met B" names a labour-market region as G: an area,
    whose cooperation states no membership.

    Examples
    --------
    >>> g = SentenceMention("region/arbeidsmarktregio-x", "region", 0, 5, "X", 0)
    >>> _area_cooperation(g, "samenwerkt"), _area_cooperation(g, "deelnemen")
    (True, False)
    """
    return "/arbeidsmarktregio-" in group.entity and verb.lower().startswith("samenwerk")


def lead_relations(sen: _Sentence, add: Add) -> None:
    """lead-municipality: "X is centrumgemeente voor R", "R, met X als centrumgemeente"."""
    text = sen.text
    for m in finditer(_LEAD, text, sen.start, sen.end):  # tried where a lead noun begins
        if _NEGATION.search(text, sen.clause_start(m.start()), m.end()):
            continue
        munis = [p for p in sen.parties if p.kind == "municipality"]
        after = [p for p in munis if p.start >= m.end() and not text[m.end() : p.start].strip()]
        before = [
            p for p in munis if p.end <= m.start() and _LEAD_GAP.fullmatch(text[p.end : m.start()])
        ]
        leads = after or before
        named = [p.entity for p in munis if p.start < m.start()]  # the profile's alone
        own_only = bool(named) and set(named) == {sen.own}
        if not leads and (
            _OWN_LEAD.search(text, sen.clause_start(m.start()), m.start())
            or (own_only and _OWN_AS_LEAD.search(text, sen.start, m.start()))
        ):
            leads = [SentenceMention(sen.own, "municipality", m.start(), m.start(), "", None)]
        if not leads:
            _lead_named_after(sen, m, add)
            continue
        lead = leads[0]
        groups = [p for p in sen.parties if p.kind in _GROUPS]
        of, group = _LEAD_OF.match(text, m.end(), sen.end), None
        if of:
            end = sen.window_end(m.end())
            group = next((g for g in groups if m.end() <= g.start and g.end <= end), None)
        # "R, waarbij X centrumgemeente is voor …": the verb after the role, the group before
        if of is None or (group is None and of.group("verb")):
            # "R, met X als centrumgemeente", "R met centrumgemeente X"
            cut = min(lead.start, m.start())
            group = next((g for g in reversed(groups) if g.end <= cut), None)
            in_group = (
                group is not None
                and (  # "In de regio R is X centrumgemeente"
                    _IN_BEFORE.search(text, sen.clause_start(group.start), group.start)
                    and _IN_LEAD.match(text[group.end : lead.start])
                )
            )
            if group is not None and not (
                _WITH_LEAD.search(text[group.end : cut])
                or in_group
                or (
                    _BREAK.fullmatch(text, group.end, cut)
                    and _CLAUSE_END.match(text, m.end(), sen.end)
                )
            ):  # "R; X is centrumgemeente": a clause of its own right after the group
                group = None
        if group is None and (
            _THAT_REGION.search(text, sen.clause_start(m.start()), sen.window_end(m.end()))
            # a lead role with no group in its sentence leads the group named last, as "X
            # treedt op als centrumgemeente" does (kg.extract.jointwork)
            or (not groups and before and m.group(0).lower() == "centrumgemeente")
        ):
            # "In die regio is X centrumgemeente"; in a paragraph of its own, the group
            # named last in the paragraphs before
            group = sen.last_group(m.start()) or sen.last_group(m.start(), document=True)
        if group is not None:
            add("lead-municipality", group.entity, lead.entity)


def _lead_named_after(sen: _Sentence, m: re.Match[str], add: Add) -> None:
    """lead-municipality from "De centrumgemeente van de regio R is X"."""
    text = sen.text
    group = next((g for g in sen.parties if g.kind in _GROUPS and g.start >= m.end()), None)
    if group is not None and _AS_LEAD_FRONT.fullmatch(text, sen.clause_start(m.start()), m.start()):
        lead = next((p for p in sen.parties if p.start >= group.end), None)
        if (  # "Als centrumgemeente voor de regio R ontvangt X …"
            lead is not None
            and lead.kind == "municipality"
            and _LEAD_OF_GROUP.fullmatch(text, m.end(), group.start)
            and _FRONT_VERB.fullmatch(text, group.end, lead.start)
        ):
            add("lead-municipality", group.entity, lead.entity)
        return
    if group is None or not _LEAD_OF_GROUP.fullmatch(text, m.end(), group.start):
        # "De centrumgemeente is X": of the group named last (in the paragraph, else before)
        lead = next((p for p in sen.parties if p.start >= m.end()), None)
        if lead is None or lead.kind != "municipality":
            return
        if not _LEAD_IS.fullmatch(text, m.end(), lead.start) or [
            g  # "R; centrumgemeente is X": a group in a clause before is that group
            for g in sen.parties
            if g.kind in _GROUPS and not _BREAK.search(text, g.end, m.start())
        ]:
            return
        group = sen.last_group(m.start()) or sen.last_group(m.start(), document=True)
        if group is not None:
            add("lead-municipality", group.entity, lead.entity)
        return
    lead = next((p for p in sen.parties if p.start >= group.end), None)
    if (
        lead is not None
        and lead.kind == "municipality"
        and _LEAD_IS.fullmatch(text, group.end, lead.start)
    ):
        add("lead-municipality", group.entity, lead.entity)


def form_relations(sen: _Sentence, add: Add) -> None:
    """member-of from "A, B en C vormen (samen) G", "A vormt samen met B en C G" and
    "A heeft (samen) met B G opgericht"."""
    text = sen.text
    _founded(sen, add)
    for m in finditer(_FORM, text, sen.start, sen.end):  # tried where "vorm…" begins
        cs = sen.clause_start(m.start())
        after = [p for p in sen.parties if p.start >= m.end()]
        group = next((p for p in after if p.kind in _GROUPS), None)
        bare = _BARE_REGION.match(text, m.end(), sen.end)
        if bare and (group is None or group.start > bare.end()):  # "vormen samen de regio"
            group = sen.last_group(m.start(), document=True, prefer="region")
            listed = []
        elif group is not None:
            listed = [p for p in after if p.end <= group.start]
            inverted = _FRONT_WITH.match(text, cs, m.start())  # "Met A en B vormt X G"
            subject_after = (
                (  # "vormt A met B de G": the subject after the verb
                    listed[0].kind == "municipality"
                    and not text[m.end() : listed[0].start].strip()
                    and _FORM_WITH.match(text, listed[0].end)
                )
                if listed
                else False
            )
            if listed and not (_FORM_WITH.match(text, m.end()) or inverted or subject_after):
                continue
            if not listed and not _FORM_GAP.fullmatch(text, m.end(), group.start):
                continue
        if group is None or _NEGATION.search(text, cs, max(m.end(), group.end)):
            continue
        members = [p.entity for p in sen.between(cs, m.start()) if p.kind == "municipality"]
        members += [p.entity for p in listed if p.kind == "municipality"]
        if _OWN.search(text, cs, group.start):
            members.append(sen.own)  # "Samen met A vormt de gemeente G"
        if not members and _THOSE_MUNICIPALITIES.match(text, cs, m.start()):
            members = [sen.own] + [p.entity for p in sen.earlier if p.kind == "municipality"]
        for member in members:
            add("member-of", member, group.entity)


def _founded(sen: _Sentence, add: Add) -> None:
    """member-of from "A heeft (samen met B en C) G opgericht (opgezet)": the founders are
    members."""
    text = sen.text
    if all(text.find(word, sen.start, sen.end) < 0 for word in _FOUNDING):
        return  # most sentences found nothing
    for g in sen.parties:
        if g.kind not in _GROUPS or not _FOUNDED_AFTER.match(text, g.end):
            continue
        cs = sen.clause_start(g.start)
        have = _HAVE.search(text, cs, g.start) or _HAVE.search(text, g.end, g.end + 16)
        if have is None or _NEGATION.search(text, cs, g.end):
            continue
        members = [p.entity for p in sen.between(cs, g.start) if p.kind == "municipality"]
        if not members or _OWN.search(text, cs, g.start):
            members.append(sen.own)  # "De gemeente heeft met A de G opgericht"
        elif (subject := sen.subject(cs, g.start)) not in members:
            members.append(subject)  # "De gemeente, die met A de G heeft opgericht"
        for member in members:
            add("member-of", member, g.entity)
