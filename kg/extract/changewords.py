"""The words of quantity and change that :mod:`kg.extract.changes` reads.

Nouns of quantity ("aantal", "wachttijd", compounds on "-kosten", "-vraag"),
words of direction and change (``hoger``, ``gestegen``, ``toename``, ``krimpende``),
the references a level is compared with (the national, provincial or regional
average, a named place, an earlier time), resources whose amount can grow
(``kg/data/quantity-resources.txt``) and the provinces
(``kg/data/reference/provinces.csv``). Source: general Dutch of statistics
reports (CBS, waarstaatjegemeente.nl), written without reading any profile.

Examples
--------
>>> bool(QUANTITY.search("de zorgkosten")), DIRECTION["kleiner"], "krimp" in DOWN
(True, 'lower', True)
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.extract.dutchwords import read_list

#: Nouns of quantity in Dutch statistics prose: their change or level is a figure's.
QUANTITY_NOUNS = (
    "aantal",
    "aandeel",
    "gebruik",
    "cijfer",
    "cijfers",
    "percentage",
    "percentages",
    "score",
    "niveau",
    "vraag",
    "kosten",
    "uitgaven",
    "druk",
    "werkdruk",
    "caseload",
    "wachttijd",
    "wachttijden",
    "doorlooptijd",
    "doorlooptijden",
    "wachtlijst",
    "wachtlijsten",
    "instroom",
    "uitstroom",
    "omvang",
    "budget",
    "budgetten",
    "reserve",  # "de reserve sociaal domein is geslonken"
    "reserves",
    "tarief",
    "tarieven",
    "bijdrage",  # "de eigen bijdrage is verhoogd": a co-payment is a price
    "bijdragen",
    "prijs",
    "prijzen",
    "lasten",
    "inkomsten",
    "bevolking",
    "werkloosheid",
    "armoede",
    "vergrijzing",
    "ontgroening",
    # rates the CBS and GGD monitors publish (Gezondheidsmonitor, Monitor Brede Welvaart,
    # the social-domain monitors): "de eenzaamheid is toegenomen" (not "schulden": the debts
    # of people, "hun schulden lopen op", are no rate of the municipality)
    "eenzaamheid",
    "overgewicht",
    "laaggeletterdheid",
    "criminaliteit",
    "dakloosheid",
    "arbeidsparticipatie",
    "werkgelegenheid",
    "verzuim",
    "graad",
    "dichtheid",
    "volume",
)
#: Quantity nouns that head compounds too: "zorgvraag", "zorgkosten", "Wmo-gebruik".
COMPOUND_HEADS = (
    "vraag",
    "kosten",
    "uitgaven",
    "gebruik",
    "lasten",
    "instroom",
    "uitstroom",
    "wachttijden",
    "wachttijd",
    "wachtlijsten",
    "wachtlijst",
    "verzuim",
    # a pressure of work named by its kind: "de papierwerkdruk", "de ervaren administratiewerkdruk"
    "werkdruk",
    # statistics named by their head: "inwonertal", "werkloosheidspercentage",
    # "bijstandscijfer", "participatiegraad", "bevolkingsdichtheid"
    "tal",
    "aantal",
    "percentage",
    "cijfer",
    "cijfers",
    "aandeel",
    "graad",
    "dichtheid",
    "volume",
    "niveau",
    "omvang",
)
QUANTITY = re.compile(
    r"\b(?:"
    + "|".join(QUANTITY_NOUNS)
    + r"|aantallen|beroep\s+op|[\w-]+?(?:"
    + "|".join(COMPOUND_HEADS)
    + r"))\b",
    re.IGNORECASE,
)

DIRECTION = {
    "hoger": "higher",
    "lager": "lower",
    "gunstiger": "better",
    "beter": "better",
    "ongunstiger": "worse",
    "slechter": "worse",
    "boven": "higher",
    "onder": "lower",
    "rond": "equal",
    # "weinig" states a low level of a count ("komen weinig voor"), not a decrease
    "weinig": "lower",
    "zelden": "lower",
    "nauwelijks": "lower",
    "veel": "more",
    "vaak": "more",
    "vaker": "more",
    "minder vaak": "less",
    "even vaak": "equal",
    "meer": "more",
    "minder": "less",
    "vooruit": "higher",
    "achteruit": "lower",
    "op": "higher",
    "terug": "lower",
    "toe": "more",
    "af": "less",
    "hoge": "higher",
    "lage": "lower",
    "groter": "higher",
    "kleiner": "lower",
    "sterker": "higher",
    "hoog": "higher",
    "laag": "lower",
    "groot": "higher",
    "grote": "higher",
    "klein": "lower",
    "kleine": "lower",
    # comparatives of strength, weight, speed and price against a reference ("zwakker dan
    # gemiddeld", "een opbouw die zwaarder is dan in de regio", "vergrijst sneller dan elders")
    "zwakker": "worse",
    "zwaarder": "higher",
    "sneller": "higher",
    "langzamer": "lower",
    "trager": "lower",
    "duurder": "higher",
    "goedkoper": "lower",
}
#: The comparatives read before "dan" and a reference (:mod:`kg.extract.changes`).
THAN_COMPARATIVES: tuple[str, ...] = ("hoger", "lager", "gunstiger", "ongunstiger", "beter")
THAN_COMPARATIVES += ("slechter",)
THAN_COMPARATIVES += ("groter", "kleiner", "sterker", "zwakker", "zwaarder", "sneller")
THAN_COMPARATIVES += ("langzamer", "trager", "duurder", "goedkoper")
#: Participles of a rise or a fall, the words after a figure that say it changed ("met 8%
#: gestegen") and before the level a change reaches ("gedaald tot 45").
RISEN = ("gestegen", "toegenomen", "gegroeid", "verhoogd", "opgelopen")
FALLEN: tuple[str, ...] = (
    "gedaald",
    "afgenomen",
    "gekrompen",
    "verlaagd",
    "gekort",
    "teruggelopen",
    "gezakt",
)
FALLEN += ("versoberd",)  # cut back: "is met een half uur per week versoberd"
UP: tuple[str, ...] = (
    "gestegen",
    "stijgend",
    "opgelopen",
    "oploopt",
    "oplopen",
    "verhoogd",
    "gegroeid",
)
UP += ("groeiende", "toenemende", "stijgende", "toename", "stijging", "groei", "verhoging")
UP += ("verdubbeling", "verdrievoudiging", "vergroot")
UP += ("oplopende", "verdrievoudigd", "verviervoudigd", "verveelvoudigd", "verdubbelde")
UP += ("toeneemt", "toenemen", "toegenomen", "groeit", "groeien", "groeide", "verdubbeld")
UP += ("omhoog", "omhooggegaan")  # "de kosten gaan omhoog"
DOWN: tuple[str, ...] = (
    "gedaald",
    "verlaagd",
    "afgenomen",
    "afneemt",
    "afnemen",
    "dalende",
    "afnemende",
)
DOWN += ("afname", "daling", "verlaging", "krimpt", "krimpen", "gekrompen", "teruggelopen")
DOWN += ("halvering", "vermindering", "teruggang", "krimp", "verminderd", "vermindert", "verkleind")
DOWN += ("gehalveerd", "teruglopende", "krimpende", "halveerde", "gekort", "verkort", "ingekort")
DOWN += ("omlaag", "omlaaggegaan", "gezakt", "teruggebracht", "afgebouwd", "geslonken")
DOWN += ("slinkt", "slinken")
DOWN += ("versoberd", "versoberde", "versobering")  # cut back: "versoberd van vier naar drie uur"
# the finite forms of the subordinate clause and the past ("dat het aantal toenam", "het
# aantal verwijzingen verlaagde"): every one-word form of the verbs above
UP += ("toenam", "toenamen", "opliep", "opliepen", "verhoogde", "verhoogden", "verhoogt")
DOWN += ("afnam", "afnamen", "terugliep", "terugliepen", "terugloopt", "teruglopen")
DOWN += ("slonk", "slonken", "verlaagde", "verlaagden", "verlaagt", "verminderde")
DOWN += ("verminderden",)
#: Finite forms of the verbs of change that the lists of participles and nouns lack.
FINITE: tuple[str, ...] = (
    "stijgt",
    "stijgen",
    "steeg",
    "stegen",
    "daalt",
    "dalen",
    "daalde",
    "daalden",
)
FINITE += ("groeiden", "krompen", "kromp", "verdubbelt", "verdubbelen", "halveert")
FINITE += ("achteruitgegaan", "vooruitgegaan", "vooruit", "achteruit", "dalend", "groeiend")
#: Key words one of which every match of a pattern of :mod:`kg.extract.changes` holds (a
#: cheap gate per sentence), each pattern's rarest word that it cannot match without: the
#: comparative before "dan", the verb before "voor", "toe", "af" or "op" (words that most
#: sentences hold, as parts of others too).
GATE_WORDS = (
    # a comparative against a reference or a plan (_THANREF, _MORE_THAN)
    THAN_COMPARATIVES
    + ("meer", "minder")
    # the same level (_SAME_AS, a predicate "gelijk") and a level set against a reference
    # (_COMPARED_LEVEL, _COMPARED_FIRST: "in vergelijking met" holds "gelijk")
    + ("gelijk", "lijn", "overeen", "vergeleken", "opzichte", "t.o.v")
    # the average (_AVG_PRED, _AVG_ADJ, _NEAR_AVG), a relative level (_RELATIVE)
    + ("gemiddeld", "relatief", "verhouding", "betrekkelijk", "opvallend")
    # how often (_OCCURS, _OFTEN), trends (_STEADILY, _ON_BALANCE, _SPLIT_VERB)
    + ("komt", "komen", "kwam", "vaker", "vaak", "steeds", "vooruit", "achteruit")
    + ("neemt", "nemen", "nam", "loopt", "lopen", "liep")
    # levels (_LEVEL_ADJ, _PREDICATE), resources (_EXTRA), balances (_BALANCE)
    + ("hoge", "lage", "hoog", "laag", "geworden", "stabiel", "constant")
    + ("extra", "tekort", "overschot", "overschrijding", "onderbesteding")
    # words of change (_CHANGE_WORD, _ATTRIBUTIVE)
    + UP
    + DOWN
)

#: What a level is compared with: the average (national, provincial, regional), the country,
#: the province or region, other municipalities, a named place ("dan in Limburg"), an
#: earlier time ("dan vorig jaar", "dan in 2014").
#: The adjective of an average: the country's, the province's, the region's, or a place's
#: ("het Limburgse gemiddelde", "het Twents gemiddelde").
AVERAGE_OF = (
    r"(?:landelijke?|nederlandse?|provinciaa?le?|regionaa?le?"
    r"|(?-i:[A-Z])[\w-]+?s?e?(?=\s+gemiddelde))"
)
#: Other municipalities as a reference: "andere gemeenten", "vergelijkbare
#: plattelandsgemeenten", "de omliggende Friese gemeenten".
OTHER_MUNICIPALITIES = (
    r"(?:andere|overige|vergelijkbare|omliggende|omringende|naburige)\s+"
    r"(?:(?-i:[A-Z])[\w-]+e\s+)?[\w-]*gemeenten"
)
#: Where an average or other places lie: "gemiddeld in Fryslân", "elders in de provincie".
_WITHIN = r"in\s+(?:heel\s+)?(?:de\s+(?:provincie|regio)\b|(?-i:[A-Z])[\w-]+)"
REF = (
    r"(?:het\s+)?(?:"
    + AVERAGE_OF
    + r"\s+(?:cijfer|percentage|niveau)|(?:"
    + AVERAGE_OF
    + r"\s+)?(?:gemiddelde?)(?:\s+"
    + _WITHIN
    + ")?"
    r"|landelijk|provinciaal|regionaal|elders(?:\s+" + _WITHIN + r")?|in\s+(?:heel\s+)?nederland"
    r"|(?:in\s+)?de\s+rest\s+van\s+(?:nederland|het\s+land|de\s+provincie|de\s+regio"
    r"|(?-i:[A-Z])[\w-]+)|(?:in\s+)?de\s+(?:provincie|regio)"
    r"|(?:in\s+)?(?:de\s+)?" + OTHER_MUNICIPALITIES + r"|(?:in\s+)?de\s+buurgemeenten"
    r"|in\s+(?:heel\s+)?(?-i:[A-Z])[\w-]+(?:[\s-](?-i:[A-Z])[\w-]+)?"
    r"|in\s+de\s+(?-i:[A-Z])[\w-]+e\s+gemeenten"
    r"|vorig\s+jaar|(?:(?:een|het)\s+)?jaar\s+(?:eerder|ervoor|daarvoor)|in\s+(?:19|20)\d\d|voorheen"
    r"|vroeger|(?:in\s+)?het\s+(?:voorgaande|vorige)\s+jaar|(?:in\s+)?de\s+(?:voorgaande|vorige)\s+jaren"
    r"|(?:in\s+)?de\s+[\w-]+regio"
    r"|(?:een\s+paar|enkele|\w+)\s+jaar\s+(?:geleden|terug))\b"
)
#: The provinces, in Dutch and English (``kg/data/reference/provinces.csv``): a comparison
#: with one is a comparison with the province.
PROVINCES = frozenset(
    name.strip().lower()
    for line in (Path(__file__).resolve().parent.parent / "data" / "reference" / "provinces.csv")
    .read_text(encoding="utf-8")
    .splitlines()[1:]
    if line and not line.startswith(("#", "name,"))
    for name in line.split(",")
)
#: Nouns of change: what changes is the noun phrase after "van" ("een toename van de lasten").
CHANGE_NOUNS = frozenset(
    ("toename", "stijging", "groei", "verhoging", "afname", "daling", "verlaging")
    + ("verdubbeling", "verdrievoudiging", "halvering", "vermindering", "teruggang", "krimp")
)
#: Quantifiers that state a level or a difference of what they count: "weinig
#: re-integratietrajecten", "meer cliënten", "minder inwoners" (comparisons and contrasts;
#: contrasts adds "veel", which alone mostly introduces a group).
QUANTIFIER_WORDS = ("weinig", "meer", "minder")
#: Resources whose amount can grow (``kg/data/quantity-resources.txt``).
RESOURCES = tuple(sorted(read_list("quantity-resources.txt")))
#: A resource first in what a comparative counts, and the words after it: "minder geld voor
#: de Wmo dan vroeger" counts money (``sub(r"\g<what>", …)`` keeps the resource alone).
RESOURCE_FIRST = re.compile(r"(?P<what>" + "|".join(RESOURCES) + r")\b.*", re.I | re.S)


#: A part of a province named by a point of the compass: "Noord-Limburg", "Oost-Groningen"
#: (a region; "Noord-Brabant" is a province itself and found as one first).
_PART_OF = re.compile(r"(?:noord|zuid|oost|west|midden|noordoost|noordwest|zuidoost|zuidwest)-(.+)")


# Patterns of reference_of, compiled once (it runs per comparison).
_NAMED_AFTER_DAN = re.compile(
    r"\bdan\s+(?:(?:gemiddeld|elders)\s+)?(?:in\s+)?(?:heel\s+|de\s+rest\s+van\s+)?"
    r"(?-i:[A-Z])[\w-]+"
)
_PROVINCE_WORD = re.compile(r"provincie|provincia", re.I)
_NAMED_AVERAGE = re.compile(r"\b(?-i:[A-Z])([\w-]+?)s?e?\s+gemiddelde")
_THAN_BEFORE = re.compile(
    r"\bdan\s+(?:in\s+(?:19|20)\d\d|vorig\s+jaar|(?:(?:een|het)\s+)?jaar\s+(?:eerder|ervoor|daarvoor)"
    r"|(?:in\s+)?(?:het|de)\s+(?:voorgaande|vorige)\s+jaren?"
    r"|voorheen|vroeger|(?:een\s+paar|enkele|\w+)\s+jaar\s+(?:geleden|terug))\b",
    re.I,
)
_REGION_WORD = re.compile(r"regio\b|regiona", re.I)
_NATIONAL_WORD = re.compile(r"gemiddeld|landelijk|nederland|\bhet\s+land\b", re.I)


def reference_of(words: str) -> str | None:
    """The reference a comparison names: a province, an earlier time, a region or the
    national average (None when the words name none of these).

    Examples
    --------
    >>> [reference_of(w) for w in ("dan in Limburg", "dan vorig jaar", "dan landelijk")]
    ['province', 'previous year', 'national average']
    >>> reference_of("dan in Venlo") is None
    True
    >>> [reference_of(w) for w in ("dan het Limburgse gemiddelde", "dan het Twentse gemiddelde")]
    ['province', 'region']
    >>> reference_of("dan tien jaar geleden"), reference_of("dan het regionaal gemiddelde")
    ('previous year', 'region')
    >>> [reference_of(w) for w in ("dan in de rest van Fryslân", "dan in Noord-Limburg")]
    ['province', 'region']
    >>> [reference_of(w) for w in ("dan gemiddeld in Fryslân", "dan in heel Limburg")]
    ['province', 'province']
    """
    place = _NAMED_AFTER_DAN.search(words)
    name = place.group().split()[-1].lower() if place else ""
    if _PROVINCE_WORD.search(words) or name in PROVINCES:
        return "province"
    part = _PART_OF.fullmatch(name)
    if part and part.group(1) in PROVINCES:
        return "region"  # "Noord-Limburg", "Zuidoost-Drenthe": a part of a province
    adjective = _NAMED_AVERAGE.search(words)
    stem = adjective.group()[: len(adjective.group(1)) + 1].lower() if adjective else "nederland"
    if stem not in {"nederland", "europe"}:  # "het Nederlandse gemiddelde" is national
        return "province" if any(stem in p for p in PROVINCES) else "region"
    if _THAN_BEFORE.search(words):
        return "previous year"
    if _REGION_WORD.search(words):  # "de arbeidsmarktregio", "zorgregio"
        return "region"
    if _NATIONAL_WORD.search(words):
        return "national average"
    if _LIKE_AFTER_DAN.search(words):  # "dan in vergelijkbare gemeenten"
        return "comparable municipalities"  # (kg.extract.comparable names the comparison group)
    return None


#: Municipalities like the profile's right after "dan": "dan in vergelijkbare gemeenten".
_LIKE_AFTER_DAN = re.compile(
    r"\bdan\s+(?:in\s+|bij\s+)?(?:de\s+)?vergelijkbare\s+(?:(?-i:[A-Z])[\w-]+e\s+)?[\w-]*gemeenten\b",
    re.IGNORECASE,
)


#: An average within a named place: "gemiddeld in Fryslân", "het gemiddelde in heel Limburg".
_AVERAGE_IN = re.compile(r"\bgemiddelde?\s+in\s+(?:heel\s+)?((?-i:[A-Z])[\w-]+)", re.IGNORECASE)


# Patterns of reference_in, compiled once (it runs per comparison).
_PLACE_AVERAGE = re.compile(r"(?<!\.\s)\b[A-Z][\w-]+\s+gemiddelde\b")
_SINCE_YEAR = re.compile(
    r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met)\s+(?:(?:19|20)\d\d"
    r"|vorig\s+jaar)\b"
)
_LIKE_MUNICIPALITIES = re.compile(r"\b(?:kleine|vergelijkbare)\s+\S*(?:gemeenten|steden)")
_PROVINCIAL = re.compile(
    r"\bprovinciaa?le?\s+gemiddelde\b"
    r"|\bdan\s+(?:(?:gemiddeld|elders)\s+)?(?:in\s+)?de\s+provincie\b"
)
_REGIONAL = re.compile(
    r"\bregionaa?le?\s+gemiddelde\b"
    r"|\bdan\s+(?:(?:gemiddeld|elders)\s+)?(?:in\s+)?de\s+regio\b"
)
_NETHERLANDS = re.compile(r"\bnederland\b")
_AVERAGE_WORD = re.compile(r"\b(?:gemiddeld|gemiddelde|landelijk|bovengemiddeld|ondergemiddeld)\b")
_OTHER_MUNICIPALITIES = re.compile(
    r"\b(?:andere|overige|omliggende|omringende|naburige)\s.*gemeenten\b|\bbuurgemeenten\b"
    r"|\bdan\s+elders\b(?!\s+in\b)"
)


def reference_in(phrase: str) -> str | None:
    """The reference a comparison's words name anywhere in them (None for none).

    Unlike :func:`reference_of`, which reads the words after "dan", it reads a
    whole phrase ("ten opzichte van 2014 …", "… vergeleken met vergelijkbare
    gemeenten") and falls back to :func:`reference_of` for a named province or
    part of one.

    Examples
    --------
    >>> [reference_in(p) for p in ("ligt lager dan in de buurgemeenten", "is hoog t.o.v. 2014")]
    ['other municipalities', 'previous year']
    >>> reference_in("is lager dan in Noord-Limburg"), reference_in("is laag")
    ('region', None)
    >>> reference_in("ligt lager dan gemiddeld in Limburg")
    'province'
    """
    original = phrase
    place = _PLACE_AVERAGE.search(phrase)
    if place and reference_of("dan " + place.group()) in {"province", "region"}:
        return reference_of("dan " + place.group())  # "het Limburgse gemiddelde"
    phrase = phrase.lower()
    if _SINCE_YEAR.search(phrase):
        return "previous year"
    if "grootteklasse" in phrase or _LIKE_MUNICIPALITIES.search(phrase):
        return "comparable municipalities"
    if _PROVINCIAL.search(phrase):
        return "province"
    if _REGIONAL.search(phrase):
        return "region"
    within = _AVERAGE_IN.search(original)  # "gemiddeld in Fryslân": the province's average
    if within and reference_of("dan in " + within.group(1)) in {"province", "region"}:
        return reference_of("dan in " + within.group(1))
    if _NETHERLANDS.search(phrase):
        return "national average"
    if _AVERAGE_WORD.search(phrase):
        return "national average"
    if _OTHER_MUNICIPALITIES.search(phrase):
        return "other municipalities"
    return reference_of(original)  # a named province or part of one: "dan in Noord-Limburg"


#: A plan or forecast as a reference ("boven de begroting", "hoger dan verwacht").
_PLAN = re.compile(
    r"\b(?:budget|begroting|raming|norm|streef\w*|doelstelling|doel|verwachting|verwacht|prognose"
    r"|begroot|geraamd)\b",
    re.IGNORECASE,
)
#: Municipalities of a size like the profile's as a reference.
_SIZE_CLASS = re.compile(
    r"\b(?:vergelijkbare|kleine|grote)\s+\w*gemeenten|grootteklasse|gemeenten\s+van\s+(?:een\s+)?"
    r"(?:vergelijkbare|dezelfde|gelijke)\s+(?:omvang|grootte)",
    re.IGNORECASE,
)
#: An earlier time as a reference: a year, "vorig jaar", "eerdere jaren".
_EARLIER = re.compile(
    r"\b(?:19|20)\d\d\b|\bvorig\s+jaar\b|\bjaar\s+(?:eerder|geleden)\b"
    r"|\b(?:eerdere|voorgaande|vorige)\s+jaren\b",
    re.IGNORECASE,
)


_MUNICIPALITIES = re.compile(r"gemeenten\b", re.IGNORECASE)


def compared_with(words: str) -> str | None:
    """The reference a phrase after "af van", "dat van", "bij" names (None for none).

    Examples
    --------
    >>> [compared_with(w) for w in ("vergelijkbare gemeenten", "de begroting", "de regio")]
    ['comparable municipalities', 'expected', 'region']
    >>> compared_with("het landelijk gemiddelde"), compared_with("de buurgemeenten")
    ('national average', 'other municipalities')
    >>> compared_with("de wensen") is None
    True
    """
    if _PLAN.search(words):
        return "expected"
    if _SIZE_CLASS.search(words):
        return "comparable municipalities"
    if _EARLIER.search(words):
        return "previous year"
    found = reference_of("dan " + words.strip())
    if found is None and _MUNICIPALITIES.search(words):
        return "other municipalities"
    return found
