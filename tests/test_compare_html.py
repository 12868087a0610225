"""kg.compare.html: one self-contained page, a section per part, escaped text, a map frame."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from kg.compare import generate_report
from kg.compare.html import SECTIONS, render_html, title
from kg.compare.i18n import text


class Page(HTMLParser):
    """Section ids, stylesheet links, external sources and the page title."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.external: list[str] = []
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "section" and found.get("id"):
            self.sections.append(found["id"])
        for key in ("src", "href"):
            value = found.get(key) or ""
            if value.startswith(("http:", "https:", "//")):
                self.external.append(value)
        self.in_title = tag == "title" and not self.title  # the page's, not an SVG's

    def handle_data(self, data):
        if self.in_title:
            self.title += data

    def handle_endtag(self, tag):
        self.in_title = False


@pytest.fixture(scope="module")
def comparison(graph_path):
    return generate_report(["Brunssum", "Bunschoten"], graph_path).comparison


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_section_in_order_and_the_title(comparison, lang):
    page = Page()
    page.feed(render_html(comparison, lang, map_href="m.html"))
    assert page.sections == list(SECTIONS)
    assert page.title.strip() == title(comparison, lang)
    assert text(lang, "and") in title(comparison, lang)


def test_the_page_loads_nothing_from_elsewhere(comparison):
    page = Page()
    page.feed(render_html(comparison, "en", map_href="m.html"))
    assert page.external == []


def test_the_map_is_framed_only_when_given(comparison):
    with_map = render_html(comparison, "en", map_href="compare-map.html")
    assert re.search(r'<iframe class="kg-map" src="compare-map.html"', with_map)
    assert "<iframe" not in render_html(comparison, "en")


def test_the_same_comparison_gives_the_same_page(comparison):
    assert render_html(comparison, "nl") == render_html(comparison, "nl")
