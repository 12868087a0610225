"""Problems stated by a subject and a predicate together (kg/data/problem-clauses.toml)."""

from __future__ import annotations

import pytest

from kg.extract.problemclauses import clause_problems, load_rules
from tests.extract_helpers import extract_text, finding_for, key


def _keys(text: str) -> list[str]:
    return [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De tarieven zijn in 2015 verlaagd.", ["budget-pressure"]),
        ("De budgetten komen verder onder druk te staan.", ["budget-pressure"]),
        ("Het Rijk werkt met lagere budgetten.", ["budget-pressure"]),
        ("De capaciteit op het gemeentehuis is beperkt.", ["capacity-shortage"]),
        ("Er zijn nauwelijks vrijwilligers te vinden voor het buurthuis.", ["volunteer-shortage"]),
        ("Nieuwe vrijwilligers zijn lastig te vinden.", ["volunteer-shortage"]),
        ("Het buurthuis draait op vrijwilligers.", []),
        ("Daarmee verdwenen honderden banen bij de scheepswerf.", ["unemployment"]),
        ("Het is een regio waar de werkgelegenheid al jaren achterblijft.", ["unemployment"]),
        ("De crisisopvang zit in de winter vrijwel altijd vol.", ["capacity-shortage"]),
        ("De opvang is goed, maar die zit volgens de politie vaak vol.", ["capacity-shortage"]),
        ("Het plan zit vol goede ideeën.", []),
        (
            "De adviesraad waarschuwt dat dit ten koste gaat van de ondersteuning.",
            ["budget-pressure"],
        ),
        ("De raad is bij de uitvoering nauwelijks betrokken geweest.", ["council-knowledge-gap"]),
        ("De stad heeft een relatief oude bevolking.", ["ageing"]),
        ("Het beleidsplan werd in korte tijd geschreven.", ["rushed-transition"]),
        (
            "De adviesraad zegt dat haar advies pas wordt gevraagd als alles vaststaat.",
            ["democratic-deficit"],
        ),
        ("Mantelzorgers geven aan dat de druk op hen toeneemt.", ["informal-carer-overload"]),
        ("Het is de vraag of het sociaal domein betaalbaar blijft.", ["finances"]),
        (
            "Het steunpunt bereikt slechts een klein deel van de mantelzorgers.",
            ["reaching-residents"],
        ),
        ("Werk is voor deze groep nauwelijks te vinden.", ["unemployment"]),
        ("Er zijn te weinig plekken voor taalles.", ["capacity-shortage"]),
        ("Het wordt lastiger, nu het aantal alleenstaande ouderen toeneemt.", ["ageing"]),
        ("Beleidsmedewerkers erkennen dat de voorbereiding gehaast was.", ["rushed-transition"]),
        (
            "De informatie van het Rijk kwam laat.",
            ["poor-national-communication", "rushed-transition"],
        ),
        (
            "Duidelijkheid over de budgetten bleef lang uit.",
            ["poor-national-communication", "rushed-transition"],
        ),
        ("De consulenten ervaren de registratie als een last.", ["bureaucracy"]),
        ("De provincie betaalde mee, maar die bijdrage is vervallen.", ["budget-pressure"]),
        ("Gezinnen moeten soms maanden wachten.", ["waiting-lists"]),
        ("Voor de raad is het lastig om te zien welk cijfer klopt.", ["council-knowledge-gap"]),
        ("Raadsleden hebben weinig grip op de inkoop.", ["council-knowledge-gap"]),
        ("Het wijkteam is overbelast.", ["capacity-shortage"]),
        ("Veel ouderen in de kernen voelen zich eenzaam.", ["loneliness"]),
        ("Steeds meer mantelzorgers raken overbelast.", ["informal-carer-overload"]),
        ("Een deel van de jongeren is verslaafd aan gamen.", ["addiction"]),
        ("Er is nu vooral tijd nodig om de taken op te pakken.", ["rushed-transition"]),
        ("Het Rijk gaf gemeenten te weinig tijd.", ["rushed-transition"]),
        ("Er is geen ruimte voor innovatie.", ["no-room-for-innovation"]),
        ("Door gebrek aan kennis van raadsleden is er weinig debat.", ["council-knowledge-gap"]),
        ("De aanbieders hebben extra formatie aangevraagd.", ["capacity-shortage"]),
        ("De gemeente heeft daar weinig zicht op.", ["data-transfer"]),
        ("De cliëntenraad vindt dat hij te laat aan tafel komt.", ["democratic-deficit"]),
        ("De raad wordt vaak te laat betrokken.", ["democratic-deficit"]),
        ("Een zorgpunt is het beperkt aantal beleidsambtenaren.", ["capacity-shortage"]),
        ("Er zijn te weinig consulenten voor de vele aanvragen.", ["capacity-shortage"]),
        ("Voor de buurthuizen zijn steeds meer vrijwilligers nodig.", ["volunteer-shortage"]),
        ("De vereniging kampt met een tekort aan vrijwilligers.", ["volunteer-shortage"]),
        ("De wethouder noemt de weinig kennis bij de raad.", ["council-knowledge-gap"]),
        ("Het blijkt lastig om de bewoners van de wijk te bereiken.", ["reaching-residents"]),
        ("De gemeente moet volgend jaar twee miljoen bezuinigen.", ["budget-pressure"]),
        ("De gemeente is afhankelijker geworden van de centrumgemeente.", ["regional-distance"]),
        ("Ambtenaren zeggen dat de gemeente sterk op de regio leunt.", ["regional-distance"]),
        ("Het aanbod groeit, terwijl bezuinigen de opdracht blijft.", ["budget-pressure"]),
        ("Er is geen financiële ruimte voor nieuwe werkwijzen.", ["no-room-for-innovation"]),
        ("In de wijken is duidelijk sprake van innovatie.", []),
        ("Er is nog niet echt sprake van innovatie.", ["no-room-for-innovation"]),
        ("Raadsleden kunnen de gevolgen niet overzien.", ["council-knowledge-gap"]),
        ("De hele raad heeft geen overzicht van de uitgaven.", ["council-knowledge-gap"]),
        ("De kosten van de dagbesteding zijn flink gestegen.", ["rising-care-costs"]),
        ("Ambtenaren verwachten dat de zorguitgaven verder oplopen.", ["rising-care-costs"]),
        ("De uitgaven aan hulpmiddelen dalen.", []),
        ("Het budget voor beschermd wonen is ontoereikend.", ["budget-pressure"]),
        ("De rijksmiddelen zijn niet toereikend voor de nieuwe taken.", ["budget-pressure"]),
        ("De middelen zijn ruim toereikend.", []),
        ("Veel nieuwkomers beheersen de taal slecht.", ["low-literacy"]),
        ("Ouders spreken thuis geen Nederlands.", []),
        ("Volgens de teams kloppen de landelijke cijfers niet.", ["data-transfer"]),
        ("De gegevens van de zorgverzekeraar ontbreken vaak.", ["data-transfer"]),
        ("Het college werkt met onvolledige gegevens.", ["data-transfer"]),
        ("Met de regionale registratie hebben de teams veel moeite.", ["data-transfer"]),
        ("Voor de consulenten is de administratie erg tijdrovend.", ["bureaucracy"]),
        ("De nieuwe rapportage biedt de raad nauwelijks houvast.", ["council-knowledge-gap"]),
        ("Het budget voor preventie groeit niet mee met de vraag.", ["budget-pressure"]),
        ("In de jeugdregio worden de tekorten voorlopig solidair verdeeld.", ["risk-pooling"]),
        ("De risico's van dure plaatsingen worden gezamenlijk gedragen.", ["risk-pooling"]),
        ("De aanbieder maakt te weinig capaciteit vrij voor de wijk.", ["capacity-shortage"]),
        ("Het protocol geeft de consulenten weinig houvast.", []),
        ("Het schrijven van elke beschikking blijft lastig.", ["bureaucracy"]),
        ("De gegevens van het CBS zijn voor de consulenten niet herkenbaar.", ["data-transfer"]),
        ("De cijfers kloppen wel.", []),
        ("De terugkoppeling van de teams aan de school laat te wensen over.", ["data-transfer"]),
        ("De dossiers van het zorgkantoor lieten lang op zich wachten.", []),
        ("De gegevens van de zorgverzekeraar lieten lang op zich wachten.", ["data-transfer"]),
        ("De terugmelding aan de huisarts die vaak uitblijft, is een knelpunt.", ["data-transfer"]),
        ("De registratie laat niets te wensen over.", []),
        ("De cijfers blijven uit de landelijke monitor komen.", []),
        ("De gegevens over de wachttijd blijven uit beeld.", []),
        ("De verwachte daling van de cijfers blijft uit.", []),
        ("De terugkoppeling is snel en volledig.", []),
        ("Scholen krijgen terugkoppeling na een verwijzing.", []),
        ("Aanbieders klagen over te veel regels.", ["bureaucracy"]),
        ("De procedures voor een scootmobiel zijn omslachtig.", ["bureaucracy"]),
        ("De regels zijn duidelijk.", []),
        ("De teams beheersen de kosten niet goed.", []),
        ("Ouders die de Nederlandse taal niet machtig zijn, missen informatie.", ["low-literacy"]),
        ("Het gaat om mensen die de taal slecht beheersen.", ["low-literacy"]),
        ("De gemeente gaat er volgend jaar twee miljoen op achteruit.", ["budget-pressure"]),
        ("Zij verwacht ruim drie ton minder te ontvangen dan dit jaar.", ["budget-pressure"]),
        ("Door de nieuwe verdeling moet de stad geld inleveren.", ["budget-pressure"]),
        ("De kwaliteit van de hulp gaat erop achteruit.", []),
        ("De stichting maakt zich zorgen over de mantelzorgers.", ["informal-carer-overload"]),
        ("Veel mantelzorgers hebben het zwaar.", ["informal-carer-overload"]),
        ("Mantelzorgers zorgen vaak jaren voor hun partner.", []),
        ("Raadsleden vinden de GR soms ver weg.", ["regional-distance"]),
        (
            "Volgens ambtenaren werden de budgetten laat bekend.",
            ["poor-national-communication", "rushed-transition"],
        ),
        ("De budgetten voor de jeugdhulp zijn bekend.", []),
        ("Over het Rijk is het college kritisch.", []),  # bare judgement: no problem
        ("Het college is over Den Haag niet te spreken.", []),
        ("Over het Rijk is de wethouder positief.", []),
        ("Ruim 300 huishoudens wachten op een intake.", ["waiting-lists"]),
        ("Kinderen wachten soms een half jaar op behandeling.", ["waiting-lists"]),
        ("De gemeente wacht op de meicirculaire.", []),
        ("De raad vindt die monitor te abstract.", ["council-knowledge-gap"]),
        ("De rapportages zijn volgens de fracties te globaal.", ["council-knowledge-gap"]),
        ("De raad vindt het plan goed.", []),
        ("Veel kinderen groeien op in een gezin met weinig geld.", ["poverty"]),
        ("De regels van de ministeries veranderden vaak.", ["poor-national-communication"]),
        ("Tot 2030 stijgt het aantal 75-plussers snel.", ["ageing"]),
        (
            "De oppositie vindt dat de raad te laat hoorde van het tekort.",
            ["council-knowledge-gap"],
        ),
        ("De raad kreeg pas in 2016 een nieuwe voorzitter.", []),
        (
            "Over besluiten van het inkoopbureau horen zij pas achteraf.",
            ["regional-distance", "democratic-deficit"],
        ),
        ("De uitgaven waren twee miljoen lager dan begroot.", []),
    ],
)
def test_subject_and_predicate_state_a_problem(text, expected):
    assert _keys(text) == expected


def test_subject_and_predicate_must_share_a_clause():
    assert _keys("De tarieven zijn bekend; de kosten zijn verlaagd.") == []
    assert _keys("De budgetten blijven gelijk omdat de kosten zijn verlaagd.") == []
    assert _keys("De budgetten zijn ruim, maar de wachttijd is verlaagd.") == []
    assert _keys("De budgetten zijn ruim, maar kosten worden verlaagd.") == []


def test_a_second_clause_with_the_same_subject_shares_it():
    # the subject taken up by a pronoun after ", maar" / ", en"
    assert _keys("Adviezen worden wel gelezen, maar komen ze te laat.") == ["democratic-deficit"]
    assert _keys("De tarieven blijven gelijk in 2015, maar ze worden daarna verlaagd.") == [
        "budget-pressure"
    ]
    # a subordinate clause that opens with the pronoun
    assert _keys("Mantelzorgers melden zich vaak pas als ze al uitgeput zijn.") == [
        "informal-carer-overload"
    ]
    # a partitive relative clause: its predicate is said of some of the noun before
    assert _keys("Het steunpunt telt 640 mantelzorgers, van wie 15% zich zwaar belast voelt.") == [
        "informal-carer-overload"
    ]
    # a new noun phrase after the conjunction is a new subject
    assert _keys("Adviezen worden gelezen, maar het besluit komt te laat.") == []


def test_every_rule_names_a_problem_of_the_taxonomy():
    from tests.extract_helpers import ONTOLOGY

    taxonomy = (ONTOLOGY / "problems.ttl").read_text(encoding="utf-8")
    for rule in load_rules():
        assert f"problem:{rule.problem.rsplit('/', 1)[-1]} a kg:Problem" in taxonomy


def test_a_stated_problem_is_a_concern_unless_negated():
    doc, ex = extract_text("De tarieven zijn verlaagd.", "De tarieven zijn niet verlaagd.")
    assert "problem/budget-pressure" in {
        key(c) for c in finding_for(doc, ex, "De tarieven zijn verlaagd").concerns
    }
    assert "problem/budget-pressure" not in {
        key(c) for c in finding_for(doc, ex, "De tarieven zijn niet").concerns
    }


def test_an_advisory_council_is_not_the_council():
    # "Wmo-raad" and "cliëntenraad" are councils of residents, not the municipal council
    assert _keys("De Wmo-raad vindt het lastig om mee te praten.") == []
    assert _keys("De cliëntenraad heeft weinig zicht op de wachttijden.") == []


def test_a_council_finding_something_hard_is_no_knowledge_gap():
    assert _keys("Raadsleden vinden de samenwerking lastig.") == []
    assert _keys("Raadsleden vinden het lastig te beoordelen of het werkt.") == [
        "council-knowledge-gap"
    ]


def test_a_lack_in_the_predicate_states_the_problem_and_denies_nothing():
    doc, ex = extract_text(
        "De capaciteit is onvoldoende.",
        "Raadsleden hebben onvoldoende zicht op de kosten.",
        "De tarieven zijn nooit verlaagd.",
    )
    expected = {
        "De capaciteit": "problem/capacity-shortage",
        "Raadsleden hebben": "problem/council-knowledge-gap",
    }
    for quote, problem in expected.items():
        assert problem in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote
    assert "problem/budget-pressure" not in {
        key(c) for c in finding_for(doc, ex, "De tarieven zijn nooit").concerns
    }


def test_a_lack_stated_with_a_negator_before_its_subject_is_a_concern():
    doc, ex = extract_text(
        "Er is geen ruimte voor innovatie.",
        "Er is geld nodig voor vernieuwing.",
        "Het budget is niet voor innovatie bedoeld.",
        "Geen enkel budget is gekort.",
    )
    innovation = "problem/no-room-for-innovation"
    for quote in ("Er is geen ruimte", "Er is geld nodig"):
        assert innovation in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote
    # a negator between subject and predicate still denies
    assert innovation not in {key(c) for c in finding_for(doc, ex, "Het budget is").concerns}
    # a budget cut is no lack: a negator before its subject denies it
    assert "problem/budget-pressure" not in {
        key(c) for c in finding_for(doc, ex, "Geen enkel budget").concerns
    }


def test_a_whole_word_subject_is_not_the_start_of_another_word():
    # "tijdens", "tijdelijk" are not "tijd"
    assert _keys("Tijdens de overgang was extra hulp nodig.") == []
    assert _keys("Tijdelijk is er meer personeel nodig.") == []


def test_a_lack_of_knowledge_is_the_councils_only_when_the_council_lacks_it():
    doc, ex = extract_text("Er is een gebrek aan kennis op het vlak van autisme.")
    concerns = {key(c) for c in finding_for(doc, ex, "Er is een gebrek").concerns}
    assert "problem/council-knowledge-gap" not in concerns


def test_a_figure_of_volunteers_or_a_plain_cut_word_states_no_problem():
    assert _keys("Er zijn 40 vrijwilligers actief in het dorp.") == []
    assert _keys("Het moet eenvoudiger, zodat we bezuinigen op de kosten.") == []


def test_the_auditor_named_concerns_the_auditors_requirements_and_the_auditor():
    doc, ex = extract_text("De accountant keurt de verantwoording van de jeugdhulp af.")
    concerns = {key(c) for c in finding_for(doc, ex, "De accountant").concerns}
    assert {"problem/auditor-requirements", "role/auditors"} <= concerns


def test_financial_vulnerability_is_poverty():
    doc, ex = extract_text("Veel gezinnen noemen hun financiële kwetsbaarheid.")
    assert "problem/poverty" in {key(c) for c in finding_for(doc, ex, "Veel gezinnen").concerns}


def test_a_body_or_service_named_concerns_its_problem_and_itself():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat uitspraken van de Centrale Raad van Beroep het beleid raken.",
        "Volgens de wethouder kampt de sociale werkvoorziening met minder plekken.",
    )
    court = {key(c) for c in finding_for(doc, ex, "Ambtenaren vertellen").concerns}
    assert "problem/court-rulings" in court
    work = {key(c) for c in finding_for(doc, ex, "Volgens de wethouder").concerns}
    assert {"problem/sheltered-work", "law/wsw"} <= work


def test_a_group_counted_by_a_figure_stays_data():
    """ "werklozen" names a group (a hidden label): a count of them is no judgement."""
    doc, ex = extract_text("De gemeente telt 500 werklozen.")
    assert ex.findings == []


def test_the_word_index_asks_every_rule_the_substring_tests_would_let_match():
    """The claim's words and the rule index lose no match the per-key substring tests find."""
    from kg.extract.problemclauses import _examined, claim_words

    rules = load_rules()
    sentences = [
        "De tarieven zijn in 2015 verlaagd, en kinderen moeten drie maanden wachten.",
        "Er is geen ruimte voor vernieuwing, zo zeggen de consulenten.",
        "De capaciteit van het wijkteam is onvoldoende en het personeel is overbelast.",
        "De zorg-tarieven werden onverlaagd doorgezet.",
        "Veel ouderen raken vereenzaamd; mantelzorgers zijn overbelast.",
    ]
    for text in sentences:
        lowered = text.lower()
        words = claim_words(lowered)
        asked = [i for i in _examined(rules, words) if rules[i].may_match(lowered, words)]
        matched = [i for i, r in enumerate(rules) if r.pattern.search(text)]
        assert set(matched) <= set(asked)
        assert set(asked) <= {i for i, r in enumerate(rules) if r.may_match(lowered)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het budget voor de jeugdhulp wordt dit jaar fors overschreden.", ["budget-overrun"]),
        ("Het jeugdzorgbudget is in 2016 opnieuw overschreden.", ["budget-overrun"]),
        ("De gemeente overschrijdt het budget voor de Wmo.", ["budget-overrun"]),
        ("De uitgaven aan begeleiding zijn hoger dan begroot.", ["budget-overrun"]),
        ("De uitgaven zijn lager dan begroot.", []),
        ("De regels van beide wetten sluiten slecht op elkaar aan.", ["laws-not-integrated"]),
        ("Men ervaart dat de stelsels niet goed op elkaar aansluiten.", ["laws-not-integrated"]),
        (
            "De raadsleden hebben weinig invloed op de regionale inkoop.",
            ["democratic-deficit", "regional-distance"],
        ),
        ("De raad wordt voor voldongen feiten gesteld.", ["democratic-deficit"]),
        ("De transitie moest in zeer korte tijd worden voorbereid.", ["rushed-transition"]),
        ("De invoeringstermijn was te krap.", ["rushed-transition"]),
        ("Den Haag communiceerde slecht over de nieuwe taken.", ["poor-national-communication"]),
        ("Het Rijk bleef lang onduidelijk over de budgetten.", ["poor-national-communication"]),
        ("Veel ouderen weten de weg niet naar het loket.", ["reaching-residents"]),
        ("Het jongerenwerk is onvoldoende bekend bij ouders.", ["reaching-residents"]),
        ("Sommige ouderen hebben geen sociaal netwerk meer.", ["low-informal-care"]),
        ("Vacatures voor consulenten zijn moeilijk te vervullen.", ["capacity-shortage"]),
        ("Er is een groot tekort aan sociale huurwoningen.", ["housing-shortage"]),
        ("Jongeren vinden moeilijk een betaalbare woning.", ["housing-shortage"]),
        ("Het is lastig om de woning aan te passen.", []),
        ("Statushouders vinden moeilijk een woning.", ["housing-shortage"]),
        ("Het bijstandsbestand is het afgelopen jaar gegroeid.", ["unemployment"]),
        ("Mensen met een beperking komen moeilijk aan het werk.", ["unemployment"]),
        ("Het budget voor preventie is te laag.", ["budget-pressure"]),
        ("De rijksmiddelen schieten tekort.", ["budget-pressure"]),
        ("Er is te weinig geld voor de nieuwe taken.", ["budget-pressure"]),
        ("Voor deze groep geldt een lager tarief.", []),
        ("Raadsleden missen het overzicht over de regionale afspraken.", ["council-knowledge-gap"]),
        ("De effecten van de wijkaanpak zijn lastig te meten.", ["data-transfer"]),
        ("Er is weinig zicht op de resultaten van de inzet.", ["data-transfer"]),
        ("De verantwoording kost de aanbieders veel tijd.", ["bureaucracy"]),
        ("Consulenten zijn veel tijd kwijt aan administratie.", ["bureaucracy"]),
        (
            "Veel gezinnen maken geen gebruik van regelingen waar zij recht op hebben.",
            ["reaching-residents"],
        ),
        ("Een deel van de leerlingen zit thuis zonder onderwijs.", ["education-youth-care-gap"]),
        ("Voor sommige kinderen is er geen passende plek op school.", ["education-youth-care-gap"]),
        ("Binnen de regio is de gemeente een kleine speler.", ["regional-distance"]),
    ],
)
def test_subject_and_predicate_state_problems_of_finance_governance_and_access(text, expected):
    assert _keys(text) == expected


def test_negated_complements_state_a_lack_and_a_denial_denies():
    doc, ex = extract_text(
        "Men ervaart dat de wetten niet goed op elkaar aansluiten.",
        "Veel inwoners hebben geen netwerk om op terug te vallen.",
        "Het budget is niet overschreden.",
        "De decentralisatie ging niet te snel.",
    )
    expected = {
        "Men ervaart": "problem/laws-not-integrated",
        "Veel inwoners": "problem/low-informal-care",
    }
    for quote, problem in expected.items():
        assert problem in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote
    denied = {
        "Het budget is": "problem/budget-overrun",
        "De decentralisatie": "problem/rushed-transition",
    }
    for quote, problem in denied.items():
        assert problem not in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een op de tien huishoudens heeft moeite om rond te komen.", ["poverty"]),
        ("Sommige ouderen kunnen de huur niet meer betalen.", ["debts"]),
        ("De bevolking van de kleine kernen vergrijst snel.", ["ageing"]),
        ("Het aantal 75-plussers groeit de komende jaren sterk.", ["ageing"]),
        ("Door het groeiende aantal ouderen neemt de vraag toe.", ["ageing"]),
        ("Veel jongeren trekken weg uit het platteland.", ["ageing"]),
        ("De SVB betaalde de zorgverleners niet op tijd.", ["pgb-chaos"]),
        ("Het beroep op de huishoudelijke hulp neemt toe.", ["rising-care-costs"]),
        ("De vraag naar begeleiding is gestegen.", ["rising-care-costs"]),
        ("De vraag naar begeleiding is gelijk gebleven.", []),
        ("De bevolking groeit door nieuwbouw.", []),
    ],
)
def test_subject_and_predicate_state_social_problems(text, expected):
    assert _keys(text) == expected


def test_adjectives_of_problem_nouns_name_their_problems():
    doc, ex = extract_text(
        "Een deel van de ouders is laaggeletterd.",
        "Dementerende bewoners blijven langer thuis wonen.",
        "Het alcoholgebruik onder scholieren baart zorgen.",
    )
    expected = {
        "Een deel": "problem/low-literacy",
        "Dementerende": "problem/dementia",
        "Het alcoholgebruik": "problem/addiction",
    }
    for quote, problem in expected.items():
        assert problem in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De besluitvorming in de regio is stroperig.", ["regional-distance"]),
        ("De samenwerking met de omliggende gemeenten verloopt moeizaam.", ["regional-distance"]),
        ("De regionale afstemming verloopt soepel.", []),
        ("Als kleine gemeente heb je in de regio weinig te zeggen.", ["regional-distance"]),
        ("De afhandeling van een aanvraag duurt te lang.", ["waiting-lists"]),
        ("De beslistermijn wordt vaak niet gehaald.", ["waiting-lists"]),
        ("Het team heeft achterstanden in de afhandeling van meldingen.", ["waiting-lists"]),
        ("De procedure duurt zes weken.", []),
    ],
)
def test_subject_and_predicate_state_regional_and_waiting_problems(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De nieuwe regels waren pas op het laatste moment bekend.",
            ["poor-national-communication"],
        ),
        ("Veel ouderen verwachten professionele zorg aan huis.", ["low-informal-care"]),
        ("In de nieuwbouwwijken kijken bewoners weinig naar elkaar om.", ["low-informal-care"]),
        ("In de dorpen staan bewoners voor elkaar klaar.", []),
    ],
)
def test_subject_and_predicate_state_national_and_community_problems(text, expected):
    assert _keys(text) == expected


def test_neighbours_who_no_longer_help_state_a_lack():
    doc, ex = extract_text("Buren staan niet meer voor elkaar klaar.")
    concerns = {key(c) for c in finding_for(doc, ex, "Buren staan").concerns}
    assert "problem/low-informal-care" in concerns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sommige gezinnen wachten maanden op een behandeling.", ["waiting-lists"]),
        ("De raad wacht op het voorstel van het college.", []),
        ("Een deel van de leerlingen kan niet naar school gaan.", ["education-youth-care-gap"]),
    ],
)
def test_subject_and_predicate_state_waiting_and_school_problems(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De subsidies voor het buurtwerk zijn gekort.", ["budget-pressure"]),
        ("Het jongerenwerk is grotendeels wegbezuinigd.", ["budget-pressure"]),
        ("De tarieven voor dagbesteding zijn niet kostendekkend.", ["budget-pressure"]),
        ("Er is discussie over wie moet betalen voor de hulpmiddelen.", ["laws-not-integrated"]),
        ("Vaak is onduidelijk onder welke wet de begeleiding valt.", ["laws-not-integrated"]),
        ("Het is duidelijk wie verantwoordelijk is.", []),
        ("In de regio zijn te weinig geschikte banen.", ["unemployment"]),
        ("Statushouders vinden lastig een stageplek.", ["unemployment"]),
    ],
)
def test_subject_and_predicate_state_cuts_grey_zones_and_jobs(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsleden worden onvoldoende meegenomen in de keuzes.", ["democratic-deficit"]),
        ("De gemeenteraad had bij de inkoop geen keus.", ["democratic-deficit"]),
        ("De raad mist informatie over de wachttijden.", ["council-knowledge-gap"]),
        (
            "Den Haag houdt weinig rekening met de lokale verschillen.",
            ["poor-national-communication"],
        ),
        ("Gemeenten kregen de taken zonder voldoende middelen.", ["budget-pressure"]),
        ("De spelregels werden onderweg veranderd.", ["poor-national-communication"]),
        (
            "De aansluiting tussen onderwijs en jeugdhulp laat te wensen over.",
            ["education-youth-care-gap"],
        ),
        ("De aansluiting tussen de Wmo en de Zvw is gebrekkig.", ["laws-not-integrated"]),
        ("De aansluiting met de scholen is goed.", []),
    ],
)
def test_subject_and_predicate_state_council_national_and_link_problems(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een deel van de gezinnen mijdt de hulpverlening.", ["care-avoiders"]),
        ("Sommige ouderen willen geen hulp accepteren.", ["care-avoiders"]),
        ("Jongeren met schulden worden slecht bereikt.", ["reaching-residents"]),
        ("De opkomst bij de wijkavonden was teleurstellend.", ["reaching-residents"]),
        ("Veel ouders schamen zich om hulp te vragen.", ["reaching-residents"]),
        ("De opkomst was hoog.", []),
    ],
)
def test_subject_and_predicate_state_avoidance_and_reach(text, expected):
    assert _keys(text) == expected


def test_the_adjective_of_care_avoidance_names_care_avoiders():
    doc, ex = extract_text("Zorgmijdende bewoners komen vaak pas laat in beeld.")
    concerns = {key(c) for c in finding_for(doc, ex, "Zorgmijdende").concerns}
    assert "problem/care-avoiders" in concerns


def test_everyday_names_of_household_help_and_child_protection_name_their_problems():
    doc, ex = extract_text(
        "Veel ouderen kregen minder uren thuishulp.",
        "Het aantal kinderen met een beschermingsmaatregel is gestegen.",
    )
    expected = {
        "Veel ouderen": "problem/household-help-cuts",
        "Het aantal kinderen": "problem/youth-protection",
    }
    for quote, problem in expected.items():
        assert problem in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote


_VERB_PHRASES = [
    ("Het duurt soms maanden voordat een aanvraag is afgehandeld.", "waiting-lists"),
    ("Jongeren kunnen niet direct terecht bij de jeugd-ggz.", "waiting-lists"),
    ("De doorlooptijd van een Wmo-aanvraag is te lang.", "waiting-lists"),
    ("De gemeente komt geld tekort voor de jeugdzorg.", "budget-overrun"),
    ("De gemeente moest geld bijleggen uit de algemene reserve.", "budget-overrun"),
    ("Het sociaal domein staat financieel in het rood.", "budget-overrun"),
    ("De jeugdzorg kost veel meer dan begroot.", "budget-overrun"),
    ("De uitgaven aan de Wmo zijn hoger dan het budget.", "budget-overrun"),
    ("De kosten van de jeugdhulp lopen uit de hand.", "rising-care-costs"),
    ("Steeds meer inwoners doen een beroep op de Wmo.", "rising-care-costs"),
    ("Het wijkteam kan de vraag niet aan.", "capacity-shortage"),
    ("Zorgaanbieders kunnen moeilijk personeel vinden.", "capacity-shortage"),
    ("Vacatures blijven lang openstaan.", "capacity-shortage"),
    ("Er is veel verloop onder de medewerkers van het jeugdteam.", "capacity-shortage"),
    ("Er zijn onvoldoende handen aan het bed.", "capacity-shortage"),
    ("Het team is onderbezet.", "capacity-shortage"),
    ("Veel mantelzorgers lopen op hun tenen.", "informal-carer-overload"),
    ("De druk op mantelzorgers neemt toe.", "informal-carer-overload"),
    ("Er wordt te veel gevraagd van mantelzorgers.", "informal-carer-overload"),
    ("Veel ouderen hebben weinig sociale contacten.", "loneliness"),
    ("Ouderen raken geïsoleerd.", "loneliness"),
    ("Gezinnen kunnen de eindjes moeilijk aan elkaar knopen.", "poverty"),
    ("Veel huishoudens moeten rondkomen van een minimuminkomen.", "poverty"),
    ("Mensen lopen achter met de huur.", "debts"),
    ("Veel inwoners kunnen niet goed lezen en schrijven.", "low-literacy"),
    ("Steeds meer mensen hebben geen dak boven hun hoofd.", "homelessness"),
    ("Sommige jongeren slapen op de bank bij vrienden.", "homelessness"),
    ("Jongeren kunnen geen woning vinden.", "housing-shortage"),
    ("Steeds meer kinderen worden uit huis geplaatst.", "youth-protection"),
    ("Veel jongeren verlaten de school zonder diploma.", "school-dropout"),
    ("Jongeren vallen uit op het mbo.", "school-dropout"),
    ("Sinds 2015 is de instroom in de Wsw gestopt.", "sheltered-work"),
    ("Veel mensen zitten al jaren in de bijstand.", "unemployment"),
    ("Hulpverleners werken langs elkaar heen.", "laws-not-integrated"),
    ("Organisaties werken nog te veel vanuit hun eigen koker.", "laws-not-integrated"),
    ("Den Haag weet niet wat er lokaal speelt.", "poor-national-communication"),
    ("Alles moest in korte tijd worden geregeld.", "rushed-transition"),
    ("Het aantal ouderen neemt de komende jaren sterk toe.", "ageing"),
    ("In de kleine kernen wonen steeds meer ouderen.", "ageing"),
    ("Jonge gezinnen vertrekken naar de stad.", "ageing"),
    ("Ouderen komen moeilijk weg omdat de bus niet meer rijdt.", "transport-unclear"),
    ("Voor veel voorzieningen moeten inwoners ver reizen.", "transport-unclear"),
    ("Inwoners weten de weg naar het loket niet te vinden.", "reaching-residents"),
    ("Veel ouderen kloppen niet aan bij de gemeente.", "reaching-residents"),
    ("Mensen vragen pas hulp als het te laat is.", "care-avoiders"),
    ("Inwoners zijn onbekend met het wijkteam.", "reaching-residents"),
    ("Er is een groep die hulp weigert.", "care-avoiders"),
    ("Sommige inwoners willen geen hulp.", "care-avoiders"),
    ("In sommige gezinnen spelen problemen op meerdere leefgebieden.", "multi-problem-households"),
    ("Jongeren drinken op jonge leeftijd al te veel.", "addiction"),
    ("De gemeente heeft geen goed beeld van de resultaten van de zorg.", "data-transfer"),
    ("Het is onduidelijk wat de ondersteuning oplevert.", "data-transfer"),
    ("Als kleine gemeente heeft Teststad weinig in te brengen in de regio.", "regional-distance"),
    ("De budgetten zijn geschot, waardoor maatwerk lastig is.", "complex-funding"),
    ("De transformatie komt niet van de grond.", "no-room-for-innovation"),
    ("De vernieuwing blijft achter bij de verwachtingen.", "no-room-for-innovation"),
    ("De doorstroming naar een zelfstandige woning stokt.", "sheltered-housing"),
    ("Cliënten kunnen niet doorstromen naar een zelfstandige woning.", "sheltered-housing"),
    ("Het is moeilijk om vrijwilligers te vinden.", "volunteer-shortage"),
    ("Het vrijwilligersbestand vergrijst.", "volunteer-shortage"),
    ("Vrijwilligers haken af.", "volunteer-shortage"),
    ("Inwoners zijn niet gewend elkaar te helpen.", "low-informal-care"),
    ("Veel ouderen hebben geen familie in de buurt.", "low-informal-care"),
    ("Werken in Duitsland is lastig door verschillen in sociale zekerheid.", "cross-border-rules"),
    ("De zorg is versnipperd over veel aanbieders.", "laws-not-integrated"),
    ("Gezinnen krijgen versnipperde hulp.", "laws-not-integrated"),
    ("Er is sprake van versnippering van het aanbod.", "laws-not-integrated"),
    ("Het aantal bankslapers neemt toe.", "homelessness"),
    ("De politie krijgt veel meldingen over verwarde mensen.", "mental-health"),
    ("Veel huishoudens moeten rondkomen van een minimuminkomen.", "poverty"),
    ("Ouderen raken in een isolement.", "loneliness"),
    ("De toename van de zorgvraag baart zorgen.", "rising-care-costs"),
    ("In de tuinbouw werken veel Oost-Europeanen.", "labour-migrants"),
]


@pytest.mark.parametrize(("sentence", "problem"), _VERB_PHRASES)
def test_verb_phrases_of_the_social_domain_state_their_problem(sentence, problem):
    doc, ex = extract_text(sentence)
    concerns = {key(c) for f in ex.findings for c in f.concerns}
    assert f"problem/{problem}" in concerns


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Mensen werken minder langs elkaar heen.", "laws-not-integrated"),
        ("Het duurt niet lang voordat het wijkteam langskomt.", "waiting-lists"),
        ("Mantelzorgers zijn niet overbelast.", "informal-carer-overload"),
        ("De gemeente komt geen geld tekort.", "budget-overrun"),
        ("De transformatie komt goed van de grond.", "no-room-for-innovation"),
        ("Vrijwilligers haken niet af.", "volunteer-shortage"),
    ],
)
def test_a_lessened_or_negated_verb_phrase_states_no_problem(sentence, problem):
    doc, ex = extract_text(sentence)
    assert f"problem/{problem}" not in {key(c) for f in ex.findings for c in f.concerns}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aantal mensen zonder vaste woon- of verblijfplaats neemt toe.", ["homelessness"]),
        ("Veel jongeren gaan zonder startkwalificatie van school.", ["school-dropout"]),
        ("Veel mantelzorgers lopen tegen hun grenzen aan.", ["informal-carer-overload"]),
        ("Veel mensen in de bijstand staan ver van de arbeidsmarkt.", ["unemployment"]),
        ("De decentralisaties worden nog los van elkaar uitgevoerd.", ["laws-not-integrated"]),
        ("De consulenten hebben het erg druk.", ["capacity-shortage"]),
        ("Er is een tekort aan jeugdartsen.", ["capacity-shortage"]),
        ("Raadsleden weten niet goed waar het geld aan wordt besteed.", ["council-knowledge-gap"]),
        ("Er is weinig ruimte om te vernieuwen.", ["no-room-for-innovation"]),
        ("De ministeries hebben geen idee wat er lokaal speelt.", ["poor-national-communication"]),
        ("De voorbereidingstijd was erg kort.", ["rushed-transition"]),
        ("Het sociaal team is nog onbekend bij veel inwoners.", ["reaching-residents"]),
        ("Aanbieders leveren de gegevens vaak te laat aan.", ["data-transfer"]),
        ("Het Rijk heeft direct fors gekort.", ["budget-pressure"]),
        ("Cliënten kregen minder uren thuiszorg.", ["household-help-cuts"]),
        ("Twee thuiszorgorganisaties gingen failliet.", ["household-help-cuts"]),
        ("Er was weinig tijd om zich voor te bereiden.", ["rushed-transition"]),
        ("Inwoners hebben weinig te zeggen over het beleid.", ["democratic-deficit"]),
        ("De bereidheid om voor een ander te zorgen is laag.", ["low-informal-care"]),
        ("De gemeente heeft weinig cijfers over het gebruik.", ["data-transfer"]),
        ("Het is onduidelijk hoeveel cliënten er zijn.", ["data-transfer"]),
        ("Hulpverleners mogen niet zomaar gegevens delen.", ["privacy-rules"]),
        ("Veel besluiten worden in de regio genomen.", ["regional-distance"]),
        ("De afstemming met de andere gemeenten kost veel tijd.", ["regional-distance"]),
    ],
)
def test_subject_and_predicate_state_problems_in_everyday_wording(text, expected):
    assert _keys(text) == expected


def test_young_people_leaving_school_are_no_ageing():
    assert "ageing" not in _keys("Te veel jongeren verlaten de school zonder diploma.")
    assert _keys("Veel jongeren verlaten de dorpen.") == ["ageing"]


def test_a_lack_with_a_negator_in_its_subject_is_stated():
    # not asking for help is care avoidance (the tuning gold of five writers), no lack of reach
    _doc, ex = extract_text("Kwetsbare inwoners vragen zelf geen hulp.")
    assert {key(c) for c in ex.findings[0].concerns} >= {"problem/care-avoiders"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inwoners doen nog weinig een beroep op hun eigen omgeving.", ["low-informal-care"]),
        ("Inwoners vinden het moeilijk om hulp te vragen aan hun buren.", ["low-informal-care"]),
        ("De gemeente moet zich voegen naar de afspraken van de regio.", ["regional-distance"]),
        ("De centrumgemeente bepaalt grotendeels het beleid.", ["regional-distance"]),
        ("Het is lastig invloed uit te oefenen in de regio.", ["regional-distance"]),
        ("Het aanvragen van een voorziening is een ingewikkeld proces.", ["bureaucracy"]),
        ("Aanbieders steken veel tijd in het verantwoorden van hun werk.", ["bureaucracy"]),
        ("Het sociaal team heeft te weinig mensen.", ["capacity-shortage"]),
        ("De ambtelijke organisatie is klein.", ["capacity-shortage"]),
        ("Scholen weten het sociaal team nog niet te vinden.", ["education-youth-care-gap"]),
        (
            "Leerkrachten zeggen dat zij niet weten wie in het jeugdteam hun contact is.",
            ["education-youth-care-gap"],
        ),
        (
            "Volgens een intern begeleider is er geen vast aanspreekpunt.",
            ["education-youth-care-gap"],
        ),
        ("Gezinnen hebben problemen op veel terreinen.", ["multi-problem-households"]),
    ],
)
def test_subject_and_predicate_state_community_regional_and_staff_problems(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Over de aansluiting tussen onderwijs en jeugdhulp is men niet te spreken.",
        "Volgens de scholen sluiten onderwijs en jeugdhulp nog slecht op elkaar aan.",
    ],
)
def test_a_poor_fit_of_education_and_youth_care_is_the_gap(text):
    _doc, ex = extract_text(text)
    assert "problem/education-youth-care-gap" in {key(c) for c in ex.findings[0].concerns}


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de controller lopen de cijfers over de Wmo maanden achter.",
        "Volgens het UWV sluiten de systemen van gemeente en UWV niet op elkaar aan.",
    ],
)
def test_lagging_figures_and_unconnected_systems_are_data_transfer(text):
    _doc, ex = extract_text(text)
    assert "problem/data-transfer" in {key(c) for c in ex.findings[0].concerns}


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de huisarts is het sociaal wijkteam bij ouders onbekend.",
        "Volgens de consulent is de respijtzorg te weinig bekend.",
        "Volgens MEE is het klein omdat veel inwoners het recht op ondersteuning niet kennen.",
    ],
)
def test_an_unknown_service_does_not_reach_the_residents(text):
    _doc, ex = extract_text(text)
    assert "problem/reaching-residents" in {key(c) for c in ex.findings[0].concerns}


def test_not_all_residents_reached_is_a_stated_lack():
    _doc, ex = extract_text("Niet alle inwoners worden bereikt.")
    assert {key(c) for c in ex.findings[0].concerns} >= {"problem/reaching-residents"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vrijwilligers zijn steeds moeilijker te vinden.", ["volunteer-shortage"]),
        ("De uitstroom uit de bijstand blijft achter.", ["unemployment"]),
        ("Veel jongeren zitten zonder werk.", ["youth-unemployment"]),
        ("Het gebruik van jeugdhulp is sterk gestegen.", ["rising-care-costs"]),
        ("Het gebruik van jeugdhulp is hoger dan gemiddeld.", []),
    ],
)
def test_subject_and_predicate_state_work_volunteer_and_use_problems(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeenten in de regio verschillen sterk in omvang.", ["regional-distance"]),
        ("De verschillen in schaal zijn voelbaar.", ["regional-distance"]),
        ("De raadsstukken zijn omvangrijk en technisch.", ["council-knowledge-gap"]),
        ("Voorstellen komen in een laat stadium bij de raad.", ["democratic-deficit"]),
        (
            "Nog niet bekend was hoe de regels van het Rijk eruit zagen.",
            ["poor-national-communication"],
        ),
        ("Het ministerie had vooraf duidelijker moeten zijn.", ["poor-national-communication"]),
        ("Men weet niet wat de ondersteuning oplevert.", ["data-transfer"]),
    ],
)
def test_subject_and_predicate_state_governance_problems_of_scale_papers_and_timing(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Haagse werkelijkheid wijkt sterk af van de lokale.", ["poor-national-communication"]),
        ("De ministeries volgen ieder een eigen lijn.", ["laws-not-integrated"]),
        ("Het groeiende aantal 75+'ers vraagt veel zorg.", ["ageing"]),
    ],
)
def test_subject_and_predicate_state_national_gaps_and_ageing(text, expected):
    assert _keys(text) == expected


def test_problems_that_pile_up_in_one_household_are_multiple_problems():
    _doc, ex = extract_text("Bij veel gezinnen is sprake van een opeenstapeling van problemen.")
    assert "problem/multi-problem-households" in {key(c) for c in ex.findings[0].concerns}


def test_cooperation_with_the_neighbouring_municipalities_is_regional_cooperation():
    _doc, ex = extract_text("De samenwerking met de buurgemeenten loopt stroef.")
    assert "problem/regional-distance" in {key(c) for c in ex.findings[0].concerns}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorgverleners werden niet op tijd betaald door de SVB.", ["pgb-chaos"]),
        ("De gemeenten dragen de risico's samen.", ["risk-pooling"]),
        ("Het budget is gebaseerd op historische gegevens.", ["historical-allocation"]),
        # forgoing support is care avoidance as well (forty-ninth session)
        (
            "Cliënten zien af van ondersteuning vanwege de kosten.",
            ["care-avoiders", "co-payment-debts"],
        ),
    ],
)
def test_subject_and_predicate_state_budget_holder_risk_and_cost_problems(text, expected):
    assert _keys(text) == expected


def test_turning_eighteen_and_child_safety_name_their_problems():
    _doc, ex = extract_text(
        "Als jongeren achttien worden, stopt de jeugdhulp abrupt.",
        "Er zijn veel zorgen over de veiligheid van kinderen.",
    )
    problems = [
        {key(c) for c in f.concerns if c.rsplit("/", 2)[-2] == "problem"} for f in ex.findings
    ]
    assert problems == [{"problem/transition-to-adulthood"}, {"problem/youth-protection"}]


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        ("Ambtenaren zeggen dat er medewerkers tekort komen.", True),
        ("De consulenten schieten tekort om alle aanvragen te behandelen.", True),
        ("Voor 2016 verwachten ambtenaren dat het tekort op de jeugdhulp oploopt.", False),
        ("Medewerkers wijzen op een tekort in het sociaal domein.", False),
    ],
)
def test_staff_fall_short_but_a_deficit_after_them_is_money(sentence, short):
    _doc, ex = extract_text(sentence)
    concerns = {key(c) for f in ex.findings for c in f.concerns}
    assert ("problem/capacity-shortage" in concerns) is short


def test_a_source_after_volgens_is_no_subject_of_the_clause():
    _doc, ex = extract_text(
        "Het Rijk heeft volgens ambtenaren te weinig oog voor de schaal van de gemeente."
    )
    assert "problem/capacity-shortage" not in {key(c) for f in ex.findings for c in f.concerns}


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("De kosten van de jeugdhulp nemen elk jaar toe.", "rising-care-costs"),
        ("De uitgaven aan de Wmo lopen snel op, zeggen ambtenaren.", "rising-care-costs"),
        ("Volgens de raad worden de kosten van de jeugdhulp steeds hoger.", "rising-care-costs"),
        ("Veel ouderen in de kernen hebben niemand om mee te praten.", "loneliness"),
        ("Volgens het wijkteam hebben veel ouderen geen aanspraak.", "loneliness"),
    ],
)
def test_a_separable_verb_of_rising_and_words_of_being_alone_state_their_problem(sentence, problem):
    _doc, ex = extract_text(sentence)
    assert any(key(c) == f"problem/{problem}" for f in ex.findings for c in f.concerns)


def test_costs_that_do_not_rise_state_no_rising_costs():
    _doc, ex = extract_text("Volgens ambtenaren nemen de kosten van de jeugdhulp niet toe.")
    assert not any(key(c) == "problem/rising-care-costs" for f in ex.findings for c in f.concerns)


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de cliëntenraad zijn veel inwoners niet bekend met de mogelijkheid van "
        "cliëntondersteuning.",
        "Volgens ambtenaren zijn inwoners onvoldoende bekend met de wijkteams.",
        "Veel ouders zijn onbekend met de schuldhulpverlening, zegt een consulent.",
    ],
)
def test_residents_unaware_of_a_service_are_not_reached(sentence):
    _doc, ex = extract_text(sentence)
    assert any(key(c) == "problem/reaching-residents" for f in ex.findings for c in f.concerns)


def test_a_capacity_that_falls_short_is_a_shortage():
    _doc, ex = extract_text("Ambtenaren zeggen: de capaciteit schiet tekort.")
    assert any(c.endswith("problem/capacity-shortage") for f in ex.findings for c in f.concerns)


def test_a_council_that_misses_the_overview_lacks_insight():
    _doc, ex = extract_text("Raadsleden geven aan dat zij het overzicht missen.")
    assert any(c.endswith("problem/council-knowledge-gap") for f in ex.findings for c in f.concerns)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Het aantal aanvragen drijft de kosten op.", "rising-care-costs"),
        ("Er komen veel cliënten bij, wat de uitgaven opdrijft.", "rising-care-costs"),
        ("In de kleine dorpen trekken jongeren weg naar de stad.", "ageing"),
        ("Het Rijk luistert onvoldoende naar de gemeenten.", "poor-national-communication"),
        ("Volgens hen luistert Den Haag niet naar de gemeenten.", "poor-national-communication"),
        ("Kwetsbare gezinnen zijn niet goed in beeld.", "reaching-residents"),
        ("Ouderen weten de weg naar het loket niet te vinden.", "reaching-residents"),
        ("De adviesraad wordt pas achteraf geïnformeerd.", "democratic-deficit"),
        ("Zij zeggen dat raadsleden niet goed weten wat er speelt.", "council-knowledge-gap"),
        ("Veel volwassenen hebben moeite met lezen en schrijven.", "low-literacy"),
        ("De algemene reserve is vorig jaar aangesproken.", "budget-overrun"),
        ("Het college verwacht dat de reserve sociaal domein in 2017 op is.", "budget-overrun"),
        ("De kosten van de jeugdhulp lopen uit de pas met het budget.", "budget-overrun"),
        ("De formulieren verschillen per gemeente.", "bureaucracy"),
        (
            "Buren staan minder voor elkaar klaar, en zij zullen minder voor elkaar klaarstaan.",
            "low-informal-care",
        ),
        ("Inwoners doen snel een beroep op professionele hulp.", "low-informal-care"),
        ("De centrumgemeente neemt de besluiten.", "regional-distance"),
        ("De gemeente moest in korte tijd veel regelen.", "rushed-transition"),
        ("De casemanagers dementie zijn zwaar belast.", "capacity-shortage"),
        ("Volgens de wethouder zijn de jongerenwerkers overbelast.", "capacity-shortage"),
        ("Mantelzorgers houden het niet meer vol.", "informal-carer-overload"),
        ("De consulenten van Wmo en jeugd werken nog te veel naast elkaar.", "laws-not-integrated"),
        ("De woningen in de kernen zijn niet geschikt voor ouderen.", "housing-shortage"),
    ],
)
def test_further_word_orders_and_verbs_state_their_problem(sentence, problem):
    assert problem in _keys(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De kosten van de opvang dalen.",
        "Het Rijk luistert goed naar de gemeenten.",
        "De jongeren trekken samen op met de ouderen.",
        "De gezinnen zijn goed in beeld.",
    ],
)
def test_the_same_subjects_without_the_predicate_state_nothing(sentence):
    assert not {
        "rising-care-costs",
        "poor-national-communication",
        "ageing",
        "reaching-residents",
    } & set(_keys(sentence))


def test_regional_and_lower_case_names_of_problem_subjects_are_concerns():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de mienskip in de dorpen onder druk staat.",
        "Volgens de wethouder draait het sw-bedrijf verlies.",
    )
    assert "problem/low-informal-care" in {
        key(c) for c in finding_for(doc, ex, "mienskip").concerns
    }
    assert "problem/sheltered-work" in {key(c) for c in finding_for(doc, ex, "sw-bedrijf").concerns}


def test_the_wmo_flat_rate_is_the_co_payment():
    doc, ex = extract_text("Ambtenaren zien dat het abonnementstarief de vraag laat groeien.")
    assert "problem/co-payment-debts" in {
        key(c) for c in finding_for(doc, ex, "abonnement").concerns
    }


def test_staff_short_of_time_are_a_shortage_staff_short_of_insight_are_not():
    assert "capacity-shortage" in _keys("De consulenten hebben te weinig tijd voor hun cliënten.")
    assert "capacity-shortage" in _keys("Er zijn volgens hen te weinig consulenten.")
    assert "capacity-shortage" not in _keys(
        "Ambtenaren zeggen dat zij te weinig zicht hebben op de kwaliteit van de zorg."
    )


def test_overburdened_informal_carers_are_no_staff_shortage():
    assert _keys("Veel mantelzorgers zijn zwaar belast.") == ["informal-carer-overload"]
    doc, ex = extract_text("Volgens het steunpunt zijn veel mantelzorgers zwaar belast.")
    found = {key(c) for c in finding_for(doc, ex, "mantelzorgers").concerns}
    assert "problem/informal-carer-overload" in found and "problem/capacity-shortage" not in found


def test_a_subject_after_volgens_and_its_article_is_the_source():
    # "van wie volgens de consulenten een kwart zwaar belast is": the consulenten say it,
    # the informal carers are loaded
    assert "capacity-shortage" not in _keys(
        "Het steunpunt kent 2.400 mantelzorgers, van wie volgens de consulenten een kwart zwaar "
        "belast is."
    )
    assert _keys("De consulenten zijn zwaar belast.") == ["capacity-shortage"]


def test_the_councils_lack_of_view_is_its_knowledge_gap():
    # "zij" are the council members the claim names: their lack of view on results is the
    # council's knowledge gap; a monitor that shows little of the results stays data
    from kg.extract.concerns import stated

    s = "Raadsleden zeggen dat zij veel informatie krijgen, maar weinig zicht hebben op effecten."
    assert [p.rsplit("/", 1)[-1] for p, _ in stated(s, 0, len(s))] == ["council-knowledge-gap"]
    s = "De gemeente heeft weinig zicht op de effecten van het beleid."
    assert "data-transfer" in [p.rsplit("/", 1)[-1] for p, _ in stated(s, 0, len(s))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb-final order: the duration before the infinitive or participle
        ("Een gezin kan er soms vier maanden op een plek wachten.", ["waiting-lists"]),
        ("Zij vertellen dat cliënten weken op een indicatie hebben gewacht.", ["waiting-lists"]),
        ("De aanpassing van een woning kan soms tien weken duren.", ["waiting-lists"]),
        ("Het duurt twee weken.", []),
        ("Na zes weken is de cursus afgelopen.", []),
    ],
)
def test_waiting_in_the_verb_final_order(text, expected):
    assert [k for k in _keys(text) if k == "waiting-lists"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De algemene reserve is in twee jaar flink geslonken.", ["budget-pressure"]),
        ("Het weerstandsvermogen bedroeg eind 2016 nog maar een miljoen.", ["budget-pressure"]),
        ("De gemeente vult de reserve aan.", []),
    ],
)
def test_a_shrinking_reserve_is_budget_pressure(text, expected):
    assert [k for k in _keys(text) if k == "budget-pressure"] == expected


def test_late_involvement_and_a_distant_region():
    assert "democratic-deficit" in _keys(
        "De gemeenteraad wordt vaak pas betrokken als alles vastligt."
    )
    assert "democratic-deficit" in _keys("De cliëntenraad wordt pas gehoord na het besluit.")
    assert "regional-distance" in _keys("Veel raadsleden ervaren de regio als ver weg.")
    assert "regional-distance" not in _keys("De regio werkt goed samen.")
    assert "regional-distance" not in _keys("De regio ligt ver van de Randstad.")


@pytest.mark.parametrize(
    "text",
    [
        "De adviesraad krijgt de stukken pas als het besluit eigenlijk al genomen is.",
    ],
)
def test_involved_only_after_the_decision(text):
    assert "democratic-deficit" in _keys(text)


def test_a_decision_already_made_alone_is_no_deficit():
    assert "democratic-deficit" not in _keys("Het besluit over de nieuwe wijkteams is al genomen.")
    # involvement before the decision is the good practice
    assert "democratic-deficit" not in _keys("De raad wordt betrokken voordat het besluit valt.")
    assert "waiting-lists" not in _keys(
        "Een jaar voordat de decentralisaties begonnen, was er overleg."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsleden klagen over de lijvige raadsvoorstellen.", True),
        ("De vergaderstukken komen vaak op het laatste moment.", True),
        ("De raadsstukken liggen ter inzage op het gemeentehuis.", False),
        ("Het beleid is in stukken gehakt.", False),
    ],
)
def test_papers_too_thick_or_too_late_for_the_council(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De ondernemers vinden de arbeidsmarktregio veel te groot.", True),
        ("Inwoners ervaren de regio als groot en de lijnen als lang.", True),
        ("De regio is groot en telt negen gemeenten.", False),
    ],
)
def test_a_region_judged_too_large_is_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens de wethouder zijn de kosten van de Wmo onderschat.", True),
        ("Het kabinet bezuinigt op de jeugdhulp.", True),
        ("Daarom kort het Rijk op het budget voor begeleiding.", True),
        ("Het Rijk legt de kosten van de jeugdhulp vast.", False),
    ],
)
def test_underestimated_costs_and_state_cuts_are_budget_pressure(text, expected):
    assert ("budget-pressure" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kleine gemeenten spreken van de grote broer die de agenda bepaalt.", True),
        ("De centrumgemeente drukt een zware stempel op de agenda.", True),
        ("De grootste gemeente betaalt het meeste.", False),
        ("De raad zet het onderwerp op de agenda.", False),
    ],
)
def test_a_dominant_municipality_setting_the_agenda_is_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De consulenten zijn meer tijd kwijt aan de formulieren dan aan de cliënten.", True),
        ("Zij is veel tijd kwijt aan registreren.", True),
        ("Elke aanvraag wordt twee keer geregistreerd.", True),
        ("Het aantal aanvragen is in twee jaar dubbel zo groot geworden.", False),
    ],
)
def test_time_lost_and_double_registration_are_bureaucracy(text, expected):
    assert ("bureaucracy" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wethouder had meer tijd willen hebben voor de overgang.", True),
        ("Het was beter als het Rijk meer tijd had gegeven.", True),
        ("De cliëntenraad is kritisch over het tempo van de invoering.", True),
        ("Volgens de raad ging het tempo ten koste van de zorgvuldigheid.", True),
        ("Het was een overhaaste invoering.", True),
        ("De consulenten krijgen meer tijd voor gesprekken.", False),
    ],
)
def test_more_time_wished_for_and_a_hasty_pace_are_a_rushed_transition(text, expected):
    assert ("rushed-transition" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens de medewerkers zit de nachtopvang altijd vol.", True),
        ("De wijkteams konden de vele aanmeldingen nauwelijks aan.", True),
        ("Voor een gesprek met de ouders blijft nauwelijks tijd over.", True),
        ("De dagbesteding heeft nog voldoende plekken.", False),
    ],
)
def test_a_full_facility_and_teams_that_cannot_cope_are_a_capacity_shortage(text, expected):
    assert ("capacity-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De raad mag alleen instemmen met wat al is afgesproken.", True),
        ("De cliëntenraad wordt zelden betrokken voordat het college besluit.", True),
        ("Over de nieuwe tarieven horen de raadsleden pas achteraf.", True),
        ("De raad ziet de begroting pas als die al is vastgesteld.", True),
        ("De raad wordt betrokken voordat het college besluit.", False),
    ],
)
def test_a_say_that_comes_after_the_decision_is_a_democratic_deficit(text, expected):
    assert ("democratic-deficit" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het steunpunt telt 900 mantelzorgers, van wie 1 op de 8 zich overbelast voelt.", True),
        ("Volgens de monitor is een op de vijf van hen zwaar belast.", True),
        ("Een op de vijf inwoners is ouder dan 65 jaar.", False),
    ],
)
def test_a_share_that_feels_overburdened_is_informal_carer_overload(text, expected):
    assert ("informal-carer-overload" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het budget voor de jeugdhulp is tussen 2016 en 2018 met ruim 9% gekort.", True),
        ("Op het budget voor de bijstand moet een half miljoen worden bezuinigd.", True),
        ("Ons budget voor de jeugdhulp ging er in één jaar een kwart op achteruit.", True),
        ("Het verdeelmodel houdt volgens de wethouder te weinig rekening met de krimp.", True),
        ("Het objectieve model pakt voor de gemeente ongunstig uit.", True),
        ("Het verdeelmodel is in 2015 ingevoerd.", False),
        ("Het budget voor de jeugdhulp is in 2016 opnieuw vastgesteld.", False),
    ],
)
def test_a_cut_budget_or_an_unfavourable_allocation_model_is_budget_pressure(text, expected):
    assert ("budget-pressure" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De uitstroom uit beschermd wonen loopt door de krapte vast.", True),
        ("De doorstroom naar een zelfstandige woning stagneert.", True),
        ("Cliënten moeten vaak maanden op een woning wachten.", True),
        ("De doorstroom naar werk stagneert.", False),
        ("Cliënten wachten op een gesprek met de consulent.", False),
    ],
)
def test_a_stalled_outflow_to_a_home_or_waiting_for_one_is_a_housing_shortage(text, expected):
    assert ("housing-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Na de sluiting van de fabriek verloor zij haar baan.", True),
        ("Wie eerst zijn baan en daarna zijn huis verliest, komt in de opvang.", True),
        ("Hij behield zijn baan bij de werf.", False),
    ],
)
def test_losing_ones_job_is_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens de huisartsen is de jeugd-ggz lastiger bereikbaar geworden.", True),
        ("Scholen zouden graag zien dat het wijkteam beter bereikbaar is.", True),
        ("Het loket is 's avonds niet bereikbaar.", True),
        ("Aanbieders ervaren een gemeente die meedenkt en bereikbaar is.", False),
    ],
)
def test_a_service_hard_to_reach_is_access_to_care(text, expected):
    assert ("access-to-care" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Haag liet de gemeenten lange tijd in onzekerheid over het budget.", True),
        ("De septembercirculaires gaven steeds later duidelijkheid.", True),
        ("De budgetten werden laat bekend.", True),
        ("Het Rijk gaf in 2014 duidelijkheid over de budgetten.", False),
    ],
)
def test_uncertainty_and_late_clarity_from_the_rijk_are_poor_national_communication(text, expected):
    assert ("poor-national-communication" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Betaalbare kamers zijn in de binnenstad schaars.", True),
        ("Sociale huurwoningen zijn nauwelijks beschikbaar.", True),
        ("De woningen in de wijk zijn in goede staat.", False),
    ],
)
def test_scarce_homes_are_a_housing_shortage(text, expected):
    assert ("housing-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De registratie kost de consulenten per gezin al gauw een uur.", True),
        ("Wij zijn bang dat de verantwoording ons straks twee dagen per maand kost.", True),
        ("Voor de verslaglegging trokken de teams elke week een dagdeel uit.", True),
        ("Het registratiesysteem kostte de teams vorig jaar uren per week.", True),
        ("Aan de administratie gaat volgens de aanbieders een halve dag per week op.", True),
        ("De rapportages worden na elk kwartier bijgewerkt, zegt de teamleider.", True),
        ("De verantwoording over 2015 kwam op tijd binnen.", False),
        ("De registratie van de cliënten is op orde.", False),
    ],
)
def test_time_spent_on_paperwork_is_bureaucracy(text, expected):
    assert ("bureaucracy" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie een huurwoning zoekt, wacht inmiddels ruim drie jaar.", True),
        ("Gezinnen wachtten vorig jaar soms een jaar op een plek.", True),
        ("Dat ouders daar wekenlang op wachten, vindt de raad onacceptabel.", True),
        ("De cliënten hebben in 2015 maandenlang gewacht op hun budget.", True),
        ("Jongeren wachten jarenlang op een kamer.", True),
        ("De gemeente wacht op de meicirculaire.", False),
    ],
)
def test_waiting_a_count_of_years_or_months_is_a_waiting_list(text, expected):
    assert ("waiting-lists" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drie zorgen: de groei van de jeugdhulp, de vergrijzing en de krimp.", True),
        ("De controller verwacht een verdere groei van de jeugdhulp in 2017.", True),
        ("Als de stijging van het jeugdhulpgebruik aanhoudt, is de reserve op.", True),
        ("Ambtenaren verklaren de toename in de jeugdzorg uit het verwijsgedrag.", True),
        ("Het aantal jongeren met jeugdhulp steeg met 8%.", False),
        ("De groei van de wijkteams verliep voorspoedig.", False),
    ],
)
def test_growth_of_youth_care_as_a_noun_is_rising_care_costs(text, expected):
    assert ("rising-care-costs" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veilig Thuis zag het aantal meldingen in 2016 flink oplopen.", True),
        ("Volgens Veilig Thuis Noord kwamen er vorig jaar 240 meldingen binnen.", True),
        ("Het aantal meldingen bij Veilig Thuis steeg met een derde.", True),
        ("Dat de adviesvragen aan Veilig Thuis toenemen, baart de raad zorgen.", True),
        ("Bij Veilig Thuis Oost legde de burgemeester twaalf huisverboden op.", True),
        ("De wijkteams werken goed samen met Veilig Thuis.", False),
        ("Het aantal meldingen bij het Wmo-loket steeg.", False),
    ],
)
def test_reports_at_veilig_thuis_are_youth_protection(text, expected):
    assert ("youth-protection" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veel ouderen zijn niet op de hoogte van de mantelzorgwaardering.", True),
        ("Volgens de adviesraad is lang niet iedere inwoner op de hoogte van de regeling.", True),
        ("Het pakket is er, maar niet alle gezinnen weten ervan.", True),
        ("De raad merkt dat mensen vaak niet begrijpen wat de brief van hen vraagt.", True),
        ("Jongeren wisten er niet van, zegt de jongerenwerker.", True),
        ("Mantelzorgers waren onbekend met de respijtzorg.", True),
        ("De inwoners zijn goed op de hoogte van het sociaal team.", False),
        ("Alle ouders weten ervan.", False),
    ],
)
def test_residents_who_do_not_know_are_not_reached(text, expected):
    assert ("reaching-residents" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn volgens de werkgevers te weinig geschikte kandidaten.", True),
        ("Werkgevers vinden dat zich niet genoeg geschikte werkzoekenden melden.", True),
        ("Het UWV ziet weinig kandidaten uit de bijstand bij de vacatures.", True),
        ("In de regio zijn banen voor laaggeschoolden schaars.", True),
        ("Het aanbod van kandidaten was in 2016 beperkt, zegt de accountmanager.", True),
        ("Dat geschikte arbeidsplaatsen dun gezaaid zijn, weet iedereen.", True),
        ("Voor de cliëntenraad melden zich weinig kandidaten.", False),
        ("Er zijn genoeg geschikte kandidaten.", False),
    ],
)
def test_scarce_jobs_or_fit_candidates_are_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De cliëntgegevens van het zorgkantoor kwamen pas in december binnen.", True),
        ("Ambtenaren zeggen dat de overdrachtsgegevens pas na de jaarwisseling kwamen.", True),
        ("Omdat de overgedragen bestanden niet bleken te kloppen, moest alles opnieuw.", True),
        ("We kregen de gegevens over de cliënten pas in februari.", True),
        ("De cliëntregistratie was in 2015 onvolledig.", True),
        ("De cliëntgegevens zijn sinds 2016 op orde.", False),
    ],
)
def test_data_that_came_late_or_did_not_hold_is_data_transfer(text, expected):
    assert ("data-transfer" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsleden zagen pas laat welke keuzes er in de regio gemaakt waren.", True),
        ("Volgens de oppositie krijgt de raad de cijfers pas laat en onvolledig.", True),
        ("De fracties werden in 2016 te laat geïnformeerd over het tekort.", True),
        ("Een les voor het college: de raad beter informeren.", True),
        ("Dat de gemeenteraad onvoldoende geïnformeerd werd, erkent de wethouder.", True),
        ("De raad wordt goed geïnformeerd over de jeugdhulp.", False),
    ],
)
def test_a_council_informed_late_or_poorly_has_a_knowledge_gap(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De centrumgemeente draagt ook de grootste risico's.", True),
        ("Wij dragen de risico’s van de dure plaatsingen.", True),
        ("Ambtenaren wijzen erop dat de stad de risico's draagt.", True),
        ("De acht gemeenten delen het risico van dure trajecten.", True),
        ("Het risico wordt over alle deelnemers gespreid.", True),
        ("Om de risico's te verdelen is een fonds opgericht.", True),
        ("Jongeren lopen het risico uit beeld te raken.", False),
    ],
)
def test_risks_borne_or_shared_are_risk_pooling(text, expected):
    assert ("risk-pooling" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeenten verdelen de kosten naar rato van het gebruik.", True),
        ("Raadsleden vinden de verdeling van de kosten in de regio ondoorzichtig.", True),
        ("Door de verdeelsleutel betaalt de stad relatief veel.", True),
        ("Zij betalen via de verdeelsleutel meer dan de kleine gemeenten.", True),
        ("Hengeloo betaalt mee aan dure plaatsingen van kinderen uit andere gemeenten.", True),
        ("Dat kan alleen als ook de kleinere gemeenten bijdragen aan de dure zorg.", True),
        ("Inwoners betalen een eigen bijdrage voor de huishoudelijke hulp.", False),
        ("De kosten van de jeugdhulp zijn in 2016 gestegen.", False),
    ],
)
def test_costs_shared_among_municipalities_are_risk_pooling(text, expected):
    assert ("risk-pooling" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2016 besloot de raad de reserve sociaal domein aan te spreken.", True),
        ("De gemeente sprak in 2017 haar algemene reserve aan.", True),
        ("Volgens de controller raakt de reserve binnen twee jaar uitgeput.", True),
        ("Dat de reserve al in 2016 uitgeput was, verraste de raad.", True),
        ("De reserve sociaal domein moest worden aangesproken.", True),
        ("Het overschot is in een reserve gestort.", False),
    ],
)
def test_a_reserve_drawn_on_or_spent_is_a_budget_overrun(text, expected):
    assert ("budget-overrun" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De wethouder verwachtte dat 150 mensen met een uitkering aan het werk zouden komen.",
            True,
        ),
        ("Klantmanagers denken dat veel bijstandsgerechtigden nooit aan de slag komen.", True),
        ("Van de uitkeringsgerechtigden stroomde in 2016 8% uit naar werk.", True),
        ("De helft van de bijstandsgerechtigden heeft al drie jaar niet gewerkt.", True),
        ("Bijstandsgerechtigden krijgen een vaste klantmanager.", False),
    ],
)
def test_people_on_benefits_and_their_way_into_work_are_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een derde van de uitstromers is binnen een jaar terug in de bijstand.", True),
        ("In de winter valt een groep seizoenwerkers terug op een uitkering.", True),
        ("Wie zijn tijdelijke baan verliest, belandt vaak weer in de bijstand.", True),
        ("Dat sommigen na een jaar terugvallen op de uitkering, verbaast niemand.", True),
        ("Zij keerden terug naar hun oude school.", False),
    ],
)
def test_falling_back_on_benefits_is_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consulenten klagen over de registratie in twee systemen.", True),
        ("Wij werken in één team, maar registreren nog in drie systemen.", True),
        ("Een wijkcoach vult soms vier formulieren in voor één gezin.", True),
        ("Eén keukentafelgesprek kon in 2015 nog drie beschikkingen opleveren.", True),
        ("Omdat de regels verschillen, moeten teams alles dubbel registreren.", True),
        ("Beleidsmedewerkers moesten het beleidsplan twee keer schrijven.", True),
        ("In 2016 gaf de gemeente 1.200 beschikkingen af.", False),
    ],
)
def test_the_same_paperwork_done_more_than_once_is_bureaucracy(text, expected):
    assert ("bureaucracy" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het tekort komt vooral door een paar dure plaatsingen met verblijf.", True),
        ("De teams willen de instroom in dure zorg afremmen.", True),
        ("De grootste uitgaven zitten in de kostbare residentiële jeugdhulp.", True),
        ("Vooral de duurste trajecten lopen langer door dan gedacht.", True),
        ("Een klein aantal kinderen krijgt specialistische zorg.", False),
    ],
)
def test_expensive_care_is_rising_care_costs(text, expected):
    assert ("rising-care-costs" in _keys(text)) is expected


def test_a_rule_with_adjectives_only_needs_its_adjective_before_the_subject():
    # "dure" elsewhere in the claim does not make any care noun expensive care
    text = "Bepaalde typen zorg kunnen beter elders dan bij de dure GGZ."
    assert "rising-care-costs" not in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenten delen de risico's van dure plaatsingen.",
        "Zij betalen mee aan dure plaatsingen van kinderen uit andere gemeenten.",
        "Dat lukt alleen als ook de kleinere gemeenten bijdragen aan de dure zorg.",
        "De risico’s van dure trajecten worden solidair gedragen.",
    ],
)
def test_expensive_care_whose_costs_are_shared_is_the_object_of_pooling(text):
    assert _keys(text) == ["risk-pooling"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ook in de stad vragen fracties om meer inzicht in de regionale cijfers.", True),
        ("Raadsleden willen meer zicht op wat de teams uitgeven.", True),
        ("De raad heeft behoefte aan betere informatie over de jeugdhulp.", True),
        ("Dat de oppositie om meer informatie vroeg, begrijpt de wethouder.", True),
        ("De raad krijgt elk kwartaal een rapportage.", False),
    ],
)
def test_a_council_asking_for_more_insight_has_a_knowledge_gap(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veilig Thuis Oostland ontving in 2015 ruim 2.300 meldingen.", ["youth-protection"]),
        ("Het budget werd in 2016 met € 1,2 miljoen overschreden.", ["budget-overrun"]),
        ("De tarieven zijn met 3,5 procent verlaagd.", ["budget-pressure"]),
        ("De budgetten zijn in 2016 met 12.000 euro gekort.", ["budget-pressure"]),
        ("De tarieven zijn 2. Verlaagd werd niets.", []),
    ],
)
def test_a_figure_with_a_separator_is_one_word_between_subject_and_predicate(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarieven: te laag voor de kleinere aanbieders.", ["budget-pressure"]),
        ("Capaciteit: onvoldoende, zeker in de zomer.", ["capacity-shortage"]),
        ("Budgetten: in 2016 opnieuw gekort.", ["budget-pressure"]),
        ("De tarieven: in 2016 opnieuw verlaagd.", ["budget-pressure"]),
        # the colon is the verb only right after the subject, and the value must state it
        ("Tarieven: bekend bij alle aanbieders.", []),
        ("Verlaagd: de drempel voor de tarieven.", []),
        ("Capaciteit. Onvoldoende aandacht voor scholing.", []),
    ],
)
def test_a_key_and_its_value_state_a_problem_as_subject_and_predicate(text, expected):
    from kg.extract.problemclauses import clause_problems

    assert [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Van de zestien adviezen werden er volgens de raad slechts vier overgenomen.", True),
        ("Het advies van de cliëntenraad werd niet opgevolgd.", True),
        ("De adviezen van de jongerenraad worden zelden overgenomen.", True),
        ("Van de acht adviezen nam het college er maar een paar over.", True),
        ("Van de twaalf adviezen zijn er negen overgenomen.", False),
        ("Het advies werd in zijn geheel overgenomen.", False),
        ("De adviesraad ziet slechts twee knelpunten.", False),
    ],
)
def test_advice_seldom_followed_is_a_democratic_deficit(text, expected):
    assert ("democratic-deficit" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consulenten besteden een groot deel van hun tijd aan registratie.", True),
        ("Wijkcoaches zijn wekelijks uren kwijt aan verantwoording.", True),
        ("De registratie kost per gesprek al gauw een half uur.", True),
        ("Het registreren kost de teams elke week een dag.", True),
        ("De registratie is op orde.", False),
        ("Het kost tijd om aan het nieuwe systeem te wennen.", False),
        ("Er is weinig tijd aan de overdracht besteed.", False),
    ],
)
def test_time_spent_on_registration_is_bureaucracy(text, expected):
    assert ("bureaucracy" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ouders zitten soms maanden in onzekerheid over een plek.", True),
        ("Doorverwijzen via de huisarts levert weken vertraging op.", True),
        ("Een gesprek met de consulent is pas na acht weken mogelijk.", True),
        ("Jongeren kunnen pas na drie maanden terecht bij de ggz.", True),
        ("Pas na twee weken bleek het plan te werken.", False),
        ("De weken voor de zomer waren druk.", False),
        ("Zij werkten maanden aan het nieuwe plan.", False),
    ],
)
def test_weeks_of_uncertainty_or_help_only_after_weeks_is_waiting(text, expected):
    assert ("waiting-lists" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De cliëntenraad vindt dat hij te laat om advies wordt gevraagd.", True),
        ("Het participatieplatform wordt te laat om advies gevraagd, zegt de voorzitter.", True),
        ("Adviezen van het platform komen meestal pas binnen als het besluit al vastligt.", True),
        ("De fracties horen het vaak wanneer de beslissing al genomen is.", True),
        ("Het jongerenplatform vindt dat het te laat werd gevraagd.", True),
        ("Inwoners mogen reageren als de besluiten al vastgesteld zijn.", True),
        ("Veel ouders hebben te laat hulp gevraagd.", False),
        ("De gemeente heeft te laat gevraagd om extra geld.", False),
        ("Als het besluit genomen is, start de uitvoering.", False),
        ("Wanneer het besluit valt, is nog onduidelijk.", False),
    ],
)
def test_asked_too_late_or_only_once_the_decision_is_fixed_is_democratic_deficit(text, expected):
    assert ("democratic-deficit" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De oppositie vindt de regionale beslissingen over beschermd wonen te ver van de raad.",
            True,
        ),
        (
            "Kleine gemeenten hebben nauwelijks invloed op de regionale inkoop.",
            True,
        ),
        ("De fracties zeggen dat zij weinig te zeggen hebben over de regionale afspraken.", True),
        ("Besluiten in de regio worden volgens de raadsleden op afstand genomen.", True),
        ("Het college heeft weinig grip op de regio, zegt een wethouder.", True),
        ("De regionale besluiten worden elk jaar in juni genomen.", False),
        ("De raad heeft weinig grip op de uitgaven.", False),
        ("De raad heeft veel invloed op de regionale inkoop.", False),
    ],
)
def test_regional_decisions_far_off_or_with_little_say_are_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens de huisarts weten zij de weg naar het wijkteam nauwelijks te vinden.", True),
        ("Volgens de huisartsen weten ouders de weg naar het loket slecht te vinden.", True),
        ("Veel ouderen vinden de weg naar de buurtteams minder goed.", True),
        ("Volgens de adviesraad weten jongeren de weg zelden te vinden.", True),
        ("Mantelzorgers vinden de weg naar het steunpunt moeizaam.", True),
        ("Volgens haar weten zij de weg naar het sociaal team goed te vinden.", False),
        ("Iedereen die hulp nodig heeft, vindt de weg naar het loket.", False),
        ("De weg naar werk is lang.", False),
        ("Inwoners weten de wegen rond het dorp niet te vinden.", False),
    ],
)
def test_the_way_to_help_found_hardly_or_badly_is_reaching_residents(text, expected):
    assert ("reaching-residents" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De cliëntenraad krijgt de stukken meestal pas vlak voor de vergadering.", True),
        ("Volgens de Wmo-raad komen de stukken pas als het besluit al genomen is.", True),
        ("Het platform ontvangt de stukken vaak pas een paar dagen voor het besluit.", True),
        ("De jongerenraad zegt dat adviesaanvragen pas op het laatste moment binnenkomen.", True),
        ("De stukken worden een week voor de vergadering verstuurd.", False),
        ("Al krijgt de Wmo-raad stukken volgens hem vaak te laat.", False),
        ("De stukken liggen pas in maart ter inzage.", False),
    ],
)
def test_documents_that_come_only_just_before_the_decision_are_democratic_deficit(text, expected):
    assert ("democratic-deficit" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het raadslid vindt dat de raad pas in juni de eerste cijfers kreeg.", True),
        ("Oppositiepartijen vinden dat raadsleden pas na de zomer de rapportage zagen.", True),
        ("Een fractie zegt dat de gemeenteraad pas in het voorjaar informatie ontving.", True),
        ("Volgens de griffier werd de raad pas achteraf geïnformeerd over de tekorten.", True),
        ("De raad kreeg in 2016 de eerste cijfers.", False),
        ("Wanneer komt de raad pas bijeen?", False),
    ],
)
def test_a_council_that_gets_its_information_only_late_has_a_knowledge_gap(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De directeur van de corporatie maakt zich zorgen over de huisvesting.", True),
        ("Zij is bezorgd over de huisvesting van jonge gezinnen.", True),
        ("Volgens de ambtenaren is de huisvesting van jongeren een groeiend vraagstuk.", True),
        ("De huisvesting blijft volgens de wethouder een knelpunt.", True),
        ("Ook de woonconsulent is ongerust over huisvesting voor jongeren.", True),
        ("De huisvesting van statushouders is goed geregeld.", False),
        ("Zij is bezorgd over de zorg, niet over de huisvesting.", False),
        ("De gemeente regelt de huisvesting van statushouders.", False),
    ],
)
def test_a_worry_about_housing_or_housing_as_a_problem_is_housing_shortage(text, expected):
    assert ("housing-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wethouder zegt dat Dorpstad daar “één van de zes stemmen” is.", True),
        ("In de regio is onze gemeente maar één van de negen stemmen.", True),
        ("Raadsleden zeggen dat het dorp in dat overleg het kleinste stemmetje heeft.", True),
        ("Het eiland heeft in het bestuur van de regeling een kleine stem.", True),
        ("Zij is een van de stemmen die pleit voor meer preventie.", False),
        ("Eén van de medewerkers stemde tegen.", False),
        ("De kleinste gemeenten stemmen in met het plan.", False),
    ],
)
def test_one_of_the_votes_of_a_region_or_its_smallest_voice_is_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beleidsmedewerkers erkennen dat de voorbereiding gehaast was.", True),
        ("De invoering was volgens de wethouder een sprint.", True),
        ("Een gehaaste overgang leidde tot fouten in de dossiers.", True),
        ("Hij is kritisch over het tempo van de landelijke invoering.", True),
        ("Volgens de ambtenaren lag het tempo van de decentralisaties te hoog.", True),
        ("De voorbereiding verliep rustig.", False),
        ("Het tempo van de wijkteams is hoog.", False),
        ("De wijken vergrijzen in hoog tempo.", False),
    ],
)
def test_a_hurried_change_over_or_its_pace_is_rushed_transition(text, expected):
    assert ("rushed-transition" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ouders vertellen dat de hulp daarna lang op zich liet wachten.", True),
        ("Een plek in een instelling laat vaak maanden op zich wachten.", True),
        ("De behandeling bij de jeugd-ggz liet volgens de huisarts lang op zich wachten.", True),
        (
            "Een woningaanpassing laat volgens de ergotherapeut een half jaar op zich wachten.",
            True,
        ),
        ("De brief van het ministerie liet lang op zich wachten.", False),
        ("Het nieuwe beleidsplan laat op zich wachten.", False),
    ],
)
def test_help_slow_to_come_is_waiting(text, expected):
    assert ("waiting-lists" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsleden zeggen dat zij te weinig weten van wat de teams doen.", True),
        ("De raad weet nauwelijks wat er in de regio over de jeugdhulp wordt besloten.", True),
        ("De gemeenteraad wist te weinig van de tekorten, zegt een fractievoorzitter.", True),
        ("Een raadslid vindt dat hij onvoldoende weet over de inkoop.", True),
        ("Raadsleden weten goed wat er in de wijken speelt.", False),
        ("Inwoners weten te weinig van de regelingen van de gemeente.", False),
        ("De raad wil weten hoeveel inwoners hulp krijgen.", False),
    ],
)
def test_a_council_that_knows_too_little_lacks_insight(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De jeugdartsen zien dat het aantal leerlingen dat langdurig thuiszit, toeneemt.", True),
        ("Er zijn scholieren die al maanden thuis zitten.", True),
        ("Het aantal leerplichtige kinderen dat thuiszat, daalde van 30 naar 12.", True),
        (
            "Eén leerling heeft vorig jaar een half jaar thuisgezeten.",
            True,
        ),
        ("Veel ouderen zitten alleen thuis.", False),
        ("Leerlingen zitten in de klas met kinderen uit andere dorpen.", False),
        ("Geen enkele leerling zit nog thuis.", False),
    ],
)
def test_pupils_who_sit_at_home_are_school_absence(text, expected):
    assert ("school-dropout" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voor 2018 verwacht het college een krappe begroting.", True),
        ("De begroting van volgend jaar is erg krap, zegt de wethouder.", True),
        ("Wethouders zien dat de financiële ruimte snel krapper wordt.", True),
        ("Ook in 2019 blijft de begroting van de gemeente krap.", True),
        ("Het begrotingstekort is in 2016 opgelopen.", False),
        ("De begroting sluit; de tijd om te contracteren was krap.", False),
        ("De financiën zijn krap maar beheersbaar.", False),
        ("Op de arbeidsmarkt is het aanbod krap.", False),
    ],
)
def test_a_tight_budget_is_budget_pressure(text, expected):
    assert ("budget-pressure" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruim een derde van de klanten zit al langer dan drie jaar in de bijstand.", True),
        ("Volgens de klantmanager heeft de helft al meer dan twee jaar niet gewerkt.", True),
        ("Het zijn vaak mannen die al jaren zonder werk thuiszitten.", True),
        ("Een op de vijf uitkeringsgerechtigden ontvangt ruim tien jaar een uitkering.", True),
        ("Vorig jaar kregen 300 huishoudens een uitkering.", False),
        ("Het aantal uitkeringen steeg met 8% ten opzichte van een jaar eerder.", False),
        ("Zij werkt al jaren als vrijwilliger bij de voedselbank.", False),
    ],
)
def test_a_long_time_on_benefits_or_out_of_work_is_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het team heeft volgens de teamleider drie vacatures die niet te vervullen zijn.", True),
        ("Twee vacatures voor jeugdconsulenten bleken nauwelijks in te vullen.", True),
        ("Volgens de manager zijn de vacatures in de wijkteams slecht te vervullen.", True),
        ("Een vacature voor een schuldhulpverlener was een half jaar niet in te vullen.", True),
        ("Werkgevers in de bouw hebben veel vacatures voor jongeren.", False),
        ("De vacature voor een teamleider is in maart vervuld.", False),
    ],
)
def test_a_vacancy_that_cannot_be_filled_is_a_capacity_shortage(text, expected):
    assert ("capacity-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de oppositie heeft de raad pas laat gehoord dat het budget te krap was.",
            True,
        ),
        ("Een fractievoorzitter zegt dat raadsleden te laat zagen welke keuzes er lagen.", True),
        ("De gemeenteraad werd over de nieuwe inkoop vooral achteraf geïnformeerd.", True),
        ("Het CDA vindt dat de raad over de wachtlijsten te laat is ingelicht.", True),
        ("De raad besloot pas laat over de nieuwe verordening.", False),
        ("Inwoners hoorden pas laat dat hun hulp werd verminderd.", False),
        ("De raad hoort graag hoe het met de wijkteams gaat.", False),
    ],
)
def test_a_council_that_learns_only_late_lacks_information(text, expected):
    assert ("council-knowledge-gap" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsleden horen pas laat wat er in de regio is afgesproken over de jeugdhulp.", True),
        ("De fracties hebben weinig grip op wat de regio voor de gemeente inkoopt.", True),
        (
            "De gemeente heeft nauwelijks invloed op zorg die regionaal wordt ingekocht.",
            True,
        ),
        ("De adviesraad hoort te laat wat de regio met zijn adviezen doet.", True),
        ("De rijksbudgetten kwamen te laat, ook voor andere gemeenten in de regio.", False),
        ("De raad heeft weinig grip op de kosten van de jeugdhulp.", False),
        ("Wat de regio inkoopt, is volgens de aanbieders van goede kwaliteit.", False),
    ],
)
def test_little_say_over_what_the_region_decides_is_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De professionals vragen om minder regels en meer vertrouwen.", True),
        ("Het eerste advies van de teams: minder registreren en vaker op huisbezoek.", True),
        ("Aanbieders willen minder papierwerk, zodat er meer tijd is voor cliënten.", True),
        ("Met minder formulieren zou de toegang sneller gaan, zegt de adviesraad.", True),
        ("In 2016 kwamen er minder aanvragen voor huishoudelijke hulp binnen.", False),
        ("De gemeente had minder cliënten dan verwacht.", False),
    ],
)
def test_a_call_for_fewer_rules_is_bureaucracy(text, expected):
    assert ("bureaucracy" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Aanbieders klagen over de tarieven, die in 2016 opnieuw zijn verlaagd.",
            "budget-pressure",
        ),
        (
            "Het gaat vooral om de budgetten, die volgens de wethouder verder worden gekort.",
            "budget-pressure",
        ),
        (
            "De raad kijkt naar de mantelzorgers, die volgens het steunpunt vaak overbelast zijn.",
            "informal-carer-overload",
        ),
        (
            "Zorgen zijn er over de uitkeringsgerechtigden, die in aantal blijven groeien.",
            "unemployment",
        ),
    ],
)
def test_a_relative_clause_states_its_problem_of_the_noun_before_it(text, problem):
    assert problem in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente werkt met vaste aanbieders, die volgens de wethouder goed werk leveren.",
        "De tarieven zijn gelijk gebleven voor de aanbieders, die wel meer cliënten kregen.",
    ],
)
def test_a_relative_clause_without_a_problem_states_none(text):
    assert _keys(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het bijstandsbestand groeide in 2016 met bijna 6%.", True),
        ("Na de sluiting van de fabriek steeg het bijstandsvolume snel.", False),  # verb first
        ("Het aantal bijstandsgerechtigden steeg na de sluiting van de fabriek.", True),
        ("De groep uitkeringsgerechtigden groeide na 2015 elk jaar.", True),
        ("Ook het aantal bijstandsgerechtigden nam in dat jaar toe.", False),  # the verb first
        ("Het bijstandsbestand daalde in 2016 licht.", False),
    ],
)
def test_benefits_that_rose_in_the_past_tense_are_unemployment(text, expected):
    assert ("unemployment" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De budgetten voor het eerste jaar werden pas in september bekend.", True),
        ("Volgens de wethouder kwamen de rijksbudgetten pas in het najaar van 2014.", True),
        ("Het Rijk maakte de budgetten pas in juni bekend, zeggen de ambtenaren.", True),
        ("De late bekendmaking van de budgetten zorgde voor veel haast.", True),
        ("De budgetten voor 2017 worden in mei vastgesteld.", False),
        ("De wachtlijsten werden pas in het najaar korter.", False),
    ],
)
def test_budgets_known_only_late_rushed_the_transition(text, expected):
    assert ("rushed-transition" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij weten niet altijd welk loket zij moeten bellen.", ["access-to-care"]),
        ("De mantelzorgers weten vaak niet waar zij moeten aankloppen.", ["access-to-care"]),
        ("Mantelzorgers weten nu bij welk loket zij terecht kunnen.", []),  # they know it
        ("Bij welk loket zij moeten aankloppen, weten ze.", []),
    ],
)
def test_not_knowing_which_door_to_knock_on_is_access(text, expected):
    assert [k for k in _keys(text) if k == "access-to-care"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De buurtzorg ziet dat veel ouderen pas om hulp vragen als het al te laat is.", True),
        ("Een deel van de gezinnen vraagt pas hulp als de schulden hoog zijn.", True),
        ("Volgens haar blijven gezinnen lang zelf doorgaan en pas laat aankloppen.", True),
        ("Wie net buiten de boot valt, vraagt niet snel om hulp.", True),
        ("Veel ouderen willen hun kinderen niet tot last zijn.", True),
        ("Sommige bewoners durven niemand om hulp te vragen.", True),
        ("De vergaderstukken kwamen pas laat binnen.", False),  # a late arrival of papers
        ("De bouw van het buurthuis was niemand tot hinder.", False),
        ("Bewoners vragen snel om hulp bij het wijkteam.", False),  # they ask readily
    ],
)
def test_asking_for_help_late_or_not_at_all_is_care_avoidance(text, expected):
    assert ("care-avoiders" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wachtlijst voor een huurwoning is in twee jaar verdubbeld.", True),
        ("Wie jong is, kent een wachttijd voor een woning van zes jaar.", True),
        ("De wachtlijst voor een plek in de dagbesteding is lang.", False),  # not a home
    ],
)
def test_a_waiting_list_for_a_home_is_a_housing_shortage(text, expected):
    assert ("housing-shortage" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De tarieven van de aanbieders stijgen elk jaar.", True),
        ("De zorgtarieven zijn in 2016 gestegen.", True),
        ("De tarieven zijn in 2015 verlaagd.", False),  # lowered: budget pressure
    ],
)
def test_rising_tariffs_are_rising_care_costs(text, expected):
    assert ("rising-care-costs" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente biedt een minimaregeling, maar veel mensen weten dat niet.", True),
        ("Jonge ouders kennen de regeling niet.", True),
        ("Het blijkt dat veel mantelzorgers dat niet weten.", True),
        ("Mantelzorgers weten dat het steunpunt er is.", False),  # they know
    ],
)
def test_not_knowing_of_the_help_on_offer_is_reach(text, expected):
    assert ("reaching-residents" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het college stuurt vooral op geld en te weinig op resultaat.", True),
        ("Eerlijk gezegd sturen we nu op gevoel.", True),
        ("De gemeente stuurt op maatschappelijke resultaten.", False),  # no complaint
        ("We sturen de rapportage op maandag naar de raad.", False),  # another sense
    ],
)
def test_steering_on_feeling_or_money_is_governance(text, expected):
    assert ("governance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wijkverpleging ziet dat de kinderen van ouderen steeds vaker ver weg wonen.", True),
        ("Hun familie woont niet meer in de buurt.", True),
        ("In de dorpen moeten kinderen ver weg naar school.", False),  # a journey, not a home
        ("De kinderen wonen vlak bij hun ouders.", False),
    ],
)
def test_children_living_far_away_are_little_informal_care(text, expected):
    assert ("low-informal-care" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het inkoopbureau werkt efficiënt, al voelt de regio soms ver weg.", True),
        ("Voor de kleine kernen voelt de regio ver weg.", True),
        ("De regio voelt voor de raadsleden ver af.", True),
        ("De regio ligt ver weg van de Randstad.", False),  # geography, no verb of feeling
    ],
)
def test_a_region_felt_as_far_away_is_regional_distance(text, expected):
    assert ("regional-distance" in _keys(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contribution that falls is budget pressure; a falling count is not
        ("Zij wijzen erop dat de Rijksbijdrage per plek daalt.", ["budget-pressure"]),
        ("Het aantal cliënten daalt.", []),
        # a budget that does not balance is in deficit; one that balances is not
        ("Het college erkent dat de begroting niet sluitend is.", ["budget-overrun"]),
        ("De meerjarenbegroting sluit niet.", ["budget-overrun"]),
        ("De begroting is sluitend.", []),
        # room for another approach is what the transformation needs
        ("De tarieven bieden weinig ruimte voor een andere aanpak.", ["no-room-for-innovation"]),
        # proposals that reach the council when they can hardly be changed
        (
            "De stukken bereiken de raad pas als zij nauwelijks nog te wijzigen zijn.",
            ["democratic-deficit"],
        ),
        ("De raad kan het plan nog wijzigen.", []),
    ],
)
def test_falling_budgets_unbalanced_budgets_and_late_proposals(text, expected):  # noqa: ANN001
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "problem", "stated"),
    [
        # the rules of two countries named together, and people who work across the border
        (
            "De Belgische en Nederlandse regels rond uitkeringen verschillen sterk.",
            "cross-border-rules",
            True,
        ),
        ("Inwoners die in België werken, vallen tussen twee systemen.", "cross-border-rules", True),
        ("De Nederlandse regels rond uitkeringen zijn streng.", "cross-border-rules", False),
        # hearing afterwards what the region agreed or bought
        ("De adviesraad hoort pas achteraf wat er is ingekocht.", "regional-distance", True),
        ("De adviesraad hoort vooraf wat er is ingekocht.", "regional-distance", False),
    ],
)
def test_two_countries_rules_and_agreements_heard_afterwards(text, problem, stated):  # noqa: ANN001
    assert (problem in _keys(text)) is stated


def test_adults_without_work_named_as_a_group_are_unemployment():
    from kg.extract.concerns import stated

    assert "unemployment" in _keys("Ouders zonder werk zoeken later hulp.")
    denied = "Er zijn hier geen gezinnen zonder werk."  # "geen" before the group denies it
    assert stated(denied, 0, len(denied)) == []


def test_renewal_possible_only_under_a_condition_lacks_room():
    text = "Vernieuwing wordt pas mogelijk als de financiering verandert."
    assert "no-room-for-innovation" in _keys(text)
    assert "no-room-for-innovation" not in _keys("Vernieuwing is mogelijk en gebeurt al.")


def test_signals_from_schools_picked_up_late_are_the_education_care_gap():
    text = "De jeugdarts merkt dat signalen van scholen vaak te laat worden opgepakt."
    assert "education-youth-care-gap" in _keys(text)
    assert "education-youth-care-gap" not in _keys("Signalen van scholen worden snel opgepakt.")


# --- forty-ninth session: wording families and the clause's own negator ------------------


def _stated(text: str) -> list[str]:
    from kg.extract.concerns import stated

    return sorted({p.rsplit("/", 1)[-1] for p, _ in stated(text, 0, len(text))})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject that is itself the negator states the lack ("nauwelijks banen")
        ("Volgens de wethouder zijn er nauwelijks banen voor laaggeschoolden.", ["unemployment"]),
        ("Er is nauwelijks passende woonruimte voor jongeren.", ["housing-shortage"]),
        # a negation after the subject still denies
        ("De budgetten zijn niet gekort.", []),
        # an amount in euros is one constituent between subject and predicate
        (
            "Het budget voor de jeugdhulp is in 2015 met € 1,9 miljoen overschreden.",
            ["budget-overrun"],
        ),
        ("Het jeugdbudget werd in 2016 met € 3,2 miljoen overschreden.", ["budget-overrun"]),
        ("Het budget voor de jeugdhulp is in 2015 niet overschreden.", []),
        # informal carers who can no longer cope
        ("Een op de vijf mantelzorgers loopt op zijn tandvlees.", ["informal-carer-overload"]),
        ("Er bellen mantelzorgers die het niet meer redden.", ["informal-carer-overload"]),
        (
            "De stichting ziet partners die het thuis niet langer volhouden.",
            ["informal-carer-overload"],
        ),
        ("Mantelzorgers redden het prima.", []),
        # residents little heard, involved or reached; low turnout
        ("Mensen in de bijstand worden te weinig gehoord.", ["reaching-residents"]),
        ("Ouderen met een migratieachtergrond worden nauwelijks bereikt.", ["reaching-residents"]),
        ("De opkomst bij de avonden was wisselend.", ["reaching-residents"]),
        ("De opkomst was niet laag.", []),
        # the national government: tasks dumped, a distant relation
        ("Den Haag heeft de taken over de schutting gegooid.", ["poor-national-communication"]),
        (
            "De verhouding met het Rijk wordt als afstandelijk getypeerd.",
            ["poor-national-communication"],
        ),
        ("De verhouding met de buren is afstandelijk.", []),
        # a thinly staffed team
        ("Het wijkteam is krap bezet.", ["capacity-shortage"]),
        # the short run-up
        ("Er bleef nog geen acht maanden om contracten te sluiten.", ["rushed-transition"]),
        ("Er was weinig tijd om te contracteren.", ["rushed-transition"]),
        ("Er waren twaalf maanden om contracten te sluiten.", []),
        # forgoing or cancelling help
        ("Inwoners met een laag inkomen zien af van hulp.", ["care-avoiders"]),
        ("Dan zeggen ze de hulp maar af.", ["care-avoiders"]),
        ("Ze zeggen de hulp niet af.", []),
        ("Voor jongeren zonder diploma is er nauwelijks werk.", ["youth-unemployment"]),
    ],
)
def test_wording_families(text: str, expected: list[str]) -> None:
    assert _stated(text) == expected


def test_ageing_verb_forms_and_housing_stock_labels() -> None:
    """The inflected verb of "vergrijzing" and the social housing stock are problem labels
    (ontology/problems.ttl, forty-ninth session); the comparative sense is not read."""
    doc, ex = extract_text(
        "Volgens de wethouder vergrijst de gemeente snel.",
        "De corporatie zegt dat de sociale huurvoorraad in de kernen beperkt is.",
        "Volgens de wethouder groeit de gemeente snel.",
    )
    assert "problem/ageing" in {
        key(c) for c in finding_for(doc, ex, "vergrijst de gemeente").concerns
    }
    assert "problem/housing-shortage" in {
        key(c) for c in finding_for(doc, ex, "sociale huurvoorraad").concerns
    }
    assert "problem/ageing" not in {
        key(c) for c in finding_for(doc, ex, "groeit de gemeente").concerns
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # feedback after a referral that is missing
        ("Huisartsen missen terugkoppeling na een verwijzing.", ["data-transfer"]),
        ("De terugkoppeling laat nog te wensen over.", ["data-transfer"]),
        ("Al hoor ik zelden wat er na een melding gebeurt.", ["data-transfer"]),
        ("Huisartsen horen altijd wat er na een verwijzing gebeurt.", []),
        ("De terugkoppeling blijft niet uit.", []),
        # care workers of a personal budget paid late
        ("Budgethouders kregen hun zorgverleners niet of te laat betaald.", ["pgb-chaos"]),
        ("Er kwam een brief over de trage betalingen aan zorgverleners.", ["pgb-chaos"]),
        ("Zorgverleners worden altijd op tijd betaald.", []),
        # schools little involved in youth care
        ("Scholen lijken nauwelijks betrokken bij de jeugdhulp.", ["education-youth-care-gap"]),
        ("Scholen zijn goed betrokken bij de jeugdhulp.", []),
    ],
)
def test_wording_families_feedback_pgb_and_schools(text: str, expected: list[str]) -> None:
    assert _stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente heeft de uren verlaagd.", ["household-help-cuts"]),
        ("Het aantal uren per cliënt is met een kwart verlaagd.", ["household-help-cuts"]),
        ("De hulp is teruggebracht van vier naar twee uur per week.", ["household-help-cuts"]),
        ("De gemeente heeft de uren niet verlaagd.", []),
        ("De hulp is teruggekomen.", []),
    ],
)
def test_hours_of_help_cut(text: str, expected: list[str]) -> None:
    assert _stated(text) == expected


def test_cut_in_hours_is_a_label() -> None:
    doc, ex = extract_text("Aanbieders waren fel gekant tegen de kortingen op de uren.")
    assert "problem/household-help-cuts" in {
        key(c) for c in finding_for(doc, ex, "kortingen op de uren").concerns
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aanbieders moeten per gemeente afzonderlijk declareren.", ["bureaucracy"]),
        ("Haar organisatie moet op drie verschillende manieren declareren.", ["bureaucracy"]),
        ("Kleine aanbieders hebben extra administratief personeel aangenomen.", ["bureaucracy"]),
        ("Aanbieders declareren bij de regio.", []),
        ("Aanbieders hoeven niet apart te declareren.", []),
    ],
)
def test_separate_billing_is_administrative_burden(text: str, expected: list[str]) -> None:
    assert _stated(text) == expected
