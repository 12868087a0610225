"""Delay: something that comes only late or takes long is a shortfall (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.lateness import late


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De declaraties komen pas maanden later binnen.", ["pas maanden later"]),
        ("Ouders moeten drie maanden wachten op hulp.", ["moeten drie maanden wachten"]),
        ("Niemand hoeft lang te wachten.", []),
        ("Het werk begint pas na de overdracht.", []),
        # only afterwards, not in hindsight
        ("De raad wordt vooral achteraf geïnformeerd.", ["vooral achteraf"]),
        ("Achteraf bezien was de keuze goed.", []),
    ],
)
def test_late_spans(sentence, expected):
    assert [sentence[a:b] for a, b in late(sentence, 0, len(sentence))] == expected


def test_not_until_something_has_already_happened_is_late():
    s = "De adviesraad krijgt de stukken vaak pas als het besluit al is genomen."
    assert polarity_of(s) == "negative"
    # "pas als" with nothing that has already happened is a plain condition
    s = "De gemeente betaalt de rekening pas als de zorg is geleverd."
    assert late(s, 0, len(s)) == []


def test_not_until_with_a_participle_before_the_als_clause_is_late():
    s = "De cliëntenraad wordt meestal pas gehoord als de verordening al klaar is."
    assert polarity_of(s) == "negative"
    s = "De cliëntenraad wordt pas gehoord als de verordening klaar is."
    assert polarity_of(s) == "neutral"


def test_not_until_a_range_of_weeks_is_late() -> None:
    s = "Een intake bij de jeugd-ggz is pas na tien tot twaalf weken mogelijk."
    assert late(s, 0, len(s))


def test_a_good_that_came_only_at_a_date_is_granted():
    from extract_helpers import polarity_of

    from kg.extract.lateness import withheld

    s = "Volgens het UWV kwam de samenwerking pas in 2016 echt op gang."
    assert not withheld(s, 0, len(s))
    assert polarity_of(s) == "mixed"
    s = "De raad kreeg pas laat duidelijkheid over het budget."
    assert withheld(s, 0, len(s))


def test_months_of_waiting_before_the_verb_are_late() -> None:
    s = "Volgens de wijkteams zeggen jongeren dat zij maanden op een kamer wachten."
    assert late(s, 0, len(s))
    assert not late("Zij wachten op een kamer.", 0, 25)


def test_what_should_have_come_earlier_is_late() -> None:
    s = "Volgens de wijkverpleegkundige had de huisarts veel eerder moeten verwijzen."
    assert [s[a:b] for a, b in late(s, 0, len(s))] == ["had de huisarts veel eerder moeten"]
    assert polarity_of(s) == "negative"
    assert late("Ik had eerder die kant op willen gaan.", 0, 38) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a fronted adverbial puts the subject (and a place) between the verb and the wait
        "Volgens de corporatie wachten starters in Lochem gemiddeld zes jaar op een huis.",
        "Volgens haar wachten gezinnen in het dorp vaak vier maanden op een intake.",
        "Daar wachtten cliënten uit Epe soms negen weken op een traplift.",
        "In de winter wacht een oudere eilander thuis meestal twee maanden op een monteur.",
    ],
)
def test_a_wait_after_an_inverted_subject_is_late(sentence):
    assert late(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # past what is waited for, a year names no wait
        "Volgens de wethouder wachten de raadsleden op de cijfers van dit jaar.",
        "De gemeente wacht op het besluit van het Rijk over volgend jaar.",
        # a wait denied
        "Volgens hem wachten ouders in Tiel niet meer drie maanden op een plek.",
    ],
)
def test_no_long_wait_past_what_is_waited_for(sentence):
    assert not late(sentence, 0, len(sentence))
