"""The development set (text the extractor was never written on) builds into a valid graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from tests.conftest import ONTOLOGY

DEVSET = Path(__file__).resolve().parent / "devset"


@pytest.fixture(scope="module")
def result():
    return build_graph(DEVSET, ONTOLOGY, curation=False)


def test_every_profile_builds_and_conforms(result, tmp_path):
    from kg.build import write_build

    assert [doc.name for _, doc, _ in result.documents] == [
        "hof-van-twente",
        "sudwest-fryslan",
        "venray",
        "zaanstad",
    ]
    path = write_build(result, tmp_path, validate=True)
    assert path.stat().st_size > 0


def test_each_profile_links_its_municipality_to_what_it_names(result):
    for _, doc, extraction in result.documents:
        home = extraction.municipality.iri
        linked = {r.object for r in extraction.relations if r.subject == home}
        linked |= {r.subject for r in extraction.relations if r.object == home}
        named = {m.entity for m in extraction.mentions if m.kind == "municipality"} - {home}
        assert linked, doc.name
        assert named, doc.name  # every dev profile names other municipalities


def test_an_organisation_may_speak(result):
    speakers = {s for _, _, ex in result.documents for f in ex.findings for s in f.speakers}
    assert any("/id/organisation/" in s or "/id/body/" in s for s in speakers)
