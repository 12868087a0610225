"""The cues of an orientation elsewhere, read by :mod:`kg.extract.statedlinks`: inhabitants
who work, go to school, shop or find care in another place ("veel inwoners werken in X",
"voor zorg gaan zij naar X", "de kernen zijn op X gericht", "zijn aangewezen op X").
General Dutch verbs of orientation, commuting and reliance; split out of
:mod:`kg.extract.statedlinks` (600-line limit).

Examples
--------
>>> bool(WORK_THERE.search("veel inwoners werken in de haven of in "))
True
>>> bool(ORIENTED_AFTER.search("zijn gericht op de ")), bool(ORIENTED_AFTER.search("op de "))
(True, False)
>>> bool(AT_BEFORE.search("omdat veel inwoners in de stad ")), bool(WORK_LAST.match(" werken."))
(True, True)
>>> bool(WORK_LAST.match(" werken samen"))
False
"""

from __future__ import annotations

import re

__all__ = [
    "ARTICLE",
    "AT_BEFORE",
    "GO_BEFORE",
    "INHABITANTS",
    "IN_BEFORE",
    "NEAR_BEFORE",
    "ON_BEFORE",
    "ORIENTED_AFTER",
    "ORIENTED_NEXT",
    "PURPOSE",
    "PURPOSE_BEFORE",
    "PURPOSE_NEXT",
    "RELIANT_BEFORE",
    "RELIANT_NEXT",
    "SCHOOL_NEXT",
    "TURN_TO",
    "WORK_LAST",
    "WORK_THERE",
]

#: An article before the place.
ARTICLE = r"(?:(?:de|het)\s+)?"
ORIENTED_AFTER = re.compile(
    r"\b(?:gericht|georiënteerd|georienteerd|(?:oriënteert|oriënteren|orienteert|orienteren"
    # also inverted: "Voor zorg richten de inwoners zich op X"
    r"|richt|richten)\s+(?:\w+\s+){0,3}?zich(?:\s+\w+){0,3}?)\s+op\s+" + ARTICLE + r"$",
    re.IGNORECASE,
)
#: What inhabitants go elsewhere for (an adjective may come first: "voortgezet onderwijs").
PURPOSE = (
    r"voor\s+(?:(?:hun|het|de|een)\s+)?(?:(?-i:[a-z])\w*[et]\s+)?(?:werk|werkgelegenheid|banen|voorzieningen|zorg"
    r"|onderwijs|school|scholen|winkels|boodschappen|ziekenhuis\w*|uitgaan|opleiding|studie"
    r"|vervolgonderwijs)\b"
)
#: Inhabitants working or commuting elsewhere ("veel inwoners werken in X", "forenzen naar X").
WORK_THERE = re.compile(
    r"\b(?:werken|werkt|werkten|werkte|forenzen|forenst|pendelen|pendelt)\s+(?:\w+\s+){0,2}?"
    r"(?:over\s+de\s+grens\s+)?(?:in|naar)\s+"
    # the second of two places, its preposition repeated ("werken in de haven of in X")
    r"(?:[^,;:.]{1,40}?\s(?:of|en)\s+(?:in|naar)\s+)?"
    + ARTICLE
    # a city named with its noun ("werken in de stad X")
    + r"(?:stad\s+)?$"
    # going to school or studying elsewhere ("gaan naar school in X", "volgen hun opleiding in X")
    r"|\b(?:gaan|gaat|gingen|ging)\s+(?:\w+\s+){0,2}?naar\s+(?:school|de\s+\w*school)\s+in\s+$"
    r"|\b(?:volgen|volgt|volgden)\s+(?:\w+\s+){0,2}?(?:opleiding|onderwijs|\w*school)\w*\s+in\s+$",
    re.IGNORECASE,
)
#: The verb of working or commuting last in a subordinate clause ("omdat veel inwoners in
#: (de stad) X werken", "die naar X pendelen"): the place before it, the verb after it.
AT_BEFORE = re.compile(r"\b(?:in|naar)\s+" + ARTICLE + r"(?:stad\s+)?$", re.IGNORECASE)
WORK_LAST = re.compile(
    r"\s+(?:werken|werkt|werkten|werkte|forenzen|forenst|pendelen|pendelt)\b"
    r"(?!\s+(?:samen|mee|aan)\b)",
    re.IGNORECASE,
)
#: "gaan in X naar school": the place before the school.
SCHOOL_NEXT = re.compile(
    r"\s+(?:naar\s+(?:school|de\s+\w*school)|studeren|op\s+school)\b", re.IGNORECASE
)
IN_BEFORE = re.compile(r"\b(?:gaan|gaat|gingen|ging)\s+(?:\w+\s+){0,2}?in\s+$", re.IGNORECASE)
INHABITANTS = re.compile(
    r"\b(?:inwoners|bewoners|gezinnen|huishoudens|ouderen|patiënten|werkenden|werknemers"
    r"|werkzoekenden|cliënten|mensen"
    r"|forensen|pendelaars|beroepsbevolking"
    r"|jongeren|kinderen|leerlingen|scholieren|studenten)\b",
    re.IGNORECASE,
)
#: "de nabijheid van (de grens met) X voor werk": X is where they turn to.
NEAR_BEFORE = re.compile(
    r"\bnabijheid\s+van\s+(?:de\s+grens\s+met\s+)?" + ARTICLE + r"$", re.IGNORECASE
)
PURPOSE_NEXT = re.compile(r"\s+" + PURPOSE, re.IGNORECASE)
#: "gaan (vaak) naar X voor zorg": going to the place, the purpose after it.
GO_BEFORE = re.compile(
    r"\b(?:gaan|gaat|gingen|ging|trekken|trekt|reizen|reist|uitwijken|uitwijkt|uitweken)"
    r"\s+(?:\w+\s+){0,2}?naar\s+" + ARTICLE + r"$",
    re.IGNORECASE,
)
#: People finding help in a place ("kunnen terecht in (de opvang in) X").
TURN_TO = re.compile(
    r"\bterecht\s+(?:(?:in|bij)\s+(?:de|het|een)\s+[\w-]+\s+)?in\s+" + ARTICLE + r"$", re.IGNORECASE
)
#: "voor hun werk naar X": the purpose before the place; a second purpose may be coordinated
#: ("voor het ziekenhuis en de winkels eerder naar X").
PURPOSE_BEFORE = re.compile(
    r"\b"
    + PURPOSE
    + r"(?:\s+(?:en|of)\s+(?:(?:de|het|hun)\s+)?\w+)?\s+(?:\w+\s+){0,3}?naar\s+"
    + ARTICLE
    + r"$",
    re.IGNORECASE,
)
ON_BEFORE = re.compile(r"\bop\s+" + ARTICLE + r"$", re.IGNORECASE)
ORIENTED_NEXT = re.compile(
    r"\s+(?:(?:is|zijn|was|waren)\s+)?(?:gericht|georiënteerd|georienteerd)\b", re.IGNORECASE
)
#: Inhabitants relying on a place for care or work ("zijn aangewezen op X", "op X aangewezen").
RELIANT_BEFORE = re.compile(r"\baangewezen\s+op\s+" + ARTICLE + r"$", re.IGNORECASE)
RELIANT_NEXT = re.compile(r"\s+(?:(?:is|zijn|was|waren)\s+)?aangewezen\b", re.IGNORECASE)
