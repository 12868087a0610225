"""Curation files: verified quotes, errors with file and line, and their effect on the graph."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef

from kg.build import build_graph
from kg.errors import DataError
from kg.namespaces import KG
from tests.conftest import ONTOLOGY, SEEDS


def write(seeds, body):
    path = seeds / "brunssum.curation.yaml"
    path.write_text(body, encoding="utf-8")
    (seeds / "bunschoten.curation.yaml").unlink(missing_ok=True)
    return path


def extraction(result, name="brunssum"):
    return next(ex for _, doc, ex in result.documents if doc.name == name)


def test_seed_curation_files_are_verified_by_the_build(build_result):
    retracted = [
        i
        for _, doc, ex in build_result.documents
        for i in ex.indicators
        if doc.text[i.start : i.end] == "één fenomeen"
    ]
    assert retracted == []


def test_every_seed_curation_item_has_a_reason():
    from kg.curation import load_curation

    for path in sorted(SEEDS.glob("*.curation.yaml")):
        curation = load_curation(path)
        assert curation.records and all(r.reason.strip() for r in curation.records)


def test_seed_curation_adds_no_findings():
    """Findings are the gold standard's business: curation never copies them."""
    from kg.curation import FindingAddition, load_curation

    for path in sorted(SEEDS.glob("*.curation.yaml")):
        assert load_curation(path).of(FindingAddition) == ()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("findings:\n  add:\n    - {quote: 'x', speaker: [role/authors}\n", r":3: malformed YAML"),
        (
            "findings:\n  add:\n    - {quote: 'Ook bestaat er zorg over zorgmijders.'}\n",
            r":3: missing field\(s\) reason",
        ),
        (
            "findings:\n  add:\n    - quote: 'Ook bestaat er zorg over zorgmijders.'\n"
            "      speakr: role/civil-servants\n      reason: r\n",
            r":3: unknown field\(s\) speakr",
        ),
        ("findings:\n  ad: []\n", r":2: unknown entry 'findings.ad'"),
        (
            "findings:\n  add:\n    - {quote: 'Deze zin staat niet in het profiel.', reason: r}\n",
            r":3: quote not found in the document text",
        ),
        (
            "indicators:\n  add:\n    - {quote: '8 ton', value: 800000, unit: gulden, reason: r}\n",
            r":3: unknown unit 'gulden'",
        ),
        (
            "findings:\n  add:\n    - {quote: '8 ton', concerns: [problem/nonsense], reason: r}\n",
            r":3: unknown entity 'problem/nonsense'",
        ),
    ],
)
def test_curation_errors_name_file_and_line(seeds_copy, body, message):
    path = write(seeds_copy, body)
    with pytest.raises(DataError, match=str(path).replace(".", r"\.") + message):
        build_graph(seeds_copy, ONTOLOGY)


def test_curated_finding_replaces_the_rules_finding(seeds_copy):
    write(
        seeds_copy,
        "findings:\n  add:\n    - quote: 'Ook bestaat er zorg over zorgmijders.'\n"
        "      speaker: [role/civil-servants, role/alderman]\n"
        "      concerns: [problem/care-avoiders]\n      polarity: negative\n      reason: r\n",
    )
    ex = extraction(build_graph(seeds_copy, ONTOLOGY))
    hits = [f for f in ex.findings if f.extracted_by == "curation"]
    assert len(hits) == 1
    assert len([f for f in ex.findings if f.start == hits[0].start]) == 1
    assert hits[0].speakers == tuple(
        sorted(
            [
                "https://w3id.org/kg-decentralisatie/concept/role/alderman",
                "https://w3id.org/kg-decentralisatie/concept/role/civil-servants",
            ]
        )
    )


def test_curated_indicator_without_value_has_no_kg_value(seeds_copy):
    write(
        seeds_copy,
        "indicators:\n  retract:\n"
        "    - {quote: 'Het gebruik van re-integratietrajecten', reason: r}\n"
        "  add:\n    - {quote: 'Het gebruik van re-integratietrajecten daarentegen is lager',\n"
        "       measure: reintegration, value: null, unit: null, comparison: lower, reason: r}\n",
    )
    result = build_graph(seeds_copy, ONTOLOGY)
    ex = extraction(result)
    curated = [i for i in ex.indicators if i.extracted_by == "curation"]
    assert [(i.value, i.unit, i.comparison) for i in curated] == [(None, None, "lower")]
    obs = [
        s
        for s in result.graph.subjects(URIRef(KG + "extractedBy"), Literal("curation"))
        if (s, URIRef(KG + "measure"), None) in result.graph
    ]
    assert obs and all((o, URIRef(KG + "value"), None) not in result.graph for o in obs)


def test_curated_indicator_value_is_decimal(seeds_copy):
    write(
        seeds_copy,
        "indicators:\n  add:\n"
        "    - {quote: 'twee inwoners', measure: x, value: 2, unit: count, reason: r}\n",
    )
    ex = extraction(build_graph(seeds_copy, ONTOLOGY))
    assert Decimal(2) in {i.value for i in ex.indicators if i.extracted_by == "curation"}


def test_no_curation_ignores_the_files(seeds_copy):
    write(seeds_copy, "findings:\n  add:\n    - quote: 'Deze zin staat niet in het profiel.'\n")
    result = build_graph(seeds_copy, ONTOLOGY, curation=False)
    assert all(f.extracted_by == "rules" for f in extraction(result).findings)


def test_build_without_curation_is_deterministic(seeds_copy):
    first = build_graph(seeds_copy, ONTOLOGY, curation=False).turtle
    second = build_graph(seeds_copy, ONTOLOGY, curation=False).turtle
    assert first == second


def test_an_addition_wraps_the_shared_record_and_a_retraction_names_one(tmp_path):
    from kg.annotation import FindingRecord
    from kg.curation import FindingAddition, FindingRetraction, load_curation

    path = tmp_path / "x.curation.yaml"
    path.write_text(
        "findings:\n  retract:\n    - {quote: 'Oud.', reason: wrong voice}\n"
        "  add:\n    - {quote: 'Nieuw.', polarity: mixed, reason: checked}\n",
        encoding="utf-8",
    )
    curation = load_curation(path)
    (retraction,) = curation.of(FindingRetraction)
    (addition,) = curation.of(FindingAddition)
    assert (retraction.quote, retraction.reason, retraction.where) == (
        "Oud.",
        "wrong voice",
        f"{path}:3",
    )
    assert isinstance(addition.record, FindingRecord) and addition.where == f"{path}:5"
    assert (addition.record.polarity, addition.reason) == ("mixed", "checked")
    assert [k.key for k in addition.record.speakers] == ["role/authors"]


def test_curation_may_not_set_a_findings_topics(tmp_path):
    from kg.curation import load_curation

    path = tmp_path / "x.curation.yaml"
    path.write_text(
        "findings:\n  add:\n    - {quote: 'Nieuw.', topics: [zorg], reason: r}\n", encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"x\.curation\.yaml:3: unknown field\(s\) topics"):
        load_curation(path)
