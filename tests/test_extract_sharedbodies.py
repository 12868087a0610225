"""A joint body the parties of a clause share is one they are members of
(kg.extract.sharedbodies); invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from kg.extract.sharedbodies import gate
from tests.test_extract_relations import OWN, relations

ZUID = "body/servicecentrum-zuid"
HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"


def members(*paragraphs):
    return {(s, o) for kind, s, o in relations(*paragraphs) if kind == "member-of"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted "met" list, the subject after the verb (inversion)
        (
            "Met Heerlen en Landgraaf deelt Teststad bovendien het Servicecentrum Zuid.",
            {OWN, HEERLEN, LANDGRAAF},
        ),
        # main clause, the "met" list after the verb, perfect tense
        (
            "Teststad heeft sinds 2015 met Heerlen en Landgraaf het Servicecentrum Zuid gedeeld.",
            {OWN, HEERLEN, LANDGRAAF},
        ),
        # coordinated subjects, plural, past tense
        (
            "Heerlen, Landgraaf en Teststad deelden samen het Servicecentrum Zuid.",
            {OWN, HEERLEN, LANDGRAAF},
        ),
        # subordinate clause, verb last, pronoun subject
        (
            "De wethouder vertelt dat zij met Heerlen het Servicecentrum Zuid deelt.",
            {OWN, HEERLEN},
        ),
        # a relative clause about the body
        (
            "De bedrijfsvoering ligt bij het Servicecentrum Zuid, dat Teststad met Heerlen deelt.",
            {OWN, HEERLEN},
        ),
        # a passive with its agents
        ("Het Servicecentrum Zuid wordt door Heerlen en Landgraaf gedeeld.", {HEERLEN, LANDGRAAF}),
    ],
)
def test_each_party_sharing_a_named_body_is_its_member(sentence, expected):
    assert {s for s, o in members(sentence) if o == ZUID} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "Teststad deelt het Servicecentrum Zuid niet met Heerlen.",
        # nothing shared is a named body
        "Heerlen en Landgraaf delen de zorg over de wachtlijsten.",
        # the body is named in another clause
        "Teststad deelt informatie met Heerlen; het Servicecentrum Zuid werkt voor Landgraaf.",
    ],
)
def test_no_membership_without_a_shared_named_body(sentence):
    assert not {(s, o) for s, o in members(sentence) if o == ZUID and s in (OWN, HEERLEN)}


def test_the_gate_is_a_cheap_word_test():
    assert gate("zij delen het servicepunt")
    assert not gate("de gemeente werkt samen met heerlen")


WORK = "body/werkbedrijf-noord"


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        (
            "De uitvoering ligt bij Werkbedrijf Noord, dat met het UWV een loket deelt.",
            ["organisation/uwv"],
        ),
        (  # after an indefinite apposition of the antecedent
            "De uitvoering ligt bij Werkbedrijf Noord, een gemeenschappelijke regeling die met"
            " het UWV een werkgeversservicepunt deelt.",
            ["organisation/uwv"],
        ),
        (  # a list of partners, past tense
            "Het werk ging naar Werkbedrijf Noord, dat met Heerlen en Landgraaf een kantoor"
            " deelde.",
            [HEERLEN, LANDGRAAF],
        ),
        (
            "Klanten melden zich bij Werkbedrijf Noord, die met Stichting Welzijn Noord hun"
            " balie delen.",
            ["organisation/stichting-welzijn-noord"],
        ),
    ],
)
def test_a_relative_subject_that_shares_something_unnamed_cooperates(sentence, partners):
    found = relations(sentence)
    assert {("cooperates-with", WORK, p) for p in partners} <= found
    # what it shares names no body: no membership of the antecedent
    assert not {(kind, o) for kind, _, o in found if kind == "member-of" and o == WORK}


@pytest.mark.parametrize(
    "sentence",
    [
        # the antecedent is what is shared (passive)
        "Iedereen kent Werkbedrijf Noord, dat met het UWV gedeeld wordt.",
        # a negated sharing
        "De uitvoering ligt bij Werkbedrijf Noord, dat met het UWV geen loket meer deelt.",
        # the subject of the relative clause is another party
        "De uitvoering ligt bij Werkbedrijf Noord, dat Heerlen met het UWV deelt.",
        # no relative clause: the share is of costs, said of the municipality
        "Werkbedrijf Noord voert het uit; de gemeente deelt met het UWV de kosten.",
    ],
)
def test_no_cooperation_of_the_antecedent_without_its_relative_share(sentence):
    assert not {
        (s, o) for kind, s, o in relations(sentence) if kind == "cooperates-with" and WORK in (s, o)
    }
