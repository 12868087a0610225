"""Frames of need: a good thing said to be needed is said to be lacking (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

_polarity = polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er is grote behoefte aan duidelijkheid over de financiering.", "negative"),
        ("Aanbieders hebben behoefte aan meer overzicht van de aanvragen.", "negative"),
        ("Een betere afstemming met de huisartsen is nodig.", "negative"),
        ("Snellere besluiten over de indicaties zijn noodzakelijk.", "negative"),
        # what it is needed for is an aim, not a lack of the good thing
        ("Er is geld nodig om goede zorg te leveren.", "neutral"),
    ],
)
def test_a_good_thing_needed_is_lacking(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quoted voice with no judgement word makes the speaker's point: a difficulty
        ("“Elke maand komt er weer een nieuw formulier bij”, zegt een consulent.", "negative"),
        ("“Wij horen pas achteraf wat de regio heeft besloten”, aldus een raadslid.", "negative"),
        # a quotation with a judgement word of its own keeps that judgement
        ("“De huisartsen weten ons heel goed te vinden”, zegt een teamleider.", "positive"),
        # a term in quotation marks is no quotation
        ("Raadsleden spreken over ‘het sociaal domein’ in de begroting.", "neutral"),
    ],
)
def test_a_quoted_voice_makes_its_point(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words of difficulty that classify care, a group, a duration or a dependence
        ("Voor zware zorg verwijst het wijkteam door naar de regio.", "neutral"),
        ("Het jongerenloket helpt jongeren met problemen thuis of op school.", "neutral"),
        ("De corporatie meldt huurders met een achterstand aan bij het wijkteam.", "neutral"),
        ("Het wijkteam begeleidt klanten met klachten over hun woning.", "neutral"),
        ("De indicatie geldt voor de duur van een jaar.", "neutral"),
        ("De hoogte van de eigen bijdrage is afhankelijk van het inkomen.", "neutral"),
        # a municipality that depends on another for a task: the division of tasks
        ("Voor de nachtopvang is de gemeente afhankelijk van de centrumgemeente.", "neutral"),
        # said of the claim's subject they still judge
        ("De regels voor de eigen bijdrage zijn complex.", "negative"),
        ("Veel inwoners in de dorpen zijn afhankelijk van de regiotaxi.", "negative"),
        ("De zorg is duur voor de gemeente.", "negative"),
    ],
)
def test_words_that_only_describe(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "inmiddels" with no judgement word: a change already made
        ("Een raadslid wordt inmiddels vaker op straat aangesproken.", "positive"),
        ("Inmiddels heeft elke school een vaste contactpersoon in het wijkteam.", "positive"),
        # negated, or with a judgement word of its own, it reports no progress
        ("Inmiddels heeft nog niet elke school een contactpersoon.", "negative"),
        ("Inmiddels zijn de kosten van de jeugdhulp verder gestegen.", "negative"),
    ],
)
def test_inmiddels_reports_progress(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "terwijl" (whereas) inside a claim with no judgement word: two facts at odds
        ("De gemeente betaalt de regiotaxi, terwijl de provincie de bus schrapt.", "negative"),
        # "terwijl" of time, opening the claim, sets nothing against anything
        ("Terwijl de teams al draaiden, kwamen de nieuwe taken erbij.", "neutral"),
        # a judgement word of its own decides
        ("De lijnen zijn kort, terwijl de administratie voor de hele regio geldt.", "positive"),
    ],
)
def test_terwijl_sets_facts_at_odds(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is said of few people holds for few
        ("Weinig ouders zijn tevreden over de jeugdhulp.", "negative"),
        ("Steeds minder inwoners vallen tussen wal en schip.", "positive"),
        ("Minder mensen hebben last van schulden.", "positive"),
        # within the diminisher's own reach the scope rules turn it once
        ("Steeds minder jongeren haken af.", "positive"),
    ],
)
def test_a_judgement_of_few_people_is_turned(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # by which channel or when a service is reached is a description ...
        ("Het sociaal team is bereikbaar via een centraal telefoonnummer.", "neutral"),
        ("Het loket is op werkdagen bereikbaar van negen tot vijf.", "neutral"),
        ("De consulenten zijn bereikbaar per e-mail.", "neutral"),
        # ... how well, or whether, it is reached is a verdict
        ("Het loket is goed bereikbaar.", "positive"),
        ("Het team is slecht bereikbaar per telefoon.", "negative"),
        ("Het team is niet bereikbaar via de telefoon.", "negative"),
    ],
)
def test_reached_by_a_channel(sentence, expected):
    assert polarity_of(sentence) == expected


def test_an_end_by_now_is_no_progress():
    from kg.extract.toneframes import progress

    s = "Het convenant met de buurgemeente is inmiddels opgezegd."
    assert progress(s, 0, len(s)) is None
    s = "Het convenant met de buurgemeente is inmiddels ondertekend."
    assert progress(s, 0, len(s)) == s.index("inmiddels")


def test_a_coined_label_in_quotation_marks_is_a_point_made():
    from kg.extract.toneframes import coined_label

    s = "Een wethouder spreekt van ‘een fuik waar niemand meer uit komt’."
    assert coined_label(s, 0, len(s)) == s.index("‘")
    assert polarity_of(s) == "negative"
    s = "Raadsleden spreken van ‘maatwerk’ in de uitvoering."
    assert coined_label(s, 0, len(s)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "terwijl" sets two facts at odds: an inconsistency, a difficulty
        (
            "De tarieven zijn verlaagd, terwijl de eisen aan de aanbieders gelijk zijn gebleven.",
            "negative",
        ),
        # with the emphatic "zelf" it sets two parties side by side: who does what
        (
            "De regio koopt de specialistische zorg in,"
            " terwijl de gemeente de toegang zelf regelt.",
            "neutral",
        ),
        (
            "De dorpen zijn voor hun winkels op de stad gericht, terwijl de stad zelf voor het "
            "ziekenhuis op de buurgemeente is aangewezen.",
            "neutral",
        ),
    ],
)
def test_whereas_sets_facts_at_odds_not_parties_side_by_side(sentence, expected):
    assert _polarity(sentence) == expected


def test_task_handed_over_by_now_is_no_progress() -> None:
    from kg.extract.toneframes import progress

    s = "Tot 2016 deed de stichting het jongerenwerk; die taak is inmiddels overgegaan."
    assert progress(s, 0, len(s)) is None
    s = "Het jongerenwerk is inmiddels op alle scholen gestart."
    assert progress(s, 0, len(s)) is not None
