"""Relations of joint work stated around a group, a list or a relative clause.

General Dutch states who works together, and in what, without a cue phrase
between two named parties:

- "Binnen die gemeenschappelijke regeling zijn A en B ondergebracht / verenigd" (A,
  B member of the body named last), "In G werken A, B en C samen", "In G werken
  acht gemeenten samen, waaronder A", "Binnen G
  werkt A samen met B", "A werkt in G samen met B" (member-of G), "de samenwerking in X"
  (member of X); "In G werken de gemeenten samen", "De (acht) gemeenten in G werken samen /
  kopen gezamenlijk in" (the profile's municipality is one of them);
- "UWV en de gemeente … samen / gezamenlijk" (cooperates-with between the
  coordinated parties);
- "X treedt op als centrumgemeente" (lead of the group named last);
- a relative clause about its antecedent: "X, waarmee de gemeente samenwerkt /
  afspraken heeft gemaakt" (cooperates-with X), "X, waaraan / waarbij de gemeente
  de toegang heeft overgedragen / ondergebracht" (X executes-for), "X, waarin A en B
  zitting hebben / vertegenwoordigd zijn" (member-of X).

The sentence object is :class:`kg.extract.relations._Sentence` (see the
protocol in :mod:`kg.extract.grouplists`). A negation in the clause gives none.
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence, all_municipalities
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer, search

__all__ = [
    "GROUPS",
    "LIST_GAP",
    "NEGATION",
    "OWN_OBJECT",
    "anaphor_relations",
    "coordinated",
    "relative_relations",
]

_F = re.IGNORECASE
#: The kinds of party that have members.
GROUPS = frozenset({"region", "body"})
#: The kinds of party one may work together in ("de samenwerking in X").
_MEMBER_GROUPS = GROUPS | {"organisation"}
#: Not "niet alleen / enkel / slechts …, maar ook": that adds, it denies nothing.
NEGATION = re.compile(
    r"\b(?:niet(?!\s+(?:alleen|enkel|slechts|uitsluitend|zonder)\b)|geen|nooit|evenmin|nergens)\b",
    _F,
)
#: What lies between two members of a coordinated list ("A, B en de C", "zowel A als B"), also
#: a place adjective before the next member ("Roosendaal en het Belgische Antwerpen").
LIST_GAP = re.compile(
    r"^(?:\s*,\s*|\s+en\s+|\s+of\s+|\s*,\s*en\s+|\s+als\s+(?:ook\s+)?)(?:de\s+|het\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*(?:se|sche)\s+)?$",
    _F,
)
#: "de gemeente" / "onze gemeente": the profile's own municipality, unless a name follows.
OWN_OBJECT = re.compile(r"\b(?:de|onze)\s+gemeente\b(?!\s+(?-i:[A-Z]))", _F)

_WITHIN_GROUP = re.compile(
    r"\s*(?:Binnen|In)\s+(?:(?P<anaphor>die|deze|dat|dit)\s+[^,;]*?|(?P<named>[^,;]*?))"
    r"\s+(?:zijn|is|werden|werd)\b(?P<members>[^;]*?)\b(?:ondergebracht|belegd|georganiseerd"
    r"|verenigd|vertegenwoordigd)\b",
    _F,
)
_WITHIN_TOGETHER = re.compile(
    r"\s*(?:Binnen|In)\s+(?P<named>[^,;]*?)\s+(?:(?:werken|werkten|werkt|werkte)\b"
    r"(?P<members>[^;]*?)\bsamen\b"
    # the passive: "In G wordt (nauw) samengewerkt (met A en B)", the municipality one of them
    r"|(?P<passive>(?:wordt|werd)\s+(?:\w+\s+){0,2}?samengewerkt)\b)(?P<partners>\s+met\b[^;]*)?",
    _F,
)
_COOPERATION_IN = re.compile(  # "de samenwerking (vindt vooral plaats) in X"
    r"\b(?:samenwerk\w*(?:\s+(?:vindt|vond|vinden|vonden)\s+(?:\w+\s+){0,2}?plaats)?|werk\w*\s+(?:\w+\s+){0,2}?samen|samen"
    r"|(?P<passive>(?:wordt|werd)\s+(?:\w+\s+){0,2}?samengewerkt))"
    r"\s+(?:in|binnen)\s+(?:de\s+|het\s+)?(?:regio\s+)?$",
    _F,
)
#: "A werkt in G samen (met B)": the verb before the group, "samen" after it.
_WORKS_IN = re.compile(
    r"\bwerk(?:t|en|te|ten)\s+(?:\w+\s+){0,2}?(?:in|binnen)\s+(?:de\s+|het\s+)?(?:regio\s+)?$", _F
)
_TOGETHER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?samen\b", _F)
#: "De (acht) gemeenten in G werken samen / kopen gezamenlijk in": the profile's is one.
_MUNICIPALITIES_IN = re.compile(
    r"\b(?:de|alle)\s+(?!(?:andere|overige|omliggende|omringende)\b)(?:\w+\s+){0,2}?gemeenten"
    r"\s+(?:in|van|uit|binnen)\s+(?:de\s+|het\s+)?(?:regio\s+)?$",
    _F,
)
_JOINTLY_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:werken|werkten|kopen|kochten|trekken|trokken)\s+(?:\w+\s+){0,4}?"
    r"(?:samen|gezamenlijk)\b",
    _F,
)
_ACTS_AS_LEAD = re.compile(
    r"\b(?:treedt\s+(?:\w+\s+)?op|fungeert|functioneert)\s+als\s+centrumgemeente\b(?!\s+voor)",
    _F,
)
_TOGETHER = re.compile(r"(?<!vormen\s)(?<!vormden\s)\b(?:samen|gezamenlijke?)\b(?!\s*met\b)", _F)
#: A passive with its agent: the parties before it undergo what is done together.
#: A list opened by "met" is the partners of the clause's subject ("Met A en B werkt X samen").
#: ... also with the noun of the list's kind ("Met de (Gelderse) buurgemeenten A en B werkt X
#: samen"; an apposition's head noun, with an adjective).
_WITH_LIST = re.compile(r"\bmet\s+(?:de\s+|het\s+)?(?:[\w-]+e\s+)?(?:[\w-]*gemeenten\s+)?$", _F)
_DONE_TO = re.compile(r"\b(?:wordt|worden|werd|werden)\b[^;,]*?\bdoor\b", _F)
_UNITED = re.compile(r"\b(?:verenigd|vertegenwoordigd)$", _F)
_INCLUDING = re.compile(r"\s*,\s*(?:waaronder|onder\s+wie|onder\s+meer)\s+", _F)
#: "de gemeente en (de) (woningcorporatie) X": a lower-case type noun may stand before X.
_OWN_BEFORE = re.compile(
    r"\b(?:de\s+)?gemeente(?:\s*,|\s+en)\s+(?:de\s+|het\s+)?(?-i:[a-z][\w-]*\s+)?$", _F
)
_OWN_AFTER = re.compile(r"\s+en\s+(?:de\s+)?gemeente\b", _F)


def anaphor_relations(sen: _Sentence, add: Add) -> None:
    """Membership and lead stated of a group named before or by a list.

    "Binnen die gemeenschappelijke regeling zijn A en B ondergebracht" (A, B
    member of the body named last), "de samenwerking in X" (member of X), "X
    treedt op als centrumgemeente" (lead of the group named last). "vormen" is in
    :func:`kg.extract.grouplists.form_relations`.
    """
    text = sen.text
    within = _WITHIN_GROUP.match(text, sen.start, sen.end)
    if within and not NEGATION.search(within.group(0)):
        if within.group("anaphor"):
            group = sen.last_group(sen.start)
        else:
            named = sen.between(within.start("named"), within.end("named"))
            group = named[-1] if named and named[-1].kind in GROUPS else None
        if group is not None:
            found = sen.between(*within.span("members"))
            united = _UNITED.search(within.group(0))  # "zijn A, B en C verenigd": municipalities
            for p in found if united else _members(found):
                add("member-of", p.entity, group.entity)
    _together_within(sen, add)
    for p in sen.parties:
        if p.kind not in _MEMBER_GROUPS:
            continue
        cs = sen.clause_start(p.start)
        within = search(_COOPERATION_IN, text, cs, p.start)
        if (
            within or (search(_WORKS_IN, text, cs, p.start) and _together_after(text, p.end))
        ) and not NEGATION.search(text, cs, p.start):
            members = coordinated(sen, cs, p.start) or [sen.subject(cs, p.start)]
            if within and within.group("passive"):  # "Met A wordt samengewerkt in G": and we
                members.append(sen.own)
            for member in members:
                add("member-of", member, p.entity)
        jointly = _JOINTLY_AFTER.match(text, p.end) if p.kind in GROUPS else None
        if (
            jointly
            and _MUNICIPALITIES_IN.search(text, cs, p.start)
            and not NEGATION.search(text, cs, jointly.end())
        ):
            add("member-of", sen.own, p.entity)
    # the patterns tried only where one of their words begins (kg.extract.prefixscan)
    for m in finditer(_TOGETHER, text, sen.start, sen.end):  # "UWV en de gemeente … samen"
        cs = sen.clause_start(m.start())
        joined = coordinated(sen, cs, m.start())
        if not joined or NEGATION.search(text, cs, m.end()) or _DONE_TO.search(text, cs, m.start()):
            continue  # "A en B worden door de gemeenten gezamenlijk gefinancierd": not A and B
        if _WITH_LIST.search(text, cs, sen.between(cs, m.start())[0].start):
            continue  # "Met A, B en C werkt X samen": A, B, C are X's partners, not each other's
        for partner in joined[1:]:
            add("cooperates-with", joined[0], partner)
    for m in finditer(_ACTS_AS_LEAD, text, sen.start, sen.end):
        cs = sen.clause_start(m.start())
        inverted = [p for p in sen.between(m.start(), m.end()) if p.kind == "municipality"]
        lead = inverted[0].entity if inverted else sen.subject(cs, m.start())  # "treedt X op"
        group = sen.last_group(m.start())
        if group is not None and not NEGATION.search(text, cs, m.end()):
            add("lead-municipality", group.entity, lead)
    _reciprocal(sen, add)


#: A joint act with no partner after "met": its coordinated subjects act together ("A en
#: de gemeente hebben prestatieafspraken gemaakt", "A en B delen een sociale dienst").
_RECIPROCAL = re.compile(  # no leading \w*: compounds ("prestatieafspraken") match inside
    r"(?:afspraken\s+(?:\w+\s+){0,2}?gemaakt|afgesproken|overeengekomen"
    r"|\b(?:maken|maakten)\s+(?:\w+\s+){0,2}?\w*afspraken\b"  # "A en B maken afspraken"
    r"|(?:convenant|overeenkomst|contract)\w*\s+(?:\w+\s+){0,2}?(?:gesloten"
    r"|afgesloten|getekend|ondertekend)|\b(?:delen|deelden)\s+(?:een|het|de)\b"
    r"|\b(?:overleggen|overlegden)\b"
    # "A en B hebben (wekelijks) overleg", "houden elke maand een gezamenlijk casusoverleg"
    r"|\b(?:hebben|hadden|houden|hielden|voeren|voerden)\s+(?:\w+\s+){0,4}?\w*overleg\b)"
    r"(?!\s*met\b)",
    _F,
)
#: Strings one of which every match of :data:`_RECIPROCAL` holds (a cheap gate: ``in``).
_RECIPROCAL_WORDS = (
    "afspr",
    "afgespr",
    "overeen",
    "onvenant",
    "ontract",
    "delen",
    "deelden",
    "overleg",
)
#: A preposition before a list: "Met A en B is afgesproken" names the partners, not subjects.
_PREPOSED = re.compile(
    r"\b(?:met|voor|van|bij|door|via|aan|in|tussen|namens|over)\s+(?:\w+\s+){0,2}$", _F
)


def _reciprocal(sen: _Sentence, add: Add) -> None:
    """cooperates-with between the coordinated subjects of a joint act (:data:`_RECIPROCAL`).

    Examples
    --------
    >>> bool(_RECIPROCAL.search("hebben prestatieafspraken gemaakt.")), bool(
    ...     _RECIPROCAL.search("hebben afspraken gemaakt met X"))
    (True, False)
    >>> bool(_RECIPROCAL.search("maken jaarlijks prestatieafspraken.")), bool(
    ...     _RECIPROCAL.search("maken afspraken met X"))
    (True, False)
    """
    text = sen.text
    chunk = text[sen.start : sen.end]
    if not any(word in chunk for word in _RECIPROCAL_WORDS):
        return
    for m in _RECIPROCAL.finditer(text, sen.start, sen.end):
        cs = sen.clause_start(m.start())
        joined = coordinated(sen, cs, m.start())
        if len(joined) < 2 or NEGATION.search(text, cs, m.end()):
            continue
        first = next((p for p in sen.between(cs, m.start()) if p.kind != "place"), None)
        if first is not None and _PREPOSED.search(text, cs, first.start):
            continue  # "Met A en B is afgesproken": partners of an unnamed subject
        for partner in joined[1:]:
            add("cooperates-with", joined[0], partner)


def _together_after(text: str, pos: int) -> bool:
    """Whether "samen" follows a group with no negation between ("in G (nauw) samen")."""
    m = _TOGETHER_AFTER.match(text, pos)
    return m is not None and not NEGATION.search(m.group(0))


def _together_within(sen: _Sentence, add: Add) -> None:
    """member-of from "In G werken A, B en C samen" and "Binnen G werkt A samen met B"."""
    within = _WITHIN_TOGETHER.match(sen.text, sen.start, sen.end)
    if within is None or NEGATION.search(within.group(0)):
        return
    named = sen.between(*within.span("named"))
    if not named or named[-1].kind not in GROUPS:
        return
    end = sen.window_end(within.end("partners")) if within.group("partners") else within.end()
    including = _INCLUDING.match(sen.text, end)
    if including:  # "In G werken acht gemeenten samen, waaronder A en B"
        end = sen.window_end(including.end())
    start = within.end("named")
    members = [p.entity for p in sen.between(start, end) if p.kind != "place"]
    if (
        within.group("passive")
        or OWN_OBJECT.search(sen.text, start, end)
        or (not members and all_municipalities(sen.text, start, end))
    ):
        members.append(sen.own)  # "werkt de gemeente samen met …", "werken de gemeenten samen"
    for member in members:
        add("member-of", member, named[-1].entity)


def coordinated(sen: _Sentence, cs: int, pos: int) -> list[str]:
    """The coordinated parties in ``[cs, pos)`` ("UWV en de gemeente"), the municipality
    first when "de gemeente" is one of them; empty when none is named."""
    text = sen.text
    named = [p for p in sen.between(cs, pos) if p.kind != "place"]
    if not named:
        return []
    first = named[0]
    if _OWN_BEFORE.search(text, cs, first.start) or _OWN_AFTER.match(text, first.end):
        named = [SentenceMention(sen.own, "municipality", cs, cs, "", None), *named]
    joined = [named[0]]
    for p in named[1:]:
        if LIST_GAP.match(text[joined[-1].end : p.start]) or joined[-1].end == cs:
            joined.append(p)
    return [p.entity for p in joined]


#: ", waarmee" after a party: the relative clause is about that party ("X, waarmee …").
_WHEREWITH = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,\s+(?P<how>waarmee|waarin|waarbinnen|waaraan|waarbij|waarvia"
    r"|met\s+wie|bij\s+wie|via\s+(?:wie|welke)|waar(?=\s+(?:de|onze|zij|het|(?-i:[A-Z]))))\s+",
    _F,
)
#: Buying in a relative clause ("X, via welke / waar de gemeente (haar inkoop) …").
_BUYING = re.compile(r"\b(?:inko\w*|ingekocht|koopt|kopen|kocht\w*)\b", _F)
#: A task handed to the antecedent ("X, waaraan de gemeente de toegang heeft overgedragen").
_HANDED = re.compile(
    r"\b(?:overgedragen|uitbesteed|gedelegeerd|gemandateerd|gegund|ondergebracht|belegd"
    r"|neergelegd)\b",
    _F,
)
_WITH_WORK = re.compile(
    r"\b(?:samen\w*|afspra\w*|afgesproken|overeengekomen|convenant|contract\w*|overeenkomst\w*"
    r"|afgestemd|optrekt|optrekken|gezamenlijk\w*|deelt|delen|deelde|deelden|overlegt"
    r"|overleggen)\b",
    _F,
)
#: Having a seat in the antecedent: a member of it ("waarin A en B zitting hebben", "waarin
#: ook A, B en C zitten": to sit in a body or region is to belong to it).
_SEAT = re.compile(
    r"\b(?:zitting|vertegenwoordigd|deelnemer\w*|lid|leden|zit|zitten|zat|zaten)\b", _F
)
_RELATIVE_END = re.compile(r"[,;:()]")
#: "ook" right after the relative pronoun: the main clause's subject is one of them too
#: ("A is centrumgemeente van G, waarin ook B en C zitten": A is a member as well).
_ALSO = re.compile(r"(?:ook|eveneens|tevens)\s", _F)
#: The profile's municipality unnamed: "de gemeente", "zij", or all the municipalities of a
#: group, which include it, themselves or by the people who represent them ("alle Twentse
#: gemeenten", "raadsleden van alle zes gemeenten"; not "de kantoren van alle gemeenten").
_OWN_BARE = re.compile(
    r"(?:^|\s)(?:(?:de|onze)\s+)?gemeente\b(?!\s+(?-i:[A-Z]))|\bzij\b"
    r"|\b(?:(?:raadsleden|wethouders|bestuurders|vertegenwoordigers|burgemeesters|ambtenaren"
    r"|colleges|raden)\s+van\s+|(?<!van\s))alle\s+(?:[\w-]+\s+){0,2}?gemeenten\b",
    _F,
)


def relative_relations(sen: _Sentence, add: Add) -> None:
    """Relations a relative clause states about its antecedent.

    "X, waarmee de gemeente samenwerkt" gives ``cooperates-with`` between the
    clause's subject (a named party, else the profile's municipality) and X;
    "G, waarin A en B zitting hebben" gives ``member-of`` G ("waarin A en B
    samenwerken" is in :func:`kg.extract.grouplists.membership_lists`).

    Examples
    --------
    >>> _WHEREWITH.match(", waarmee de gemeente samenwerkt").group("how")
    'waarmee'
    """
    text = sen.text
    for p in sen.parties:
        rel = _WHEREWITH.match(text, p.end, sen.end)
        if rel is None or p.kind == "place":
            continue
        end = _relative_end(sen, rel.end())
        if NEGATION.search(text, rel.end(), end):
            continue
        named = [q.entity for q in sen.between(rel.end(), end) if q.kind != "place"]
        if not named or _OWN_BARE.search(text, rel.end(), end):
            named.append(sen.own)
        how = " ".join(rel.group("how").lower().split())
        if how in ("waarmee", "met wie") and _WITH_WORK.search(text, rel.end(), end):
            for subject in named:
                add("cooperates-with", subject, p.entity)
        elif how in ("waarvia", "via wie", "via welke") or (
            how in ("waaraan", "waarbij", "bij wie", "waar")
            and _HANDED.search(text, rel.end(), end)
        ):
            bought = _BUYING.search(text, rel.end(), end)  # "waar de gemeente haar inkoop belegt"
            if p.kind != "municipality" and (bought or how[0] != "v"):
                for subject in named:
                    if bought:
                        add("purchases-via", subject, p.entity)
                    else:
                        add("executes-for", p.entity, subject)
        elif p.kind in GROUPS | {"organisation"} and _seated(text, rel.end(), end, sen):
            if _ALSO.match(text, rel.end()):  # "…, waarin ook A en B zitten": the subject too
                named.append(sen.subject(sen.clause_start(p.start), p.start))
            for subject in named:
                add("member-of", subject, p.entity)


def _seated(text: str, start: int, end: int, sen: _Sentence) -> bool:
    """Whether the relative clause ``start``-``end`` gives a seat in its antecedent; "zit" and
    "zitten" only with a named party or "de gemeente" in it ("waarin A en B zitten", not
    "waarin de wachtkamer zit")."""
    seat = _SEAT.search(text, start, end)
    if seat is None:
        return False
    if not seat.group().lower().startswith("z") or seat.group().lower() == "zitting":
        return True
    return bool(
        [q for q in sen.between(start, end) if q.kind != "place"]
        or _OWN_BARE.search(text, start, end)
    )


def _relative_end(sen: _Sentence, start: int) -> int:
    """Where the relative clause from ``start`` ends: at the first comma, semicolon, colon
    or bracket, past the commas of a list of parties ("waarin A, B en C zitten")."""
    text = sen.text
    stop = _RELATIVE_END.search(text, start, sen.end)
    while (
        stop
        and stop.group() == ","
        and any(q.start > stop.end() and text[stop.end() : q.start].isspace() for q in sen.parties)
    ):
        stop = _RELATIVE_END.search(text, stop.end(), sen.end)
    return stop.start() if stop else sen.end


def _members(found: list[SentenceMention]) -> list[SentenceMention]:
    """The parties that may be members of a group: neither a place nor a municipality."""
    return [p for p in found if p.kind not in ("place", "municipality")]
