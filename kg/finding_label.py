"""A finding's name, computed from the graph: its document's title and sentence order.

The graph stores no label for a finding (issue 18: two boilerplate labels per
finding were about 5 % of a profile's triples and most of the labels a name
lookup scans). Whatever shows a finding by name (the explorer's pages, the
network projection behind the maps) names it here, the way the build once wrote
the labels: "Bevinding Brunssum 12"@nl and "Finding Brunssum 12"@en, the title
of the finding's source document (``dcterms:title``) and the order
(``kg:order``) of the sentence where its quote starts.

The graph is read through two functions, so the same code serves an rdflib
graph and a pyoxigraph store: ``objects(subject, predicate)`` and
``subjects(predicate, object)``, both taking IRIs as strings and returning the
values as strings (an IRI's text, a literal's lexical form).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.namespaces import DCTERMS, KG, OA, RDF

#: ``objects(subject, predicate)`` → the values, as strings.
Objects = Callable[[str, str], Iterable[str]]
#: ``subjects(predicate, object)`` → the subjects, as strings.
Subjects = Callable[[str, str], Iterable[str]]

#: The word that names a finding, per language.
FINDING_WORDS = {"nl": "Bevinding", "en": "Finding"}


def finding_name(title: str, order: int, lang: str = "en") -> str:
    """The name of the finding whose quote starts in sentence ``order`` of ``title``.

    Examples
    --------
    >>> finding_name("Epe", 12), finding_name("Epe", 12, "nl")
    ('Finding Epe 12', 'Bevinding Epe 12')
    """
    return f"{FINDING_WORDS.get(lang, FINDING_WORDS['en'])} {title} {order}"


def _first(values: Iterable[str]) -> str | None:
    found = sorted(values)
    return found[0] if found else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def sentence_order(finding: str, objects: Objects, subjects: Subjects, kg: str = KG) -> int:
    """The order of the sentence where ``finding``'s quote starts (0 when none is found).

    The quote is the sentence itself, or a span that names its sentence
    (``kg:inSentence``); a span over two sentences names none, and the
    sentence is the last one of the finding's section (else of its document)
    that starts at or before the span.

    Examples
    --------
    >>> data = {("f", KG + "quote"): ["s7"], ("s7", KG + "order"): ["7"]}
    >>> sentence_order("f", lambda s, p: data.get((s, p), []), lambda p, o: [])
    7
    """
    quote = _first(objects(finding, kg + "quote"))
    if quote is None:
        return 0
    order = _int(_first(objects(quote, kg + "order")))
    if order is not None:
        return order
    sentence = _first(objects(quote, kg + "inSentence"))
    if sentence is not None:
        return _int(_first(objects(sentence, kg + "order"))) or 0
    start = _int(_first(objects(quote, OA + "start")))
    if start is None:
        return 0
    scope = [(kg + "inSection", s) for s in objects(finding, kg + "inSection")]
    scope = scope or [(kg + "inDocument", d) for d in objects(finding, kg + "inDocument")]
    best: tuple[int, int] | None = None
    for prop, container in scope:
        for candidate in subjects(prop, container):
            order = _int(_first(objects(candidate, kg + "order")))
            begins = _int(_first(objects(candidate, OA + "start")))
            if order is not None and begins is not None and begins <= start:
                best = max(best or (begins, order), (begins, order))
    return best[1] if best else 0


def finding_labels(node: str, objects: Objects, subjects: Subjects, kg: str = KG) -> dict[str, str]:
    """The Dutch and English name of ``node`` when it is a finding, else ``{}``.

    Parameters
    ----------
    node : str
        An IRI.
    objects, subjects : callable
        Read the graph (see the module's description).
    kg : str
        The ontology namespace (``kg:``) of the graph.

    Returns
    -------
    dict
        ``{"nl": ..., "en": ...}`` for a ``kg:Finding`` with a source document,
        else an empty dict.

    Examples
    --------
    >>> data = {("f", RDF + "type"): [KG + "Finding"], ("f", KG + "inDocument"): ["d"],
    ...     ("d", DCTERMS + "title"): ["Epe"], ("f", KG + "quote"): ["s3"],
    ...     ("s3", KG + "order"): ["3"]}
    >>> finding_labels("f", lambda s, p: data.get((s, p), []), lambda p, o: [])
    {'nl': 'Bevinding Epe 3', 'en': 'Finding Epe 3'}
    >>> finding_labels("d", lambda s, p: data.get((s, p), []), lambda p, o: [])
    {}
    """
    if kg + "Finding" not in set(objects(node, RDF + "type")):
        return {}
    doc = _first(objects(node, kg + "inDocument"))
    title = _first(objects(doc, DCTERMS + "title")) if doc is not None else None
    if title is None:
        return {}
    order = sentence_order(node, objects, subjects, kg)
    return {lang: finding_name(title, order, lang) for lang in FINDING_WORDS}


def rdflib_reader(graph: object) -> tuple[Objects, Subjects]:
    """``objects`` and ``subjects`` reading an :class:`rdflib.Graph`.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data="<urn:d> <http://purl.org/dc/terms/title> 'Epe' .", format="turtle")
    >>> objects, subjects = rdflib_reader(g)
    >>> list(objects("urn:d", DCTERMS + "title")), list(subjects(DCTERMS + "title", "urn:x"))
    (['Epe'], [])
    """
    from rdflib import URIRef

    def objects(subject: str, predicate: str) -> list[str]:
        return [str(o) for o in graph.objects(URIRef(subject), URIRef(predicate))]  # type: ignore[attr-defined]

    def subjects(predicate: str, obj: str) -> list[str]:
        return [str(s) for s in graph.subjects(URIRef(predicate), URIRef(obj))]  # type: ignore[attr-defined]

    return objects, subjects


def store_reader(store: object) -> tuple[Objects, Subjects]:
    """``objects`` and ``subjects`` reading a :class:`pyoxigraph.Store`.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> title = ox.NamedNode(DCTERMS + "title")
    >>> store.add(ox.Quad(ox.NamedNode("urn:d"), title, ox.Literal("Epe")))
    >>> objects, subjects = store_reader(store)
    >>> list(objects("urn:d", DCTERMS + "title")), list(subjects(DCTERMS + "title", "urn:x"))
    (['Epe'], [])
    """
    import pyoxigraph as ox

    def objects(subject: str, predicate: str) -> list[str]:
        quads = store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)  # type: ignore[attr-defined]
        return [q.object.value for q in quads]

    def subjects(predicate: str, obj: str) -> list[str]:
        quads = store.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(obj))  # type: ignore[attr-defined]
        return [q.subject.value for q in quads]

    return objects, subjects
