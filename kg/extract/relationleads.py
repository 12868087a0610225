"""The lead municipality of a group named around its role (split from
:mod:`kg.extract.relationforms`):

- "A is centrumgemeente voor de (omliggende) gemeenten in R": A leads R;
- a relative clause about a group naming its lead: "R, waarvoor A als centrumgemeente /
  penvoerder optreedt", also after another relative clause about R that it is
  coordinated with ("R, dat de contracten beheert en waarvoor A als penvoerder
  optreedt": coordinated relative clauses share their antecedent);
- "de centrumgemeente A" (close apposition) and "A, de centrumgemeente,": A leads the
  group named last;
- "Als centrumgemeente van R werkt A samen met B en C": B and C are members of R;
- the role of the group just named, referred to by a pronominal adverb: "…  via R;
  A is daarvan (de) penvoerder", "daarvan is A centrumgemeente": A leads R.

A centrumgemeente buys or administers care for a group of municipalities; a penvoerder
administers a joint arrangement for its members (general terms of Dutch public
administration).
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.prefixscan import search

__all__ = ["lead_for_area", "lead_named"]

_F = re.IGNORECASE

#: "(is) centrumgemeente voor de (omliggende) gemeenten in R": the lead of the group R.
_LEAD_FOR_AREA = re.compile(
    r"\bcentrumgemeente\s+(?:voor|van)\s+(?:de|alle)\s+(?:\w+\s+){0,2}?gemeenten\s+"
    r"(?:in|van|uit|binnen)\s+(?:de\s+|het\s+)?(?:regio\s+)?",
    _F,
)


#: A relative clause about a group naming its lead ("R, waarvoor A als centrumgemeente /
#: penvoerder optreedt"; a penvoerder administers a joint arrangement for its members).
_LEAD_RELATIVE = re.compile(
    r"(?:,|\s+en)\s+waar(?:voor|van|binnen|in)\s+(?P<lead>[^;.,]{1,40}?)\s+(?:als\s+)?(?:de\s+)?"
    r"(?:centrumgemeente|penvoerder)\s+(?:optreedt|optrad|fungeert|fungeerde|is|was)\b",
    _F,
)


#: The profile's municipality as the lead of that clause: "de stad (zelf)", "zij", "de gemeente".
_OWN_LEAD = re.compile(r"(?:de\s+(?:stad|gemeente)|zij|ze)(?:\s+(?:zelf|ook|tevens))*", _F)


#: A relative clause about the same group before the one naming its lead ("R, dat … beheert
#: en waarvoor A als penvoerder optreedt": coordinated relative clauses share R).
_FIRST_RELATIVE = re.compile(r",\s+(?:dat|die)\s[^;:,.()]*", _F)


def _lead_in_relative(sen: _Sentence, add: Add) -> None:
    """lead-municipality for "R, waarvoor A als centrumgemeente optreedt": A leads R, the
    group the relative clause is about (named right before it).

    Examples
    --------
    >>> m = _LEAD_RELATIVE.search("via R, waarvoor Ede als penvoerder optreedt.")
    >>> m.group("lead")
    'Ede'
    >>> bool(_FIRST_RELATIVE.fullmatch(", dat de contracten beheert"))
    True
    """
    for m in _LEAD_RELATIVE.finditer(sen.text, sen.start, sen.end):
        if search(NEGATION, sen.text, m.start(), m.end()):
            continue
        a, b = m.span("lead")  # "A als centrumgemeente": not in sen.between
        leads = [p for p in sen.parties if a <= p.start and p.end <= b and p.kind == "municipality"]
        if not leads and _OWN_LEAD.fullmatch(sen.text, a, b):  # "waarvan de stad zelf …"
            leads = [SentenceMention(sen.own, "municipality", a, b, "", None)]
        groups = [p for p in sen.parties if p.kind in ("region", "body") and p.end <= m.start()]
        gap = sen.text[groups[-1].end : m.start()] if groups else ""
        if leads and groups and (not gap.strip() or _FIRST_RELATIVE.fullmatch(gap)):
            add("lead-municipality", groups[-1].entity, leads[0].entity)


#: "de centrumgemeente A" (close apposition) and "A, de centrumgemeente,": A leads.
_LEAD_BEFORE = re.compile(r"(?<!als\s)\b(?:de\s+)?centrumgemeente\s+$", _F)
_LEAD_APPOSED = re.compile(r",\s+(?:de|onze)\s+centrumgemeente\s*(?:[,;.]|$)", _F)


def lead_named(sen: _Sentence, add: Add) -> None:
    """lead-municipality for "de centrumgemeente A" and "A, de centrumgemeente,": A leads
    the group named last (in the sentence, the paragraph or the document before).

    Examples
    --------
    >>> bool(_LEAD_BEFORE.search("via de centrumgemeente "))
    True
    >>> bool(_LEAD_BEFORE.search("als centrumgemeente "))
    False
    """
    for p in sen.parties:
        if p.kind != "municipality":
            continue
        named = _LEAD_BEFORE.search(sen.text, max(sen.start, p.start - 20), p.start)
        if named is None and not _LEAD_APPOSED.match(sen.text, p.end, sen.end):
            continue
        cs = sen.clause_start(p.start)
        group = sen.last_group(p.start, document=True)
        if group is not None and not search(NEGATION, sen.text, cs, p.end):
            add("lead-municipality", group.entity, p.entity)


#: A fronted role in a group ("Als centrumgemeente van de regio R, …"), the group after it.
_FRONTED_LEAD = re.compile(
    r"\s*Als\s+(?:centrumgemeente|penvoerder)\s+(?:van|voor)\s+(?:de\s+|het\s+)?", _F
)
#: The partners the lead cooperates with in that role ("werkt X samen met A, B en C");
#: a meeting ("overlegt met A") makes no partner a member.
_PARTNERS_WITH = re.compile(r"\bsamen\s*met\s+|\bsamenwerk\w*\s+met\s+", _F)


def _partners_of_lead(sen: _Sentence, add: Add) -> None:
    """member-of for "Als centrumgemeente van R werkt X samen met A en B": in its role as
    R's lead, X cooperates with R's other members (a list of municipalities).

    Examples
    --------
    >>> bool(_FRONTED_LEAD.match("Als centrumgemeente van de arbeidsmarktregio "))
    True
    """
    front = _FRONTED_LEAD.match(sen.text, sen.start, sen.end)
    if front is None or search(NEGATION, sen.text, sen.start, sen.end):
        return
    group = next((p for p in sen.parties if p.start == front.end()), None)
    with_ = _PARTNERS_WITH.search(sen.text, group.end, sen.end) if group else None
    if group is None or group.kind not in ("region", "body") or with_ is None:
        return
    if "/arbeidsmarktregio-" in group.entity:
        return  # an area: cooperation in it states no membership (gold README, 33rd session)
    partners = sen.between(with_.end(), sen.window_end(with_.end()))
    if len(partners) < 2 or any(p.kind != "municipality" for p in partners):
        return  # a list of municipalities, the group's other members
    for p in partners:
        if p.entity != sen.own:
            add("member-of", p.entity, group.entity)


#: The group a centre municipality acts for, referred back to ("voor de hele regio", "in de
#: regio"), not named.
_FOR_THE_REGION = re.compile(
    r"\b(?:voor|in|binnen)\s+de\s+(?:hele\s+|gehele\s+)?regio\b(?!\s+(?-i:[A-Z]))", _F
)
#: The centre's role fronted ("Als centrumgemeente (voor …) beheert X …").
_FRONTED_CENTRE = re.compile(r"\s*Als\s+centrumgemeente\b", _F)


def _lead_for_the_region(sen: _Sentence, add: Add) -> None:
    """lead-municipality for "Als centrumgemeente voor beschermd wonen beheert X … voor de
    hele regio": X, the inverted subject, leads the region the sentence refers back to (the
    one named last).

    Examples
    --------
    >>> bool(_FOR_THE_REGION.search("beheert X geld voor de hele regio.")), bool(
    ...     _FOR_THE_REGION.search("voor de regio Twente"))
    (True, False)
    """
    front = _FRONTED_CENTRE.match(sen.text, sen.start, sen.end)
    where = _FOR_THE_REGION.search(sen.text, front.end(), sen.end) if front else None
    if where is None or search(NEGATION, sen.text, sen.start, sen.end):
        return
    named = [p for p in sen.parties if p.start < where.start()]
    if not named or named[0].kind != "municipality" or any(p.kind in _NAMED_GROUPS for p in named):
        return  # the centre first, and no group named in the sentence
    group = sen.last_group(where.start(), document=True, prefer="region")
    if group is not None:
        add("lead-municipality", group.entity, named[0].entity)


_NAMED_GROUPS = frozenset({"region", "body"})


#: A verbless line that opens with the role: "Centrumgemeente (van / voor) …": the
#: words before the group, then "van" or "voor" (and an article) right before it.
_VERBLESS_LEAD = re.compile(
    r"Centrumgemeente\s+(?:[\w-]+\s+){0,6}?(?:van|voor)\s+(?:de\s+|het\s+)?"
)


def _verbless_lead(sen: _Sentence, add: Add) -> None:
    """lead-municipality for a verbless line that names the profile's municipality by its
    role ("Centrumgemeente van de Drechtsteden.", "Centrumgemeente beschermd wonen voor
    regio Noord."): the municipality leads the group named right after "van" or "voor".

    Examples
    --------
    >>> bool(_VERBLESS_LEAD.match("Centrumgemeente maatschappelijke opvang voor de regio"))
    True
    """
    m = _VERBLESS_LEAD.match(sen.text, sen.start, sen.end)
    if m is None or search(NEGATION, sen.text, sen.start, m.end()):
        return
    group = next((p for p in sen.parties if p.start == m.end()), None)
    if group is not None and group.kind in ("region", "body"):
        add("lead-municipality", group.entity, sen.own)


#: A lead role of the group named before, referred to by "daarvan" / "hiervan" ("A is
#: daarvan de penvoerder"), after the municipality or, inverted, before it ("daarvan is A
#: de centrumgemeente").
_THEREOF_AFTER = re.compile(
    r"\s+(?:is|was|blijft|bleef)\s+(?:daar|hier|er)van\s+(?:ook\s+)?(?:de\s+)?"
    r"(?:penvoerder|centrumgemeente)\b",
    _F,
)
_THEREOF_BEFORE = re.compile(r"\b(?:daar|hier)van\s+(?:is|was|blijft|bleef)\s+$", _F)
_THEREOF_ROLE = re.compile(r"\s+(?:ook\s+)?(?:de\s+)?(?:penvoerder|centrumgemeente)\b", _F)


def _lead_thereof(sen: _Sentence, add: Add) -> None:
    """lead-municipality for "R …; A is daarvan de penvoerder": A leads R, the group named
    last before it (in the paragraph, else the paragraphs before).

    Examples
    --------
    >>> after = _THEREOF_AFTER
    >>> bool(after.match(" is daarvan de penvoerder")), bool(after.match(" is de penvoerder"))
    (True, False)
    >>> bool(_THEREOF_BEFORE.search("Daarvan is ")), bool(_THEREOF_ROLE.match(" de penvoerder"))
    (True, True)
    """
    for p in sen.parties:
        if p.kind != "municipality":
            continue
        if not (
            _THEREOF_AFTER.match(sen.text, p.end, sen.end)
            or (
                _THEREOF_BEFORE.search(sen.text, max(sen.start, p.start - 20), p.start)
                and _THEREOF_ROLE.match(sen.text, p.end, sen.end)
            )
        ):
            continue
        if search(NEGATION, sen.text, sen.clause_start(p.start), sen.window_end(p.end)):
            continue  # "A is daarvan niet de penvoerder"
        group = sen.last_group(p.start, document=True)
        if group is not None:
            add("lead-municipality", group.entity, p.entity)


def lead_for_area(sen: _Sentence, add: Add) -> None:
    """lead-municipality for "A is centrumgemeente voor de (omliggende) gemeenten in R":
    A leads the group of R's municipalities, R (a region, or a place taken as one).

    Examples
    --------
    >>> bool(_LEAD_FOR_AREA.search("centrumgemeente voor de omliggende gemeenten in "))
    True
    """
    if sen.text.startswith("Als ", sen.start):
        _partners_of_lead(sen, add)
        _lead_for_the_region(sen, add)
    if sen.text.find("penvoerder", sen.start, sen.end) >= 0:
        _lead_in_relative(sen, add)
        if sen.text.find("van", sen.start, sen.end) >= 0:  # "A is daarvan de penvoerder"
            _lead_thereof(sen, add)
    if sen.text.startswith("Centrumgemeente", sen.start):
        _verbless_lead(sen, add)
    if sen.text.find("centrumgemeente", sen.start, sen.end) < 0:
        return
    lead_named(sen, add)
    _lead_in_relative(sen, add)
    _lead_thereof(sen, add)
    for m in prefixed_finditer(_LEAD_FOR_AREA, sen.text, sen.start, sen.end):
        cs = sen.clause_start(m.start())
        if search(NEGATION, sen.text, cs, m.end()):
            continue
        area = next((p for p in sen.parties if p.start == m.end()), None)
        if area is not None and area.kind in ("region", "body"):
            add("lead-municipality", area.entity, sen.subject(cs, m.start()))
