"""Content negotiation and RDF serializations of a description."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.publish.explorer.graphdata import Statement
from kg.publish.explorer.rdfout import choose_format, parse_accept, serialize

S = ox.NamedNode("https://w3id.org/kg-decentralisatie/id/municipality/a")
P = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
TRIPLES = [Statement(S, P, ox.Literal('A "dorp" <b>', language="nl"))]


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/html,application/xhtml+xml,*/*;q=0.8", "html"),
        ("text/turtle", "ttl"),
        ("application/n-triples, text/turtle;q=0.5", "nt"),
        ("text/turtle;q=0.2, application/ld+json", "jsonld"),
        ("", "html"),
        ("*/*", "html"),
        ("image/png", None),
        ("text/turtle;q=0", None),
    ],
)
def test_accept_headers_choose_the_format(accept, fmt):
    assert choose_format(accept, None) == fmt


def test_the_format_parameter_wins():
    assert choose_format("text/html", "ttl") == "ttl"
    assert choose_format("text/html", "pdf") is None
    assert parse_accept("a/b;q=x") == []


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [
        ("ttl", ox.RdfFormat.TURTLE),
        ("nt", ox.RdfFormat.N_TRIPLES),
        ("jsonld", ox.RdfFormat.JSON_LD),
    ],
)
def test_each_serialization_round_trips(fmt, parser):
    body = serialize(TRIPLES, fmt, {"skos": "http://www.w3.org/2004/02/skos/core#"})
    parsed = {(q.subject, q.predicate, q.object) for q in ox.parse(body, format=parser)}
    assert parsed == {(t.subject, t.predicate, t.object) for t in TRIPLES}
    if fmt == "jsonld":
        assert "@context" in json.loads(body)
