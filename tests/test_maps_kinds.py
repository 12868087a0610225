"""Map kinds select the right part of the projection; cap keeps the most central nodes."""

from __future__ import annotations

import pytest

from kg.maps.kinds import KINDS, cap, focus_candidates, select_municipality, select_problems
from kg.network import load_graph, project

ID = "https://w3id.org/kg-decentralisatie/id/"
TOWN = ID + "municipality/"


@pytest.fixture(scope="module")
def projection(graph_path):
    return project(load_graph(graph_path))


def _types(selection) -> set[str]:
    return {t for _, t in selection.nodes(data="type")}


def test_every_kind_has_a_description_in_both_languages():
    assert set(KINDS) >= {
        "overview",
        "municipality",
        "law",
        "problems",
        "voices",
        "regions",
        "findings",
    }
    for kind in KINDS.values():
        assert kind.description("en") and kind.description("nl") != kind.description("en")


def test_overview_has_no_findings_but_weights_from_them(projection):
    overview = KINDS["overview"].select(projection)
    assert "finding" not in _types(overview)
    assert {"municipality", "law", "problem", "actor"} <= _types(overview)
    weights = [w for *_, w in overview.edges(data="weight")]
    assert max(weights) > 1


def test_municipality_map_reaches_its_region_and_lead(projection):
    bunschoten = select_municipality(projection, TOWN + "bunschoten")
    assert ID + "region/eemland" in bunschoten and TOWN + "amersfoort" in bunschoten
    towns = {
        v
        for f in bunschoten
        for _, v, r in bunschoten.out_edges(f, data="relation")
        if r == "aboutMunicipality"
    }
    assert towns == {TOWN + "bunschoten"}


def test_problems_map_marks_shared_problems(projection):
    problems = select_problems(projection)
    privacy = problems.nodes["https://w3id.org/kg-decentralisatie/concept/problem/privacy-rules"]
    assert privacy["style"] == "problem-shared" and privacy["shared_by"] == 2
    assert _types(problems) == {"municipality", "problem", "topic"}


def test_problems_map_restricted_to_some_municipalities(projection):
    problem = "https://w3id.org/kg-decentralisatie/concept/problem/"
    one = select_problems(projection, municipalities=[TOWN + "brunssum"])
    towns = {n for n, t in one.nodes(data="type") if t == "municipality"}
    assert towns == {TOWN + "brunssum"}
    # Among one municipality nothing is shared; its own problems stay, others go.
    assert {d["style"] for n, d in one.nodes(data=True) if d["type"] == "problem"} == {
        "problem-unique"
    }
    both = select_problems(projection, municipalities=[TOWN + "brunssum", TOWN + "bunschoten"])
    assert both.nodes[problem + "privacy-rules"]["style"] == "problem-shared"
    # Brunssum's map keeps exactly the problems the two-town map links to Brunssum.
    mine = {n for n in both.predecessors(TOWN + "brunssum")} | set(
        both.successors(TOWN + "brunssum")
    )
    problems_one = {n for n, t in one.nodes(data="type") if t == "problem"}
    problems_both = {n for n, t in both.nodes(data="type") if t == "problem"}
    assert problems_one == problems_both & mine
    assert problems_one < problems_both  # Bunschoten's own problems are left out


def test_regions_map_holds_the_true_relations(projection):
    regions = KINDS["regions"].select(projection)
    edges = set(regions.edges(keys=True))
    assert (TOWN + "brunssum", TOWN + "maastricht", "cooperatesWith") in edges
    assert (TOWN + "brunssum", ID + "body/isd-bol", "memberOf") in edges


def test_voices_and_findings_maps_colour_findings_by_polarity(projection):
    for name in ("voices", "findings"):
        selection = KINDS[name].select(projection)
        styles = {d["style"] for _, d in selection.nodes(data=True) if d["type"] == "finding"}
        assert styles and all(s.startswith("finding-") for s in styles)


def test_focus_candidates_are_the_profiled_municipalities(projection):
    assert focus_candidates(projection, KINDS["municipality"]) == [
        TOWN + "brunssum",
        TOWN + "bunschoten",
    ]
    laws = focus_candidates(projection, KINDS["law"])
    assert any(law.endswith("/jeugdwet") for law in laws)


def test_cap_keeps_the_focus_and_the_most_central(projection):
    selection = select_municipality(projection, TOWN + "brunssum")
    capped, info = cap(selection, 20, keep=[TOWN + "brunssum"])
    assert capped.number_of_nodes() == 20 == info.shown
    assert info.total == selection.number_of_nodes() and info.dropped == info.total - 20
    assert TOWN + "brunssum" in capped
    same, info = cap(selection, None)
    assert same is selection and info.dropped == 0
