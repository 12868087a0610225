"""A fact sheet's block heading that names an organisation as its source: "Uit de gesprekken
met welzijnsorganisatie X:" gives ``reports-on`` from X to the profile's municipality.

The lines of such a block are what the named party told about the municipality, so the
heading names it as the source of findings about it (the guideline on ``reports-on``: "the
text names the party as the source of figures or findings about the municipality"). Only a
named organisation or body is a source so: an actor group ("Uit de gesprekken met
ambtenaren:") is the speaker of the block, never a subject of ``reports-on``.
"""

from __future__ import annotations

from kg.extract import sourceheadings
from kg.extract.grouplists import _Sentence

__all__ = ["heading_sources"]

_SOURCES = frozenset({"organisation", "body"})


def heading_sources(sen: _Sentence) -> list[tuple[str, str, str]]:
    """``reports-on`` for each organisation or body a block heading names.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Uit de gesprekken met Stichting Welzijn Noord:"
    >>> org = SentenceMention("o/swn", "organisation", 22, 45, "Stichting Welzijn Noord", 0)
    >>> heading_sources(Sentence(text, 0, len(text), [org], "m/x", []))
    [('reports-on', 'o/swn', 'm/x')]
    >>> text = "Uit de gesprekken met Stichting Welzijn Noord blijkt veel."
    >>> heading_sources(Sentence(text, 0, len(text), [org], "m/x", []))
    []
    """
    if not sourceheadings.source_heading(sen.text, sen.start, sen.end):
        return []
    return [("reports-on", p.entity, sen.own) for p in sen.parties if p.kind in _SOURCES]
