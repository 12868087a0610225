"""A dated count is the authors' data, not the voice carried before it (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.datedcounts import (
    changed_count,
    dated_count,
    size_fact,
    waiting_count,
    worded_figure,
)
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook statushouders moeten een plek krijgen: in 2017 waren dat er 60.",
        "Het aantal aanmeldingen steeg van 300 in 2014 naar 420 in 2015.",
        "Van de 12 plaatsen die voor 2016 gepland waren, zijn er pas 3 ingevuld.",
        "Het aantal meldingen nam toe met een derde (2015: 90; 2016: 120).",
    ],
)
def test_a_dated_count(sentence):
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 werkte het team nog in twee wijken.",  # the year is the only figure
        "We hadden in 2016 ruim 300 casussen.",  # first person: the speaker's own
        "Zij wijzen op de caseload, die in 2015 opliep tot 50.",  # a pronoun for the speaker
        "Het tekort loopt in 2017 op tot 2 miljoen.",  # money
        "Wel kost de hulp, die in 2015 voor 900 cliënten werd versoberd, veel tijd.",  # conceded
        "Het aantal uitzettingen daalde daardoor van 30 naar 10 in 2016.",  # a cause
        "‘In 2016 kwamen er 40 bij’, zegt de teamleider.",  # a quotation
    ],
)
def test_no_dated_count(sentence):
    assert not dated_count(sentence)


def test_a_dated_count_after_a_speakers_claim_is_the_authors():
    doc, ex = extract_text(
        "De woningcorporatie ziet dat de wachttijd voor een huurwoning sterk is opgelopen."
        " Ook statushouders moeten een plek krijgen: in 2016 waren dat er 70."
    )
    said = finding_for(doc, ex, "opgelopen")
    plain = finding_for(doc, ex, "statushouders")
    assert [key(s) for s in said.speakers] == ["role/housing-corporations"]
    assert [key(s) for s in plain.speakers] == ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd voor een keukentafelgesprek was eind 2016 negen weken.",
        "De cliëntenraad, opgericht in 2014, telt twaalf leden.",
        "Het loket kreeg in 2015 dertig klachten over het vervoer.",
        "In 2016 kwamen er achttien meldingen bij het meldpunt binnen.",
        "Het buurtteam bestaat sinds 2015 uit zes medewerkers.",
        "De raad nam in 2016 drie van de vier adviezen over.",
        # staff posts and staff counted in words: a plain fact of organisation
        "De welzijnsstichting heeft voor 2017 twee extra formatieplaatsen gekregen.",
        "Voor 2016 zijn er drie formatieplaatsen bijgekomen.",
        "Het wijkteam kreeg in 2017 twee nieuwe consulenten erbij.",
        "In 2015 werkten bij het loket vijf consulenten.",
    ],
)
def test_a_dated_count_in_words(sentence):
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 werkte de stichting in drie dorpen.",  # how many take part, no figure
        "De twee gemeenten besloten in 2015 samen in te kopen.",
        "Sinds 2015 zitten vier wethouders in het college.",  # not a noun of the register
        "De wachttijd was in 2016 zeven weken, omdat er te weinig consulenten waren.",  # a reason
        "Zij hadden in 2015 elf leden.",  # a pronoun for the speaker
    ],
)
def test_no_dated_count_in_words(sentence):
    assert not dated_count(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het duurde zeven lange weken.", True),  # an adjective before the noun
        ("Het gaat om vijf van de acht.", True),  # a ratio
        ("Er zijn vijf van de 40 plekken bezet.", True),
        ("Er is een team van acht.", False),  # no noun after the number
        ("Er is een klacht binnengekomen.", False),  # "een" is no figure
    ],
)
def testworded_figure(text, expected):
    assert worded_figure(text) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd liep in 2016 op tot 9 weken, terwijl de norm vier weken is.",
        "In 2015 kreeg 70% binnen acht weken hulp; de gemeentelijke norm is 90%.",
        "Het percentage lag in 2016 op 62, onder het streefcijfer van 75.",
        "Eind 2015 wachtten gezinnen zes weken, twee meer dan de normen toestaan.",
    ],
)
def test_a_figure_against_a_norm_is_weighed(sentence):
    assert not dated_count(sentence)


def test_a_dated_count_in_words_after_a_speakers_claim_is_the_authors():
    doc, ex = extract_text(
        "De thuiszorgorganisaties vinden dat de indicaties te krap zijn geworden."
        " De wachttijd voor een indicatie was eind 2016 negen weken."
    )
    said = finding_for(doc, ex, "krap")
    plain = finding_for(doc, ex, "negen weken")
    assert [key(s) for s in plain.speakers] == ["role/authors"]
    assert [key(s) for s in said.speakers] != ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de SVB, die de betalingen uit het persoonsgebonden budget doet, liepen in 2016 "
        "ruim 200 klachten binnen.",
        "In 2015 hadden 140 inwoners een persoonsgebonden budget voor begeleiding.",
        "Het aantal pgb-houders daalde in 2016 van 310 naar 260.",
        "Eind 2015 wachtten nog 45 budgethouders met een pgb op de eerste betaling.",
    ],
)
def test_a_count_of_personal_budgets_is_a_count(sentence):
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het budget voor de jeugdhulp was in 2016 12 miljoen.",  # money kept
        "Het pgb-budget van de gemeente liep in 2015 op tot 3 miljoen.",  # still money
    ],
)
def test_money_beside_a_personal_budget_stays_money(sentence):
    assert not dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Een zorgboerderij heeft in 2016 beloofd zes plekken beschikbaar te stellen.",
        "In 2015 was voor 40 statushouders nauwelijks werk te vinden.",
        "Hoe het met de 25 gezinnen van 2015 afliep, valt niet te zeggen.",
        "De woningbouwvereniging zegde in 2016 toe acht woningen ter beschikking te stellen.",
    ],
)
def test_a_view_verb_as_an_infinitive_names_no_view(sentence):
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De consulenten stellen dat er in 2016 30 meer aanvragen waren.",
        "Huisartsen vinden 12 weken wachten in 2015 te lang.",
    ],
)
def test_a_finite_view_verb_still_names_a_view(sentence):
    assert not dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De cliëntenraad, die in 2014 werd opgericht, heeft negen leden.",
        "Het jeugdteam telt sinds 2016 veertien medewerkers.",
        "Het sociaal team bestond eind 2015 uit 11 fte.",
        "De adviesraad had in 2016 ongeveer 12 leden.",
    ],
)
def test_a_size_fact(sentence):
    assert size_fact(sentence)
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad heeft in 2016 drie adviezen gegeven.",  # its output, not its size
        "De leden van de raad kwamen in 2015 negen keer bijeen.",
        "Het team heeft in 2015 12 gezinnen geholpen.",  # a deed
    ],
)
def test_no_size_fact(sentence):
    assert not size_fact(sentence)


def test_the_size_of_the_speakers_own_body_is_the_authors():
    doc, ex = extract_text(
        "De Wmo-raad vindt dat hij te laat bij de plannen wordt betrokken."
        " De Wmo-raad, die in 2015 de cliëntenraad verving, heeft negen leden."
    )
    plain = finding_for(doc, ex, "negen leden")
    assert [key(s) for s in plain.speakers] == ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd voor een intake liep op tot zeven weken.",
        "Het aantal aanvragen steeg naar bijna 500 per jaar.",
        "De caseload per consulent daalde tot 45 gezinnen.",
        "Het aantal vrijwilligers kromp tot ongeveer 80.",
    ],
)
def test_a_change_to_a_figure_is_a_count(sentence):
    assert changed_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd liep op tot zes weken, omdat er consulenten vertrokken.",  # a reason
        "Het tekort steeg tot 2 miljoen.",  # money
        "Zij zagen het aantal meldingen stijgen tot 300.",  # a pronoun: the speaker's own
        "De spanning liep op tot een hoogtepunt.",  # no figure
        "De wachttijd is lang: zes weken.",  # no change
    ],
)
def test_no_change_to_a_figure(sentence):
    assert not changed_count(sentence)


def test_a_change_to_a_figure_after_a_speakers_account_is_the_authors():
    doc, ex = extract_text(
        "De consulenten zien dat steeds meer gezinnen schulden hebben. Volgens hen komen"
        " vooral werkende ouders in de problemen. De wachttijd voor een eerste gesprek liep op"
        " tot zes weken."
    )
    assert [key(s) for s in finding_for(doc, ex, "werkende").speakers] != ["role/authors"]
    assert [key(s) for s in finding_for(doc, ex, "eerste gesprek").speakers] == ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wie een huurwoning zoekt, wacht in de regio inmiddels gemiddeld zes jaar.",
        "De wachttijd voor een eerste gesprek is drie weken.",
        "Ouders wachten ruim 12 weken op een plek in de jeugd-ggz.",
        "De wachttijd bij de schuldhulp bedroeg eind vorig jaar acht weken.",
    ],
)
def test_a_waiting_time_is_a_count(sentence):
    assert waiting_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gezinnen wachten te lang op hulp.",  # no figure
        "Volgens hen wachten ouders zes weken.",  # a pronoun: the speaker's own
        "De wachttijd is zes weken, maar de norm is vier.",  # set against a norm
        "Wel wachten ouders soms drie weken.",  # conceded within the account
    ],
)
def test_no_waiting_count(sentence):
    assert not waiting_count(sentence)


def test_a_waiting_time_after_a_speakers_quotation_is_the_authors():
    doc, ex = extract_text(
        "De directeur van de corporatie maakt zich zorgen over de woningmarkt. ‘We bouwen"
        " niet zo snel als nodig is.’ Wie een huurwoning zoekt, wacht in de stad inmiddels"
        " ruim vijf jaar."
    )
    assert [key(s) for s in finding_for(doc, ex, "zorgen").speakers] != ["role/authors"]
    assert [key(s) for s in finding_for(doc, ex, "inmiddels").speakers] == ["role/authors"]
