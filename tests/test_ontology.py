"""kg.ontology: the ontology folder, and the lexicon the extractor reads from its labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataError, UsageError
from kg.ontology import (
    default_ontology_dir,
    known_headings,
    label_map,
    lexicon_entries,
    load_ontology,
    ontology_files,
    polarity_cues,
)

TTL = """@prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:law> a kg:Law ; skos:prefLabel "Jeugdwet"@nl, "Youth Act"@en ; skos:altLabel "jeugdzorgwet" .
<urn:theme> a kg:Theme ; skos:prefLabel "Zorg"@nl .
<urn:sub> a kg:Theme ; skos:prefLabel "Jeugd"@nl ; skos:altLabel "jongeren"@nl ;
    skos:broader <urn:theme> .
<urn:neg> a kg:Polarity ; skos:hiddenLabel "knelpunt"@nl, "bottleneck"@en .
"""


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "kg.ttl").write_text(TTL, encoding="utf-8")
    (tmp_path / "shapes.ttl").write_text("not turtle at all", encoding="utf-8")
    return tmp_path


def test_the_default_folder_is_the_local_one_else_the_shipped_one(folder, tmp_path, monkeypatch):
    work = tmp_path / "work"
    (work / "ontology").mkdir(parents=True)
    (work / "ontology" / "kg.ttl").write_text(TTL, encoding="utf-8")
    monkeypatch.chdir(work)
    assert default_ontology_dir() == Path("ontology")
    assert len(load_ontology()) == len(load_ontology(folder)) == len(load_ontology("ontology"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    shipped = default_ontology_dir()
    assert shipped.is_absolute() and (shipped / "kg.ttl").is_file()
    assert len(load_ontology()) > len(load_ontology(folder))


def test_no_process_wide_ontology_choice_is_left():
    import kg.ontology

    assert not hasattr(kg.ontology, "use_ontology_dir")


def test_shapes_are_not_part_of_the_ontology(folder):
    assert [p.name for p in ontology_files(folder)] == ["kg.ttl"]
    with pytest.raises(UsageError, match="ontology folder not found"):
        ontology_files(folder / "missing")


def test_a_broken_file_is_a_data_error(folder):
    (folder / "extra.ttl").write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(DataError, match="cannot parse ontology file"):
        load_ontology(folder)


def test_lexicon_entries_are_the_dutch_labels_sorted(folder):
    entries = lexicon_entries(load_ontology(folder))
    law = [(e.label, e.source) for e in entries if e.iri == "urn:law"]
    assert law == [("Jeugdwet", "prefLabel"), ("jeugdzorgwet", "altLabel")]
    assert {e.kind for e in entries if e.iri == "urn:law"} == {"law"}


def test_headings_know_their_level_and_parent(folder):
    headings = {h.key: h for h in known_headings(load_ontology(folder))}
    assert headings["urn:sub"].labels == ("Jeugd", "jongeren")
    assert (headings["urn:sub"].level, headings["urn:sub"].parent) == (2, "urn:theme")
    assert (headings["urn:theme"].level, headings["urn:theme"].parent) == (1, None)


def test_label_map_and_polarity_cues(folder):
    graph = load_ontology(folder)
    assert label_map(graph, "en") == {"urn:law": "Youth Act"}
    cues = polarity_cues(graph)
    assert [(c.label, c.iri, c.kind) for c in cues] == [("knelpunt", "urn:neg", "polarity")]


def test_the_shipped_ontology_gives_a_lexicon_of_every_kind():
    kinds = {e.kind for e in lexicon_entries(load_ontology())}
    assert {"law", "role", "problem"} <= kinds


def test_comparisons_of_a_change_over_time_are_allowed_values():
    from pathlib import Path

    shapes = (Path(__file__).parent.parent / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    allowed = shapes.split("sh:path kg:comparison", 1)[1].split(")", 1)[0]
    for value in ("higher", "lower", "more", "less", "equal", "increase", "decrease"):
        assert f'"{value}"' in allowed
