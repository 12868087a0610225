"""kg.extract.contrasts: quantities set against a reference in words (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.contrasts import compared_with, find_contrasts, find_unchanged
from tests.extract_helpers import extract_text


def contrasts(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (sentence[c.start : c.end], c.comparison, c.reference)
        for c in find_contrasts(sentence, 0, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        (
            "Het zorggebruik is hoog in vergelijking met het landelijk beeld.",
            "higher",
            "national average",
        ),
        ("De bijstandsdichtheid ligt lager ten opzichte van 2014.", "lower", "previous year"),
        ("Ten opzichte van de regio wonen er veel ouderen.", "more", "region"),
        (
            "Er zijn weinig jongeren in vergelijking met andere gemeenten.",
            "lower",
            "other municipalities",
        ),
        (
            "Het gebruik wijkt nauwelijks af van het landelijk gemiddelde.",
            "equal",
            "national average",
        ),
        (
            "Het aantal cliënten verschilt weinig van vergelijkbare gemeenten.",
            "equal",
            "comparable municipalities",
        ),
        (
            "Het aantal cliënten ligt onder dat van vergelijkbare gemeenten.",
            "lower",
            "comparable municipalities",
        ),
        ("De kosten liggen ver boven de begroting.", "higher", "expected"),
        ("De werkloosheid is de laagste van de provincie.", "lower", "province"),
        ("Het is de gemeente met de hoogste zorgkosten.", "higher", "other municipalities"),
        ("De gezondheid is minder gunstig dan gemiddeld.", "worse", "national average"),
    ],
)
def test_a_quantity_against_a_reference(sentence, comparison, reference):
    found = contrasts(sentence)
    assert [(c, r) for _, c, r in found] == [(comparison, reference)], found


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("Uit de cijfers blijkt dat het aantal cliënten hoog is.", "higher"),
        ("Het aantal cliënten is in de gemeente lager.", "lower"),
        ("De wachtlijsten worden langer.", "higher"),
        ("De gemeente scoort laag op gezondheid.", "lower"),
        ("De vergrijzing zet verder door.", "higher"),
        ("De krimp houdt aan.", "lower"),
    ],
)
def test_a_level_or_trend_without_a_reference(sentence, comparison):
    assert [c for _, c, _ in contrasts(sentence)] == [comparison]


@pytest.mark.parametrize(
    "sentence",
    [
        "In veel gevallen gaat het goed, vergeleken met vroeger.",  # no quantifier of a level
        "Er zijn veel vrijwilligers in vergelijking met de zorg.",  # names no reference
        "De wethouder wijkt niet af van het coalitieakkoord.",  # no quantity, no average
        "Het weer is hoog in vergelijking met gisteren.",  # no quantity
        "De raad ligt boven de rivier.",  # no reference
        "Hij is de grootste van de klas.",  # no quantity
        "Zij scoort goed op school.",  # no quantity
    ],
)
def test_no_contrast_without_a_quantity_and_a_reference(sentence):
    assert contrasts(sentence) == []


def test_a_negated_change_is_equal_and_names_its_subject():
    s = "Het aantal cliënten is niet gestegen, maar de kosten stijgen niet meer."
    found = find_unchanged(s, 0, len(s))
    assert [(s[c.start : c.end], c.comparison) for c in found] == [
        ("Het aantal cliënten is niet gestegen", "equal"),
        ("de kosten stijgen niet meer", "equal"),
    ]
    assert find_unchanged("Hij groeit niet mee.", 0, 20) == []  # no quantity


def test_compared_with_names_plans_places_and_times():
    assert compared_with("de streefwaarde") == "expected"
    assert compared_with("het Limburgse gemiddelde") == "province"
    assert compared_with("tien jaar geleden") == "previous year"
    assert compared_with("de buurman") is None


def test_contrasts_become_observations_without_a_figure():
    doc, ex = extract_text(
        "Het gebruik van jeugdhulp wijkt nauwelijks af van het landelijk gemiddelde. "
        "Het budget voor de wijkteams groeit niet mee met de vraag.",
        heading="Cijfers",
    )
    got = [(doc.text[i.start : i.end], i.comparison, i.value) for i in ex.indicators]
    assert (
        "Het gebruik van jeugdhulp wijkt nauwelijks af van het landelijk gemiddelde",
        "equal",
        None,
    ) in got
    assert ("Het budget voor de wijkteams groeit niet mee", "equal", None) in got
    assert not any(c == "higher" for _, c, _ in got)  # "groeit" negated is no rise


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("De wachttijd voor een keukentafelgesprek is lang.", "higher"),
        ("Er zijn korte wachtlijsten.", "lower"),
        ("Het aantal cliënten is nagenoeg hetzelfde als vorig jaar.", "equal"),
        ("Het aantal jeugdigen in zorg is ongeveer even groot gebleven.", "equal"),
        ("De kosten voor de jeugdzorg zijn hoger uitgevallen.", "higher"),
    ],
)
def test_lengths_of_time_sameness_and_outcomes(sentence, comparison):
    assert [c for _, c, _ in contrasts(sentence)] == [comparison]


def test_a_long_talk_is_no_length_of_a_quantity():
    assert contrasts("Het gesprek was lang en de tijd is kort.") == []


def test_a_subject_after_its_copula():
    found = contrasts("Vooral onder 75-plussers is het gebruik van de Wmo hoog.")
    assert [c for _, c, _ in found] == ["higher"]
    assert contrasts("Vooral onder ouderen is de stemming hoog.") == []


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        ("De vraag is groter dan het aanbod.", "higher", None),
        ("De wachttijden zijn langer dan de norm.", "higher", "expected"),
    ],
)
def test_a_quantity_set_against_another_thing(sentence, comparison, reference):
    assert [(c, r) for _, c, r in contrasts(sentence)] == [(comparison, reference)]
    assert contrasts("Hij is groter dan zijn broer.") == []


def test_an_adverb_after_meer_is_no_counted_noun():
    assert contrasts("In vergelijking met vroeger werken de teams meer samen.") == []


def test_a_reference_ends_before_a_clause_joined_by_en_or_maar():
    sentence = "Het aandeel jongeren is lager dan gemiddeld en het aandeel ouderen hoger."
    found = contrasts(sentence)
    assert ("Het aandeel jongeren is lager dan gemiddeld", "lower", "national average") in found
    assert all("ouderen" not in quote for quote, _, _ in found if quote.startswith("Het aandeel"))
    doc, ex = extract_text(sentence)
    assert {(i.measure, i.comparison) for i in ex.indicators} == {
        ("share-under-25", "lower"),
        ("share-65-plus", "higher"),
    }
