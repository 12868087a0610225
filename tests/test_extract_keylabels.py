"""kg.extract.keylabels: a role noun that only labels a key-value line is no mention."""

from __future__ import annotations

from kg.extract.keylabels import key_labels, label_only
from kg.extract.mentions import Mention
from tests.extract_helpers import extract_text, key


def _label(line: str) -> bool:
    word = line.split(":")[0].split(" (")[0]
    return label_only(line, 0, len(line), 0, len(word))


def test_a_bare_figure_after_a_role_key_is_a_statistic():
    assert _label("Inwoners (2016): 52.300.")
    assert _label("Inwoners: ongeveer 27.000.")
    assert _label("Bewoners (2014): ruim 8.100")
    assert _label("Cliënten (2015): 1.240.")


def test_a_name_after_a_role_key_fills_the_attribute():
    assert _label("Bestuur: Dagelijks Bestuur Holland Rijnland.")
    assert _label("Bestuur: Regioraad en Regiobestuur.")
    assert _label("College: Wethouders Van Dam en De Boer.")
    assert _label("Directie: Stichting Welzijn Oost.")


def test_a_judged_or_longer_key_stays_a_mention():
    assert not _label("Huisartsen: tevreden over de wijkteams.")
    assert not _label("Wmo-raad: kritisch, maar gehoord.")
    assert not _label("Mantelzorgers: 2.300, van wie een kwart overbelast.")
    assert not _label("Rekenkamer: onderzoek naar de toegang gepland.")
    line = "Aanbieders onder contract: ruim 140."
    assert not label_only(line, 0, len(line), 0, 10)


def test_only_the_key_noun_is_dropped():
    line = "Inwoners (2015): 41.000."
    ms = [Mention("role/residents", "role", 0, 8, "Inwoners")]
    assert key_labels(line, 0, len(line), ms) == {(0, 8)}
    line = "Huishoudelijke hulp voor inwoners: 1.200."
    ms = [Mention("role/residents", "role", 25, 33, "inwoners")]
    assert key_labels(line, 0, len(line), ms) == set()


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("Inwoners (2015): 41.000.", "De inwoners zijn tevreden.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.text.lower() == "inwoners"]
    assert found == [("inwoners", "role/residents")]
