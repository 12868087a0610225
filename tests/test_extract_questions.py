"""Indirect questions and unanswered contrasts (kg/extract/questions.py), on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, polarity_of

from kg.extract import negation as neg
from kg.extract.questions import asks_whether, opens_question, questioned, unanswered_contrast


def test_of_after_a_word_of_asking_opens_a_question():
    s = "De raad vraagt zich af of de aanpak werkt."
    assert asks_whether(s, (s.index("of "), len(s)))
    s = "Inwoners kunnen bellen of mailen met het team."
    assert not asks_whether(s, (s.index("of "), len(s)))


def test_a_dat_clause_continues_the_question_up_to_punctuation():
    s = "Het is de vraag of dat goed gaat, maar het loket werkt."
    spans = neg.clauses(s, 0, len(s))
    held = [s[spans[i][0] : spans[i][1]].strip() for i in sorted(questioned(s, spans))]
    assert held == ["of", "dat goed gaat"]


def test_a_turn_without_a_judgement_of_its_own():
    assert unanswered_contrast([(False, True), (True, False)])
    assert not unanswered_contrast([(False, True), (True, True)])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what an indirect question holds is not stated; "het is de vraag" doubts it
        ("Het is de vraag of de nieuwe aanpak succesvol is.", "negative"),
        ("Men onderzoekt of de nieuwe aanpak succesvol is.", "neutral"),
        # the word of asking may judge, and "maar de vraag" doubts
        ("Het is onduidelijk of de nieuwe aanpak succesvol is.", "negative"),
        ("De raad vraagt zich af of de aanpak goed werkt.", "negative"),
        ("Het is nog maar de vraag of de samenwerking goed verloopt.", "negative"),
    ],
)
def test_polarity_of_indirect_questions(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the cause of a verdict does not weigh against it
        ("Op de Wmo was er een overschot, doordat minder inwoners hulp kregen.", "positive"),
        ("De wachttijden zijn lang, omdat er veel goede aanbieders gestopt zijn.", "negative"),
        # a cause that agrees, or a verdict that comes after its cause, is read as before
        ("Doordat de aanbieders goed samenwerken, zijn er problemen opgelost.", "positive"),
        ("Het loket werkt goed, maar de wachttijden zijn lang.", "mixed"),
    ],
)
def test_a_cause_is_no_counterweight(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no evidence of a difficulty denies it
        ("Er zijn geen signalen dat mensen tussen wal en schip vallen.", "positive"),
        ("Er zijn geen aanwijzingen dat de kwaliteit van de zorg is verslechterd.", "positive"),
        # evidence of it states it
        ("Er zijn signalen dat mensen tussen wal en schip vallen.", "negative"),
    ],
)
def test_no_evidence_denies_what_the_dat_clause_says(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "het is de vraag of …" doubts what it asks
        ("Het is de vraag of het budget toereikend is.", "negative"),
        ("Het blijft de vraag of de aanpak voldoende oplevert.", "negative"),
        # an opening question states nothing
        ("Of dat volstaat, moet nog blijken.", "neutral"),
    ],
)
def test_het_is_de_vraag_of_doubts(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "het is (zeker) niet zo dat …" turns what its "dat" clause says
        ("Het is zeker niet zo dat het slecht gaat.", "positive"),
        ("Het is echt niet zo dat alles goed gaat.", "negative"),
    ],
)
def test_not_so_with_an_adverb(sentence, expected):
    assert polarity_of(sentence) == expected


# A direct question opens with an interrogative (or a compound of "waar"/"hoe"), a
# preposition before an interrogative, or a finite verb before its subject. Questions of
# our own; a question that closes a statement is none.
@pytest.mark.parametrize(
    "sentence",
    [
        "Met wie werkt de gemeente samen?",
        "In hoeverre bereiken de teams de ouderen?",
        "Op welke manier is de raad betrokken?",
        "Tot wanneer loopt het contract?",
        "Waarmee begint een gesprek?",
        "Hoelang duurt een aanvraag?",
        "Werkt de toegang?",
        "Bereiken de wijkteams de jongeren?",
        "Lukt het de gemeente om de kosten te beheersen?",
        "Voelen inwoners zich gehoord?",
    ],
)
def test_a_direct_question_opens_as_a_question(sentence):
    assert opens_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is lastig, maar wanneer is dat zo?",
        "Hoewel het lastig is, lukt het dan toch?",
        "De wethouder vraagt zich af of dat genoeg is.",
        "Met de teams gaat het goed?",
    ],
)
def test_a_question_closing_a_statement_opens_no_question(sentence):
    assert not opens_question(sentence)


@pytest.mark.parametrize(
    "question",
    ["Met wie werkt het team samen?", "In hoeverre lukt dat?", "Werkt de toegang?"],
)
def test_a_question_in_running_text_forms_one_claim_with_its_answer(question):
    answer = "Volgens de teamleiders gaat het goed met de samenwerking."
    doc, ex = extract_text(f"Het team bestaat sinds 2015. {question} {answer}", heading="Jeugd")
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert f"{question} {answer}" in quotes
