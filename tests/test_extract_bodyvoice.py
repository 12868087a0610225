"""A body writing in the first person plural (kg/extract/bodyvoice.py): the report of a
cliëntenraad or Wmo-raad in its own words; invented Dutch profiles, none of any profile's
wording."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extract_helpers import extract_profile, finding_for, key

from kg.extract.bodyvoice import heard_group, own_clause, spoken_with

_REPORT = (
    "Teststad\n\nEen motto\n\nInleiding\n\n"
    "Dit document is het jaarverslag over 2017 van de Cliëntenraad Teststad. "
    "Wij volgen sinds 2015 de uitvoering van de Participatiewet en de Wmo.\n\n"
    "Bestuur\n\n"
    "Wij hebben de wethouder in mei gevraagd om de wachttijd voor schuldhulp te verkorten. "
    "De wethouder antwoordde dat de gemeente daarvoor extra geld uittrekt. "
    "Daar zijn we voorlopig tevreden over, maar we blijven het volgen. "
    "Toch missen wij een plan voor jongeren zonder werk. "
    "Onze zorg is dat de groep jongeren zonder startkwalificatie verder groeit.\n\n"
    "We hoorden van huisartsen dat het aantal verwijzingen sinds januari sterk is gestegen. "
    "De wachttijd voor een eerste gesprek loopt daardoor op tot zes weken.\n\n"
    "Vrijwilligers die wij spraken, zijn somber over de opvang van statushouders. "
    "Het aanbod van taallessen schiet volgens ons tekort.\n\n"
    "Wij hebben dit voorjaar met twintig mantelzorgers gesproken. "
    "De meesten voelen zich overbelast door de zorg voor hun partner.\n\n"
    "Huisartsen die wij spraken, zijn kritisch over de wachttijden. "
    "Zij vertellen dat de jeugd-ggz vaak maanden vol zit.\n\n"
    "Volgens de cijfers die de gemeente ons stuurde, wachten veertig gezinnen op schuldhulp. "
    "Volgens de gemeente zelf is die wachtlijst een tijdelijk probleem.\n"
)
_ORDINARY = (
    "Teststad\n\nEen motto\n\nInleiding\n\n"
    "Voor dit profiel spraken we met ambtenaren en met de wethouder. "
    "Wij hebben ook de begroting bekeken. We zagen dat de kosten stijgen.\n\n"
    "Bestuur\n\n"
    "Wij constateren dat de wachttijd voor schuldhulp lang is.\n"
)


@lru_cache(maxsize=2)
def _extracted(text: str):
    return extract_profile(text)


def _speakers(text: str, fragment: str) -> list[str]:
    doc, ex = _extracted(text)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    "fragment",
    [
        "Wij hebben de wethouder in mei gevraagd",
        "Daar zijn we voorlopig tevreden over",
        "Toch missen wij een plan",
        "Onze zorg is dat de groep",
        "Het aanbod van taallessen",
    ],
)
def test_the_council_speaks_its_own_report(fragment):
    assert _speakers(_REPORT, fragment) == ["role/client-council"]


def test_what_others_told_the_council_is_theirs():
    assert _speakers(_REPORT, "We hoorden van huisartsen") == ["role/general-practitioners"]
    gps = ["role/general-practitioners"]
    assert _speakers(_REPORT, "De wachttijd voor een eerste gesprek") == gps
    assert _speakers(_REPORT, "De wethouder antwoordde") == ["role/alderman"]


def test_a_source_named_in_words_keeps_its_voice():
    # the municipality's figures handed to the council, and "volgens de gemeente": named
    assert _speakers(_REPORT, "Volgens de cijfers die de gemeente") == ["role/civil-servants"]
    assert _speakers(_REPORT, "Volgens de gemeente zelf") == ["role/civil-servants"]


def test_those_the_council_spoke_with_go_on_speaking():
    assert _speakers(_REPORT, "De meesten voelen zich") == ["role/informal-carers"]
    assert _speakers(_REPORT, "Zij vertellen dat de jeugd-ggz") == ["role/general-practitioners"]


def test_the_researchers_we_of_an_ordinary_profile_stays_the_authors():
    assert _speakers(_ORDINARY, "Wij constateren dat") == ["role/authors"]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Wij vinden de monitor te mager.", True),
        ("Een antwoord hebben wij nooit gekregen.", True),
        ("Ons voorstel was om de raad vaker te informeren.", True),
        ("Met dat besluit zijn we blij.", True),
        ("Mantelzorgers die wij bezochten, waren moe.", False),
        ("De wethouder liet ons weten dat het geld op is.", False),
        ("Omdat wij laat waren, kwam het advies te laat.", False),
    ],
)
def test_own_clause(quote, expected):
    assert own_clause(quote) is expected


def test_heard_and_spoken_with():
    from kg.extract.model import SentenceMention as M

    t = "We krijgen ook van wijkverpleegkundigen signalen over eenzaamheid."
    at = t.index("wijk")
    nurses = M("role/district-nurses", "role", at, at + 20, "wijkverpleegkundigen", 0)
    assert heard_group(t, 0, len(t), [nurses]) == "role/district-nurses"
    assert heard_group("Wij horen het vaak.", 0, 19, []) is None
    t = "Moeders met wie wij spraken, voelen zich alleen."
    assert spoken_with(t, 0, len(t), []).endswith("role/care-recipients")


def test_the_report_verbs_gate_every_report_of_the_body():
    # writer_body reads the mentions' ends only in a document with one of these verbs
    from gate_support import every_match_holds

    from kg.extract import bodyvoice as bv

    assert every_match_holds(bv._REPORTS, bv._REPORT_VERBS)


_WRITERS = [
    # a statement of the report, "wij zijn de", the body's name before a verb of reporting;
    # capitals; and documents with no statement or too few "wij"
    (
        "Deze tekst is een terugblik over 2018 van de Wmo-raad Teststad. Wij zagen veel. "
        "We spraken ouders. Wij schrijven dit.",
        True,
    ),
    ("Inleiding. WIJ ZIJN DE Cliëntenraad Teststad en wij volgen de Wmo. We lezen veel.", True),
    (
        "De Cliëntenraad Teststad brengt hierbij verslag uit. Wij zijn kritisch. We vragen veel. "
        "Wij zien weinig.",
        True,
    ),
    ("De Cliëntenraad Teststad presenteert zijn jaarverslag. Wij zijn kritisch.", False),
    ("Wij spraken met de Cliëntenraad Teststad. We zagen weinig. Wij lazen veel.", False),
]


@pytest.mark.parametrize(("text", "found"), _WRITERS)
def test_the_writing_body_is_found_as_by_a_whole_scan(text, found, monkeypatch):
    # the gated reading gives what the three patterns searched over the whole text give
    from kg.document import parse_profile
    from kg.extract import bodyvoice as bv
    from kg.extract.model import SentenceMention as M

    doc = parse_profile("Teststad\n\nInleiding\n\n" + text + "\n", "t")
    at = doc.text.index("Cliëntenraad") if "Cliëntenraad" in doc.text else doc.text.index("Wmo-")
    body = M("role/client-council", "role", at, at + 21, doc.text[at : at + 21], 0)
    gated = bv.writer_body(doc, [body])
    monkeypatch.setattr(bv, "_REPORT_VERBS", ("",))  # every document passes
    monkeypatch.setattr(bv, "finditer", lambda p, t, a, b: list(p.finditer(t, a, b)))
    assert gated == bv.writer_body(doc, [body])
    assert (gated is not None) is found
