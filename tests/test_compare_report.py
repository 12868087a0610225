"""kg.compare reports: content checked against the graph, links, escaping, determinism."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile_graph import IMG, SCRIPT

from kg.compare import generate_report, render_html, render_md, write_report
from kg.compare.figures import format_value
from kg.compare.markdown import md_text
from kg.compare.model import Comparison, Finding, Indicator, Labels, Municipality, Span
from kg.errors import UsageError

ID = "https://w3id.org/kg-decentralisatie/id/"
CONCEPT = "https://w3id.org/kg-decentralisatie/concept/"
BRUNSSUM = ID + "municipality/brunssum"
BUNSCHOTEN = ID + "municipality/bunschoten"


@pytest.fixture(scope="module")
def report(graph_path):
    return generate_report(["Brunssum", "Bunschoten"], graph_path)


@pytest.fixture(scope="module")
def written(report, tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    write_report(report, out)
    return out


class Links(HTMLParser):
    """Every href, src and element id of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.ids: set[str] = set()
        self.spans: list[tuple[int, int]] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        values = dict(attrs)
        if "href" in values:
            self.hrefs.append(values["href"])
        if "src" in values:
            self.srcs.append(values["src"])
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "span" and "data-start" in values:
            self.spans.append((int(values["data-start"]), int(values["data-end"])))


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def visible(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_files_written(report, written):
    assert report.filename == "compare-brunssum-bunschoten.html"
    assert report.map_filename == "compare-brunssum-bunschoten-map.html"
    names = sorted(p.relative_to(written).as_posix() for p in written.rglob("*.html"))
    assert names == [
        "compare-brunssum-bunschoten-map.html",
        "compare-brunssum-bunschoten.html",
        "sources/brunssum.html",
        "sources/bunschoten.html",
    ]


def test_every_shared_problem_is_listed_with_its_findings(report):
    comparison = report.comparison
    html = report.pages[report.filename]
    shared_section = html.split('id="problems-all"', 1)[1].split('id="problems-one"', 1)[0]
    table = comparison.subjects("problem")
    groups = comparison.problem_groups()
    assert groups.shared_by_all
    for problem in groups.shared_by_all:
        label = comparison.labels(problem, "en")
        assert visible(label) in visible(shared_section), label
        for findings in table[problem].values():
            for finding in findings:
                assert f'href="{finding.span.href}"' in shared_section
    assert "privacy rules" in visible(shared_section)


def test_every_indicator_is_present_with_its_value(report):
    comparison = report.comparison
    html = report.pages[report.filename]
    section = html.split('<section id="indicators">', 1)[1].split("</section>", 1)[0]
    text = visible(section)
    for iri in comparison.iris:
        for indicator in comparison.indicators[iri]:
            assert visible(indicator.span.text) in text, indicator.iri
            if indicator.value is not None:
                assert format_value(indicator, "en") in text, indicator.iri
    assert "33%" in text and "29%" in text  # Bunschoten's youth share and the national one


def test_every_finding_link_points_at_an_existing_source_span(report, written):
    html = (written / report.filename).read_text(encoding="utf-8")
    links = parse(html)
    sources: dict[str, Links] = {}
    checked = 0
    for href in links.hrefs:
        if href.startswith("#"):
            assert href[1:] in links.ids, href
            continue
        page, _, anchor = href.partition("#")
        assert (written / page).is_file(), href
        if not anchor:
            continue
        if page not in sources:
            sources[page] = parse((written / page).read_text(encoding="utf-8"))
        target = sources[page]
        start, end = map(int, re.fullmatch(r"s-(\d+)-(\d+)", anchor).groups())
        # The id exists, or the source page's script highlights the sentences it overlaps.
        assert anchor in target.ids or any(s < end and e > start for s, e in target.spans), href
        checked += 1
    findings = {f.span.href for items in report.comparison.findings.values() for f in items}
    assert findings <= set(links.hrefs), "every finding is linked"
    assert checked >= len(findings)


def test_no_remote_assets_and_no_script(report):
    html = report.pages[report.filename]
    links = parse(html)
    assert "<script" not in html
    for url in links.hrefs + links.srcs:
        assert not re.match(r"^[a-z]+:", url), url
    assert links.srcs == [report.map_filename]


def test_governance_and_voices(report):
    html = report.pages[report.filename]
    governance = visible(html.split('<section id="governance">', 1)[1].split("</section>")[0])
    assert "Amersfoort" in governance and "Eemland" in governance
    assert "ISD BOL" in governance and "Maastricht" in governance
    voices = visible(html.split('<section id="voices">', 1)[1].split("</section>")[0])
    for role in ("civil servants", "council members", "alderman", "care providers"):
        assert role in voices


def test_laws_positive_versus_negative(report):
    html = report.pages[report.filename]
    laws = html.split('<section id="laws">', 1)[1].split("</section>")[0]
    text = visible(laws)
    for law in ("Youth Act", "Participation Act", "Social Support Act 2015"):
        assert law in text
    assert "kg-tone-negative" in laws and "negative" in text


def test_dutch_labels(graph_path):
    report = generate_report(["Brunssum", "Bunschoten"], graph_path, lang="nl")
    text = visible(report.pages[report.filename])
    assert "Brunssum en Bunschoten vergeleken" in text
    assert "Jeugdwet" in text and "Participatiewet" in text
    assert "ambtenaren" in text.lower()
    assert "Door alle gemeld" in text


def test_markdown_report(graph_path):
    report = generate_report(["Brunssum", "Bunschoten"], graph_path, fmt="md")
    assert report.filename == "compare-brunssum-bunschoten.md"
    md = report.pages[report.filename]
    assert md.startswith("# Brunssum and Bunschoten compared\n")
    for heading in ("## Indicators", "## Problems", "## Laws", "## Governance", "## Voices"):
        assert heading in md
    for problem in report.comparison.problem_groups().shared_by_all:
        assert md_text(report.comparison.labels(problem, "en")) in md
    assert "](sources/brunssum.html#s-" in md
    assert report.map_filename in md


def test_same_input_gives_byte_identical_pages(report, graph_path):
    again = generate_report(["Brunssum", "Bunschoten"], graph_path)
    assert again.pages == report.pages


def test_map_is_restricted_to_the_compared_municipalities(report):
    page = report.pages[report.map_filename]
    assert "Brunssum" in page and "Bunschoten" in page
    assert "municipality/maastricht" not in page


def test_bad_options_are_usage_errors(graph_path):
    with pytest.raises(UsageError, match="language"):
        generate_report(["Brunssum", "Bunschoten"], graph_path, lang="de")
    with pytest.raises(UsageError, match="format"):
        generate_report(["Brunssum", "Bunschoten"], graph_path, fmt="pdf")


def _hostile() -> Comparison:
    town_a, town_b = ID + "municipality/a", ID + "municipality/b"
    problem, role = CONCEPT + "problem/evil", CONCEPT + "role/evil"
    labels = Labels(
        {town_a: (IMG, IMG), town_b: (SCRIPT, SCRIPT), problem: (SCRIPT, SCRIPT), role: (IMG, IMG)},
        {town_a: "municipality", town_b: "municipality", problem: "problem", role: "role"},
    )
    span = Span('x"><script>', 0, 10, f"{IMG} {SCRIPT}")
    findings = {
        town: (
            Finding(
                ID + "finding/" + town[-1],
                town,
                span,
                CONCEPT + "polarity/negative",
                (),
                (role,),
                (problem,),
            ),
        )
        for town in (town_a, town_b)
    }
    indicator = Indicator(
        ID + "observation/x",
        town_a,
        CONCEPT + "measure/x",
        span,
        qualifier=SCRIPT,
        reference=IMG,
        comparison=SCRIPT,
    )
    return Comparison(
        (Municipality(town_a, SCRIPT, 1, 1, 0), Municipality(town_b, None, 1, 0, 0)),
        labels,
        findings,
        {town_a: (indicator,), town_b: ()},
        {town_a: (), town_b: ()},
        {town_a: (), town_b: ()},
        graph=IMG,
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_text_is_escaped(lang):
    html = render_html(_hostile(), lang, map_href="m.html")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    md = render_md(_hostile(), lang, map_href="m.html")
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script\\>" in md


def test_write_report_holds_the_lock_and_writes_atomically(report, tmp_path, monkeypatch):
    import kg.io

    entered = []
    real = kg.io.output_lock

    def spy(path):  # noqa: ANN001, ANN202
        entered.append(Path(path))
        return real(path)

    monkeypatch.setattr(kg.io, "output_lock", spy)
    written = write_report(report, tmp_path)
    assert entered == [tmp_path]
    assert written == sorted(written) and all(p.is_file() for p in written)
    assert (tmp_path / report.filename).read_text(encoding="utf-8") == report.pages[report.filename]
    assert not list(tmp_path.rglob("*.tmp"))
