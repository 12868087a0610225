"""HTML documentation of the ontology, generated from ``ontology/*.ttl``.

pyLODE needs Python 3.12, so the page is written here: one self-contained HTML
file (inline CSS, no scripts, no external resources) listing the classes, the
properties with domain and range, the concept schemes with their concepts, and
the named organisations of the gazetteer with their public identifiers; Dutch
and English labels and definitions throughout. Given the built graph, it also
lists every class and property the data uses, ours and external (``oa:exact``,
``oa:start``, ``oa:end``, dcterms, prov, qb, skos, org …), each with its
meaning, how often it is used and one example triple from the graph (the
first in a fixed order, data before vocabulary), for people writing their own
queries. Every text is escaped. The page depends only on the triples it is
given, so it is byte-identical across runs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, SKOS

from kg.io import atomic_write_text
from kg.namespaces import KG, PREFIXES
from kg.publish.export import compactor

DOCS_FILE = "ontology.html"

CSS = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;margin-top:2.5rem}h3{margin-bottom:.2rem}
code{background:#f4f4f4;padding:0 .2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4;width:12rem}.term{margin:1rem 0 1.5rem}.lang{color:#777;font-size:.8em}
nav ul{columns:3}a{color:#0645ad}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Page:
    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.to_curie = compactor(PREFIXES)
        self.local = {  # subjects documented on this page → anchor
            s: self.anchor(s) for s in set(graph.subjects()) if isinstance(s, URIRef)
        }

    def curie(self, iri: URIRef) -> str:
        return self.to_curie(str(iri)) or str(iri)

    def anchor(self, iri: URIRef) -> str:
        return self.curie(iri).replace(":", "-").replace("/", "-")

    def link(self, term: object) -> str:
        if isinstance(term, URIRef):
            if term in self.local:
                return f'<a href="#{_e(self.local[term])}"><code>{_e(self.curie(term))}</code></a>'
            if str(term).startswith(("http://", "https://")):
                return f'<a href="{_e(term)}"><code>{_e(self.curie(term))}</code></a>'
            return f"<code>{_e(term)}</code>"
        if isinstance(term, Literal):
            lang = f' <span class="lang">@{_e(term.language)}</span>' if term.language else ""
            return f"{_e(term)}{lang}"
        return _e(term)

    def values(self, subject: URIRef, prop: URIRef) -> list:
        def key(v: object) -> tuple[str, str]:
            lang = v.language or "" if isinstance(v, Literal) else ""
            return (lang != "nl", lang, str(v))  # type: ignore[return-value]

        return sorted(self.g.objects(subject, prop), key=key)

    def row(self, name: str, subject: URIRef, prop: URIRef) -> str:
        vals = self.values(subject, prop)
        if not vals:
            return ""
        cells = "<br>".join(self.link(v) for v in vals)
        return f"<tr><th>{_e(name)}</th><td>{cells}</td></tr>"

    def term(self, subject: URIRef, rows: Iterable[tuple[str, URIRef]], label=RDFS.label) -> str:  # noqa: ANN001
        title = " / ".join(_e(v) for v in self.values(subject, label)) or _e(self.curie(subject))
        body = "".join(self.row(name, subject, prop) for name, prop in rows)
        return (
            f'<div class="term" id="{_e(self.local[subject])}"><h3>{title}</h3>'
            f"<p><code>{_e(subject)}</code></p><table>{body}</table></div>"
        )

    def instances(self, cls: URIRef) -> list[URIRef]:
        return sorted(s for s in self.g.subjects(RDF.type, cls) if isinstance(s, URIRef))


CLASS_ROWS = (
    ("label", RDFS.label),
    ("definition", SKOS.definition),
    ("subclass of", RDFS.subClassOf),
    ("see also", RDFS.seeAlso),
)
PROPERTY_ROWS = (
    ("label", RDFS.label),
    ("definition", SKOS.definition),
    ("type", RDF.type),
    ("domain", RDFS.domain),
    ("range", RDFS.range),
    ("subproperty of", RDFS.subPropertyOf),
    ("inverse of", OWL.inverseOf),
)
CONCEPT_ROWS = (
    ("preferred label", SKOS.prefLabel),
    ("alternative labels", SKOS.altLabel),
    ("definition", SKOS.definition),
    ("type", RDF.type),
    ("broader", SKOS.broader),
    ("identifier", DCTERMS.identifier),
    ("exact match", SKOS.exactMatch),
    ("page", FOAF.page),
    ("property", URIRef(KG + "property")),
)
ENTITY_ROWS = (
    ("preferred label", SKOS.prefLabel),
    ("alternative labels", SKOS.altLabel),
    ("definition", SKOS.definition),
    ("note", SKOS.note),
    ("CBS code", URIRef(KG + "cbsCode")),
    ("same as", OWL.sameAs),
)


def ontology_html(graph: Graph, data: Graph | None = None) -> str:
    """Render the ontology ``graph`` as one self-contained HTML page.

    Parameters
    ----------
    graph : rdflib.Graph
        The ontology (see :func:`kg.ontology.load_ontology`); not modified.
    data : rdflib.Graph, optional
        The built graph: adds the section "Terms the data uses".

    Returns
    -------
    str
        The HTML document.
    """
    page = _Page(graph)
    header = next(iter(page.instances(OWL.Ontology)), None)
    sections: list[tuple[str, str, str]] = []  # (anchor, title, html)

    classes = page.instances(OWL.Class)
    sections.append(
        ("classes", "Classes / Klassen", "".join(page.term(c, CLASS_ROWS) for c in classes))
    )
    for anchor, title, cls in (
        ("object-properties", "Object properties / Objecteigenschappen", OWL.ObjectProperty),
        ("datatype-properties", "Datatype properties / Data-eigenschappen", OWL.DatatypeProperty),
    ):
        body = "".join(page.term(p, PROPERTY_ROWS) for p in page.instances(cls))
        sections.append((anchor, title, body))

    schemes = _schemes_html(page, graph)
    sections.append(("concept-schemes", "Concept schemes / Begrippenkaders", schemes))

    organisation_classes = [
        URIRef(KG + n) for n in ("Municipality", "Region", "IntermunicipalBody")
    ]
    organisation_classes += [URIRef(KG + n) for n in ("Ministry", "Organisation", "Place")]
    entities = sorted({e for cls in organisation_classes for e in page.instances(cls)})
    body = "".join(
        page.term(e, ((("type", RDF.type),) + ENTITY_ROWS), SKOS.prefLabel) for e in entities
    )
    sections.append(("organisations", "Organisations / Organisaties (gazetteer)", body))
    if data is not None:
        title = "Terms the data uses / Termen in de data"
        sections.append(("terms-in-use", title, _usage_section(page, data)))

    title = " / ".join(_e(v) for v in page.values(header, DCTERMS.title)) if header else "Ontology"
    intro = ""
    if header is not None:
        rows = "".join(
            page.row(name, header, prop)
            for name, prop in (
                ("description", DCTERMS.description),
                ("version", OWL.versionInfo),
                ("version IRI", OWL.versionIRI),
                ("licence", DCTERMS.license),
                ("see also", RDFS.seeAlso),
            )
        )
        intro = f"<table><tr><th>IRI</th><td><code>{_e(header)}</code></td></tr>{rows}</table>"
    prefixes = "".join(
        f"<tr><th><code>{_e(p)}:</code></th><td><code>{_e(ns)}</code></td></tr>"
        for p, ns in sorted(PREFIXES.items())
    )
    nav = "".join(f'<li><a href="#{a}">{_e(t)}</a></li>' for a, t, _ in sections)
    content = "".join(
        f'<section id="{a}"><h2>{_e(t)}</h2>{body}</section>' for a, t, body in sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{CSS}</style></head><body>"
        f'<h1>{title}</h1>{intro}<nav><ul>{nav}<li><a href="#prefixes">Prefixes</a></li></ul></nav>'
        f'{content}<section id="prefixes"><h2>Prefixes</h2><table>{prefixes}</table></section>'
        "</body></html>\n"
    )


def _schemes_html(page: _Page, graph: Graph) -> str:
    """One sub-section per SKOS concept scheme, listing its concepts.

    Parameters
    ----------
    page : _Page
        The page being rendered (labels and anchors).
    graph : rdflib.Graph
        The ontology.

    Returns
    -------
    str
        HTML sections, in scheme order.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... <urn:s> a skos:ConceptScheme ; skos:prefLabel "Thema's"@nl .
    ... <urn:c> skos:inScheme <urn:s> ; skos:prefLabel "Wonen"@nl .''', format="turtle")
    >>> "1 concepts" in _schemes_html(_Page(g), g)
    True
    """
    schemes = []
    for scheme in page.instances(SKOS.ConceptScheme):
        concepts = sorted(s for s in graph.subjects(SKOS.inScheme, scheme) if isinstance(s, URIRef))
        rows = "".join(page.term(c, CONCEPT_ROWS, SKOS.prefLabel) for c in concepts)
        labels = " / ".join(_e(v) for v in page.values(scheme, SKOS.prefLabel))
        schemes.append(
            f'<section id="{_e(page.local[scheme])}"><h3>{labels}</h3>'
            f"<p><code>{_e(scheme)}</code> · {len(concepts)} concepts</p>{rows}</section>"
        )
    return "".join(schemes)


def write_docs(
    out_dir: str | Path, ontology_dir: str | Path | None = None, data: Graph | None = None
) -> Path:
    """Write ``OUT_DIR/ontology.html`` for the ontology folder, atomically.

    ``data`` (the built graph) adds the section on the terms the data uses.

    Returns
    -------
    Path
        The file written.
    """
    from kg.ontology import load_ontology

    target = Path(out_dir) / DOCS_FILE
    atomic_write_text(target, ontology_html(load_ontology(ontology_dir), data))
    return target


@dataclass(frozen=True)
class TermUse:
    """A class or property the data uses: how often, and one example triple."""

    iri: str
    role: str  # "class" or "property"
    count: int
    example: tuple[URIRef, URIRef, object]


def terms_in_use(data: Graph) -> list[TermUse]:
    """Every class (object of ``rdf:type``) and property ``data`` uses, sorted by IRI.

    The example triple is the first in a fixed order: subjects under ``/id/``
    (the extracted data) before vocabulary terms, then by subject and object text.

    Examples
    --------
    >>> g = Graph().parse(data='<http://e/id/a> a <http://e/C> ; <http://e/p> "x" .', format="ttl")
    >>> [(t.iri, t.role, t.count) for t in terms_in_use(g)]  # doctest: +NORMALIZE_WHITESPACE
    [('http://e/C', 'class', 1), ('http://e/p', 'property', 1),
     ('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'property', 1)]
    """
    counts: dict[tuple[str, str], int] = {}
    best: dict[tuple[str, str], tuple] = {}
    for s, p, o in data:
        uses = [("property", str(p))]
        if p == RDF.type and isinstance(o, URIRef):
            uses.append(("class", str(o)))
        key = ("/id/" not in str(s), str(s), str(o))
        for use in uses:
            counts[use] = counts.get(use, 0) + 1
            if use not in best or key < best[use][0]:
                best[use] = (key, (s, p, o))
    return [
        TermUse(iri, role, counts[(role, iri)], best[(role, iri)][1])
        for role, iri in sorted(counts, key=lambda k: (k[1], k[0]))
    ]


def external_meanings() -> dict[str, str]:
    """Prefixed name → meaning, for the external terms (``kg/data/external-terms.tsv``)."""
    path = Path(__file__).resolve().parent.parent / "data" / "external-terms.tsv"
    meanings = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, meaning = line.partition("\t")
            meanings[term.strip()] = meaning.strip()
    return meanings


def _usage_section(page: _Page, data: Graph) -> str:
    meanings = external_meanings()
    rows = []
    for use in terms_in_use(data):
        iri = URIRef(use.iri)
        curie = page.curie(iri)
        ours = [str(v) for v in page.values(iri, RDFS.label) if getattr(v, "language", "") == "en"]
        meaning = meanings.get(curie) or (ours[0] if ours else "")
        s, p, o = use.example
        example = " ".join(
            page.curie(t) if isinstance(t, URIRef) else cast(Any, t).n3() for t in (s, p, o)
        )
        rows.append(
            f"<tr><td>{page.link(iri)}</td><td>{use.role}</td><td>{_e(meaning)}</td>"
            f"<td>{use.count:,}</td><td><code>{_e(example)} .</code></td></tr>"
        )
    intro = (
        "<p>Every class and property the built graph uses, ours (<code>kg:</code>) and "
        "external, with one example triple taken from the graph. Names "
        "(<code>skos:prefLabel</code>, <code>rdfs:label</code>, <code>skos:definition</code>) "
        "come in Dutch (<code>@nl</code>) and English (<code>@en</code>): pick one with "
        '<code>FILTER(LANG(?label) = "en")</code>. Quotes are <code>oa:exact</code> with '
        "character offsets <code>oa:start</code>/<code>oa:end</code> (end exclusive) into the "
        "document's cleaned text.</p>"
    )
    head = "<tr><th>term</th><th>kind</th><th>meaning</th><th>uses</th><th>example</th></tr>"
    return f"{intro}<table>{head}{''.join(rows)}</table>"
