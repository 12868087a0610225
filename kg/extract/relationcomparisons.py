"""Comparisons with other municipalities: the rows of the relation cue table of
:mod:`kg.extract.relationcues` that read a level set against another municipality's.

A comparison names the other municipality in three ordinary Dutch constructions
(ANS, "vergelijkende constructies"; gold: "a figure of the authors set against a named
municipality gives compares-with that municipality"):

- a comparative with "dan" before a noun phrase that holds the others: "lager dan in A (21%)
  en B", "vaker dan hun collega's in A en B", "hoger dan die van A", "meer dan de inwoners
  van A"; a bracketed figure after a member does not end the list;
- an equal or a multiple written as one word: "anderhalf keer zoveel als in A",
  "evenvaak als bij A" (the two-word "zo veel als" is a row of :data:`PLAIN_LIST_ROWS`);
- a gapped clause that leaves the own figure out: "…; in A lag die iets hoger, in B en C
  duidelijk lager", "…: in A en B maken ouderen vaker gebruik van de hulp (dan in de
  stad)". The clause opens with "in" and the others, and holds a comparative of level;
  a "dan" with a named party ("hoger dan in C") compares A with C, not with the profile's
  municipality, and a change ("hoger geworden") is no comparison.

Only municipalities are compared (:mod:`kg.extract.relationobjects`), so a region or
the country after "dan in" gives nothing here.

Two rows of :data:`PLAIN_LIST_ROWS` read a plain list of names (no bracketed figures, up
to five names joined by commas or "en") right after "dan" ("lager dan in A en B", "beter
dan buurgemeente A", "dan in het naburige A") and after an equal or a multiple in two words
("twee keer zo veel als in A", "even hoog als bij A"); they keep their place among the rows
of :mod:`kg.extract.relationcuerows`, which holds them in the table.

Each row is a cue regex (compiled case-insensitive by :mod:`kg.extract.relationcues`),
its relation type, its direction and its triggers, as there.

Examples
--------
>>> import re
>>> m = re.search(ROWS[0][0], "lager dan in Dalfsen (21%) en Staphorst.", re.I)
>>> m.group("pre")
'Dalfsen (21%) en Staphorst'
>>> m = re.search(ROWS[2][0], "6%; in Kampen lag die hoger, in Raalte lager.", re.I)
>>> m.group("pre")
'Kampen'
>>> m = re.search(PLAIN_LIST_ROWS[0][0], "beter dan buurgemeente Olst en Raalte.", re.I)
>>> m.group("pre")
'Olst en Raalte'
>>> m = re.search(PLAIN_LIST_ROWS[1][0], "twee keer zo veel als in de buurstad Ede.", re.I)
>>> m.group("pre")
'Ede'
"""

from __future__ import annotations

__all__ = ["PLAIN_LIST_ROWS", "ROWS"]

#: A proper name of one or more capitalised words ("Hollands Kroon", "Bergen op Zoom").
_NAMED = r"(?-i:[A-Z])[\w-]*(?:\s+(?:op\s+|aan\s+)?(?-i:[A-Z])[\w-]*){0,3}"
#: A short bracket after a name: its figure ("(21%)", "(51)").
_ASIDE = r"(?:\s*\([^()]{1,20}\))?"
#: Names joined by commas, "en" or "of" (the preposition may be repeated: "en in B").
_LIST = (
    r"(?P<pre>"
    + _NAMED
    + _ASIDE
    + r"(?:(?:\s*,\s*|\s+(?:en|of)\s+(?:in\s+|bij\s+)?)"
    + _NAMED
    + _ASIDE
    + r"){0,6})"
)
#: A neighbour named by its position: "het naburige A", "de aangrenzende gemeente A".
_NEIGHBOUR = (
    r"(?:(?:het|de)\s+(?:naburige|nabijgelegen|omliggende|aangrenzende)\s+(?:gemeenten?\s+)?)?"
)
#: A comparative of level or frequency (no "meer"/"minder": "meer dan 200" is a figure).
_LEVEL = (
    r"(?:hoger|lager|groter|kleiner|vaker|minder\s+vaak|sneller|trager|langer|korter"
    r"|beter|slechter|ruimer|krapper|duurder|goedkoper)"
)

ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # a comparative with "dan" and a noun phrase that places the others: "vaker dan hun
    # collega's in A en B", "hoger dan die van A", "lager dan in A (21%) en B"
    (
        r"\b(?:\w+er|meer|minder)\s+(?:[\w-]+\s+){0,3}?dan\s+(?:(?:in|bij)\s+)?"
        r"(?:(?:die|dat)\s+(?:van|in|bij)\s+"
        r"|(?:de|het|hun|zijn|haar|onze)\s+(?!helft\b|meerderheid\b|meeste\b)"
        r"(?:[\w'’-]+\s+){1,2}?(?:in|bij|uit|van)\s+)?" + _NEIGHBOUR + _LIST,
        "compares-with",
        "forward",
        ("dan",),
    ),
    # an equal or a multiple in one word: "anderhalf keer zoveel als in (het aangrenzende) A"
    (
        r"\b(?:zoveel|zovaak|evenveel|evenvaak|evenzoveel)\s+(?:[\w-]+\s+){0,2}?als\s+(?:in|bij)\s+"
        + _NEIGHBOUR
        + _LIST,
        "compares-with",
        "forward",
        ("zoveel", "zovaak", "evenveel", "evenvaak"),
    ),
    # a gapped clause: "…; in A lag die (iets) hoger, in B en C duidelijk lager"; the clause
    # opens the sentence or follows a comma, semicolon or colon
    (
        r"(?<![\w'’)-]\s)(?<![\w-])(?-i:[Ii])n\s+" + _LIST + r"\s+"
        # (no change: "wordt steeds groter")
        r"(?:(?!(?:wordt|worden|werd|werden|steeds)\b)[\w'’-]+\s+){0,8}?"
        + _LEVEL
        + r"\b(?!\s+(?:geworden|gestegen|gedaald|uitgevallen)\b)"
        # no other party compared: "hoger dan in C" (the own: "dan in de stad")
        + r"(?![^;:.]*?\bdan\s+(?:in\s+|bij\s+)?(?:het\s+|de\s+)?(?-i:[A-Z]))"
        # no time compared: "hoger dan vorig jaar", "lager dan in 2014"
        + r"(?![^;:.]*?\bdan\s+(?:in\s+)?(?:\d|vorig|voorheen|eerder|toen|daarvoor|destijds))",
        "compares-with",
        "forward",
        (
            "hoger",
            "lager",
            "groter",
            "kleiner",
            "vaker",
            "minder vaak",
            "sneller",
            "trager",
            "langer",
            "korter",
            "beter",
            "slechter",
            "ruimer",
            "krapper",
            "duurder",
            "goedkoper",
        ),
    ),
)

#: The comparisons that read a plain list of names, with no bracketed figures; they stand
#: among the rows of :mod:`kg.extract.relationcuerows`, which places them in the table.
PLAIN_LIST_ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # a comparison with a municipality named right after "dan" ("lager dan in A en B")
    (
        r"\b(?:\w+er|meer|minder)\s+(?:\w+\s+){0,3}?dan\s+(?:(?:in|bij)\s+)?"
        # "beter dan (buur)gemeente X", "lager dan in omliggende gemeenten als A en B"
        r"(?:(?:de\s+)?(?:\w+\s+)?(?:buur)?gemeenten?\s+(?:als\s+|zoals\s+)?)?"
        # a neighbour: "dan in het naburige A"
        r"(?:(?:het|de)\s+(?:naburige|nabijgelegen|omliggende|aangrenzende)\s+)?"
        r"(?P<pre>" + _NAMED + r"(?:(?:\s*,\s*|\s+en\s+(?:in\s+)?)" + _NAMED + r"){0,4})",
        "compares-with",
        "forward",
        ("dan",),
    ),
    # an equal or a multiple ("twee keer zo veel als in A", "even hoog als bij A")
    (
        # ("zoveel"/"zovaak" written as one word; "als in buurgemeente A" with no article)
        r"\b(?:(?:zo|even)\s+(?:\w+\s+){0,2}?|evenveel\s+|evenzoveel\s+|zo(?:veel|vaak)\s+)"
        r"als\s+(?:in|bij)\s+"
        r"(?:(?:het|de)\s+(?:naburige|nabijgelegen|omliggende|aangrenzende|stad)\s+"
        r"|(?:de\s+)?buur(?:gemeente|stad)\s+)?"
        r"(?P<pre>" + _NAMED + r"(?:(?:\s*,\s*|\s+en\s+(?:in\s+)?)" + _NAMED + r"){0,4})",
        "compares-with",
        "forward",
        ("als in ", "als bij "),
    ),
)
