"""Dutch number words: the lexicon :mod:`kg.extract.numbers` reads figures with.

Number words (``twee``, ``achttien``, ``anderhalf``) and their compounds
(``vijfentwintig``, ``drieduizendvijfhonderd``), vague counts
(``duizenden``), fractions (``helft``, ``kwart``), scale words (``ton``,
``miljoen``), units of time and the closed-class words after which a number
word counts nothing. Source: Dutch grammar (ANS, "Telwoorden"); a ton is
100,000 euro in Dutch financial usage.

Examples
--------
>>> word_value("vijfentwintig"), word_value("anderhalf"), word_value("2,5")
(Decimal('25'), Decimal('1.5'), Decimal('2.5'))
>>> word_value("tweeënhalf"), word_value("vijfenhalve")
(Decimal('2.5'), Decimal('5.5'))
>>> count = re.compile(COUNT_WORDS + " daklozen", re.IGNORECASE)
>>> [bool(count.search(s)) for s in ("achttien daklozen", "vijfentwintig daklozen",
...                                  "tientallen daklozen", "400 daklozen", "een daklozen")]
[True, True, True, True, False]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.vocab import Unit

WORD_NUMBERS: dict[str, int | Decimal] = {
    "één": 1,
    "eén": 1,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "duizend": 1000,
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),  # before a noun of common gender: "anderhalve ton"
}
#: A unit and a half in one word: "tweeënhalf miljoen", "vijfenhalf jaar", "drieënhalve ton".
WORD_NUMBERS.update(
    {
        f"{unit}{'ën' if unit.endswith('e') else 'en'}{half}": Decimal(value) + Decimal("0.5")
        for unit, value in list(WORD_NUMBERS.items())
        if isinstance(value, int) and 2 <= value <= 10
        for half in ("half", "halve")
    }
)
#: Abstract nouns after which "één" singles out one item of what is said, not a count:
#: "één ding is zeker", "één punt van zorg", "één aspect verdient aandacht". Source: Dutch
#: grammar (ANS, the stressed "één" as a determiner of emphasis).
DISCOURSE_NOUNS: tuple[str, ...] = (
    "ding",
    "zaak",
    "punt",
    "aspect",
    "fenomeen",
    "kwestie",
    "element",
)
#: The same for a thought or principle: "er stond één gedachte voorop", "één idee".
DISCOURSE_NOUNS += ("gedachte", "idee", "principe", "uitgangspunt")
#: Fixed expressions with "één" that state no count (Van Dale, idioms under "één"): "op één
#: lijn zitten" (to agree), "in één adem noemen", "op één hoop gooien", "onder één noemer
#: brengen", "in één hand" (in one organisation's charge). "aan één tafel" counts the tables,
#: one, also in a quotation (gold README, eighth batch 16 and tenth batch 13: `tables` 1).
ONE_IDIOMS: tuple[str, ...] = ("op één lijn", "in één adem", "op één hoop")
ONE_IDIOMS += ("onder één noemer",)
ONE_IDIOMS += ("in één hand",)
#: "in één beweging", "in één klap", "in één ruk" (Van Dale: at once, in one go): the manner
#: of an act, no count ("het Rijk droeg de taken over en kortte het geld in één beweging").
ONE_IDIOMS += ("in één beweging", "in één klap", "in één ruk")
#: Words for an unspecified number: a count without a value.
VAGUE_NUMBERS: tuple[str, ...] = ("tientallen", "honderden", "duizenden", "tienduizenden")
VAGUE_NUMBERS += ("honderdduizenden", "miljoenen")
#: Fractions as shares, in percent.
FRACTIONS = {
    "helft": Decimal(50),
    "derde": Decimal("33.3"),
    "kwart": Decimal(25),
    "vijfde": Decimal(20),
    "tiende": Decimal(10),
}
#: Scale words after a figure.
SCALES = {
    "ton": Decimal(100_000),
    "miljoen": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "miljard": Decimal(10**9),
    "mld": Decimal(10**9),
    "mrd": Decimal(10**9),
    "duizend": Decimal(1000),
}
#: Units of time after a number, with the unit of the duration they make.
DURATIONS: dict[str, Unit] = {
    "dag": "days",
    "dagen": "days",
    "werkdag": "days",
    "werkdagen": "days",
    "week": "weeks",
    "weken": "weeks",
    "maand": "months",
    "maanden": "months",
    "jaar": "years",  # only after a word of time ("binnen twee jaar"): else an age
    "jaren": "years",
    "uur": "hours",  # a clock time ("om 9 uur") is none (:mod:`kg.extract.notfigures`)
    "uren": "hours",
    "minuut": "minutes",
    "minuten": "minutes",
    "kwartier": "minutes",  # a quarter of an hour: "drie kwartier" is 45 minutes
}
#: Minutes in one unit of time counted in minutes (the hour and its quarter; Van Dale).
MINUTES_IN = {"uur": Decimal(60), "uren": Decimal(60), "kwartier": Decimal(15)}
#: Closed-class Dutch words: a number word followed by one of these counts nothing.
FUNCTION_WORDS = frozenset(
    """de het een van in op voor uit en of dat die dit deze is zijn was waren wordt worden
    werd met aan bij als dan door naar om over tot na te ook nog wel niet geen maar want
    dus er hij zij ze we wij je jij u ik men zich hun hen haar hem mij ons zo al toe
    tegen terwijl omdat doordat zodat waardoor waarvan waarin welke wie wat waar hoe
    heeft hebben had kan kunnen zal zullen moet moeten mag mogen wil willen per ten""".split()  # noqa: SIM905
)

#: Regular-expression alternatives of the units, tens and teens (for compound number words).
UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_BELOW_100 = rf"(?:(?:{UNITS})(?:ën|en)(?:{TENS})|{TENS}|{TEENS}|{UNITS})"
_HUNDREDS = rf"(?:(?:{UNITS}|{TEENS})?honderd(?:{_BELOW_100})?)"
#: Dutch number words written as one word: "vijfentwintig", "tweehonderd", "drieduizend".
COMPOUND = (
    rf"(?:(?:{_HUNDREDS}|{_BELOW_100})?duizend(?:{_HUNDREDS}|{_BELOW_100})?"
    rf"|{_HUNDREDS}|(?:{UNITS})(?:ën|en)(?:{TENS}))"
)

#: Every number that counts, as one regular-expression alternative for other modules to
#: share (a count before a noun: "achttien daklozen", "vijfentwintig gezinnen", "400
#: statushouders", "tientallen aanbieders"): digits, the number words (not the article
#: "een"), their compounds and the vague counts. Longest first, so a compound wins.
COUNT_WORDS = (
    r"(?:\d[\d.,]*|\b(?:"
    + COMPOUND
    + "|"
    + "|".join(sorted((w for w in (*WORD_NUMBERS, *VAGUE_NUMBERS) if w != "een"), key=len)[::-1])
    + r")\b)"
)


def to_decimal(text: str) -> Decimal:
    """Parse a Dutch number (``30.000``, ``2,5``) into a Decimal.

    Examples
    --------
    >>> to_decimal("30.000"), to_decimal("2,5"), to_decimal("4.2")
    (Decimal('30000'), Decimal('2.5'), Decimal('4.2'))
    """
    if "," not in text and "." in text and len(text) - text.rindex(".") <= 3:
        return Decimal(text)  # a decimal point ("4.2 miljoen"): no group of three after it
    return Decimal(text.replace(".", "").replace(",", "."))


def word_value(word: str) -> Decimal:
    """The value of a number word, a compound number word or Dutch digits.

    Examples
    --------
    >>> word_value("Twee"), word_value("tweehonderd"), word_value("1.000")
    (Decimal('2'), Decimal('200'), Decimal('1000'))
    """
    low = word.lower()
    if low in WORD_NUMBERS:
        return Decimal(WORD_NUMBERS[low])
    if low[:1].isalpha():
        return Decimal(compound_value(low))
    return to_decimal(low)


def compound_value(word: str) -> int:
    """The value of a Dutch number word, also one written as a compound.

    Examples
    --------
    >>> [compound_value(w) for w in ("vijfentwintig", "tweeëntwintig", "tweehonderd")]
    [25, 22, 200]
    >>> [compound_value(w) for w in ("vijftienhonderd", "drieduizendvijfhonderd", "honderd")]
    [1500, 3500, 100]
    """
    low = word.lower()
    for scale, size in (("duizend", 1000), ("honderd", 100)):
        if scale in low:
            left, right = low.split(scale, 1)
            times = compound_value(left) if left else 1
            return times * size + (compound_value(right) if right else 0)
    m = re.fullmatch(rf"({UNITS})(?:ën|en)({TENS})", low)
    if m:
        return int(WORD_NUMBERS[m.group(1)]) + int(WORD_NUMBERS[m.group(2)])
    return int(WORD_NUMBERS[low])


#: A fraction in digits before the group it is a part of: "1/3 van de cliënten", "2/3 deel"
#: (not "24/7" nor a date "1/1": the part is smaller than the whole and a part word follows).
_DIGIT_FRACTION = re.compile(
    r"(?<![\w.,/])(?P<a>\d)/(?P<b>\d{1,2})(?![\w/])"
    r"(?=\s+(?:deel\b|van\b|daarvan\b|is\b|was\b|zijn\b|waren\b|heeft\b|hebben\b))"
)


def digit_fractions(text: str, start: int, end: int) -> list[tuple[int, int, Decimal]]:
    """Shares written as a fraction in digits, in percent: "1/3 van de cliënten" is 33.3.

    Examples
    --------
    >>> s = "Ongeveer 1/3 van de cliënten heeft een pgb; zorg is 24/7 bereikbaar."
    >>> [(s[a:b], value) for a, b, value in digit_fractions(s, 0, len(s))]
    [('1/3', Decimal('33.3'))]
    """
    if text.find("/", start, end) < 0:
        return []
    found = []
    for m in _DIGIT_FRACTION.finditer(text, start, end):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b:
            value = (Decimal(100 * a) / b).quantize(Decimal("0.1")).normalize()
            found.append((m.start(), m.end(), value))
    return found
