"""HTML documentation of the ontology."""

from __future__ import annotations

import re

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from kg.ontology import load_ontology
from kg.publish.docs import ontology_html, write_docs


@pytest.fixture(scope="module")
def page():
    return ontology_html(load_ontology())


def test_page_lists_classes_properties_and_schemes_in_both_languages(page):
    for text in ("bevinding", "finding", "spreker", "speaker", "Actorgroepen", "Actor groups"):
        assert text in page
    assert 'id="kg-Finding"' in page
    assert 'id="kg-speaker"' in page
    assert "Concept schemes" in page


def test_domains_ranges_and_public_identifiers_are_shown(page):
    speaker = page[page.index('id="kg-speaker"') :]
    speaker = speaker[: speaker.index('<div class="term"', 10)]
    assert "domain" in speaker and 'href="#kg-Finding"' in speaker
    # A speaker is an actor role or a named organisation: no single range; polarity has one.
    polarity = page[page.index('id="kg-polarity"') :]
    polarity = polarity[: polarity.index('<div class="term"', 10)]
    assert "range" in polarity and 'href="#kg-Polarity"' in polarity
    assert "https://wetten.overheid.nl/BWBR0035362" in page
    assert "https://identifier.overheid.nl/tooi/id/ministerie/mnre1025" in page


def test_page_is_self_contained(page):
    assert "<script" not in page
    assert not re.search(r'(src|href)="(https?:)?//[^"]*\.(css|js)"', page)
    assert "<style>" in page


def test_text_is_escaped():
    g = Graph()
    cls = URIRef("https://w3id.org/kg-decentralisatie/def#Evil")
    g.add(
        (
            cls,
            URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("http://www.w3.org/2002/07/owl#Class"),
        )
    )
    g.add((cls, RDFS.label, Literal('<script>alert("x")</script>', lang="en")))
    html = ontology_html(g)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_write_docs_is_deterministic(tmp_path):
    first = write_docs(tmp_path / "a").read_bytes()
    second = write_docs(tmp_path / "b").read_bytes()
    assert first == second
