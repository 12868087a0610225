"""Tests of kg.extract.jointbodies: joint bodies defined by a relative clause."""

from __future__ import annotations

from kg.extract.jointbodies import joint_bodies
from kg.extract.organisationcues import load_cues
from tests.extract_helpers import extract_text

_SENTENCE = "Het werkgeversservicepunt, waarin gemeente en UWV samenwerken, groeit."


def test_a_body_defined_by_joint_work_is_named_by_its_type_noun():
    doc, _ = extract_text(_SENTENCE)
    found = joint_bodies(doc, load_cues(), {})
    assert [(n.name, n.kind) for n in found] == [("werkgeversservicepunt", "body")]


def test_a_body_an_organisation_works_in_is_an_organisation():
    doc, ex = extract_text(_SENTENCE)
    known: dict = {}
    for m in ex.mentions:
        known.setdefault(m.sentence, []).append(m)
    found = joint_bodies(doc, load_cues(), known)
    assert [(n.name, n.kind) for n in found] == [("werkgeversservicepunt", "organisation")]


def test_a_team_of_people_working_is_no_joint_body():
    doc, _ = extract_text("Het sociaal team, waarin tien mensen werken, groeit.")
    assert joint_bodies(doc, load_cues(), {}) == []
