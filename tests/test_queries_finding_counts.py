"""The library queries rewritten for the engine answer as the versions they replaced.

``tests/data/scanning-queries/`` keeps each rewritten library query as it was
before: the aggregates before the precomputed summary (``ontology/summary.ttl``),
which count the findings themselves, and the queries whose plan scanned every
finding or sentence at 1,000 profiles (issue 18) before their selective pattern
came first. Both versions must give the same rows, in the same order, on the
seed graph and on the dev set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.query import connect
from tests.conftest import ROOT

SCANNING = sorted((Path(__file__).parent / "data" / "scanning-queries").glob("*.rq"))
#: The rewritten queries that sum the finding counts instead of counting findings.
SUMMING = {
    "findings-per-law",
    "polarity-per-theme",
    "problem-by-municipality",
    "shared-problems",
    "speakers-per-municipality",
}
#: Parameters per graph where a query's default names a municipality the graph lacks.
PARAMS = {
    ("indicators-with-provenance", "devset"): {"municipality": "Zaanstad"},
    ("who-raises-topic", "seeds"): {"municipality": "Brunssum"},
    ("who-raises-topic", "devset"): {"municipality": "Hof van Twente"},
}


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
    params = PARAMS.get((scanning.stem, which), {})
    before = connection.run(scanning, params)
    after = connection.run(scanning.stem, params)
    text = (ROOT / "queries" / f"{scanning.stem}.rq").read_text()
    assert ("findingCount" in text) == (scanning.stem in SUMMING)
    assert text != scanning.read_text()
    assert after.variables == before.variables
    assert len(after.bindings) > 0
    assert after.bindings == before.bindings


@pytest.mark.parametrize("which", ["seeds", "devset"])
def test_who_raises_topic_over_every_profile(which, graph_path, request):
    """Without parameters too (every municipality and topic counts)."""
    path = graph_path if which == "seeds" else request.getfixturevalue("devset_graph")
    connection = connect(path)
    scanning = Path(__file__).parent / "data" / "scanning-queries" / "who-raises-topic.rq"
    before = connection.run(scanning)
    after = connection.run("who-raises-topic")
    assert len(after.bindings) > 100
    assert after.bindings == before.bindings
