"""municipality-overview: one row per municipality, however many profiles describe it."""

from __future__ import annotations

import pytest
from conftest import ONTOLOGY

from kg.build.pipeline import build_graph, write_build
from kg.query.api import execute
from kg.query.engine import LocalGraph
from kg.query.library import load_query
from tests.query_support import QUERIES, _query_cache_in_tmp  # noqa: F401

PROFILE = """Gouda

Een motto

Bestuur

De wethouder is tevreden over de wijkteams, maar de wachtlijsten in de jeugdzorg zijn lang.

Gouda werkt samen met Waddinxveen en Bodegraven-Reeuwijk in de regio Midden-Holland.

Het aantal cliënten in de Wmo steeg tot 2.400.
"""


def overview(folder, out):
    write_build(build_graph(folder, ONTOLOGY), out)
    graph = LocalGraph(out / "kg.ttl", cache=False)
    return execute(graph, load_query("municipality-overview", QUERIES)).rows()


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one")
    (folder / "gouda.txt").write_text(PROFILE, encoding="utf-8")
    return overview(folder, tmp_path_factory.mktemp("one-out"))


def test_one_profile_gives_one_row(single):
    assert len(single) == 1
    assert int(single[0]["profiles"]) == 1
    assert int(single[0]["relations"]) > 0


def test_two_profiles_of_one_municipality_give_one_row_with_summed_counts(single, tmp_path):
    for name in ("gouda", "gouda-2016"):
        (tmp_path / f"{name}.txt").write_text(PROFILE, encoding="utf-8")
    rows = overview(tmp_path, tmp_path / "out")
    assert len(rows) == 1
    row, one = rows[0], single[0]
    assert row["municipality"] == one["municipality"]
    assert int(row["profiles"]) == 2
    for column in ("findings", "indicators", "relations"):
        assert int(row[column]) == 2 * int(one[column]), column
