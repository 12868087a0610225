"""kg.compare.markdown: the Markdown report has every section, escaped cells, working links."""

from __future__ import annotations

import re

import pytest

from kg.compare import generate_report
from kg.compare.html import SECTIONS
from kg.compare.i18n import text
from kg.compare.markdown import md_text, render_md


@pytest.fixture(scope="module")
def comparison(graph_path):
    return generate_report(["Brunssum", "Bunschoten"], graph_path, fmt="md").comparison


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_section_is_a_level_two_heading_in_order(comparison, lang):
    page = render_md(comparison, lang)
    headings = re.findall(r"^## (.+)$", page, re.MULTILINE)
    wanted = [md_text(text(lang, "s_" + name)) for name in SECTIONS if name != "map"]
    assert [h for h in headings if h in wanted] == wanted


def test_table_rows_have_one_cell_per_column(comparison):
    page = render_md(comparison, "en")
    for block in re.findall(r"((?:^\|.*\|\n)+)", page, re.MULTILINE):
        rows = block.splitlines()
        cells = {len(re.split(r"(?<!\\)\|", row)) for row in rows}
        assert len(cells) == 1, rows[:3]


def test_quotes_link_to_source_pages(comparison):
    page = render_md(comparison, "en")
    links = re.findall(r"\]\(([^)]+)\)", page)
    assert links and all(link.startswith("sources/") for link in links)


def test_md_text_escapes_table_and_link_syntax():
    assert md_text("a | b [c](d)\n e") == "a \\| b \\[c\\]\\(d\\) e"
