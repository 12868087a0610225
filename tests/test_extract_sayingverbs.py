"""The verb of saying, reporting or perceiving right after a party (kg.extract.sayingverbs),
on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.sayingverbs import said_after

PARTY = "Stichting Noord"


def _said(sentence: str) -> str | None:
    said = said_after(sentence, sentence.index(PARTY) + len(PARTY))
    return None if said is None else said.group(0).strip()


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Stichting Noord zegt dat de wachtlijst groeit.", "zegt"),
        (
            "Stichting Noord geeft in haar jaarverslag aan dat het druk is.",
            "geeft in haar jaarverslag aan",
        ),
        ("Stichting Noord laat weten dat er 40 aanmeldingen waren.", "laat weten"),
        ("Stichting Noord waarschuwt dat 1 op de 6 jongeren schulden heeft.", "waarschuwt"),
        ("Stichting Noord ziet de wachttijd oplopen tot zes weken.", "ziet"),
        ("Stichting Noord stelt dat de kosten stijgen.", "stelt dat"),
        ("Stichting Noord spreekt van een tekort van 30 plaatsen.", "spreekt van"),
        # an adverb between the party and its verb, and the perfect
        ("Stichting Noord zelf meldt 250 meldingen.", "zelf meldt"),
        (
            "Stichting Noord heeft vorig jaar aangegeven dat het druk is.",
            "heeft vorig jaar aangegeven",
        ),
    ],
)
def test_a_verb_of_saying_or_perceiving_right_after_the_party(sentence, verb):
    assert _said(sentence) == verb


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Noord, de grootste verhuurder in de stad, zegt dat het druk is.",
        "Stichting Noord, die het steunpunt beheert, ziet het aantal meldingen stijgen.",
    ],
)
def test_the_verb_is_read_past_an_apposition_or_a_relative_clause(sentence):
    assert _said(sentence) in ("zegt", "ziet")


@pytest.mark.parametrize(
    "sentence",
    [
        # wishing, pleading, judging or feeling states no fact
        "Stichting Noord pleit voor 10 extra plaatsen.",
        "Stichting Noord hoopt 50 mensen te helpen.",
        "Stichting Noord vindt de wachttijd te lang.",
        # "stellen" without its clause, "zien" that supervises
        "Stichting Noord stelt 20 plaatsen beschikbaar.",
        "Stichting Noord ziet toe op de uitvoering.",
        # a verb further on, or an apposition followed by another verb
        "Stichting Noord bouwt woningen en zegt dat het druk is.",
        "Stichting Noord, de verhuurder, bouwt woningen.",
    ],
)
def test_no_verb_of_saying_right_after_the_party(sentence):
    assert _said(sentence) is None
