"""Then and now: an earlier judgement set against the present one, in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import thenandnowtone
from kg.extract.negation import clauses
from kg.extract.thenandnowtone import moments, now_part


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("De raad was in 2015 nog enthousiast, maar is nu kritischer.", "maar is nu kritischer."),
        ("Was de toon in 2016 nog somber, in 2019 overheerst tevredenheid.", "in 2019 overheerst"),
        ("Toen waren de teams onzeker, inmiddels werken zij goed samen.", "inmiddels werken"),
        ("Het loket werkt goed, maar de wachttijd is nu te lang.", None),  # no earlier moment
        ("In 2013 begon de proef; er was in 2015 geen stapel.", None),  # a later year, not opening
        # two things judged, each with its own "over …": two verdicts
        ("De raad was in 2015 kritisch over de start, maar is nu blij over de inspraak.", None),
    ],
)
def test_now_part(sentence, present):
    at = now_part(sentence, clauses(sentence, 0, len(sentence)))
    if present is None:
        assert at is None
    else:
        assert at is not None and sentence[at:].startswith(present)


def test_the_present_judgement_governs():
    assert polarity_of("Ambtenaren waren in 2015 nog enthousiast, maar zijn nu kritisch.") == (
        "negative"
    )
    assert polarity_of("In 2015 waren de ouders nog bang, nu zijn zij tevreden.") == "positive"


def test_a_contrast_without_moments_stays_mixed():
    assert polarity_of("Het loket werkt goed, maar de regels zijn te ingewikkeld.") == "mixed"


def test_a_state_held_still_then_is_left_now():
    # "nog" marks the earlier state; the present part judges nothing by a word of its own
    assert polarity_of("De raad was in 2015 nog terughoudend, maar is nu overtuigd.") == (
        "positive"
    )


def test_an_earlier_judgement_without_still_is_not_turned():
    s = "Ouders merken dat de hulp in 2016 sterk is verbeterd, doordat er inmiddels een arts is."
    assert polarity_of(s) == "positive"


_GATE_CASES = [
    "Toen waren de teams onzeker, inmiddels werken zij goed samen.",
    "TOEN waren de teams onzeker, INMIDDELS werken zij goed samen.",
    "Aanvankelijk was de raad sceptisch, tegenwoordig is hij positief.",
    "De raad was eerder kritisch, maar nu niet meer.",
    "Vroeger was het beter.",  # a past without a present
    "Het nummer werkt, de raad is tevreden.",  # "nu" inside a word, no past
    "Was het beeld in 2015 nog optimistisch, in 2018 overheerst zorg.",
    "Het loket werkt goed, maar de wachttijd is te lang.",
    "Drie jaar geleden was het somber; thans heerst vertrouwen.",
    "De Wmo-raad was destijds kritisch, intussen tevreden.",
    # a year with no word of the present: a later year must open the present clause
    "In 2013 begon de proef; in 2015 was de raad tevreden.",
    "In 2013 begon de proef; er was in 2015 geen stapel.",
    "In 2015 waren er 240 klachten, een daling.",  # one year: no second moment
    "Er waren 2015-2018 veel klachten, in 2019 minder.",  # a range is no year
    "De caseload liep op tot 60.",  # a figure, no year
]


@pytest.mark.parametrize("sentence", _GATE_CASES)
def test_the_gate_leaves_the_moments_as_they_are(sentence, monkeypatch):
    # the cheap test of the claim's lower case only skips claims that cannot name two moments
    spans = clauses(sentence, 0, len(sentence))
    gated = moments(sentence, spans)
    monkeypatch.setattr(thenandnowtone, "_may_compare", lambda _text, _spans: True)
    assert moments(sentence, spans) == gated


def test_the_gate_skips_a_claim_without_a_moment():
    s = "Het loket werkt goed, maar de wachttijd is te lang."
    assert not thenandnowtone._may_compare(s, clauses(s, 0, len(s)))
    s = "Toen waren de teams onzeker, inmiddels werken zij goed samen."
    assert thenandnowtone._may_compare(s, clauses(s, 0, len(s)))
    assert moments(s, clauses(s, 0, len(s))) is not None
    assert moments(s, []) is None
    s = "In 2015 waren er 240 klachten, een daling van 20%."  # one year, no word of the present
    assert not thenandnowtone._may_compare(s, clauses(s, 0, len(s)))


def test_eerder_dan_compares_and_names_no_earlier_moment():
    # "eerder dan wie ook" is "sooner than anyone": no then set against a now
    s = (
        "De corporatie is positief: ‘wij zien een achterstand eerder dan wie ook,"
        " en nu weten we wat te doen’."
    )
    assert moments(s, clauses(s, 0, len(s))) is None
    s = "De wethouder was eerder kritisch, maar is nu tevreden."
    assert moments(s, clauses(s, 0, len(s))) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # two moments, each opened by its time with a holder of its own after the verb: two
        # views side by side (a semicolon, a comma, "maar"; past and present tense)
        "In 2015 waren ambtenaren tevreden over de inkoop; in 2016 klaagden raadsleden.",
        "In 2014 was de wethouder optimistisch, in 2016 waren de aanbieders er somber over.",
        "Eind 2015 noemden huisartsen de toegang ingewikkeld, maar in 2017 prezen scholen haar.",
        "In het najaar van 2015 was de cliëntenraad kritisch; in 2016 zijn aanbieders tevreden.",
    ],
)
def test_two_holders_at_two_moments_are_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one holder changing (named twice, or a pronoun): the present governs
        ("In 2015 was de raad kritisch, in 2017 was de raad er tevreden over.", "positive"),
        ("Eind 2015 vonden cliënten de toegang lastig, in 2017 waren zij tevreden.", "positive"),
        ("In 2015 waren de teams enthousiast, in 2017 waren ze somber.", "negative"),
    ],
)
def test_one_holder_at_two_moments_takes_the_present(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["in", "2016", "klaagden", "raadsleden"], "raadsleden"),
        (["maar", "in", "2017", "prezen", "de", "scholen"], "scholen"),
        (["begin", "2016", "verwachtte", "de", "wethouder", "dat"], "wethouder"),
        (["in", "2016", "waren", "zij", "tevreden"], ""),
        (["de", "raad", "was", "in", "2015", "kritisch"], ""),
    ],
)
def test_holder(names, expected):
    assert thenandnowtone.holder(names) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem at the earlier moment that has fallen since: eased, not gone
        ("Over de regiotaxi: in 2015 veel klachten, inmiddels minder.", "mixed"),
        (
            "In 2015 kwamen veel klachten over de taxi binnen; inmiddels is dat gehalveerd.",
            "mixed",
        ),
        ("Vroeger waren er veel klachten over het loket, inmiddels zijn het er minder.", "mixed"),
        ("In 2015 was de wachtlijst voor dagbesteding lang, inmiddels is die gedaald.", "mixed"),
        # risen or not fallen: the problem stands
        ("Over de regiotaxi: in 2015 veel klachten, inmiddels meer.", "negative"),
        ("In 2015 waren er veel klachten over het loket, inmiddels niet minder.", "negative"),
    ],
)
def test_a_problem_eased_since(sentence, expected):

    assert polarity_of(sentence) == expected
