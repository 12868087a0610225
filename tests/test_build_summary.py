"""Finding counts: each data set partitions a document's findings as the triples say."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.build import Resources, parse_seed
from kg.build.pipeline import owned_prefixes
from kg.build.summary import FACETS, finding_counts
from kg.namespaces import KG, QB, RDF
from kg.rdf import document_triples
from tests.conftest import ONTOLOGY, SEEDS

TYPE = f"<{RDF}type>"


def k(name: str) -> str:
    return f"<{KG}{name}>"


@pytest.fixture(scope="module")
def triples():
    resources = Resources.create(ONTOLOGY)
    source, doc, extraction = parse_seed(
        SEEDS / "brunssum.txt", resources.lexicon, resources.headings
    )
    return document_triples(doc, source, extraction, resources.terms)


def observations(counts) -> dict[str, dict[str, str]]:  # noqa: ANN001
    out: dict[str, dict[str, str]] = {}
    for s, p, o in counts:
        assert p not in out.setdefault(s, {}), "one value per property"
        out[s][p] = o
    return out


@pytest.mark.parametrize("prop, dataset, dimension", FACETS)
def test_counts_equal_the_findings_of_each_cell(triples, prop, dataset, dimension):
    props: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        props.setdefault(s, {}).setdefault(p, set()).add(o)
    expected: Counter[tuple[str, str, str]] = Counter()
    for s, p, o in triples:
        if p == TYPE and o == k("Finding"):
            (town,) = props[s][k("aboutMunicipality")]
            (polarity,) = props[s][k("polarity")]
            for value in props[s].get(k(prop), ()):
                expected[(town, polarity, value)] += 1
    assert expected, f"the seed has findings with kg:{prop}"
    found = {}
    for obs in observations(finding_counts(triples)).values():
        if obs[f"<{QB}dataSet>"] == k(dataset):
            cell = (obs[k("countedMunicipality")], obs[k("countedPolarity")], obs[k(dimension)])
            assert cell not in found, "one observation per cell"
            found[cell] = int(obs[k("findingCount")].split('"')[1])
    assert found == dict(expected)


def test_observations_are_owned_by_the_document_and_sorted(triples):
    counts = finding_counts(triples)
    assert counts == finding_counts(sorted(triples, reverse=True))
    owned = owned_prefixes("Brunssum", "https://w3id.org/kg-decentralisatie/")
    assert all(s.startswith(owned) for s, _, _ in counts)
    kinds = {o for s, p, o in counts if p == TYPE}
    assert kinds == {k("FindingCount")}
    assert len(counts) == 7 * len({s for s, _, _ in counts})


def test_counts_follow_the_base(triples):
    base = "https://example.org/kg/"
    moved = [
        tuple(t.replace("https://w3id.org/kg-decentralisatie/", base) for t in triple)
        for triple in triples
    ]
    counts = finding_counts(moved, base)
    assert len(counts) == len(finding_counts(triples))
    assert all("w3id.org" not in term for triple in counts for term in triple)


def test_no_findings_no_counts():
    assert finding_counts([("<urn:a>", TYPE, k("Sentence"))]) == []
