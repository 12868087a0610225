"""kg compare: shared and distinct topics, each leading back to its sentences; escaped.

The graph is :mod:`tests.topic_graph`; which topic is shared or distinct, and by
which sentences, is counted from its spec. The seed report is checked for a
fact read in both profiles (privacy).
"""

from __future__ import annotations

import re

import pytest
from hostile_graph import IMG, SCRIPT
from test_compare_report import parse, visible
from topic_graph import (
    PROFILES,
    TOPICS,
    discussing,
    document_text,
    municipality,
    topic,
    write_topic_graph,
)

from kg.compare import generate_report, render_html, render_md
from kg.compare.model import Comparison, Finding, Labels, Municipality, Span
from kg.compare.topics import topic_groups
from kg.query import connect

NAMES = ["Noordstad", "Zuidwaarde"]


@pytest.fixture(scope="module")
def topic_path(tmp_path_factory):
    return write_topic_graph(tmp_path_factory.mktemp("compare-topics") / "topics.ttl")


@pytest.fixture(scope="module")
def comparison(topic_path):
    from kg.compare import build_comparison

    return build_comparison(connect(topic_path, cache=False), NAMES)


def hrefs(town: str, item: str) -> set[str]:
    """Links to the sentences of ``town`` that discuss topic ``item``, from the spec."""
    text = document_text(town)
    found = set()
    for sentence, *_ in discussing(town, item):
        start = text.index(sentence)
        found.add(f"sources/{town}.html#s-{start}-{start + len(sentence)}")
    return found


def expected_groups() -> dict[str, set[str]]:
    towns = {t: {topic(i) for i in TOPICS if discussing(t, i)} for t in PROFILES}
    both = set.intersection(*towns.values())
    groups = {"all": both}
    groups.update({municipality(t): own - both for t, own in towns.items()})
    return groups


def test_findings_carry_their_topics(comparison):
    for town, (_, findings) in PROFILES.items():
        got = {f.span.text: f.topics for f in comparison.findings[municipality(town)]}
        assert got == {f[0]: tuple(sorted(topic(t) for t in f[3])) for f in findings}


def test_groups_shared_and_distinct(comparison):
    groups = {g.key: set(g.shown) | {t for t, _, _ in g.rest} for g in topic_groups(comparison)}
    assert groups == expected_groups()


def test_groups_beyond_the_limit_link_to_their_first_sentence(comparison):
    for group in topic_groups(comparison, limit=1):
        assert len(group.shown) == min(1, group.total)
        for item, count, span in group.rest:
            slug = item.rsplit("/", 1)[1]
            towns = [t for t in PROFILES if municipality(t) in group.columns]
            assert count == sum(len(discussing(t, slug)) for t in towns)
            assert span.href in set().union(*(hrefs(t, slug) for t in towns))


def _section(html: str) -> str:
    start = html.index('<section id="topics">')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_html_section_lists_each_topic_with_its_sentences(comparison, lang):
    html = render_html(comparison, lang)
    section = _section(html)
    assert 'href="#topics"' in html
    rows = re.findall(r'<tr><th scope="row">(.*?)</tr>', section, re.S)
    by_label = {visible(row.split("</th>")[0]).rsplit(" ", 1)[0]: row for row in rows}
    for item, (nl, en, _) in TOPICS.items():
        name = (en or nl) if lang == "en" else nl
        row = by_label[name]
        assert set(parse(row).hrefs) == set().union(*(hrefs(t, item) for t in PROFILES))
    ids = re.findall(r'\sid="([^"]+)"', section)
    assert sorted(ids) == sorted(set(ids)) and {"topics-all", "topics-one"} <= set(ids)


def test_markdown_section(comparison):
    md = render_md(comparison, "en")
    section = md[md.index("## Topics") : md.index("## Laws")]
    assert "### Discussed by all (2)" in section
    for item, (nl, en, _) in TOPICS.items():
        line = next(line for line in section.splitlines() if line.startswith(f"| **{en or nl}**"))
        for href in set().union(*(hrefs(t, item) for t in PROFILES)):
            assert f"]({href})" in line


def test_report_and_map_from_the_graph(topic_path):
    report = generate_report(NAMES, topic_path)
    map_page = report.pages[report.map_filename]
    assert 'data-style="topic"' in map_page
    assert "topic-evidence" in report.pages[report.filename]


def test_seed_report_shares_integration(graph_path):
    # Integration of the laws ("integraliteit") is discussed in both seeds. (Privacy no
    # longer is a shared topic: Brunssum writes "privacy-regelgeving", a compound kept
    # whole as one topic, as the annotation guidelines ask.)
    report = generate_report(["Brunssum", "Bunschoten"], graph_path, fmt="md")
    md = report.pages[report.filename]
    shared = md[md.index("### Discussed by all") : md.index("### Discussed by one")]
    # In the table's first rows, or among the rest listed by name past the table's length.
    assert "| **integraliteit** |" in shared or "[integraliteit](" in shared


def _hostile() -> Comparison:
    town_a, town_b = municipality("a"), municipality("b")
    shared, own = topic("evil"), topic("own")
    labels = Labels(
        {town_a: (IMG, IMG), town_b: (SCRIPT, SCRIPT), shared: (SCRIPT, ""), own: (IMG, "")},
        {town_a: "municipality", town_b: "municipality", shared: "topic", own: "topic"},
    )
    span = Span('x"><script>', 0, 10, f"{IMG} {SCRIPT}")
    findings = {
        town_a: (Finding(town_a + "/f", town_a, span, "negative", topics=(shared, own)),),
        town_b: (Finding(town_b + "/f", town_b, span, "negative", topics=(shared,)),),
    }
    return Comparison(
        (Municipality(town_a, None, 1, 0, 0), Municipality(town_b, None, 1, 0, 0)),
        labels,
        findings,
        {town_a: (), town_b: ()},
        {town_a: (), town_b: ()},
        {town_a: (), town_b: ()},
    )


@pytest.mark.parametrize("shown", [25, 0], ids=["in-tables", "in-the-list-of-others"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_topic_labels_are_escaped(lang, shown, monkeypatch):
    import kg.compare.topics

    monkeypatch.setattr(kg.compare.topics, "SHOWN", shown)
    comparison = _hostile()
    html = _section(render_html(comparison, lang))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html
    md = render_md(comparison, lang)
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script\\>" in md


def test_cli_counts_shared_and_distinct_topics(topic_path, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(
        main, ["compare", *NAMES, "--graph", str(topic_path), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.stderr
    groups = expected_groups()
    assert re.search(rf"topics shared by all +{len(groups['all'])}\n", result.stdout)
    for town, (name, _) in PROFILES.items():
        own = len(groups[municipality(town)])
        assert re.search(rf"topics only {name} +{own}\n", result.stdout)
