"""The cue phrases of :mod:`kg.extract.relations`: general Dutch verbs and phrases
of cooperation, membership, delegation, purchasing, dependence, borders and
comparison, each with its relation type and direction.

A named group ``pre`` holds the objects of a cue that comes after them ("aan X
grenst"), ``mid`` the words between a separable verb and its particle ("voert
… uit"), ``co`` the co-subjects of "maakt met A en B deel uit van".

Examples
--------
>>> sorted({kind for cue, kind, _ in CUES if cue.search("De gemeente is onderdeel van")})
['member-of']
"""

from __future__ import annotations

import re

__all__ = ["CUES"]

# cue regex, relation type, direction: "forward" subject → objects, "reverse"
# objects → subject, "giver" the party giving support (named subject or object).
CUES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind, direction)
    for pattern, kind, direction in (
        (
            r"\bsamen\s*met\b|\bsamenwerk\w*\s+met\b|\bsamengewerkt\s+met\b",
            "cooperates-with",
            "forward",
        ),
        (
            r"\btrek\w*\s+(?:\w+\s+){0,3}?op\s+met\b|\boptrek\w*\s+met\b",
            "cooperates-with",
            "forward",
        ),
        (
            r"\b(?:maakt|maken|maakte|maakten)\b(?P<co>[^;.]*?)\bdeel\s+uit\s+van\b",
            "member-of",
            "forward",
        ),
        (r"\bdeel\s+uit(?:maakt|maken|maakte|maakten)\s+van\b", "member-of", "forward"),
        (r"\b(?:neemt|nemen|nam|namen)\b(?P<co>[^;.]*?)\bdeel\s+aan\b", "member-of", "forward"),
        (r"\bdeel(?:neemt|nemen|nam|namen)\s+aan\b", "member-of", "forward"),
        (r"\baangesloten\s+bij\b|\blid\s+van\b|\bbehoor\w*\s+tot\b", "member-of", "forward"),
        (r"\bbij\b(?P<pre>[^;.,]{1,80}?)\baan(?:gesloten|sluit|sluiten)\b", "member-of", "forward"),
        (r"\bval(?:t|len)\s+(?:\w+\s+){0,2}?onder\b", "member-of", "forward"),
        (r"\bparticipe\w*\b(?P<co>[^;.]*?)\bin\b", "member-of", "forward"),
        # owning a share of a joint company or body ("aandeelhouder van", "een van de
        # deelnemers in")
        (
            r"\b(?:aandeelhouders?|(?:mede-)?eigenaars?|deelnemers?)\s+(?:\w+\s+){0,2}?(?:van|in|aan)\b",
            "member-of",
            "forward",
        ),
        (
            r"\bvoer(?:t|en|de|den)\b(?P<mid>[^;.]*?)\buit\b(?:\s+voor\b)?",
            "executes-for",
            "forward",
        ),
        (r"\buitgevoerd\s+door\b|\b(?:belegd|ondergebracht)\s+bij\b", "executes-for", "reverse"),
        (r"\bbij\b(?P<pre>[^;.,]{1,80}?)\b(?:belegd|ondergebracht)\b", "executes-for", "reverse"),
        (r"\bkoop\w*\b(?P<mid>[^;.]*?)\bin\s+(?:via|bij)\b", "purchases-via", "forward"),
        (r"\b(?:inkoop\w*|ingekocht|inkopen)\s+(?:via|door|bij)\b", "purchases-via", "forward"),
        (r"\bafhankelijk\w*\s+(?:\w+\s+){0,2}?van\b", "depends-on", "forward"),
        (r"\bgrenz?\w*\s+aan\b|\bgrens\s+met\b|\bbuurgemeenten?\b", "borders-on", "forward"),
        (r"\baan\b(?P<pre>[^;.,]{1,80}?)\bgren(?:st|zen)\b", "borders-on", "forward"),
        (
            r"\b(?:gekeken|kijk\w*)\s+naar\b|\bvergel\w+\s+(?:zich\s+)?(?:\w+\s+){0,2}?met\b",
            "compares-with",
            "forward",
        ),
        (
            r"\b(?:heeft|hebben|gaf|gaven|geeft|geven|biedt|bood)\b[^.;]*?\bsteun\b",
            "cooperates-with",
            "giver",
        ),
        (r"\bsteun\s+(?:van|door)\b|\bondersteund\s+(?:door|van)\b", "cooperates-with", "forward"),
        (r"\bopdrachtgever\s+(?:van|voor)\b", "related-organisation", "forward"),
        (r"\bafspra\w*\s+(?:gemaakt\s+)?met\b", "cooperates-with", "forward"),
        (
            r"\bmet\b(?P<pre>[^;.]{1,80}?)\b(?:afgesproken|overeengekomen|afspraken\s+gemaakt)\b",
            "cooperates-with",
            "forward",
        ),
        (r"\bin\s+opdracht\s+van\b", "executes-for", "forward"),
        (r"\bonderdeel\s+(?:uit\s+)?van\b|\bho(?:ort|ren)\s+bij\b", "member-of", "forward"),
        (r"\bval(?:t|len)\s+binnen\b", "member-of", "forward"),
        (
            r"\be[eé]n\s+van\s+de\s+(?:\w+\s+)?gemeenten\s+(?:van|in|binnen)\b",
            "member-of",
            "forward",
        ),
        (r"\baangewezen\s+op\b", "depends-on", "forward"),
        (
            r"\b(?:uitvoering|taak|taken)\b[^;.]*?\b(?:ligt|liggen|lag|lagen)\s+(?:\w+\s+)?bij\b"
            r"|\b(?:uitvoering|taak|taken)\b[^;.]*?\bin\s+handen\s+van\b",
            "executes-for",
            "reverse",
        ),
        (
            r"\b(?:verzorgd|geleverd|uitgevoerd)\s+door\b|\buit(?:laten\s+)?voeren\s+door\b"
            r"|\buitbeste\w*\s+(?:\w+\s+)?aan\b|\buit\s+aan\b",
            "executes-for",
            "reverse",
        ),
        (r"\bverzorg(?:t|en|de|den)\b(?P<mid>[^;.]*?)(?:\bvoor\b|$)", "executes-for", "forward"),
        (
            r"\bvia\b(?P<pre>[^;.,]{1,60}?)\b(?:koopt|kopen|kocht|kochten)\b",
            "purchases-via",
            "forward",
        ),
        (
            r"\binkoop\w*\s+(?:\w+\s+){0,3}?(?:loopt|liep|verloopt|gaat|vindt|gebeurt|gebeurde"
            r"|geschiedt)\s+(?:\w+\s+)?via\b",
            "purchases-via",
            "forward",
        ),
        (
            r"\binkoop\w*\s+(?:\w+\s+){0,3}?(?:wordt|werd)\s+(?:\w+\s+){0,3}?(?:gedaan|verzorgd"
            r"|georganiseerd|geregeld)\s+(?:door|via)\b",
            "purchases-via",
            "forward",
        ),
        (
            r"\b(?:convenant|overeenkomst|contract|samenwerkingsovereenkomst)\w*\s+(?:\w+\s+){0,2}?met\b",
            "cooperates-with",
            "forward",
        ),
        (r"\bleun\w*\s+(?:\w+\s+){0,4}?op\b", "depends-on", "forward"),
        # a separable verb around its partner ("werkt met X samen")
        (
            r"\bwerk(?:t|en|te|ten)\s+(?:\w+\s+){0,3}?met\b(?P<pre>[^;.,]{1,60}?)\bsamen\b"
            r"(?!\s+met\b)",
            "cooperates-with",
            "forward",
        ),
        (r"\bgezamenlijk\w*\s+(?:\w+\s+){0,3}?met\b", "cooperates-with", "forward"),
        # delegation and mandate (Wgr): the task goes to the party after "aan"
        (
            r"\b(?:overgedragen|overgeheveld|gedelegeerd|gemandateerd)\s+aan\b",
            "executes-for",
            "reverse",
        ),
        (
            r"\b(?:heeft|hebben|gaf|gaven|geeft|geven)\b(?P<pre>[^;.,]{1,60}?)\bopdracht\s+"
            r"(?:gegeven|verleend|gegund)\b",
            "executes-for",
            "reverse",
        ),
        # executing for another party in a subordinate clause ("…, dat voor A en B de
        # Participatiewet uitvoert", "…, dat de Participatiewet uitvoert voor A")
        (r"\buitvoer(?:t|en|de|den)\s+voor\b", "executes-for", "forward"),
        (
            r"\bvoor\b(?P<pre>(?:(?!\b(?:dat|die|omdat|als|wanneer|waar)\b)[^;.,:]){1,80}?)"
            r"\buitvoer(?:t|en|de|den)\b",
            "executes-for",
            "forward",
        ),
        # purchasing for another party: "R koopt … in voor T" (T purchases via R)
        (r"\bkoop\w*\b(?P<mid>[^;.]*?)\bin\s+voor\b", "purchases-via", "reverse"),
        (r"\bop\b(?P<pre>[^;.,]{1,60}?)\bleun\w*\b", "depends-on", "forward"),
    )
)
