"""Which regions "de regio" of a claim stands for (kg/extract/homeregions.py), on invented
sentences."""

from __future__ import annotations

import pytest

from kg.extract.homeregions import about_work, home_region_named, regions_for
from kg.extract.model import SentenceMention

LABOUR = "c/region/arbeidsmarktregio-west"
YOUTH = "c/region/jeugdregio-west"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Werkgevers in de omliggende gemeenten zoeken personeel.", True),
        ("De regionale aanpak van jeugdwerkloosheid werkt.", True),
        ("Het aantal bijstandsuitkeringen ligt boven het regionale gemiddelde.", True),
        ("De regionale inkoop van begeleiding verloopt moeizaam.", False),
        ("De gemeenten werken in de regio goed samen.", False),
    ],
)
def test_a_claim_about_work_and_income(sentence, expected):
    assert about_work(sentence, 0, len(sentence)) is expected


def test_a_law_mention_of_the_participatiewet_is_about_work():
    s = "Regionaal is de uitvoering goed geregeld."
    law = SentenceMention("c/law/participatiewet", "law", 0, 9, "x", 0)
    assert about_work(s, 0, len(s), [law])


def test_a_labour_market_region_only_for_work_or_a_reference_back():
    s = "Over de regionale samenwerking voor jeugdhulp zijn de meningen verdeeld."
    assert not home_region_named(s, 0, len(s), [])  # the adjective names no region
    assert regions_for([LABOUR], s, 0, len(s)) == []
    assert regions_for([LABOUR, YOUTH], s, 0, len(s)) == [YOUTH]
    s = "De regionale werkgeversdienstverlening loopt via het werkplein."
    assert regions_for([LABOUR], s, 0, len(s)) == [LABOUR]
    s = "Voor jeugdhulp is Westdorp aangewezen op de regio."  # "de regio": named before
    assert regions_for([LABOUR], s, 0, len(s)) == [LABOUR]
    assert regions_for([YOUTH], s, 0, len(s)) == [YOUTH]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over de regionale inkoop zijn de wethouders het niet eens.",
        "Zorgaanbieders vinden de regionale contracten te ingewikkeld.",
        "De fracties hebben weinig grip op regionale besluiten over de opvang.",
        "De regionale tarieven liggen volgens aanbieders te laag.",
        "De regionale afspraken over dure plaatsingen worden in 2017 herzien.",
    ],
)
def test_regional_instruments_of_an_arrangement_name_no_home_region(sentence):
    assert not home_region_named(sentence, 0, len(sentence), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "De regionale samenwerking verloopt soepel.",
        "Op regionaal niveau stemmen de wethouders hun beleid af.",
        "De jeugdhulp wordt regionaal ingekocht.",
        "De regionale Wmo-inkoop is in 2016 gestopt.",
        "Volgens de wethouder is een regionale aanpak van de opvang onmisbaar.",
    ],
)
def test_the_adjective_regionaal_names_no_home_region(sentence):
    assert not home_region_named(sentence, 0, len(sentence), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "De inkoop loopt via de regio, en de regionale contracten zijn helder.",
        "In de regio stemmen de wethouders hun beleid af.",
        "Volgens de wethouder bepaalt de regio te veel.",
    ],
)
def test_the_region_itself_stays_the_home_region(sentence):
    assert home_region_named(sentence, 0, len(sentence), [])
