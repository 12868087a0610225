"""JSON-LD export with the published ``@context`` (``ontology/context.jsonld``).

The output is a flattened JSON-LD document: ``{"@context": {...}, "@graph": [...]}``
with one node object per subject, sorted by ``@id``, properties sorted, values
sorted. The context only declares prefixes, so keys and IRIs are compact IRIs
(``kg:quote``, ``id:document/brunssum``) and every literal is written in the
explicit ``{"@value": …, "@type"|"@language": …}`` form (plain strings as
``{"@value": …}``), which keeps lexical forms exact: parsing the export gives
back the same triples. The context is embedded (not referenced by URL) so the
file parses offline.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import DataError
from kg.namespaces import compactor, rebase

CONTEXT_FILE = "context.jsonld"

_SAFE_LOCAL = r"[A-Za-z0-9_][A-Za-z0-9_.\-/]*"


def context_path(ontology_dir: str | Path | None = None) -> Path:
    """Path of the published JSON-LD context in the ontology folder."""
    from kg.ontology import default_ontology_dir

    return Path(ontology_dir or default_ontology_dir()) / CONTEXT_FILE


def load_context(ontology_dir: str | Path | None = None, base: str | None = None) -> dict[str, str]:
    """Read the ``@context`` object (prefix → namespace), moved onto ``base`` if given.

    Raises
    ------
    DataError
        If the file is missing or not a JSON object with an ``@context`` object.
    """
    path = context_path(ontology_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        context = data["@context"]
        if not isinstance(context, dict):
            raise TypeError("@context is not an object")
    except FileNotFoundError:
        raise DataError("JSON-LD context not found", path) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"not a JSON-LD context file: {exc}", path) from None
    if base:
        context = {k: rebase(v, base) if isinstance(v, str) else v for k, v in context.items()}
    return context


def _value(term, compact) -> dict:  # noqa: ANN001
    if isinstance(term, URIRef):
        return {"@id": compact(str(term))}
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is None or term.datatype == XSD.string:
            return {"@value": str(term)}
        return {"@value": str(term), "@type": compact(str(term.datatype))}
    return {"@id": f"_:{term}"}


def _sort_key(value: dict) -> tuple[str, str, str]:
    return (
        value.get("@id", ""),
        value.get("@value", ""),
        value.get("@language") or value.get("@type", ""),
    )


def jsonld_document(graph: Graph, ontology_dir: str | Path | None = None) -> dict:
    """Build the JSON-LD document (a dict) for ``graph``; see the module docstring."""
    from kg.publish.graphs import detect_base

    context = load_context(ontology_dir, detect_base(graph))
    to_curie = compactor(context, _SAFE_LOCAL)

    def compact(iri: str) -> str:
        return to_curie(iri) or iri

    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in graph:
        subject = compact(str(s)) if isinstance(s, URIRef) else f"_:{s}"
        node = nodes.setdefault(subject, {})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(compact(str(o)))
        else:
            node.setdefault(compact(str(p)), []).append(_value(o, compact))
    out = []
    for subject in sorted(nodes):
        entry: dict = {"@id": subject}
        props = nodes[subject]
        if "@type" in props:
            entry["@type"] = sorted(props.pop("@type"))
        for key in sorted(props):
            entry[key] = sorted(props[key], key=_sort_key)
        out.append(entry)
    return {"@context": dict(sorted(context.items())), "@graph": out}


def serialize_jsonld(graph: Graph, ontology_dir: str | Path | None = None) -> bytes:
    """Serialise ``graph`` as deterministic JSON-LD (UTF-8 bytes, trailing newline)."""
    doc = jsonld_document(graph, ontology_dir)
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
