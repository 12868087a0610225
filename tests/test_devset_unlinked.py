"""The unlinked-entities report of issue 13 (tests/devset/unlinked.py) on a tiny graph."""

from __future__ import annotations

import rdflib
from rdflib.namespace import RDF, SKOS

from tests.devset.unlinked import KG, OA, main, named_entities

ID = rdflib.Namespace("https://w3id.org/kg-decentralisatie/id/")
DOC = ID["document/teststad"]


def _graph() -> rdflib.Graph:
    """Teststad names Leusden (member of Regio Vallei, as Teststad is), Regio Vallei, and
    CBS (cited only); one relation links Teststad directly, one links Leusden through it."""
    g = rdflib.Graph()
    g.add((DOC, KG.describes, ID["municipality/teststad"]))
    g.add((DOC, rdflib.URIRef("http://purl.org/dc/terms/identifier"), rdflib.Literal("teststad")))
    kinds = {
        "municipality/teststad": KG.Municipality,
        "municipality/leusden": KG.Municipality,
        "body/regio-vallei": KG.IntermunicipalBody,
        "organisation/cbs": KG.Organisation,
        "role/residents": KG.ActorRole,
    }
    for n, (key, cls) in enumerate(kinds.items()):
        g.add((ID[key], RDF.type, cls))
        g.add((ID[key], SKOS.prefLabel, rdflib.Literal(key.split("/")[1].title(), lang="nl")))
        mention = ID[f"document/teststad/mention/{n}"]
        g.add((mention, RDF.type, KG.Mention))
        g.add((mention, KG.inDocument, DOC))
        g.add((mention, KG.refersTo, ID[key]))
        g.add((mention, OA.start, rdflib.Literal(n * 10)))
    for n, (subject, obj) in enumerate(
        [("teststad", "body/regio-vallei"), ("leusden", "body/regio-vallei")]
    ):
        rel = ID[f"relation/teststad/{n}"]
        g.add((rel, RDF.type, KG.Relation))
        g.add((rel, KG.inDocument, DOC))
        g.add((rel, KG.relationSubject, ID[f"municipality/{subject}"]))
        g.add((rel, KG.relationObject, ID[obj]))
    return g


def test_named_parties_are_split_into_direct_indirect_and_unlinked():
    items = {n.iri.rsplit("/id/", 1)[1]: n for n in named_entities(_graph())["teststad"]}
    assert sorted(items) == ["body/regio-vallei", "municipality/leusden", "organisation/cbs"]
    assert (items["body/regio-vallei"].direct, items["body/regio-vallei"].connected) == (True, True)
    assert (items["municipality/leusden"].direct, items["municipality/leusden"].connected) == (
        False,
        True,
    )
    assert not items["organisation/cbs"].connected


def test_the_script_prints_counts_only_for_held_out_profiles(tmp_path, capsys):
    path = tmp_path / "kg.ttl"
    _graph().serialize(path, format="turtle")
    main([str(path)])
    full = capsys.readouterr().out
    assert "teststad: 3 named, 2 not linked directly, 1 not linked at all" in full
    lines = [" ".join(line.split()) for line in full.splitlines()]
    assert any(line.startswith("UNLINKED organisation Cbs") for line in lines)
    assert any(line.startswith("indirect municipality Leusden") for line in lines)
    main([str(path), "--count-only", "teststad"])
    counts = capsys.readouterr().out
    assert "Cbs" not in counts and "total: 3 named, 2 not linked directly" in counts


def test_gold_marks_the_unlinked_parties_it_relates(tmp_path, capsys):
    path = tmp_path / "kg.ttl"
    _graph().serialize(path, format="turtle")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "teststad.yaml").write_text(
        "relations:\n  - type: reports-on\n    subject: organisation/cbs\n"
        "    object: municipality/teststad\n    quote: x\n",
        encoding="utf-8",
    )
    main([str(path), "--gold", str(gold)])
    out = capsys.readouterr().out
    assert "1 not linked at all (1 of them related in the gold)" in out
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert any(line.startswith("UNLINKED* organisation Cbs") for line in lines)
