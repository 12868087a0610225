"""The HTML page of one resource: what it is, its identifiers, relations and findings.

A data IRI's page (``/id/…``, ``/concept/…``) shows the resource's labels in
Dutch and English, its types, its identifiers (CBS code, TOOI and BWB links),
the statements about it in both directions, and every finding that concerns
it with speaker, tone and quote, each linked to its sentence in the source
text. ``/def`` lists the ontology's classes and properties.
"""

from __future__ import annotations

import urllib.parse

from kg.namespaces import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS
from kg.publish.explorer.findings import FindingsIndex
from kg.publish.explorer.findings_html import entity_links, finding_item, source_path
from kg.publish.explorer.graphdata import GraphData
from kg.publish.explorer.page import e, layout, link

#: Properties shown as identifiers (with links when their value is an http(s) IRI).
IDENTIFIERS = (
    DCTERMS + "identifier",
    OWL + "sameAs",
    SKOS + "exactMatch",
    SKOS + "closeMatch",
    FOAF + "page",
    RDFS + "seeAlso",
)
#: Properties the page shows in its head, not in the relation tables.
HEAD = (SKOS + "prefLabel", RDFS + "label", RDF + "type", SKOS + "definition", RDFS + "comment")
#: Findings listed on one entity page (the findings browser has all).
MAX_FINDINGS = 100
#: Characters of a long literal shown in a table cell.
MAX_LITERAL = 400

TEXT = {
    "identifiers": ("Identifiers", "Identificatie"),
    "relations": ("Statements about it", "Uitspraken erover"),
    "incoming": ("What refers to it", "Wat ernaar verwijst"),
    "findings": ("Findings that concern it", "Bevindingen die erover gaan"),
    "all_findings": ("all {n} in the findings browser", "alle {n} in de bevindingenbrowser"),
    "formats": ("This description as", "Deze beschrijving als"),
    "type": ("Type", "Soort"),
    "property": ("Property", "Eigenschap"),
    "value": ("Value", "Waarde"),
    "subject": ("Resource", "Bron"),
    "quote": ("The finding", "De bevinding"),
    "more": ("{n} more not shown", "nog {n} niet getoond"),
    "terms": ("Classes and properties", "Klassen en eigenschappen"),
    "other_label": ("Dutch name", "Engelse naam"),
    "docs": ("Ontology documentation", "Documentatie van de ontologie"),
}


def t(lang: str, key: str, **values: object) -> str:
    """Interface text ``key`` in ``lang``."""
    english, dutch = TEXT[key]
    return (dutch if lang == "nl" else english).format(**values)


def term_html(data: GraphData, term: object, lang: str) -> str:
    """A term as HTML: a labelled link for IRIs, escaped text for literals."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        local = data.local_path(term.value)
        return link(local or term.value, data.label(term.value, lang) if local else term.value)
    if isinstance(term, ox.Literal):
        value = term.value
        short = value if len(value) <= MAX_LITERAL else value[: MAX_LITERAL - 1] + "…"
        tag = f' <span class="kg-lang">@{e(term.language)}</span>' if term.language else ""
        return f"{e(short)}{tag}"
    return e(str(term))


def _identifiers(data: GraphData, iri: str, lang: str) -> str:
    import pyoxigraph as ox

    rows = []
    for prop in (*IDENTIFIERS, data.kg + "cbsCode"):
        for value in data.values(iri, prop):
            shown = (
                link(value.value, value.value)
                if isinstance(value, ox.NamedNode)
                else e(value.value)
            )
            rows.append(
                f'<tr><th scope="row">{e(data.label(prop, lang))}</th><td>{shown}</td></tr>'
            )
    if not rows:
        return ""
    return f"<section><h2>{e(t(lang, 'identifiers'))}</h2><table>{''.join(rows)}</table></section>"


def _statements(data: GraphData, iri: str, lang: str, shown_findings: set[str]) -> tuple[str, str]:
    skip = {*HEAD, *IDENTIFIERS, data.kg + "cbsCode"}
    out_rows = [
        f'<tr><th scope="row">{e(data.label(s.predicate.value, lang))}</th>'
        f"<td>{term_html(data, s.object, lang)}</td></tr>"
        for s in data.outgoing(iri)
        if s.predicate.value not in skip
    ]
    incoming = [s for s in data.incoming(iri) if s.subject.value not in shown_findings]
    in_rows = [
        f"<tr><td>{term_html(data, s.subject, lang)}</td>"
        f"<td>{e(data.label(s.predicate.value, lang))}</td></tr>"
        for s in incoming[:500]
    ]
    more = f"<p>{e(t(lang, 'more', n=len(incoming) - 500))}</p>" if len(incoming) > 500 else ""
    outgoing = ""
    if out_rows:
        outgoing = (
            f"<section><h2>{e(t(lang, 'relations'))}</h2><table><thead><tr>"
            f'<th scope="col">{e(t(lang, "property"))}</th><th scope="col">{e(t(lang, "value"))}'
            f"</th></tr></thead><tbody>{''.join(out_rows)}</tbody></table></section>"
        )
    incoming_html = ""
    if in_rows:
        incoming_html = (
            f"<section><h2>{e(t(lang, 'incoming'))}</h2><table><thead><tr>"
            f'<th scope="col">{e(t(lang, "subject"))}</th><th scope="col">{e(t(lang, "property"))}'
            f"</th></tr></thead><tbody>{''.join(in_rows)}</tbody></table>{more}</section>"
        )
    return outgoing, incoming_html


def _findings(data: GraphData, index: FindingsIndex, iri: str, lang: str) -> tuple[str, set[str]]:
    found = index.about(iri)
    if not found:
        return "", set()
    items = "".join(finding_item(data, f, lang) for f in found[:MAX_FINDINGS])
    facet = next(
        (
            name
            for name in ("municipality", "speaker", "theme", "law", "problem", "topic", "tone")
            if iri in found[0].values(name)
        ),
        None,
    )
    more = ""
    if facet:
        target = "/findings?" + urllib.parse.urlencode({facet: iri})
        more = f" ({link(target, t(lang, 'all_findings', n=len(found)))})"
    html = (
        f'<section id="findings"><h2>{e(t(lang, "findings"))} '
        f'<span class="kg-count">{len(found)}</span>{more}</h2>'
        f'<ol class="kg-findings">{items}</ol></section>'
    )
    return html, {f.iri for f in found}


def _finding_head(data: GraphData, index: FindingsIndex, iri: str, lang: str) -> str:
    finding = index.get(iri)
    if finding is None:
        return ""
    source = source_path(finding)
    read = "Lees in de bron" if lang == "nl" else "Read in the source"
    facts = "".join(
        f"<dt>{e(data.label(data.kg + prop, lang))}</dt>"
        f"<dd>{entity_links(data, finding.values(name), lang)}</dd>"
        for name, prop in (
            ("speaker", "speaker"),
            ("tone", "polarity"),
            ("municipality", "aboutMunicipality"),
            ("theme", "theme"),
            ("law", "concernsLaw"),
            ("problem", "concernsProblem"),
            ("topic", "discussesTopic"),
        )
        if finding.values(name)
    )
    return (
        f'<section class="kg-quote"><h2>{e(t(lang, "quote"))}</h2>'
        f"<blockquote>{e(finding.quote)}</blockquote>"
        f"<p>{link(source, '→ ' + read, 'kg-source-link') if source else ''}</p>"
        f'<dl class="kg-facts">{facts}</dl></section>'
    )


def _ontology_terms(data: GraphData, lang: str) -> str:
    items = []
    for iri in data.ontology_terms():
        name = iri[len(data.kg) :]
        comment = data.values(iri, RDFS + "comment") or data.values(iri, SKOS + "definition")
        texts = [c.value for c in comment if getattr(c, "language", None) in (lang, None)]
        note = f" – {e(texts[0])}" if texts else ""
        items.append(
            f'<li id="{e(name)}"><code>kg:{e(name)}</code> {e(data.label(iri, lang))}{note}</li>'
        )
    return f"<section><h2>{e(t(lang, 'terms'))}</h2><ul>{''.join(items)}</ul></section>"


def entity_page(data: GraphData, index: FindingsIndex, iri: str, path: str, lang: str) -> bytes:
    """The HTML page of ``iri`` (served at ``path``)."""
    title = data.label(iri, lang)
    labels = data.labels(iri)
    other = labels.get("nl" if lang == "en" else "en")
    types = ", ".join(link(data.local_path(x) or x, data.label(x, lang)) for x in data.types(iri))
    definition = [
        d.value
        for d in data.values(iri, SKOS + "definition") + data.values(iri, RDFS + "comment")
        if getattr(d, "language", None) in (lang, None)
    ]
    formats = " ".join(
        f'<a href="{e(path)}?format={fmt}" type="{media}">{name}</a>'
        for fmt, name, media in (
            ("ttl", "Turtle", "text/turtle"),
            ("jsonld", "JSON-LD", "application/ld+json"),
            ("nt", "N-Triples", "application/n-triples"),
        )
    )
    switch = "nl" if lang == "en" else "en"
    findings_html, shown = _findings(data, index, iri, lang)
    head = (
        f'<p class="kg-kind">{e(t(lang, "type"))}: {types or "–"}</p>'
        f"<h1>{e(title)}</h1>"
        + (
            f'<p class="kg-other">{e(t(lang, "other_label"))}: {e(other)}</p>'
            if other and other != title
            else ""
        )
        + (f'<p class="kg-definition">{e(definition[0])}</p>' if definition else "")
        + f'<p class="kg-iri"><code>{e(iri)}</code></p>'
        f'<p class="kg-formats">{e(t(lang, "formats"))}: {formats} · '
        f'<a href="{e(path)}?lang={switch}" hreflang="{switch}">'
        f"{'English' if switch == 'en' else 'Nederlands'}</a></p>"
    )
    extra = ""
    if iri == data.base + "def":
        extra = f"<p>{link('/docs/ontology.html', t(lang, 'docs'))}</p>" + _ontology_terms(
            data, lang
        )
    outgoing, incoming = _statements(data, iri, lang, shown)
    body = (
        head
        + extra
        + _finding_head(data, index, iri, lang)
        + _identifiers(data, iri, lang)
        + outgoing
        + findings_html
        + incoming
    )
    return layout(title, body, lang=lang)
