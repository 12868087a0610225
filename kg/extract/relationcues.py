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

from kg.extract.relationcomparisons import ROWS as _COMPARISON_ROWS
from kg.extract.relationcuephrases import ROWS as _PHRASE_ROWS
from kg.extract.relationcuerows import NAMED_GROUP as _NAMED_GROUP
from kg.extract.relationcuerows import ROWS as _LATER_ROWS
from kg.extract.relationtriggers import Triggers
from kg.extract.rulegates import RuleGates
from kg.extract.wordtokens import lowered

__all__ = ["CUES", "TRIGGERS", "cues_at", "cues_in"]


# cue regex, relation type, direction: "forward" subject → objects, "reverse"
# objects → subject, "giver" the party giving support (named subject or object);
# then the cue's triggers: lower-case strings one of which every match contains, so a
# sentence without any of them is not searched (the cues run on every sentence).
_TABLE: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind, direction, triggers)
    for pattern, kind, direction, triggers in (
        (
            r"\bsamen\s*met\b|\bsamenwerk\w*\s+(?:(?:aangegaan|gestart|begonnen|opgezet)\s+)?met\b"
            r"|\bsamengewerkt\s+met\b",
            "cooperates-with",
            "forward",
            ("samen",),
        ),
        (
            r"\btrek\w*\s+(?:\w+\s+){0,6}?op\s+met\b|\boptrek\w*\s+met\b",
            "cooperates-with",
            "forward",
            ("trek",),
        ),
        (
            r"\b(?:maakt|maken|maakte|maakten)\b(?P<co>[^;.]*?)\bdeel\s+uit\s+van\b",
            "member-of",
            "forward",
            ("deel",),
        ),
        (r"\bdeel\s+uit(?:maakt|maken|maakte|maakten)\s+van\b", "member-of", "forward", ("deel",)),
        (
            r"\b(?:neemt|nemen|nam|namen)\b(?P<co>[^;.]*?)\bdeel\s+(?:aan|in)\b",
            "member-of",
            "forward",
            ("deel",),
        ),
        (r"\bdeel(?:neemt|nemen|nam|namen)\s+(?:aan|in)\b", "member-of", "forward", ("deel",)),
        (  # services merged into a joint body ("hebben hun sociale diensten samengevoegd in G")
            r"\b(?:samengevoegd|samengebracht)\s+(?:in|tot)\b",
            "member-of",
            "forward",
            ("samengevoegd", "samengebracht"),
        ),
        (  # also a share in a joint body ("aandeelhouder van", "deelnemer in"), a founder of it
            r"\baangesloten\s+bij\b|\blid\s+(?:geworden\s+|gebleven\s+)?van\b|\bbehoor\w*\s+tot\b"
            r"|\b(?:aandeelhouders?|(?:mede-)?eigena(?:ar|ars|ren)|deelnemers?|deelnemende\s+gemeenten?|initiatiefnemers?)\s+(?:\w+\s+){0,2}?(?:van|in|aan)\b",
            "member-of",
            "forward",
            (
                "aangesloten",
                "lid",
                "behoor",
                "aandeelhouder",
                "eigenaar",
                "eigenaren",
                "deelnemer",
                "deelnemende gemeente",
                "initiatiefnemer",
            ),
        ),
        (
            r"\bbij\b(?P<pre>[^;.,]{1,80}?)\baan(?:gesloten|sluit|sluiten)\b",
            "member-of",
            "forward",
            ("aangesloten", "aansluit"),
        ),
        (  # also with partners: "valt (samen) met A en B onder G"
            r"\bval(?:t|len)\s+(?:(?:samen\s+)?met\s+(?P<co>[^;.]*?)\s+|(?:\w+\s+){0,2}?|"
            # a task it is about: "valt voor werk en inkomen onder G"
            r"voor\s+(?:[\w-]+\s+){1,4}?)onder\b",
            "member-of",
            "forward",
            ("onder",),
        ),
        (r"\bparticipe\w*\b(?P<co>[^;.]*?)\bin\b", "member-of", "forward", ("participe",)),
        (
            r"\bvoer(?:t|en|de|den)\b(?P<mid>[^;.]*?)\buit\b(?:\s+voor\b)?",
            "executes-for",
            "forward",
            ("voer",),
        ),
        (
            r"\buitgevoerd\s+door\b|\b(?:belegd|ondergebracht|neergelegd)\s+bij\b"
            # a task housed in a joint body ("De Participatiewet is ondergebracht in de ISD X")
            r"|\b(?:belegd|ondergebracht)\s+in\s+"
            r"(?=(?:de|het)\s+(?:[\w-]*(?:bedrijf|dienst|regeling|regio|organisatie)\s+)?(?-i:[A-Z])"
            # a body described by its type, its name in parentheses ("in een
            # intergemeentelijke sociale dienst (ISD X)")
            r"|een\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:bedrijf|dienst|regeling|organisatie)\s+\((?-i:[A-Z])"
            # a named organisation after an adjective ("in een apart Centrum voor Jeugd en
            # Gezin", "in een eigen Werkbedrijf X")
            r"|een\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}?(?-i:[A-Z])"
            r"|(?-i:[A-Z]))",
            "executes-for",
            "reverse",
            ("uitgevoerd", "belegd", "ondergebracht", "neergelegd"),
        ),
        (  # a task done for the municipality, the verb ending the clause ("die X voor de
            # gemeente int", "dat X voor de gemeente uitvoert"); not a copula or an auxiliary
            # ("dat het voor de gemeente is"); the subject must be named (else it is the
            # municipality itself)
            r"(?<!\bis\s)(?<!\bzijn\s)\bvoor\s+(?P<pre>de\s+gemeente)(?=\s+(?!(?:is|zijn|was|waren|wordt|worden|werd|werden"
            r"|blijft|blijven|heeft|hebben|had|hadden|kan|kunnen|moet|moeten|zal|zullen)\b)"
            r"(?-i:[a-z])\w+(?:t|en|de|te)\s*(?:[,;.]|$))",
            "executes-for",
            "forward",
            ("voor de gemeente",),
        ),
        (  # the desk after "bij" at the end of the clause ("dat inwoners bij X terecht kunnen")
            r"\bbij\b(?P<pre>[^;.,]{1,60}?)\bterecht(?:kunnen|kan|kon|konden)?\b",
            "executes-for",
            "reverse",
            ("terecht",),
        ),
        (  # delegation with the party before the participle ("heeft de taak aan X overgedragen")
            r"\baan\b(?P<pre>[^;.,]{1,80}?)\b(?:overgedragen|overgeheveld|gedelegeerd|gemandateerd"
            r"|gegund|uitbesteed)\b",
            "executes-for",
            "reverse",
            ("overge", "gedelegeerd", "gemandateerd", "gegund", "uitbesteed"),
        ),
        (
            r"\bbij\b(?P<pre>[^;.,]{1,80}?)\b(?:belegd|ondergebracht|neergelegd)\b",
            "executes-for",
            "reverse",
            ("belegd", "ondergebracht", "neergelegd"),
        ),
        (
            r"\b(?:koop\w*|kopen|kocht\w*)\b(?P<mid>[^;.]*?)\bin,?\s+(?:via|bij)\b",
            "purchases-via",
            "forward",
            ("koop", "kopen", "kocht"),
        ),
        (
            # also as the label of a key-value line ("Inkoop: via de X.")
            r"\b(?:inkoop\w*|ingekocht|inkopen)(?:(?:\s+[\w-]+){0,2}:)?\s+(?:via|door|bij)\b",
            "purchases-via",
            "forward",
            ("inkoop", "ingekocht", "inkopen"),
        ),
        (r"\bafhankelijk\w*\s+(?:\w+\s+){0,2}?van\b", "depends-on", "forward", ("afhankelijk",)),
        (
            # the subject may follow the verb ("Aan de landzijde grenst de gemeente aan A")
            # or a sentence adverb may stand before "aan" ("grenst verder / ook aan A")
            r"\bgrenz?\w*\s+(?:(?:in|op)\s+het\s+\w+\s+|(?-i:[A-Z])\w+\s+|de\s+gemeente\s+"
            r"|(?:verder|ook|daarnaast|bovendien|eveneens|tevens|nog)\s+){0,3}?aan\b"
            r"|\bgrens(?:gemeente|streek|regio|gebied)?\s+met\b"
            r"|\bbuur(?:gemeenten?|stad)(?:\s+van)?\b"  # "buurstad A": a town next door
            # lying between two places borders on both ("ligt tussen A en B"), also hemmed in
            # or enclosed between them ("ingeklemd / ingesloten tussen A en B")
            r"|\b(?:ligt|liggen|lag|gelegen|ingeklemd|ingesloten)\s+(?:\w+\s+)?tussen\b"
            # a neighbour named by the adjective ("het aangrenzende A", "het naburige A")
            r"|\b(?:aangrenzende|naburige)\s+(?:(?:buur)?gemeente\s+)?(?=(?-i:[A-Z]))",
            "borders-on",
            "forward",
            ("gren", "buurgemeente", "buurstad", "tussen", "naburige"),
        ),
        (r"\baan\b(?P<pre>[^;.,]{1,80}?)\bgren(?:st|zen)\b", "borders-on", "forward", ("gren",)),
        (  # lying across (a river) from a named place: "ligt (aan de Maas,) tegenover A"
            r"\b(?:ligt|liggen|lag|lagen|gelegen)\b(?:[^;.:]{0,60}?\s)??tegenover\s+(?=(?-i:[A-Z]))",
            "borders-on",
            "forward",
            ("tegenover",),
        ),
        (  # lying on an area's border: "ligt aan de Duitse grens", also after a location
            # ("ligt in het noorden, tegen de Belgische grens (aan)"); near it ("vlak bij") is not
            r"\b(?:ligt|liggen|lag|lagen|gelegen)\b(?:[^;.:]{0,60}?\s)??(?:aan|tegen|langs)\s+"
            r"(?=(?:de|het)\s+(?-i:[A-Z])\w+\s+grens\b)",
            "borders-on",
            "forward",
            ("grens",),
        ),
        (
            # an adverbial between ("kijkt ook / voor de inrichting van het team naar", "kijkt A,
            # zo zeggen ambtenaren, vooral naar"), not "kijkt uit / terug naar", nor inhabitants
            # looking to a town ("kijken inwoners van A meer naar B": an orientation)
            r"\b(?:gekeken|kijk\w*)\s+(?!(?:uit|terug)\b)"
            r"(?:(?:(?!inwoners|bewoners|mensen)[^.;:]){0,60}?\s)??naar\b|\bvergel\w+\s+(?:zich\s+)?(?:\w+\s+){0,4}?(?:met|bij)\b"
            # a contrast or likeness with another municipality ("anders dan in A", "net als A")
            r"|\banders\s+dan\s+(?:in\s+|bij\s+)?|\bnet\s+als\s+(?:in\s+|bij\s+)?"
            r"|\bten\s+opzichte\s+van\b|\bin\s+tegenstelling\s+tot\s+(?:in\s+)?",
            "compares-with",
            "forward",
            ("gekeken", "kijk", "vergel", "anders dan", "net als", "opzichte", "tegenstelling"),
        ),
        (
            r"\b(?:heeft|hebben|gaf|gaven|geeft|geven|biedt|bood)\b[^.;]*?\bsteun\b",
            "cooperates-with",
            "giver",
            ("steun",),
        ),
        (
            r"\bsteun\s+(?:van|door)\b|\bondersteund\s+(?:door|van)\b",
            "cooperates-with",
            "forward",
            ("steun",),
        ),
        (
            r"\bopdrachtgever\s+(?:van|voor)\b",
            "related-organisation",
            "forward",
            ("opdrachtgever",),
        ),
        (  # also compounds: "prestatieafspraken met", "werkafspraken gemaakt met"
            r"\b\w*afspra\w*\s+(?:gemaakt\s+)?met\b",
            "cooperates-with",
            "forward",
            ("afspra",),
        ),
        (  # policy or work tuned with a partner ("afgestemd met", "stemt … af met")
            r"\bafgestemd\s+met\b|\bafstemming\s+met\b|\bstem\w*\s+(?:\w+\s+){0,3}?af\s+met\b",
            "cooperates-with",
            "forward",
            ("afgestemd", "afstemming", "stem"),
        ),
        (
            r"\bmet\b(?P<pre>[^;.]{1,80}?)\b(?:afgesproken|overeengekomen|\w*afspraken\s+gemaakt"
            r"|(?:convenant|overeenkomst|contract)\w*\s+(?:\w+\s+){0,3}?(?:gesloten|afgesloten"
            r"|getekend|ondertekend)|samenwerking\w*\s+(?:aangegaan|gestart|opgezet)"
            # "(Ook) met X wordt nauw samengewerkt", "heeft met A en B een gemeenschappelijke
            # regeling / een samenwerkingsverband"
            r"|samengewerkt|een\s+(?:gemeenschappelijke\s+regeling|samenwerkingsverband)"
            # the separable verb at the end of its clause ("dat A met X samenwerkt") or its
            # particle after the subject ("Met X werkt de gemeente (nauw) samen")
            r"|samenwerk(?:t|en|te|ten)|werk(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,6}?samen(?!\s+met)"
            # the contacts with a party ("Met X zijn de contacten / lijnen goed / kort")
            r"|(?:zijn|is|waren|was)\s+(?:de\s+)?(?:contacten|lijnen|relatie|relaties|banden)"
            # "(ook) met X zijn (er) afspraken", "met X bestaan goede afspraken", "(Ook) met X
            # is er een samenwerking", "met X bestaat een nauwe samenwerking"
            r"|(?:zijn|is|bestaan|bestaat|bestond|bestonden)\s+(?:(?:er|ook|een|goede|duidelijke"
            r"|vaste|heldere|nauwe|intensieve|structurele)\s+){0,3}(?:\w*afspraken|samenwerking))\b",
            "cooperates-with",
            "forward",
            (
                "afgesproken",
                "overeengekomen",
                "afspraken",
                "gesloten",
                "getekend",
                "samenwerking",
                "samengewerkt",
                "gemeenschappelijke regeling",
                "samenwerk",
                "samen",
                "contacten",
                "lijnen",
                "relatie",
                "banden",
            ),
        ),
        (  # also "…, dat de Participatiewet uitvoert voor A"
            r"\bin\s+opdracht\s+van\b|\buitvoer(?:t|en|de|den)\s+voor\b",
            "executes-for",
            "forward",
            ("opdracht", "uitvoer"),
        ),
        (
            r"\bonderdeel\s+(?:uit\s+)?van\b"
            r"|\bho(?:ort|ren)\s+(?:(?:samen\s+)?met\s+(?P<co>[^;.]*?)\s+|voor\s+(?:[\w-]+\s+){1,4}?)?"
            r"bij\b",
            "member-of",
            "forward",
            ("onderdeel", "hoort", "horen"),
        ),
        (  # the subject after the verb, an adverbial fronted: "Voor werk hoort A bij G"
            r"\b(?:hoort|horen|hoorde|hoorden|behoort|behoren|behoorde|behoorden)\b"
            r"(?P<co>(?:\s+(?!(?:niet|geen|nooit)\b)[\w'-]+){1,3}?)\s+(?:bij|tot)\b",
            "member-of",
            "forward",
            ("hoor", "horen"),
        ),
        (  # the verb last in a subordinate clause: "dat A tot G behoort, …"
            r"\btot\b(?P<pre>[^;.,]{1,80}?)\b(?:behoort|behoren|behoorde|behoorden)"
            r"(?=\s*(?:[,;.]|$))",
            "member-of",
            "forward",
            ("behoor", "behoren"),
        ),
        (  # the same with "bij": "dat A formeel bij G hoort, maar …"; a word of amount or
            # negation between them is hearing, not belonging ("dat zij bij G weinig hoort")
            r"\bbij\b(?P<pre>(?:(?!\b(?:niet|geen|nooit|niets|weinig|veel|iets|wat|nauwelijks)\b)"
            r"[^;.,]){1,60}?)\b(?:hoort|horen|hoorde|hoorden|behoort|behoren|behoorde|behoorden)"
            r"(?=\s*(?:[,;.]|$))",
            "member-of",
            "forward",
            ("hoor", "horen", "behoren"),
        ),
        (r"\bval(?:t|len)\s+binnen\b", "member-of", "forward", ("binnen",)),
        # a service area ("valt onder het werkgebied van X", "in het werkgebied van X")
        (
            r"\b(?:valt|vallen|viel|vielen|ligt|liggen|lag|lagen|hoort|horen)\s+(?:\w+\s+){0,2}?"
            r"(?:in|onder|binnen|tot)\s+het\s+werkgebied\s+van\b",
            "member-of",
            "forward",
            ("werkgebied",),
        ),
        (
            r"\b[eé][eé]n\s+van\s+de\s+(?:\w+\s+){0,2}?gemeenten\s+(?:van|in|binnen)\b"
            # "de grootste / kleinste gemeente van de regio X"
            r"|\bde\s+\w+ste\s+gemeente\s+(?:van|in|binnen)\b",
            "member-of",
            "forward",
            ("gemeenten", "ste gemeente"),
        ),
        (  # "A is een van de gemeenten die (samen) G vormen"
            r"\b[eé][eé]n\s+van\s+de\s+(?:\w+\s+)?gemeenten\s+die\s+(?:samen\s+)?"
            r"(?P<pre>[^;.,]{1,60}?)\s+vorm(?:en|den)\b",
            "member-of",
            "forward",
            ("gemeenten",),
        ),
        (  # "valt (voor de jeugdhulp) in de regio X"
            r"\bval(?:t|len)\s+(?:\w+\s+){0,3}?in\s+" + _NAMED_GROUP,
            "member-of",
            "forward",
            ("val",),
        ),
        (r"\baangewezen\s+op\b", "depends-on", "forward", ("aangewezen",)),
        (
            r"\b(?:uitvoering|taak|taken)\b[^;.]*?\b(?:ligt|liggen|lag|lagen)\s+(?:\w+\s+)?bij\b"
            r"|\b(?:uitvoering|toegang)\b[^;.]*?\b(?:gebeurt|gebeurde|geschiedt|verloopt|loopt)\s+(?:\w+\s+)?"
            r"(?:door|via)\b"
            r"|\b(?:uitvoering|taak|taken)\b[^;.]*?\bin\s+handen\s+(?:gegeven\s+|gelegd\s+)?van\b"
            # "de toegang is / ligt in handen van X"
            r"|\b(?:is|zijn|ligt|liggen|lag|lagen|was|waren|blijft|kwam|komt)\s+(?:\w+\s+){0,2}?"
            r"in\s+(?:de\s+)?handen\s+van\b"
            # "laat … over aan X": the task is left to X
            r"|\b(?:laat|laten|liet|lieten)\b[^;.]*?\bover\s+aan\b",
            "executes-for",
            "reverse",
            ("uitvoering", "taak", "taken", "over aan", "handen", "toegang"),
        ),
        (
            r"\b(?:verzorgd|geleverd|uitgevoerd|aangestuurd|gerund|gecoördineerd|geboden|aangeboden"
            r"|verleend|begeleid|uitbetaald|geregeld)\s+door\b"
            r"|\buit(?:laten\s+)?voeren\s+door\b"
            r"|\buitbeste\w*\s+(?:\w+\s+)?aan\b|\buit\s+aan\b|\bgegund\s+aan\b"
            # delegation and mandate (Wgr): the task goes to the party after "aan"
            r"|\b(?:overgedragen|overgeheveld|gedelegeerd|gemandateerd)\s+aan\b"
            # a team run from or placed with a party ("aangestuurd vanuit X", "gepositioneerd
            # bij X", "valt onder (de) verantwoordelijkheid van X")
            r"|\baangestuurd\s+vanuit\b|\bgepositioneerd\s+bij\b"
            r"|\bonder\s+(?:de\s+)?verantwoordelijkheid\s+van\b",
            "executes-for",
            "reverse",
            ("door", "aan", "vanuit", "gepositioneerd", "verantwoordelijkheid"),
        ),
        (
            r"\bverzorg(?:t|en|de|den)\b(?P<mid>[^;.]*?)(?:\bvoor\b|(?=[;.]|$))",
            "executes-for",
            "forward",
            ("verzorg",),
        ),
        (  # "wordt door X ingekocht"; "via / gebruik van de (regionale) contracten van X"
            r"\bdoor\b(?P<pre>[^;.,]{1,80}?)\bingekocht\b"
            r"|\b(?:via|gebruik\s+van)\s+(?:de|het)\s+(?:\w+\s+)?(?:raam)?(?:contracten"
            r"|overeenkomsten)\s+van\b",
            "purchases-via",
            "forward",
            ("ingekocht", "contracten", "overeenkomsten"),
        ),
        (  # "koopt (samen) via X … in"
            r"\b(?:koopt|kopen|kocht|kochten)\s+(?:\w+\s+){0,2}?via\b",
            "purchases-via",
            "forward",
            ("koopt", "kopen", "kocht"),
        ),
        (
            r"\bvia\b(?P<pre>[^;.,]{1,60}?)\b(?:koopt|kopen|kocht|kochten|ingekocht|aanbesteed)\b",
            "purchases-via",
            "forward",
            ("via",),
        ),
        (
            r"\binkoop\w*\s+(?:\w+\s+){0,3}?(?:loopt|liep|verloopt|gaat|vindt|gebeurt|gebeurde"
            r"|geschiedt)\s+(?:\w+\s+){0,2}?(?:via|door)\b|\binkoop\w*,?\s+(?:[\w-]+,?\s+){0,4}?die\s+(?:\w+\s+){0,3}?via\b"
            r"|\binkoop\w*\s+(?:\w+\s+){0,3}?(?:wordt|werd|is|was)\s+(?:\w+\s+){0,3}?(?:gedaan|verzorgd"
            r"|georganiseerd|geregeld|belegd|ondergebracht)\s+(?:door|via|in|binnen)\b",
            "purchases-via",
            "forward",
            ("inkoop",),
        ),
        (
            r"\b\w*(?:convenant|overeenkomst|contract)\w*\s+(?:\w+\s+){0,2}?met\b"
            # an accord in a compound ("bestuursakkoord", "samenwerkingsakkoord met X"), not
            # "akkoord met" alone (agreeing with a proposal)
            r"|\b\w+akkoord\w*\s+(?:\w+\s+){0,2}?met\b"
            r"|\bgezamenlijk\w*\s+(?:\w+\s+){0,3}?met\b",
            "cooperates-with",
            "forward",
            ("convenant", "overeenkomst", "contract", "akkoord", "gezamenlijk"),
        ),
        (
            # a joint arrangement with partners ("heeft een gemeenschappelijke regeling met A")
            r"\bgemeenschappelijke\s+regeling\s+(?:\w+\s+){0,2}?met\b"
            # working with a partner ("werkt met zorgverzekeraar X aan preventie", "Voor de
            # jeugdbescherming werkt de gemeente met X")
            r"|\bwerk(?:t|en|te|ten)\s+(?:(?:de|het|onze)\s+)?(?:\w+\s+)?met\b",
            "cooperates-with",
            "forward",
            ("gemeenschappelijke regeling", "werk"),
        ),
        (r"\bleun\w*\s+(?:\w+\s+){0,4}?op\b", "depends-on", "forward", ("leun",)),
        # working for a party ("X werkt voor de gemeenten A en B")
        (
            r"\bwerk(?:t|en|te|ten)(?P<mid>\s+(?:\w+\s+)?)voor\b",
            "executes-for",
            "forward",
            ("werk",),
        ),
        # a team made of an organisation's staff: that organisation does the team's work for
        # the municipality ("het sociaal team bestaat uit medewerkers van A en B";
        # tests/gold/README.md, thirty-ninth session, decision 1)
        (
            r"\b(?:gevormd\s+door|bestaa?t\w*\s+uit|bestaan\s+uit|samengesteld\s+uit)\s+(?:\w+\s+){0,2}?"
            r"(?:medewerkers|professionals|consulenten)\s+van\b",
            "executes-for",
            "reverse",
            ("medewerkers", "professionals", "consulenten"),
        ),
        # a partner of a party, or a partner in a joint body
        (
            r"\b(?:samenwerkings)?partners?\s+van\b",
            "cooperates-with",
            "forward",
            ("partner",),
        ),
        (  # a partner in a named group ("partner in de regio X", "partner in Y")
            r"\b(?:samenwerkings)?partners?\s+in\s+(?=(?:de\s+|het\s+)?(?:[\w-]*(?:regio|regeling"
            r"|verband)\s+)?(?-i:[A-Z]))",
            "member-of",
            "forward",
            ("partner",),
        ),
        # the task done by the party between "door" and the participle ("door X uitgevoerd")
        (
            r"\bdoor\b(?P<pre>[^;.,]{1,80}?)\b(?:uitgevoerd|verzorgd|geleverd|aangeboden"
            r"|aangestuurd|gerund)\b",
            "executes-for",
            "reverse",
            ("uitgevoerd", "verzorgd", "geleverd", "aangeboden", "aangestuurd", "gerund"),
        ),
        # a separable verb around its partner ("werkt met X samen")
        (
            r"\bwerk(?:t|en|te|ten)\s+(?:\w+\s+){0,3}?met\b(?P<pre>[^;.,]{1,60}?)\bsamen\b"
            r"(?!\s+met\b)",
            "cooperates-with",
            "forward",
            ("samen",),
        ),
        (
            r"\b(?:heeft|hebben|gaf|gaven|geeft|geven)\b(?P<pre>[^;.,]{1,60}?)\bopdracht\s+"
            r"(?:gegeven|verleend|gegund)\b",
            "executes-for",
            "reverse",
            ("opdracht",),
        ),
        # executing for another party in a subordinate clause ("…, dat voor A en B de
        # Participatiewet uitvoert")
        (
            r"\bvoor\b(?P<pre>(?:(?!\b(?:dat|die|omdat|als|wanneer|waar)\b)[^;.,:]){1,80}?)"
            r"\buitvoer(?:t|en|de|den)\b",
            "executes-for",
            "forward",
            ("uitvoer",),
        ),
        # working for parties in a relative clause ("…, die ook voor A en B werkt")
        (
            r"(?:(?<=\bdie\s)|(?<=\bdat\s)|(?<=\bdie\sook\s)|(?<=\bdat\sook\s))voor\b"
            r"(?P<pre>[^;.,:]{1,80}?)"
            r"\bwerk(?:t|en|te|ten)\b",
            "executes-for",
            "forward",
            ("werkt", "werken", "werkte"),
        ),
        # purchasing for another party: "R koopt … in voor T" (T purchases via R)
        (
            r"\b(?:koop\w*|kopen|kocht\w*)\b(?P<mid>[^;.]*?)\bin\s+voor\b"
            # "R koopt voor (alle) gemeenten X … in"
            r"|\b(?:koopt|kopen|kocht|kochten)\s+(?:\w+\s+)?voor\b(?=[^;.]*?\bin\b)",
            "purchases-via",
            "reverse",
            ("koop", "kopen", "kocht"),
        ),
        (r"\bop\b(?P<pre>[^;.,]{1,60}?)\bleun\w*\b", "depends-on", "forward", ("leun",)),
        # consultation is joint work ("overlegt regelmatig met", "overleg met")
        (
            r"\boverleg\w*\s+(?:\w+\s+){0,2}?met\b",
            "cooperates-with",
            "forward",
            ("overleg",),
        ),
        # sharing a service or staff ("deelt een sociale dienst met X", "gedeeld met X")
        (
            # not a border ("deelt een grens met X" borders on X)
            r"\b(?:deelt|delen|deelde|deelden)\s+(?!(?:\w+\s+){0,3}?grens\b)(?:\w+\s+){0,4}?met\b"
            r"|\bgedeeld\s+met\b",
            "cooperates-with",
            "forward",
            ("deel", "delen", "gedeeld"),
        ),
        # the partners named after it: "(Belangrijke) partners zijn A en B", "De belangrijkste
        # partner is A"
        (
            # also with their field: "Belangrijke partners in het sociaal domein zijn A en B"
            r"\b(?:samenwerkings|keten)?partners?\s+(?:(?:in|binnen|bij|voor)\s+(?-i:[a-z][\w-]*\s+){1,4}?)?"
            r"(?:zijn|is|waren|was)\s*:?\s+"
            r"(?:onder\s+(?:meer|andere)\s+|daarbij\s+|hierbij\s+)?(?!(?:niet|geen)\b)",
            "cooperates-with",
            "forward",
            ("partner",),
        ),
        # "X is een belangrijke partner": the named subject works with the municipality
        (
            r"\b(?:is|zijn|was|waren|blijft|blijven|wordt|worden)\s+(?:(?:een|de)\s+)?"
            r"(?:\w+\s+){0,2}?(?:samenwerkings|keten)?partners?\b(?!\s+(?:van|in)\b)",
            "cooperates-with",
            "agent",
            ("partner",),
        ),
    )
    + _COMPARISON_ROWS
    + _PHRASE_ROWS
    + _LATER_ROWS
)

CUES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(row[:3] for row in _TABLE)
#: For each cue pattern, the strings one of which a sentence must hold to match it.
TRIGGERS: dict[re.Pattern[str], tuple[str, ...]] = {row[0]: row[3] for row in _TABLE}
_TRIGGERS = Triggers([row[3] for row in _TABLE])
#: The same triggers as key words of the document's lower case, found once per document.
#: (A cue's search is its rule; :func:`cues_at` reads the open rules' bits.)
_GATES = RuleGates([(row[3], row[0].search) for row in _TABLE])


def cues_in(lowered: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The cues (in table order) one of whose triggers ``lowered`` holds.

    The triggers are looked for once per sentence, not once per cue
    (:class:`kg.extract.relationtriggers.Triggers`), and each admits the cues that name it.

    Examples
    --------
    >>> sorted({kind for _, kind, _ in cues_in("de gemeente overlegt met a")})
    ['cooperates-with']
    >>> cues_in("het gaat goed.")
    []
    """
    return [CUES[i] for i in _TRIGGERS.admitted(lowered)]


def cues_at(text: str, start: int, end: int) -> list[tuple[re.Pattern[str], str, str]]:
    """:func:`cues_in` of ``text[start:end].lower()``, the triggers read from the document.

    In a :func:`kg.extract.wordtokens.plain` text the span's lower case is a slice of
    the document's, so a trigger it holds is an occurrence inside the span that
    :class:`kg.extract.rulegates.RuleGates` found once per document; no sentence is
    lowered or searched trigger by trigger. Another text is lowered as before.

    Examples
    --------
    >>> s = "Zo. De gemeente overlegt met A."
    >>> cues_at(s, 4, len(s)) == cues_in(s[4:].lower()), cues_at(s, 0, 3)
    (True, [])
    """
    if lowered(text) is None:
        return cues_in(text[start:end].lower())
    mask = _GATES.mask(text, start, end)  # bit i: the cue of row i is open
    found = []
    while mask:  # the set bits only, lowest first
        low = mask & -mask
        found.append(CUES[low.bit_length() - 1])
        mask ^= low
    return found
