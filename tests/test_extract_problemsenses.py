"""Problem labels in another sense (kg/extract/problemsenses.py), on invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, key

from kg.extract.problemsenses import load_senses


def _problems(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {key(c) for c in finding.concerns if "/problem/" in c}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("De uitstroom uit de bijstand naar betaald werk blijft achter.", "sheltered-housing"),
        ("Aanbieders zien veel uitstroom van personeel naar de ziekenhuizen.", "sheltered-housing"),
        ("De stapeling van eigen bijdragen treft chronisch zieken.", "multi-problem-households"),
        ("De krimp van het budget raakt vooral de kleine aanbieders.", "ageing"),
        ("Inwoners met een laag inkomen krijgen korting op de eigen bijdrage.", "budget-pressure"),
        ("In de dorpen is veel onderlinge solidariteit.", "risk-pooling"),
        ("Klachten gaan over overschrijding van de wettelijke termijn.", "budget-overrun"),
        ("Volgens de wethouder ligt de schuld bij het Rijk.", "debts"),
        ("Ambtenaren geven het Rijk de schuld van de problemen.", "debts"),
        # "eigen schuld": one's own fault
        ("Volgens de consulent voelt een afwijzing voor veel mensen als eigen schuld.", "debts"),
        ("Wie zijn netwerk kwijtraakt, hoort al snel dat het zijn eigen schuld is.", "debts"),
        ("Ouderen zien eenzaamheid volgens de ouderenadviseur vaak als eigen schuld.", "debts"),
        ("Eigen kracht mag geen eigen schuld worden, zegt de wethouder.", "debts"),
        # the shelter beside sheltered housing: the centre municipality's pair of tasks
        (
            "Volgens de wethouder is Zwolle centrumgemeente voor beschermd wonen en "
            "maatschappelijke opvang.",
            "homelessness",
        ),
        (
            "De budgetten voor de maatschappelijke opvang en het beschermd wonen gaan volgens "
            "ambtenaren naar de regio.",
            "homelessness",
        ),
        (
            "Volgens de wethouder regelt Deventer de maatschappelijke opvang en beschermde "
            "woonvormen voor de hele regio.",
            "homelessness",
        ),
        # an accumulation of provisions for one person
        ("Bij ouderen is er vaak een stapeling van voorzieningen.", "multi-problem-households"),
        (
            "De consulenten zien een stapeling van maatwerkvoorzieningen bij alleenwonenden.",
            "multi-problem-households",
        ),
        (
            "Volgens de wethouder leidt de stapeling van indicaties tot hoge kosten.",
            "multi-problem-households",
        ),
        ("Ouderen kopen de schoonmaakhulp nu vaak zelf particulier in.", "european-tendering"),
        ("Met de toelage kunnen inwoners zelf hulp inkopen.", "european-tendering"),
        ("De directeur van de stichting wil meer grip op de uitgaven.", "council-knowledge-gap"),
        ("Het streefniveau van de begroting is nog niet bereikt.", "reaching-residents"),
        (
            "Het wijkteam schiet volgens de cliëntenraad tekort in zijn informatie.",
            "budget-overrun",
        ),
        (
            "Volgens de wethouder benadeelt het verdeelmodel voor de bijstand de stad.",
            "historical-allocation",
        ),
        (
            "Het college vindt dat het verdeelmodel de zwakke arbeidsmarkt negeert.",
            "historical-allocation",
        ),
        (
            "Volgens de wethouder contracteert een bureau namens de zes gemeenten de jeugdhulp.",
            "european-tendering",
        ),
        (
            "Volgens de wethouder is er een bureau dat de jeugdhulp samen met de regio inkoopt.",
            "european-tendering",
        ),
        (
            "Volgens de wethouder loopt de inkoop via het Inkoopbureau Jeugd Zuid.",
            "european-tendering",
        ),
        (
            "Volgens de wethouder wordt de jeugdhulp ingekocht door de regio West.",
            "european-tendering",
        ),
        (
            "Volgens ambtenaren wordt de begeleiding centraal ingekocht door het Servicebureau.",
            "european-tendering",
        ),
        (
            "Volgens de wethouder is de dagbesteding sinds 2016 ingekocht door de vijf gemeenten "
            "samen.",
            "european-tendering",
        ),
        (
            "Volgens de wethouder werkt de gemeente samen met Oss bij de inkoop van de Wmo.",
            "european-tendering",
        ),
        (
            "Volgens ambtenaren hielpen de handreikingen van de VNG bij de inkoop.",
            "european-tendering",
        ),
        (
            "Volgens de consulenten zeggen cliënten door de eigen bijdrage voor de "
            "huishoudelijke hulp hun hulp op.",
            "household-help-cuts",
        ),
        (
            "Volgens de wethouder verbetert het Werkplein de dienstverlening voor werkzoekenden.",
            "unemployment",
        ),
        (
            "Volgens het UWV vinden werkzoekenden uit de gemeente vaak over de grens werk.",
            "unemployment",
        ),
        (
            "Het gebruik van de Wmo ligt volgens de Wmo-raad boven het landelijk niveau, vooral "
            "door de huishoudelijke hulp.",
            "household-help-cuts",
        ),
        (
            "Volgens de wethouder is het gebruik hoog, wat vooral samenhangt met de "
            "huishoudelijke hulp.",
            "household-help-cuts",
        ),
        (
            "Volgens de scholen komt het samenwerkingsverband passend onderwijs te weinig in "
            "beeld.",
            "regional-distance",
        ),
        ("Over de bereikbaarheid van het wijkteam zijn huisartsen kritisch.", "reaching-residents"),
        (
            "Volgens de wethouder groeien veel kinderen op in een gezin met weinig geld.",
            "budget-pressure",
        ),
    ],
)
def test_a_label_word_in_another_sense_names_no_problem(sentence, absent):
    assert "problem/" + absent not in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("De uitstroom uit beschermd wonen stokt door woningnood.", "sheltered-housing"),
        ("Bij veel gezinnen is er een stapeling van problemen.", "multi-problem-households"),
        ("Raadsleden zeggen dat zij weinig grip hebben op de afspraken.", "council-knowledge-gap"),
        ("Veel gezinnen in de wijk worden nog niet bereikt.", "reaching-residents"),
        ("Het gezin heeft een schuld bij de energieleverancier.", "debts"),
        ("Door zijn eigen schulden bij de bank kan hij niet rondkomen.", "debts"),
        # the shelter alone: the homeless
        ("Voor de maatschappelijke opvang is de gemeente afhankelijk van Zwolle.", "homelessness"),
        ("Medewerkers van de maatschappelijke opvang zien meer daklozen.", "homelessness"),
        ("De maatschappelijke opvang zit volgens de wethouder elke winter vol.", "homelessness"),
        ("Volgens ambtenaren kost de maatschappelijke opvang steeds meer.", "homelessness"),
        (
            "Bij veel gezinnen zien wij een stapeling van schulden en ziekte.",
            "multi-problem-households",
        ),
        (
            "De inkoop van jeugdhulp via een Europese aanbesteding verloopt traag.",
            "european-tendering",
        ),
        ("Bij de inkoop lopen de raamcontracten in 2017 af.", "european-tendering"),
        (
            "Volgens aanbieders is de begeleiding door de aanbesteding te goedkoop ingekocht.",
            "european-tendering",
        ),
        ("Volgens de wethouder werd de huishoudelijke hulp fors versoberd.", "household-help-cuts"),
        ("Volgens het UWV zijn er per vacature zeven werkzoekenden.", "unemployment"),
        ("Volgens het UWV vinden steeds minder werkzoekenden werk in de stad.", "unemployment"),
        (
            "Het komt volgens de wethouder vooral doordat de huishoudelijke hulp is versoberd.",
            "household-help-cuts",
        ),
        (
            "Raadsleden staan op afstand van wat er in de samenwerkingsverbanden gebeurt.",
            "regional-distance",
        ),
        ("Er komt volgend jaar een fors tekort op de jeugdhulp.", "budget-overrun"),
        ("Er komen tekorten op de Wmo.", "budget-overrun"),
        (
            "Volgens de wethouder benadeelt het objectieve verdeelmodel de stad.",
            "historical-allocation",
        ),
        (
            "De wethouder vindt het nieuwe verdeelmodel voor de jeugdhulp oneerlijk.",
            "historical-allocation",
        ),
    ],
)
def test_the_label_in_its_own_sense_still_names_the_problem(sentence, present):
    assert "problem/" + present in _problems(sentence)


def test_every_sense_belongs_to_a_problem_of_the_taxonomy():
    from extract_helpers import ONTOLOGY

    taxonomy = (ONTOLOGY / "problems.ttl").read_text(encoding="utf-8")
    for senses in load_senses().values():
        for sense in senses:
            assert f"problem:{sense.problem.rsplit('/', 1)[-1]} a kg:Problem" in taxonomy


def _problems_after_opener(sentence: str) -> set[str]:
    """The problems of ``sentence`` as the second claim of its paragraph."""
    doc, ex = extract_text("Het werk is in de stad anders ingericht dan elders. " + sentence)
    finding = next(f for f in ex.findings if doc.text[f.start : f.end].startswith(sentence[:20]))
    return {key(c) for c in finding.concerns if "/problem/" in c}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Schuldhulpverlening wordt uitgevoerd door de Kredietbank Zuid.", "debts"),
        ("Tot 1 januari 2016 voerde de kredietbank de schuldhulp voor de stad uit.", "debts"),
        ("De sociale werkvoorziening is ondergebracht bij het werkbedrijf.", "sheltered-work"),
        (
            "Het werkbedrijf voert de Participatiewet uit, inclusief het beschut werk.",
            "sheltered-work",
        ),
    ],
)
def test_a_service_carried_out_by_someone_is_the_task_not_its_problem(sentence, absent):
    assert "problem/" + absent not in _problems_after_opener(sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        # no arrangement: the service's own state
        ("De schuldhulpverlening kampt met lange wachttijden.", "debts"),
    ],
)
def test_a_service_counted_or_judged_keeps_its_problem(sentence, present):
    assert "problem/" + present in _problems_after_opener(sentence)


def test_a_service_carried_out_by_someone_in_a_topic_sentence_is_the_task_too():
    _doc, ex = extract_text("Schuldhulpverlening wordt uitgevoerd door de Kredietbank Zuid.")
    assert "problem/debts" not in {key(c) for c in ex.findings[0].concerns}


def test_the_passive_with_its_agent_first_names_the_task():
    from kg.extract.problemsenses import tasked

    s = "Tot 2015 werd een deel van de schuldhulp door de kredietbank uitgevoerd."
    assert tasked(s, 0, len(s))
    s = "Door de drukte wordt de schuldhulp later uitgebreid."
    assert not tasked(s, 0, len(s))


def test_applications_at_the_credit_bank_are_the_demand_for_debt_help():
    assert "problem/debts" in _problems_after_opener(
        "De kredietbank zag het aantal aanmeldingen stijgen van 300 naar 400."
    )


def test_a_count_beside_the_arrangement_is_the_demand_for_the_service():
    from kg.extract.problemsenses import tasked

    s = "De kredietbank, die de schuldhulp uitvoert, telde in 2015 bijna 900 aanmeldingen."
    assert not tasked(s, 0, len(s))
    s = "Tot 1 januari 2016 voerde de kredietbank de schuldhulp uit."
    assert tasked(s, 0, len(s))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wethouder rekent op de sterke sociale netwerken in de kernen.", False),
        ("In de buurtschappen heeft bijna iedereen een hecht sociaal netwerk.", False),
        ("Het sociale netwerk van veel ouderen is klein geworden.", True),  # a weak one
    ],
)
def test_a_strong_social_network_is_no_lack_of_informal_care(sentence, expected):
    assert ("problem/low-informal-care" in _problems(sentence)) is expected
