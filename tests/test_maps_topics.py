"""Topics on the problems map: bounded, linked to municipalities and problems, escaped.

The graph is :mod:`tests.topic_graph`; what should be drawn is counted from its spec.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile_graph import IMG, SCRIPT
from topic_graph import PROFILES, TOPICS, discussing, municipality, problem, topic, topic_graph

from kg.maps import generate_maps, write_maps
from kg.maps.browser import CHROMIUM
from kg.maps.kinds import KINDS, select_problems
from kg.maps.render import map_data, render_map
from kg.maps.styles import STYLES
from kg.maps.topics import MIN_FINDINGS, add_topics, chosen_topics, topic_counts
from kg.network.projection import project

BROWSER = Path(CHROMIUM).exists()


@pytest.fixture(scope="module")
def projection():
    return project(topic_graph())


def frequent(towns=None) -> set[str]:
    """Topics discussed by at least MIN_FINDINGS findings of ``towns``, from the spec."""
    towns = towns or list(PROFILES)
    return {
        topic(t) for t in TOPICS if sum(len(discussing(town, t)) for town in towns) >= MIN_FINDINGS
    }


def drawn_topics(selection) -> set[str]:
    return {n for n, d in selection.nodes(data=True) if d.get("style") == "topic"}


def test_the_projection_holds_topics_and_their_problems(projection):
    topics = {n for n, t in projection.nodes(data="type") if t == "topic"}
    assert topics == {topic(t) for t in TOPICS}
    broader = {
        (u, v) for u, v, r in projection.edges(data="relation") if r == "broader" and u in topics
    }
    assert broader == {(topic(t), problem(p)) for t, (_, _, p) in TOPICS.items() if p}


def test_topic_counts_per_municipality(projection):
    table = topic_counts(projection)
    for item in TOPICS:
        expected = {municipality(t): len(discussing(t, item)) for t in PROFILES}
        assert dict(table[topic(item)]) == {m: n for m, n in expected.items() if n}


def test_problems_map_draws_frequent_topics_linked_both_ways(projection):
    selection = select_problems(projection)
    assert drawn_topics(selection) == frequent()
    for node in drawn_topics(selection):
        slug = node.rsplit("/", 1)[1]
        towns = {
            u: d["weight"]
            for u, _, d in selection.in_edges(node, data=True)
            if d["relation"] == "discussesTopic"
        }
        assert towns == {
            municipality(t): len(discussing(t, slug)) for t in PROFILES if discussing(t, slug)
        }
        problems = {v for _, v, r in selection.out_edges(node, data="relation") if r == "broader"}
        broader = TOPICS[slug][2]
        assert problems == ({problem(broader)} if broader else set())


def test_restricted_map_counts_only_the_compared_municipalities(projection):
    one = select_problems(projection, municipalities=[municipality("noordstad")])
    assert drawn_topics(one) == frequent(["noordstad"])
    towns = {n for n, t in one.nodes(data="type") if t == "municipality"}
    assert towns == {municipality("noordstad")}


def test_at_most_n_topics_per_municipality_under_a_problem_first(projection):
    table = topic_counts(projection)
    chosen = chosen_topics(projection, table, per_municipality=1, min_findings=1)
    assert len(chosen) <= len(PROFILES)
    assert all(TOPICS[t.rsplit("/", 1)[1]][2] for t in chosen)
    for town in PROFILES:
        own = [t for t in chosen if municipality(town) in table[t]]
        assert own, town


def test_topic_label_falls_back_to_dutch(projection):
    data = map_data(select_problems(projection), "en")
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels[topic("schuldhulpverlening")] == "schuldhulpverlening"
    assert labels[topic("wachtlijst")] == "waiting list"
    assert data["styles"]["topic"] == {
        "color": STYLES["topic"].colour,
        "shape": STYLES["topic"].shape,
    }


def test_legend_and_description_name_topics(projection):
    html = render_map(select_problems(projection), title="t", description="d", lang="nl")
    assert 'data-style="topic"' in html and "onderwerp (uit de tekst)" in html
    assert "topic" in KINDS["problems"].description("en").lower()
    assert STYLES["topic"].shape not in {STYLES[s].shape for s in ("municipality", "problem")}


def test_other_maps_leave_topics_out(projection):
    maps = generate_maps(topic_graph())
    for info in maps.maps:
        match = re.search(
            r'<script type="application/json" id="kg-data">(.*?)</script>',
            maps.pages[info.filename],
            re.S,
        )
        styles = {n["style"] for n in json.loads(match.group(1))["nodes"]}
        assert ("topic" in styles) == (info.kind == "problems"), info.filename


def test_hostile_topic_label_is_escaped():
    topics = dict(TOPICS, wachtlijst=(f"wachtlijst {SCRIPT}", None, "waiting-lists"))
    topics["eenzaamheid"] = (IMG, None, "loneliness")
    selection = select_problems(project(topic_graph(topics)))
    html = render_map(selection, title=SCRIPT, description=IMG, lang="en")
    assert "<script>alert" not in html and "<img src=x" not in html
    data = map_data(selection, "en")
    labels = {n["label"] for n in data["nodes"]}
    assert f"wachtlijst {SCRIPT}" in labels and IMG in labels  # data, drawn as text


def test_add_topics_keeps_existing_nodes(projection):
    selection = select_problems(projection)
    before = dict(selection.nodes(data="style"))
    add_topics(selection, projection)
    assert dict(selection.nodes(data="style")) == before


@pytest.mark.browser
@pytest.mark.skipif(not BROWSER, reason="chromium missing (apt install chromium)")
def test_hostile_topic_label_shows_as_text_in_a_browser(browser, tmp_path):
    from tests.test_maps_browser import Watched, hover_node

    topics = dict(TOPICS, wachtlijst=(f"wachtlijst {SCRIPT}", None, "waiting-lists"))
    topics["eenzaamheid"] = (IMG, None, "loneliness")
    maps = generate_maps(topic_graph(topics), kind="problems")
    write_maps(maps, tmp_path)
    watched = Watched(browser, tmp_path)
    try:
        watched.open(tmp_path / "problems.html")
        tips = [hover_node(watched.page, topic(t)) for t in ("wachtlijst", "eenzaamheid")]
        assert tips[0] is not None and f"wachtlijst {SCRIPT}" in tips[0]
        assert tips[1] is not None and IMG in tips[1]
        assert watched.page.evaluate("document.querySelectorAll('img, script[src]').length") == 0
        assert watched.dialogs == [] and watched.errors == []
    finally:
        watched.close()
