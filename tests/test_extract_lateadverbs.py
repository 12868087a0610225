"""A bare "laat" of time is a negative cue; the verb "laten" is not (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.lateadverbs import late_adverbs


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De budgetten werden laat bekendgemaakt.", ["laat bekendgemaakt"]),
        ("De adviezen worden laat gevraagd.", ["laat gevraagd"]),
        ("Waardoor de begroting laat sluitend kon worden gemaakt.", ["laat sluitend"]),
        ("De stukken komen in een laat stadium bij de raad.", ["een laat stadium"]),
        # the verb "laten" with an infinitive or an object; "te laat" is the lexicon's
        ("Het onderzoek laat duidelijk zien dat de wachttijd daalt.", []),
        ("Het college laat bekend maken dat het stopt.", []),
        ("De regeling laat geld liggen.", []),
        ("De gemeente laat betaald werk over aan de regio.", []),
        ("De rekeningen werden te laat verstuurd.", []),
    ],
)  # fmt: skip
def test_late_adverbs(sentence, found):
    assert [sentence[c.start : c.end] for c in late_adverbs(sentence, 0, len(sentence))] == found


def test_late_is_negative_and_a_denial_turns_it():
    assert polarity_of("Volgens ambtenaren werden de budgetten laat bekendgemaakt.") == "negative"
    assert polarity_of("Volgens ambtenaren werden de budgetten niet laat bekendgemaakt.") == (
        "positive"
    )
