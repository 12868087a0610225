"""The problem an actor group's work is about (kg/extract/problemfields.py), on invented
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, key

from kg.extract.problemfields import field_problems, load_fields
from kg.namespaces import CONCEPT
from kg.ontology import load_ontology


def _problems(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {key(c) for c in finding.concerns if "/problem/" in c}


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # the speaker's field beside the problem the claim names
        ("Volgens de schuldhulpverleners is de wachttijd opgelopen tot zes weken.", "debts"),
        ("Leerplichtambtenaren zien dat de samenwerking met de scholen vruchten afwerpt.",
         "school-dropout"),
        ("Werkcoaches vertellen dat werkgevers bereid zijn mensen een kans te geven.",
         "unemployment"),
        # a group named, not speaking
        ("De gemeente betaalt sinds 2016 een extra jeugdbeschermer.", "youth-protection"),
    ],
)  # fmt: skip
def test_a_group_whose_work_is_a_problem_brings_it(sentence, problem):
    assert "problem/" + problem in _problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens ambtenaren is de wachttijd opgelopen tot zes weken.",
        "Huisartsen vertellen dat werkgevers bereid zijn mensen een kans te geven.",
    ],
)
def test_other_groups_bring_no_field(sentence):
    assert not {"problem/debts", "problem/unemployment"} & _problems(sentence)


def test_every_key_is_a_role_and_a_problem_of_the_ontology():
    graph = load_ontology()
    subjects = {str(s) for s in graph.subjects()}
    fields = load_fields()
    assert len(fields) >= 10
    for role, problem in fields.items():
        assert role in subjects and role.startswith(CONCEPT + "role/")
        assert problem in subjects and problem.startswith(CONCEPT + "problem/")


def test_field_problems_of_no_role_is_empty():
    assert field_problems([]) == set()


def test_an_informal_carer_s_own_voice_is_about_the_load_of_care():
    # the voice names no problem of its own: the carer's load
    assert "problem/informal-carer-overload" in _problems(
        "“Ik houd het nog wel even vol”, zegt een mantelzorger."
    )
    # a problem of its own named: that one, not the load
    found = _problems("Volgens mantelzorgers is de wachtlijst voor dagbesteding lang.")
    assert "problem/waiting-lists" in found
    assert "problem/informal-carer-overload" not in found
    # named, not speaking: no field
    assert "problem/informal-carer-overload" not in _problems(
        "Het steunpunt bereikt een klein deel van de mantelzorgers in de gemeente."
    )


def test_voices_extend_the_fields():
    voices = load_fields(table="voices")
    assert load_fields().items() <= voices.items()
    graph = load_ontology()
    subjects = {str(s) for s in graph.subjects()}
    assert all(role in subjects and problem in subjects for role, problem in voices.items())


def _concerns(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {key(c) for c in finding.concerns}


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder wijst erop dat de budgetten voor 2015 pas in de meicirculaire van "
        "2014 bekend werden.",
        "Vooral de late bekendmaking van de budgetten voor 2015 wekte bij ambtenaren ergernis.",
    ],
)
def test_late_budgets_are_poor_national_communication_of_the_rijk(sentence):
    found = _concerns(sentence)
    assert {"problem/poor-national-communication", "role/national-government"} <= found


def test_a_named_ministry_stands_for_the_rijk():
    found = _concerns(
        "Ambtenaren klagen dat het ministerie van VWS de budgetten pas laat bekendmaakte."
    )
    assert "problem/poor-national-communication" in found
    assert "role/national-government" not in found
    assert "organisation/ministerie-vws" in found


def test_implied_actors_are_roles_of_the_ontology():
    from kg.extract.problemfields import load_actors

    graph = load_ontology()
    subjects = {str(s) for s in graph.subjects()}
    for problem, (role, stand_ins) in load_actors().items():
        assert problem in subjects and role in subjects and stand_ins
