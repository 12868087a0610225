"""kg.publish.explorer.page: the explorer's page frame, safe links and query strings."""

from __future__ import annotations

import pytest

from kg.publish.explorer.page import NAV, href, language, layout, link, query_string


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        ("/id/municipality/brunssum", "/id/municipality/brunssum"),
        ("/findings?q=zorg en", "/findings?q=zorg%20en"),
        ("https://example.org/a b", "https://example.org/a%20b"),
        ("//evil.example/x", None),
        ("javascript:alert(1)", None),
        ("http:relative", None),
    ],
)
def test_href_keeps_local_paths_and_web_iris_only(target, safe):
    assert href(target) == safe


def test_link_escapes_text_and_drops_unsafe_targets():
    assert link("/a", "<b>", "c") == '<a href="/a" class="c">&lt;b&gt;</a>'
    assert link("javascript:x", "t") == "<span>t</span>"
    assert link(None, "t") == "<span>t</span>"


def test_language_falls_back_to_english():
    assert language({"lang": ["nl"]}) == "nl"
    assert language({"lang": ["fr"]}) == "en" and language({}) == "en"


def test_layout_marks_the_current_page_and_names_the_navigation_in_the_language():
    page = layout("Titel", "<p>x</p>", lang="nl", current="/findings").decode()
    assert '<html lang="nl">' in page and 'aria-label="Hoofdmenu"' in page
    assert page.count('aria-current="page"') == 1
    assert '<a href="/findings" aria-current="page">' in page
    assert all(dutch in page for _, _, dutch in NAV)


def test_query_string_sorts_drops_empty_and_repeats_lists():
    assert query_string({"b": ["1"], "a": [""]}, c=["x", "y"]) == "?b=1&c=x&c=y"
    assert query_string({"a": ["1"]}, a=None) == "?"
