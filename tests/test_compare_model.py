"""kg.compare.model: the comparison read from the graph through library queries.

Facts asserted come from reading seeds/brunssum.txt and seeds/bunschoten.txt;
sets are compared with what the library's own queries answer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.compare.model import QUERIES, build_comparison, resolve_municipalities
from kg.errors import UsageError
from kg.query import connect
from kg.query.library import list_queries
from tests.name_support import devset_build  # noqa: F401

ID = "https://w3id.org/kg-decentralisatie/id/"
CONCEPT = "https://w3id.org/kg-decentralisatie/concept/"
BRUNSSUM = ID + "municipality/brunssum"
BUNSCHOTEN = ID + "municipality/bunschoten"


def problem(slug: str) -> str:
    return CONCEPT + "problem/" + slug


@pytest.fixture(scope="module")
def connection(graph_path):
    return connect(graph_path, cache=False)


@pytest.fixture(scope="module")
def comparison(connection):
    return build_comparison(connection, ["Brunssum", "Bunschoten"])


def test_every_query_used_is_in_the_library():
    names = {spec.name for spec in list_queries()}
    assert set(QUERIES) <= names


def test_municipalities_in_the_order_asked(connection, comparison):
    assert comparison.iris == (BRUNSSUM, BUNSCHOTEN)
    assert comparison.slug == "brunssum-bunschoten"
    assert [m.cbs_code for m in comparison.municipalities] == ["GM0899", "GM0313"]
    reverse = build_comparison(connection, ["bunschoten", "GM0899"])
    assert reverse.iris == (BUNSCHOTEN, BRUNSSUM)


def test_shared_problems_match_the_queries_and_the_profiles(connection, comparison):
    groups = comparison.problem_groups()
    # The shared-problems query over all profiles (here exactly these two).
    shared = {r["problem"] for r in connection.run("shared-problems").rows()}
    assert set(groups.shared_by_all) == shared
    # Both profiles discuss privacy rules (and more): something is shared.
    assert problem("privacy-rules") in groups.shared_by_all
    # Each municipality's problems are what problems-of-municipality answers.
    for iri in comparison.iris:
        expected = {
            r["problem"]
            for r in connection.run("problems-of-municipality", municipality=iri).rows()
        }
        mine = set(groups.shared_by_all) | set(groups.unique[iri])
        assert mine == expected
    # Each profile also has problems of its own, and no problem is in two groups.
    assert groups.unique[BRUNSSUM] and groups.unique[BUNSCHOTEN]
    assert not set(groups.unique[BRUNSSUM]) & set(groups.unique[BUNSCHOTEN])


def test_problem_findings_carry_quotes_speakers_and_offsets(comparison):
    table = comparison.subjects("problem")
    privacy = table[problem("privacy-rules")]
    quotes = [f.span.text for f in privacy[BRUNSSUM]]
    assert any(q.startswith("Privacy-regelgeving is een belemmering") for q in quotes)
    for findings in privacy.values():
        for finding in findings:
            assert finding.span.start < finding.span.end
            assert finding.span.href.startswith(f"sources/{finding.span.document}.html#s-")


def test_indicators_match_the_query_and_the_profiles(connection, comparison):
    for iri in comparison.iris:
        rows = connection.run("indicators-of-municipality", municipality=iri).rows()
        assert {r["observation"] for r in rows} == {i.iri for i in comparison.indicators[iri]}
    bunschoten = comparison.indicators[BUNSCHOTEN]
    # "De gemeente bestaat voor 33% uit jongeren ... (29% landelijk)".
    youth = [i for i in bunschoten if i.value == 33 and i.unit == "percent"]
    assert youth and youth[0].national_value == Decimal(29)
    assert youth[0].sentence is not None and "33% uit jongeren" in youth[0].sentence.text
    # "iets minder dan 30.000 inwoners".
    brunssum = comparison.indicators[BRUNSSUM]
    assert any(i.value == 30000 and i.approximate for i in brunssum)


def test_governance_from_the_profiles(comparison):
    eemland = [m for m in comparison.memberships[BUNSCHOTEN] if m.group == ID + "region/eemland"]
    assert eemland and eemland[0].lead == ID + "municipality/amersfoort"
    assert eemland[0].group_kind == "region"
    assert any(m.group == ID + "body/isd-bol" for m in comparison.memberships[BRUNSSUM])
    partners = {
        (r.relation_type.rsplit("/", 1)[1], r.object) for r in comparison.relations[BRUNSSUM]
    }
    assert ("cooperates-with", ID + "municipality/maastricht") in partners
    texts = [r.span.text for r in comparison.relations[BUNSCHOTEN]]
    assert "De regio is Eemland met centrumgemeente Amersfoort." in texts


def test_laws_and_voices(comparison, connection):
    per_law = connection.run("findings-per-law").rows()
    expected = {r["law"] for r in per_law if r["municipality"] in comparison.iris}
    assert set(comparison.laws()) == expected
    voices = comparison.voices()
    spoken = connection.run("speakers-per-municipality").rows()
    for row in spoken:
        if row["municipality"] in comparison.iris:
            assert len(voices[row["speaker"]][row["municipality"]]) == row["findings"]


def test_labels_in_both_languages(comparison):
    law = CONCEPT + "law/jeugdwet"
    assert comparison.labels(law, "nl") == "Jeugdwet"
    assert comparison.labels(law, "en") == "Youth Act"
    assert comparison.labels.kind(law) == "law"


def test_unknown_and_too_few_names_are_usage_errors(connection):
    with pytest.raises(UsageError, match=r"unknown municipality 'Utrecht'.*Brunssum, Bunschoten"):
        build_comparison(connection, ["Brunssum", "Utrecht"])
    with pytest.raises(UsageError, match="no profile"):
        build_comparison(connection, ["Brunssum", "Amersfoort"])
    with pytest.raises(UsageError, match="at least two"):
        build_comparison(connection, ["Brunssum", "brunssum"])
    with pytest.raises(UsageError, match="at least two"):
        resolve_municipalities(["Brunssum"], [{"municipality": BRUNSSUM}], _labels())


def _labels():
    from kg.compare.model import Labels

    return Labels({BRUNSSUM: ("Brunssum", "Brunssum")}, {BRUNSSUM: "municipality"})


def test_problem_groups_with_three_municipalities():
    from kg.compare.model import Comparison, Finding, Labels, Municipality, Span

    towns = [ID + f"municipality/{name}" for name in ("a", "b", "c")]
    p_all, p_some, p_one = problem("all"), problem("some"), problem("one")
    concerns = {towns[0]: (p_all, p_some), towns[1]: (p_all, p_some), towns[2]: (p_all, p_one)}
    findings = {
        town: (
            Finding(
                ID + "finding/" + town[-1], town, Span(town[-1], 0, 1, "x"), "negative", (), (), c
            ),
        )
        for town, c in concerns.items()
    }
    labels = Labels(
        {p: (p[-3:], p[-3:]) for p in (p_all, p_some, p_one)},
        {p_all: "problem", p_some: "problem", p_one: "problem"},
    )
    empty = {town: () for town in towns}
    comparison = Comparison(
        tuple(Municipality(t, None, 1, 0, 0) for t in towns), labels, findings, empty, empty, empty
    )
    groups = comparison.problem_groups()
    assert groups.shared_by_all == (p_all,)
    assert groups.shared_by_some == (p_some,)
    assert groups.unique == {towns[0]: (), towns[1]: (), towns[2]: (p_one,)}
    from kg.compare import render_html, render_md

    assert 'id="problems-some"' in render_html(comparison)
    assert "### Reported by some (1)" in render_md(comparison)


def _resolve_by_scan(backend, name, kind, *, known, among):  # noqa: ANN001, ARG001
    """The municipality lookup before the exact path: every label compared."""
    from kg.namelookup import lookup
    from kg.names import Names

    names = Names(known.entities.values())
    for entity in lookup(backend, name).of_kind(kind):
        names.add(entity)
    return names


@pytest.mark.parametrize("which", ["seeds", "devset"])
def test_names_resolve_as_with_the_full_label_scan(which, graph, graph_path, request, monkeypatch):
    """Exact lookups first give the municipalities (or the errors) every label scan gave."""
    import kg.compare.model as model
    from kg.names import names_from_graph
    from kg.query.engine import LocalGraph
    from tests.name_support import InProcess, typed_forms

    rdf, path = (graph, graph_path) if which == "seeds" else request.getfixturevalue("devset_build")
    connection = connect(path, cache=False)
    overview = connection.run("municipality-overview").rows()
    labels = model.read_labels(connection)
    backend = InProcess(LocalGraph(path, cache=False))
    profiled = sorted(str(row["municipality"]) for row in overview)
    entities = names_from_graph(rdf, "municipality").of_kind("municipality")
    typed = sorted({form for entity in entities for form in typed_forms(entity)})
    typed += ["Utrecht", "Twente", "GM9999", "care-avoiders"]
    assert len(profiled) >= 2 and len(typed) > 5 * len(entities)

    def outcome(name: str) -> object:
        try:
            return model.resolve_municipalities([name, profiled[0]], overview, labels, backend)
        except UsageError as exc:
            return type(exc).__name__, str(exc)

    exact = [outcome(name) for name in typed]
    monkeypatch.setattr(model, "lookup_best", _resolve_by_scan)
    assert exact == [outcome(name) for name in typed]
    assert sum(isinstance(found, list) for found in exact) >= 5 * (len(profiled) - 1)
