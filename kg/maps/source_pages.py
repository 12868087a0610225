"""One HTML page per source document: the cleaned text with an anchor per sentence.

Every sentence becomes ``<span class="s" id="s-<start>-<end>">`` at its offsets
into ``kg:cleanedText``, so a map links a finding to
``sources/<document>.html#s-<start>-<end>`` and the browser scrolls to it and
highlights it (``:target``; a quote that is not exactly one sentence
highlights the sentences it overlaps, by a small inline script). All text is
escaped. Read from the RDF graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.io import file_stem
from kg.maps import assets
from kg.maps.i18n import text
from kg.namespaces import KG, OA
from kg.network.projection import labels_of, slug_of
from kg.terms import sorted_nodes


@dataclass(frozen=True)
class SourceDocument:
    """A document's cleaned text and the spans of its sentences."""

    key: str
    title: str
    label_nl: str
    label_en: str
    text: str
    spans: tuple[tuple[int, int], ...]

    @property
    def filename(self) -> str:
        """The page's file name under ``sources/``."""
        return f"{file_stem(self.key)}.html"


def source_documents(graph: Graph) -> list[SourceDocument]:
    """Every ``kg:SourceDocument`` with a cleaned text, sorted by key.

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph; only read.

    Returns
    -------
    list of SourceDocument
        Sentence spans sorted, clipped to the text, overlapping spans dropped.
    """
    documents = []
    for doc in sorted_nodes(graph.subjects(RDF.type, URIRef(KG + "SourceDocument"))):
        cleaned = graph.value(doc, URIRef(KG + "cleanedText"))
        if cleaned is None:
            continue
        body = str(cleaned)
        spans = set()
        for sentence in graph.subjects(URIRef(KG + "inDocument"), doc):
            if (sentence, RDF.type, URIRef(KG + "Sentence")) not in graph:
                continue
            start = graph.value(sentence, URIRef(OA + "start"))
            end = graph.value(sentence, URIRef(OA + "end"))
            if not isinstance(start, Literal) or not isinstance(end, Literal):
                continue
            try:
                s, e = int(start), int(end)
            except (TypeError, ValueError):
                continue
            if 0 <= s < e <= len(body):
                spans.add((s, e))
        kept: list[tuple[int, int]] = []
        for span in sorted(spans):
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        ident = graph.value(doc, DCTERMS.identifier)
        title = graph.value(doc, DCTERMS.title)
        label_nl, label_en = labels_of(graph, doc)
        documents.append(
            SourceDocument(
                key=str(ident) if ident is not None else slug_of(str(doc)),
                title=str(title) if title is not None else label_nl,
                label_nl=label_nl,
                label_en=label_en,
                text=body,
                spans=tuple(kept),
            )
        )
    documents.sort(key=lambda d: d.key)
    return documents


def marked_text(document: SourceDocument) -> str:
    """The document's text as escaped HTML with one ``<span>`` per sentence.

    Examples
    --------
    >>> doc = SourceDocument("d", "D", "D", "D", "Hi <b>. Bye.", ((0, 7), (8, 12)))
    >>> marked_text(doc)
    '<span class="s" id="s-0-7" data-start="0" data-end="7">Hi &lt;b&gt;.</span> \
<span class="s" id="s-8-12" data-start="8" data-end="12">Bye.</span>'
    """
    parts = []
    position = 0
    for start, end in document.spans:
        parts.append(escape(document.text[position:start]))
        parts.append(
            f'<span class="s" id="s-{start}-{end}" data-start="{start}" data-end="{end}">'
            f"{escape(document.text[start:end])}</span>"
        )
        position = end
    parts.append(escape(document.text[position:]))
    return "".join(parts)


def render_source_page(
    document: SourceDocument, lang: str = "en", back_href: str | None = "../index.html"
) -> str:
    """The HTML page of one source document (self-contained, offline).

    ``back_href`` is the "back to the maps" link; ``None`` leaves it out (a
    ``kg compare`` report's source pages, shared by several reports).
    """
    label = document.label_nl if lang == "nl" else document.label_en
    nav = (
        f'<nav><a href="{escape(back_href)}">{escape(text(lang, "source_back"))}</a></nav>\n'
        if back_href
        else ""
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(label)}</title>\n"
        f"<style>\n{assets.static('source.css')}\n</style>\n"
        "</head>\n<body>\n"
        f"{nav}"
        f"<h1>{escape(label)}</h1>\n"
        f'<p class="kg-intro">{escape(text(lang, "source_intro"))}</p>\n'
        f'<div class="kg-text">{marked_text(document)}</div>\n'
        f"<script>\n{assets.static('source.js')}\n</script>\n"
        "</body>\n</html>\n"
    )
