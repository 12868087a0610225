"""kg.extract.youthproviders: bare "aanbieders" in a section on youth care."""

from __future__ import annotations

from kg.document import parse_profile
from kg.extract.model import SentenceMention
from kg.extract.youthproviders import youth_providers, youth_section
from tests.extract_helpers import extract_text, key


def _doc(heading: str, body: str):
    return parse_profile(f"T\n\nM\n\n{heading}\n\n{body}\n", "t", set())


def _read(heading: str, body: str) -> list[str]:
    doc = _doc(heading, body)
    ms = []
    for word in ("aanbieders", "aanbieder", "Aanbieders"):
        at = doc.text.find(word)
        while at >= 0:
            if not doc.text[at + len(word) : at + len(word) + 1].isalpha():
                ms.append(SentenceMention("r/care", "role", at, at + len(word), word, 0))
            at = doc.text.find(word, at + 1)
    ms.sort(key=lambda m: m.start)
    return [m.entity for m in youth_providers(doc, ms, "r/care", "r/youth")]


def test_bare_providers_under_a_youth_heading_are_youth_care_providers():
    assert _read("Jeugd", "De aanbieders vinden de tarieven te laag.") == ["r/youth"]
    assert _read("Jeugdhulp", "Elke aanbieder levert een eigen rapportage.") == ["r/youth"]
    assert _read(
        "Jeugd: wachten op hulp", "Volgens de grotere aanbieders is de vraag gestegen."
    ) == ["r/youth"]
    assert _read("Jeugdzorg", "Aanbieders onder contract: ongeveer 90.") == ["r/youth"]


def test_providers_of_a_named_care_or_in_another_section_stay_general():
    assert _read("Jeugd", "De aanbieders van dagbesteding zijn tevreden.") == ["r/care"]
    assert _read("Wmo 2015", "De aanbieders vinden de tarieven te laag.") == ["r/care"]
    assert _read("Bestuur", "Over jeugdhulp klagen de aanbieders niet.") == ["r/care"]
    assert _read("Werk en jeugdige werklozen", "De aanbieders zijn tevreden.") == ["r/care"]


def test_only_offsets_inside_a_youth_section_are_read_as_youth():
    doc = _doc("Jeugd", "De aanbieders klagen.")
    assert youth_section(doc, doc.text.index("aanbieders"))
    assert not youth_section(doc, 0)


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("Over de tarieven zijn de aanbieders ontevreden.", heading="Jeugd")
    found = [key(m.entity) for m in ex.mentions if m.text == "aanbieders"]
    assert found == ["role/youth-care-providers"]
    _, ex = extract_text("Over de tarieven zijn de aanbieders ontevreden.", heading="Wmo")
    assert [key(m.entity) for m in ex.mentions if m.text == "aanbieders"] == ["role/care-providers"]
