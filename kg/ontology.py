"""Loading the ontology folder and reading the extractor's lexicon from it.

Everything the extractor knows about words comes from here: SKOS labels of the
concepts (laws, actor roles, problems, themes) and of the named organisations
in the gazetteer. Adding a synonym to ``ontology/*.ttl`` changes what is
found, with no code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from kg.document import KnownHeading
from kg.errors import DataError, UsageError
from kg.namespaces import KG
from kg.terms import sorted_nodes
from kg.vocab import EntityKind

KGNS = Namespace(KG)

#: Entity types the extractor resolves, keyed by their ontology class.
ENTITY_TYPES: dict[str, EntityKind] = {
    KG + "Municipality": "municipality",
    KG + "Region": "region",
    KG + "IntermunicipalBody": "body",
    KG + "Organisation": "organisation",
    KG + "Ministry": "organisation",
    KG + "Place": "place",
    KG + "Law": "law",
    KG + "ActorRole": "role",
    KG + "Problem": "problem",
}

#: Types whose names are proper nouns: matched with the case of their first letter.
PROPER_NAME_TYPES = frozenset({"municipality", "region", "body", "organisation", "place"})


@dataclass(frozen=True)
class LexiconEntry:
    """One label of one entity.

    Attributes
    ----------
    label : str
        The Dutch label as written in the ontology.
    iri : str
        The entity it names.
    kind : str
        ``municipality``, ``region``, ``body``, ``organisation``, ``place``,
        ``law``, ``role`` or ``problem``.
    source : str
        ``prefLabel``, ``altLabel`` or ``hiddenLabel``.
    """

    label: str
    iri: str
    kind: str
    source: str


def default_ontology_dir() -> Path:
    """Return the ontology folder used when none is given: ``./ontology``, else the shipped one.

    The shipped folder is the source checkout's ``ontology/`` or, in an
    installed wheel, the package's copy (:func:`kg.resources.bundled_dir`).
    No process-wide choice is kept: the command line resolves ``--ontology``
    and ``$KG_ONTOLOGY`` (:mod:`kg.cli.env`) and passes the folder down to
    every library function that takes an ``ontology_dir``.

    Examples
    --------
    >>> (default_ontology_dir() / "kg.ttl").is_file()
    True
    """
    from kg.resources import bundled_dir

    local = Path("ontology")
    if (local / "kg.ttl").is_file():
        return local
    return bundled_dir("ontology", "kg.ttl")


def ontology_files(directory: str | Path) -> list[Path]:
    """List the Turtle files of the ontology (shapes excluded), sorted.

    Raises
    ------
    UsageError
        If the folder is missing or holds no ``kg.ttl``.
    """
    directory = Path(directory)
    if not (directory / "kg.ttl").is_file():
        raise UsageError("ontology folder not found (expected kg.ttl in it)", directory)
    return sorted(
        p for p in directory.glob("*.ttl") if p.name != "shapes.ttl" and not p.name.startswith(".")
    )


def load_ontology(directory: str | Path | None = None) -> Graph:
    """Parse the ontology folder into one graph.

    Parameters
    ----------
    directory : str or Path, optional
        Defaults to :func:`default_ontology_dir`.

    Returns
    -------
    rdflib.Graph

    Raises
    ------
    DataError
        If a file does not parse; the message names the file.
    """
    graph = Graph()
    for path in ontology_files(directory or default_ontology_dir()):
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser-specific types
            raise DataError(f"cannot parse ontology file: {exc}", path) from None
    return graph


def _nl(literal: object) -> bool:
    return isinstance(literal, Literal) and literal.language in (None, "nl")


def lexicon_entries(graph: Graph) -> list[LexiconEntry]:
    """Return every Dutch label of every entity the extractor can resolve.

    Sorted by label then IRI, so the lexicon is deterministic.
    """
    entries: set[LexiconEntry] = set()
    for class_iri, kind in ENTITY_TYPES.items():
        for subject in graph.subjects(RDF.type, URIRef(class_iri)):
            for prop, source in (
                (SKOS.prefLabel, "prefLabel"),
                (SKOS.altLabel, "altLabel"),
                (SKOS.hiddenLabel, "hiddenLabel"),
            ):
                for label in graph.objects(subject, prop):
                    if _nl(label):
                        entries.add(LexiconEntry(str(label), str(subject), kind, source))
    return sorted(entries, key=lambda e: (e.label, e.iri, e.source))


def known_headings(graph: Graph) -> list[KnownHeading]:
    """Return the known-heading list: every theme with its Dutch labels and level."""
    headings = []
    for theme in sorted_nodes(graph.subjects(RDF.type, KGNS.Theme)):
        labels = tuple(
            sorted(
                str(lab)
                for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                for lab in graph.objects(theme, prop)
                if _nl(lab)
            )
        )
        parent = graph.value(theme, SKOS.broader)
        headings.append(
            KnownHeading(
                key=str(theme),
                labels=labels,
                level=2 if parent is not None else 1,
                parent=str(parent) if parent is not None else None,
            )
        )
    return headings


def label_map(graph: Graph, lang: str) -> dict[str, str]:
    """Map each subject to its ``skos:prefLabel`` (else ``rdfs:label``) in ``lang``."""
    from rdflib.namespace import RDFS

    labels: dict[str, str] = {}
    for prop in (RDFS.label, SKOS.prefLabel):
        for subject, label in graph.subject_objects(prop):
            if isinstance(label, Literal) and label.language == lang:
                labels[str(subject)] = str(label)
    return labels


def polarity_cues(graph: Graph) -> list[LexiconEntry]:
    """Return the polarity cue words: hidden labels of the polarity concepts.

    The entry's ``iri`` is the polarity concept, its ``kind`` is ``polarity``.
    """
    entries = set()
    for concept in graph.subjects(RDF.type, KGNS.Polarity):
        for label in graph.objects(concept, SKOS.hiddenLabel):
            if _nl(label):
                entries.add(LexiconEntry(str(label), str(concept), "polarity", "hiddenLabel"))
    return sorted(entries, key=lambda e: (e.label, e.iri))
