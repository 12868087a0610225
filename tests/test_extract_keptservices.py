"""A cut denied by keeping its service (kg/extract/keptservices.py, kg/data/kept-services.toml)."""

from __future__ import annotations

import pytest

from kg.extract.keptservices import load_keeping
from tests.extract_helpers import extract_text, key


def _problems(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    return {key(c) for f in ex.findings for c in f.concerns if key(c).startswith("problem/")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder is de huishoudelijke hulp in Dalwijk niet versoberd.",
        "De huishoudelijke hulp werd volgens de consulenten in 2016 nog niet gekort.",
        "Volgens de cliëntenraad bleef de hulp bij het huishouden ongewijzigd.",
        "Het college koos volgens de wethouder voor het behoud van de huishoudelijke hulp.",
        "De huishoudelijke hulp is volgens ambtenaren tot nu toe gehandhaafd.",
    ],
)
def test_a_kept_service_is_no_cut(sentence):
    assert "problem/household-help-cuts" not in _problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder is de huishoudelijke hulp in 2015 fors versoberd.",
        "De huishoudelijke hulp is volgens de cliëntenraad niet alleen gekort maar ook duurder.",
        "Cliënten klagen volgens de consulenten over de huishoudelijke hulp.",
    ],
)
def test_a_cut_or_discussed_service_stays(sentence):
    assert "problem/household-help-cuts" in _problems(sentence)


def test_every_problem_is_a_cut_of_the_taxonomy():
    keys = {p.rsplit("/", 1)[-1] for p in load_keeping().problems}
    assert keys and all(k.endswith("-cuts") for k in keys)
