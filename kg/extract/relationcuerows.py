"""The later rows of the relation cue table of :mod:`kg.extract.relationcues`, kept
apart so that neither module outgrows the size limit: seats, lying in a region,
services, mandates and contracts, borders, comparisons, joining a group, support.

Each row is a cue regex (compiled case-insensitive by :mod:`kg.extract.relationcues`),
its relation type, its direction and its triggers, as there.

Examples
--------
>>> import re
>>> any(re.search(row[0], "De gemeente zit in de jeugdregio Noord", re.I) for row in ROWS)
True
"""

from __future__ import annotations

from kg.extract.relationcomparisons import PLAIN_LIST_ROWS

__all__ = ["NAMED_GROUP", "ROWS"]

#: The object right after "in": an optional article and group noun, then a proper name
#: ("de arbeidsmarktregio Noordrand"); a cue ending in it reads no party further on.
NAMED_GROUP = (
    r"(?P<pre>(?:(?:de|het)\s+)?(?:[\w-]*(?:regio|regeling|verband)\s+)?"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})"
)

#: The people a social-domain organisation serves ("ondersteunt inwoners").
_PEOPLE = (
    r"(?:inwoners|mensen|jongeren|ouderen|gezinnen|ouders|kinderen|cliënten|werkzoekenden"
    r"|mantelzorgers|statushouders|bewoners|burgers)\b"
)
#: The services it offers ("biedt dagbesteding", "biedt ambulante begeleiding"), also the
#: sheltered work of the Participatiewet (art. 10b: "beschut werk") and the work places of
#: re-integration ("biedt beschut werk aan 80 mensen", "biedt twintig leerwerkplekken").
_SERVICES = (
    r"(?:\w*ondersteuning|\w*hulp|\w*begeleiding|\w*zorg|advies|dagbesteding|opvang"
    r"|behandeling|cursussen|trajecten|diensten|beschut\w*\s+werk\w*|\w*werkplekken"
    r"|werkervaringsplaatsen)\b"
)

#: A scheme of money after "beroep op" (kg.extract.relationfallback relates its body).
_SCHEME = (
    r"\s+(?:de|het|een)\s+(?:[\w-]+\s+)?\w*(?:regeling|fonds|uitkering|middelen|subsidie|budget)\b"
)
ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # a seat in a group ("zit in de jeugdregio X", "heeft zitting in X")
    (
        r"\b(?:zit(?:ten)?|zitting|vertegenwoordigd|verenigd)\s+"
        # "zit (samen) met A en B in G": A and B are members too
        r"(?:(?:samen\s+)?met\s+(?P<co>[^;.]*?)\s+|(?:\w+\s+){0,2}?|voor\s+(?:[\w-]+\s+){1,4}?)in\s+"
        r"(?:het\s+(?:algemeen\s+|dagelijks\s+)?bestuur\s+van\s+)?" + NAMED_GROUP,
        "member-of",
        "forward",
        ("zit", "vertegenwoordigd", "verenigd"),
    ),
    # lying in a region ("ligt in de arbeidsmarktregio X"); places and
    # municipalities are never groups (see relations._objects)
    (
        r"\b(?:ligt|liggen|lag|lagen|gelegen)\s+(?:\w+\s+){0,2}?(?:in|binnen)\s+" + NAMED_GROUP,
        "member-of",
        "forward",
        ("ligt", "liggen", "lag", "gelegen"),
    ),
    (  # providing a service ("A en B leveren de huishoudelijke hulp (voor …)")
        r"\blever(?:t|en|de|den)\b(?P<mid>[^;.]*?)(?:\bvoor\b|(?=[;.]|$))",
        "executes-for",
        "forward",
        ("lever",),
    ),
    # carrying out a task for no one named ("X, die de toegang uitvoert"): see
    # relationforms.implicit_for
    (
        r"\b(?P<mid>)uitvoer(?:t|en|de|den)\b(?!\s+voor\b)",
        "executes-for",
        "forward",
        ("uitvoer",),
    ),
    # acting on behalf of the party after "namens"
    (r"\bnamens\b", "executes-for", "forward", ("namens",)),
    # serving parties ("X bedient de gemeenten A en B")
    (r"\bbedien(?:t|en|de|den)\b", "executes-for", "forward", ("bedien",)),
    # a service desk of the party ("voor schuldhulp kunnen inwoners terecht bij X")
    (
        r"\bterecht\s+(?:\w+\s+){0,2}?bij\b|\bmelden\s+bij\b",
        "executes-for",
        "reverse",
        ("terecht", "melden"),
    ),
    # joining another party's purchasing ("sluit aan bij de inkoop van X", "sluit voor
    # de inkoop aan bij X")
    (
        r"\bslui(?:t|ten)\s+(?:\w+\s+){0,3}?aan\s+bij\s+(?:de|het)\s+(?:\w+\s+)?"
        r"(?:inkoop|aanbesteding)\w*\s+van\b"
        r"|\bslui(?:t|ten)\s+voor\s+(?:de|het)\s+(?:\w+\s+)?(?:inkoop|aanbesteding)\w*"
        r"\s+aan\s+bij\b",
        "purchases-via",
        "forward",
        ("slui",),
    ),
    # serving the municipality's people: "X ondersteunt / begeleidt / helpt inwoners (van A)", "X
    # biedt dagbesteding (aan inwoners van A)"; with no one named, the work is done for the
    # profile's municipality when nothing else relates X (relationforms.implicit_for)
    (
        r"\b(?:(?:ondersteun|begeleid)(?:t|en|de|den)|helpt|helpen|hielp|hielpen)\b"
        r"(?P<mid>\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"[^;.]*?)(?:\bvoor\b|(?=[;.]|$))",
        "executes-for",
        "forward",
        (
            "ondersteunt",
            "ondersteunen",
            "ondersteunde",
            "begeleidt",
            "begeleiden",
            "begeleidde",
            "helpt",
            "helpen",
            "hielp",
        ),
    ),
    (
        r"\b(?:biedt|bieden|bood|boden)\b(?P<mid>\s+(?:[\w-]+\s+){0,3}?"
        + _SERVICES
        + r"[^;.]*?)(?:\bvoor\b|(?=[;.]|$))",
        "executes-for",
        "forward",
        ("bied", "bood", "boden"),
    ),
    # working in a municipality: "X is (als welzijnsorganisatie) actief in A en B"
    # (beneficiaries.served_in); "actief in de gemeente": relationforms.implicit_for
    (
        r"\b(?:actief|werkzaam)\b(?P<mid>\s+(?:als\s+[\w-]+\s+)?(?:in|binnen)\s+[^;.]*?)"
        r"(?=[;.]|$)",
        "executes-for",
        "forward",
        ("actief", "werkzaam"),
    ),
    # answering for a task ("X is verantwoordelijk voor de jeugdgezondheidszorg (in A)"):
    # for the parties after "voor", else as relationforms.implicit_for reads it
    (
        r"\b(?:is|zijn|was|waren|blijft|blijven|wordt|worden)\s+(?:\w+\s+){0,2}?"
        r"verantwoordelijk\s+voor\b(?P<mid>[^;.]*?)(?=[;.]|$)",
        "executes-for",
        "forward",
        ("verantwoordelijk voor",),
    ),
    # a task carried out through a party ("voert de Participatiewet uit via X", "… uit in het
    # Werkplein X", a named body): X does it
    (
        r"\bvoer(?:t|en|de|den)\b[^;.]*?\buit\s+(?:via|in\s+(?=(?:het|de)\s+(?-i:[A-Z])))",
        "executes-for",
        "reverse",
        ("uit via", "uit in "),
    ),
    # people referred to a party for a service ("verwijst door naar X", "doorverwezen naar X"):
    # X does the work, as with "terecht bij X"
    (
        r"\bverwij(?:st|zen|sde|sden)\s+(?:\w+\s+){0,3}?door\s+naar\b"
        r"|\b(?:doorverwezen|doorgeleid|toegeleid)\s+naar\b",
        "executes-for",
        "reverse",
        ("door naar", "verwezen", "geleid"),
    ),
    # a task or its staff moved to the party ("is overgegaan naar X")
    (
        r"\b(?:overgegaan|overgeheveld|overgebracht|overgedragen)\s+naar\b",
        "executes-for",
        "reverse",
        ("overge",),
    ),
    # the same with the verb split in a main clause ("In 2015 ging de uitvoering van de
    # Participatiewet over naar X", "De toegang gaat per 1 januari over naar X")
    (
        r"\b(?:ga(?:at|an)|ging(?:en)?)\s+(?:[^;.,]+?\s+)?over\s+naar\b",
        "executes-for",
        "reverse",
        ("over naar",),
    ),
    # a joint service named after its partner ("heeft met A een gezamenlijke sociale dienst")
    (
        r"\bmet\b(?P<pre>[^;.]{1,80}?)\b(?:een|het|de)\s+(?:gezamenlijke?|gedeelde?)\s",
        "cooperates-with",
        "forward",
        ("gezamenlijk", "gedeeld"),
    ),
    # taking a service from a party ("neemt de schuldhulp af bij X", "afgenomen bij X");
    # a word between verb and particle, so "het aantal neemt af bij X" is no purchase
    (
        r"\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){1,5}?af\s+bij\b|\bafgenomen\s+bij\b",
        "purchases-via",
        "forward",
        ("af bij", "afgenomen"),
    ),
    # working in a regional setting with partners ("in regionaal verband met A en B")
    (
        r"\bin\s+(?:regionaal|subregionaal|intergemeentelijk|bovenlokaal|gezamenlijk)\s+verband"
        r"\s+met\b",
        "cooperates-with",
        "forward",
        ("verband",),
    ),
    # the parties listed after a colon by their role: providers and executors work for
    # the municipality ("De gemeente heeft drie gecontracteerde aanbieders: A, B en C"),
    # partners work with it ("Samenwerkingspartners: A en B")
    (  # also "De (grootste) aanbieders zijn A en B"
        r"\b(?:\w*aanbieders|uitvoerders|opdrachtnemers|gecertificeerde\s+instellingen)"
        r"(?:\s*:|\s+(?:zijn|waren)\s+"
        r"(?:onder\s+(?:meer|andere)\s+)?(?=(?:de\s+|het\s+)?(?-i:[A-Z])))",
        "executes-for",
        "reverse",
        (
            "aanbieders:",
            "aanbieders :",
            "aanbieders zijn",
            "aanbieders waren",
            "uitvoerders",
            "opdrachtnemers",
            "gecertificeerde instellingen",
        ),
    ),
    (
        r"\b(?:samenwerkings|keten)?partners\s*:",
        "cooperates-with",
        "forward",
        ("partners:", "partners :"),
    ),
    # a partner held ("heeft X als (belangrijke) partner", "ziet A en B als samenwerkingspartners")
    (
        r"\b(?:heeft|hebben|had|hadden|ziet|zien|zag|zagen)\b(?P<pre>[^;.,:]{1,60}?)\bals\s+"
        r"(?:\w+\s+)?(?:samenwerkings|keten)?partners?\b",
        "cooperates-with",
        "forward",
        ("partner",),
    ),
    # using another party's service ("maakt gebruik van (de crisisdienst van) X")
    (
        r"\b(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+){0,4}?gebruik\s+van\s+"
        r"(?:(?:de|het)\s+[\w-]+\s+van\s+)?",
        "depends-on",
        "forward",
        ("gebruik",),
    ),
    # a mandate or contract given to the party between the verbs ("heeft X gemandateerd")
    (
        r"\b(?:heeft|hebben|had|hadden)\b(?P<pre>[^;.,]{1,60}?)\b(?:gemandateerd"
        r"|gecontracteerd|ingehuurd|(?:aangewezen|aangesteld)\s+als\s+uitvoerder)\b",
        "executes-for",
        "reverse",
        ("gemandateerd", "gecontracteerd", "ingehuurd", "uitvoerder"),
    ),
    # "X is (door de gemeente) gemandateerd / gecontracteerd", "X is verantwoordelijk
    # voor de uitvoering", "X neemt de uitvoering voor zijn rekening"
    (
        r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden)\s+(?:\w+\s+){0,4}?(?:gemandateerd"
        r"|gecontracteerde?|ingehuurd|(?:aangewezen|aangesteld)\s+als\s+uitvoerder)\b"
        r"|\b(?:verantwoordelijk\w*|zorg(?:t|en|de|den))\s+voor\s+de\s+uitvoering\b"
        r"|\bbelast\s+met\s+de\s+uitvoering\b"  # "X is belast met de uitvoering"
        r"|\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,5}?voor\s+(?:zijn|haar|hun)\s+rekening\b"
        # a commission received ("heeft (van A) de opdracht gekregen")
        r"|\b(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,4}?opdracht\s+(?:gekregen|ontvangen)\b"
        r"|\b(?:kreeg|kregen|krijgt|krijgen)\s+(?:\w+\s+){0,4}?opdracht\b"
        # a lead municipality's task ("X is als centrumgemeente verantwoordelijk voor")
        r"|\bcentrumgemeente\s+(?:\w+\s+)?verantwoordelijk\w*\s+voor\b"
        # "X is (de) uitvoerder (van de Wmo)", "X fungeert als uitvoerder", "X is (de
        # grootste) aanbieder van dagbesteding": a provider does the work for the municipality
        r"|\b(?:is|zijn|was|waren|fungeert|fungeren|fungeerde|treedt\s+op)\s+(?:als\s+)?"
        r"(?:(?:de|een)\s+)?(?:\w+\s+)?(?:uitvoerders?|\w*aanbieders?|gecertificeerde\s+instelling)\b"
        r"(?!\s+(?:van|voor)\s+(?:de\s+)?gemeente)",
        "executes-for",
        "agent",
        (
            "gemandateerd",
            "gecontracteerd",
            "ingehuurd",
            "uitvoerder",
            "aanbieder",
            "gecertificeerde instelling",
            "uitvoering",
            "rekening",
            "opdracht",
            "centrumgemeente",
        ),
    ),
    # a party that buys with no one named after it ("De regio X koopt de jeugdhulp in"):
    # a group buys for its municipalities (relationforms.agent_relations)
    (
        r"\b(?:koopt|kopen|kocht|kochten)\b(?:(?!\b(?:via|bij|voor|samen|zelf|gezamenlijk)\b)"
        r"[^;.,:])*?\bin\b(?=\s*(?:[;.,:]|$))",
        "purchases-via",
        "agent",
        ("koopt", "kopen", "kocht"),
    ),
    # the same at the end of a clause ("R, die de jeugdhulp inkoopt"; see
    # relationforms.agent_relations for the words it may not follow)
    (r"\b(?:inkoopt|inkocht|inkochten)\b", "purchases-via", "agent", ("inko",)),
    # the executor named after its role ("De uitvoerder van het welzijnswerk is X")
    (
        r"\b(?:uitvoerder|opdrachtnemer)\s+(?:van|voor)\s+[^;.,]{1,60}?\s+(?:is|was|wordt|werd)\s+"
        r"(?=(?:de\s+|het\s+)?(?-i:[A-Z]))",
        "executes-for",
        "reverse",
        ("uitvoerder", "opdrachtnemer"),
    ),
    # the party doing the purchasing ("X verzorgt / doet / regelt de inkoop")
    (
        r"\b(?:verzorg(?:t|en|de|den)|doet|doen|deed|deden|regel(?:t|en|de|den)|organiseer(?:t|de|den)?"
        r"|organiseren|voer(?:t|en|de|den))\s+(?:\w+\s+){0,2}?"
        r"inkoop\b",
        "purchases-via",
        "giver",
        ("inkoop",),
    ),
    (r"\bsteun(?:t|en|de|den)\s+(?:\w+\s+){0,3}?op\b", "depends-on", "forward", ("steun",)),
    # not a call on a scheme of money ("een beroep op de vangnetregeling van X": money from X
    # is related-organisation, gold decision 1 of the 29th session; relationfallback)
    (r"\bberoep\s+(?:\w+\s+){0,2}?op\b(?!" + _SCHEME + ")", "depends-on", "forward", ("beroep",)),
    # a party needed ("heeft X (hard) nodig"), one it cannot do without ("kan niet zonder X")
    (
        r"\b(?:heeft|hebben|had|hadden)\b(?P<pre>[^;.,]{1,60}?)\b(?:(?-i:[a-z])\w*\s+)?nodig\b"
        r"|\b(?:kan|kunnen|kon|konden)\s+(?:\w+\s+){0,3}?niet\s+zonder\b",
        "depends-on",
        "forward",
        ("nodig", "niet zonder"),
    ),
    # a fronted condition: "Zonder (de inzet van) X zou … niet …" (the work needs X)
    (r"(?-i:Zonder)\s+", "depends-on", "forward", ("zonder",)),
    # the label of a key-value line that names a region ("Jeugdhulpregio: Zuid, tien
    # gemeenten.", "Arbeidsmarktregio: Noord."): the municipality is a member of it; a line
    # that names the region's centre ("…, met A als centrumgemeente") states its lead only
    (
        r"\b[\w-]*regio:\s+(?=(?-i:[A-Z]))(?![^;.]*\bcentrumgemeente\b)",
        "member-of",
        "forward",
        ("regio:",),
    ),
    # "X is een buurgemeente": the named subject borders on the municipality
    (
        r"\b(?:is|zijn)\s+(?:(?:een|de)\s+)?(?:\w+\s+)?buurgemeenten?\b(?!\s+van\b)",
        "borders-on",
        "giver",
        ("buurgemeente",),
    ),
    (r"\bligt\s+tegen\b(?P<pre>[^;.,]{1,60}?)\baan\b", "borders-on", "forward", ("tegen",)),
    # relying on a party named before the participle ("is vooral op X aangewezen")
    (r"\bop\b(?P<pre>[^;.,]{1,60}?)\baangewezen\b", "depends-on", "forward", ("aangewezen",)),
    # a likeness to a municipality ("lijkt qua bevolking op X")
    (
        r"\b(?:lijkt|lijken|leek|leken)\s+(?:qua\s+(?:\w+\s+){1,2}?)?op\b",
        "compares-with",
        "forward",
        ("lijkt op", "lijken op", "leek op", "leken op", "qua"),
    ),
    # a share of another municipality's level ("de helft van het niveau in A")
    (
        r"\b(?:helft|derde|kwart|deel|procent|%)\s+(?:\w+\s+){0,2}?van\s+het"
        r"\s+niveau\s+(?:in|van)\s+",
        "compares-with",
        "forward",
        ("niveau",),
    ),
    # the verb last in a subordinate clause: "dat A naar B en C kijkt (om … te vergelijken)",
    # as the main clause's "A kijkt naar B" (relationcues)
    (
        r"\bnaar\b(?P<pre>[^;.,]{1,60}?)\b(?:kijkt|kijken|keek|keken)(?=\s*(?:[,;.]|$)|\s+om\b)",
        "compares-with",
        "forward",
        ("kijkt", "kijken", "keek", "keken"),
    ),
    # a party that is there for a task ("Voor (de uitvoering van) de Participatiewet is er het
    # werkbedrijf X"): it executes the task for the municipality
    (
        # (the task in lower case or a law, never a municipality: "Voor A is er X" is A's)
        r"\b(?-i:V)oor\s+(?:(?:(?-i:[a-z])[\w-]*|[\w-]*(?:wet|wmo|wsw)[\w-]*)\s+){1,6}?"
        r"(?:is|zijn|was|waren)\s+er\s+"
        r"(?=(?:het|de)\s+)",
        "executes-for",
        "reverse",
        ("is er", "zijn er", "was er", "waren er"),
    ),
    (
        r"\b(?:omringd|omgeven|ingesloten)\s+door\b",
        "borders-on",
        "forward",
        ("omringd", "omgeven", "ingesloten"),
    ),
    # a comparison with a plain list of municipalities right after "dan" or "zo veel als"
    # (kg.extract.relationcomparisons), in its place in the table
    *PLAIN_LIST_ROWS,
    # cooperation between two named parties ("de samenwerking tussen A en B"; "het team is
    # een samenwerking(sverband) van A, B en de gemeente")
    (
        r"\b(?:samenwerk\w*|samengewerkt)\s+tussen\b|\been\s+samenwerking(?:sverband)?\s+van\b",
        "cooperates-with",
        "between",
        ("samenwerk", "samengewerkt"),
    ),
    # also consultation and agreements ("overleg tussen A, B en C", "afspraken tussen A en B"),
    # and an agreement its parties signed ("Het convenant is ondertekend door de gemeente, A en B")
    (
        r"\b(?:overleg|afspraken)\s+tussen\b|\b(?:ondertekend|getekend)\s+door\b",
        "cooperates-with",
        "between",
        ("overleg tussen", "afspraken tussen", "tekend door"),
    ),
    # an executing organisation of the municipality ("X is de uitvoeringsorganisatie van de
    # gemeente", "X is opdrachtnemer van Y")
    (
        r"\b(?:uitvoerings(?:organisatie|orgaan|instantie|dienst)|opdrachtnemer)\s+(?:van|voor)\b"
        # not when the party is named after a copula ("De opdrachtnemer voor X is Y")
        r"(?![^;.,]{1,60}?\s(?:is|was|wordt|werd)\s+(?:de\s+|het\s+)?(?-i:[A-Z]))",
        "executes-for",
        "forward",
        ("uitvoerings", "opdrachtnemer"),
    ),
    # joining a group ("sluit zich aan bij X", "is toegetreden tot X")
    (
        r"\bsluit\w*\s+(?:zich\s+)?(?:\w+\s+){0,2}?aan\s+bij\b|\btoegetreden\s+tot\b"
        r"|\btre(?:edt|den|dt|ed|den)\s+(?:\w+\s+){0,2}?toe\s+tot\b",
        "member-of",
        "forward",
        ("sluit", "toegetreden", "toe tot"),
    ),
    # support given to the municipality ("X ondersteunt de gemeente bij …")
    (
        # advice given to it, thinking along with it ("X adviseert de gemeente", "X denkt mee
        # met de gemeente"), and advice it seeks ("laat zich adviseren door X")
        r"\b(?:ondersteun(?:t|en|de|den)|help(?:t|en)|hielp(?:en)?|advise(?:ert|ren|erde|erden))"
        r"\s+(?:de|onze)\s+gemeente\b"
        r"|\b(?:denkt|denken|dacht|dachten)\s+(?:\w+\s+)?mee\s+met\s+(?:de|onze)\s+gemeente\b",
        "cooperates-with",
        "giver",
        ("ondersteun", "help", "hielp", "advise", "mee met"),
    ),
    (
        r"\b(?:laat|laten|liet|lieten)\s+zich\s+(?:\w+\s+){0,2}?(?:adviseren|ondersteunen"
        r"|bijstaan|begeleiden)\s+door\b",
        "cooperates-with",
        "forward",
        ("adviseren", "ondersteunen", "bijstaan", "begeleiden"),
    ),
    # hiring or contracting a party for a task ("huurt X in voor", "contracteert A en B"),
    # giving it the commission ("geeft X (de) opdracht om")
    (
        r"\b(?:huurt|huren|huurde|huurden)\b(?P<pre>[^;.,]{1,60}?)\bin\b",
        "executes-for",
        "reverse",
        ("huurt", "huren", "huurde"),
    ),
    (
        r"\b(?:geeft|geven|gaf|gaven)\b(?P<pre>[^;.,]{1,60}?)\b(?:de\s+)?opdracht\b"
        r"(?!\s+(?:gegeven|verleend|gegund)\b)",
        "executes-for",
        "reverse",
        ("opdracht",),
    ),
    (
        r"\b(?:contracteert|contracteren|contracteerde|contracteerden)\b",
        "executes-for",
        "reverse",
        ("contracte",),
    ),
    (r"\bin\s+(?:\w+\s+)?samenspraak\s+met\b", "cooperates-with", "forward", ("samenspraak",)),
    # a part in the municipality's work ("X is betrokken bij de uitvoering", "X speelt een
    # grote rol in de uitvoering")
    (
        r"\b(?:is|zijn|was|waren|wordt|worden|raakt|raken)\s+(?:\w+\s+){0,2}?betrokken\s+bij\s+"
        r"de\s+uitvoering\b|\b(?:speelt|spelen|speelde|speelden|heeft|hebben)\s+(?:een\s+)?"
        r"(?:\w+\s+)?(?:rol|taak|aandeel)\s+(?:in|bij)\s+de\s+uitvoering\b",
        "executes-for",
        "agent",
        ("betrokken bij", "rol in", "rol bij", "taak in", "taak bij", "aandeel in", "aandeel bij"),
    ),
    # a working relationship with a party ("een goede relatie met X", "de lijnen met X zijn
    # kort", "nauwe banden met X")
    (
        r"\b(?:relatie|relaties|band|banden|lijnen|contacten)\s+met\b"
        # meeting as partners ("zit aan tafel met X", "is in gesprek met X")
        r"|\b(?:aan|om)\s+(?:de\s+)?tafel\s+met\b|\bin\s+gesprek\s+met\b",
        "cooperates-with",
        "forward",
        (
            "relatie met",
            "relaties met",
            "band met",
            "banden met",
            "lijnen met",
            "contacten met",
            "tafel met",
            "gesprek met",
        ),
    ),
    # one civil service shared with a partner ("een ambtelijke fusie met X", "ambtelijk
    # gefuseerd met X")
    (
        r"\bambtelijke\s+fusie\s+met\b|\bambtelijk\s+gefuseerd\s+met\b",
        "cooperates-with",
        "forward",
        ("fusie", "gefuseerd"),
    ),
    (r"\bligt\s+(?:direct\s+)?naast\b", "borders-on", "forward", ("naast",)),
    # an organisation taking part in the municipality's team ("X neemt deel aan het
    # wijkteam", "X heeft / levert medewerkers in / voor het sociaal team")
    (
        r"\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,2}?deel\s+aan\s+(?:het|de|ons)\s+"
        r"(?:\w+\s+)?\w*team"
        r"|\b(?:heeft|hebben|had|hadden|lever(?:t|en|de|den))\s+(?:\w+\s+){0,2}?(?:medewerkers"
        r"|professionals|consulenten)\s+(?:in|aan|voor)\s+(?:het|de|ons)\s+(?:\w+\s+)?\w*team",
        "executes-for",  # staff in the municipality's team (thirty-ninth session, decision 1)
        "giver",
        ("deel aan", "medewerkers", "professionals", "consulenten"),
    ),
    # a task arranged or handled by another party ("wordt geregeld door X"), or a party
    # called in for it ("heeft X ingeschakeld")
    (
        r"\b(?:geregeld|afgehandeld)\s+door\b"
        r"|\b(?:heeft|hebben|had|hadden)\b(?P<pre>[^;.,]{1,60}?)\bingeschakeld\b",
        "executes-for",
        "reverse",
        ("geregeld door", "afgehandeld door", "ingeschakeld"),
    ),
    # the work done under another party's direction ("de uitvoering gebeurt onder regie
    # van X"); a purchase so made is bought through it ("de inkoop … onder regie van X")
    (
        r"\b(?:uitvoering|taak|taken|toegang)\b[^;.]*?\bonder\s+(?:de\s+)?regie\s+van\b"
        # the direction of a task lies with another party ("de coördinatie ligt bij X")
        r"|\b(?:coördinatie|coordinatie|aansturing|regie)\s+(?:\w+\s+){0,4}?"
        r"(?:ligt|liggen|lag|lagen)\s+(?:\w+\s+)?bij\b",
        "executes-for",
        "reverse",
        ("regie", "coördinatie", "coordinatie", "aansturing"),
    ),
    (
        r"\b(?:inkoop\w*|ingekocht)\b[^;.]*?\bonder\s+(?:de\s+)?regie\s+van\b"
        # services taken from another party ("neemt diensten af van / bij X")
        r"|\b(?:neemt|nemen|nam|namen)\s+(?:(?:de|het|haar|zijn|hun)\s+)?(?:\w+\s+)?"
        r"(?:\w*diensten|\w*zorg|\w*hulp|\w*ondersteuning|\w*begeleiding|trajecten|plaatsen)"
        r"\s+(?:\w+\s+)?af\s+(?:van|bij)\b",
        "purchases-via",
        "forward",
        ("regie", "af van", "af bij"),
    ),
    # a task taken over from the municipality ("X neemt de taken over van de gemeente"); the
    # municipality taking over a national task ("van het UWV") does no work for that body
    (
        r"(?:\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,5}?over|\bovergenomen)\s+van\b"
        r"(?=\s+(?:de|onze)\s+gemeente\b)",
        "executes-for",
        "forward",
        ("over van", "overgenomen van"),
    ),
    # a task run through a party ("de sociale werkvoorziening loopt via X"); buying and money
    # are left out in relationobjects.reading
    (
        # also a task arranged through it ("het vervoer is geregeld via X")
        r"\b(?:loopt|lopen|liep|liepen|geregeld)\s+via\b",
        "executes-for",
        "reverse",
        ("loopt via", "lopen via", "liep via", "liepen via", "geregeld via"),
    ),
    # staff employed by or seconded from a party do its work ("zijn in dienst van X",
    # "gedetacheerd vanuit X")
    (
        r"\bin\s+dienst\s+(?:van|bij)\b|\bgedetacheerd\s+(?:vanuit|van|door|bij)\b",
        "executes-for",
        "reverse",
        ("in dienst", "gedetacheerd"),
    ),
    # a team's staff coming from a party ("de medewerkers van het sociaal team komen van A en B")
    (
        r"\b(?:medewerkers|professionals|consulenten)\s+(?:van|in)\s+(?:het|de|ons|onze)\s+"
        r"(?:\w+\s+)?\w*team\w*\s+(?:komen|kwamen)\s+(?:van|uit)\b",
        "executes-for",  # a make-up (tests/gold/README.md, thirty-ninth session, decision 1)
        "reverse",
        ("komen van", "komen uit", "kwamen van", "kwamen uit"),
    ),
    # winning the tender makes the winner the executor ("X won de aanbesteding")
    (
        r"\b(?:won|wonnen|wint|winnen)\s+(?:\w+\s+){0,3}?aanbesteding\b"
        r"|\baanbesteding\s+(?:\w+\s+){0,3}?gewonnen\b",
        "executes-for",
        "agent",
        ("aanbesteding",),
    ),
    # taking part ("doet mee aan X", "is aangehaakt bij X", "in het verband van X"), and
    # joining a partner ("doet mee met X")
    (
        r"\b(?:doet|doen|deed|deden)\s+(?:\w+\s+){0,4}?mee\s+(?:aan|in)\b"
        r"|\bmee(?:doet|doen|deed|deden)\s+(?:aan|in)\b|\baangehaakt\s+bij\b"
        r"|\bin\s+(?:het\s+)?verband\s+van\b",
        "member-of",
        "forward",
        ("mee aan", "mee in", "meedoe", "meedeed", "meeded", "aangehaakt", "verband van"),
    ),
    (
        r"\b(?:doet|doen|deed|deden)\s+(?:\w+\s+){0,4}?mee\s+met\b",
        "cooperates-with",
        "forward",
        ("mee met",),
    ),
)
