"""A paragraph's run-in label ("Jeugdwet. Met 10% …") is no finding."""

from __future__ import annotations

from kg.document import Sentence
from kg.extract.model import SentenceMention
from kg.extract.runinlabels import run_in_label
from tests.extract_helpers import extract_text


def _quotes(*paragraphs: str) -> list[str]:
    doc, ex = extract_text(*paragraphs)
    return [doc.text[f.start : f.end] for f in ex.findings]


def test_a_law_heading_a_paragraph_is_no_finding():
    quotes = _quotes(
        "Jeugdwet. Ambtenaren vinden dat de wachttijd voor jeugdhulp te lang is.",
        "Participatiewet. De wethouder zegt dat er te weinig banen zijn.",
    )
    assert not any(q in ("Jeugdwet.", "Participatiewet.") for q in quotes)
    assert any(q.startswith("Ambtenaren vinden") for q in quotes)
    assert any(q.startswith("De wethouder zegt") for q in quotes)


def test_a_name_standing_alone_as_a_paragraph_is_not_a_label():
    law = SentenceMention("law/jeugdwet", "law", 0, 8, "Jeugdwet", 0)
    alone = Sentence(0, 0, 9, 0, 1)
    nxt = Sentence(1, 11, 40, 0, 2)
    assert not run_in_label("Jeugdwet.\n\nHet gaat goed met de jeugdhulp.", alone, None, nxt, [law])


def test_a_short_sentence_with_a_word_of_its_own_stays_a_claim():
    text = "Jeugd loopt uit. De wachttijd groeit."
    law = SentenceMention("law/jeugdwet", "law", 0, 5, "Jeugd", 0)
    first, second = Sentence(0, 0, 16, 0, 1), Sentence(1, 17, len(text), 0, 1)
    assert not run_in_label(text, first, None, second, [law])


def test_a_label_in_the_middle_of_a_paragraph_is_a_sentence():
    text = "Het gaat goed. Jeugdwet. Dat blijft zo."
    law = SentenceMention("law/jeugdwet", "law", 15, 23, "Jeugdwet", 1)
    s = [Sentence(0, 0, 14, 0, 1), Sentence(1, 15, 24, 0, 1), Sentence(2, 25, len(text), 0, 1)]
    assert not run_in_label(text, s[1], s[0], s[2], [law])
