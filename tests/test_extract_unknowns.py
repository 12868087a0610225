"""Not knowing whether it works: an "of" question after a denied verb of knowing."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.negation import clauses
from kg.extract.unknowns import unknown_whether


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raadsleden zeggen: ‘We zien niet of mensen echt beter af zijn.’", "negative"),
        ("We weten hoeveel hulp er is, maar niet of iemand er beter van wordt.", "negative"),
        ("Consulenten merken niet of de nieuwe aanpak beter werkt.", "negative"),
        # uncertainty is no complaint
        ("Ambtenaren weten niet of het budget toereikend is.", "neutral"),
    ],
)
def test_not_knowing_whether_it_works(sentence, expected):
    assert polarity_of(sentence) == expected


def test_asking_whether_is_no_denial():
    s = "Ouders vragen of de hulp beter kan."
    spans = clauses(s, 0, len(s))
    assert not any(unknown_whether(s, spans, i) for i in range(len(spans)))
