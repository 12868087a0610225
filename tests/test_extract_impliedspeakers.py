"""Speakers a sentence names without a group mention: the municipality, an adverb, the talks."""

from __future__ import annotations

import pytest

from kg.extract.impliedspeakers import (
    CIVIL_SERVANTS,
    EXECUTIVE_BOARD,
    INTERVIEWEES,
    POLICY_OFFICERS,
    implied_speaker,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De gemeente zelf ervaart veel vrijheid.", CIVIL_SERVANTS),
        ("Volgens de gemeente gaat de samenwerking goed.", CIVIL_SERVANTS),
        ("Ambtelijk wordt aangegeven dat het goed gaat.", CIVIL_SERVANTS),
        ("Bestuurlijk is men tevreden over de regio.", EXECUTIVE_BOARD),
        ("Vanuit het beleid wordt gesteld dat de kosten stijgen.", POLICY_OFFICERS),
        ("Dat wordt door niemand betwist.", INTERVIEWEES),
        ("Dat wordt door niemand als een gemis ervaren.", INTERVIEWEES),
        ("Uit de gesprekken blijkt dat de wachtlijsten groeien.", INTERVIEWEES),
        ("In de interviews komt naar voren dat de toegang lastig is.", INTERVIEWEES),
        ("In verschillende gesprekken wordt genoemd dat de lasten stijgen.", INTERVIEWEES),
        ("De toegang is lastig, zo blijkt uit de gesprekken.", INTERVIEWEES),
        ("Het beeld dat uit de gesprekken naar voren komt, is dat het werkt.", INTERVIEWEES),
        ("Van ambtelijke zijde wordt benadrukt dat het goed gaat.", CIVIL_SERVANTS),
        ("Van bestuurlijke zijde wordt erkend dat het beter kan.", EXECUTIVE_BOARD),
        ("Ambtelijk is er zorg over de stijgende kosten.", CIVIL_SERVANTS),
        ("Ambtelijk is de indruk dat de samenwerking goed loopt.", CIVIL_SERVANTS),
        ("Bestuurlijk is het beeld dat de kosten dalen.", EXECUTIVE_BOARD),
        ("Bestuurlijk bestaat er onvrede over de regio.", EXECUTIVE_BOARD),
        ("Vanuit de gemeente wordt aangegeven dat de toegang goed werkt.", CIVIL_SERVANTS),
        ("Van gemeentezijde wordt benadrukt dat de toegang goed werkt.", CIVIL_SERVANTS),
        ("Vanuit het gemeentehuis wordt aangegeven dat het goed gaat.", CIVIL_SERVANTS),
        ("In de gesprekken is vaak gewezen op de wachttijden.", INTERVIEWEES),
        ("In alle interviews wordt de samenwerking als goed omschreven.", INTERVIEWEES),
        ("De gesprekken laten zien dat de toegang goed werkt.", INTERVIEWEES),
        ("De interviews bevestigen dat de toegang goed werkt.", INTERVIEWEES),
        ("In de interviews wordt het beeld geschetst van een zoekende gemeente.", INTERVIEWEES),
        ("In de gesprekken wordt de zorg uitgesproken dat de kosten stijgen.", INTERVIEWEES),
    ],
)
def test_implied_sources(sentence, expected):
    assert implied_speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the municipality as a source of figures is no voice
        "Volgens de gemeente ontvangen 300 huishoudens bijstand.",
        # the service's own talks, not the study's
        "Uit de gesprekken met cliënten blijkt dat zij tevreden zijn.",
        "Uit de keukentafelgesprekken blijkt dat de vraag groeit.",
        # evidence from data
        "Uit de monitor blijkt dat de vraag groeit.",
        "De gemeente stelt de kaders vast.",
        # work done from the municipality, not a report
        "Vanuit de gemeente wordt gewerkt aan een nieuw beleidsplan.",
        "Ambtelijk is er te weinig capaciteit.",
        "Ambtelijk is de organisatie op orde.",  # a state, not a view
        "De gesprekken met cliënten laten zien dat de toegang goed werkt.",
        "In de gesprekken zijn de wachttijden besproken.",
    ],
)
def test_no_implied_source(sentence):
    assert implied_speaker(sentence) is None


def test_a_letter_str_lower_reads_apart_does_not_hide_the_source():
    # "ſ" matches "s" in a case-insensitive pattern but str.lower keeps it: the plain
    # pre-check on the lower case would have skipped the rule
    sentence = "Uit de ge\u017fprekken blijkt dat de wachtlijsten groeien."
    assert implied_speaker(sentence).rsplit("/", 1)[-1] == "interviewees"


@pytest.mark.parametrize(
    "sentence",
    [
        "Schulden vormen volgens vrijwel iedereen de kern van de problematiek.",
        "Over de schulden maakt iedereen zich zorgen.",
        "Over de samenwerking is vrijwel iedereen het eens.",
    ],
)
def test_everyone_as_source_or_as_holder_after_a_fronted_phrase_is_the_interviewees(sentence):
    assert implied_speaker(sentence) == INTERVIEWEES


def test_everyone_doing_something_is_no_view():
    assert implied_speaker("Iedereen kent de buurt.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Armoede wordt door de gemeente niet als groot probleem gezien.",
        "Een tekort wordt door de gemeente voor volgend jaar verwacht.",
        "Het aantal stijgt, een ontwikkeling die door de gemeente in verband wordt gebracht "
        "met de instellingen in de stad.",
        "Het aantal stijgt, een stijging die door de gemeente vooral wordt toegeschreven aan "
        "de vergrijzing.",
    ],
)
def test_the_municipality_as_the_agent_of_a_passive_view_speaks(sentence):
    assert implied_speaker(sentence) == CIVIL_SERVANTS


def test_the_municipality_as_the_agent_of_a_plain_passive_is_no_view():
    assert implied_speaker("De subsidie wordt door de gemeente betaald.") is None
    assert implied_speaker("Het plan wordt door de gemeente onder de aandacht gebracht.") is None


def test_a_passive_view_placed_in_the_talks_is_the_interviewees_with_words_between():
    sentence = "Toch wordt eenzaamheid in de gesprekken niet als een groot probleem gezien."
    assert implied_speaker(sentence) == INTERVIEWEES


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor 2017 verwacht de gemeente opnieuw een tekort op de jeugdhulp.",
        "Steun vindt de gemeente naar eigen zeggen vooral bij de provincie.",
        "Van het Rijk voelt de gemeente zich weinig gesteund.",
        "Over de regio denkt de gemeente zelf positief.",
    ],
)
def test_the_municipality_as_the_inverted_subject_of_a_report_speaks(sentence):
    assert implied_speaker(sentence) == CIVIL_SERVANTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Zo ziet de gemeente een stijging van het aantal meldingen.",  # an example of an account
        "Het werkplein loopt goed, al vindt de gemeente de lasten hoog.",  # no main clause
        "Daarnaast ziet de gemeente toe op de kwaliteit van de zorg.",  # supervising
        "Voor werk hoort de gemeente bij de arbeidsmarktregio.",  # belonging
        "Verwacht de gemeente een tekort?",  # a question
        "Het geld dat de gemeente ontvangt, is op.",
    ],
)
def test_the_municipality_after_a_verb_that_is_no_main_clause_report_does_not_speak(sentence):
    assert implied_speaker(sentence) is None


def test_volgens_the_municipality_attributes_its_own_clause_not_the_figures_before_it():
    s = "Een op de 9 huishoudens is arm, wat volgens de gemeente vooral in de oude wijken speelt."
    assert implied_speaker(s) == CIVIL_SERVANTS
    assert implied_speaker("Het aantal is volgens de gemeente gestegen tot 5%.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Drie risico's worden telkens genoemd: de kosten en de budgetten.", INTERVIEWEES),
        ("Als knelpunt wordt steeds weer het vervoer genoemd.", INTERVIEWEES),
        ("Drie risico's worden genoemd in het rapport.", None),  # not again and again
    ],
)
def test_a_passive_report_said_again_and_again_is_the_interviewees(sentence, expected):
    assert implied_speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor 2017 rekent de gemeente op een krappe begroting.",  # present, a verb in parts
        "Voor volgend jaar rekende de gemeente op een kleiner tekort.",  # past
        "Na de herindicaties rekent de gemeente nog op een overschot.",  # an adverb between
        "De gemeente rekent voor 2018 op meer instroom in de bijstand.",  # plain order
    ],
)
def test_the_municipality_counting_on_what_is_to_come_speaks(sentence):
    assert implied_speaker(sentence) == CIVIL_SERVANTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor 2017 rekent de gemeente af met de oude aanbieders.",  # settling accounts
        "Daarna rekent de gemeente uit hoeveel geld er over is.",  # reckoning up
    ],
)
def test_the_municipality_reckoning_up_does_not_speak(sentence):
    assert implied_speaker(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2016 waren de achterstanden volgens de gemeente weggewerkt.", CIVIL_SERVANTS),
        ("Volgens de gemeente liep de wachttijd in 2015 op.", CIVIL_SERVANTS),
        ("Sinds 2014 is de toegang volgens de gemeente zelf eenvoudiger.", CIVIL_SERVANTS),
        ("Eind 2015 was volgens de gemeente het tekort opgelopen tot 5%.", None),  # a figure
    ],
)
def test_a_year_dates_the_municipalitys_view_and_is_no_figure(sentence, expected):
    assert implied_speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal jongeren in de jeugdzorg steeg met een derde, wat de gemeente zorgen baart.",
        "De wachttijd liep op tot negen weken, wat de gemeente grote zorgen baarde.",
        "Het aantal bijstandsaanvragen daalde in 2016 licht, wat de gemeente niet verraste.",
        "Bijna de helft van de mantelzorgers is overbelast, hetgeen de gemeente verontrust.",
    ],
)
def test_the_municipality_struck_by_a_fact_speaks(sentence):
    assert implied_speaker(sentence) == CIVIL_SERVANTS


@pytest.mark.parametrize(
    "sentence",
    [
        # the municipality itself as the subject of "verrassen": no view of its own
        "De gemeente verraste de raad met een nieuw plan.",
        # the worry is another's, the municipality only where it happened
        "De wachttijd liep op, wat ouders in de gemeente zorgen baart.",
        # no relative clause on the sentence
        "De kosten baren de gemeente zorgen.",
    ],
)
def test_the_municipality_not_struck_by_the_sentence(sentence):
    assert implied_speaker(sentence) != CIVIL_SERVANTS


@pytest.mark.parametrize(
    "sentence",
    [
        "De lijnen zijn kort, zo blijkt uit bijna elk gesprek.",
        "Het vervoer is een bron van zorg, zo bleek uit vrijwel ieder interview.",
        "De wachtlijst is het grootste probleem, zo komt naar voren uit alle gesprekken.",
        "Er is veel vertrouwen in het team, zo blijkt uit elk interview.",
    ],
)
def test_nearly_every_talk_is_the_interviewees(sentence):
    assert implied_speaker(sentence) == INTERVIEWEES


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat blijkt uit elk gesprek met cliënten.",
        "Het blijkt uit het gesprek van de wethouder met de raad.",
    ],
)
def test_a_services_own_talks_are_not_the_studys(sentence):
    assert implied_speaker(sentence) != INTERVIEWEES
