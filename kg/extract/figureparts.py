"""Parts of a figure's reading that stand apart from the reader of
:mod:`kg.extract.indicators`: the qualifier before a figure ("ruim", "iets minder dan"), the
cue of a plural noun after an adjective, a value in its plain form, and the measure a stated
difference carries over from the figure before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.extract.measures import BURDENED, MeasureVocabulary
from kg.extract.model import Indicator
from kg.extract.nationals import QUALIFIERS

__all__ = [
    "APPROXIMATE",
    "adjective_cue",
    "carry_measures",
    "clean_value",
    "compound_cue",
    "estimated",
    "judged_low",
    "other_money",
    "qualifier_span",
]

#: Qualifiers of a rounded figure beside the national reader's: "afgerond 300", "dik 40%"
#: (a good forty), "al gauw drie maanden" (easily, about), "grofweg" and its kin being there
#: already.
_ROUNDED = ("afgerond", "dik", "al gauw", "algauw")
_QUALIFIERS = QUALIFIERS + _ROUNDED
APPROXIMATE = frozenset(_QUALIFIERS) - {
    "slechts",
    "maximaal",
    "ten minste",
    "minstens",
    "binnen",
    "hooguit",
    "hoogstens",
    "minimaal",
}


def qualifier_span(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """The qualifier ending right before ``start`` and where it starts.

    Examples
    --------
    >>> s = "Er wonen iets minder dan 30.000 mensen."
    >>> qualifier_span(s, s.index("30"), 0)
    ('iets minder dan', 9)
    >>> qualifier_span(s, s.index("mensen"), 0)
    (None, 32)
    """
    lo = max(floor, start - 24)
    before = text[lo:start].rstrip()
    low = before.lower()
    if not low.endswith(_QUALIFIERS):  # (one call: most figures have no qualifier)
        return None, start
    for q in _QUALIFIERS:
        if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum()):
            return before[len(before) - len(q) :], lo + len(before) - len(q)
    return None, start


def carry_measures(
    kept: list[Indicator], differences: list[bool], before: str | None, text: str = ""
):
    """Give a stated difference that names no measure ("dat is 10% meer dan gemiddeld",
    "€ 290,-, ruim 35% onder het landelijk gemiddelde") the measure of the figure before it,
    in place; return the last measure named. A difference after a semicolon or with a
    quantity of its own named before it ("…; het aantal aanmeldingen nam met 18% toe") takes
    none.

    Examples
    --------
    >>> level = Indicator(0, 3, 0, "budget", "", Decimal(290), "EUR")
    >>> difference = Indicator(5, 9, 0, None, "", Decimal(35), "percent")
    >>> kept = [level, difference]
    >>> carry_measures(kept, [False, True], None), kept[1].measure
    ('budget', 'budget')

    So does the figure of a clause of a later year that leaves the rest out:

    >>> s = "De jeugdhulp kostte in 2015 € 9.400, in 2016 € 10.300."
    >>> a = Indicator(s.index("€ 9"), s.index(","), 0, "youth-care-costs", "", Decimal(9400), "EUR")
    >>> b = Indicator(s.index("€ 10"), len(s) - 1, 0, None, "", Decimal(10300), "EUR")
    >>> kept = [a, b]
    >>> carry_measures(kept, [False, False], None, s), kept[1].measure
    ('youth-care-costs', 'youth-care-costs')
    """
    for i, ind in enumerate(kept):
        if i and text and _own_subject(text[kept[i - 1].end : ind.start]):
            before = None
        if (
            ind.measure is None
            and before is not None
            and (differences[i] or (i and text and _elided(text, kept[i - 1], ind)))
        ):
            kept[i] = replace(ind, measure=before)
        before = kept[i].measure or before
    return before


#: The clause of a later year that leaves out all but its figure: "kostte in 2015 € 9.400 per
#: cliënt, in 2016 € 10.300" (the verb and the quantity are the clause's before).
_ELIDED = re.compile(r",\s*(?:en\s+)?in\s+(?:19|20)\d\d\s*$", re.IGNORECASE)


def _elided(text: str, first: Indicator, second: Indicator) -> bool:
    """Whether ``second`` is the figure of an elided clause of a later year after ``first``."""
    return (
        first.unit == second.unit
        and second.start - first.end < 60
        and _ELIDED.search(text, first.end, second.start) is not None
    )


#: Between two figures: a quantity named for the second.
_OWN_SUBJECT = re.compile(r"\b(?:het|de)\s+(?:aantal|aandeel|percentage)\b", re.IGNORECASE)


def _own_subject(between: str) -> bool:
    """Whether the words between two figures open a clause of their own or name a quantity
    for the second (string tests first: most stretches hold neither)."""
    if ";" in between:
        return True
    low = between.lower()
    return ("aantal" in low or "aandeel" in low or "percentage" in low) and bool(
        _OWN_SUBJECT.search(between)
    )


def adjective_cue(
    vocab: MeasureVocabulary, text: str, plural: re.Match | None, ceiling: int
) -> tuple[str, int] | None:
    """The cue a plural noun after an adjective is ("tien nieuwe cliënten"), or the cue after
    a participle read as the noun ("2.400 ingeschreven mantelzorgers"), and where it ends.

    Examples
    --------
    >>> from kg.extract.measures import load_measures
    >>> s = "tien nieuwe cliënten"
    >>> plural = re.compile(r"\\s*(?:[\\w-]+e\\s+)?(?P<noun>[\\w-]+en)\\b").match(s, 4)
    >>> adjective_cue(load_measures(), s, plural, len(s))
    ('cliënten', 20)
    >>> s = "2.400 ingeschreven mantelzorgers"
    >>> adjective_cue(load_measures(), s, plural.re.match(s, 5), len(s))
    ('mantelzorgers', 32)
    >>> s = "veel jonge gezinnen"
    >>> adjective_cue(load_measures(), s, plural.re.match(s, 4), len(s))
    ('gezinnen', 19)
    >>> s = "90 overbelaste mantelzorgers"
    >>> adjective_cue(load_measures(), s, plural.re.match(s, 2), len(s)) is None
    True
    """
    if plural is None or text[plural.start() : plural.start("noun")].strip().lower() in BURDENED:
        return None  # "ruim 90 overbelaste mantelzorgers": a subgroup the vocabulary lacks
    own = vocab.cue_at(text, plural.start("noun"), ceiling)
    if (
        own
        and plural.start("noun") + len(own) == plural.end()
        and plural.start("noun") > plural.start()
    ):
        return own, plural.end()  # "veel jonge gezinnen": a noun in "ge-" is no participle
    if _PARTICIPLE.fullmatch(plural.group("noun")):
        after = _SPACES.match(text, plural.end(), ceiling)
        cue = vocab.cue_at(text, after.end(), ceiling) if after else None
        return (cue, after.end() + len(cue)) if after and cue else None
    if plural.start("noun") == plural.start():
        return None
    cue = vocab.cue_at(text, plural.start("noun"), ceiling)
    return (cue, plural.end()) if cue and plural.start("noun") + len(cue) == plural.end() else None


#: A past participle used as an adjective, without its "-e": "ingeschreven", "gecontracteerd".
_PARTICIPLE = re.compile(r"(?:[a-z]{0,6})ge[a-zë]{3,}(?:en|d|t)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def compound_cue(vocab: MeasureVocabulary, named: list[str], noun: str) -> str | None:
    """The cue a plural noun and a cue named before it make as one compound: "Bij de
    re-integratie zijn 900 trajecten gestart" counts "re-integratietrajecten".

    Examples
    --------
    >>> from kg.extract.measures import load_measures
    >>> compound_cue(load_measures(), ["re-integratie"], "trajecten")
    're-integratietrajecten'
    >>> compound_cue(load_measures(), ["re-integratie"], "fietsen") is None
    True
    """
    for cue in named:
        for joined in (cue + noun.lower(), f"{cue}-{noun.lower()}"):
            if vocab.measures_of(joined):
                return joined
    return None


def clean_value(value: Decimal | None) -> Decimal | None:
    """``50`` rather than ``5E+1``, ``2800000`` rather than ``2800000.0``.

    Examples
    --------
    >>> clean_value(Decimal("5E+1")), clean_value(Decimal("2.50")), clean_value(None)
    (Decimal('50'), Decimal('2.5'), None)
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


#: Qualifiers that judge a figure low: "nog geen dertig" (not even). Not "slechts" / "nog
#: maar": a focus particle that marks the amount small but names no reference, so it gives
#: no comparison of its own (gold README, twenty-eighth session, point 12).
_LOW = frozenset(("nog geen",))


def judged_low(ind: Indicator) -> Indicator:
    """``ind`` with a low level when its qualifier judges it so and nothing else compares it.

    Examples
    --------
    >>> from decimal import Decimal
    >>> ind = Indicator(0, 10, 1, None, "", Decimal(30), "count", qualifier="nog geen")
    >>> judged_low(ind).comparison
    'lower'
    >>> ind = Indicator(0, 10, 1, None, "", Decimal(4), "percent", qualifier="Slechts")
    >>> judged_low(ind).comparison is None
    True
    """
    if ind.comparison is None and (ind.qualifier or "").lower() in _LOW:
        return replace(ind, comparison="lower")
    return ind


#: A verb of estimating right before a figure: "wordt geschat op 850", "geraamd op € 1,4
#: miljoen" (the participle of "schatten" / "ramen", as "naar schatting": the value is an
#: approximation, gold README twenty-eighth session point 13).
_ESTIMATED = re.compile(r"\b(?:geschat|geraamd)\s+op\s+(?:€\s*)?\d", re.IGNORECASE)


def estimated(text: str, ind: Indicator) -> Indicator:
    """``ind`` approximate when a verb of estimating stands right before its figure.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal wordt geschat op 850."
    >>> ind = Indicator(0, s.index("."), 1, None, "", Decimal(850), "count")
    >>> estimated(s, ind).approximate
    True
    """
    if ind.approximate or ind.value is None:
        return ind
    lo = max(0, ind.start - 25)
    if text.find(" op ", lo, ind.end) >= 0 and _ESTIMATED.search(text, lo, ind.end):
        return replace(ind, approximate=True)
    return ind


#: Amounts of money that are no budget, named by the head of a noun before the amount in
#: its clause: a price, a tariff, an allowance, a premium, a fine, a contribution, a debt,
#: a reserve or a plain "bedrag" ("een ritprijs van € 2,80", "de mantelzorgwaardering van
#: € 150,-", "het gemiddelde schuldbedrag: van € 28.000 naar …", "De reserve … is gedaald
#: van € 4,2 miljoen"). The measure vocabulary has none of them, so the figure has none.
_OTHER_MONEY = re.compile(
    r"(?:bedrag|bedragen|prijs|prijzen|tarief|tarieven|waardering|vergoeding|premie|boete"
    r"|bijdrage|reserve|reserves|schuld|schulden|huur|salaris|loon)\b",
    re.IGNORECASE,
)
#: Where a clause starts before an amount (its noun is not looked for beyond it).
_MONEY_CLAUSE = re.compile(r"[;(]|\b(?:maar|terwijl|omdat|en)\b", re.IGNORECASE)


def other_money(text: str, start: int, pos: int) -> bool:
    """Whether the clause before an amount at ``pos`` (its sentence starting at ``start``)
    names money that is no budget.

    Examples
    --------
    >>> s = "Een ritprijs van € 2,80 per zone is hoog."
    >>> other_money(s, 0, s.index("€"))
    True
    >>> s = "Het gemiddelde schuldbedrag steeg naar € 34.000."
    >>> other_money(s, 0, s.index("€"))
    True
    >>> s = "De reserve is op, maar voor de Wmo is € 2 miljoen begroot."
    >>> other_money(s, 0, s.index("€"))
    False
    >>> s = "Voor de Wmo is € 2 miljoen begroot."
    >>> other_money(s, 0, s.index("€"))
    False
    """
    lo = max(start, pos - 90)
    for m in _MONEY_CLAUSE.finditer(text, lo, pos):
        lo = m.end()
    return _OTHER_MONEY.search(text, lo, pos) is not None
