"""The build pipeline: determinism, provenance, atomic output, locking."""

import pyoxigraph
import pytest
from conftest import ONTOLOGY
from rdflib import Graph, Literal, Namespace, URIRef

from kg.build import build, build_graph, write_build
from kg.errors import DataError, LockedError
from kg.io import output_lock

KG = Namespace("https://w3id.org/kg-decentralisatie/def#")
OA = Namespace("http://www.w3.org/ns/oa#")
ID = "https://w3id.org/kg-decentralisatie/id/"


def test_two_builds_are_byte_identical(build_result, graph_path, tmp_path, seeds_copy):
    again = build_graph(seeds_copy, ONTOLOGY)
    out = write_build(again, tmp_path / "b2")
    assert out.read_bytes() == graph_path.read_bytes()


def test_independent_parser_counts_same_triples(graph_path):
    store = pyoxigraph.Store()
    store.load(path=str(graph_path), format=pyoxigraph.RdfFormat.TURTLE)
    g = Graph().parse(graph_path, format="turtle")
    assert len(store) == len(g) > 1000


def test_no_blank_nodes(graph):
    from rdflib import BNode

    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


def test_every_quote_slices_its_document(graph):
    texts = {str(d): str(t) for d, t in graph.subject_objects(KG.cleanedText)}
    checked = 0
    for node, exact in graph.subject_objects(OA.exact):
        doc = str(graph.value(node, KG.inDocument))
        start = int(graph.value(node, OA.start))
        end = int(graph.value(node, OA.end))
        assert texts[doc][start:end] == str(exact), node
        checked += 1
    assert checked > 500


def test_every_municipality_and_entity_mentioned_is_linked_to_a_sentence(graph):
    brunssum = URIRef(ID + "municipality/brunssum")
    isd = URIRef(ID + "body/isd-bol")
    eemland = URIRef(ID + "region/eemland")
    wmo = URIRef("https://w3id.org/kg-decentralisatie/concept/law/wmo-2015")
    civil = URIRef("https://w3id.org/kg-decentralisatie/concept/role/civil-servants")
    for entity in (brunssum, isd, eemland, wmo, civil):
        sentences = set(graph.subjects(KG.mentions, entity))
        assert sentences, entity
        for sentence in sentences:
            assert (sentence, KG.inDocument, None) in graph


def test_documents_describe_their_municipality(graph):
    doc = URIRef(ID + "document/bunschoten")
    assert graph.value(doc, KG.describes) == URIRef(ID + "municipality/bunschoten")
    assert graph.value(doc, KG.motto) == Literal("Samen sterk", lang="nl")
    assert len(str(graph.value(doc, KG.cleanedText))) > 10000


def test_summary_counts(build_result):
    s = build_result.summary
    assert s.documents == 2
    assert s.sections == 30
    assert s.triples == len(build_result.graph)
    assert s.entities["municipality"] >= 6
    assert s.entities["law"] >= 3


def test_reads_every_profile_not_just_two(seeds_copy):
    text = (seeds_copy / "brunssum.txt").read_text(encoding="utf-8")
    (seeds_copy / "kopie.txt").write_text(text.replace("Brunssum", "Heerlen"), encoding="utf-8")
    result = build_graph(seeds_copy, ONTOLOGY)
    assert result.summary.documents == 3
    assert (
        URIRef(ID + "document/kopie"),
        KG.describes,
        URIRef(ID + "municipality/heerlen"),
    ) in result.graph


def test_single_profile(seeds_copy):
    (seeds_copy / "brunssum.txt").unlink()
    assert build_graph(seeds_copy, ONTOLOGY).summary.documents == 1


def test_base_iri_is_configurable(seeds_copy):
    result = build_graph(seeds_copy, ONTOLOGY, base="https://example.org/kg/")
    subjects = {str(s) for s in result.graph.subjects()}
    assert "https://example.org/kg/id/document/brunssum" in subjects
    assert not any(s.startswith("https://w3id.org/kg-decentralisatie/id/") for s in subjects)
    assert "https://example.org/kg/def#Finding" in subjects


def test_failed_build_leaves_previous_output(seeds_copy, tmp_path):
    out = tmp_path / "out"
    first = write_build(build_graph(seeds_copy, ONTOLOGY), out)
    before = first.read_bytes()
    (seeds_copy / "broken.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(DataError, match="broken.txt"):
        write_build(build_graph(seeds_copy, ONTOLOGY), out)
    assert first.read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def test_lock_refuses_a_second_writer(tmp_path):
    with (
        output_lock(tmp_path),
        pytest.raises(LockedError, match="another kg build or map is writing"),
        output_lock(tmp_path),
    ):
        pass


def test_streaming_build_equals_in_memory_build(build_result, tmp_path, seeds_copy):
    target, summary = build(seeds_copy, tmp_path / "s", ONTOLOGY, jobs=1)
    assert target.read_bytes() == build_result.turtle
    assert summary.triples == build_result.summary.triples == len(build_result.graph)


def test_parallel_build_equals_serial_build(tmp_path, seeds_copy):
    text = (seeds_copy / "bunschoten.txt").read_text(encoding="utf-8")
    for name in ("eemdorp", "veendam"):
        (seeds_copy / f"{name}.txt").write_text(
            text.replace("Bunschoten", name.capitalize()), encoding="utf-8"
        )
    # Validation is tested elsewhere; here it would only slow the four documents down.
    one, _ = build(seeds_copy, tmp_path / "one", ONTOLOGY, jobs=1, cache=False, validate=False)
    two, summary = build(
        seeds_copy, tmp_path / "two", ONTOLOGY, jobs=2, cache=False, validate=False
    )
    assert one.read_bytes() == two.read_bytes()
    assert summary.documents == 4


def test_unchanged_seeds_are_not_re_extracted(tmp_path, seeds_copy, monkeypatch):
    out = tmp_path / "out"
    first, summary = build(seeds_copy, out, ONTOLOGY, jobs=1)
    assert summary.cached == 0
    before = first.read_bytes()

    import kg.build.streaming

    def boom(*args, **kwargs):
        raise AssertionError("re-extracted an unchanged profile")

    monkeypatch.setattr(kg.build.streaming, "process_document", boom)
    second, summary = build(seeds_copy, out, ONTOLOGY, jobs=1)
    assert summary.cached == 2
    assert second.read_bytes() == before


def test_changed_seed_is_re_extracted(tmp_path, seeds_copy):
    out = tmp_path / "out"
    build(seeds_copy, out, ONTOLOGY, jobs=1)
    path = seeds_copy / "brunssum.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("30.000", "31.000"), encoding="utf-8")
    target, summary = build(seeds_copy, out, ONTOLOGY, jobs=1)
    assert summary.cached == 1
    assert '"31000.0"^^xsd:decimal' in target.read_text(encoding="utf-8")


def test_parallel_workers_fill_the_cache(tmp_path, seeds_copy):
    out = tmp_path / "out"
    first, _ = build(seeds_copy, out, ONTOLOGY, jobs=2)
    assert len(list((out / ".cache").glob("*.json"))) == 2
    assert not list((out / ".cache").glob(".*.tmp"))
    again, summary = build(seeds_copy, out, ONTOLOGY, jobs=2)
    assert summary.cached == 2
    assert again.read_bytes() == first.read_bytes()


def test_unreadable_cache_entry_is_recomputed(tmp_path, seeds_copy):
    out = tmp_path / "out"
    first, _ = build(seeds_copy, out, ONTOLOGY, jobs=1)
    before = first.read_bytes()
    entry = sorted((out / ".cache").glob("*.json"))[0]
    entry.write_text('{"name": "trunc', encoding="utf-8")
    again, summary = build(seeds_copy, out, ONTOLOGY, jobs=1)
    assert summary.cached == 1
    assert again.read_bytes() == before
    assert entry.read_text(encoding="utf-8").startswith('{"name": ')
    assert len(entry.read_text(encoding="utf-8")) > 1000


def test_result_turtle_parses_in_pyoxigraph(build_result):
    store = pyoxigraph.Store()
    store.load(build_result.turtle, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == build_result.summary.triples
