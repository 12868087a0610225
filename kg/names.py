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
6     rdfs:label     documents (findings have no stored label)
====  =============  ==========================================================

The best rank with a match wins; two entities at that rank make the name
ambiguous (:class:`AmbiguousName`), none makes it unknown
(:class:`UnknownName`, whose one-line message lists close matches). Both are
usage errors (exit code 2).

Entities come from one of three feeders, so the matching rules live here
only: :func:`names_from_graph` (an rdflib graph), :func:`names_from_projection`
(the networkx projection the maps draw) and :mod:`kg.namelookup` (any SPARQL
backend: a local file or a remote endpoint; the name is bound as a literal,
never formatted into the query).
"""

from __future__ import annotations

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

#: An absolute IRI (scheme, then ``//`` or a colon-free rest).
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[^\s:]+$)")


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
    return text if ABSOLUTE_IRI.match(text) else None


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
        import difflib  # only for an unknown name: off the query path's start

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
