"""Key-figure lines: a label, a colon and a figure, the data of a profile's fact box.

Profiles often open with a block of key figures ("Kerncijfers"), one per line:
"Inwoners: 87.000", "Werkloosheid: 9,8% (NL 6,9%)", "Uitgaven per inwoner: € 1.150".
Such a line states a figure and nothing else, so its numbers are indicator
observations and it is no finding, even where its label names a quantity that is
bad to have high ("Werkloosheid"), which would otherwise give it a tone. Several
items may share a line, separated by semicolons ("Inwoners: 24.300; huishoudens: 10.100").
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.linekeys import key_end
from kg.extract.numberform import Number
from kg.extract.numbers import WINDOW

__all__ = ["key_figure_line", "key_level_line", "next_item"]

#: A label as the line's pattern reads it, opening with a letter, with no sentence
#: punctuation but a number's separator ("Bijstand per 1.000 inwoners"); its shape as a key
#: is :func:`_labelled`'s.
_LABEL = r"[^\W\d_](?:[^:;.!?\n]|(?<=\d)[.,](?=\d)){0,80}?"
#: A figure: an optional qualifier and currency sign, digits with Dutch separators, an
#: optional unit or scale word and an optional note in parentheses ("(NL 6,9%)", "(2015)").
_FIGURE = (
    r"(?:(?:ruim|circa|ca\.|ongeveer|bijna|ruwweg|zo'n|meer\s+dan|minder\s+dan)\s+)?"
    r"(?:€\s*)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?"
    r"(?:\s*(?:%|‰|procent|promille|miljoen|mln\.?|miljard|ton|euro|jaar|per\s+\w+))*"
    r"(?:,-)?(?:\s*\([^()\n]{1,40}\))?"
)
#: The nouns of what a key figure counts (kg/data/counted-units.txt): "61 plaatsen".
_COUNTED = "|".join(sorted(word_list("counted-units.txt"), key=len, reverse=True))
#: What the figure counts or is a share of, right after it: a unit of the register ("61
#: plaatsen"; not any noun: "35 daklozen" counts a problem, which makes the line a finding),
#: "per 1.000 inwoners", "per nacht", "van de inwoners", "op de 10 jongeren".
_UNIT = (
    rf"(?:\s+(?:{_COUNTED})\b)?"
    r"(?:\s+(?:per|(?:van|op)\s+(?:de|het|alle))\s+(?:\d[\d.,]*\s+)?[^\W\d_][\w-]*"
    r"(?:\s+inwoners)?)?"
)
#: The plain figure of a reference, with no note: "18%", "6,9%", "€ 610".
_REFERENCE = r"(?:€\s*)?\d[\d.,]*\s*(?:%|‰|procent)?"
#: A comparison after the figure that only sets it against a reference, the national level,
#: an earlier year or another municipality: ", landelijk 18%", ", tegen 6,9% landelijk", ", iets
#: boven het landelijk gemiddelde", ", bijna het dubbele van buurgemeente X" (a level
#: against a reference is data, with or without a comparison: the annotation guideline).
_COMPARISON = (
    r"(?:,\s*(?:"
    rf"(?:landelijk|in\s+Nederland|NL|in\s+de\s+(?:regio|provincie))\s+{_REFERENCE}"
    rf"|tegen\s+{_REFERENCE}\s+(?:landelijk|in\s+Nederland|gemiddeld|in\s+(?:19|20)\d\d)"
    r"|(?:(?:iets|ruim|fors|flink|net|duidelijk|bijna|ver|wat)\s+)?(?:boven|onder|rond)\s+het"
    r"\s+(?:landelijke?|provinciale?|regionale?)\s+(?:gemiddelde|beeld|niveau|cijfer)"
    r"|(?:(?:bijna|ruim|ongeveer|ruwweg|zo'n)\s+)?(?:het\s+dubbele|de\s+helft|(?:twee|drie)"
    r"\s+keer\s+zo(?:veel|hoog))\s+(?:van|als)\s+(?:in\s+)?[^,;:.!?\n]{2,50}?"
    r"))?"
)
_ITEM = rf"{_LABEL}:\s*{_FIGURE}{_UNIT}{_COMPARISON}"
_LINE = re.compile(rf"\s*{_ITEM}(?:\s*;\s*{_ITEM})*\s*[.;]?\s*", re.IGNORECASE)


def _labelled(item: str) -> bool:
    """Whether the item ``item`` (a part of a line) opens with the key of a key-value line
    (:func:`kg.extract.linekeys.key_end`): a label, not a clause.

    Examples
    --------
    >>> _labelled("Inwoners: 24.300"), _labelled(" huishoudens: 10.100.")
    (True, True)
    >>> _labelled("Het gebruik is hoog: 12% van de jongeren.")
    False
    """
    item = item.strip()
    return key_end(item, 0, len(item)) is not None


def key_figure_line(text: str) -> bool:
    """Whether ``text`` (one claim) is a key-figure line: label, colon, figure and no more.

    Parameters
    ----------
    text : str
        The claim's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> key_figure_line("Werkloosheid: 9,8% (NL 6,9%)")
    True
    >>> key_figure_line("Uitgaven sociaal domein per inwoner: € 1.150")
    True
    >>> key_figure_line("Bijstand per 1.000 inwoners: 28 (NL 42)")
    True
    >>> key_figure_line("Inwoners: 24.300; huishoudens: 10.100.")
    True
    >>> key_figure_line("Aandeel 75-plussers: 11%, landelijk 9%.")
    True
    >>> key_figure_line("Bijstand (2016): 41 per 1.000 inwoners, boven het landelijk gemiddelde.")
    True
    >>> key_figure_line("Jeugdzorg: 1 op de 8 kinderen, tegen 1 op de 10 landelijk.")
    False
    >>> key_figure_line("Jeugdhulp: 12% van de jongeren, tegen 10% landelijk.")
    True
    >>> key_figure_line("Daklozen: gemiddeld 20 daklozen per nacht.")
    False
    >>> key_figure_line("Banenafspraak 2016: 40 plaatsen; gerealiseerd: 31.")
    True
    >>> key_figure_line("Werkloosheid: 7%, vooral onder jongeren.")
    False
    >>> key_figure_line("De conclusie: 40% van de jongeren voelt zich eenzaam.")
    False
    >>> key_figure_line("Ambtenaren zeggen het zo: de kosten stijgen.")
    False
    """
    match = _LINE.fullmatch(text)
    if match is None:
        return False
    return all(_labelled(part) for part in text.split(";"))


#: A level with no figure set against a standard: the national level, comparable
#: municipalities, the neighbours, the region or province ("duidelijk hoger dan in
#: vergelijkbare steden", "iets onder het landelijk gemiddelde", "lager dan landelijk").
_LEVEL_LINE = re.compile(
    rf"\s*{_LABEL}:\s*(?:(?:iets|wat|duidelijk|fors|flink|veel|ruim|ver|net|licht)\s+)?"
    r"(?:(?:hoger|lager|meer|minder|groter|kleiner)\s+dan\s+(?:in\s+)?(?:het\s+|de\s+)?"
    r"|(?:boven|onder|rond)\s+(?:het\s+)?)"
    r"(?:landelijke?(?:\s+(?:gemiddelde|beeld|niveau|cijfer))?|gemiddelde|gemiddeld"
    r"|(?:vergelijkbare|omliggende|andere)\s+(?:gemeenten|steden)"
    r"|(?:de\s+)?(?:regio|provincie)|(?:in\s+)?Nederland)\s*\.?\s*",
    re.IGNORECASE,
)


def key_level_line(text: str) -> bool:
    """Whether ``text`` (one claim) is a key-value line that gives its label's level against
    a standard, with no figure: a level against an average is data, with or without a
    comparison (the annotation guideline), as a key figure is.

    Examples
    --------
    >>> key_level_line("Jeugdhulp met verblijf: duidelijk hoger dan in vergelijkbare steden.")
    True
    >>> key_level_line("Wmo-gebruik: iets onder het landelijk gemiddelde.")
    True
    >>> key_level_line("Werkloosheid: lager dan landelijk")
    True
    >>> key_level_line("Wachttijd: hoger dan vorig jaar, door personeelstekort.")
    False
    >>> key_level_line("Werkdruk: hoog, vooral in de wijken.")
    False
    """
    if ":" not in text:
        return False  # a plain test first: most claims hold no colon
    match = _LEVEL_LINE.fullmatch(text)
    return match is not None and _labelled(text)


#: A key figure's label before it, and the label of the next item right after it, in a list
#: of key figures whose lines were joined: "Inwoners: 45.210 Huishoudens: 19.800", "Aantal
#: inwoners 45.210 Aantal huishoudens 19.800".
_JOINED = r"(?:[A-Z][^\W\d]*[^:;,.()]{0,40}?:|(?:Aantal|Aandeel|Percentage)\s[^\d:;,.()]{0,40}?\s)"
_ITEM_BEFORE = re.compile(_JOINED + r"\s*(?:€\s*)?$")
_NEXT_ITEM = re.compile(r"\s+(?=" + _JOINED + r"\s*(?:€\s*)?\d)")


def next_item(text: str, number: Number, floor: int, end: int) -> bool:
    """Whether a labelled key figure is followed by the next item's label, not its noun.

    Examples
    --------
    >>> from kg.extract.numbers import find_numbers
    >>> s = "Inwoners: 45.210 Huishoudens: 19.800"
    >>> first = find_numbers(s, 0, len(s))[0]
    >>> next_item(s, first, 0, len(s))
    True
    >>> s = "Er zijn 45 Syrische statushouders: zij wonen in 12 kernen."
    >>> next_item(s, find_numbers(s, 0, len(s))[0], 0, len(s))
    False
    """
    before = text[max(floor, number.start - 50) : number.start]
    return (
        _ITEM_BEFORE.search(before) is not None
        and _NEXT_ITEM.match(text, number.end, min(end, number.end + WINDOW)) is not None
    )
