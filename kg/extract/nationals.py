"""National reference values: the figure of the whole country a local figure is set against.

"tegenover 12% landelijk", "(landelijk 18%)", "het landelijk gemiddelde van 7,4%",
"22% versus 18% landelijk", "(7,4% landelijk)", a sentence "De landelijke
percentages zijn 29% en 18%": such a figure is the ``national_value`` of the
observation it belongs to (:mod:`kg.extract.indicators`), not an observation of
its own. Also the approximation words a figure can have ("ongeveer", "ruim"),
which may stand between the national words and the figure. General Dutch of
statistics reports; each test reads a bounded window before or after one figure.
"""

from __future__ import annotations

import re

from kg.extract.numbers import Number
from kg.extract.prefixscan import may_hold_in

__all__ = ["NATIONAL_SENTENCE", "QUALIFIERS", "is_national"]

QUALIFIERS = (
    "iets minder dan",
    "iets meer dan",
    "naar schatting",
    "minder dan",
    "meer dan",
    "nog geen",
    "ten minste",
    "ongeveer",
    "minstens",
    "maximaal",
    "binnen",
    "rond de",
    "circa",
    "pakweg",
    "ca.",
    "ruim",
    "bijna",
    "krap",
    "slechts",
    "zo'n",
    "zo’n",
    "tot wel",
    "een kleine",
    "een ruime",
    "een dikke",
    "ruwweg",
    "grofweg",
    "omstreeks",
    "plusminus",
    "±",
    "+/-",
    "nagenoeg",
    "hooguit",
    "hoogstens",
    "minimaal",
    "boven de",
    "onder de",
    "langer dan",
    "korter dan",
)
_QUAL = "|".join(re.escape(q) for q in QUALIFIERS)
NATIONAL_SENTENCE = re.compile(
    r"^\W*(?:de\s+|het\s+)?landelijke?\s+(?:percentages?|cijfers?|gemiddelden?|waarden?|aandelen?)"
    r"\s+(?:zijn|is|bedraagt|bedragen|liggen\s+op|ligt\s+op)\b",
    re.IGNORECASE,
)
#: Words naming the whole country: "landelijk", "het Nederlandse gemiddelde", "in Nederland".
_COUNTRY = (
    r"(?:landelijke?|in\s+(?:heel\s+)?nederland|nederlandse?\s+gemiddelde"
    r"|\(\s*(?:nl|nederland|gemiddeld|gem\.)(?!\w)|(?<=dan\s|als\s|met\s)nederland)"
)
_NATIONAL_BEFORE = re.compile(
    r"(?:\b(?P<against>tegen(?:over)?|versus|vs\.?|ten\s+opzichte\s+van|vergeleken\s+met"
    r"|t\.o\.v\.)\s+(?:een\s+|het\s+)?(?:landelijke?\s+(?:gemiddelde\s+)?(?:van\s+)?"
    r"|gemiddeld\s+)?"
    rf"|(?<!\w){_COUNTRY}\s*(?:gemiddelde?|percentage|cijfer|niveau|aandeel)?\s*"
    r"(?:van|is|bedraagt|ligt\s+op|:|(?:is|ligt|bedraagt)\s+(?:dat|het|dit)"
    r"(?:\s+(?:percentage|cijfer|aandeel|gemiddelde))?(?:\s+op)?)?"
    rf"\s*\(?\s*(?:respectievelijk\s+)?)(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
#: Words one of which every match of ``_NATIONAL_BEFORE`` holds (a cheap test first).
#: A comparison with the country right before it: the colon after "hoger dan landelijk:",
#: "rond het landelijk niveau:" opens the figure the comparison is about, not the national one.
_COMPARED_THEN_COLON = re.compile(
    r"\b(?:dan|als|rond|boven|onder|op|aan|met)\s+(?:het\s+|de\s+)?$", re.IGNORECASE
)
_PAIR_NEXT = re.compile(r"\s*(?:tegen(?:over)?|versus|vs\.?)\s", re.IGNORECASE)
_NATIONAL_WORDS: tuple[str, ...] = ("tegen", "opzichte", "vergeleken", "t.o.v.", "landelijk")
_NATIONAL_WORDS += ("nederland", "nl", "gemiddeld", "gem.", "versus", "vs")
#: A national word right after a figure: "tegen 18% landelijk", "tegen 18% in Nederland".
_COUNTRY_AFTER = re.compile(
    r"\s*(?:gemiddeld\s+)?(?:landelijk|(?:in|van)\s+(?:heel\s+)?nederland)\b", re.IGNORECASE
)
#: The region, the province or the other municipalities as the place of a figure right after
#: it: "tegen gemiddeld 9% in de regio", "tegen gemiddeld 8% in de provincie" (that area's
#: figure, not the national one).
_PLACED_AFTER = re.compile(
    r"\s+(?:in|bij)\s+(?:de\s+)?(?:hele\s+|rest\s+van\s+de\s+)?(?:regio|provincie)\b"
    r"|\s+(?:in|bij)\s+(?:de\s+)?(?:omliggende|naburige|andere|overige)\s+gemeenten\b",
    re.IGNORECASE,
)
#: A level set against a figure with a definite article, the country's words after the figure:
#: "iets onder de 6,9% van Nederland als geheel", "boven de 18% landelijk".
_LEVEL_AGAINST = re.compile(
    r"\b(?:onder|boven|rond|gelijk\s+aan|dicht\s+bij)\s+(?:de|het)\s+$", re.IGNORECASE
)


def is_national(text: str, number: Number, floor: int) -> bool:
    """A national reference value: "tegenover 12% landelijk", "(landelijk 18%)" …

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aandeel is 4% tegenover 12% landelijk."
    >>> n = Number(s.index("12"), s.index("12") + 3, Decimal(12), "percent", "digits")
    >>> is_national(s, n, 0), is_national(s, Number(15, 17, Decimal(4), "percent", "digits"), 0)
    (True, False)
    >>> s = "Het gebruik ligt hoger dan landelijk: 7,4% van de inwoners heeft een voorziening."
    >>> is_national(s, Number(s.index("7,4"), s.index("%") + 1, Decimal("7.4"), "percent", ""), 0)
    False
    >>> s = "Het aandeel is 11%, tegen gemiddeld 9% in de regio."
    >>> is_national(s, Number(s.index("9"), s.index("9") + 2, Decimal(9), "percent", ""), 0)
    False
    >>> s = "De werkloosheid is 6,2%, iets onder de 6,9% van Nederland als geheel."
    >>> is_national(s, Number(s.index("6,9"), s.index("6,9") + 4, Decimal("6.9"), "percent", ""), 0)
    True
    """
    lo = max(floor, number.start - 45)
    if text[lo : number.start].rstrip().endswith("(") and _COUNTRY_AFTER.match(
        text, number.end, number.end + 25
    ):
        return True  # "(7,4% landelijk)"
    if _LEVEL_AGAINST.search(text, lo, number.start) and _COUNTRY_AFTER.match(
        text, number.end, number.end + 25
    ):
        return True  # "iets onder de 6,9% van Nederland als geheel"
    if not may_hold_in(text, lo, number.start, _NATIONAL_WORDS):
        return False
    m = _NATIONAL_BEFORE.search(text[lo : number.start])
    if not m:
        return False
    said = m.group(0).lower()
    if _PLACED_AFTER.match(text, number.end, number.end + 30):
        return False  # "tegen gemiddeld 9% in de regio": the region's figure
    if (
        ":" in said
        and _COMPARED_THEN_COLON.search(text, lo, lo + m.start())
        and not _PAIR_NEXT.match(text, number.end)  # "…: 11,2% tegenover 11,9%": a pair
    ):
        return False  # "ligt hoger dan landelijk: 7,4% van de inwoners …": its own level
    if m.group("against") and "landelijk" not in said and "gemiddeld" not in said:
        return bool(_COUNTRY_AFTER.match(text, number.end, number.end + 25))
    return True
