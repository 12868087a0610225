"""What a clause implies without a judgement word: excess, need, scarcity, removal, growth."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import implied, scarcity


def test_excess_is_te_plus_adjective_not_infinitive():
    s = "De formulieren zijn te lang en moeilijk te begrijpen."
    assert [s[a:b] for a, b in implied.excess(s, 0, len(s))] == ["te lang"]


def test_growth_reaches_a_separated_particle():
    s = "Het aantal jongeren in de schuldhulp neemt elk jaar toe."
    assert implied.grows(s, (0, len(s)))
    s = "De kosten zijn verder gestegen."
    assert implied.grows(s, (0, len(s)))
    s = "De wethouder neemt het besluit."
    assert not implied.grows(s, (0, len(s)))


def test_initiative_is_a_stated_fact_only():
    s = "Sinds maart draait in twee wijken een proef met een buurtcoach."
    assert implied.initiative(s, (0, len(s)))
    for s in (
        "De gemeente wil een buurtloket opzetten en heeft het nog niet opgezet.",
        "Als er een buurtloket wordt opgezet, komt er een coördinator.",
        "Er zou een buurtloket kunnen worden opgezet.",
    ):
        assert not implied.initiative(s, (0, len(s)))


def test_urgent_need_and_scarcity_say_the_present_falls_short():
    s = "Een andere aanpak is dringend nodig."
    assert implied.ought(s, (0, len(s)))
    s = "Er lopen amper trajecten naar werk."
    assert scarcity.scarce(s, (0, len(s)))
    s = "De gemeente moet een plan maken."
    assert not implied.ought(s, (0, len(s)))


def test_removal_and_delay():
    s = "De achterstand bij de toegang is inmiddels weggewerkt."
    assert implied.removed(s, (0, len(s)))
    s = "De beschikking komt pas weken later."
    assert [s[a:b] for a, b in implied.late(s, 0, len(s))] == ["pas weken later"]


def test_loss_names_something_gone():
    s = "De korte lijnen met de huisartsen zijn weg."
    assert implied.lost(s, (0, len(s)))
    s = "De vaste contactpersoon valt straks weg."
    assert implied.lost(s, (0, len(s)))
    s = "De wachtlijst is weggewerkt."
    assert not implied.lost(s, (0, len(s)))


def test_framed_names_a_focus_or_a_factor():
    s = "In het eerste jaar stond de continuïteit van zorg centraal."
    assert implied.framed(s, 0, len(s))
    s = "Daarnaast speelde de demografie (veel ouderen) een grote rol."
    assert implied.framed(s, 0, len(s))
    s = "De wethouder speelt de vragen door aan de raad."
    assert not implied.framed(s, 0, len(s))


def test_missing_is_a_loss():
    s = "Bij de teams ontbreekt soms specialistische kennis."
    assert implied.lost(s, (0, len(s)))


def test_plans_are_intended_extensions_not_negated():
    s = "De gemeente wil het aanbod van de bibliotheek uitbreiden."
    assert implied.plans(s, (0, len(s)))
    s = "Het college wil meer gebruikmaken van ervaringen van inwoners."
    assert implied.plans(s, (0, len(s)))
    for s in (
        "De gemeente wil het aanbod niet uitbreiden.",
        "De gemeente zou het aanbod willen uitbreiden.",
        "De gemeente breidt het aanbod uit.",
    ):
        assert not implied.plans(s, (0, len(s)))


def test_obligation_and_comparative():
    s = "Dat vergt een zorgvuldige uitvoering van de regels."
    assert implied.obliged(s, (0, len(s)))
    s = "De samenwerking met de huisartsen moet beter."
    assert implied.obliged(s, (0, len(s)))
    s = "De samenwerking met de huisartsen is goed."
    assert not implied.obliged(s, (0, len(s)))
    assert implied.comparative("makkelijker") and not implied.comparative("helder")


def test_prompt_is_a_short_time_stated_as_a_fact():
    s = "Het jongerenloket belde binnen twee dagen terug."
    assert implied.prompt(s, (0, len(s)))
    s = "Het jongerenloket wil binnen twee dagen terugbellen."
    assert not implied.prompt(s, (0, len(s)))
    s = "Binnen de wettelijke termijn van acht weken valt een besluit."
    assert not implied.prompt(s, (0, len(s)))


def test_echoes_need_an_object_that_refers_back():
    for s in ("Onderzoek bevestigt dit beeld.", "Raadsleden horen dat ook van inwoners.",
              "De wethouder deelt de zorgen van de raad."):  # fmt: skip
        assert implied.echoes(s, 0, len(s)), s
    for s in ("Aanbieders herkennen dat de gemeente ruimte geeft.",
              "De raad deelt de opvatting dat tijd nodig is."):  # fmt: skip
        assert not implied.echoes(s, 0, len(s)), s


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "maar" right after a verb, before a count, is "only": too few
        ("Op de informatieavond kwamen maar drie inwoners af.", "negative"),
        ("Er is maar één consulent voor de hele gemeente.", "negative"),
        # "maar" as the conjunction after a comma is "but"
        ("De gemeente werkt met twee teams, maar twee medewerkers werken in beide.", "neutral"),
    ],
)
def test_maar_before_a_count_is_only(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het college heeft het overzicht over de zorg verloren.", True),
        ("De gemeente raakte halverwege het jaar het zicht op de kosten kwijt.", True),
        ("De wijkteams verliezen de aansluiting bij de scholen.", True),
        ("Er ging bij de overgang geen goede kennis verloren.", False),
        ("Er raakten minder vrijwilligers in de zorg kwijt dan verwacht.", False),
        ("Zonder steun verliest de buurt het vertrouwen.", True),
    ],
)
def test_loss_includes_losing_and_is_undone_by_a_negator(sentence, expected):
    assert implied.lost(sentence, (0, len(sentence))) is expected


def test_a_lost_good_thing_is_negative():
    assert polarity_of("De gemeente heeft het overzicht over de jeugdhulp verloren.") == "negative"


def test_a_lag_made_up_is_removed():
    s = "De achterstanden bij de keukentafelgesprekken zijn ingelopen."
    assert implied.removed(s, (0, len(s)))
    assert polarity_of(s) == "positive"
    s = "De achterstand is nog niet ingelopen."
    assert not implied.removed(s, (0, len(s)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bij de sociale dienst komen weinig bezwaarschriften binnen.", "positive"),
        ("Er is in de nieuwe wijk amper overlast.", "positive"),
        ("Er zijn nauwelijks formele bezwaren tegen de indicaties.", "positive"),
        ("Er zijn in het project weinig uitvallers.", "positive"),
        ("Er melden zich weinig vrijwilligers.", "negative"),
    ],
)
def test_little_of_an_unwanted_thing_is_good_news(sentence, expected):
    assert polarity_of(sentence) == expected


def test_scarcity_is_not_of_unwanted_things():
    s = "Er zijn weinig bezwaarschriften."
    assert not scarcity.scarce(s, (0, len(s)))


def test_a_denied_role_frames_nothing():
    s = "Schulden spelen onder jongeren nauwelijks een rol."
    assert not implied.framed(s, 0, len(s))
    s = "Schulden spelen onder jongeren een grote rol."
    assert implied.framed(s, 0, len(s))


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachtlijst voor dagbesteding slinkt.",
        "De wachtlijsten zijn het afgelopen jaar geslonken.",
        "De schulden van het gezin zijn afgelost.",
    ],
)
def test_shrinking_and_paying_off_remove_a_difficulty(sentence):
    assert implied.removed(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a commitment in the passive or the perfect ("wordt ingezet op") is one made
        ("Er wordt ingezet op vroegsignalering.", "positive"),
        ("De gemeente heeft ingezet op preventie.", "positive"),
        ("Er wordt niet ingezet op preventie.", "negative"),
    ],
)
def test_a_commitment_in_the_passive_is_set_going(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an intended extension: "wil … ook …" with a verb of measuring, following or involving
        "De wethouder wil vanaf volgend jaar ook de tevredenheid van ouders meten.",
        "Het college wil ook de ervaringen van mantelzorgers bijhouden.",
        "De gemeente wil in 2019 ook jongeren bij de adviesraad betrekken.",
        "De adviesraad wil ook de resultaten van de wijkteams volgen.",
    ],
)
def test_an_added_measure_or_party_is_an_intended_extension(sentence):
    assert implied.plans(sentence, (0, len(sentence)))
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het college wil ook de eigen bijdrage verhogen.",
        "De wethouder wil de wachttijden ook niet meer meten.",
        "De gemeente zou ook de tevredenheid willen meten.",
        "De gemeente meet ook de tevredenheid van cliënten.",
    ],
)
def test_no_intended_extension_without_want_or_with_denial(sentence):
    assert not implied.plans(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        # extra staff or capacity obtained: something set going
        "Het wijkteam heeft voor 2018 twee extra formatieplaatsen gekregen.",
        "De gemeente trok in 2016 drie extra consulenten aan.",
        "Het sociaal team kreeg vorig jaar extra capaciteit voor de jeugdhulp.",
        "Aan het sociaal team zijn in 2017 vier extra fte toegekend.",
    ],
)
def test_extra_staff_obtained_is_set_going(sentence):
    assert implied.initiative(sentence, (0, len(sentence)))
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # asked for, needed or forced: no progress stated
        "De aanbieders hebben extra formatie aangevraagd.",
        "De stichting heeft een extra medewerker moeten aannemen.",
        "Het team heeft extra consulenten nodig.",
        "Het team kreeg extra werk door de nieuwe regels.",
    ],
)
def test_extra_staff_asked_for_or_forced_is_not_set_going(sentence):
    assert not implied.initiative(sentence, (0, len(sentence)))
