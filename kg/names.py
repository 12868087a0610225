"""Naming entities: the one resolver behind every command that takes a name.

A user names a municipality, law, problem, topic, speaker role (or any other
entity) in whichever form comes to hand; matching ignores case, accents and
repeated spaces. The forms, best first:

====  =============  ==========================================================
rank  form           examples
====  =============  ==========================================================
0     IRI            ``https://w3id.org/kg-decentralisatie/id/municipality/brunssum``,
                     ``<…>``, an ``owl:sameAs`` / ``skos:exactMatch`` IRI (TOOI)
0     prefixed name  ``law:jeugdwet``, ``id:municipality/brunssum``
1     code           ``GM0899`` (``kg:cbsCode``)
2     label          ``Brunssum``, ``Youth Act`` (``skos:prefLabel``, nl or en)
3     slug           ``care-avoiders``, ``wmo-2015`` (the IRI's last segment)
3     identifier     ``BWBR0034925`` (``dcterms:identifier``: a law's, a document's key)
4     alt label      ``jeugdzorg`` (``skos:altLabel``)
5     hidden label   ``Brunssumse`` (``skos:hiddenLabel``)
6     rdfs:label     documents, findings
====  =============  ==========================================================

The best rank with a match wins; two entities at that rank make the name
ambiguous (:class:`AmbiguousName`), none makes it unknown
(:class:`UnknownName`, whose one-line message lists close matches). Both are
usage errors (exit code 2).

Entities come from one of three feeders, so the matching rules live here
only: :func:`names_from_graph` (an rdflib graph), :func:`names_from_projection`
(the networkx projection the maps draw) and :func:`lookup` (any SPARQL backend:
a local file or a remote endpoint; the name is bound as a literal, never
formatted into the query).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.errors import UsageError
from kg.namespaces import DCTERMS, KG, OWL, PREFIXES, RDFS, SKOS, slugify

#: Class IRI → kind, most specific first (an entity takes its first kind here).
KIND_CLASSES: tuple[tuple[str, str], ...] = (
    (KG + "Municipality", "municipality"),
    (KG + "LabourMarketRegion", "region"),
    (KG + "Region", "region"),
    (KG + "IntermunicipalBody", "body"),
    (KG + "Ministry", "organisation"),
    (KG + "Organisation", "organisation"),
    (KG + "Province", "province"),
    (KG + "Place", "place"),
    (KG + "Law", "law"),
    (KG + "ActorRole", "role"),
    (KG + "Problem", "problem"),
    (KG + "Topic", "topic"),
    (KG + "Theme", "theme"),
    (KG + "Polarity", "polarity"),
    (KG + "Measure", "measure"),
    (KG + "RelationType", "relation"),
    (KG + "SourceDocument", "document"),
    (SKOS + "ConceptScheme", "scheme"),
    (KG + "Finding", "finding"),
)

#: Other words for a kind (the projection's ``actor``, a query's ``speaker``).
KIND_ALIASES: dict[str, str] = {"actor": "role", "speaker": "role"}

#: Property → naming form.
PROPERTY_FORMS: dict[str, str] = {
    OWL + "sameAs": "same",
    SKOS + "exactMatch": "same",
    KG + "cbsCode": "code",
    DCTERMS + "identifier": "identifier",
    SKOS + "prefLabel": "pref",
    SKOS + "altLabel": "alt",
    SKOS + "hiddenLabel": "hidden",
    RDFS + "label": "label",
}

#: Naming form → rank (lower wins).
RANKS: dict[str, int] = {
    "iri": 0,
    "same": 0,
    "code": 1,
    "pref": 2,
    "slug": 3,
    "identifier": 3,
    "alt": 4,
    "hidden": 5,
    "label": 6,
}

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[^\s:]+$)")


def kind_of(word: str | None) -> str | None:
    """The kind a word stands for (``speaker`` → ``role``), or None when it names none.

    Examples
    --------
    >>> kind_of("speaker"), kind_of("municipality"), kind_of("entity")
    ('role', 'municipality', None)
    """
    if word is None:
        return None
    word = KIND_ALIASES.get(word, word)
    return word if word in {kind for _, kind in KIND_CLASSES} else None


def slug_of(iri: str) -> str:
    """The last path segment of an IRI (``…/municipality/brunssum`` → ``brunssum``).

    Examples
    --------
    >>> slug_of("https://w3id.org/kg-decentralisatie/def#Finding")
    'Finding'
    """
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def normalise(text: str) -> str:
    """Case-, accent- and space-insensitive form of a name.

    Examples
    --------
    >>> normalise("  Financiën   Sociaal ")
    'financien sociaal'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def spelled_iri(text: str, prefixes: Mapping[str, str] | None = None) -> str | None:
    """The IRI ``text`` spells directly (``<…>``, absolute, or a prefixed name), else None.

    Examples
    --------
    >>> spelled_iri("law:jeugdwet")
    'https://w3id.org/kg-decentralisatie/concept/law/jeugdwet'
    >>> spelled_iri("Jeugdwet") is None
    True
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    prefix, sep, local = text.partition(":")
    known = PREFIXES if prefixes is None else prefixes
    if sep and prefix in known and "/" not in prefix and not local.startswith("//"):
        return known[prefix] + local
    return text if _ABSOLUTE_IRI.match(text) else None


def short_name(iri: str) -> str:
    """The IRI as a prefixed name when a project prefix fits, else the IRI.

    Examples
    --------
    >>> short_name("https://w3id.org/kg-decentralisatie/concept/problem/care-avoiders")
    'problem:care-avoiders'
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and len(namespace) > len(best) and local:
            best, found = namespace, f"{prefix}:{local}"
    return found if best else iri


@dataclass(frozen=True)
class Named:
    """An entity and the names it goes by.

    Attributes
    ----------
    iri : str
        The entity.
    kind : str or None
        ``municipality``, ``law``, ``problem`` … (see :data:`KIND_CLASSES`).
    names : tuple of (str, str)
        ``(form, text)`` pairs; form is a key of :data:`RANKS`.
    """

    iri: str
    kind: str | None = None
    names: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """A name to show: the first preferred label, else the slug."""
        return next((text for form, text in self.names if form == "pref"), slug_of(self.iri))


class UnknownName(UsageError):
    """No entity goes by the name; ``candidates`` holds close matches (IRIs)."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class AmbiguousName(UsageError):
    """Several entities go by the name at the same rank; ``candidates`` holds their IRIs."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass
class Names:
    """An index of entities by every name they go by.

    Examples
    --------
    >>> names = Names([Named("http://e/zm", "problem", (("pref", "Zorgmijders"),))])
    >>> names.resolve("ZORGMIJDERS", "problem"), names.resolve("zm")
    ('http://e/zm', 'http://e/zm')
    >>> names.resolve("zorgmijder")
    Traceback (most recent call last):
    ...
    kg.names.UnknownName: unknown entity 'zorgmijder'; close matches: http://e/zm (Zorgmijders)
    """

    entities: dict[str, Named] = field(default_factory=dict)

    def __init__(self, entities: Iterable[Named] = ()) -> None:
        self.entities = {}
        for entity in entities:
            self.add(entity)

    def add(self, entity: Named) -> None:
        """Add an entity, merging its names and kind with what is known of the same IRI."""
        old = self.entities.get(entity.iri)
        if old is None:
            self.entities[entity.iri] = entity
            return
        names = old.names + tuple(n for n in entity.names if n not in old.names)
        self.entities[entity.iri] = Named(entity.iri, old.kind or entity.kind, names)

    def of_kind(self, kind: str | None) -> list[Named]:
        """The entities of one kind (every entity for None), sorted by IRI."""
        kind = KIND_ALIASES.get(kind or "", kind)
        return [e for iri, e in sorted(self.entities.items()) if kind is None or e.kind == kind]

    def matches(self, name: str, kind: str | None = None) -> list[tuple[int, str]]:
        """``(rank, iri)`` of every entity ``name`` fits, best rank first."""
        wanted = normalise(name)
        iri = spelled_iri(name)
        slug = slugify(name) if wanted else None
        found: list[tuple[int, str]] = []
        for entity in self.of_kind(kind):
            ranks = [RANKS["iri"]] if iri is not None and entity.iri == iri else []
            if slug is not None and slug_of(entity.iri).casefold() == slug:
                ranks.append(RANKS["slug"])
            for form, text in entity.names:
                if (iri is not None and form == "same" and text == iri) or (
                    form != "same" and normalise(text) == wanted
                ):
                    ranks.append(RANKS[form])
            if ranks:
                found.append((min(ranks), entity.iri))
        return sorted(found)

    def resolve(
        self, name: str, kind: str | None = None, *, prefer: str | None = None, what: str = ""
    ) -> str:
        """The IRI of the one entity (of ``kind``) that ``name`` names best.

        Parameters
        ----------
        name : str
            What the user typed.
        kind : str, optional
            Only entities of this kind count.
        prefer : str, optional
            When entities of several kinds fit equally well, this kind wins.
        what : str, optional
            How to call the thing in messages (default: the kind, else "entity").

        Raises
        ------
        UnknownName, AmbiguousName
        """
        what = what or kind or "entity"
        found = self.matches(name, kind)
        if not found:
            raise self.unknown(name, kind, what)
        best = [iri for rank, iri in found if rank == found[0][0]]
        if len(best) > 1 and prefer:
            preferred = [iri for iri in best if self.entities[iri].kind == prefer]
            best = preferred or best
        if len(best) == 1:
            return best[0]
        listed = "; ".join(self.describe(iri) for iri in best)
        raise AmbiguousName(
            f"{what} {name!r} is ambiguous: {listed}; give the IRI or prefixed name", tuple(best)
        )

    def describe(self, iri: str) -> str:
        """``problem:care-avoiders (Zorgmijders)``: how messages show an entity."""
        entity = self.entities[iri]
        return f"{short_name(iri)} ({entity.label})"

    def close(self, name: str, kind: str | None = None, limit: int = 5) -> list[str]:
        """IRIs of the entities whose names come closest to ``name``, best first."""
        wanted = normalise(name)
        pool: dict[str, str] = {}
        for entity in self.of_kind(kind):
            for text in (slug_of(entity.iri), *(t for f, t in entity.names if f != "same")):
                pool.setdefault(normalise(text), entity.iri)
        hits: list[str] = []
        if len(wanted) >= 3:
            hits += [iri for text, iri in sorted(pool.items(), key=_by_length) if wanted in text]
        hits += [pool[t] for t in difflib.get_close_matches(wanted, list(pool), limit * 2, 0.6)]
        return list(dict.fromkeys(hits))[:limit]

    def unknown(self, name: str, kind: str | None, what: str) -> UnknownName:
        """The error for a name no entity goes by, listing close matches."""
        elsewhere = [iri for _, iri in self.matches(name)] if kind else []
        if elsewhere:
            named = ", ".join(
                f"{self.entities[i].kind or 'entity'} {self.describe(i)}" for i in elsewhere
            )
            return UnknownName(f"{name!r} is not a {kind}: it names {named}", tuple(elsewhere))
        near = self.close(name, kind)
        if near:
            hint = "; close matches: " + ", ".join(self.describe(iri) for iri in near)
        else:
            known = self.of_kind(kind)
            hint = "; known: " + ", ".join(short_name(e.iri) for e in known) if known else ""
            if len(known) > 12:
                hint = f"; none close among {len(known)} known"
        return UnknownName(f"unknown {what} {name!r}{hint}", tuple(near))


def _by_length(item: tuple[str, str]) -> tuple[int, str, str]:
    return (len(item[0]), item[0], item[1])


def kind_of_classes(classes: Iterable[str]) -> str | None:
    """The kind of an entity with these ``rdf:type`` IRIs (first of :data:`KIND_CLASSES`)."""
    have = set(classes)
    return next((kind for cls, kind in KIND_CLASSES if cls in have), None)


def names_from_graph(graph, kind: str | None = None) -> Names:  # noqa: ANN001 - rdflib.Graph
    """Every typed entity of an rdflib graph (of ``kind``), with its names."""
    from rdflib import RDF, Literal, URIRef

    kind = KIND_ALIASES.get(kind or "", kind)
    subjects = {
        s
        for cls, k in KIND_CLASSES
        if kind is None or k == kind
        for s in graph.subjects(RDF.type, URIRef(cls))
        if isinstance(s, URIRef)
    }
    names = Names()
    for subject in sorted(subjects):
        entity_kind = kind_of_classes(str(c) for c in graph.objects(subject, RDF.type))
        found = [
            (form, str(value))
            for prop, form in PROPERTY_FORMS.items()
            for value in sorted(graph.objects(subject, URIRef(prop)))
            if isinstance(value, Literal) != (form == "same")
        ]
        names.add(Named(str(subject), entity_kind, tuple(found)))
    return names


def names_from_projection(projection, kind: str | None = None) -> Names:  # noqa: ANN001
    """Every node of a networkx projection (of ``kind``): labels, slug, CBS code."""
    kind = KIND_ALIASES.get(kind or "", kind)
    names = Names()
    for node, data in sorted(projection.nodes(data=True)):
        node_kind = KIND_ALIASES.get(data.get("type", ""), data.get("type"))
        if kind is not None and node_kind != kind:
            continue
        found = [("pref", data[k]) for k in ("label_nl", "label_en") if data.get(k)]
        if data.get("cbs_code"):
            found.append(("code", data["cbs_code"]))
        names.add(Named(str(node), node_kind, tuple(found)))
    return names


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
    iri = spelled_iri(name)
    bindings = {
        "_iri": Term.iri(iri if iri and _ABSOLUTE_IRI.match(iri) else _NOTHING),
        "_also": Term.iri(also or _NOTHING),
        "_lower": Term.literal(name.strip().lower()),
        "_slash": Term.literal("/" + slug),
        "_hash": Term.literal("#" + slug),
    }
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
    :func:`resolve_on` trusts it only for a match of rank 2 or better.
    """
    from kg.terms import Term

    iri = spelled_iri(name)
    bindings = {
        "_iri": Term.iri(iri if iri and _ABSOLUTE_IRI.match(iri) else _NOTHING),
        "_also": Term.iri(also or _NOTHING),
    }
    literals = [Term.literal(form, lang=lang) for form in spellings(name) for lang in _LABEL_LANGS]
    bindings.update({f"_l{i}": term for i, term in enumerate(literals)})
    text = _exact_query(len(literals))
    found = backend.execute(text, bindings, timeout=timeout, name="name lookup")
    return _rows_to_names(found.bindings)


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
    """Resolve ``name`` against a SPARQL backend (:func:`lookup`, then :meth:`Names.resolve`).

    ``prefer_like`` is an IRI (a parameter's default) whose kind wins a tie
    between kinds. An unknown name's error lists close matches of ``kind``.

    Raises
    ------
    UnknownName, AmbiguousName
    """
    names = lookup_exact(backend, name, also=prefer_like, timeout=timeout)
    exact = names.matches(name, kind)
    if not exact or exact[0][0] > RANKS["pref"]:
        names = lookup(backend, name, also=prefer_like, timeout=timeout)
    anchor = names.entities.get(prefer_like or "")
    prefer = anchor.kind if anchor is not None else None
    try:
        return names.resolve(name, kind, prefer=prefer, what=what)
    except UnknownName:
        pool = lookup_pool(backend, kind, timeout=timeout)
        for entity in names.entities.values():
            pool.add(entity)
        raise pool.unknown(name, kind, what or kind or "entity") from None
