"""Levels a pronoun states of the figures before it, in one sentence.

"29% van de inwoners is jonger dan 25 jaar en 16% is 65 jaar of ouder; beide
percentages liggen dicht bij het landelijk beeld": the pronoun phrase ("beide
percentages", "deze cijfers", "dat") carries the comparison of the figures it
points back to, with the national average. General Dutch (anaphora with a
demonstrative or "beide"), written without reading any profile.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Sentence
from kg.extract.model import Indicator
from kg.extract.nationalvalues import unit_family
from kg.extract.prefixscan import search

__all__ = ["differences_level", "pointed_back", "pronoun_levels"]

#: A level stated of the figures before it by a pronoun: "beide percentages liggen dicht bij
#: het landelijk beeld", "dat ligt boven het landelijk gemiddelde", "beide cijfers wijken
#: weinig af van het landelijk gemiddelde".
_ANAPHORIC_LEVEL = re.compile(
    r"\b(?P<which>beide|deze|die|dat|dit)\s+(?P<noun>(?:percentages?|cijfers?|aandelen|aandeel"
    r"|waarden?|getallen)\s+)?(?:(?:liggen|ligt|zijn|is)\s+(?:(?:ongeveer|vrijwel|nagenoeg|iets"
    r"|ruim|ver|wat|fors|flink)\s+)?(?P<level>dicht\s+bij|rond|vergelijkbaar\s+met|gelijk\s+aan"
    r"|in\s+lijn\s+met|op|boven|onder|hoger\s+dan|lager\s+dan)"
    r"|(?P<like>(?:wijken|wijkt)\s+(?:weinig|nauwelijks|amper|niet)\s+af\s+van"
    r"|(?:komen|komt)\s+overeen\s+met))\s+(?:het\s+)?"
    r"(?:landelijke?|nederlandse|gemiddelde?)\b",
    re.IGNORECASE,
)
_AVERAGE_WORD = re.compile(r"landelijk|nederlands|gemiddeld", re.IGNORECASE)
_ANAPHORIC_WORDS = {"boven": "higher", "onder": "lower", "hoger dan": "higher"}
_ANAPHORIC_WORDS["lager dan"] = "lower"


def pronoun_levels(text: str, sentence: Sentence, kept: list[Indicator]) -> list[Indicator]:
    """``kept`` with the level a pronoun states of the figures before it.

    "29% … en 16% …; beide percentages liggen dicht bij het landelijk beeld":
    both figures equal the national average. "beide" takes the last two
    figures, a plural ("deze cijfers") all figures of the sentence before it, a
    singular ("dat ligt boven …") the last one; only figures that compare with
    nothing yet.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kg.document import Sentence
    >>> s = "Er is 29% jong en 16% oud; beide percentages liggen dicht bij het landelijk beeld."
    >>> ind = [Indicator(s.index(v), s.index(v) + 3, 1, None, "", Decimal(v[:2]), "percent",
    ...     False) for v in ("29%", "16%")]
    >>> [(i.comparison, i.reference) for i in pronoun_levels(s, Sentence(1, 0, len(s),
    ...     None, 1), ind)]
    [('equal', 'national average'), ('equal', 'national average')]
    """
    if not kept or not search(_AVERAGE_WORD, text, sentence.start, sentence.end):
        return kept
    # tried only where one of its opening words stands (the same match)
    m = search(_ANAPHORIC_LEVEL, text, sentence.start, sentence.end)
    if m is None:
        return kept
    before = [i for i, ind in enumerate(kept) if ind.end <= m.start() and ind.value is not None]
    which = m.group("which").lower()
    if which == "beide":
        before = before[-2:]
    elif not (m.group("noun") or "").strip().lower().endswith(("s", "en")) and which != "deze":
        before = before[-1:]
    level = " ".join((m.group("level") or "").lower().split())  # "wijken weinig af": equal
    comparison = _ANAPHORIC_WORDS.get(level, "equal")
    out = list(kept)
    for i in before:
        if out[i].comparison is None:
            out[i] = replace(out[i], comparison=comparison, reference="national average")
    return out


#: A figure a demonstrative says is the same quantity as the one before it: "in 2014 waren
#: het er 1.080, in 2016 waren dat er 1.210", "nu is dat 14%".
_SAME_QUANTITY = re.compile(
    r"\b(?:is|zijn|was|waren|ligt|lag|bedraagt|bedroeg)\s+(?:dat|dit|het)\s+(?:er\s+)?"
    r"(?:(?:nog|al|inmiddels|nu|toen)\s+)?$",
    re.IGNORECASE,
)


def pointed_back(text: str, kept: list[Indicator]) -> list[Indicator]:
    """``kept`` with a figure that "dat" points back to taking the measure of the one before.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "In 2014 waren er 1.080 bijstandsgerechtigden, in 2016 waren dat er 1.210."
    >>> x, y = s.index("1.080"), s.index("1.210")
    >>> a = Indicator(x, x + 28, 1, "benefit-recipients", "", Decimal(1080), "count")
    >>> b = Indicator(y, y + 5, 1, "inhabitants", "", Decimal(1210), "count")
    >>> [i.measure for i in pointed_back(s, [a, b])]
    ['benefit-recipients', 'benefit-recipients']
    """
    out = list(kept)
    for i in range(1, len(out)):
        ind, prior = out[i], out[i - 1]
        if (
            ind.value is not None
            and prior.measure is not None
            and unit_family(prior.unit) == unit_family(ind.unit)
            and _SAME_QUANTITY.search(text, max(prior.end, ind.start - 40), ind.start)
        ):
            out[i] = replace(ind, measure=prior.measure, measure_label=prior.measure_label)
    return out


#: Between a level and the difference that compares it: "(15%) ligt 3 procentpunt onder …",
#: "15%, 3 procentpunt onder …".
_LEVEL_THEN_DIFFERENCE = re.compile(
    r"[\s),]*(?:(?:ligt|lag|is|was|en|daarmee)\s+)*(?:met\s+)?", re.IGNORECASE
)
#: The comparisons of a level ("onder het gemiddelde"); "meer dan vorig jaar" is a change,
#: and "dat is 10% meer dan gemiddeld" a figure of its own the pronoun introduces.
_LEVEL_OF = {"higher": "higher", "lower": "lower"}


def differences_level(text: str, kept: list[Indicator]) -> list[Indicator]:
    """``kept`` with a figure compared as the stated difference right after it compares it.

    "Het aandeel 65-plussers (15%) ligt 3 procentpunt onder het landelijk gemiddelde":
    15% is lower than the national average, as the difference says.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aandeel (15%) ligt 3 procentpunt onder het landelijk gemiddelde."
    >>> x, y = s.index("15%"), s.index("3 pro")
    >>> a = Indicator(x, x + 3, 1, "share-65-plus", "", Decimal(15), "percent")
    >>> b = Indicator(y, y + 14, 1, "share-65-plus", "", Decimal(3), "percent", False, None,
    ...     "lower", "national average")
    >>> [(i.comparison, i.reference) for i in differences_level(s, [a, b])]
    [('lower', 'national average'), ('lower', 'national average')]
    """
    out = list(kept)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        level = _LEVEL_OF.get(b.comparison or "")
        if (
            level
            and b.reference not in (None, "previous year")
            and a.value is not None
            and b.value is not None
            and b.unit != "ratio"  # "52 uitkeringen, bijna twee keer zo veel als …": its own
            and a.comparison is None
            and b.measure in (None, a.measure)
            and b.start - a.end <= 30
            and _LEVEL_THEN_DIFFERENCE.fullmatch(text, a.end, b.start)
        ):
            out[i] = replace(a, comparison=level, reference=b.reference)
    return out
