"""Tests for kg.extract.cuewords: a one-word tone cue read against its clause."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.cuewords import word_reading
from kg.extract.negation import words
from kg.extract.tone import Cue


def _read(sentence: str, word: str, sign: int):
    at = sentence.index(word)
    tokens = [(s, w) for s, _e, w in words(sentence, 0, len(sentence))]
    before = [w for s, w in tokens if s < at]
    after = [w for s, w in tokens if s >= at + len(word)]
    return word_reading(sentence, (0, len(sentence)), Cue(at, at + len(word), sign), before, after)


@pytest.mark.parametrize(
    ("sentence", "word", "sign", "expected"),
    [
        ("Bij de keuze weegt de reistijd zwaar mee.", "zwaar", -1, None),  # a degree
        ("Het verbeteren van de toegang heeft voorrang.", "verbeteren", 1, None),  # an activity
        ("De samenwerking met de huisartsen kan beter.", "beter", 1, -1),  # room to improve
        ("Het lukt de gemeente niet om de uitgaven te beheersen.", "lukt", 1, -1),  # negated after
        ("De beoogde besparingen zijn niet gehaald.", "besparingen", 1, -1),  # predicate denied
        ("Het aantal klachten neemt af.", "klachten", -1, 1),  # a difficulty in decline
        # the verb of decline last: after an inversion, in a subordinate clause
        ("Sinds de fusie is dat draagvlak afgenomen.", "draagvlak", 1, -1),
        ("Zij merken dat de overlast afneemt.", "overlast", -1, 1),
        ("Vroeger was de zorg beter geregeld.", "beter", 1, -1),  # better in the past
        ("De zorg is goed geregeld.", "goed", 1, 1),  # a plain verdict
    ],
)
def test_a_tone_word_is_read_in_its_clause(sentence, word, sign, expected):
    read = _read(sentence, word, sign)
    assert (read.sign if read is not None else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "een beperkt aantal" is a quantity: it judges nothing itself
        ("Het college stuurt op een beperkt aantal indicatoren.", "neutral"),
        ("Een beperkt deel van het budget gaat naar preventie.", "neutral"),
        # as a diminisher it turns the difficulty it counts
        ("Er is een beperkt aantal klachten.", "positive"),
        # limited as a predicate is a verdict
        ("De mogelijkheden zijn beperkt.", "negative"),
    ],
)
def test_a_limited_number_is_a_quantity(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # clarity before a comparative is its degree, not a verdict
        (  # attributed: a level in the authors' voice is data (gold decision 1)
            "Volgens de wethouder ligt het aantal jongeren met jeugdhulp duidelijk hoger"
            " dan gemiddeld.",
            "neutral",
        ),
        ("De regels zijn duidelijk.", "positive"),
        ("Het loket werkt duidelijk beter.", "positive"),
        # much still to do
        ("Volgens de wethouder is er «nog veel te doen.»", "negative"),
    ],
)
def test_clearly_as_a_degree_and_much_to_do(sentence, expected):
    assert polarity_of(sentence) == expected


def test_the_pace_of_a_separable_verb_of_change_is_no_judgement():
    from extract_helpers import polarity_of

    # "snel" measures how fast the costs rise: the rise of a burden judges, not the speed
    assert polarity_of("De regeling laat de kosten voor ouderen snel oplopen.") == "negative"
    assert polarity_of("Inwoners worden snel geholpen.") == "positive"


def test_the_pace_of_a_noun_or_participle_of_change_is_no_judgement():
    from extract_helpers import polarity_of

    # "snelle" before a noun of change measures the change, the burden judges
    assert polarity_of("De Wmo-raad wijst op de snelle vergrijzing van de wijk.") == "negative"
    assert polarity_of("De wijk heeft een snel vergrijzende bevolking.") != "positive"


def test_juist_judges_only_as_a_predicate():
    from extract_helpers import polarity_of

    assert polarity_of("De wethouder noemt de gekozen aanpak nog altijd juist.") == "positive"
    assert polarity_of("De raad vindt de keuze voor wijkteams de juiste.") == "positive"
    # the adverb ("precisely") and the attributive adjective judge nothing
    assert polarity_of("Juist in de dorpen wonen veel ouderen alleen.") == "neutral"
    assert polarity_of("Het college wil de juiste zorg op de juiste plek bieden.") == "neutral"


def test_goed_voor_an_amount_is_amounting_to():
    from extract_helpers import polarity_of

    s = "Volgens de wethouder werkt de gemeente met drie wijkteams, samen goed voor 24 fte."
    assert polarity_of(s) == "neutral"
    # attributed, so a claim (in the authors' voice a sentence of figures only is data)
    s = "Volgens de controller is de jeugdzorg goed voor ruim een derde van de uitgaven."
    assert polarity_of(s) == "neutral"
    assert polarity_of("De nieuwe regeling is goed voor de mantelzorgers.") == "positive"


def test_a_source_put_in_does_not_keep_a_negator_from_its_verb():
    s = "Toch lukt het volgens de stichting niet om alle ouderen te bereiken."
    assert polarity_of(s) == "negative"


def test_a_past_decline_a_rise_came_after_does_not_turn_the_problem():
    s = "De school ziet dat het aantal schoolverlaters na jaren van daling weer stijgt."
    assert polarity_of(s) == "negative"
    # a decline stated still turns it
    assert polarity_of("De school ziet dat het aantal schoolverlaters daalt.") == "positive"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "gematigd" (of "matigen") is a degree of the stance, not "matig" (poor)
        ("De gesprekspartners zijn gematigd positief over de houdbaarheid.", "positive"),
        ("De wethouder is gematigd optimistisch over de financiën.", "positive"),
        ("De raad is gematigd kritisch over de inkoop.", "negative"),
        ("De opkomst was matig.", "negative"),
    ],
)
def test_moderated_stance_keeps_its_sign(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wachttijd is het belangrijkste verschil met vorig jaar.", "negative"),
        ("Volgens ambtenaren is leeftijd het belangrijkste verschil tussen wijken.", "neutral"),
        ("De belangrijkste zorg van de raad is de wachttijd.", "negative"),
    ],
)
def test_a_superlative_of_importance_ranks_and_praises_nothing(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nearness with a verb of where something lies or someone lives: a place
        ("Het ziekenhuis in de buurstad ligt voor de dorpen dichterbij dan de kliniek.", "neutral"),
        ("In de kern wonen de ouders van de leerlingen dichtbij.", "neutral"),
        # nearness of care or a team: brought close, a good thing
        ("Het sociaal team staat volgens inwoners dichtbij.", "positive"),
    ],
)
def test_nearness_of_a_place_judges_nothing(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a municipality that relies on a centre municipality for a task: a division of tasks
        ("Voor de maatschappelijke opvang is de gemeente aangewezen op Zuidstad.", "neutral"),
        ("Beschermd wonen: Noorddorp aangewezen op centrumgemeente Zuidstad", "neutral"),
        # people who rely on something lack it; a dependence that weighs is judged
        ("Voor specialistische hulp zijn gezinnen vaak aangewezen op Zuidstad.", "negative"),
        ("Voor de opvang is de gemeente sterk aangewezen op de centrumgemeente.", "negative"),
    ],
)
def test_relying_on_a_centre_municipality_divides_tasks(sentence, expected):
    assert polarity_of(sentence) == expected
