"""The topic queries answer what a graph in the topic model says.

The graph is :mod:`tests.topic_graph` (two invented profiles written in the
model of ``ontology/kg.ttl``); every expected answer is counted from its spec,
not from a query's output. Both engines (Oxigraph, rdflib) must agree, and
every projected variable is grouped or aggregated (Virtuoso refuses the rest).
"""

from __future__ import annotations

import pytest
from rdflib.plugins.sparql.parser import parseQuery
from topic_graph import (
    PROFILES,
    TOPICS,
    discussing,
    document_text,
    municipality,
    problem,
    reporting,
    role,
    topic,
    write_topic_graph,
)

from kg.query.api import execute
from kg.query.engine import LocalGraph
from kg.query.library import list_queries, load_query
from tests.query_support import QUERIES, _query_cache_in_tmp  # noqa: F401

TOPIC_QUERIES = ("topics-of-municipality", "who-raises-topic", "municipalities-by-topic")


@pytest.fixture(scope="module")
def topic_path(tmp_path_factory):
    return write_topic_graph(tmp_path_factory.mktemp("topics") / "topics.ttl")


@pytest.fixture(scope="module")
def run(topic_path):
    graph = LocalGraph(topic_path, cache=False)

    def run_query(name: str, **params: str):
        return execute(graph, load_query(name, QUERIES), params)

    return run_query


def english_else_dutch(slug: str) -> str:
    nl, en, _ = TOPICS[slug]
    return en or nl


@pytest.mark.parametrize("town", sorted(PROFILES))
def test_topics_of_municipality(run, town):
    rows = run("topics-of-municipality", municipality=municipality(town)).rows()
    got = {r["topic"]: r for r in rows}
    expected = {t for _, _, _, topics, _, _ in PROFILES[town][1] for t in topics}
    assert set(got) == {topic(t) for t in expected}
    for slug in expected:
        row = got[topic(slug)]
        assert row["topicLabel"] == english_else_dutch(slug)
        assert row["findings"] == len(discussing(town, slug))
        broader = TOPICS[slug][2]
        assert row["problem"] == (problem(broader) if broader else None)
        assert row["reportingFindings"] == len(reporting(town, slug))
        assert row["reported"] is bool(reporting(town, slug))
    counts = [r["findings"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_a_denied_topic_is_discussed_but_not_reported(run):
    # "Een wachtlijst is er niet, zeggen ambtenaren." discusses the waiting list only.
    rows = run("topics-of-municipality", municipality=municipality("zuidwaarde")).rows()
    row = next(r for r in rows if r["topic"] == topic("wachtlijst"))
    assert (row["findings"], row["reported"]) == (1, False)
    assert row["problemLabel"] == "waiting lists and waiting times"


def test_a_topic_with_only_a_dutch_label_shows_it(run):
    rows = run("topics-of-municipality", municipality=municipality("zuidwaarde")).rows()
    labels = {r["topic"]: r["topicLabel"] for r in rows}
    assert labels[topic("schuldhulpverlening")] == "schuldhulpverlening"
    assert labels[topic("jeugdzorg")] == "youth care"


def who_raises(town: str | None = None, item: str | None = None) -> dict:
    """(speaker, topic) → (findings, municipalities), counted from the spec."""
    table: dict[tuple[str, str], tuple[set, set]] = {}
    for slug, (_, findings) in PROFILES.items():
        if town and slug != town:
            continue
        for sentence, speaker, _, topics, _, _ in findings:
            for t in topics:
                if item and t != item:
                    continue
                found, places = table.setdefault((role(speaker), topic(t)), (set(), set()))
                found.add(sentence)
                places.add(slug)
    return {key: (len(f), len(p)) for key, (f, p) in table.items()}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"municipality": "noordstad"},
        {"topic": "wachtlijst"},
        {"municipality": "zuidwaarde", "topic": "jeugdzorg"},
    ],
    ids=["all", "one-municipality", "one-topic", "both"],
)
def test_who_raises_topic(run, params):
    given = {}
    if "municipality" in params:
        given["municipality"] = municipality(params["municipality"])
    if "topic" in params:
        given["topic"] = topic(params["topic"])
    rows = run("who-raises-topic", **given).rows()
    got = {(r["speaker"], r["__topic_iri"]): (r["findings"], r["municipalities"]) for r in rows}
    assert got == who_raises(params.get("municipality"), params.get("topic"))
    assert all(r["speakerLabel"] and r["topicLabel"] for r in rows)


def test_who_raises_topic_by_label(run):
    rows = run("who-raises-topic", topic="wachtlijst").rows()
    assert {(r["speakerLabel"], r["findings"]) for r in rows} == {
        ("civil servants", 2),
        ("council members", 1),
    }


@pytest.mark.parametrize("item", sorted(TOPICS))
def test_municipalities_by_topic(run, item):
    rows = run("municipalities-by-topic", topic=topic(item)).rows()
    got = {r["municipality"]: r for r in rows}
    towns = [t for t in PROFILES if discussing(t, item)]
    assert set(got) == {municipality(t) for t in towns}
    for town in towns:
        row = got[municipality(town)]
        assert row["municipalityLabel"] == PROFILES[town][0]
        assert row["topicLabel"] == english_else_dutch(item)
        assert row["findings"] == row["quotes"] == len(discussing(town, item))
        assert row["reportingFindings"] == len(reporting(town, item))


# --- portability ---------------------------------------------------------------------


def _plain_projection(text: str) -> tuple[set[str], set[str], bool]:
    """Projected plain variables, grouped variables, and whether the query aggregates."""
    query = parseQuery(text)[1]
    plain = {str(p["var"]) for p in query["projection"] if "var" in p and "expr" not in p}
    group = query.get("groupby")
    grouped = {str(c) for c in group["condition"]} if group is not None else set()
    return plain, grouped, group is not None


@pytest.mark.parametrize("name", TOPIC_QUERIES)
def test_strict_grouping(name):
    plain, grouped, aggregates = _plain_projection(load_query(name, QUERIES).text)
    assert aggregates
    assert plain <= grouped, f"{name}: {sorted(plain - grouped)} neither grouped nor aggregated"


@pytest.mark.parametrize("name", TOPIC_QUERIES)
def test_documented_with_defaults_for_required_parameters(name):
    spec = next(s for s in list_queries(QUERIES) if s.name == name)
    assert spec.summary and spec.description and "topics" in spec.tags
    for param in spec.params:
        assert param.default or not param.required, param.name


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("topics-of-municipality", {"municipality": municipality("noordstad")}),
        ("who-raises-topic", {}),
        ("who-raises-topic", {"municipality": municipality("zuidwaarde")}),
        ("municipalities-by-topic", {"topic": topic("wachtlijst")}),
    ],
)
def test_rdflib_gives_the_same_answer(topic_path, run, name, given):
    from rdflib import Graph

    from kg.namespaces import PREFIXES
    from kg.query.params import resolve_params
    from kg.terms import to_rdflib

    spec = load_query(name, QUERIES)
    graph = Graph().parse(topic_path, format="turtle")
    bindings = resolve_params(spec, given)
    answer = graph.query(
        spec.text,
        initBindings={var: to_rdflib(term) for var, term in bindings.items()},
        initNs=PREFIXES,
    )
    theirs = sorted(tuple(str(v) if v is not None else "" for v in row) for row in answer)
    ours = run(name, **given)
    columns = [str(v) for v in answer.vars]
    mine = sorted(
        tuple(
            "" if r[c] is None else str(r[c]).lower() if isinstance(r[c], bool) else str(r[c])
            for c in columns
        )
        for r in ours.rows()
    )
    assert mine == theirs


@pytest.mark.parametrize("town", sorted(PROFILES))
def test_topic_evidence_leads_back_to_the_sentences(run, town):
    rows = run("topic-evidence", municipality=municipality(town)).rows()
    got = {(r["topic"], r["text"], r["start"], r["end"], r["documentKey"]) for r in rows}
    text = document_text(town)
    expected = {
        (topic(t), sentence, text.index(sentence), text.index(sentence) + len(sentence), town)
        for sentence, _, _, topics, _, _ in PROFILES[town][1]
        for t in topics
    }
    assert got == expected
    assert {r["topicLabel"] for r in rows} == {
        english_else_dutch(t) for f in PROFILES[town][1] for t in f[3]
    }
