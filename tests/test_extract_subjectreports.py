"""Whether a group opening a clause is the subject of a report (kg.extract.subjectreports)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.extract import subjectreports
from kg.extract.prefixscan import search_runs
from kg.extract.speechcues import REPORTING
from kg.extract.subjectreports import past_reports, reports_after, subject_reports


@pytest.mark.parametrize(
    "after",
    [
        " vinden dat het goed gaat.",
        " van zowel de coalitie als de oppositie vinden dat het beter kan.",
        ", die sinds 2014 in functie is, vertelt dat het goed gaat.",
        " (die na de fusie opnieuw is samengesteld) is positiever.",
        " staat naar eigen zeggen dicht bij de inwoners.",
        " is kritisch over de tarieven.",
    ],
)
def test_a_reporting_verb_or_stance_after_the_subject_reports(after):
    assert subject_reports(after, False)
    assert reports_after(after)


@pytest.mark.parametrize(
    "after",
    [
        " wordt als prettig ervaren.",
        " is in 2014 opgericht.",
        " werken hard.",
    ],
)
def test_a_passive_or_a_plain_verb_after_the_subject_does_not_report(after):
    assert not subject_reports(after, True)
    assert not reports_after(after)


def test_only_the_sentences_subject_reports_by_a_coordinated_predicate():
    after = " wordt betrokken bij het beleid, maar vindt dat het beter kan."
    assert subject_reports(after, True)
    assert not subject_reports(after, False)


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        ("Ambtenaren benadrukten dat het goed gaat.", "Ambtenaren", True),
        ("De wethouder wees daarbij op de lasten.", "De wethouder", True),
        ("Ambtenaren werken hard.", "Ambtenaren", False),
        ("Ambtenaren werden vorig jaar benadrukt.", "Ambtenaren", False),
    ],
)
def test_a_past_reporting_verb_right_after_the_group_reports(sentence, group, expected):
    at = sentence.index(group) + len(group)
    assert past_reports(sentence, at, len(sentence)) is expected


def test_a_verb_within_the_window_is_the_first_match_of_the_search_there():
    root = Path(__file__).resolve().parent.parent
    rng = random.Random(7)
    for path in sorted((root / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[^.!?\n]+", text):
            at = rng.randint(m.start(), m.end())
            piece, limit = text[at : at + rng.randint(5, 90)], rng.randint(0, 50)
            first = search_runs(REPORTING, piece)
            want = first.span() if first is not None and first.start() <= limit else None
            got = subjectreports._verb_within(piece, limit)
            assert (got.span() if got is not None else None) == want, (piece, limit)


def test_a_definite_apposition_between_subject_and_verb_is_passed_over():
    after = ", de grootste verhuurder in de stad, spreekt van een tekort aan woningen."
    assert subject_reports(after, True)
    assert not subject_reports(", de grootste verhuurder in de stad, bouwt woningen.", True)


def test_a_relative_clause_holding_a_list_is_passed_over():
    after = (
        " van de teams, waarin medewerkers van de gemeente, Stichting X en de thuiszorg"
        " samenwerken, zeggen dat zij ruimte krijgen."
    )
    assert subject_reports(after, True)
    assert not subject_reports(", die met de gemeente, de GGD en de scholen werkt, bouwt.", True)


def test_insisting_is_a_report():
    assert subject_reports(" houdt daarentegen vol dat elke school een aanspreekpunt heeft.", True)


def test_an_apposition_of_what_the_subject_has_is_passed_over():
    assert subject_reports(", met een vestiging in Lelystad, constateert dat het goed gaat.", True)


@pytest.mark.parametrize(
    "after",
    [
        # the subject's own prepositional phrase, then its relative clause
        " van financiën, die het overschot in een reserve heeft gestort, noemt die reserve klein.",
        # a field after the function, then an apposition with its own relative clause
        " jeugd, een oud-leraar die de portefeuille sinds 2014 beheert, erkent dat het beter kan.",
        # a name of three words, then what the body has
        " Werk en Inkomen, met negen leden, vindt dat de cliënten te weinig worden gehoord.",
        # a definite noun with its own relative clause: what the named one is
        ", het vroegere sw-bedrijf dat veel mensen in dienst heeft, ziet de instroom dalen.",
        # "naar eigen zeggen" in the subject's relative clause: its own words
        " zorg, die naar eigen zeggen liever investeert in preventie, rekent op minder kosten.",
    ],
)
def test_the_verb_after_the_subjects_own_phrase_and_relative_clause_reports(after):
    assert subject_reports(after, False)


def test_a_verb_in_the_own_phrase_is_not_passed_over_to_a_plain_verb():
    # the relative clause's noun phrase is passed over to a verb that reports, never to one
    # that does not
    assert not subject_reports(" van de stad, die hard werkt, werken samen.", False)


def test_own_words_between_commas_after_the_verb_are_the_subjects():
    assert subject_reports(" is, naar eigen zeggen, vooral bezig geweest met de financiën.", False)


@pytest.mark.parametrize(
    "after",
    [
        " verwezen er een derde door; zij zeggen dat zij liever eerst het team bellen.",
        " verwezen er een derde door, maar zij vinden dat de wachttijd te lang was.",
    ],
)
def test_a_next_clause_taking_the_subject_up_by_a_pronoun_reports(after):
    assert subject_reports(after, True)
    assert not subject_reports(" verwezen er een derde door; de wethouder vindt dat veel.", True)


def test_a_relative_clause_with_a_figure_is_passed_over():
    from kg.extract.subjectreports import relative_clause_end

    after = ", van wie er tussen de 4.000 en 4.500 zijn, signaleren dat het kan."
    assert subject_reports(after, True)
    assert after[relative_clause_end(after) :] == " signaleren dat het kan."


@pytest.mark.parametrize(
    "after",
    [
        " telt ongeveer 1.100 leden, naar eigen schatting een kwart van de groep.",
        " helpt ruim 2.400 huishoudens, naar eigen inschatting de helft van wie hulp nodig heeft.",
        " bereikt naar eigen schatting een op de drie jongeren in de wijk.",
        " verwijzen, naar eigen inschatting, minder vaak door dan vroeger.",
    ],
)
def test_an_own_estimate_is_the_subjects_word(after):
    # "naar eigen schatting" reads as "naar eigen zeggen": the subject vouches for it
    assert subject_reports(after, False)


@pytest.mark.parametrize(
    "after",
    [
        " telt 1.100 leden, een kwart van de groep.",
        " verwijzen, volgens de schatting van het CBS, minder vaak door.",
    ],
)
def test_an_estimate_without_eigen_is_not_the_subjects_word(after):
    assert not subject_reports(after, False)


@pytest.mark.parametrize(
    "after",
    [
        " werken samen in een aanpak die volgens hen vruchten afwerpt.",
        " werken samen in een aanpak die, volgens hen, goed werkt.",
        " kennen een wachtlijst, die naar hun zeggen te lang is.",
        " bieden dagbesteding, waarbij volgens haar de vervoerskosten knellen.",
    ],
)
def test_a_pronoun_source_inside_the_relative_clause_is_the_subjects_view(after):
    from kg.extract.subjectreports import their_view

    assert their_view(after)


@pytest.mark.parametrize(
    "after",
    [
        ", dat in hetzelfde gebouw zit, is volgens hem een goede partner.",
        ", die de contracten beheert, werkt volgens haar te traag.",
        ", waarmee het team overlegt, verwijst volgens hen minder vaak door.",
        ", dat sinds 2015 de toegang verzorgt, heeft naar zijn oordeel te weinig mensen.",
    ],
)
def test_a_pronoun_source_past_the_relative_clause_is_another_voice(after):
    from kg.extract.subjectreports import their_view

    assert not their_view(after)


@pytest.mark.parametrize(
    "after",
    [
        " laat bij monde van de voorzitter weten dat de adviezen te laat komen.",
        " is, bij monde van zijn voorzitter, van mening dat de gemeente te weinig luistert.",
        " geeft, bij monde van haar coördinator, aan dat de caseload te hoog is.",
        " stelt bij monde van de voorzitter van de afdeling dat het vervoer slecht is.",
        ", bij monde van de directeur, vindt dat de tarieven te laag zijn.",
    ],
)
def test_a_spokesman_set_in_the_report_leaves_it_the_subjects(after):
    assert subject_reports(after, True)


@pytest.mark.parametrize(
    "after",
    [
        " werkt bij monde van de gemeente samen met de huisartsen.",
        " is bij monde van de wethouder in 2015 opgericht.",
        " werkt samen met de huisartsen.",
    ],
)
def test_a_spokesman_without_a_report_makes_no_report(after):
    assert not subject_reports(after, True)


def test_without_spokesman_leaves_other_phrases_alone():
    after = " is bij monde gezegd niet van plan te stoppen."
    assert subjectreports.without_spokesman(after) == after
