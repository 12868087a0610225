"""Tests of kg.extract.relationobjects: fitting objects and the contrast of a negated cue."""

from __future__ import annotations

import re

import pytest

from kg.extract.model import SentenceMention
from kg.extract.relationobjects import contrast_span, kind_objects
from tests.test_extract_relations import OWN, relations


class _Sen:
    def __init__(self, text: str) -> None:
        self.text, self.end = text, len(text)

    def window_end(self, pos: int) -> int:
        return self.text.index(".", pos)


def _mention(kind: str) -> SentenceMention:
    return SentenceMention(f"{kind}/x", kind, 0, 1, "X", 0)


def test_member_of_takes_groups_only():
    found = [_mention(k) for k in ("municipality", "place", "region", "body", "organisation")]
    assert [p.kind for p in kind_objects("member-of", found)] == ["region", "body", "organisation"]
    assert [p.kind for p in kind_objects("compares-with", found)] == ["municipality"]
    assert [p.kind for p in kind_objects("borders-on", found)] == [
        "municipality",
        "place",
        "region",
    ]


def test_contrast_repeats_the_preposition():
    sen = _Sen("A werkt niet samen met B, maar met C.")
    span = contrast_span(sen, re.search("samen met", sen.text))
    assert span is not None and sen.text[span[0] : span[1]] == "C"
    sen = _Sen("A werkt niet samen met B, maar van C.")
    assert contrast_span(sen, re.search("samen met", sen.text)) is None


def test_an_addition_repeats_a_preposition_of_the_cue():
    sen = _Sen("A werkt niet alleen met B samen, maar ook met C.")
    span = contrast_span(sen, re.search("werkt", sen.text), also=True)
    assert span is None  # "werkt" holds no "met"
    span = contrast_span(sen, re.search("werkt niet alleen met B samen", sen.text), also=True)
    assert span is not None and sen.text[span[0] : span[1]] == "C"


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        (
            "De gemeente werkt samen met de huisartsen, het onderwijs en welzijnsorganisatie"
            " Kwadrant.",
            {"organisation/kwadrant"},
        ),
        (
            "De gemeente heeft afspraken gemaakt met de zorgverzekeraar, de woningcorporatie"
            " Woonstede en MEE Oost.",
            {"organisation/woonstede", "organisation/mee-oost"},
        ),
        ("De gemeente werkt samen met de huisartsen, de kosten zijn hoog.", set()),
    ],
)
def test_actor_groups_listed_first_do_not_end_the_list(sentence, partners):
    """A list that opens with actor groups ("met de huisartsen, het onderwijs en X") goes on
    past ", het": X is a partner; a new clause after the comma adds none."""
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    got = {key(r.object) for r in ex.relations if r.type == "cooperates-with"}
    assert got == partners


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        (
            "De Wmo-consulenten werken nauw samen met de wijkverpleegkundigen van Zorggroep Noord.",
            {"organisation/zorggroep-noord"},
        ),
        ("De gemeente werkt samen met de cliënten van Zorggroep Noord.", set()),
        ("De gemeente werkt samen met de inwoners van Leusden.", set()),
    ],
)
def test_professionals_of_a_party_stand_for_it(sentence, partners):
    """An actor group of professionals "van X" after a cue stands for X, as "een medewerker
    van X" does; the clients or inhabitants X serves do not."""
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    got = {key(r.object) for r in ex.relations if r.type == "cooperates-with"}
    assert got == partners


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente heeft raamcontracten met Stichting Zorgkoop Noord.",
        "De gemeente heeft een raamovereenkomst afgesloten met Stichting Zorgkoop Noord.",
        "Met Stichting Zorgkoop Noord heeft de gemeente een raamcontract gesloten.",
        "De gemeente sloot inkoopcontracten met Stichting Zorgkoop Noord.",
    ],
)
def test_a_framework_or_purchasing_contract_is_buying_from_the_party(sentence):
    assert relations(sentence) == {("purchases-via", OWN, "organisation/stichting-zorgkoop-noord")}


def test_a_covenant_stays_cooperation_and_a_negated_contract_gives_none():
    assert relations("De gemeente heeft een convenant met Stichting Zorgkoop Noord.") == {
        ("cooperates-with", OWN, "organisation/stichting-zorgkoop-noord")
    }
    assert relations("De gemeente heeft geen raamcontract met Stichting Zorgkoop Noord.") == set()


def test_a_province_named_as_its_government_is_a_partner_not_a_place_only():
    assert relations("De gemeente werkt samen met de provincie Limburg en Heerlen.") == {
        ("cooperates-with", OWN, "place/limburg"),
        ("cooperates-with", OWN, "municipality/heerlen"),
    }
    assert relations("De gemeente werkt samen met Limburg.") == set()  # the area, no party
    assert relations("Teststad ligt in de provincie Limburg.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # staff listed item by item, the party's item last
        "De wijkteams bestaan uit medewerkers van de gemeente, van het maatschappelijk werk en"
        " van de welzijnsstichting Dalwerk.",
        "In elk team werken tien professionals: consulenten van de gemeente, maatschappelijk"
        " werkers van Stichting Dalwerk en wijkverpleegkundigen.",
        "Het sociale team wordt gevormd door consulenten van de gemeente en medewerkers van"
        " Stichting Dalwerk.",
    ],
)
def test_a_team_of_listed_staff_makes_their_party_an_executor(sentence):
    # a make-up with no word of cooperation (tests/gold/README.md, thirty-ninth session,
    # decision 1): executes-for from the organisation, no cooperates-with
    got = {(t, s) for t, s, o in relations(sentence) if o == OWN and "dalwerk" in s}
    assert {t for t, _ in got} == {"executes-for"}


def test_clients_of_a_party_in_a_list_make_no_partner():
    got = relations("De gemeente werkt samen met een cliënt van Stichting Dalwerk.")
    assert not [r for r in got if r[0] == "cooperates-with"]


def test_staff_named_by_a_compound_of_a_client_noun_stand_for_their_party():
    # "cliëntondersteuner" supports clients: staff, not the clients served
    got = relations("Inwoners kunnen terecht bij een onafhankelijke cliëntondersteuner van MEE.")
    assert ("executes-for", "organisation/mee", OWN) in got
