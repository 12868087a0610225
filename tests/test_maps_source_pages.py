"""Source pages: cleaned text with one anchor per sentence at its offsets."""

from __future__ import annotations

import re
from html import unescape

from kg.maps.source_pages import SourceDocument, marked_text, render_source_page, source_documents


def test_every_document_has_a_page_whose_text_is_the_cleaned_text(graph):
    documents = source_documents(graph)
    assert [d.key for d in documents] == ["brunssum", "bunschoten"]
    for document in documents:
        html = marked_text(document)
        assert unescape(re.sub(r"<[^>]+>", "", html)) == document.text
        for start, end in document.spans:
            span = re.search(rf'<span class="s" id="s-{start}-{end}"[^>]*>(.*?)</span>', html, re.S)
            assert span and unescape(span.group(1)) == document.text[start:end]


def test_overlapping_and_out_of_range_spans_are_not_rendered():
    doc = SourceDocument("d", "D", "D", "D", "abc def", ((0, 3), (4, 7)))
    assert marked_text(doc).count('class="s"') == 2


def test_page_highlights_the_target_and_escapes_text():
    doc = SourceDocument("x", "<b>", "<i>nl</i>", "<i>en</i>", "A <b>. B.", ((0, 6), (7, 9)))
    page = render_source_page(doc, "en")
    assert ".s:target" in page and "<title>&lt;i&gt;en&lt;/i&gt;</title>" in page
    assert "A &lt;b&gt;." in page and "<b>" not in page


def test_back_link_can_be_left_out():
    doc = SourceDocument("x", "X", "X", "X", "A. B.", ((0, 2), (3, 5)))
    assert '<a href="../index.html">' in render_source_page(doc, "en")
    page = render_source_page(doc, "en", back_href=None)
    assert "<nav>" not in page and "../index.html" not in page
