"""kg.maps.generate: which maps are planned, their file names, and the page set they make."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.maps.generate import generate_maps, map_filename, plan_maps, write_maps
from kg.maps.kinds import KINDS
from kg.network.projection import project


@pytest.fixture(scope="module")
def projection(graph):
    return project(graph)


def test_every_kind_is_planned_and_focused_kinds_per_candidate(projection):
    planned = plan_maps(projection)
    assert {kind.name for kind, _ in planned} == set(KINDS)
    for kind, focus in planned:
        assert (focus is None) == (kind.focus_type is None)


def test_a_named_municipality_plans_one_map(projection):
    planned = plan_maps(projection, "municipality", municipality="Brunssum")
    assert [(k.name, map_filename(k, projection, f)) for k, f in planned] == [
        ("municipality", "municipality-brunssum.html")
    ]


def test_unknown_kinds_and_names_are_usage_errors(projection):
    with pytest.raises(UsageError, match="unknown map kind"):
        plan_maps(projection, "pie")
    with pytest.raises(UsageError):
        plan_maps(projection, "municipality", municipality="Atlantis")


def test_generated_pages_match_the_map_list_and_are_written(graph, tmp_path):
    maps = generate_maps(graph, kind="overview", lang="nl")
    assert maps.lang == "nl" and [m.filename for m in maps.maps] == ["overview.html"]
    assert "overview.html" in maps.pages
    assert [t["filename"] for t in maps.source_titles] == sorted(
        t["filename"] for t in maps.source_titles
    )
    written = {p.relative_to(tmp_path).as_posix() for p in write_maps(maps, tmp_path)}
    assert written >= set(maps.pages) | {"index.html"}
    assert '<html lang="nl">' in (tmp_path / "overview.html").read_text(encoding="utf-8")


def test_bad_language_or_cap_is_a_usage_error(graph):
    with pytest.raises(UsageError, match="unknown language"):
        generate_maps(graph, kind="overview", lang="fr")
    with pytest.raises(UsageError, match="max_nodes"):
        generate_maps(graph, kind="overview", max_nodes=-1)
