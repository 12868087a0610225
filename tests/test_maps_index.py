"""The maps folder's index and manifest: one kind drawn into a folder keeps both true."""

from __future__ import annotations

import json

import pytest

from kg.errors import UsageError
from kg.graphfile import load_graph
from kg.maps import generate_maps, write_maps
from kg.maps.index import MANIFEST, merge_manifest, read_manifest


def entry(name: str, kind: str, nodes: int = 1) -> dict:
    return {
        "filename": name,
        "kind": kind,
        "title": name,
        "description": "",
        "nodes": nodes,
        "edges": 0,
    }


def test_merge_replaces_redrawn_maps_keeps_the_rest_in_kind_order(tmp_path):
    for name in ("overview.html", "law-a.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    old = [
        entry("overview.html", "overview"),
        entry("law-a.html", "law", 5),
        entry("gone.html", "law"),
    ]
    (tmp_path / MANIFEST).write_text(json.dumps({"lang": "en", "maps": old}), encoding="utf-8")
    assert [e["filename"] for e in read_manifest(tmp_path)[1]] == ["overview.html", "law-a.html"]
    merged = merge_manifest(tmp_path, [entry("law-a.html", "law", 9)], "en", ["overview", "law"])
    assert [(e["filename"], e["nodes"]) for e in merged] == [
        ("overview.html", 1),
        ("law-a.html", 9),
    ]
    with pytest.raises(UsageError, match="in 'en', not 'nl': draw them in 'en'"):
        merge_manifest(tmp_path, [entry("law-a.html", "law")], "nl", ["overview", "law"])


def test_one_kind_into_a_full_folder_keeps_the_index_true(graph_path, tmp_path):
    graph = load_graph(graph_path)
    write_maps(generate_maps(graph), tmp_path)
    full_index = (tmp_path / "index.html").read_text(encoding="utf-8")
    full = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    capped = generate_maps(graph, kind="overview", max_nodes=10)
    write_maps(capped, tmp_path)
    after = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert [m["filename"] for m in after["maps"]] == [m["filename"] for m in full["maps"]]
    overview = next(m for m in after["maps"] if m["filename"] == "overview.html")
    assert overview["nodes"] == 10  # the index shows what the redrawn page shows
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index != full_index and index.count("<li>") == full_index.count("<li>")
    for m in full["maps"]:
        assert f'href="{m["filename"]}"' in index
    with pytest.raises(UsageError, match="one language per folder"):
        write_maps(generate_maps(graph, kind="overview", lang="nl"), tmp_path)


def test_one_kind_into_an_empty_folder_gets_an_index_of_it(graph_path, tmp_path):
    write_maps(generate_maps(load_graph(graph_path), kind="regions"), tmp_path)
    lang, maps = read_manifest(tmp_path)
    assert (lang, [m["filename"] for m in maps]) == ("en", ["regions.html"])
    assert 'href="regions.html"' in (tmp_path / "index.html").read_text(encoding="utf-8")
