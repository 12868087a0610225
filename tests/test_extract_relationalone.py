"""A dependence stated as what the municipality could not do alone (kg.extract.relationalone)."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

VALLEI = "body/regio-vallei"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the group named before in the profile
        (
            "De jeugdhulp wordt ingekocht via de Regio Vallei.",
            "Wel erkent men dat Teststad de inkoop nooit alleen had kunnen doen.",
        ),
        # the group named in the sentence itself, after the cue
        (
            "Men erkent dat Teststad de inkoop niet alleen zou kunnen dragen; wel voelt de raad "
            "zich ver van de Regio Vallei.",
        ),
    ],
)
def test_what_the_municipality_could_not_do_alone_makes_it_depend_on_the_group(paragraphs):
    assert ("depends-on", OWN, VALLEI) in relations(*paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        # "niet alleen … maar ook": not only, no inability
        "De Regio Vallei koopt in. Teststad kan niet alleen sturen, maar ook helpen.",
        # the finite verb closing the clause is no inability to do a task with others
        "De Regio Vallei koopt in. Teststad zegt dat het niet alleen kan: vrijwilligers helpen.",
    ],
)
def test_not_only_and_a_finite_can_give_no_dependence(sentence):
    assert ("depends-on", OWN, VALLEI) not in relations(sentence)
