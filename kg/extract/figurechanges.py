"""The change a figure is the amount or the new level of, read from the words around it.

"een daling van € 3,4 miljoen", "is gestegen tot 1.200", "daalde het aantal
cliënten met 8%", "is met 8% gedaald", "steeg van 300 naar 450": the figure gets
the comparison ``higher`` or ``lower`` of its change; a figure in brackets after
a level ("is relatief hoog (23%)") gets the comparison of that level. The words
of change are general Dutch (nouns and verbs of rising and falling, the
particles of separable verbs); each look-around reads a bounded window before or
after the figure.
"""

from __future__ import annotations

import re

from kg.extract.changewords import FALLEN, RISEN
from kg.extract.numbers import WINDOW, Number
from kg.extract.prefixscan import may_hold_in

__all__ = ["change_after", "change_before", "level_before", "reach"]

#: A change stated right before its figure: "een daling van € 3,4 miljoen", "een stijging van
#: 10%", "is gestegen tot 1.200", "liep … op tot zes weken", "nam af met 5%".
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?P<up_n>stijging|toename|groei|verhoging|verdubbeling)"
    r"|\b(?P<down_n>daling|afname|vermindering|verlaging|teruggang|krimp)"
    r")\s+(?:van\s+)?$"
    r"|(?:\b(?P<up_v>gestegen|steeg|stegen|stijgt|stijgen|toegenomen|gegroeid|groeide|groeiden"
    r"|groeit|opgelopen|verhoogd|opgehoogd|verruimd|verdubbeld|verdubbelde|verdubbelden|op|toe"
    # an infinitive after a modal verb: "zal oplopen tot", "kan stijgen tot"
    r"|oplopen|toenemen|groeien|verhogen|verdubbelen"
    # the joined separable verb closing a subordinate clause: "die opliep tot"
    r"|oploopt|opliep|opliepen|toeneemt|toenam|toenamen)"
    r"|\b(?P<down_v>gedaald|daalde|daalden|daalt|dalen|afgenomen|gekrompen|verlaagd"
    r"|gehalveerd|halveerde|teruggelopen|terug|af|afnemen|teruglopen|krimpen|verlagen"
    r"|halveren|afneemt|afnam|afnamen|terugloopt|terugliep|teruglopen"
    # brought down by a decision: "is teruggebracht tot drie weken", "versoberd naar twee uur"
    r"|teruggebracht|ingekort|verkort|versoberd|verminderd))"
    # the old level between, with its unit or an average: "van (gemiddeld) vier (uur) naar"
    r"(?:\s+van\s+(?:gemiddeld\s+)?[\w.,]+(?:\s+[^\W\d]+)?(?=\s+naar\s))?"
    # the new level after a comma or an average: "is opgelopen, tot gemiddeld 45"
    r",?\s+(?:met|tot|naar)\s+(?:gemiddeld\s+)?$",
    re.IGNORECASE,
)
#: Words one of which every match of ``_CHANGE_BEFORE`` holds: its noun of change, or the
#: "met", "tot" or "naar" after its verb (a cheap test before the search).
_CHANGE_WORDS: tuple[str, ...] = ("stijging", "toename", "groei", "verhoging", "verdubbeling")
_CHANGE_WORDS += ("daling", "afname", "vermindering", "verlaging", "teruggang", "krimp")
_CHANGE_WORDS += ("met", "tot", "naar")
#: A verb of change anywhere in the clause before "met"/"tot" and a figure.
_CHANGE_VERB = re.compile(
    r"\b(?:(?P<up>gestegen|steeg|stegen|stijgt|stijgen|toegenomen|gegroeid|groeide|groeiden"
    r"|groeit|groeien|(?:nam|namen|neemt|nemen)\s+(?:\w+\s+)?toe"
    r"|(?:liep|liepen|loopt|lopen)\s+(?:\w+\s+)?op|opgelopen|oploopt|opliep|opliepen"
    r"|toeneemt|toenam|toenamen)"
    r"|(?P<down>gedaald|daalde|daalden|daalt|dalen|afgenomen|gekrompen|kromp|krimpt|krimpen"
    r"|teruggelopen"
    r"|(?:nam|namen|neemt|nemen)\s+(?:\w+\s+)?af|(?:liep|liepen|loopt|lopen)\s+(?:\w+\s+)?terug))\b",
    re.IGNORECASE,
)
#: Finite verbs and infinitives of rising and falling, which close a subordinate clause or
#: follow a modal: "dat het aantal met 10% stijgt", "zal met 10 procent dalen".
_RISE: tuple[str, ...] = (
    "stijgen",
    "stijgt",
    "steeg",
    "stegen",
    "toenemen",
    "toeneemt",
    "toenam",
    "toenamen",
)
_RISE += ("groeien", "groeit", "groeide", "groeiden", "oplopen", "oploopt", "opliep")
_FALL: tuple[str, ...] = (
    "dalen",
    "daalt",
    "daalde",
    "daalden",
    "afnemen",
    "afneemt",
    "afnam",
    "afnamen",
)
_FALL += ("krimpen", "krimpt", "kromp", "teruglopen", "terugloopt", "terugliep")
# shrunk and brought back by an amount: "is met een derde geslonken", "met 30% teruggebracht"
_FALL += ("geslonken", "teruggebracht")
#: A change stated after its amount or its new level: "is met 8% gedaald", "nam met 12
#: procent toe", "is van 3% naar 4% gestegen" (a verb within three words, a separable
#: particle only at the end of the clause or before the new level: "nam met 12% toe tot 2.400").
_CHANGE_AFTER = re.compile(
    rf"\s+(?:[^\W\d][\w-]*\s+){{0,3}}?(?:(?P<up>{'|'.join(RISEN + _RISE)}"
    r"|(?:toe|op)(?=\s*(?:[,.;:)]|$|(?:tot|naar)\s)))|(?P<down>" + "|".join(FALLEN + _FALL) + "|"
    r"(?:af|terug)(?=\s*(?:[,.;:)]|$|(?:tot|naar)\s))))\b",
    re.IGNORECASE,
)
#: Going forward or back by an amount: "gaat er € 40 per inwoner op achteruit", "ging er
#: 2 miljoen op vooruit" (the form of "gaan" before the amount, the particles after it).
_ON_BALANCE_AFTER = re.compile(
    r"\s+(?:[^\W\d][\w-]*\s+){0,3}?op\s+(?P<dir>vooruit|achteruit)\b", re.IGNORECASE
)
_GOES = re.compile(r"\b(?:gaat|gaan|ging|gingen|gegaan)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:die|dat|wat|waar|wie)\b", re.IGNORECASE)
#: "met", "tot" or "naar" before the amount, also with an average between: "met gemiddeld een
#: half uur per week versoberd".
_AMOUNT_OF_CHANGE = re.compile(r"\b(?:met|tot|naar)\s+(?:gemiddeld\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\b(?:met|tot|naar)\s+(?:\S+\s+)?$", re.IGNORECASE)
#: The words between the old and the new level of a change: "van 300 naar 450", "van 1.100
#: in 2015 tot 950 in 2016", "van 1.200 (2014) naar 1.450 (2015)".
_TO_NEW_LEVEL = re.compile(
    r"\s*(?:(?:in\s+\d{4}|\(\s*\d{4}\s*\))\s+)?(?:naar|tot)\s+$", re.IGNORECASE
)


def change_before(text: str, pos: int, floor: int) -> str | None:
    """``higher`` or ``lower`` when a word of change ends right before ``pos``.

    Examples
    --------
    >>> s = "Voor de Wmo wordt een daling van € 3,4 miljoen verwacht."
    >>> change_before(s, s.index("€"), 0)
    'lower'
    >>> s = "De wachttijd liep op tot zes weken."
    >>> change_before(s, s.index("zes"), 0)
    'higher'
    >>> s = "Tussen 2014 en 2016 daalde het aantal cliënten met 8%."
    >>> change_before(s, s.index("8%"), 0)
    'lower'
    >>> change_before("Er wonen 30.000 mensen.", 9, 0) is None
    True
    """
    lo = max(floor, pos - 40)
    m = _CHANGE_BEFORE.search(text[lo:pos]) if may_hold_in(text, lo, pos, _CHANGE_WORDS) else None
    if m:
        return "higher" if m.group("up_n") or m.group("up_v") else "lower"
    if not _BY.search(text, max(floor, pos - 12), pos):
        return None
    # "daalde het aantal jongeren met jeugdhulp met 8%": the verb opens the clause (not one
    # of a clause before a colon: "zien het aantal stijgen: huishoudens met meer dan tien …")
    lo = max(floor, pos - WINDOW)
    lo = max(lo, text.rfind(":", lo, pos) + 1, text.rfind(";", lo, pos) + 1)
    verbs = list(_CHANGE_VERB.finditer(text, lo, pos))
    if not verbs:
        return None
    return "higher" if verbs[-1].group("up") else "lower"


def reach(text: str, start: int, floor: int, pos: int) -> int:
    """Where the words of change of the figure at ``pos`` may start (``floor``, the end of
    the figure before it), or the sentence's ``start`` when that figure is the old level
    ("steeg van 300 naar 450": the verb before "van 300" states the change to 450).

    Examples
    --------
    >>> s = "Het aantal steeg van 300 naar 450."
    >>> reach(s, 0, s.index("300") + 3, s.index("450"))
    0
    >>> reach(s, 0, 5, s.index("300"))
    5
    """
    return start if _TO_NEW_LEVEL.fullmatch(text, floor, pos) else floor


def change_after(text: str, number: Number, start: int, floor: int, ceiling: int) -> str | None:
    """``higher`` or ``lower`` when the figure is the amount or new level of a change after it.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal cliënten is met 8% gedaald."
    >>> n = Number(s.index("8"), s.index("%") + 1, Decimal(8), "percent", "digits")
    >>> change_after(s, n, n.start, 0, len(s))
    'lower'
    >>> s = "De gemeente gaat er € 40 per inwoner op achteruit."
    >>> n = Number(s.index("€"), s.index("40") + 2, Decimal(40), "EUR per inhabitant", "digits")
    >>> change_after(s, n, n.start, 0, len(s))
    'lower'
    >>> s = "Het team werkt met 8 mensen op de wijk."
    >>> n = Number(s.index("8"), s.index("8") + 1, Decimal(8), "count", "digits")
    >>> change_after(s, n, n.start, 0, len(s)) is None
    True
    """
    balance = _ON_BALANCE_AFTER.match(text, number.end, min(ceiling, number.end + WINDOW))
    if balance and _GOES.search(text, max(floor, start - WINDOW), start):
        # "gaat er € 40 per inwoner op achteruit": the amount the municipality gains or loses
        return "higher" if balance.group("dir").lower() == "vooruit" else "lower"
    if not _AMOUNT_OF_CHANGE.search(text, max(floor, start - 16), start):
        return None
    m = _CHANGE_AFTER.match(text, number.end, min(ceiling, number.end + WINDOW))
    if not m or _RELATIVE.search(m.group()):
        return None  # "met 8 mensen die stijgen in hun rol": a relative clause's verb
    return "higher" if m.group("up") else "lower"


#: A level or a comparison with the average right before a figure in brackets: "is relatief
#: hoog (23%)", "ligt lager dan gemiddeld (6,1%)".
_LEVEL_BEFORE = re.compile(
    r"\b(?:(?P<level>hoog|laag|groot|klein|gering)|(?P<cmp>hoger|lager|groter|kleiner)\s+dan"
    r"\s+(?:het\s+)?(?:landelijke?(?:\s+gemiddelde)?|gemiddeld|gemiddelde))\s*\(\s*$",
    re.IGNORECASE,
)


def level_before(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The comparison of a figure in brackets after its level: "relatief hoog (23%)".

    Examples
    --------
    >>> s = "Het aandeel is relatief hoog (23%), de werkloosheid lager dan gemiddeld (6%)."
    >>> level_before(s, 0, s.index("23")), level_before(s, 0, s.index("6%"))
    (('higher', None), ('lower', 'national average'))
    """
    m = _LEVEL_BEFORE.search(text, start, end)
    if m is None:
        return None, None
    word = (m.group("level") or m.group("cmp")).lower()
    comparison = "lower" if word in {"laag", "klein", "gering", "lager", "kleiner"} else "higher"
    return comparison, "national average" if m.group("cmp") else None
