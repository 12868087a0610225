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


def findings(triples) -> list[tuple[str, dict[str, set[str]]]]:  # noqa: ANN001
    """Each finding of ``triples`` with its properties (IRI term → values)."""
    props: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        props.setdefault(s, {}).setdefault(p, set()).add(o)
    return [(s, props[s]) for s, p, o in sorted(triples) if p == TYPE and o == k("Finding")]


def observations(counts) -> dict[str, dict[str, str]]:  # noqa: ANN001
    out: dict[str, dict[str, str]] = {}
    for s, p, o in counts:
        assert p not in out.setdefault(s, {}), "one value per property"
        out[s][p] = o
    return out


@pytest.mark.parametrize("prop, dataset, dimension", FACETS)
def test_counts_equal_the_findings_of_each_cell(triples, prop, dataset, dimension):
    expected: Counter[tuple[str, str, str]] = Counter()
    for _finding, props in findings(triples):
        (town,) = props[k("aboutMunicipality")]
        (polarity,) = props[k("polarity")]
        for value in props.get(k(prop), ()):
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


def test_speaker_and_topic_counts_equal_the_findings_of_each_cell(triples):
    expected: Counter[tuple[str, str, str]] = Counter()
    for _finding, props in findings(triples):
        (town,) = props[k("aboutMunicipality")]
        for speaker in props.get(k("speaker"), ()):
            for topic in props.get(k("discussesTopic"), ()):
                expected[(town, speaker, topic)] += 1
    assert len(expected) > 50, "the seed has findings with a speaker and a topic"
    found = {}
    for obs in observations(finding_counts(triples)).values():
        if obs[f"<{QB}dataSet>"] == k("findingsBySpeakerAndTopic"):
            assert k("countedPolarity") not in obs
            cell = (obs[k("countedMunicipality")], obs[k("countedSpeaker")], obs[k("countedTopic")])
            assert cell not in found, "one observation per cell"
            found[cell] = int(obs[k("findingCount")].split('"')[1])
    assert found == dict(expected)


@pytest.fixture(scope="module")
def shapes():
    return Resources.create(ONTOLOGY, validate=True).shapes


def _without(triples, dataset: str, dimension: str) -> set[tuple[str, str, str]]:  # noqa: ANN001
    """The triples with one observation of ``dataset`` stripped of ``dimension``."""
    counts = finding_counts(triples)
    obs = next(s for s, p, o in counts if p == f"<{QB}dataSet>" and o == k(dataset))
    return (set(triples) | set(counts)) - {
        t for t in counts if t[0] == obs and t[1] == k(dimension)
    }


def test_the_shapes_accept_the_counts_and_need_their_dimensions(triples, shapes):
    assert shapes.validate(set(triples) | set(finding_counts(triples))) == []
    no_topic = _without(triples, "findingsBySpeakerAndTopic", "countedTopic")
    no_polarity = _without(triples, "findingsByTheme", "countedPolarity")
    assert shapes.validate(no_topic)
    assert shapes.validate(no_polarity)
