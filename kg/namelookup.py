"""Looking names up on a SPARQL backend: the feeder of :mod:`kg.names` for stores.

The matching rules live in :mod:`kg.names`; this module only fetches, with a
query, the entities a typed name may denote, so that
:meth:`kg.names.Names.resolve` can rank them. The backend is anything with
``execute(text, bindings, …)`` (:class:`kg.query.params.Backend`: a local graph
file or a remote endpoint); the name is always bound as RDF terms, never
formatted into the query text.

Two lookups, cheapest first:

- :func:`lookup_exact` reads indexes only: the IRI the name spells, and the
  name's usual case forms (:func:`spellings`) as plain, Dutch and English
  literals of every naming property. It finds IRIs, ``owl:sameAs`` IRIs,
  codes and labels written as usual.
- :func:`lookup` compares every naming literal of the graph ignoring case,
  and every IRI's last segment with the name's slug: a scan, seconds on a
  graph of a thousand profiles.

:func:`lookup_best` runs the first and falls back to the second only when the
first leaves the answer open (:func:`settled`); :func:`resolve_on` resolves a
name with it, and :func:`lookup_pool` lists the entities an unknown name's
close matches come from.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from kg.names import (
    ABSOLUTE_IRI,
    KIND_ALIASES,
    KIND_CLASSES,
    PROPERTY_FORMS,
    RANKS,
    Named,
    Names,
    UnknownName,
    kind_of_classes,
    spelled_iri,
)
from kg.namespaces import DCTERMS, KG, OWL, RDFS, SKOS, slugify

if TYPE_CHECKING:
    from kg.terms import Term

_PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX skos: <{SKOS}>
PREFIX rdfs: <{RDFS}>
PREFIX owl: <{OWL}>
PREFIX dcterms: <{DCTERMS}>
"""

_NAME_PROPERTIES = " ".join(f"<{p}>" for p in PROPERTY_FORMS)

#: Entities a name may denote (bound: ``?_iri``, ``?_also``, ``?_lower``, ``?_slash``, ``?_hash``).
LOOKUP_QUERY = (
    _PREFIXES
    + f"""SELECT DISTINCT ?entity ?property ?name ?class WHERE {{
  VALUES ?property {{ {_NAME_PROPERTIES} }}
  ?entity ?property ?name .
  FILTER(isIRI(?entity))
  FILTER(?entity = ?_iri || ?entity = ?_also || ?name = ?_iri
         || (isLiteral(?name) && LCASE(STR(?name)) = ?_lower)
         || STRENDS(LCASE(STR(?entity)), ?_slash) || STRENDS(LCASE(STR(?entity)), ?_hash))
  OPTIONAL {{ ?entity a ?class }}
}}
"""
)

#: Every entity of some classes with its main names, for close matches ({classes} filled in).
POOL_QUERY = (
    _PREFIXES
    + """SELECT DISTINCT ?entity ?property ?name ?class WHERE {{
  VALUES ?class {{ {classes} }}
  ?entity a ?class .
  VALUES ?property {{ skos:prefLabel skos:altLabel kg:cbsCode }}
  ?entity ?property ?name .
  FILTER(isIRI(?entity) && isLiteral(?name))
}}
"""
)

#: The IRI bound where the name spells none (no entity has it).
_NOTHING = "urn:kg:names:none"

#: Dutch name particles (tussenvoegsels) written in lower case inside a place name.
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "aan", "en", "op", "in", "te", "ten", "ter", "bij", "'s"}
)

#: Language tags the exact lookup tries for a label (none, Dutch, English).
_LABEL_LANGS: tuple[str | None, ...] = (None, "nl", "en")


def spellings(name: str) -> list[str]:
    """The spellings of a typed name the exact lookup tries, in a fixed order.

    The name as typed (spaces folded), lower case, upper case, its first letter
    capitalised, every word capitalised, and every word but the Dutch name
    particles ("van", "de", "aan" …: place names such as "Hof van Twente",
    "Alphen aan den Rijn" keep them lower case): the case forms labels are
    written in.

    Examples
    --------
    >>> spellings("  hof van  twente ")
    ['hof van twente', 'HOF VAN TWENTE', 'Hof van twente', 'Hof Van Twente', 'Hof van Twente']
    >>> spellings("GM0882")
    ['GM0882', 'gm0882', 'Gm0882']
    """
    typed = " ".join(name.split())
    words = typed.lower().split(" ")
    dutch = " ".join(
        w if i and w in _PARTICLES else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for i, w in enumerate(words)
    )
    forms = [typed, typed.lower(), typed.upper(), typed[:1].upper() + typed[1:].lower(),
             typed.title(), dutch]  # fmt: skip
    return list(dict.fromkeys(form for form in forms if form))


def iri_bindings(name: str, also: str | None = None) -> dict[str, Term]:
    """The IRIs both lookups bind: ``?_iri`` (what ``name`` spells) and ``?_also``.

    Each is a placeholder no entity has when there is nothing to bind, so the
    query text stays the same for every name.

    Examples
    --------
    >>> bound = iri_bindings("law:jeugdwet")
    >>> bound["_iri"].value, bound["_also"].value
    ('https://w3id.org/kg-decentralisatie/concept/law/jeugdwet', 'urn:kg:names:none')
    >>> iri_bindings("<not an iri>", also="http://e/a")["_iri"].value
    'urn:kg:names:none'
    """
    from kg.terms import Term

    iri = spelled_iri(name)
    return {
        "_iri": Term.iri(iri if iri and ABSOLUTE_IRI.match(iri) else _NOTHING),
        "_also": Term.iri(also or _NOTHING),
    }


def _exact_query(count: int) -> str:
    """The exact lookup: index reads only, one UNION branch per bound term."""
    branches = [
        "{ ?_iri ?property ?name . BIND(?_iri AS ?entity) }",
        "{ ?_also ?property ?name . BIND(?_also AS ?entity) }",
        "{ ?entity ?property ?_iri . BIND(?_iri AS ?name) }",
    ] + [f"{{ ?entity ?property ?_l{i} . BIND(?_l{i} AS ?name) }}" for i in range(count)]
    union = "\n  UNION ".join(branches)
    return (
        _PREFIXES
        + f"""SELECT DISTINCT ?entity ?property ?name ?class WHERE {{
  VALUES ?property {{ {_NAME_PROPERTIES} }}
  {union}
  FILTER(isIRI(?entity))
  OPTIONAL {{ ?entity a ?class }}
}}
"""
    )


def _rows_to_names(rows: Iterable[Mapping]) -> Names:
    classes: dict[str, set[str]] = {}
    found: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        iri = row["entity"].value
        classes.setdefault(iri, set())
        if row.get("class") is not None:
            classes[iri].add(row["class"].value)
        form = PROPERTY_FORMS.get(row["property"].value)
        if form is not None and (row["name"].kind == "uri") == (form == "same"):
            found.setdefault(iri, []).append((form, row["name"].value))
    return Names(
        Named(iri, kind_of_classes(classes[iri]), tuple(sorted(set(found.get(iri, [])))))
        for iri in sorted(classes)
    )


def lookup(
    backend,  # noqa: ANN001 - kg.query.params.Backend
    name: str,
    *,
    also: str | None = None,
    timeout: float | None = None,
) -> Names:
    """The entities of a SPARQL backend that ``name`` may denote (plus ``also``, if given).

    One query with the name bound as literals: entities with a label or code
    equal to it (ignoring case), whose IRI ends in its slug, or that are (or
    are ``owl:sameAs``) the IRI it spells. Resolve the result with
    :meth:`Names.resolve`; for close matches, see :func:`lookup_pool`.
    """
    from kg.terms import Term

    slug = slugify(name).casefold()
    bindings = iri_bindings(name, also)
    bindings["_lower"] = Term.literal(name.strip().lower())
    bindings["_slash"] = Term.literal("/" + slug)
    bindings["_hash"] = Term.literal("#" + slug)
    found = backend.execute(LOOKUP_QUERY, bindings, timeout=timeout, name="name lookup")
    return _rows_to_names(found.bindings)


def lookup_exact(
    backend,  # noqa: ANN001 - kg.query.params.Backend
    name: str,
    *,
    also: str | None = None,
    timeout: float | None = None,
) -> Names:
    """The entities whose IRI, ``owl:sameAs`` IRI, label or code is ``name`` exactly.

    Like :func:`lookup`, but each candidate is an index read (the IRI the name
    spells, ``also``, its :func:`spellings` as plain, Dutch and English literals),
    not a scan of every label. It finds no slug and no other case mix, so
    :func:`settled` trusts it only for a match of rank 2 or better.
    """
    from kg.terms import Term

    bindings = iri_bindings(name, also)
    literals = [Term.literal(form, lang=lang) for form in spellings(name) for lang in _LABEL_LANGS]
    bindings.update({f"_l{i}": term for i, term in enumerate(literals)})
    text = _exact_query(len(literals))
    found = backend.execute(text, bindings, timeout=timeout, name="name lookup")
    return _rows_to_names(found.bindings)


def settled(
    names: Names, name: str, kind: str | None = None, among: Collection[str] | None = None
) -> bool:
    """Whether ``names`` (from :func:`lookup_exact`) already decide what ``name`` names.

    True when the best match (of ``kind``, among the IRIs ``among`` if given)
    is an IRI, an ``owl:sameAs`` IRI, a code or a preferred label: the full
    :func:`lookup` finds nothing better. A slug, an alternative or hidden
    label, an odd case mix or no match leaves it open.

    Examples
    --------
    >>> names = Names([Named("http://e/zm", "problem", (("pref", "Zorgmijders"),))])
    >>> settled(names, "Zorgmijders"), settled(names, "zm"), settled(names, "x")
    (True, False, False)
    >>> settled(names, "Zorgmijders", among={"http://e/other"})
    False
    """
    if among is not None:
        names = Names(e for e in names.of_kind(kind) if e.iri in among)
    found = names.matches(name, kind)
    return bool(found) and found[0][0] <= RANKS["pref"]


def lookup_best(
    backend,  # noqa: ANN001 - kg.query.params.Backend
    name: str,
    kind: str | None = None,
    *,
    also: str | None = None,
    known: Names | None = None,
    among: Collection[str] | None = None,
    timeout: float | None = None,
) -> Names:
    """The entities ``name`` may denote, exact lookup first, full lookup when needed.

    ``known`` are entities the caller already holds (merged in before the
    check); ``kind`` and ``among`` say which entities the caller will resolve
    the name among (see :func:`settled`). The result resolves ``name`` as the
    full :func:`lookup` plus ``known`` would.

    Examples
    --------
    A graph with one municipality (``kg build`` writes a real one):

    >>> import pathlib, tempfile
    >>> from kg.names import short_name
    >>> from kg.query.engine import LocalGraph
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> m = "<https://w3id.org/kg-decentralisatie/id/municipality/hof-van-twente>"
    >>> _ = path.write_text(
    ...     f"{m} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    ...     "<https://w3id.org/kg-decentralisatie/def#Municipality> .\\n"
    ...     f'{m} <http://www.w3.org/2004/02/skos/core#prefLabel> "Hof van Twente"@nl .\\n'
    ... )
    >>> graph = LocalGraph(path, cache=False)
    >>> found = lookup_best(graph, "hof van twente", "municipality")  # exact: no scan
    >>> [short_name(e.iri) for e in found.of_kind("municipality")]
    ['id:municipality/hof-van-twente']
    >>> resolve_on(graph, "hof-van-twente", "municipality")  # a slug: the scan finds it
    'https://w3id.org/kg-decentralisatie/id/municipality/hof-van-twente'
    """
    merged = Names((known or Names()).entities.values())
    for entity in lookup_exact(backend, name, also=also, timeout=timeout).entities.values():
        merged.add(entity)
    if settled(merged, name, kind, among):
        return merged
    merged = Names((known or Names()).entities.values())
    for entity in lookup(backend, name, also=also, timeout=timeout).entities.values():
        merged.add(entity)
    return merged


def lookup_pool(backend, kind: str | None = None, *, timeout: float | None = None) -> Names:  # noqa: ANN001
    """Every entity of ``kind`` (every kind but findings for None) on a SPARQL backend."""
    kind = KIND_ALIASES.get(kind or "", kind)
    classes = " ".join(
        f"<{cls}>" for cls, k in KIND_CLASSES if (k == kind if kind else k != "finding")
    )
    text = POOL_QUERY.format(classes=classes)
    return _rows_to_names(backend.execute(text, {}, timeout=timeout, name="name lookup").bindings)


def resolve_on(
    backend,  # noqa: ANN001 - kg.query.params.Backend
    name: str,
    kind: str | None = None,
    *,
    prefer_like: str | None = None,
    what: str = "",
    timeout: float | None = None,
) -> str:
    """Resolve ``name`` against a SPARQL backend (:func:`lookup_best`, then :meth:`Names.resolve`).

    ``prefer_like`` is an IRI (a parameter's default) whose kind wins a tie
    between kinds. An unknown name's error lists close matches of ``kind``.

    Raises
    ------
    UnknownName, AmbiguousName
    """
    names = lookup_best(backend, name, kind, also=prefer_like, timeout=timeout)
    anchor = names.entities.get(prefer_like or "")
    prefer = anchor.kind if anchor is not None else None
    try:
        return names.resolve(name, kind, prefer=prefer, what=what)
    except UnknownName:
        pool = lookup_pool(backend, kind, timeout=timeout)
        for entity in names.entities.values():
            pool.add(entity)
        raise pool.unknown(name, kind, what or kind or "entity") from None
