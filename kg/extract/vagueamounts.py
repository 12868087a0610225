"""Vague amounts of a group or of time: the quantifier words Dutch states them with.

A profile often says how many without a figure: "enkele zorgaanbieders", "sommige
cliënten", "meerdere regio's", "een deel van de daklozen", "een grote groep",
"maanden te laat". Each is an amount with no value (an indicator that is
approximate, its quantifier the qualifier):

- a quantifier before a plural noun of a countable group (people, organisations,
  places, cases: :func:`counts_group`): ``enkele``, ``sommige``, ``meerdere``,
  ``diverse``, ``verschillende``, ``veel``, ``weinig``, ``nauwelijks`` (hardly any),
  ``een aantal``, ``een paar``, ``een reeks`` (a count; the noun gives the measure), and
  ``de meeste``, ``vrijwel alle``, ``lang niet alle`` (a share in percent);
- nearly every one of a group: ``bijna elk gesprek``, ``vrijwel iedereen`` (a share);
- a part of a group: ``een deel van`` (a share in percent), also with a word of
  size or change before ``deel`` that the vague shares of
  :mod:`kg.extract.numberphrases` do not read (``een groeiend deel van``), and the
  part of a group a relative pronoun points back to (``140 medewerkers, van wie een
  deel …``, ``waarvan een groot deel …``);
- a group of a size: ``een grote groep``, ``een kleine groep jongeren`` (a count);
- a bare plural unit of time, a span of days, weeks or months: ``maanden te laat``,
  ``weken vertraging``;
- a bare "kilometers" of a distance, with the place it is measured from or a verb of
  travelling after it: ``kilometers van de winkel``, ``kilometers verderop``,
  ``kilometers rijden`` (unit ``km``; not a unit of reckoning: ``rekenen met kilometers``).

Not vague amounts: ``voor een deel`` (partly: no ``van`` follows), ``geen enkele``
(none: :mod:`kg.extract.noneof`), a quantifier before a mass noun, an abstract noun or
a kind (``veel ruimte``, ``een aantal zaken``, ``verschillende disciplines``), after an
article or a number (``de verschillende visies``: different) or after a word of
comparison or judgement (``relatief veel``, ``te weinig``: a level), a
span of a named time (``de eerste maanden van 2015``, ``de komende weken``: a
determiner, number or adjective before the unit).

The patterns are anchored on their quantifier words
(:class:`kg.extract.wordruns.Anchors`, held by :mod:`kg.extract.numberphrases`), so
a sentence without any of them is passed over at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract.numberform import Number
from kg.extract.numberwords import WORD_NUMBERS
from kg.vocab import Unit

__all__ = ["ANCHORS", "vague_amounts"]

#: The noun a quantifier counts, at most two adjectives between ("enkele grote
#: residentiële instellingen"); read apart by :func:`counts_group`.
_NOUN_AHEAD = r"(?=\s+(?:[^\W\d][\w-]*e\s+){0,2}(?P<noun>[^\W\d][\w’'-]*)\b)"
#: A vague quantifier before the noun it counts; "aantal", "meeste" and "alle" only with
#: the words before them that make them vague (:data:`_OPENING`): "een aantal dorpen",
#: "de meeste gemeenten", "vrijwel alle wijken" (each pattern begins with its anchor word,
#: so it is tried only where that word stands: :mod:`kg.extract.prefixscan`).
_QUANTIFIER = re.compile(
    r"\b(?P<q>enkele|sommige|meerdere|diverse|verschillende|veel|vele|weinig|zoveel|aantal"
    r"|meeste|alle|nauwelijks|paar|reeks)" + _NOUN_AHEAD,
    re.IGNORECASE,
)
#: The word before a quantifier that opens it, when it has one ("de vele", "een aantal").
_OPENER = re.compile(r"\b(?P<o>een|de|vrijwel|bijna|nagenoeg|lang\s+niet)\s+$", re.IGNORECASE)
#: Per quantifier that needs an opener, the openers it takes and the unit it states:
#: "de meeste", "vrijwel alle" are shares of the group.
_OPENING: dict[str, tuple[set[str], Unit]] = {
    "aantal": ({"een"}, "count"),
    "meeste": ({"de"}, "percent"),
    "alle": ({"vrijwel", "bijna", "nagenoeg", "lang niet"}, "percent"),
    # "een paar gezinnen", "de paar mensen die …": a few of a group (not "een paar
    # honderd", "een paar jaar": scales and spans of time, :mod:`kg.extract.numberphrases`)
    "paar": ({"een", "de"}, "count"),
    # "een reeks dorpen": a row of places, so many unnamed (gold README, thirty-ninth session,
    # point 14; "een reeks themabijeenkomsten" counts events, no countable group: no amount)
    "reeks": ({"een"}, "count"),
}
#: Words right before a quantifier that make it no amount: an article, a demonstrative
#: or a number ("de verschillende visies", "vijf verschillende systemen": different), a
#: comparison or a judgement ("relatief veel", "te weinig": a level, read elsewhere), and
#: "geen enkele" (none) or "een enkele" (a single one). "de vele" is "veel".
_NOT_BEFORE = frozenset(
    """de het die deze dit dat een geen twee drie vier vijf zes zeven acht negen tien
    hun haar zijn onze uw mijn relatief verhouding opvallend bovengemiddeld
    ondergemiddeld te zo erg""".split()  # noqa: SIM905
)
#: A part of a group: "een deel van de daklozen", "een groeiend deel daarvan" (a share);
#: its article (and a word of change) before it: :data:`_PART_BEFORE`.
_PART = re.compile(r"\bdeel(?=\s+(?:van|daarvan|hiervan|ervan)\b)", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\been\s+(?:(?:groeiend|toenemend|stijgend|afnemend|dalend|substantieel|wisselend)\s+)?$",
    re.IGNORECASE,
)
#: A part of the group a relative pronoun points back to: "140 medewerkers, van wie een deel
#: …", "vrijwilligers, waarvan een groot deel …" (a share of the group named before, as "een
#: deel van hen"); the part of a named whole ("waarvan een deel van de kosten") is
#: :data:`_PART`'s.
_WHOSE_PART = re.compile(
    r"\b(?:van\s+wie|waarvan)\s+(?P<q>een\s+(?:(?:groot|klein|groeiend|toenemend)\s+)?deel)\b"
    r"(?!\s+(?:van|daarvan|hiervan|ervan)\b)",
    re.IGNORECASE,
)
#: A group of a size: "een grote groep", "een vrij kleine groep jongeren" (a count), also of a
#: changing size: "een groeiende groep bijstandsgerechtigden" (a vague amount that grows).
_GROUP = re.compile(r"\bgroep\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(
    r"\been\s+(?:(?:zeer|heel|vrij|relatief|betrekkelijk)\s+)?"
    r"(?:grote|kleine|flinke|aanzienlijke|beperkte|omvangrijke|groeiende|toenemende|stijgende"
    r"|afnemende|dalende|krimpende)\s+$",
    re.IGNORECASE,
)
#: "een" right before a bare "groep", and the plural noun after it ("een groep eilanders").
_BARE_GROUP_BEFORE = re.compile(r"\been\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[^\W\d][\w’'-]*)\b")


def _bare_group(text: str, m: re.Match, start: int) -> re.Match | None:
    """The "een" of "een groep X" with no word of size, where X is a countable group of
    people, organisations or places ("een groep eilanders", "een groep ouders"): a vague
    count as "een kleine groep jongeren"; not "een groep die …" nor "een groep van twintig".
    """
    opens = _BARE_GROUP_BEFORE.search(text, max(start, m.start() - 6), m.start())
    if opens is None:
        return None
    after = _NOUN_AFTER.match(text, m.end())
    return opens if after is not None and counts_group(after.group("noun")) else None


#: A part of a group is a share of it, a group of some size a count.
_PARTS_AND_GROUPS: tuple[tuple[re.Pattern, re.Pattern, Unit], ...] = (
    (_PART, _PART_BEFORE, "percent"),
    (_GROUP, _GROUP_BEFORE, "count"),
)
#: A bare plural unit of time: "maanden te laat", "hoor je weken niets" (not after a
#: number, an article, a demonstrative, a possessive or an adjective:
#: :data:`_TIME_NOT_BEFORE`; "jaren" also names a decade).
_TIME = re.compile(
    r"\b(?P<unit>dagen|weken|maanden)\b"
    r"(?!\s+(?:van|na|voor|voordat|nadat|geleden|eerder)\b|\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: Years without a number: "al jaren actief", "voor het eerst sinds jaren" (a span of years
#: up to now), "pas na jaren" (a wait of years; not "na jaren van daling", the time a
#: change frames; a bare "jaren" also names a decade: "de jaren negentig"), and "decennia"
#: ("men is decennia gewend geweest"). Gold README: durations without a value are vague
#: amounts of time, unit year.
_YEARS = re.compile(
    r"\b(?:al|sinds|pas\s+na)\s+(?P<unit>jaren)\b"
    r"(?!\s+(?:van|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b)",
    re.IGNORECASE,
)
_DECADES = re.compile(r"\b(?P<unit>decennia)\b(?!\s+(?:van|na|geleden)\b)", re.IGNORECASE)
#: A distance without a number: "kilometers" with the place it is measured from or a word
#: of distance or travelling after it ("soms kilometers van de winkel", "kilometers verderop",
#: "kilometers reizen"); the gold README keeps the unit of the text's word, ``km``.
_KILOMETRES = re.compile(
    r"\bkilometers\s+(?:van|ver|verder|verderop|verwijderd|weg|uit\s+elkaar|rijden|reizen"
    r"|fietsen|lopen|omrijden)\b",
    re.IGNORECASE,
)
#: A quantifier that stands for a group named before it, with "van" and a personal pronoun
#: ("veel van hen", "sommigen van ons") or nominalised ("de meesten"): a share of that group
#: (gold README: "de meeste X" is a vague share in percent). Not "van hun" (a possessive:
#: "veel van hun tijd").
_OF_THEM = re.compile(
    r"\b(?P<q>(?:veel|vele|velen|sommige|sommigen|enkele|enkelen|weinig"
    r"|de\s+meeste|de\s+meesten)\s+van)\s+(?:hen|ons|jullie)\b",
    re.IGNORECASE,
)
#: Nearly every one of a group: "bijna elk gesprek", "vrijwel ieder gezin", "volgens vrijwel
#: iedereen" (a vague share, as "vrijwel alle gesprekspartners": gold README, eighteenth
#: batch, decision 9); not a span of time ("bijna elke week": a frequency).
_NEARLY_EVERY = re.compile(
    r"\b(?P<q>(?:vrijwel|bijna|nagenoeg)\s+(?:elk|elke|ieder|iedere))\s+"
    r"(?!(?:dag|week|maand|jaar|kwartaal|keer|moment|uur)\b)[^\W\d][\w-]*"
    r"|\b(?P<all>(?:vrijwel|bijna|nagenoeg)\s+iedereen)\b",
    re.IGNORECASE,
)
#: A nominalised quantifier of people standing alone ("sommigen blijven weg", "velen wachten
#: maanden"): a vague count of the people named before (gold README: "sommige cliënten" is a
#: count); with "van hen" it is :data:`_OF_THEM`'s share.
_SOME_PEOPLE = re.compile(
    r"\b(?:sommigen|velen|enkelen)\b(?!\s+van\s+(?:hen|ons|jullie)\b)", re.IGNORECASE
)
_MOST = re.compile(r"\bde\s+meesten\b(?!\s+van\s+(?:hen|ons|jullie)\b)", re.IGNORECASE)
#: A year right before a bare unit of time: "in 2015 maanden te laat" (no number of it).
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
#: The words each pattern's every match holds as a whole run, for
#: :class:`kg.extract.wordruns.Anchors` (the word each begins with).
ANCHORS: dict[re.Pattern, list[str]] = {
    _QUANTIFIER: [
        "enkele|sommige|meerdere|diverse|verschillende|veel|vele|weinig|zoveel|aantal|meeste|alle"
        "|nauwelijks|paar|reeks"
    ],
    _PART: ["deel"],
    _WHOSE_PART: ["deel"],
    _GROUP: ["groep"],
    _TIME: ["dagen|weken|maanden"],
    _YEARS: ["al|sinds|na", "jaren"],
    _DECADES: ["decennia"],
    _KILOMETRES: ["kilometers"],
    _OF_THEM: ["van", "hen|ons|jullie"],
    _MOST: ["meesten"],
    _NEARLY_EVERY: ["vrijwel|bijna|nagenoeg", "elk|elke|ieder|iedere|iedereen"],
    _SOME_PEOPLE: ["sommigen|velen|enkelen"],
}
#: Countable groups a quantifier counts: people, organisations, places, cases
#: (``kg/data/quantity-groups.txt``), also as the last part of a compound.
GROUPS = word_list("quantity-groups.txt")
#: Plural endings of nouns of persons: agent nouns ("inwoners", "budgethouders"),
#: nominalised participles and adjectives ("werkzoekenden", "gerechtigden", "daklozen")
#: and "-ist" ("specialisten").
_PERSON_ENDINGS = ("ers", "enden", "igden", "lozen", "isten")
#: Words with such an ending that name no person.
_NOT_GROUPS = frozenset({"cijfers", "nummers", "letters", "computers", "anders", "papers"})


@lru_cache(maxsize=4096)
def counts_group(noun: str) -> bool:
    """Whether a plural noun names a countable group a vague quantifier can count.

    Examples
    --------
    >>> [counts_group(w) for w in ("zorgaanbieders", "wijkteams", "regio’s", "dorpen")]
    [True, True, True, True]
    >>> [counts_group(w) for w in ("cijfers", "visies", "ruimte", "disciplines", "teamleden")]
    [False, False, False, False, True]
    """
    word = noun.lower().replace("’", "'")
    if word in _NOT_GROUPS:
        return False
    if word in GROUPS:
        return True
    if word.endswith(_PERSON_ENDINGS):
        return len(word) > 5
    # a compound whose last part is a group ("zorgaanbieders", "oud-mijnwerkers")
    return any(word.endswith(head) and len(word) - len(head) >= 3 for head in _HEADS)


#: The group nouns by length, longest first, for the compound test.
_HEADS = sorted((g for g in GROUPS if len(g) >= 5), key=len, reverse=True)
#: The unit of a bare plural unit of time.
_TIME_UNITS: dict[str, Unit] = {"dagen": "days", "weken": "weeks", "maanden": "months"}


def vague_amounts(
    scan: Callable[[re.Pattern], Iterable[re.Match]], text: str, start: int
) -> list[Number]:
    """The vague amounts in a sentence, each a :class:`Number` without a value.

    Parameters
    ----------
    scan : callable
        ``scan(pattern)`` gives the pattern's matches in the sentence (its
        anchors looked up once: :meth:`kg.extract.wordruns.Anchors.scanner`).
    text : str
        The document's text.
    start : int
        Where the sentence starts.

    Returns
    -------
    list of Number
        The quantifier's span (the noun it quantifies follows), with the unit
        ``count``, ``percent`` or a unit of time and the form ``vague``.

    Examples
    --------
    >>> def scan(s):
    ...     return lambda pattern: pattern.finditer(s)
    >>> s = "Enkele grote aanbieders en sommige cliënten, maar geen enkele school."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('Enkele', 'count'), ('sommige', 'count')]
    >>> s = "Een deel van de jongeren wacht maanden op hulp; voor een deel klopt dat."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('Een deel', 'percent'), ('maanden', 'months')]
    >>> s = "Er kwamen twintig ouders; de meesten bleven, veel van hen kwamen terug."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('de meesten', 'percent'), ('veel van', 'percent')]
    >>> s = "Het team telt 40 medewerkers, van wie een deel in dienst is van de stichting."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('een deel', 'percent')]
    >>> s = "Zij merkt dat veel ouders het loket niet kennen."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('veel', 'count')]
    >>> s = "In de eerste maanden van 2016 bleef een kleine groep jongeren buiten beeld."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('een kleine groep', 'count')]
    >>> s = "In de winter valt een groep seizoenwerkers terug op een uitkering."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('een groep', 'count')]
    """
    found: list[Number] = []
    for m in scan(_QUANTIFIER):
        number = _quantified(text, m, start)
        if number is not None and counts_group(m.group("noun")):
            found.append(number)
    for pattern, opening, unit in _PARTS_AND_GROUPS:
        for m in scan(pattern):
            opens = opening.search(text, max(start, m.start() - 40), m.start())
            if opens is None and pattern is _GROUP:
                opens = _bare_group(text, m, start)
            if opens is not None:
                span = text[opens.start() : m.end()]
                found.append(Number(opens.start(), m.end(), None, unit, "vague", span))
    found += _spans_of_time(scan, text, start)  # "maanden te laat", "al jaren", "decennia"
    found += _distances(scan, text, start)  # "soms kilometers van de winkel"
    for m in scan(_WHOSE_PART):  # "van wie een deel": a share of the group named before
        found.append(Number(m.start(), m.end(), None, "percent", "vague", m.group("q")))
    for m in scan(_OF_THEM):  # "veel van hen": a share of the group named before
        found.append(Number(m.start(), m.end(), None, "percent", "vague", m.group("q")))
    for m in scan(_SOME_PEOPLE):  # "sommigen blijven weg": a vague count of people
        found.append(Number(m.start(), m.end(), None, "count", "vague", m.group()))
    for m in scan(_MOST):  # "de meesten": most of the group named before
        found.append(Number(m.start(), m.end(), None, "percent", "vague", m.group()))
    for m in scan(_NEARLY_EVERY):  # "bijna elk gesprek", "vrijwel iedereen": nearly all
        found.append(Number(m.start(), m.end(), None, "percent", "vague", m["q"] or m["all"]))
    found.sort(key=lambda n: n.start)
    return found


def _spans_of_time(
    scan: Callable[[re.Pattern], Iterable[re.Match]], text: str, start: int
) -> list[Number]:
    """The bare plural units of time of a sentence ("maanden te laat", "al jaren", "decennia"):
    vague durations, for :func:`vague_amounts`."""
    found: list[Number] = []
    for m in scan(_TIME):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        word = before[1].lower() if before is not None else ""
        if word.isdigit() and _YEAR_BEFORE.search(text, max(start, m.start() - 6), m.start()):
            word = ""  # "in 2015 maanden te laat": a year, no number of months
        if m.start() >= start and word not in _TIME_NOT_BEFORE and not word.endswith("e"):
            unit = _TIME_UNITS[m.group("unit").lower()]
            found.append(Number(m.start(), m.end(), None, unit, "vague", m.group()))
    for m in scan(_YEARS):
        found.append(Number(m.start(), m.end(), None, "years", "vague", m.group()))
    for m in scan(_DECADES):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        word = before[1].lower() if before is not None else ""
        if word not in _TIME_NOT_BEFORE and word != "de" and not word.endswith("e"):
            found.append(Number(m.start(), m.end(), None, "years", "vague", m.group()))
    return found


def _distances(
    scan: Callable[[re.Pattern], Iterable[re.Match]], text: str, start: int
) -> list[Number]:
    """The bare "kilometers" of a distance in a sentence: vague distances, unit ``km``.

    Examples
    --------
    >>> s = "Wie er woont, zit soms kilometers van de huisarts; twintig kilometers telt niet."
    >>> [(n.qualifier, n.unit) for n in _distances(lambda p: p.finditer(s), s, 0)]
    [('kilometers', 'km')]
    """
    found: list[Number] = []
    for m in scan(_KILOMETRES):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        word = before[1].lower() if before is not None else ""
        if word not in _TIME_NOT_BEFORE and not word.endswith("e"):  # "vijf kilometers van"
            end = m.start() + len("kilometers")
            found.append(Number(m.start(), end, None, "km", "vague", text[m.start() : end]))
    return found


_WORD_BEFORE = re.compile(r"([^\W\d]+|\d|%)\s+$")
#: Words before a bare unit of time that make it no vague span: a number (in words the
#: figures leave out: "per vier weken", a rate's span), an article, a demonstrative, a
#: possessive, "per", and adjectives other than those in -e ("de afgelopen maanden").
_TIME_NOT_BEFORE = frozenset(
    {*WORD_NUMBERS, "%", "per", "het", "dit", "dat", "zijn", "hun", "haar", "onze", "paar"}
    | {"tal", "afgelopen", "voorgaande", "laatst", "eerst", "enkel", "vele", "alle"}
    | set("0123456789")
)


#: "zijn" as the verb before a quantifier: after "er", a pronoun or a clause's start ("er
#: zijn veel mensen", "dat zijn weinig klanten"), or before a quantifier no possessive takes.
_VERB_ZIJN = re.compile(r"(?:\b(?:er|dat|dit|het|die|dan|ook|nog|wel)\s+|^\W*)zijn\s+$", re.I)
#: Quantifiers no possessive stands before ("zijn veel …" is the verb).
_NO_POSSESSIVE = frozenset({"veel", "weinig", "sommige", "enkele", "nauwelijks"})
#: "dat" and "die" before such a quantifier are a conjunction or a relative pronoun, not a
#: demonstrative ("zegt dat veel ouders …", "een tempo dat weinig kandidaten halen": a
#: demonstrative takes "vele", not "veel").
_CONJUNCTIONS = frozenset({"dat", "die"})


def _quantified(text: str, m: re.Match, start: int) -> Number | None:
    """The vague amount a match of :data:`_QUANTIFIER` states, or None.

    A quantifier that needs an opener ("een aantal", "de meeste") has it; any other has
    no article, number or degree word before it ("de vele" is "veel").
    """
    word = m.group("q").lower()
    opener = _OPENER.search(text, max(start, m.start() - 12), m.start())
    opened = " ".join(opener.group("o").lower().split()) if opener is not None else ""
    needs = _OPENING.get(word)
    if needs is not None or (word == "vele" and opened == "de"):
        if opener is None or (needs is not None and opened not in needs[0]):
            return None
        unit, at = needs[1] if needs is not None else "count", opener.start()
        return Number(at, m.end("q"), None, unit, "vague", text[at : m.end("q")])
    before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
    if before is not None and before.group(1).lower() in _NOT_BEFORE:
        prior = before.group(1).lower()
        verb = word in _NO_POSSESSIVE or _VERB_ZIJN.search(text, start, m.start())
        if prior in _CONJUNCTIONS and word in _NO_POSSESSIVE:
            pass  # "een tempo dat veel kandidaten niet halen": a conjunction, no article
        elif not (prior == "zijn" and verb):
            return None  # "zijn verschillende functies": his; "er zijn veel …": the verb
    return Number(m.start(), m.end("q"), None, "count", "vague", m.group("q"))
