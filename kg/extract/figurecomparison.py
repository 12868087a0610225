"""The comparison and reference a figure's own clause states after it.

"7,4%, hoger dan het landelijk gemiddelde", "met 3% laag", "rond het landelijk
gemiddelde", "twee keer zo hoog als in 2014": the words after a figure, up to a
clause of its own, set it against the country, comparable
municipalities (the size class), other municipalities, a named place or an earlier year.
"""

from __future__ import annotations

import re

from kg.extract.changewords import reference_of
from kg.extract.comparedlevels import against_reference
from kg.extract.namedaverages import named_average, named_neighbour
from kg.extract.numberform import Number
from kg.extract.numbers import WINDOW
from kg.extract.numberwords import WORD_NUMBERS

__all__ = ["COMPARISON_WORDS", "DENOMINATOR", "EARLIER", "comparison_after", "comparison_end"]

COMPARISON_WORDS = {
    "meer": "more",
    "minder": "less",
    "hoger": "higher",
    "lager": "lower",
    "groter": "higher",
    "kleiner": "lower",
    "onder": "lower",
    "beneden": "lower",
    "boven": "higher",
    "zo hoog": "higher",
    "zo laag": "lower",
    "zo groot": "higher",
    "zo klein": "lower",
    "zo vaak": "higher",
    "zo veel": "higher",
    "zo duur": "higher",
    "zoveel": "higher",  # "drie keer zoveel meldingen als": a ratio of levels
    "vaker": "more",  # "drie keer vaker gebruik van jeugdhulp dan gemiddeld"
    "gelijk aan": "equal",
}
#: Words of an equal level: "net zo hoog als", "even vaak als", "evenveel als landelijk"
#: (before the comparatives they hold: "net zo vaak" is no "zo vaak" of a ratio).
_EQUAL = r"(?:net\s+zo|even)\s+(?:hoog|laag|groot|klein|vaak|veel)|evenveel|net\s+zoveel"
_CMP = re.compile(
    rf"\b({_EQUAL}|gelijk aan|zo hoog|zo laag|zo groot|zo klein|zo vaak|zo veel"
    r"|zo duur|zoveel|meer|minder|vaker|hoger|lager|groter|kleiner|onder"
    r"|beneden|boven|rond het|op het(?=\s+[\w-]+\s+gemiddelde)|vergelijkbaar met|overeen met"
    r"|overeenkomt met|in lijn met)\b"
)
#: Words of an equal level that compare only with a reference they name ("rond het landelijk
#: gemiddelde", "komt overeen met het gemiddelde"; not "rond de 800").
_LIKE = frozenset(
    ("rond het", "vergelijkbaar met", "overeen met", "overeenkomt met", "in lijn met")
    # "zit met 34% op het regionale gemiddelde": on the average, as "rond het"
    + ("op het",)
)
COMPARISON_WORDS.update(dict.fromkeys(_LIKE, "equal"))
#: A level right after a figure: "met 3% laag", "met ruim 500 relatief klein", and after a
#: figure in brackets and the copula: "Het aandeel ouderen (21%) is hoog".
_LEVEL_AFTER = re.compile(
    r"\s*(?:\)\s*(?:(?:is|zijn|was|waren|ligt|liggen|lag|lagen|blijft|blijven)\s+)?)?"
    # the group a share is of: "met 9% van de jongeren gemiddeld"
    r"(?:van\s+(?:de|het|alle)\s+[^\W\d][\w-]*\s+)?"
    r"(?:(?:relatief|vrij|erg|zeer|nog|ook|daarmee|opvallend|juist|naar\s+verhouding)\s+)*"
    r"(?:(?P<level>laag|hoog|klein|groot|gering)\b"
    # "is met 9% (van de jongeren) gemiddeld", "met 31% juist bovengemiddeld": the average's
    r"|(?P<avg>bovengemiddeld|ondergemiddeld|gemiddeld)(?=\s*(?:[,.;:)]|$|en\b|maar\b)))"
)
#: The comparison of a figure said to be (above, below) average.
_AVERAGE_LEVEL = {"bovengemiddeld": "higher", "ondergemiddeld": "lower", "gemiddeld": "equal"}
#: An earlier year or the year before as what a figure is set against: "ten opzichte van
#: 2015", "twee keer zo hoog als die van 2014", "dan in 2014", "vergeleken met vorig jaar".
EARLIER = re.compile(
    r"[^.;:()]{0,60}?\b(?:ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met"
    r"|in\s+vergelijking\s+met|dan|als)\s+(?:(?:die|dat)\s+van\s+|in\s+)?"
    r"(?:(?:19|20)\d\d|vorig\s+jaar|het\s+jaar\s+ervoor|een\s+jaar\s+eerder)\b",
    re.IGNORECASE,
)
DENOMINATOR = re.compile(r"\bper\s+(?:[\d.]+\s+)?\w+", re.IGNORECASE)
#: "meer dan" / "minder dan" before a number word: the qualifier of the next figure.
_NEXT_QUALIFIER = re.compile(
    r"\b(?:meer|minder)\s+dan\s+(?:(?:"
    + "|".join(sorted((w for w in WORD_NUMBERS if w not in {"een", "één", "eén"}), key=len))
    + r")\w*|één|eén)(?!\w)|\b(?:meer|minder)\s+dan\s*$",
    re.IGNORECASE,
)
#: The words of :func:`comparison_after`: where a clause of its own begins after a figure, and
#: the references and comparative words of the clause (all matched in lower case).
_OWN_CLAUSE = re.compile(
    r"[;(]|\s(?:namelijk|maar)\s|\d|\sen\s+(?:de|het|er)\s"
    # a comma, then a subject of its own and its verb: "5%, het aantal X ligt hoger"
    r"|,\s+(?:de|het)\s+(?=[^,;:]{0,60}?\b(?:ligt|liggen|lag|lagen|is|zijn|was|waren|blijft)\b)"
)
#: The end of an aside in brackets whose figure has its own noun: "(ruim 99.000 inwoners)"
#: counts the municipality aside; what follows the bracket compares the sentence's subject
#: (a bare bracketed level, "Het aandeel ouderen (15%) ligt lager", is the subject's own).
_ASIDE_END = re.compile(
    r"\s+(?!(?:in|op|per|van|tegen|landelijk|gemiddeld|en|of|eind|begin|t\.o\.v)\b)"
    r"[^\W\d][^()\d;]*?(?=\))",
    re.IGNORECASE,
)
#: What looks like the start of a clause of its own but is not: an age bound after a share,
#: and the semicolon before "dat is" that goes on about the figure.
_NOT_OWN = re.compile(
    r"\b\d+\s+jaar\s+(?:of|en)\s+(?:ouder|jonger)\b|\b\d+-plussers?\b"
    r"|;(?=\s+(?:dat|dit)\s+(?:is|was|ligt|lag)\s)"
)
_AVERAGE = re.compile(r"\b(?:gemiddeld|landelijke?|gemiddelde)\b")
_SIZE_CLASS = re.compile(r"\b(?:kleine|vergelijkbare)\s+gemeenten")
_OTHERS = re.compile(r"\b(?:andere|overige|omliggende|omringende|naburige)\s+gemeenten\b")
_THAN = re.compile(r"\b(?:dan|als)\s")
_AGAINST = re.compile(r"\b(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van)\s")
#: A plan or forecast after "dan" or "als": "hoger dan begroot", "meer dan verwacht" (the
#: participles of :mod:`kg.extract.changes`; not an impression, "dan gedacht").
_THAN_PLAN = re.compile(
    r"\b(?:dan|als)\s+(?:(?:eerder|vooraf|aanvankelijk)\s+)?(?:verwacht|begroot|geraamd|voorzien"
    r"|gepland|voorspeld|geprognosticeerd|gevreesd|gehoopt)\b"
)
_THAN_WORD = re.compile(r"\b(?:dan|als)\b")
#: A noun between a comparative and "dan": the comparison is that noun's, not the figure's,
#: unless it stands right after the figure ("4% meer ouderen dan gemiddeld").
_OTHER_NOUN_THAN = re.compile(r"e?\s+(?:een\s+)?[^\W\d][\w-]*\s+dan\b")


#: The rest of a ratio "het dubbele van" after its first word: what follows "van" is what
#: the figure is set against, as after "zo hoog als".
_DOUBLE_OF = re.compile(r"\s*((?:drie)?dubbele\s+van)\b")


def _double_as_than(tail: str) -> str:
    """``tail`` with "dubbele van" after a ratio's first word read as "zo hoog als" (as long).

    Examples
    --------
    >>> _double_as_than(" dubbele van vorig jaar")
    ' zo hoog als vorig jaar'
    """
    double = _DOUBLE_OF.match(tail)
    if double is None:
        return tail
    as_than = "zo hoog als".ljust(len(double.group(1)))
    return tail[: double.start(1)] + as_than + tail[double.end(1) :]


def _reference(tail: str, clause: str, original: str, compared: bool, level: bool) -> str | None:
    """The reference the clause after a figure names (``compared``: a comparative in it;
    ``level``: a level word right after the figure)."""
    # every match of EARLIER holds "jaar" or a year ("19…", "20…"): a cheap test first
    if ("jaar" in tail or "19" in tail or "20" in tail) and EARLIER.match(tail):
        return "previous year"
    if "grootteklasse" in clause or _SIZE_CLASS.search(clause):
        return "comparable municipalities"  # also "dan gemiddeld in deze grootteklasse"
    if _AVERAGE.search(clause):  # "het regionale gemiddelde", "het Limburgse gemiddelde"
        return named_average(original) or _within(reference_of(original)) or "national average"
    if "gemeenten" in clause and _OTHERS.search(clause):
        return "other municipalities"
    if compared and _THAN_PLAN.search(clause):  # "een kwart hoger dan begroot"
        return "expected"
    if compared and _THAN.search(clause):  # "lager dan in de provincie", "dan in Limburg"
        # "dan in Twente als geheel", "dan in het naburige Buren"
        return named_average(original) or named_neighbour(original) or reference_of(original)
    if level and (against := _AGAINST.search(clause)):  # "(4%) is laag in vergelijking met …"
        return against_reference(clause[against.start() :])
    return None


def _within(reference: str | None) -> str | None:
    """A province or region as the reference of an average; None for any other."""
    return reference if reference in {"province", "region"} else None


def comparison_after(text: str, pos: int, end: int) -> tuple[str | None, str | None]:
    """Comparison and reference in the clause after a figure (a bounded window).

    Parameters
    ----------
    text : str
        The document text.
    pos, end : int
        Where the figure ends, and the end of its sentence.

    Returns
    -------
    tuple of (str or None, str or None)
        The comparison ("higher", "equal", …) and its reference ("national average",
        "province", "previous year", …); both None when the clause compares nothing.

    Examples
    --------
    >>> s = "De werkloosheid is 5%, net zo hoog als in de provincie."
    >>> comparison_after(s, s.index("%") + 1, len(s))
    ('equal', 'province')
    >>> s = "Het aandeel is 7,4%, hoger dan het landelijk gemiddelde."
    >>> comparison_after(s, s.index("%") + 1, len(s))
    ('higher', 'national average')
    >>> s = "Het tekort is het dubbele van vorig jaar."
    >>> comparison_after(s, s.index(" dubbele"), len(s))
    ('higher', 'previous year')
    >>> s = "De kosten waren 8% hoger dan begroot."
    >>> comparison_after(s, s.index("%") + 1, len(s))
    ('higher', 'expected')
    >>> s = "Het gebruik is met 9% van de jongeren gemiddeld."
    >>> comparison_after(s, s.index("%") + 1, len(s))
    ('equal', 'national average')
    """
    tail = text[pos : min(end, pos + 2 * WINDOW)].lower()
    tail = _double_as_than(tail)  # "het dubbele van vorig jaar": "zo hoog als vorig jaar"
    if "jaar" in tail or ";" in tail or "plusser" in tail:
        # an age bound is no figure of its own ("18% 65 jaar of ouder, evenveel als
        # landelijk", "34% eenzame 65-plussers"), and "; dat is" goes on about the figure
        # ("…; dat is minder dan landelijk"): neither starts a clause of its own
        tail = _NOT_OWN.sub(lambda d: " " * len(d.group()), tail)
    if "per " in tail:  # "met 35 per 1.000 inwoners lager dan …": a denominator, no new clause
        tail = DENOMINATOR.sub(lambda d: " " * len(d.group()), tail)
    # a clause of its own after the figure ("… 35.000 inwoners en het aandeel ouderen is
    # hoger dan gemiddeld") compares its own subject, not the figure
    clause = _OWN_CLAUSE.split(tail, maxsplit=1)[0]
    aside = _ASIDE_END.match(clause)
    if aside:  # "(ruim 99.000 inwoners) is … boven het gemiddelde": the sentence's subject's
        clause = aside.group()
    clause = _NEXT_QUALIFIER.sub(" ", clause)  # "… en heeft minder dan tien": the next figure's
    original = text[pos : pos + len(clause)]  # names keep their capitals: "dan in Limburg"
    comparison = reference = None
    m = _CMP.search(clause)
    if m and m.start() > 1 and _OTHER_NOUN_THAN.match(clause, m.end()):
        m = None  # "43.000 inwoners, waarvan meer ouderen dan gemiddeld": another noun's
    level = _LEVEL_AFTER.match(clause)
    if m:
        word = m.group(1)
        comparison = "equal" if re.fullmatch(_EQUAL, word) else COMPARISON_WORDS[word]
    elif level and level.group("avg"):  # "is met 9% gemiddeld": the national average's
        comparison, reference = _AVERAGE_LEVEL[level.group("avg").lower()], "national average"
        level = None  # the reference is read
    elif level:  # "is met 3% laag", "met ruim 500 relatief klein in vergelijking met …"
        comparison = "lower" if level.group("level") in {"laag", "klein", "gering"} else "higher"
    reference = _reference(tail, clause, original, bool(m), bool(level)) or reference
    if (
        comparison in {"more", "less", "higher", "lower"}
        and reference is None
        and not _THAN_WORD.search(clause)
        and not level
    ):
        comparison = None
    if m and m.group(1) in _LIKE and reference is None:
        comparison = None  # "rond de 800" is no level
    if comparison is None:
        reference = None  # "ongeveer 21.000 inwoners, en de grootteklasse …" compares nothing
    return comparison, reference


#: The end of a figure's words when the next figure stands in apposition to it: a comma,
#: then at most two words before the next figure ("520 meldingen, een derde meer",
#: "120 huishoudens uit de gemeente, zo’n twintig meer").
_APPOSED = re.compile(r",\s+(?:[^\W\d]+\s+){0,2}$")


def comparison_end(text: str, numbers: list[Number], i: int, ceiling: int) -> int:
    """Where the comparison of ``numbers[i]`` may be read up to: ``ceiling`` (the next
    figure) when that figure states its own comparison, -1 (the sentence's end) otherwise.

    A ratio after a figure compares itself ("52 uitkeringen, bijna twee keer zo veel als in
    2015"), and so does a difference set after it in apposition ("520 meldingen, een derde
    meer dan het jaar ervoor"): the level before it states no comparison of its own.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Er kwamen 520 meldingen, een derde meer dan het jaar ervoor."
    >>> a = Number(10, 13, Decimal(520), "count", "digits")
    >>> b = Number(25, 34, Decimal("33.3"), "percent", "share")
    >>> comparison_end(s, [a, b], 0, 25), comparison_end(s, [a, b], 1, len(s))
    (25, -1)
    >>> s = "Er kwamen 520 meldingen en 30 klachten, meer dan vorig jaar."
    >>> comparison_end(s, [a, Number(27, 29, Decimal(30), "count", "digits")], 0, 27)
    -1
    """
    if i + 1 >= len(numbers):
        return -1
    number, following = numbers[i], numbers[i + 1]
    if following.form == "ratio" or _APPOSED.search(text, number.end, following.start):
        return ceiling
    return -1
