"""The library queries rewritten for the engine answer as the versions they replaced.

``tests/data/scanning-queries/`` keeps each rewritten library query as it was
before: the aggregates before the precomputed summary (``ontology/summary.ttl``),
which count the findings themselves, and the queries whose plan scanned every
finding or sentence at 1,000 profiles (issue 18) before their selective pattern
came first. Both versions must give the same rows, in the same order, on the
seed graph and on the dev set. The listings that became one municipality at a
time give, run for every municipality in IRI order, the rows of the listing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.query import connect
from tests.conftest import ROOT

SCANNING_DIR = Path(__file__).parent / "data" / "scanning-queries"
#: Listings over every profile that now take a municipality parameter (issue 18).
PER_MUNICIPALITY = {"findings-by-polarity", "statements-of-speaker"}
SCANNING = sorted(path for path in SCANNING_DIR.glob("*.rq") if path.stem not in PER_MUNICIPALITY)
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
    scanning = SCANNING_DIR / "who-raises-topic.rq"
    before = connection.run(scanning)
    after = connection.run("who-raises-topic")
    assert len(after.bindings) > 100
    assert after.bindings == before.bindings


def _municipalities(connection) -> list[str]:
    text = (
        "PREFIX kg: <https://w3id.org/kg-decentralisatie/def#>\n"
        "SELECT DISTINCT ?m WHERE { ?f a kg:Finding ; kg:aboutMunicipality ?m }"
    )
    return sorted(row["m"] for row in connection.sparql(text).rows())


@pytest.mark.parametrize(
    ("name", "param", "values"),
    [
        ("findings-by-polarity", "polarity", ["negative", "positive", "mixed"]),
        ("statements-of-speaker", "speaker", ["civil servants", "council members"]),
    ],
)
@pytest.mark.parametrize("which", ["seeds", "devset"])
def test_per_municipality_gives_the_listing(name, param, values, which, graph_path, request):
    """Every municipality in turn: the rows of the national listing, in its order."""
    path = graph_path if which == "seeds" else request.getfixturevalue("devset_graph")
    connection = connect(path)
    places = _municipalities(connection)
    assert len(places) >= 2
    for value in values:
        before = connection.run(SCANNING_DIR / f"{name}.rq", {param: value}).rows()
        after = []
        for place in places:
            for row in connection.run(name, {param: value, "municipality": place}).rows():
                row["municipality"] = row.pop("_municipality_iri")
                after.append(row)
        assert after and {row["municipality"] for row in after} <= set(places)
        assert after == before
