"""The GGD named by its function as a source of figures (kg.extract.relationsources), on
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.relationsources import (
    amounts_by_sentence,
    own_account,
    role_sources,
    source_roles,
)
from tests.test_extract_relations import OWN, relations

GGD = "role/ggd"


def _ggd(text: str, word: str = "GGD") -> SentenceMention:
    at = text.index(word)
    return SentenceMention("x/role/ggd", "role", at, at + len(word), word, 0)


def test_according_to_the_ggd_with_a_figure_is_a_source():
    found = relations("Over tien jaar zijn er volgens de GGD 1.400 mensen met dementie.")
    assert ("reports-on", GGD, OWN) in found


def test_the_ggd_that_estimates_a_figure_is_a_source():
    found = relations("De GGD schat dat 1.200 ouderen in de gemeente eenzaam zijn.")
    assert ("reports-on", GGD, OWN) in found


def test_according_to_the_ggd_with_a_view_only_is_no_source():
    found = relations("Volgens de GGD is de aanpak van eenzaamheid te versnipperd.")
    assert ("reports-on", GGD, OWN) not in found


def test_a_negated_clause_gives_no_source():
    text = "Er zijn volgens de GGD niet meer dan 300 eenzame ouderen."
    assert role_sources(text, 0, len(text), [_ggd(text)], "m/x", [(37, 40)]) == []


def test_a_figure_before_a_counting_verb_is_not_what_the_ggd_counts():
    text = "In 2015 waren er 300 meldingen, de GGD telt nu anders."
    assert role_sources(text, 0, len(text), [_ggd(text)], "m/x", [(17, 20)]) == []


def test_only_source_groups_are_kept_by_sentence():
    ggd = SentenceMention("x/role/ggd", "role", 0, 3, "GGD", 1)
    police = SentenceMention("x/role/police", "role", 5, 12, "politie", 1)
    assert source_roles([ggd, police]) == {1: [ggd]}


def test_durations_are_no_amounts():
    class Ind:
        def __init__(self, unit):
            self.sentence, self.start, self.end, self.unit = 0, 1, 2, unit

    assert amounts_by_sentence([Ind("years")]) == {}
    assert amounts_by_sentence([Ind("count")]) == {0: [(1, 2)]}


def test_a_party_that_gives_a_figure_by_its_own_account_is_a_source():
    found = relations("Het Werkbedrijf Noord plaatste in 2016 volgens eigen opgave 140 mensen.")
    assert ("reports-on", "body/werkbedrijf-noord", OWN) in found


def test_own_account_needs_the_party_as_the_clauses_subject():
    text = "In de wijk van Stichting Noord zijn volgens eigen opgave 40 vrijwilligers actief."
    party = SentenceMention("o/sn", "organisation", 16, 30, "Stichting Noord", 0)
    assert own_account(text, 0, len(text), [party], "m/x", [(57, 59)]) == []


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        # the antecedent of the relative clause that gives the figure
        (
            "De consulenten roemen het overleg met Stichting Welzijn Noord, dat volgens eigen"
            " cijfers in 2016 ruim 300 huisbezoeken aflegde.",
            "organisation/stichting-welzijn-noord",
        ),
        (
            "Veel meldingen gaan naar het Werkbedrijf Noord, die naar eigen zeggen 80 mensen"
            " aan een baan hielp.",
            "body/werkbedrijf-noord",
        ),
        # the yearly records, with an article
        (
            "Het Werkbedrijf Noord plaatste in 2016 volgens de eigen jaarcijfers 140 mensen.",
            "body/werkbedrijf-noord",
        ),
        (
            "Stichting Welzijn Noord bereikte volgens haar eigen registratie 900 mantelzorgers.",
            "organisation/stichting-welzijn-noord",
        ),
        # an estimate of its own
        (
            "Stichting Welzijn Noord telt 1.100 mantelzorgers, naar eigen schatting een op de"
            " vijf van alle mantelzorgers.",
            "organisation/stichting-welzijn-noord",
        ),
    ],
)
def test_own_account_of_a_relative_clause_or_yearly_records_is_a_source(sentence, party):
    assert ("reports-on", party, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no figure in what the relative clause gives by its own account
        "De consulenten roemen Stichting Welzijn Noord, dat volgens eigen zeggen goed werk doet.",
        # the relative clause is not right after the party
        "Stichting Welzijn Noord werkt met vrijwilligers, die volgens eigen opgave 20 uur per"
        " week helpen.",
        # records that are not the party's own
        "Het Werkbedrijf Noord plaatste in 2016 volgens de jaarcijfers van het Rijk 140 mensen.",
    ],
)
def test_own_account_without_its_party_or_figure_is_no_source(sentence):
    assert not {r for r in relations(sentence) if r[0] == "reports-on"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Woningcorporatie Woonborg Noord heeft volgens haar eigen jaarverslag een wachttijd "
            "van gemiddeld negen jaar voor een sociale huurwoning.",
            "organisation/woonborg-noord",
        ),
        (
            "Woonstichting De Linie meldt naar eigen zeggen een wachttijd van vier jaar.",
            "organisation/woonstichting-de-linie",
        ),
        (
            "De welzijnsstichting Balans Noord telde volgens eigen opgave 300 vrijwilligers.",
            "organisation/balans-noord",
        ),
        (
            "Zorgorganisatie Zorgkracht heeft naar eigen zeggen 40 cliënten op de wachtlijst.",
            "organisation/zorgkracht",
        ),
    ],
)
def test_a_kind_noun_before_the_source_and_a_duration_by_its_own_account(sentence, source):
    from tests.test_extract_relations import OWN, relations

    assert ("reports-on", source, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Woningcorporatie Woonborg Noord heeft volgens haar eigen jaarverslag geen wachtlijst.",
        "Woningcorporatie Woonborg Noord heeft volgens de gemeente een wachttijd van negen jaar.",
        "Woningcorporatie Woonborg Noord heeft volgens eigen zeggen geen wachttijd van negen jaar.",
    ],
)
def test_no_figure_another_source_or_a_denial_gives_no_own_account(sentence):
    from tests.test_extract_relations import relations

    assert not {r for r in relations(sentence) if r[0] == "reports-on" and "woonborg" in r[1]}
