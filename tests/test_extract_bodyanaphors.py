"""Definite descriptions of a joint body named before (kg/extract/bodyanaphors.py)."""

from __future__ import annotations

from kg.extract.bodyanaphors import body_anaphors
from kg.extract.model import Relation, SentenceMention

WORK = "body/werkbedrijf-maasdal"
BUREAU = "body/inkoopteam-heuvelland"
STICHTING = "organisation/stichting-zonnehoek"


def _resolve(before: str, claim: str, names: dict[str, str], relations=()) -> list[str]:  # noqa: ANN001
    """The bodies ``claim`` refers to after ``before``, which names ``names``."""
    text = before + claim
    mentions = []
    for entity, words in names.items():
        at = text.index(words)
        kind = entity.split("/")[0]
        mentions.append(SentenceMention(entity, kind, at, at + len(words), words, 0))
    own = [m for m in mentions if m.start >= len(before)]
    return sorted(body_anaphors(text, len(before), len(text), own, mentions, list(relations)))


def _bought(body: str) -> Relation:
    return Relation("purchases-via", "municipality/teststad", body, 0, 10, 0)


def test_het_werkbedrijf_is_the_body_named_werkbedrijf_before():
    before = "De uitvoering ligt bij Werkbedrijf Maasdal. "
    names = {WORK: "Werkbedrijf Maasdal"}
    for claim in (
        "Wethouders twijfelen of het werkbedrijf genoeg plekken biedt.",
        "De ondernemers zijn over dat werkbedrijf goed te spreken.",
        "De adviesraad van het werkbedrijf voelt zich gehoord.",
        "Volgens de raad staat het werkbedrijf te ver van de kernen.",
    ):
        assert _resolve(before, claim, names) == [WORK], claim


def test_the_purchasing_descriptions_are_the_body_bought_through():
    before = "De gemeente koopt jeugdhulp in via het Regionaal Inkoopteam Heuvelland. "
    names = {BUREAU: "Regionaal Inkoopteam Heuvelland"}
    for claim in (
        "De aanbieders klagen dat het inkoopbureau traag betaalt.",
        "Raadsleden vinden de regionale inkooporganisatie te ver weg.",
        "Volgens de aanbieders rekent de inkooporganisatie te krap.",
        "Over die inkooporganisatie is de wethouder tevreden.",
    ):
        assert _resolve(before, claim, names) == [BUREAU], claim


def test_the_regional_purchasing_is_no_description_of_a_body():
    # the adjective makes no region or body a concern (gold README, thirty-ninth
    # session's settlement, decision 6): the cooperation, not the bureau
    before = "De gemeente koopt jeugdhulp in via het Regionaal Inkoopteam Heuvelland. "
    names = {BUREAU: "Regionaal Inkoopteam Heuvelland"}
    relations = [_bought(BUREAU)]
    for claim in (
        "Over de regionale inkoop is de wethouder tevreden.",
        "Beleidsmedewerkers waarderen deze regionale inkoop om de kennis die zij brengt.",
        "Ambtenaren zijn kritisch over de regionale inkoop.",
        "De regionale inkoop bevalt de raadsleden matig.",
    ):
        assert _resolve(before, claim, names, relations) == [], claim


def test_a_body_bought_through_needs_no_purchasing_word_in_its_name():
    before = "De inkoop loopt via Samenkracht Twaalf. "
    names = {"body/samenkracht-twaalf": "Samenkracht Twaalf"}
    claim = "Ambtenaren zijn kritisch over de inkooporganisatie."
    assert _resolve(before, claim, names) == []
    relations = [_bought("body/samenkracht-twaalf")]
    assert _resolve(before, claim, names, relations) == ["body/samenkracht-twaalf"]


def test_the_gr_and_the_cooperation_are_the_body_named_last():
    before = "Vier gemeenten vormen samen Werkbedrijf Maasdal. "
    names = {WORK: "Werkbedrijf Maasdal"}
    for claim in (
        "Raadsleden vinden de GR log en traag.",
        "De wethouder wil de gemeenschappelijke regeling herzien.",
        "Een ambtenaar noemt de samenwerking soepel.",
        "De raad twijfelt of de samenwerking na 2018 blijft bestaan.",
    ):
        assert _resolve(before, claim, names) == [WORK], claim


def test_a_demonstrative_cooperation_may_be_with_an_organisation():
    before = "Tot 2016 werkte de gemeente voor de schuldhulp samen met Stichting Zonnehoek. "
    names = {STICHTING: "Stichting Zonnehoek"}
    assert _resolve(before, "Die samenwerking is beëindigd.", names) == [STICHTING]
    assert _resolve(before, "Deze samenwerking bevalt beide partijen.", names) == [STICHTING]
    # "de samenwerking" after an organisation may be a team's own: nothing
    assert _resolve(before, "Teamleden zijn over de samenwerking tevreden.", names) == []


def test_descriptions_with_their_own_partner_or_name_stand_for_nothing_before():
    before = "De uitvoering ligt bij Werkbedrijf Maasdal. "
    names = {WORK: "Werkbedrijf Maasdal"}
    for claim in (
        "De samenwerking met het UWV verloopt goed.",
        "De samenwerking tussen huisartsen en wijkteams groeit.",
        "De regionale inkoop van jeugdhulp is duur.",
        "De regionale samenwerking kost veel vergadertijd.",
        "Over de samenwerking binnen de teams zijn de leden tevreden.",
    ):
        assert _resolve(before, claim, names) == [], claim


def test_a_claim_naming_a_body_keeps_its_own():
    before = "De uitvoering ligt bij Werkbedrijf Maasdal. "
    names = {WORK: "Werkbedrijf Maasdal", BUREAU: "Inkoopteam Heuvelland"}
    claim = "De samenwerking in het Inkoopteam Heuvelland loopt stroef."
    assert _resolve(before, claim, names) == []


def test_the_kind_noun_must_fit_the_body():
    before = "De jeugdhulp wordt ingekocht via het Regionaal Inkoopteam Heuvelland. "
    names = {BUREAU: "Regionaal Inkoopteam Heuvelland"}
    assert _resolve(before, "De raad vindt het werkbedrijf ver weg.", names) == []


def test_the_cooperation_looks_back_in_its_paragraph_only():
    before = "De uitvoering ligt bij Werkbedrijf Maasdal.\n\n"
    names = {WORK: "Werkbedrijf Maasdal"}
    assert _resolve(before, "Een ambtenaar noemt de samenwerking soepel.", names) == []
    assert _resolve(before, "Raadsleden vinden de GR log.", names) == [WORK]


def test_a_body_named_after_the_claim_is_not_meant():
    text = "De raad vindt het werkbedrijf ver weg. Werkbedrijf Maasdal telt vier gemeenten."
    at = text.index("Werkbedrijf Maasdal")
    body = SentenceMention(WORK, "body", at, at + 19, "Werkbedrijf Maasdal", 1)
    end = text.index(".") + 1
    assert body_anaphors(text, 0, end, [], [body], []) == set()
