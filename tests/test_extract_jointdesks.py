"""The parties working together in an unnamed joint desk are its members
(kg.extract.jointdesks); invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

DESK = "role/werkgeversservicepunt"
UWV = "organisation/uwv"


def members(sentence):
    return {s for kind, s, o in relations(sentence) if kind == "member-of" and o == DESK}


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause of place, "samen" with another verb
        "Het werkgeversservicepunt, waarin gemeente en UWV samen werkgevers benaderen, groeit.",
        # the partner fronted, the subject after the verb, an adjective before the desk
        "Met het UWV werkt Teststad samen in het regionale werkgeversservicepunt.",
        # the setting before the partner, past tense
        "Teststad werkte in het werkgeversservicepunt samen met het UWV.",
        # the clause opening with the setting, plural subject
        "In het werkgeversservicepunt werken de gemeente en het UWV samen.",
        # coordinated subjects, the setting last
        "Teststad en het UWV werken sinds 2015 samen in het werkgeversservicepunt.",
    ],
)
def test_each_party_working_in_the_desk_is_its_member(sentence):
    assert members(sentence) == {OWN, UWV}


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad en het UWV werken niet samen in het werkgeversservicepunt.",
        "Het werkgeversservicepunt plaatste 40 mensen bij werkgevers in Heerlen.",
        "Volgens het UWV gaat het in het werkgeversservicepunt goed.",
    ],
)
def test_no_membership_without_working_together_in_it(sentence):
    assert members(sentence) == set()
