"""How each kind of node looks: colour, shape and legend text, in one table.

A map node's ``style`` is its projection ``type`` unless a map kind refines it
(shared versus unique problems, findings by polarity). Shapes are vis-network
shapes that draw the label below the node, so sizes stay comparable.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    """The look of one legend entry."""

    colour: str
    shape: str
    label_en: str
    label_nl: str

    def label(self, lang: str) -> str:
        """Legend text in ``lang``."""
        return self.label_nl if lang == "nl" else self.label_en


#: Style name → look; the order here is the legend's order.
STYLES: dict[str, Style] = {
    "municipality": Style("#2563eb", "hexagon", "municipality", "gemeente"),
    "region": Style("#0d9488", "square", "region", "regio"),
    "body": Style("#0891b2", "triangleDown", "shared service / body", "samenwerkingsverband"),
    "organisation": Style("#4338ca", "triangle", "organisation", "organisatie"),
    "place": Style("#a16207", "triangleDown", "place", "plaats"),
    "law": Style("#b91c1c", "diamond", "law", "wet"),
    "actor": Style("#ea580c", "star", "actor (who speaks)", "actor (wie spreekt)"),
    # Problems are violet squares, so they never pass for (red, round) negative findings.
    "problem": Style("#7e22ce", "square", "problem", "probleem"),
    "problem-shared": Style("#581c87", "square", "problem, shared", "probleem, gedeeld"),
    "problem-unique": Style(
        "#d8b4fe", "square", "problem, one municipality", "probleem, één gemeente"
    ),
    "topic": Style("#ca8a04", "diamond", "topic (from the text)", "onderwerp (uit de tekst)"),
    "theme": Style("#65a30d", "hexagon", "theme", "thema"),
    "finding": Style("#64748b", "dot", "finding", "bevinding"),
    "finding-positive": Style("#16a34a", "dot", "finding, positive", "bevinding, positief"),
    "finding-negative": Style("#dc2626", "dot", "finding, negative", "bevinding, negatief"),
    "finding-mixed": Style("#d97706", "dot", "finding, mixed", "bevinding, gemengd"),
    "finding-neutral": Style("#94a3b8", "dot", "finding, neutral", "bevinding, neutraal"),
}

FALLBACK = Style("#6b7280", "dot", "other", "overig")


def style_of(name: str) -> Style:
    """The style called ``name`` (a neutral grey dot for unknown names)."""
    return STYLES.get(name, FALLBACK)
