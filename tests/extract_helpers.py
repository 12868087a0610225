"""Helpers for extractor unit tests: parse and extract small synthetic profiles."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@lru_cache(maxsize=1)
def _lexicon_and_headings():
    from kg.extract import Lexicon
    from kg.ontology import known_headings, load_ontology

    graph = load_ontology(ONTOLOGY)
    return Lexicon.from_graph(graph), known_headings(graph)


def profile(*sections: tuple[str, list[str]], title: str = "Teststad") -> str:
    """Raw profile text: title, motto, then ``(heading, paragraphs)`` sections."""
    lines = [title, "", "Een motto", ""]
    for heading, paragraphs in sections:
        lines += [heading, ""]
        for paragraph in paragraphs:
            lines += [paragraph, " ", ""]
    return "\n".join(lines) + "\n"


def extract_text(*paragraphs: str, heading: str = "Bestuur", title: str = "Teststad"):
    """Parse and extract a profile with one section holding ``paragraphs``."""
    return extract_profile(profile((heading, list(paragraphs)), title=title))


def polarity_of(sentence: str) -> str:
    """The polarity of the one finding extracted from ``sentence``."""
    _doc, ex = extract_text(sentence)
    assert len(ex.findings) == 1
    return ex.findings[0].polarity


def extract_profile(text: str, name: str = "teststad"):
    """Return ``(document, extraction)`` for raw profile text."""
    from kg.document import parse_profile
    from kg.extract import extract

    lexicon, headings = _lexicon_and_headings()
    doc = parse_profile(text, name, headings)
    return doc, extract(doc, lexicon)


def key(iri: str) -> str:
    """Short key of an IRI (``role/civil-servants``)."""
    from kg.namespaces import short_key

    return short_key(iri)


def finding_for(doc, extraction, fragment: str):
    """The finding whose quote contains ``fragment``."""
    for f in extraction.findings:
        if fragment in doc.text[f.start : f.end]:
            return f
    raise AssertionError(f"no finding holds {fragment!r}")


@lru_cache(maxsize=8)
def extracted_body(paragraphs: tuple[str, ...]):
    """``(document, extraction)`` of ``paragraphs`` under "Bestuur", extracted once per tuple."""
    body = "\n\n".join(paragraphs)
    return extract_profile(f"Teststad\n\nEen motto\n\nBestuur\n\n{body}\n")


def speakers_of(paragraphs: tuple[str, ...], fragment: str) -> list[str]:
    """Sorted speaker keys of the finding holding ``fragment`` in a one-section profile.

    The profile is extracted once per tuple (:func:`extracted_body`).
    """
    doc, ex = extracted_body(paragraphs)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)
