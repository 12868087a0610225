"""What the explorer reads from the served store: base IRI, labels, descriptions, texts.

Everything here runs in the server process on the loaded pyoxigraph store with
fixed patterns (no text from a request becomes query text): an IRI from a
request is only ever a :class:`pyoxigraph.NamedNode` handed to
``quads_for_pattern``.

Examples
--------
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> town = ox.NamedNode("https://example.org/kg/id/municipality/a")
>>> label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
>>> store.add(ox.Quad(town, label, ox.Literal("A-dorp", language="nl")))
>>> data = GraphData(store, "https://example.org/kg/")
>>> data.label(town.value, "en"), data.local_path(town.value)
('A-dorp', '/id/municipality/a')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from kg.finding_label import finding_labels, store_reader
from kg.namespaces import DCTERMS, DEFAULT_BASE, OA, OWL, RDF, RDFS, SKOS

if TYPE_CHECKING:
    import pyoxigraph as ox

    #: A term of the served store (RDF-star triples are not served).
    Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal

LABEL_PROPERTIES = (SKOS + "prefLabel", RDFS + "label")
#: Path prefixes (after the base) that name data and ontology resources.
DATA_PATHS = ("id/", "concept/", "def")
#: Most statements shown per direction on one page.
MAX_STATEMENTS = 2000


def detect_store_base(store: object) -> str:
    """The base IRI a served graph was built with (``<{base}def> a owl:Ontology``).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> detect_store_base(store) == DEFAULT_BASE
    True
    """
    import pyoxigraph as ox

    found = sorted(
        quad.subject.value
        for quad in store.quads_for_pattern(  # type: ignore[attr-defined]
            None, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "Ontology")
        )
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.endswith("/def")
    )
    return found[0][: -len("def")] if found else DEFAULT_BASE


@dataclass(frozen=True)
class Statement:
    """One triple around a resource: ``subject``, ``predicate``, ``object`` as terms."""

    subject: ox.NamedNode | ox.BlankNode
    predicate: ox.NamedNode
    object: Term


def _key(term: object) -> tuple[str, str]:
    return (type(term).__name__, str(term))


class GraphData:
    """Labels, paths and descriptions of the served graph.

    Parameters
    ----------
    store : pyoxigraph.Store
        The loaded graph (read only).
    base : str
        The data base IRI (see :func:`detect_store_base`).
    """

    def __init__(self, store: object, base: str) -> None:
        import threading

        self.store = store
        self.base = base
        self.kg = base + "def#"
        # Labels are read per IRI when a page first needs them, not all at start: reading
        # every label of a 1,000-profile graph was most of the server's start (issue 18).
        self._labels: dict[str, dict[str, str]] = {}
        self._labels_lock = threading.Lock()

    def _labels_of(self, iri: str) -> dict[str, str]:
        """The labels of ``iri`` by language, read from the store once (then cached).

        prefLabel wins over rdfs:label; among several rdfs:labels of one language the
        smallest, among several prefLabels the last in the store's order. A finding
        without labels is named from its document and sentence (:mod:`kg.finding_label`).
        """
        cached = self._labels.get(iri)
        if cached is not None:
            return cached
        import pyoxigraph as ox

        labels: dict[str, str] = {}
        try:
            subject = ox.NamedNode(iri)
        except ValueError:  # not an IRI the store can hold: no labels
            subject = None
        if subject is not None:
            for prop in reversed(LABEL_PROPERTIES):
                quads = self.store.quads_for_pattern(subject, ox.NamedNode(prop), None)  # type: ignore[attr-defined]
                for quad in quads:
                    if not isinstance(quad.object, ox.Literal):
                        continue
                    lang = (quad.object.language or "").split("-")[0]
                    current = labels.get(lang)
                    if (
                        current is None
                        or quad.object.value < current
                        or prop == LABEL_PROPERTIES[0]
                    ):
                        labels[lang] = quad.object.value
        if subject is not None and not labels:  # a finding has no label: name it (issue 18)
            labels = finding_labels(iri, *store_reader(self.store), kg=self.kg)
        with self._labels_lock:
            return self._labels.setdefault(iri, labels)

    def label(self, iri: str, lang: str = "en") -> str:
        """The label of ``iri`` in ``lang`` (else the other language, else its last segment)."""
        labels = self._labels_of(iri)
        if labels:
            for key in (lang, "nl" if lang == "en" else "en", ""):
                if key in labels:
                    return labels[key]
            return labels[sorted(labels)[0]]
        tail = iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]
        return tail or iri

    def labels(self, iri: str) -> dict[str, str]:
        """All labels of ``iri`` by language (``""`` for none)."""
        return dict(self._labels_of(iri))

    def local_path(self, iri: str) -> str | None:
        """The server path that dereferences ``iri``, or None when it is not ours."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base) :]
        if rest.startswith(self.kg[len(self.base) :]):
            return "/def#" + rest[len("def#") :] if len(rest) > len("def#") else "/def"
        if rest.startswith(DATA_PATHS):
            return "/" + rest
        return None

    def iri_for_path(self, path: str) -> str | None:
        """The IRI a request path names (``/id/…``, ``/concept/…``, ``/def``), or None.

        A path may also carry the base IRI's own path (``/kg/id/…`` for a base
        ``https://example.org/kg/``).
        """
        import urllib.parse

        base_path = urllib.parse.urlsplit(self.base).path
        if base_path not in ("", "/") and path.startswith(base_path):
            path = "/" + path[len(base_path) :]
        rest = path[1:]
        if rest == "def" or (rest.startswith(DATA_PATHS[:2]) and len(rest) > len("id/")):
            return self.base + rest
        return None

    def exists(self, iri: str) -> bool:
        """True when the graph has a statement with ``iri`` as subject or object.

        A request path that is no IRI (``/id/a b``, ``/id/%ZZ``, ``/id/a|b``) names
        nothing in the graph: False, so that the server answers 404.
        """
        import pyoxigraph as ox

        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return False
        for _ in self.store.quads_for_pattern(node, None, None):  # type: ignore[attr-defined]
            return True
        for _ in self.store.quads_for_pattern(None, None, node):  # type: ignore[attr-defined]
            return True
        return False

    def outgoing(self, iri: str, limit: int = MAX_STATEMENTS) -> list[Statement]:
        """Statements with ``iri`` as subject, sorted."""
        import pyoxigraph as ox

        quads = self.store.quads_for_pattern(ox.NamedNode(iri), None, None)  # type: ignore[attr-defined]
        found = {(q.subject, q.predicate, q.object) for q in quads}
        ordered = sorted(found, key=lambda t: (t[1].value, _key(t[2])))
        return [Statement(*t) for t in ordered[:limit]]

    def incoming(self, iri: str, limit: int = MAX_STATEMENTS) -> list[Statement]:
        """Statements with ``iri`` as object, sorted."""
        import pyoxigraph as ox

        quads = self.store.quads_for_pattern(None, None, ox.NamedNode(iri))  # type: ignore[attr-defined]
        found = {(q.subject, q.predicate, q.object) for q in quads}
        ordered = sorted(found, key=lambda t: (t[1].value, _key(t[0])))
        return [Statement(*t) for t in ordered[:limit]]

    def ontology_terms(self) -> list[str]:
        """IRIs of the ontology's own terms (``{base}def#…``), sorted."""
        import pyoxigraph as ox

        found = set()
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), None):  # type: ignore[attr-defined]
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and subject.value.startswith(self.kg):
                found.add(subject.value)
        return sorted(found)

    def description(self, iri: str) -> list[Statement]:
        """The resource's description: statements in both directions (the ontology's
        terms too for ``{base}def``), plus the labels of every resource named."""
        import pyoxigraph as ox

        subjects = [iri] + (self.ontology_terms() if iri == self.base + "def" else [])
        found: dict[tuple, Statement] = {}
        for subject in subjects:
            for st in self.outgoing(subject):
                found[(st.subject, st.predicate, st.object)] = st
        for st in self.incoming(iri):
            found[(st.subject, st.predicate, st.object)] = st
        named = {
            t.value
            for st in list(found.values())
            for t in (st.subject, st.predicate, st.object)
            if isinstance(t, ox.NamedNode) and t.value != iri
        }
        for other in sorted(named):
            for lang, text in sorted(self.labels(other).items()):
                literal = ox.Literal(text, language=lang) if lang else ox.Literal(text)
                key = (ox.NamedNode(other), ox.NamedNode(RDFS + "label"), literal)
                found.setdefault(key, Statement(*key))
        return sorted(
            found.values(), key=lambda s: (_key(s.subject), s.predicate.value, _key(s.object))
        )

    def values(self, iri: str, prop: str) -> list[Term]:
        """Objects of ``iri prop ?o``, sorted."""
        import pyoxigraph as ox

        quads = self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(prop), None)  # type: ignore[attr-defined]
        return sorted({q.object for q in quads}, key=_key)

    def types(self, iri: str) -> list[str]:
        """The ``rdf:type`` IRIs of ``iri``, sorted."""
        return [t.value for t in self.values(iri, RDF + "type") if hasattr(t, "value")]


def source_document(data: GraphData, key: str) -> object | None:
    """The :class:`kg.maps.source_pages.SourceDocument` whose identifier is ``key``, or None."""
    import pyoxigraph as ox

    from kg.maps.source_pages import SourceDocument

    store = data.store
    ident = ox.NamedNode(DCTERMS + "identifier")
    kind = ox.NamedNode(data.kg + "SourceDocument")
    for quad in store.quads_for_pattern(None, ident, ox.Literal(key)):  # type: ignore[attr-defined]
        doc = quad.subject
        if not list(store.quads_for_pattern(doc, ox.NamedNode(RDF + "type"), kind)):  # type: ignore[attr-defined]
            continue
        texts = data.values(doc.value, data.kg + "cleanedText")
        if not texts:
            return None
        body = texts[0].value
        spans = set()
        sentence = ox.NamedNode(data.kg + "Sentence")
        for q in store.quads_for_pattern(None, ox.NamedNode(data.kg + "inDocument"), doc):  # type: ignore[attr-defined]
            if sentence.value not in data.types(q.subject.value):
                continue
            starts = data.values(q.subject.value, OA + "start")
            ends = data.values(q.subject.value, OA + "end")
            if not starts or not ends:
                continue
            try:
                s, e = int(starts[0].value), int(ends[0].value)
            except ValueError:
                continue
            if 0 <= s < e <= len(body):
                spans.add((s, e))
        kept: list[tuple[int, int]] = []
        for span in sorted(spans):
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        titles = data.values(doc.value, DCTERMS + "title")
        label_nl, label_en = data.label(doc.value, "nl"), data.label(doc.value, "en")
        return SourceDocument(
            key=key,
            title=titles[0].value if titles else label_nl,
            label_nl=label_nl,
            label_en=label_en,
            text=body,
            spans=tuple(kept),
        )
    return None
