"""kg.extract.carersupport: "het steunpunt" beside the informal carers is their support point."""

from __future__ import annotations

from kg.extract.carersupport import carer_support
from kg.extract.mentions import Mention
from tests.extract_helpers import extract_text, key

ROLE = Mention("role/steunpunt-mantelzorg", "role", 0, 0, "")


def _read(text: str, found: list[Mention] | None = None) -> list[str]:
    return [m.text for m in carer_support(text, 0, len(text), found or [], ROLE)]


def test_the_bare_support_point_in_a_sentence_on_carers():
    assert _read("Steeds meer mantelzorgers kloppen aan bij het steunpunt.") == ["steunpunt"]
    assert _read("Het steunpunt ziet vooral oudere mantelzorgers.") == ["steunpunt"]
    assert _read("Ingeschreven mantelzorgers bij het steunpunt: ongeveer 1.100.") == ["steunpunt"]
    assert _read("Volgens het steunpunt is de mantelzorg zwaarder geworden.") == ["steunpunt"]


def test_another_support_point_a_name_or_no_carers_is_not_read():
    assert _read("Het steunpunt voor vrijwilligers helpt ook mantelzorgers.") == []
    assert _read("Het steunpunt huiselijk geweld spreekt mantelzorgers aan.") == []
    assert _read("Mantelzorgers kennen Het Steunpunt Oost nog niet.") == []
    assert _read("Het steunpunt is sinds maart elke dag open.") == []
    assert _read("Mantelzorgers gaan naar een steunpunt in de wijk.") == []


def test_a_word_already_found_is_left_alone_and_no_role_reads_nothing():
    taken = [Mention("role/steunpunt-mantelzorg", "role", 31, 40, "steunpunt")]
    assert _read("Mantelzorgers melden zich bij het steunpunt.", taken) == []
    assert carer_support("mantelzorgers bij het steunpunt", 0, 31, [], None) == []


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("Het aantal mantelzorgers dat zich bij het steunpunt meldt, stijgt.")
    found = [key(m.entity) for m in ex.mentions if m.text == "steunpunt"]
    assert found == ["role/steunpunt-mantelzorg"]
