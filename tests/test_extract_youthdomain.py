"""kg.extract.youthdomain: bare "jeugd" as the youth domain of the Jeugdwet."""

from __future__ import annotations

from kg.extract.mentions import Mention
from kg.extract.youthdomain import youth_domain
from tests.extract_helpers import extract_text, key

LAW = Mention("law/jeugdwet", "law", 0, 0, "")


def _read(text: str, found: list[Mention] | None = None) -> list[str]:
    return [m.text for m in youth_domain(text, 0, len(text), found or [], LAW)]


def test_the_stem_after_a_preposition_of_assignment_names_the_domain():
    assert _read("De gemeente hield € 800.000 over op Wmo, maar kwam tekort op jeugd.") == ["jeugd"]
    assert _read("Over jeugd rapporteert het college twee keer per jaar.") == ["jeugd"]
    assert _read("Er is sinds vorig jaar één contactpersoon voor jeugd per school.") == ["jeugd"]
    assert _read("De uitgaven aan jeugd liepen in 2016 verder op.") == ["jeugd"]


def test_the_stem_after_a_noun_of_a_budget_result_names_the_domain():
    assert _read("Prognose 2018: tekort jeugd verder omlaag.") == ["jeugd"]
    assert _read("Overschot jeugd: nihil.") == ["jeugd"]


def test_the_young_people_a_name_and_compounds_are_not_read():
    assert _read("Er is voor de jeugd weinig te doen in het dorp.") == []
    assert _read("Werkloosheid onder jeugd is hoog; onze jeugd trekt weg.") == []
    assert _read("Het Centrum voor Jeugd en Gezin en een team voor jeugd en gezin.") == []
    assert _read("De wachttijd voor jeugd-ggz en het Servicepunt Jeugd.") == []
    assert _read("Het tekort op jeugdhulp groeit.") == []


def test_a_word_already_found_is_left_alone_and_no_law_reads_nothing():
    taken = [Mention("law/jeugdwet", "law", 20, 25, "jeugd")]
    assert _read("Er is een tekort op jeugd.", taken) == []
    assert youth_domain("een tekort op jeugd", 0, 19, [], None) == []


def test_the_rule_runs_in_the_extraction_once_per_word():
    _, ex = extract_text("Het jaar sloot met een tekort van € 2 miljoen op jeugd en Wmo.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.text == "jeugd"]
    assert found == [("jeugd", "law/jeugdwet")]
