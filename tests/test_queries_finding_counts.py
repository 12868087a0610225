"""The aggregate queries that read the finding counts answer as the queries that scan findings.

``tests/data/scanning-queries/`` keeps each rewritten library query as it was
before the precomputed summary (``ontology/summary.ttl``): it counts the
findings themselves. Both versions must give the same rows, in the same order,
on the seed graph and on the dev set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.query import connect
from tests.conftest import ROOT

SCANNING = sorted((Path(__file__).parent / "data" / "scanning-queries").glob("*.rq"))


@pytest.fixture(scope="module")
def devset_graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("devset") / "kg.ttl"
    path.write_bytes(build_graph(ROOT / "tests" / "devset").turtle)
    return path


@pytest.mark.parametrize("scanning", SCANNING, ids=lambda p: p.stem)
@pytest.mark.parametrize("which", ["seeds", "devset"])
def test_counts_give_the_answers_of_the_scan(scanning: Path, which, graph_path, request):
    path = graph_path if which == "seeds" else request.getfixturevalue("devset_graph")
    connection = connect(path)
    before = connection.run(scanning)
    after = connection.run(scanning.stem)
    assert "findingCount" in (ROOT / "queries" / f"{scanning.stem}.rq").read_text()
    assert after.variables == before.variables
    assert len(after.bindings) > 0
    assert after.bindings == before.bindings
