"""Shelter elsewhere: the municipality depends on the municipality that shelters its people.

Shelter and sheltered housing (maatschappelijke opvang, beschermd wonen) are tasks of a
centre municipality for its region (Wmo 2015, art. 1.1.1 and 2.6.5): a municipality whose
homeless or whose clients of beschermd wonen go to another municipality depends on it, and
no orientation of its inhabitants is meant (gold decision of the fifth batch: "wie op straat
belandt, vertrekt meestal naar de opvang in Zwolle", "omdat de nachtopvang in Heerlen
staat" are ``depends-on``). The sentence names shelter ("opvang", "beschermd wonen",
"dak- en thuislozen", "op straat"), and the other municipality is where people go or are
taken in: "naar (de opvang in) X", "terecht in (de opvang in) X", "opgevangen in X", "de
(nacht)opvang in X", or the centre it runs through ("via centrumgemeente X"); a list after
the cue ("naar A of B") gives each.

Examples
--------
>>> sheltering("Wie op straat belandt, vertrekt naar de opvang in ", "wie op straat belandt")
True
>>> sheltering("Veel jongeren gaan naar ", "veel jongeren gaan voor hun studie naar")
False
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, NEGATION
from kg.extract.wordtokens import lower_span

__all__ = ["borrowed_leads", "shelter_in", "shelter_links", "sheltered_by", "sheltering"]

_F = re.IGNORECASE
#: Words of shelter a sentence must hold (lower case; no regex over the text).
_SHELTER_WORDS = ("opvang", "beschermd wonen", "dakloo", "daklozen", "thuisloze", "op straat")
#: Any of them, found in one pass (no regex over words: a plain search for the strings);
#: day care and child care ("dagopvang", "kinderopvang", "peuteropvang", "naschoolse
#: opvang") take people in for part of the day and are no shelter. The lookbehinds follow
#: "opvang" (each holds it), so every alternative opens with a letter: the engine then skips
#: to the positions where one of their first letters stands, instead of trying every one.
_SHELTER = re.compile(
    "|".join(map(re.escape, _SHELTER_WORDS)).replace(
        "opvang",
        "opvang(?<!dagopvang)(?<!kinderopvang)(?<!peuteropvang)(?<!schoolse opvang)",
        1,
    )
)
#: Where people go or are taken in, right before the other municipality.
_TAKEN_IN = re.compile(
    # also the centre the arrangement runs through ("het overleg over beschermd wonen, dat via
    # centrumgemeente X loopt")
    r"(?:\bnaar|\bterecht\s+in|\bopgevangen\s+in|opvang\s+in|\bvia\s+(?:de\s+)?centrumgemeente)\s+"
    r"(?:(?:de|het)\s+[\w-]*(?:opvang|voorziening\w*|instelling\w*)\s+in\s+)?$",
    _F,
)
#: What follows a municipality that shelters: "(kan) in X terecht", "in X opgevangen /
#: ondergebracht" (the verb last), "X is / als centrumgemeente (voor de opvang)" (also
#: with the verb first, :data:`_INVERTED`), "X, dat daarvoor centrumgemeente is" (the centre
#: municipality of shelter, Wmo 2015 art. 2.6.5; gold decisions of the fifth batch).
_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:terecht|opgevangen|ondergebracht)\b"
    r"|\s+(?:is|als|was|blijft|bleef)\s+(?:de\s+)?centrumgemeente\b"
    r"|,\s+(?:dat|die)\s+(?:daarvoor\s+|hiervoor\s+|daar\s+)?(?:de\s+)?centrumgemeente\b",
    _F,
)
#: The centre named with the verb first: "Voor de opvang is X (de) centrumgemeente".
_INVERTED = re.compile(r"\b(?:is|was|blijft|bleef|wordt|werd)\s+$", _F)
_CENTRE = re.compile(r"\s+(?:(?:al|ook|nog|sindsdien)\s+)?(?:de\s+)?centrumgemeente\b", _F)
#: The word before "X terecht": where people go in ("in X terecht").
_IN = re.compile(r"\bin\s+$", _F)
#: A sentence that speaks of the region a centre serves ("voor de (hele) regio", "daarin").
_REGIONAL = re.compile(r"regio|\bdaar(?:in|binnen)\b|\bbinnen\s+(?:de|die|deze)\b")
#: How far back the cue may stand before the municipality (characters).
_REACH = 50


def shelter_in(sentence: str) -> bool:
    """Whether a sentence (lower case) speaks of shelter.

    Examples
    --------
    >>> shelter_in("de nachtopvang in heerlen"), shelter_in("de wachttijd")
    (True, False)
    >>> shelter_in("voor dagopvang moeten gezinnen uitwijken naar rhenen")
    False
    """
    return _SHELTER.search(sentence) is not None


def sheltering(before: str, sentence: str) -> bool:
    """Whether the text ``before`` a municipality names it as where people are sheltered, in
    a ``sentence`` (lower case) that speaks of shelter."""
    return shelter_in(sentence) and bool(_TAKEN_IN.search(before))


def shelter_links(sen: _Sentence, add: Add) -> list[str]:
    """depends-on for each municipality the sentence names as sheltering the profile's
    people; the municipalities, so that no orientation to them is kept."""
    text = sen.text
    if not shelter_in(lower_span(text, sen.start, sen.end)):
        return []
    found: list[str] = []
    head = None
    sheltering_own = False
    for p in sen.parties:
        if head is not None and LIST_GAP.match(text[head.end : p.start]):
            head = p  # "naar A of B": B too
        elif _TAKEN_IN.search(text, max(sen.start, p.start - _REACH), p.start) or _named_after(
            text, p.start, p.end, sen.end
        ):
            head = p
        else:
            head = None
            continue
        sheltering_own = sheltering_own or (p.entity == sen.own and _own_shelters(sen, p.start))
        if p.kind != "municipality" or p.entity == sen.own:
            continue
        if NEGATION.search(text, sen.clause_start(p.start), p.start):
            continue
        add("depends-on", sen.own, p.entity)
        found.append(p.entity)
    if sheltering_own:  # the profile's municipality shelters: those it takes in depend on it
        for origin in _origins(sen, found):
            add("depends-on", origin, sen.own)
    return found


def sheltered_by(sen: _Sentence, add: Add, relations: dict) -> list[tuple[str, str, int]]:
    """:func:`shelter_links` of the sentence as ``(own, municipality, sentence start)``,
    with the leads it would borrow for them removed from ``relations``
    (:func:`borrowed_leads`)."""
    centres = shelter_links(sen, add)
    if centres:  # "Voor de opvang is X centrumgemeente": no lead of a body named before
        borrowed_leads(relations, sen, centres)
    return [(sen.own, o, sen.start) for o in centres]


def borrowed_leads(relations: dict, sen: _Sentence, centres: list[str]) -> None:
    """Remove from ``relations`` the lead-municipality this sentence gave a centre of
    shelter over a group it does not name: "Voor beschermd wonen is X centrumgemeente"
    after a paragraph on a purchasing body states a dependence, not that X leads the body
    named before (gold decision of the fifth batch: no region or body named, depends-on).
    A group the profile's municipality is a member of, not only buying through it, stays
    led when the sentence speaks of a region ("X is centrumgemeente voor de regio", "...
    beheert X voor de hele regio", "X is daarin centrumgemeente") or follows right on the
    sentence of that membership ("De gemeente maakt deel uit van R. X is centrumgemeente voor
    beschermd wonen."). A centre named for the task alone further on ("Voor beschermd wonen
    is Leiden centrumgemeente.") is one the municipality depends on, whatever group it is a
    member of (gold of the invented and study-style tuning profiles: every lead of a shelter
    centre names its region or "regio" in its sentence).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Voor de opvang is X centrumgemeente."
    >>> sen = N(text=t, start=0, end=len(t), parties=[], own="own")
    >>> rel = {("lead-municipality", "body/inkoop", "municipality/x"): N(start=0)}
    >>> borrowed_leads(rel, sen, ["municipality/x"])
    >>> rel
    {}
    >>> rel = {("lead-municipality", "region/r", "municipality/x"): N(start=0)}
    >>> named = N(text=t, start=0, end=len(t), parties=[N(entity="region/r")], own="own")
    >>> borrowed_leads(rel, named, ["municipality/x"])
    >>> len(rel)
    1
    >>> rel = {("lead-municipality", "region/r", "municipality/x"): N(start=0)}
    >>> rel[("member-of", "own", "region/r")] = N(end=40)  # a membership further on
    >>> borrowed_leads(rel, sen, ["municipality/x"])
    >>> list(rel)
    [('member-of', 'own', 'region/r')]
    """
    named = {p.entity for p in sen.parties}
    regional = _REGIONAL.search(lower_span(sen.text, sen.start, sen.end)) is not None
    for key in [
        k
        for k, r in relations.items()
        if k[0] == "lead-municipality"
        and k[2] in centres
        and k[1] not in named
        and not _own_group(relations, sen, k[1], regional)
        and r.start == sen.start
    ]:
        del relations[key]


def _own_group(relations: dict, sen: _Sentence, group: str, regional: bool) -> bool:
    """Whether ``group`` is a cooperation of the profile's municipality the sentence ``sen``
    speaks in: a member, not only buying through it (a purchasing body is no group a centre
    of shelter leads), and the sentence ``regional`` or right after that membership's.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "De gemeente maakt deel uit van R. Voor de opvang is X centrumgemeente."
    >>> sen = N(text=t, start=34, own="o")
    >>> t[34:38]
    'Voor'
    >>> _own_group({("member-of", "o", "g"): N(end=33)}, sen, "g", False)
    True
    >>> _own_group({("member-of", "o", "g"): N(end=10)}, sen, "g", False)
    False
    >>> _own_group({("member-of", "o", "g"): N(end=10)}, sen, "g", True)
    True
    >>> rel = {("member-of", "o", "g"): N(end=33), ("purchases-via", "o", "g"): 0}
    >>> _own_group(rel, sen, "g", True)
    False
    """
    member = relations.get(("member-of", sen.own, group))
    if member is None or ("purchases-via", sen.own, group) in relations:
        return False
    return regional or (member.end <= sen.start and not sen.text[member.end : sen.start].strip())


def _own_shelters(sen: _Sentence, start: int) -> bool:
    """Whether the shelter cue before the profile's municipality at ``start`` names a
    shelter or a taking in, not a bare "naar" ("terug naar X" is going home).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Wie dakloos raakt, komt in de opvang in X"
    >>> _own_shelters(N(text=t, start=0), len(t) - 1)
    True
    >>> t = "Cliënten in de opvang willen terug naar X"
    >>> _own_shelters(N(text=t, start=0), len(t) - 1)
    False
    """
    m = _TAKEN_IN.search(sen.text, max(sen.start, start - _REACH), start)
    return m is None or m.group(0).split()[0].lower() != "naar" or len(m.group(0).split()) > 1


#: Where the sheltered come from, right before a municipality: "wie in A dakloos raakt",
#: "daklozen uit A", "de inwoners van A".
_FROM = re.compile(r"\b(?:in|uit|van)\s+$", _F)


def _origins(sen: _Sentence, sheltering: list[str]) -> list[str]:
    """The municipalities the sheltered come from ("Wie in A of B dakloos raakt, komt in X
    terecht", "Daklozen uit A en B worden in X opgevangen"): each one named after "in",
    "uit" or "van", or listed with one, that is not where people go.

    Examples
    --------
    >>> bool(_FROM.search("Daklozen uit ")), bool(_FROM.search("komt naar "))
    (True, False)
    """
    text, found, head = sen.text, [], None
    for p in sen.parties:
        listed = head is not None and LIST_GAP.match(text[head.end : p.start])
        if not listed and not _FROM.search(text, max(sen.start, p.start - 5), p.start):
            head = None
            continue
        head = p
        if p.kind != "municipality" or p.entity == sen.own or p.entity in sheltering:
            continue
        if _TAKEN_IN.search(text, max(sen.start, p.start - _REACH), p.start):
            continue  # "naar de opvang in A": where people go, not where they come from
        if not NEGATION.search(text, sen.clause_start(p.start), p.start):
            found.append(p.entity)
    return found


def _named_after(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the words after the municipality at ``start:end`` name it as the one that
    shelters ("in X terecht", "X is centrumgemeente", "X, dat daarvoor centrumgemeente is").

    Examples
    --------
    >>> t = "Wie dakloos raakt, kan alleen in Dordrecht terecht."
    >>> _named_after(t, t.index("Dordrecht"), t.index(" terecht"), len(t))
    True
    >>> t = "Voor beschermd wonen is Dordrecht de centrumgemeente."
    >>> _named_after(t, t.index("Dordrecht"), t.index(" de c"), len(t))
    True
    >>> t = "Veel inwoners werken in Dordrecht of omgeving."
    >>> _named_after(t, t.index("Dordrecht"), t.index(" of"), len(t))
    False
    """
    if _CENTRE.match(text, end, stop) and _INVERTED.search(text, max(0, start - 8), start):
        return True  # "Voor beschermd wonen is X (de) centrumgemeente": the verb first
    m = _AFTER.match(text, end, stop)
    if m is None:
        return False
    return "centrumgemeente" in m.group(0).lower() or bool(
        _IN.search(text, max(0, start - 4), start)
    )
