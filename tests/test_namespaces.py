"""kg.namespaces: the base IRI, rebasing, slugs and short keys."""

from __future__ import annotations

import pytest

from kg.namespaces import (
    DEFAULT_BASE,
    KEY_NAMESPACES,
    base_iri,
    expand_key,
    prefixes_for,
    rebase,
    short_key,
    slugify,
)


def test_base_iri_is_checked_and_defaults_without_reading_the_environment(monkeypatch):
    monkeypatch.setenv("KG_BASE_IRI", "https://elsewhere.example/")
    assert base_iri() == DEFAULT_BASE  # the CLI reads KG_BASE_IRI, not the library
    assert base_iri("https://example.org/kg#") == "https://example.org/kg#"
    for bad in ("example.org/", "https://example.org/kg", "ftp://example.org/"):
        with pytest.raises(ValueError, match="base IRI"):
            base_iri(bad)


def test_rebase_moves_only_iris_under_the_default_base():
    assert rebase(DEFAULT_BASE + "id/x", "https://e.org/") == "https://e.org/id/x"
    assert rebase("https://other.org/id/x", "https://e.org/") == "https://other.org/id/x"
    assert rebase(DEFAULT_BASE + "id/x", DEFAULT_BASE) == DEFAULT_BASE + "id/x"


def test_slugs_are_ascii_lower_case_bounded_and_never_empty():
    assert slugify("Sociaal Team  Zuid-Oost") == "sociaal-team-zuid-oost"
    assert slugify("Één gezin") == "een-gezin"
    assert slugify("!!!") == "x"
    assert len(slugify("woord " * 40)) <= 80


def test_short_keys_round_trip_for_every_namespace():
    for prefix in KEY_NAMESPACES:
        key = f"{prefix}/something"
        assert short_key(expand_key(key)) == key
    with pytest.raises(ValueError, match="unknown key"):
        expand_key("nonsense/x")
    assert expand_key("https://e.org/x") == "https://e.org/x"


def test_prefixes_follow_the_base():
    moved = prefixes_for("https://e.org/")
    assert all(not ns.startswith(DEFAULT_BASE + "id/") for ns in moved.values())
    assert any(ns.startswith("https://e.org/") for ns in moved.values())
