"""What a build is asked for (:class:`BuildConfig`) and what it loads once (:class:`Resources`).

A build's settings are a small frozen record; the ontology, the lexicon, the
compiled shapes and the Turtle formatter that follow from them are loaded once
per process by :class:`Resources` (before the worker pool forks, so workers
share them) and then only read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from kg.extract import Lexicon
from kg.namespaces import base_iri, prefixes_for, rebase

#: Bump when the cached per-document result changes shape.
CACHE_SCHEMA = "3"


@dataclass(frozen=True)
class BuildConfig:
    """The settings of one build.

    Attributes
    ----------
    ontology_dir : Path
        The ontology folder.
    base : str
        The data base IRI (checked).
    curation : bool
        Apply the curation files beside the profiles.
    validate : bool
        Check each document's triples against the SHACL shapes.
    reference_dir : Path or None
        The reference data folder (None: the packaged ``kg/data/reference``).

    Examples
    --------
    >>> BuildConfig.create(base="https://example.org/kg/", validate=False).validate
    False
    """

    ontology_dir: Path
    base: str
    curation: bool = True
    validate: bool = True
    reference_dir: Path | None = None

    @classmethod
    def create(
        cls,
        ontology_dir: str | Path | None = None,
        base: str | None = None,
        curation: bool = True,
        validate: bool = True,
        reference_dir: str | Path | None = None,
    ) -> BuildConfig:
        """The configuration with defaults filled in and the base IRI checked."""
        from kg.ontology import default_ontology_dir

        return cls(
            Path(ontology_dir) if ontology_dir else default_ontology_dir(),
            base_iri(base),
            curation,
            validate,
            Path(reference_dir) if reference_dir is not None else None,
        )


class Resources:
    """What turning profiles into Turtle needs, loaded once from a :class:`BuildConfig`.

    The reference data is loaded (and checked) at once, so a broken file fails
    before any work; the rest is loaded on first use.

    Parameters
    ----------
    config : BuildConfig
        The build's settings.
    """

    def __init__(self, config: BuildConfig) -> None:
        from kg.ontology import ontology_files
        from kg.reference import default_reference, load_reference

        self.config = config
        self.files = ontology_files(config.ontology_dir)
        self.reference = (
            load_reference(config.reference_dir)
            if config.reference_dir is not None
            else default_reference()
        )

    @classmethod
    def create(cls, ontology_dir: str | Path | None = None, **settings: Any) -> Resources:
        """Shorthand for ``Resources(BuildConfig.create(ontology_dir, **settings))``."""
        return cls(BuildConfig.create(ontology_dir, **settings))

    @property
    def base(self) -> str:
        """The data base IRI."""
        return self.config.base

    @cached_property
    def ontology(self):  # noqa: ANN201 - rdflib.Graph
        """The ontology files as one rdflib graph (default base)."""
        from kg.ontology import load_ontology

        return load_ontology(self.config.ontology_dir)

    @cached_property
    def lexicon(self) -> Lexicon:
        """The extractor's lexicon (ontology labels and reference names).

        It and the ontology live as long as the build: once built they are moved
        out of the garbage collector's generations (``gc.freeze``), so that its
        full collections during extraction no longer walk them (and forked
        workers do not copy their pages by touching them).
        """
        import gc

        lexicon = Lexicon.from_graph(self.ontology, self.reference)
        gc.collect()  # nothing unreachable is frozen
        gc.freeze()
        return lexicon

    @cached_property
    def headings(self):  # noqa: ANN201 - list of KnownHeading
        """The known section headings."""
        from kg.ontology import known_headings

        return known_headings(self.ontology)

    @cached_property
    def shapes(self):  # noqa: ANN201 - kg.publish.shacl.Validator or PyShaclDocuments
        """The shapes compiled for checking documents (pySHACL if they cannot be compiled)."""
        from kg.publish.validate import document_validator

        return document_validator(
            self.config.ontology_dir / "shapes.ttl", self.base, self.ontology_lines()
        )

    @cached_property
    def formatter(self):  # noqa: ANN201 - TurtleFormatter
        """The deterministic Turtle writer, with the base's prefixes."""
        from kg.turtle import TurtleFormatter

        return TurtleFormatter(prefixes_for(self.base))

    @cached_property
    def terms(self):  # noqa: ANN201 - NTriplesTerms
        """The N-Triples term maker, moving IRIs onto the base."""
        from kg.terms import NTriplesTerms

        return NTriplesTerms(self.base)

    @cached_property
    def ontology_triples(self) -> frozenset[tuple[Any, Any, Any]]:
        """The ontology and the indicator data set description (default base)."""
        from kg.rdf import add_dataset_metadata

        triples: set[tuple[Any, Any, Any]] = set(self.ontology)
        add_dataset_metadata(triples)
        return frozenset(triples)

    @cached_property
    def _ontology_lines(self) -> frozenset[str]:
        from rdflib import URIRef

        from kg.turtle import triple_nt

        def move(term):  # noqa: ANN001, ANN202
            return URIRef(rebase(str(term), self.base)) if isinstance(term, URIRef) else term

        return frozenset(triple_nt(move(s), move(p), move(o)) for s, p, o in self.ontology_triples)

    def ontology_lines(self) -> set[str]:
        """The ontology (and the indicator data set description) as N-Triples lines."""
        return set(self._ontology_lines)

    @cached_property
    def digest(self) -> str:
        """Hash of everything besides the profile that a document's result depends on."""
        config = self.config
        h = hashlib.sha256()
        h.update(
            f"schema={CACHE_SCHEMA};base={config.base};curation={config.curation};"
            f"validate={config.validate}".encode()
        )
        shapes = config.ontology_dir / "shapes.ttl"
        reference = sorted(self.reference.directory.glob("*.csv"))
        for path in [*self.files, *([shapes] if shapes.is_file() else []), *reference]:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        package = Path(__file__).resolve().parent.parent
        for path in code_files(package):
            h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()

    def warm(self) -> None:
        """Load everything a worker needs before forking, so workers share it.

        The ontology, the lexicon (which loads simplemma's Dutch dictionary,
        about 1.5 s) and the formatter are then built once, not once per worker.
        """
        self.lexicon, self.headings, self.formatter, self.terms  # noqa: B018
        if self.config.validate:
            self.shapes, self._ontology_lines  # noqa: B018


def code_files(package: Path) -> list[Path]:
    """The files of the package ``package`` a document's result depends on: its modules
    and its data files (word lists, cue tables, reference data), sorted; a word added to
    ``kg/data/*.txt`` changes what is extracted as much as a change of code does.

    Examples
    --------
    >>> import kg
    >>> package = Path(kg.__file__).parent
    >>> names = [p.relative_to(package).as_posix() for p in code_files(package)]
    >>> "build/config.py" in names and "data/title-words.txt" in names
    True
    """
    data = package / "data"
    found = list(package.rglob("*.py"))
    found += [p for p in data.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    return sorted(p for p in found if "__pycache__" not in p.parts)
