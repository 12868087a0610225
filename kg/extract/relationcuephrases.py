"""The third part of the relation cue table of :mod:`kg.extract.relationcues`: cues
built on nouns and set phrases of public administration, kept apart so that no
module of the table outgrows the size limit.

- member-of: a banner ("onder de vlag van X", "onder de paraplu van X"), a membership
  or participation noun ("het lidmaatschap van X", "de deelname aan X");
- purchases-via: purchasing placed with a party ("de inkoop is belegd bij X", "de
  gemeente voert de inkoop uit via X"), or done on behalf of parties ("R koopt namens
  A en B … in": A and B buy via R);
- executes-for: serving another municipality's people ("X bedient de inwoners van A
  en B": X works for A and B); a task that lies with a party ("de sociale
  werkvoorziening ligt bij X");
- related-organisation: tied to another organisation ("verbonden aan X", "aan X
  verbonden");
- cooperates-with: the staff of parties working together "waarin medewerkers van A en B
  samenwerken / in één team werken"; partners at the municipality's (regional) table
  ("Aan de regionale tafels zitten ook A en B"); buying together with partners ("X koopt
  … in met A en B", "dat X … met A en B inkoopt", "wordt met A ingekocht"), and the
  region of such a joint purchase is the one it runs via ("… in de regio R": purchases-via);
- compares-with: a multiple of another municipality's level ("het dubbele van A"), a figure
  set against another's ("68, tegen 49 in het aangrenzende A");
- executes-for also: a team's staff "van de gemeente, X en Y" (a composition without a verb);
- depends-on: the verb "afhangen van" ("dat A afhangt van X");
- the complement of "afhankelijk van" and "valt onder" before them at the end of a
  clause ("van X afhankelijk", "onder X valt").

Each row is a cue regex (compiled case-insensitive by :mod:`kg.extract.relationcues`),
its relation type, its direction and its triggers, as there. The phrases are
general Dutch of public administration (Van Dale; the VNG's model texts for
gemeenschappelijke regelingen speak of "deelname" and "lidmaatschap").

Examples
--------
>>> import re
>>> [row[1] for row in ROWS if re.search(row[0], "onder de vlag van Regio Noord", re.I)]
['member-of']
>>> [row[1] for row in ROWS if re.search(row[0], "De inkoop is belegd bij X", re.I)]
['purchases-via']
"""

from __future__ import annotations

from kg.extract.relationwordings import ROWS as _WORDING_ROWS

__all__ = ["ROWS"]

#: The people of a municipality a party may serve.
_PEOPLE = r"(?:inwoners|burgers|bewoners|cliënten|klanten|werkzoekenden)"

#: A team's make-up: "het wijkteam bestaat uit / wordt gevormd door", "teams, waarin", "In elk
#: team zitten / werken / participeren".
_TEAM_MADE = (
    r"(?:\b\w*team\w*\s+(?:\w+\s+)?(?:wordt\s+gevormd\s+door|worden\s+gevormd\s+door"
    r"|bestaa?t\w*\s+uit|bestaan\s+uit|is\s+samengesteld\s+uit|zijn\s+samengesteld\s+uit)\b"
    r"|teams?\s*,\s+waarin\b"
    r"|\b(?:in|aan)\s+(?:het|de|ons|elk|ieder|elke|iedere)\s+(?:\w+\s+)?\w*team\w*\s+"
    r"(?:zitten|zit|werken|werkt|participeren|participeert|nemen|neemt)\b)"
)
#: A word of cooperation later in the clause ("samenwerken", "werken … samen"), not "samen"
#: in a count ("met samen ongeveer 30 medewerkers").
_COOPERATING = r"[^;.]*?\bsamen(?:werk\w*|\b)(?!\s+(?:ongeveer|ruim|circa|bijna|\d))"

ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # working under a group's banner ("werkt onder de vlag van X", "Onder de vlag van X …")
    (
        r"\bonder\s+(?:de\s+)?(?:vlag|paraplu)\s+van\b",
        "member-of",
        "forward",
        ("vlag", "paraplu"),
    ),
    # a membership or participation noun ("het lidmaatschap van X", "de deelname aan X")
    (
        r"\b(?:lidmaatschap|deelname|deelneming)\s+(?:\w+\s+)?(?:van|aan|in)\b",
        "member-of",
        "forward",
        ("lidmaatschap", "deelname", "deelneming"),
    ),
    # purchasing placed with a party: the municipality buys via it
    (
        r"\b(?:inkoop|aanbesteding)\w*\s+(?:\w+\s+){0,3}?(?:is|zijn|wordt|worden|was|werd)\s+"
        r"(?:\w+\s+){0,2}?(?:belegd|ondergebracht)\s+(?:bij|in)\b"
        r"|\b(?:voert|voeren|voerde|voerden)\s+(?:\w+\s+){0,3}?(?:inkoop|aanbesteding)\w*\s+"
        r"(?:\w+\s+){0,3}?uit\s+(?:via|bij|door)\b",
        "purchases-via",
        "forward",
        # the rarer words every match holds: a sentence without them is not tried
        ("belegd", "ondergebracht", "uit via", "uit bij", "uit door"),
    ),
    # a task that lies with a party ("de sociale werkvoorziening ligt bij X", "de uitvoering
    # ligt bij X"): X does it for the municipality, as "is belegd bij X" (relationcues)
    (
        r"\b[\w-]*(?:uitvoering|taak|taken|voorziening|wet|hulp|zorg|verlening|ondersteuning"
        r"|begeleiding)\s+(?:ligt|liggen|lag|lagen)\s+(?:nu\s+|sindsdien\s+|al\s+)?bij\b",
        "executes-for",
        "reverse",
        ("ligt bij", "liggen bij", "lag bij", "lagen bij", "nu bij", "sindsdien bij", "al bij"),
    ),
    # purchasing on behalf of parties: "R koopt namens A en B … in" (A and B buy via R)
    (
        r"\b(?:koopt|kopen|kocht|kochten)\s+(?:\w+\s+){0,3}?namens\b",
        "purchases-via",
        "reverse",
        ("namens",),
    ),
    # the staff of parties working together in a team or place named before ("twee
    # proeftuinen, waarin medewerkers van A, B en de gemeente in één team werkten", "het
    # team, waarin medewerkers van de gemeente en van A samenwerken")
    (
        # (a count or a quantifier before the staff: "waarin ongeveer twintig / ruim 40 / alle")
        r"\bwaarin\s+(?:[\w.,]+\s+){0,3}?(?:medewerkers|professionals|hulpverleners)\s+van\b"
        r"(?=[^;.]*?\b(?:samenwerk\w*|samen\s+werk\w*|team\s+werk\w*))",
        "cooperates-with",
        "forward",
        ("waarin",),
    ),
    # the same staff with the verb last in a subordinate clause ("dat in het team medewerkers
    # van de gemeente, A en B samenwerken"): partners, as "waarin … samenwerken"
    (
        r"\bin\s+(?:het|de|ons|elk|ieder|elke|iedere)\s+(?:\w+\s+)?\w*team\w*\s+"
        r"(?:[\w.,]+\s+){0,2}?(?:medewerkers|professionals|hulpverleners)\s+van\b"
        r"(?=[^;.]*?\bsamen\s*werk)",
        "cooperates-with",
        "forward",
        ("team",),
    ),
    # a team made of organisations, or their staff in a team ("het wijkteam bestaat uit A en
    # B", "In het sociaal team zitten medewerkers van A en B"), with no word of cooperation:
    # the named organisations do the team's work (tests/gold/README.md, thirty-ninth session,
    # decision 1) ...
    (_TEAM_MADE + r"(?!" + _COOPERATING + ")", "executes-for", "reverse", ("team",)),
    # ... and with one ("waarin medewerkers van A en B samenwerken"), they are partners
    (_TEAM_MADE + r"(?=" + _COOPERATING + ")", "cooperates-with", "forward", ("team",)),
    # a team's composition named without a verb: staff of the municipality and of the named
    # organisations ("samen 30 medewerkers van de gemeente, Stichting X en Y", "met
    # professionals van gemeente en X"): the organisations do the team's work for it
    # (tests/gold/README.md, eleventh batch, decision 13)
    (
        # a count or "met" / "samen" before the staff: a composition, not staff who speak
        r"(?:\d|\b(?:met|samen|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
        r"|\w+tig))\s+(?:[\w.,]+\s+){0,2}?(?:medewerkers|professionals|consulenten"
        r"|hulpverleners)\s+van\s+(?:de\s+)?gemeente(?=\s*,|\s+en\b)"
        # staff who work together in it is the cooperation row's ("waarin … samenwerken")
        r"(?![^;.]*?\bsamen\s*werk)",
        "executes-for",
        "reverse",
        ("medewerkers van", "professionals van", "consulenten van", "hulpverleners van"),
    ),
    # a multiple or a fraction of another municipality's level ("bijna het dubbele van het
    # aangrenzende A", "minder dan de helft van buurstad A", "een derde van A")
    (
        r"\b(?:het\s+(?:dubbele|drievoudige|viervoudige)|(?:de|een)\s+(?:helft|derde|kwart))"
        r"\s+van\s+"
        # the other's figure named ("de helft van het cijfer van A", "… van dat van A")
        r"(?:(?:dat|die|het\s+(?:cijfer|aantal|aandeel|percentage)|de\s+score)\s+(?:van|in)\s+)?"
        r"(?:(?:het|de)\s+(?:naburige|nabijgelegen|omliggende|aangrenzende|stad)\s+"
        r"|(?:de\s+)?buur(?:gemeente|stad)\s+)?"  # "het dubbele van buurgemeente A"
        r"(?P<pre>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})",
        "compares-with",
        "forward",
        ("dubbele", "drievoudige", "viervoudige", "helft", "derde", "kwart"),
    ),
    # the verb "afhangen van", as "afhankelijk van" (relationcues): "dat A (steeds meer)
    # afhangt van X", "A hangt af van X"
    (
        r"\baf(?:hangt|hangen|hing|hingen)\s+van\b"
        r"|\b(?:hangt|hangen|hing|hingen)\s+(?:[\w-]+\s+){0,4}?af\s+van\b",
        "depends-on",
        "forward",
        ("hangt", "hangen", "hing"),
    ),
    # partners at a (regional) table, the municipality's seat ("Aan de regionale tafels
    # zitten (, naast de gemeenten,) ook A, B en C"): a standing consultation with them
    (
        r"\b(?-i:A)an\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?(?:tafel|tafels|overlegtafel\w*)\s+"
        # (an aside on who else sits there closes no list: ", naast die elf gemeenten,")
        r"(?:zit|zitten|zat|zaten)\b(?:\s*,\s*(?:naast|behalve|buiten)\s+[^,;.]{1,60},)?",
        "cooperates-with",
        "forward",
        ("tafel",),
    ),
    # a figure set against another municipality's ("68 uitkeringen, tegen 49 in het
    # aangrenzende A"), as "dan in A" does
    (
        r"\btegen\s+(?:ruim\s+|bijna\s+|ongeveer\s+|circa\s+)?\d[\d.,]*\s*(?:%|procent)?"
        r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+(?:in|bij)\s+"
        r"(?:(?:het|de)\s+(?:naburige|nabijgelegen|omliggende|aangrenzende|buur)\w*\s+)?"
        r"(?P<pre>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})",
        "compares-with",
        "forward",
        ("tegen",),
    ),
    # tied to another organisation ("X is verbonden aan de GGD Y", "aan die GGD verbonden"),
    # related-organisation (tests/gold/README.md: "is verbonden aan" stays so)
    (
        r"\b(?:verbonden|gelieerd)\s+aan\b",
        "related-organisation",
        "forward",
        ("verbonden", "gelieerd"),
    ),
    (
        r"\baan\b(?P<pre>[^;.,]{1,60}?)\b(?:verbonden|gelieerd)\b",
        "related-organisation",
        "forward",
        ("verbonden", "gelieerd"),
    ),
    # the complement before its adjective or verb at the end of the clause ("is A van X
    # afhankelijk", "dat onder X valt"), as "afhankelijk van X", "valt onder X"
    (
        r"\bvan\b(?P<pre>[^;.,]{1,60}?)\bafhankelijk\b",
        "depends-on",
        "forward",
        ("afhankelijk",),
    ),
    (
        r"\bonder\b(?P<pre>[^;.,]{1,60}?)\bval(?:t|len|lt)\b(?!\s+\w+\s+(?:onder|binnen)\b)",
        "member-of",
        "forward",
        ("val",),
    ),
    # the lead municipality acting "as" the centre of a group is one of its members ("Als
    # centrumgemeente van R werkt X …"); "voor" R names a task. A municipality named only as
    # the centre ("X is (de) centrumgemeente van R") leads it and is no member (gold README:
    # "named only as the centre of a region gets lead-municipality and no member-of").
    # Only where it works with the others in that role ("… werkt X samen met A en B"), and
    # not in a labour-market region, an area: cooperation in it states no membership, for
    # the centre or a partner (gold README, thirty-third session, settling decision 3).
    (
        r"\bals\s+(?:\w+\s+)?centrumgemeente\s+van\b(?!\s+(?:de\s+)?arbeidsmarktregio\b)"
        r"(?=[^.;]*?\bsamen)",
        "member-of",
        "forward",
        ("centrumgemeente",),
    ),
    # collecting or paying out money as a task ("het CAK, dat de eigen bijdragen int", "X
    # betaalt de budgetten uit"): with no one named, done for the profile's municipality
    # (relationforms.implicit_for), as "X, die de toegang uitvoert"
    (
        r"(?<=\s)(?P<mid>)(?:int|innen|inde|inden|uitbetaalt|uitbetalen)\b(?!\s+voor\b)",
        "executes-for",
        "forward",
        ("int", "innen", "inde", "uitbetaal"),
    ),
    # sharing a service with the partner named before the verb ("X, die met het UWV een
    # werkgeversservicepunt deelt"), as "deelt een … met X"
    (
        r"\bmet\b(?P<pre>[^;.,]{1,60}?)\b(?:een|het|de|hun|zijn|haar)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:deelt|delen|deelde|deelden)\b",
        "cooperates-with",
        "forward",
        ("deelt", "delen", "deelde"),
    ),
    # a task named by its noun, the party doing it after "door" ("de uitbetaling van de
    # budgetten door X", "de uitvoering van de Wmo door X"), as "uitbetaald door X"
    (
        r"\b(?:uitbetaling|uitvoering|levering|verstrekking)\s+(?:van\s+(?:[\w'-]+\s+){1,4}?)?"
        r"door\b",
        "executes-for",
        "reverse",
        ("uitbetaling", "uitvoering", "levering", "verstrekking"),
    ),
    # paying out as a task ("X betaalt de budgetten uit"), as "X int de bijdragen"
    (
        r"\bbetaal(?:t|en|de|den)\b(?P<mid>[^;.]*?)\buit\b(?!\s+(?:aan|voor)\b)",
        "executes-for",
        "forward",
        ("betaal",),
    ),
    # a task referred back to by a pronoun, done for others too ("X doet dit ook voor A en
    # B", "X, die dit ook voor A doet"), as "voert … uit voor A"
    (
        r"\b(?:doet|doen|deed|deden)\s+(?:dit|dat|hetzelfde|(?:die|deze)\s+taken?)\s+"
        r"(?:(?:ook|eveneens|tevens|sinds\s+\d{4})\s+)?voor\b",
        "executes-for",
        "forward",
        ("doet", "doen", "deed", "deden"),
    ),
    (
        r"\b(?:dit|dat|hetzelfde|(?:die|deze)\s+taken?)\s+(?:(?:ook|eveneens|tevens)\s+)?voor\b"
        r"(?P<pre>[^;.,]{1,60}?)\b(?:doet|doen|deed|deden)\b",
        "executes-for",
        "forward",
        ("doet", "doen", "deed", "deden"),
    ),
    # an agreement held with a party, the partner before the noun ("A heeft met X afspraken
    # over …", "heeft met X een convenant"), as "afspraken met X", "een convenant met X"
    (
        r"\b(?:heeft|hebben|had|hadden)\s+(?:ook\s+)?met\b(?P<pre>[^;.,]{1,60}?)\b"
        r"(?:(?:een|goede|duidelijke|vaste|heldere|nauwe|aparte|eigen|gezamenlijke?)\s+){0,3}"
        r"[\w-]*(?:afspraken|convenant|overeenkomst)\b",
        "cooperates-with",
        "forward",
        ("afspraken", "convenant", "overeenkomst"),
    ),
    # buying together with partners ("X koopt de jeugdhulp in met A en B (in de regio R)", "X
    # koopt met A en B in", "dat X de hulp met A inkoopt", "de hulp wordt met A ingekocht"):
    # joint purchasing is cooperation, as "samen met A inkopen"; a region after "in de regio"
    # is its setting (member-of, as "werkt samen met A in de regio R")
    (
        r"\b(?:koopt|kopen|kocht|kochten)\s+(?:(?:de|het|hun|haar|alle|zijn)\s+)?"
        r"(?:[\w-]+\s+){0,3}?in\s+(?:gezamenlijk\s+)?met\b"
        r"|\b(?:koopt|kopen|kocht|kochten)\s+(?:(?:al|sinds\s+\d{4}|nu)\s+)?met\b(?=[^;.]*?\bin\b)",
        "cooperates-with",
        "forward",
        ("koopt", "kopen", "kocht"),
    ),
    (  # the partners a list of names only, right before the verb (or its object)
        r"\bmet\s+(?P<pre>(?:(?:de|het)\s+)?(?-i:[A-Z])[\w-]*"
        r"(?:(?:\s*,\s*|\s+en\s+|\s+)(?:(?:de|het)\s+)?(?-i:[A-Z])[\w-]*){0,8})\s+"
        r"(?:(?:de|het|hun|haar)\s+[\w-]+\s+)?(?:inkoopt|inkopen|inkocht|inkochten|ingekocht)\b",
        "cooperates-with",
        "forward",
        ("inkoopt", "inkopen", "inkocht", "ingekocht"),
    ),
    # the region of a joint purchase with partners ("X koopt … in met A en B in de regio R"):
    # the purchase runs via the region, as "ingekocht via de regio R"
    (
        r"\b(?:koopt|kopen|kocht|kochten)\s+[^;.]{0,80}?\bmet\b[^;.]{1,120}?\bin\s+de\s+"
        r"(?P<pre>regio\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})",
        "purchases-via",
        "forward",
        ("koopt", "kopen", "kocht"),
    ),
    # serving another municipality's people ("X bedient de inwoners van A en B")
    (
        r"\bbedien(?:t|en|de|den)\s+(?:de\s+)?(?:\w+\s+)?" + _PEOPLE + r"\s+(?:van|uit|in)\b",
        "executes-for",
        "forward",
        ("bedien",),
    ),
) + _WORDING_ROWS
