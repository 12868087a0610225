"""IRIs of the ontology, the concept schemes and the data.

The ontology and concept IRIs are fixed (they are published in ``ontology/``);
data IRIs start with the base IRI, which the caller may choose (the command line
takes it from an option or an environment variable) and which defaults to
:data:`DEFAULT_BASE`.
The ontology files are written against the default base; when another base is
configured, :func:`rebase` maps every IRI under the default base onto it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

DEFAULT_BASE = "https://w3id.org/kg-decentralisatie/"

KG = DEFAULT_BASE + "def#"
CONCEPT = DEFAULT_BASE + "concept/"
ID = DEFAULT_BASE + "id/"

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
QB = "http://purl.org/linked-data/cube#"
OA = "http://www.w3.org/ns/oa#"
FOAF = "http://xmlns.com/foaf/0.1/"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
TOOI = "https://identifier.overheid.nl/tooi/def/ont/"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "law": CONCEPT + "law/",
    "role": CONCEPT + "role/",
    "problem": CONCEPT + "problem/",
    "theme": CONCEPT + "theme/",
    "polarity": CONCEPT + "polarity/",
    "reltype": CONCEPT + "relation/",
    "measure": CONCEPT + "measure/",
    "topic": CONCEPT + "topic/",
    "scheme": CONCEPT,
    "id": ID,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "dcterms": DCTERMS,
    "prov": PROV,
    "org": ORG,
    "qb": QB,
    "oa": OA,
    "foaf": FOAF,
    "void": VOID,
    "dcat": DCAT,
    "tooi": TOOI,
}


def base_iri(explicit: str | None = None) -> str:
    """Return the data base IRI: ``explicit``, checked, else :data:`DEFAULT_BASE`.

    Parameters
    ----------
    explicit : str, optional
        A base IRI given by the caller. It must be absolute (``http``/``https``)
        and end with ``/`` or ``#``.

    Returns
    -------
    str
        The base IRI.

    Raises
    ------
    ValueError
        If the IRI is not absolute or does not end with ``/`` or ``#``.

    Examples
    --------
    >>> base_iri("https://example.org/kg/")
    'https://example.org/kg/'
    """
    value = explicit or DEFAULT_BASE
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+[/#]$", value):
        raise ValueError(
            f"base IRI must be an absolute http(s) IRI ending in '/' or '#': {value!r}"
        )
    return value


def rebase(iri: str, base: str) -> str:
    """Map an IRI under :data:`DEFAULT_BASE` onto ``base``; leave others unchanged.

    Examples
    --------
    >>> rebase("https://w3id.org/kg-decentralisatie/id/x", "https://example.org/")
    'https://example.org/id/x'
    """
    if base != DEFAULT_BASE and iri.startswith(DEFAULT_BASE):
        return base + iri[len(DEFAULT_BASE) :]
    return iri


def rebase_graph(graph, base: str):  # noqa: ANN001, ANN201 - rdflib.Graph in and out
    """``graph`` with its IRIs under :data:`DEFAULT_BASE` moved onto ``base`` (a copy if moved).

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef(DEFAULT_BASE + "id/a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> [str(s) for s in rebase_graph(g, "https://example.org/").subjects()]
    ['https://example.org/id/a']
    """
    from rdflib import Graph, URIRef

    if base == DEFAULT_BASE:
        return graph
    out = Graph()
    for triple in graph:
        out.add(
            tuple(  # type: ignore[arg-type]
                URIRef(rebase(str(t), base)) if isinstance(t, URIRef) else t for t in triple
            )
        )
    return out


#: What a slug replaces by one hyphen.
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)
def slugify(text: str) -> str:
    """Turn a label into a stable, IRI-safe slug (ASCII, lower case, hyphens).

    Examples
    --------
    >>> slugify("Financiën sociaal domein")
    'financien-sociaal-domein'
    >>> slugify("ISD BOL")
    'isd-bol'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or "x"


#: Short-key prefixes (``role/civil-servants``) and the namespace each expands to.
KEY_NAMESPACES: dict[str, str] = {
    "law": CONCEPT + "law/",
    "role": CONCEPT + "role/",
    "problem": CONCEPT + "problem/",
    "theme": CONCEPT + "theme/",
    "polarity": CONCEPT + "polarity/",
    "relation": CONCEPT + "relation/",
    "measure": CONCEPT + "measure/",
    "topic": CONCEPT + "topic/",
    "municipality": ID + "municipality/",
    "region": ID + "region/",
    "body": ID + "body/",
    "organisation": ID + "organisation/",
    "place": ID + "place/",
}


def expand_key(key: str) -> str:
    """Expand a short key such as ``role/civil-servants`` to its IRI.

    Full ``http(s)`` IRIs are returned unchanged.

    Raises
    ------
    ValueError
        If the key's prefix is unknown.

    Examples
    --------
    >>> expand_key("municipality/brunssum")
    'https://w3id.org/kg-decentralisatie/id/municipality/brunssum'
    """
    if key.startswith(("http://", "https://")):
        return key
    prefix, _, rest = key.partition("/")
    if prefix not in KEY_NAMESPACES or not rest:
        known = ", ".join(sorted(KEY_NAMESPACES))
        raise ValueError(f"unknown key {key!r} (expected <kind>/<slug> with kind one of {known})")
    return KEY_NAMESPACES[prefix] + rest


def short_key(iri: str) -> str:
    """The inverse of :func:`expand_key` (IRIs outside the known namespaces unchanged)."""
    for prefix, namespace in KEY_NAMESPACES.items():
        if iri.startswith(namespace):
            return f"{prefix}/{iri[len(namespace) :]}"
    return iri


def prefixes_for(base: str) -> dict[str, str]:
    """The project's prefixes, with the namespaces under the default base moved onto ``base``."""
    return {prefix: rebase(ns, base) for prefix, ns in PREFIXES.items()}


def compactor(prefixes: dict[str, str], local: str = r".+") -> Callable[[str], str | None]:
    """Return ``compact(iri) -> "prefix:local" or None`` using the longest matching prefix.

    ``local`` is a regular expression the local part must match in full.

    Examples
    --------
    >>> compactor({"kg": "https://w3id.org/kg-decentralisatie/def#"})(
    ...     "https://w3id.org/kg-decentralisatie/def#Finding")
    'kg:Finding'
    """
    pattern = re.compile(local)
    pairs = sorted(
        ((ns, p) for p, ns in prefixes.items() if isinstance(ns, str)),
        key=lambda x: (-len(x[0]), x[1]),
    )

    def compact(iri: str) -> str | None:
        for ns, prefix in pairs:
            if iri.startswith(ns) and pattern.fullmatch(iri[len(ns) :]):
                return f"{prefix}:{iri[len(ns) :]}"
        return None

    return compact
