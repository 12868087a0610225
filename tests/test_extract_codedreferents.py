"""A kind noun said by a coded respondent is the organisation of the code's legend line
(kg.extract.codedreferents)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_profile, key

LEGEND = (
    "Teststad\n\nEen motto\n\nInleiding\n\n"
    "Voor dit profiel spraken we met vijf respondenten. In de tekst verwijzen we naar hen "
    "met een code:\n\n"
    "R1 – wethouder Zorg\n"
    "R2 – directeur Stichting Welzijn Oost\n"
    "R3 – manager van Woonstichting De Linde\n"
    "R4 – coördinator Stichting Buurtzorg Noord\n"
    "R5 – beleidsmedewerker\n\n"
    "Zorg\n\n"
    "Woonstichting De Linde bouwt sinds 2015 minder sociale huurwoningen. {sentence}\n"
)


def mentions(sentence):
    _, ex = extract_profile(LEGEND.format(sentence=sentence))
    tail = LEGEND.format(sentence=sentence).rsplit("\n\n", 1)[-1]
    return [(m.text, key(m.entity)) for m in ex.mentions if m.text in tail and m.text.islower()]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "R2 stelt dat de stichting dit jaar twee vrijwilligers minder heeft.",
            ("stichting", "organisation/stichting-welzijn-oost"),
        ),
        (
            "Volgens R2 heeft de stichting de vraag naar maatjes zien groeien.",
            ("stichting", "organisation/stichting-welzijn-oost"),
        ),
        (
            "R4 vertelt dat de stichting in 2016 een tweede team is gestart.",
            ("stichting", "organisation/stichting-buurtzorg-noord"),
        ),
        (
            "R3 zegt dat de woonstichting de huurachterstanden eerder meldt.",
            ("woonstichting", "organisation/woonstichting-de-linde"),
        ),
    ],
)
def test_the_kind_noun_is_the_organisation_of_the_speaking_code(sentence, expected):
    assert expected in mentions(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's legend line names no organisation of that kind
        "R1 stelt dat de stichting dit jaar twee vrijwilligers minder heeft.",
        # two speakers whose organisations both fit: no one referent
        "R2 en R4 zeggen dat de stichting meer vrijwilligers zoekt.",
        # the code does not open the sentence
        "Het college en R2 zeggen dat de stichting meer vrijwilligers zoekt.",
    ],
)
def test_no_single_speaking_organisation_of_the_kind_gives_none(sentence):
    speakers = {"organisation/stichting-welzijn-oost", "organisation/stichting-buurtzorg-noord"}
    assert not any(
        text == "stichting" and entity in speakers for text, entity in mentions(sentence)
    )
