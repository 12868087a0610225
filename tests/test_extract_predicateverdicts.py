"""Approvals that judge only as a predicate, in a verdict frame (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.predicateverdicts import predicate_verdicts


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Een ambtenaar noemt het overleg met de buurgemeenten ‘praktisch’.", ["praktisch"]),
        ("Zij noemen de afspraken „kort, maar praktisch”.", ["praktisch"]),
        ("Het toezicht wordt door de raad als degelijk ervaren.", ["degelijk"]),
        ("Het overleg met de scholen is inmiddels vanzelfsprekend.", ["vanzelfsprekend"]),
        # "of course", "indeed", "nearly", a classifying adjective
        ("Het is vanzelfsprekend dat de gemeente de regie houdt.", []),
        ("Vanzelfsprekend moet de raad hierover beslissen.", []),
        ("De raad kan wel degelijk bijsturen.", []),
        ("Hij noemt het praktisch onmogelijk om alles zelf te doen.", []),
        ("Het team biedt praktische hulp bij formulieren.", []),
    ],
)  # fmt: skip
def test_predicate_verdicts(sentence, found):
    cues = predicate_verdicts(sentence, 0, len(sentence))
    assert [sentence[c.start : c.end] for c in cues] == found


def test_predicate_approval_is_positive_and_a_denial_turns_it():
    assert polarity_of("Een ambtenaar noemt het overleg met de buurgemeenten ‘praktisch’.") == (
        "positive"
    )
    assert polarity_of("Volgens de raad is het overleg met de scholen niet vanzelfsprekend.") == (
        "negative"
    )
