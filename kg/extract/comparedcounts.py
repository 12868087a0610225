"""A count set against an earlier or an expected one: "60 meldingen, tegen 45 een jaar eerder".

Dutch reports often state a change by its two figures rather than by a verb of rising:
the present count, then "tegen" and the count of an earlier moment ("ruim 520 aanvragen,
tegen 410 in 2014", "80 meldingen, tegen 95 het jaar ervoor"), or a multiple of a count
("twee keer zoveel meldingen als verwacht", "drie keer zo veel aanmeldingen als in 2014").
A count of a quantity that is bad to have high (:mod:`kg.extract.direction`, "meldingen",
"aanmeldingen", "uitkeringen") that rose reads as a growing burden, negative; one that
fell as relief, positive (and the other way round for a quantity good to have high), as
"een kwart meer dan het jaar ervoor" is read by the direction words already
(tests/gold/README.md: a Veilig Thuis count is neutral bare and negative with a rise).
The figures (counts, not shares: "46%, tegen 38%" is a share's level) are compared as
numbers: the later one higher is a rise. "tegen" counts only
before a figure with its moment ("in 2014", "een jaar eerder", "het jaar ervoor"), never
before a place's figure ("tegen 18% landelijk", a level: :mod:`kg.extract.measuredproblems`);
a count that is no quantity of the direction list ("statushouders", a task) judges nothing.
General Dutch: "tegen" as "compared with" (Van Dale, "tegen" 9), "N keer zoveel".
"""

from __future__ import annotations

import re

from kg.extract.direction import quantity_sign
from kg.extract.toneframes import Cue

__all__ = ["compared"]

#: A figure: digits with thousands points or a decimal comma ("1.350", "7,8").
_FIGURE = r"\d[\d.]*(?:,\d+)?"
#: A hedge before a figure ("ongeveer", "ruim").
_HEDGE = r"(?:(?:ongeveer|circa|ruim|bijna|zo'n|rond|nog|maar|slechts)\s+)?"
#: The earlier moment after the earlier figure: a year, "een jaar eerder", "het jaar ervoor".
_MOMENT = (
    r"(?:(?:in|eind|begin)\s+)?(?:19|20)\d\d\b"
    r"|(?:een|twee|drie|vier|vijf|\d+)\s+jaar\s+(?:eerder|daarvoor|ervoor|geleden)\b"
    r"|(?:het|een)\s+(?:jaar|kwartaal)\s+(?:ervoor|daarvoor|eerder)\b|vorig\s+jaar\b"
)
#: "N …, tegen M <moment>": the present figure (not a year), up to four words to its counted
#: noun, the rest of the clause, then the earlier figure with its moment.
_AGAINST = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d\b)(?P<now>" + _FIGURE + r")(?!\s*%|\s+procent)"
    r"(?P<words>(?:\s+[^\W\d][\w\u00e0-\u00ff-]*){1,4})[^.;:()]{0,80}?,\s+tegen\s+" + _HEDGE
    + r"(?P<then>" + _FIGURE + r")\s+(?:" + _MOMENT + r")",
    re.IGNORECASE,
)  # fmt: skip
#: "twee keer zoveel (…) als verwacht" (or "zo veel", "als in 2014"), a multiple of the
#: count expected or of an earlier moment: a rise. One set against a place ("twee keer zoveel
#: als in de buurgemeente") is a level, read by the direction words or not at all.
_MULTIPLE = re.compile(
    r"\b(?:twee|drie|vier|vijf|tien|\d+)\s+keer\s+zo\s?veel\b"
    r"(?=(?:\s+[\w-]+){0,4}?\s+als\s+(?:(?:we|wij|men|ze|zij|er)\s+(?:\w+\s+)?)?"
    r"(?:(?:eerder|vooraf)\s+)?"
    r"(?:verwacht|voorzien|geraamd|begroot|gedacht|gepland|gehoopt|gevreesd|aangenomen"
    r"|" + _MOMENT + r"))",
    re.IGNORECASE,
)
#: Words looked at for the counted noun on either side of a multiple.
_NEAR = 4


def _number(figure: str) -> float:
    """The value of a Dutch figure.

    Examples
    --------
    >>> _number("1.350"), _number("7,8"), _number("45")
    (1350.0, 7.8, 45.0)
    """
    return float(figure.replace(".", "").replace(",", "."))


def _counted(words: list[str]) -> int:
    """The sign of the first quantity among ``words`` (0: none counted).

    Examples
    --------
    >>> _counted(["meldingen", "uit"]), _counted(["statushouders"])
    (-1, 0)
    """
    for word in words:
        if sign := quantity_sign(word.strip(".,;:!?'\"()")):
            return sign
    return 0


def compared(text: str, start: int, end: int) -> list[Cue]:
    """The cues of the counts in ``text[start:end]`` set against an earlier or expected count.

    Examples
    --------
    >>> s = "Het meldpunt ontving 75 meldingen uit de wijk, tegen 50 een jaar eerder."
    >>> [(s[c.start:c.end], c.sign) for c in compared(s, 0, len(s))]
    [('75 meldingen uit de wijk, tegen 50 een jaar eerder', -1)]
    >>> s = "De kredietbank noteerde 90 aanmeldingen, tegen 120 in 2014."
    >>> [c.sign for c in compared(s, 0, len(s))]
    [1]
    >>> s = "Het steunpunt kreeg drie keer zoveel aanmeldingen als verwacht."
    >>> [c.sign for c in compared(s, 0, len(s))]
    [-1]
    >>> s = "De stad telt 21% ouderen, tegen 18% landelijk."
    >>> compared(s, 0, len(s))
    []
    """
    cues: list[Cue] = []
    if text.find(", tegen ", start, end) >= 0:
        for m in _AGAINST.finditer(text, start, end):
            now, then = _number(m["now"]), _number(m["then"])
            sign = _counted(m["words"].split()) if now != then else 0
            if sign:
                cues.append(Cue(m.start(), m.end(), sign if now > then else -sign))
    if text.find("keer zo", start, end) >= 0:
        for m in _MULTIPLE.finditer(text, start, end):
            before = text[max(start, m.start() - 80) : m.start()].split()[-_NEAR:]
            after = text[m.end() : min(end, m.end() + 80)].split()[:_NEAR]
            if sign := _counted(after) or _counted(before[::-1]):
                cues.append(Cue(m.start(), m.end(), sign))
    return cues
