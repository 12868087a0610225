"""Relations of regional cooperation on invented Dutch sentences (not from any profile).

Labour-market and youth-care regions, joint bodies, executing organisations and
purchasing, phrased as municipality profiles phrase them.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("paragraphs", "expected", "absent"),
    [
        (  # a task-phrase between the verb and its preposition
            ["Teststad zit voor de jeugdhulp in de regio Parkstad."],
            {("member-of", OWN, "region/parkstad")},
            set(),
        ),
        (
            ["Teststad valt voor werk en inkomen onder de arbeidsmarktregio Zuid-Limburg."],
            {("member-of", OWN, "region/arbeidsmarktregio-zuid-limburg")},
            set(),
        ),
        (
            ["De gemeente valt voor de GGD onder de GGD Middenland."],
            {("member-of", OWN, "body/ggd-middenland")},
            set(),
        ),
        (
            ["Teststad hoort voor de jeugdhulp bij de jeugdregio Parkstad."],
            {("member-of", OWN, "region/jeugdregio-parkstad")},
            set(),
        ),
        (  # housed in a joint body named after its kind
            ["De sociale werkvoorziening is ondergebracht in het werkbedrijf Randmeer."],
            {("executes-for", "body/randmeer", OWN)},
            set(),
        ),
        (  # working for parties in a relative clause
            [
                "Teststad heeft de Participatiewet ondergebracht bij de ISD Randstreek, die ook"
                " voor Heerlen werkt."
            ],
            {
                ("executes-for", "body/isd-randstreek", OWN),
                ("executes-for", "body/isd-randstreek", "municipality/heerlen"),
            },
            {("executes-for", OWN, "municipality/heerlen")},
        ),
        (  # a fronted "voor" in a main clause is no relative clause
            ["Voor Heerlen werkt de ISD ook."],
            set(),
            {("executes-for", OWN, "municipality/heerlen")},
        ),
        (  # the contrast after a negated cue names the party that does hold
            [
                "Oss maakt geen deel uit van de GGD Hart voor Brabant, maar van de GGD"
                " Brabant-Zuidoost."
            ],
            {("member-of", "municipality/oss", "body/ggd-brabant-zuidoost")},
            {("member-of", "municipality/oss", "body/ggd-hart-voor-brabant")},
        ),
        (
            ["Teststad werkt niet samen met Heerlen, maar met Landgraaf."],
            {("cooperates-with", OWN, "municipality/landgraaf")},
            {("cooperates-with", OWN, "municipality/heerlen")},
        ),
        (
            [
                "De gemeente koopt de jeugdhulp niet in via de regio Parkstad, maar via het"
                " Regionaal Inkoopbureau Oost."
            ],
            {("purchases-via", OWN, "body/regionaal-inkoopbureau-oost")},
            {("purchases-via", OWN, "region/parkstad")},
        ),
        (  # another verb after "maar": no contrast of the cue
            ["Teststad maakt geen deel uit van de GGD Middenland, maar heeft contact met Heerlen."],
            set(),
            {("member-of", OWN, "body/ggd-middenland")},
        ),
        (  # a region's municipalities acting together: the profile's is one of them
            [
                "De regio Parkstad is groot.",
                "De zeven Parkstad-gemeenten kopen de jeugdhulp gezamenlijk in.",
            ],
            {("member-of", OWN, "region/parkstad"), ("purchases-via", OWN, "region/parkstad")},
            set(),
        ),
        (
            ["De Twentse gemeenten werken samen in de jeugdhulp."],
            {("member-of", OWN, "region/twente")},
            {("purchases-via", OWN, "region/twente")},
        ),
        (  # not together, negated, a province, no subject: nothing
            ["De Twentse gemeenten hebben elk een eigen wijkteam."],
            set(),
            {("member-of", OWN, "region/twente")},
        ),
        (
            ["De Twentse gemeenten kopen de jeugdhulp niet gezamenlijk in."],
            set(),
            {("member-of", OWN, "region/twente")},
        ),
        (
            ["De Limburgse gemeenten kopen de jeugdhulp gezamenlijk in."],
            set(),
            {("member-of", OWN, "place/limburg")},
        ),
        (
            ["Volgens de Twentse gemeenten werkt het samen goed."],
            set(),
            {("member-of", OWN, "region/twente")},
        ),
        (  # a bare acronym as subject: the party named before whose name holds it
            ["De uitvoering ligt bij Werkbedrijf IBN. IBN werkt ook voor Bernheze en Landerd."],
            {
                ("executes-for", "body/werkbedrijf-ibn", "municipality/bernheze"),
                ("executes-for", "body/werkbedrijf-ibn", "municipality/landerd"),
            },
            {("executes-for", OWN, "municipality/bernheze")},
        ),
        (  # an acronym no party holds: no subject, not the profile's municipality
            ["WSD werkt voor Boxtel en Haaren."],
            set(),
            {("executes-for", OWN, "municipality/boxtel")},
        ),
        (  # a mentioned acronym keeps its reading
            ["Het UWV werkt samen met Heerlen."],
            {("cooperates-with", "organisation/uwv", "municipality/heerlen")},
            set(),
        ),
        (  # a municipality after "in" locates the organisation: no purchasing party
            [
                "De inkoop van specialistische jeugdhulp verloopt via het Regionaal"
                " Inkoopbureau in Middelburg."
            ],
            {("purchases-via", OWN, "organisation/regionaal-inkoopbureau")},
            {("purchases-via", OWN, "municipality/middelburg-z")},
        ),
        (  # "werkte met" a team of its own: the municipalities of a parallel list are no partners
            [
                "De drie oude gemeenten hadden elk een eigen aanpak: Slochteren werkte met een"
                " sociaal team per dorp, Hoogezand-Sappemeer met wijkteams en Menterwolde met"
                " één centraal loket."
            ],
            set(),
            {("cooperates-with", "municipality/slochteren", "municipality/menterwolde")},
        ),
        (  # examples announced after the indefinite object are partners
            [
                "De gemeente werkt samen met een aantal partners, zoals Stichting Welzijn Oost"
                " en het UWV."
            ],
            {("cooperates-with", OWN, "organisation/uwv")},
            set(),
        ),
        (  # an organisation housed in a joint body is part of it
            ["Veilig Thuis Limburg is ondergebracht bij de GGD Middenland."],
            {("member-of", "organisation/veilig-thuis-limburg", "body/ggd-middenland")},
            {("executes-for", "body/ggd-middenland", "organisation/veilig-thuis-limburg")},
        ),
        (  # a task housed there is done for the municipality
            ["De sociale dienst is ondergebracht bij de ISD Randstreek."],
            {("executes-for", "body/isd-randstreek", OWN)},
            set(),
        ),
        (  # inhabitants relying on a place for work turn to it (the gold guideline's
            # oriented-towards: inhabitants who go to another place for work)
            ["Inwoners zijn voor hun werk vooral op Heerlen aangewezen."],
            {("oriented-towards", OWN, "municipality/heerlen")},
            {("depends-on", OWN, "municipality/heerlen")},
        ),
        (  # the municipality relying on a party depends on it
            ["De gemeente is voor de inkoop op Heerlen aangewezen."],
            {("depends-on", OWN, "municipality/heerlen")},
            set(),
        ),
        (  # a likeness is a comparison
            ["Teststad lijkt qua bevolking op Heerlen."],
            {("compares-with", OWN, "municipality/heerlen")},
            set(),
        ),
        (  # the members listed after "In G werken N gemeenten samen:"
            [
                "In de regio Kempenland werken acht gemeenten samen: Teststad, Heerlen,"
                " Landgraaf en Voerendaal."
            ],
            {
                ("member-of", OWN, "region/kempenland"),
                ("member-of", "municipality/heerlen", "region/kempenland"),
                ("member-of", "municipality/voerendaal", "region/kempenland"),
            },
            set(),
        ),
        (  # purchasing organised through a region
            ["De inkoop van jeugdhulp is regionaal georganiseerd via de regio Kempenland."],
            {("purchases-via", OWN, "region/kempenland")},
            set(),
        ),
        (  # a name ending like an adjective is still a name when it spells its entity
            ["Stichting Synthese verzorgt in opdracht van de gemeente de mantelzorg."],
            {("executes-for", "organisation/stichting-synthese", OWN)},
            set(),
        ),
        (
            [
                "Welzijnsorganisatie Synthese is actief.",
                "Synthese ontvangt subsidie van de gemeente.",
            ],
            {("related-organisation", OWN, "organisation/synthese")},
            set(),
        ),
        (  # a region's adjective before a noun stays no party
            ["De zorg wordt ingekocht via de Twentse raamcontracten."],
            set(),
            {("purchases-via", OWN, "region/twente")},
        ),
        (  # a joint body of its members, two words naming its kind
            [
                "De ISD Randstreek is de gezamenlijke sociale dienst van Teststad, Heerlen en"
                " Landgraaf."
            ],
            {
                ("member-of", OWN, "body/isd-randstreek"),
                ("member-of", "municipality/landgraaf", "body/isd-randstreek"),
            },
            set(),
        ),
        (  # the members having a joint body named in apposition
            ["Teststad en Heerlen hebben een gezamenlijke sociale dienst, de ISD Randstreek."],
            {
                ("member-of", OWN, "body/isd-randstreek"),
                ("member-of", "municipality/heerlen", "body/isd-randstreek"),
            },
            set(),
        ),
        (
            [
                "Teststad en Heerlen hebben geen gezamenlijke sociale dienst, de ISD Randstreek"
                " is van Heerlen."
            ],
            set(),
            {("member-of", OWN, "body/isd-randstreek")},
        ),
        (  # a demonstrative subject refers to the body named before
            ["De ISD Randstreek heeft een wachtlijst. Deze dienst werkt ook voor Heerlen."],
            {("executes-for", "body/isd-randstreek", "municipality/heerlen")},
            {("executes-for", OWN, "municipality/heerlen")},
        ),
        (
            [
                "Het werkbedrijf Randmeer heeft 400 medewerkers. Het voert de Participatiewet uit"
                " voor Teststad en Heerlen."
            ],
            {("executes-for", "body/randmeer", "municipality/heerlen")},
            {("executes-for", OWN, "municipality/heerlen")},
        ),
        (  # "deze gemeente" is the profile's own
            ["Deze gemeente werkt samen met Heerlen."],
            {("cooperates-with", OWN, "municipality/heerlen")},
            set(),
        ),
        (  # owners of a joint body are its members
            ["Teststad en Heerlen zijn de eigenaren van het werkbedrijf Randmeer."],
            {
                ("member-of", OWN, "body/randmeer"),
                ("member-of", "municipality/heerlen", "body/randmeer"),
            },
            set(),
        ),
        (  # joining a group's cooperation is joining the group
            ["Teststad heeft zich aangesloten bij de inkoopsamenwerking van Regio Kempenland."],
            {("member-of", OWN, "body/regio-kempenland")},
            set(),
        ),
        (  # partners named with their field are partners, not groups
            [
                "Belangrijke partners in het sociaal domein zijn Stichting Welzijn Oost, MEE en"
                " het UWV."
            ],
            {("cooperates-with", OWN, "organisation/mee")},
            {("member-of", OWN, "organisation/mee")},
        ),
        (
            ["Teststad is partner in de regio Kempenland."],
            {("member-of", OWN, "region/kempenland")},
            set(),
        ),
        (  # agreements that exist with a partner
            ["De gemeente werkt samen met Stichting Welzijn Oost; ook met MEE zijn afspraken."],
            {("cooperates-with", OWN, "organisation/mee")},
            set(),
        ),
        (  # consultation between the parties
            ["Er is structureel overleg tussen de gemeente, MEE en Stichting Welzijn Oost."],
            {
                ("cooperates-with", OWN, "organisation/mee"),
                ("cooperates-with", OWN, "organisation/stichting-welzijn-oost"),
            },
            set(),
        ),
        (  # "de gemeente" heading a list with a comma
            ["De gemeente, MEE en Stichting Welzijn Oost werken samen in het sociaal team."],
            {("cooperates-with", OWN, "organisation/mee")},
            set(),
        ),
        (  # advice and thinking along are cooperation
            ["MEE adviseert de gemeente over cliëntondersteuning."],
            {("cooperates-with", OWN, "organisation/mee")},
            set(),
        ),
        (
            ["Stichting Welzijn Oost denkt mee met de gemeente over preventie."],
            {("cooperates-with", OWN, "organisation/stichting-welzijn-oost")},
            set(),
        ),
        (
            ["De gemeente laat zich adviseren door het Verwey-Jonker Instituut."],
            {("cooperates-with", OWN, "organisation/verwey-jonker-instituut")},
            set(),
        ),
        (  # hiring, commissioning and contracting a party: it works for the municipality
            ["De gemeente huurt MEE in voor de cliëntondersteuning."],
            {("executes-for", "organisation/mee", OWN)},
            set(),
        ),
        (
            ["De gemeente geeft de GGD Middenland opdracht om de monitor uit te voeren."],
            {("executes-for", "body/ggd-middenland", OWN)},
            set(),
        ),
        (
            ["De gemeente contracteert Stichting Zorgwijzer en Thuiszorg Oost."],
            {
                ("executes-for", "organisation/stichting-zorgwijzer", OWN),
                ("executes-for", "organisation/thuiszorg-oost", OWN),
            },
            set(),
        ),
        (
            ["De gemeente geeft geen opdracht aan MEE."],
            set(),
            {("executes-for", "organisation/mee", OWN)},
        ),
        (  # a subsidised organisation
            ["Stichting Welzijn Oost is een gesubsidieerde instelling."],
            {("related-organisation", OWN, "organisation/stichting-welzijn-oost")},
            set(),
        ),
        (  # working across the border, studying and hospital care elsewhere
            ["Veel inwoners werken over de grens in Duitsland."],
            {("oriented-towards", OWN, "place/duitsland")},
            set(),
        ),
        (
            ["Veel jongeren gaan in Maastricht studeren."],
            {("oriented-towards", OWN, "municipality/maastricht")},
            set(),
        ),
        (
            ["Inwoners gaan voor het ziekenhuis naar Heerlen of Maastricht."],
            {
                ("oriented-towards", OWN, "municipality/heerlen"),
                ("oriented-towards", OWN, "municipality/maastricht"),
            },
            set(),
        ),
        (  # "die van X": the figures of X
            ["De gemeente vergelijkt haar cijfers met die van Heerlen en Landgraaf."],
            {
                ("compares-with", OWN, "municipality/heerlen"),
                ("compares-with", OWN, "municipality/landgraaf"),
            },
            set(),
        ),
        (  # staff employed by or seconded from a party: it does the work
            ["De Wmo-consulenten zijn in dienst van Stichting Welzijn Oost."],
            {("executes-for", "organisation/stichting-welzijn-oost", OWN)},
            set(),
        ),
        (
            ["De jeugdconsulenten zijn gedetacheerd vanuit Stichting Welzijn Oost."],
            {("executes-for", "organisation/stichting-welzijn-oost", OWN)},
            set(),
        ),
        (
            ["De medewerkers van het sociaal team komen van Stichting Welzijn Oost en MEE."],
            {("executes-for", "organisation/mee", OWN)},  # a make-up (39th session, decision 1)
            set(),
        ),
        (  # a certified institution, the direction of a team, a tender won
            ["Stichting Jeugdbescherming Oost is de gecertificeerde instelling voor Teststad."],
            {("executes-for", "organisation/stichting-jeugdbescherming-oost", OWN)},
            set(),
        ),
        (
            ["De regie op het sociaal team ligt bij Stichting Welzijn Oost."],
            {("executes-for", "organisation/stichting-welzijn-oost", OWN)},
            set(),
        ),
        (
            ["Stichting Welzijn Oost heeft de aanbesteding gewonnen."],
            {("executes-for", "organisation/stichting-welzijn-oost", OWN)},
            set(),
        ),
        (  # the municipality's team under a party is run by it; the municipality is no member
            ["Het sociaal team valt onder Stichting Welzijn Oost."],
            {("executes-for", "organisation/stichting-welzijn-oost", OWN)},
            {("member-of", OWN, "organisation/stichting-welzijn-oost")},
        ),
        (  # smoke-obs: a named joint organisation as the setting of a cooperation
            [
                "Schiermonnikoog werkt voor de jeugdhulp samen met de Friese gemeenten in het"
                " Sociaal Domein Fryslân."
            ],
            {("member-of", "municipality/schiermonnikoog", "organisation/sociaal-domein-fryslan")},
            set(),
        ),
        (  # smoke-obs: a task that runs through a party is done by it
            ["De sociale werkvoorziening loopt via Caparis."],
            {("executes-for", "organisation/caparis", OWN)},
            set(),
        ),
        (  # buying through a party is purchasing, not its work
            ["De inkoop van jeugdhulp loopt via Regio Kempenland."],
            {("purchases-via", OWN, "body/regio-kempenland")},
            {("executes-for", "body/regio-kempenland", OWN)},
        ),
        (  # the lead named after its verb ("treedt X op als centrumgemeente")
            ["Voor de regio Parkstad treedt Heerlen op als centrumgemeente."],
            {("lead-municipality", "region/parkstad", "municipality/heerlen")},
            {("lead-municipality", "region/parkstad", OWN)},
        ),
        (  # "de andere X-gemeenten": the profile's municipality is one of them
            [
                "De regio Parkstad is groot.",
                "Met de andere Parkstad-gemeenten wordt samengewerkt in de jeugdhulp.",
            ],
            {("member-of", OWN, "region/parkstad")},
            set(),
        ),
        (
            ["De regio Parkstad is groot.", "Teststad is een van de zeven Parkstad-gemeenten."],
            {("member-of", OWN, "region/parkstad")},
            set(),
        ),
        (  # the body they form is the group, not the region of the adjective
            [
                "Teststad maakt met Heerlen en de andere Twentse gemeenten deel uit van Regio"
                " Twente."
            ],
            {("member-of", OWN, "body/regio-twente")},
            {("member-of", OWN, "region/twente")},
        ),
        (  # a group's tender or purchasing stands for the group
            [
                "De Wmo-ondersteuning wordt ingekocht via een regionale aanbesteding van de regio"
                " Parkstad."
            ],
            {("purchases-via", OWN, "region/parkstad")},
            set(),
        ),
        (
            ["De gemeente neemt deel aan de regionale inkoop van de jeugdregio Parkstad."],
            {("member-of", OWN, "region/jeugdregio-parkstad")},
            set(),
        ),
        (  # staff coming from a region is no partnership
            ["De regio Parkstad is groot.", "Veel medewerkers komen uit de regio Parkstad."],
            set(),
            {("cooperates-with", OWN, "region/parkstad")},
        ),
        (  # having become a member
            ["De gemeente is met ingang van 2015 lid geworden van de GR Randstreek."],
            {("member-of", OWN, "body/gr-randstreek")},
            set(),
        ),
        (  # a study carried out by a party, a source line under figures
            ["Een onderzoek door het Verwey-Jonker Instituut laat zien dat de toegang werkt."],
            {("reports-on", "organisation/verwey-jonker-instituut", OWN)},
            set(),
        ),
        (
            ["De werkloosheid is 5%. Bron: CBS."],
            {("reports-on", "organisation/cbs", OWN)},
            set(),
        ),
        (  # studying elsewhere without another cue word in the sentence
            ["Veel jongeren gaan in Heerlen studeren."],
            {("oriented-towards", OWN, "municipality/heerlen")},
            set(),
        ),
        (  # participants named from the group's side
            ["Aan de GR Randstreek nemen Teststad, Heerlen en Landgraaf deel."],
            {
                ("member-of", OWN, "body/gr-randstreek"),
                ("member-of", "municipality/landgraaf", "body/gr-randstreek"),
            },
            set(),
        ),
        (
            ["De GR Randstreek, met als deelnemers Teststad en Heerlen, voert de Wmo uit."],
            {("member-of", "municipality/heerlen", "body/gr-randstreek")},
            set(),
        ),
        (
            ["Teststad en Heerlen zijn de deelnemende gemeenten in de GR Randstreek."],
            {
                ("member-of", OWN, "body/gr-randstreek"),
                ("member-of", "municipality/heerlen", "body/gr-randstreek"),
            },
            set(),
        ),
        (  # a fronted condition on a party's work: depending on it
            ["Zonder de inzet van Stichting Welzijn Oost zou het vrijwilligerswerk niet draaien."],
            {("depends-on", OWN, "organisation/stichting-welzijn-oost")},
            set(),
        ),
        (
            ["Zonder indicatie kunnen inwoners terecht bij Stichting Welzijn Oost."],
            set(),
            {("depends-on", OWN, "organisation/stichting-welzijn-oost")},
        ),
        (  # its volunteers stand for the party
            ["De gemeente kan niet zonder de vrijwilligers van Stichting Welzijn Oost."],
            {("depends-on", OWN, "organisation/stichting-welzijn-oost")},
            set(),
        ),
        (  # an agreement signed by its parties, one named with its type noun
            [
                "Het convenant is ondertekend door de gemeente, woningcorporatie Woonwijze en"
                " Stichting Welzijn Oost."
            ],
            {
                ("cooperates-with", OWN, "organisation/woonwijze"),
                ("cooperates-with", OWN, "organisation/stichting-welzijn-oost"),
            },
            set(),
        ),
        (  # a founder of a joint body is a member of it
            ["De gemeente is één van de initiatiefnemers van de Stichting Zorgregio Oost."],
            {("member-of", OWN, "organisation/stichting-zorgregio-oost")},
            set(),
        ),
        (  # an addition after the cue: "niet alleen met A …, maar ook met B"
            ["De gemeente werkt niet alleen met Heerlen samen, maar ook met Landgraaf."],
            {
                ("cooperates-with", OWN, "municipality/heerlen"),
                ("cooperates-with", OWN, "municipality/landgraaf"),
            },
            set(),
        ),
        (  # founders in a relative clause with the perfect after the group
            ["De gemeente, die samen met Heerlen de ISD Randstreek heeft opgericht, is tevreden."],
            {
                ("member-of", OWN, "body/isd-randstreek"),
                ("member-of", "municipality/heerlen", "body/isd-randstreek"),
            },
            {("cooperates-with", OWN, "body/isd-randstreek")},
        ),
        (  # "G (short), waarin A samenwerkt met B en C": all three are members of G
            [
                "De bijstand is belegd bij de Intergemeentelijke Sociale Dienst Oostland (ISD"
                " Oostland), waarin Teststad samenwerkt met Leusden en Woudenberg."
            ],
            {
                ("member-of", OWN, "body/intergemeentelijke-sociale-dienst-oostland"),
                (
                    "member-of",
                    "municipality/leusden",
                    "body/intergemeentelijke-sociale-dienst-oostland",
                ),
                (
                    "member-of",
                    "municipality/woudenberg",
                    "body/intergemeentelijke-sociale-dienst-oostland",
                ),
            },
            set(),
        ),
    ],
)
def test_regional_cooperation(paragraphs, expected, absent):
    got = relations(*paragraphs)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    "sentence",
    [
        "De regionale samenwerking vindt plaats in de Regio Vallei.",
        "De samenwerking in de Regio Vallei verloopt goed.",
    ],
)
def test_cooperation_taking_place_in_a_named_group(sentence):
    """The group a cooperation takes place in is one the municipality is a member of, also
    when a problem phrase ("samenwerking in de regio") reaches into the group's name."""
    assert ("member-of", OWN, "body/regio-vallei") in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Teststad, Leusden en Woudenberg hebben hun sociale diensten samengevoegd in de ISD"
            " Vallei.",
            {OWN, "municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "Sinds 2013 hebben Teststad en Leusden één sociale dienst: de ISD Vallei.",
            {OWN, "municipality/leusden"},
        ),
    ],
)
def test_services_merged_or_shared_in_a_body(sentence, members):
    """Municipalities that merged their services into a body, or have one service (named after
    a colon), are its members."""
    got = {r[1] for r in relations(sentence) if r[0] == "member-of" and r[2] == "body/isd-vallei"}
    assert got == members


@pytest.mark.parametrize(
    ("sentence", "executor"),
    [
        (
            "Voor de uitvoering van de Participatiewet is er het werkbedrijf Vallei Werkt, een"
            " gemeenschappelijke regeling van zeven gemeenten.",
            "body/vallei-werkt",
        ),
        (
            "Voor de schuldhulpverlening is er de Kredietbank Vallei.",
            "organisation/kredietbank-vallei",
        ),
    ],
)
def test_a_party_that_is_there_for_a_task_executes_it(sentence, executor):
    """ "Voor <task> is er X" makes X the executor of the task for the municipality; "Voor A
    is er X" (a municipality) does not."""
    assert ("executes-for", executor, OWN) in relations(sentence)
    assert not {r for r in relations("Voor Leusden is er het werkbedrijf Vallei Werkt.")}


def test_cooperation_in_a_region_makes_no_member_of_it():
    """ "A werkt samen met B, C en D in de regio R": cooperation with each partner, no membership
    of the area (tests/gold/README.md, thirty-ninth session, decision 3)."""
    got = relations("Teststad werkt samen met Leusden, Woudenberg en Renswoude in de regio Vallei.")
    assert ("cooperates-with", OWN, "municipality/renswoude") in got
    assert not {r for r in got if r[0] == "member-of" and r[2] == "region/vallei"}


def test_cooperation_with_a_regions_municipalities_and_its_lead():
    """ "waarbij X centrumgemeente is" after the municipalities of a region names the region's
    lead municipality; working together with them stays cooperation with the region (see
    tests/test_extract_relationparties.py)."""
    got = relations(
        "Voor beschermd wonen werkt Teststad samen met de veertien Twentse gemeenten, waarbij"
        " Enschede centrumgemeente is voor beschermd wonen."
    )
    assert {
        ("cooperates-with", OWN, "region/twente"),
        ("lead-municipality", "region/twente", "municipality/enschede"),
    } <= got


def test_a_list_goes_on_after_a_short_form_in_parentheses():
    """The closing parenthesis of a short form given after a name does not end a cue's list."""
    got = relations(
        "Teststad neemt deel aan de Regionale Uitvoeringsdienst (RUD) en aan de Veiligheidsregio"
        " Vallei (VRV)."
    )
    assert {
        ("member-of", OWN, "organisation/regionale-uitvoeringsdienst"),
        ("member-of", OWN, "body/veiligheidsregio-vallei"),
    } <= got
