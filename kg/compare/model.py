"""What a side-by-side comparison holds, read from the graph through library queries.

Everything here comes from named queries in ``queries/`` (see
:data:`QUERIES`), run once per municipality where the query takes one;
nothing is specific to a profile. :func:`build_comparison` returns a
:class:`Comparison`; its methods group the rows into the report's views
(problems shared by all, by some, by one; findings per law; voices).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import SupportsInt, cast

from kg.errors import UsageError
from kg.namelookup import lookup_best
from kg.names import Named, Names, UnknownName
from kg.names import slug_of as local_name
from kg.namespaces import slugify
from kg.vocab import POLARITIES

#: The library queries a comparison is built from, in the order they run.
QUERIES = (
    "municipality-overview",
    "entity-labels",
    "findings-of-municipality",
    "indicators-with-provenance",
    "regions-and-shared-services",
    "relations-of-municipality",
    "topic-evidence",
)


@dataclass(frozen=True)
class Span:
    """A quoted stretch of a source document (offsets into its cleaned text, end exclusive)."""

    document: str
    start: int
    end: int
    text: str

    @property
    def href(self) -> str:
        """Relative link to the highlighted span in the document's source page."""
        return f"sources/{slugify(self.document)}.html#s-{self.start}-{self.end}"


@dataclass(frozen=True)
class Finding:
    """One claim of a profile: who says it, about what, in which tone, quoted where."""

    iri: str
    municipality: str
    span: Span
    polarity: str
    themes: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    #: Topics the finding discusses (``kg:discussesTopic``), sorted.
    topics: tuple[str, ...] = ()

    @property
    def tone(self) -> str:
        """``positive``, ``negative``, ``mixed`` or ``neutral``."""
        return local_name(self.polarity)


@dataclass(frozen=True)
class Indicator:
    """One quantitative (or comparative) statement about a municipality."""

    iri: str
    municipality: str
    measure: str | None
    span: Span
    value: Decimal | None = None
    unit: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    comparison: str | None = None
    reference: str | None = None
    national_value: Decimal | None = None
    sentence: Span | None = None

    @property
    def context(self) -> Span:
        """The whole sentence the figure stands in, else the quoted text itself."""
        return self.sentence or self.span


@dataclass(frozen=True)
class Relation:
    """A typed link between organisations, with the sentence that states it."""

    iri: str
    relation_type: str
    subject: str
    object: str
    span: Span


@dataclass(frozen=True)
class Membership:
    """A municipality's region or shared service, and the group's lead municipality."""

    municipality: str
    group: str
    group_kind: str
    lead: str | None = None


@dataclass(frozen=True)
class Municipality:
    """A profiled municipality and how much its profile yielded."""

    iri: str
    cbs_code: str | None
    findings: int
    indicators: int
    relations: int

    @property
    def slug(self) -> str:
        """``brunssum`` for ``…/municipality/brunssum``."""
        return slugify(local_name(self.iri))


@dataclass(frozen=True)
class Labels:
    """Dutch and English names of entities and concepts, and their kinds."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    def __call__(self, iri: str | None, lang: str = "en") -> str:
        """The name of ``iri`` in ``lang`` (the other language, else the IRI's last segment)."""
        if iri is None:
            return ""
        nl, en = self.names.get(iri, ("", ""))
        first, second = (nl, en) if lang == "nl" else (en, nl)
        return first or second or local_name(iri)

    def kind(self, iri: str) -> str:
        """``problem``, ``law``, ``role``, ``theme``, ``municipality`` … or ``""``."""
        return self.kinds.get(iri, "")


@dataclass(frozen=True)
class ProblemGroups:
    """Problems by how many of the compared municipalities report them."""

    shared_by_all: tuple[str, ...]
    shared_by_some: tuple[str, ...]
    unique: dict[str, tuple[str, ...]]


@dataclass
class Comparison:
    """Two or more municipalities side by side, as the graph describes them.

    Attributes
    ----------
    municipalities : tuple of Municipality
        In the order they were asked for.
    labels : Labels
        Names of every entity and concept in both languages.
    findings, indicators, relations, memberships : dict
        Municipality IRI → tuple of items, in document order.
    graph : str
        The graph file the comparison was read from (for the report's footer).
    """

    municipalities: tuple[Municipality, ...]
    labels: Labels
    findings: dict[str, tuple[Finding, ...]]
    indicators: dict[str, tuple[Indicator, ...]]
    relations: dict[str, tuple[Relation, ...]]
    memberships: dict[str, tuple[Membership, ...]]
    graph: str = ""

    @property
    def iris(self) -> tuple[str, ...]:
        """The compared municipalities' IRIs, in order."""
        return tuple(m.iri for m in self.municipalities)

    @property
    def slug(self) -> str:
        """``brunssum-bunschoten``: names the report file."""
        return "-".join(m.slug for m in self.municipalities)

    def subjects(self, kind: str) -> dict[str, dict[str, list[Finding]]]:
        """Subject of ``kind`` (``problem``, ``law``, ``topic`` …) → municipality → its findings."""
        table: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for municipality in self.iris:
            for finding in self.findings[municipality]:
                if kind == "topic":  # every kg:discussesTopic object is a topic
                    for subject in finding.topics:
                        table[subject][municipality].append(finding)
                    continue
                for subject in finding.concerns:
                    if self.labels.kind(subject) == kind:
                        table[subject][municipality].append(finding)
        return {s: dict(per) for s, per in table.items()}

    def _ranked(self, table: dict[str, dict[str, list[Finding]]], keys: list[str]) -> list[str]:
        return sorted(keys, key=lambda k: (-sum(len(v) for v in table[k].values()), k))

    def problem_groups(self, kind: str = "problem") -> ProblemGroups:
        """Problems (or other subjects of ``kind``, such as ``topic``) of every compared
        municipality, of some (two or more), of one."""
        table = self.subjects(kind)
        everyone = set(self.iris)
        all_ = [p for p in table if set(table[p]) == everyone]
        some = [p for p in table if 2 <= len(table[p]) < len(everyone)]
        unique = {
            m: tuple(self._ranked(table, [p for p in table if set(table[p]) == {m}]))
            for m in self.iris
        }
        return ProblemGroups(
            tuple(self._ranked(table, all_)), tuple(self._ranked(table, some)), unique
        )

    def laws(self) -> list[str]:
        """Laws any compared profile's findings concern, most discussed first."""
        table = self.subjects("law")
        return self._ranked(table, list(table))

    def voices(self) -> dict[str, dict[str, list[Finding]]]:
        """Speaker role → municipality → the findings it voices (most heard roles first)."""
        table: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for municipality in self.iris:
            for finding in self.findings[municipality]:
                for speaker in finding.speakers:
                    table[speaker][municipality].append(finding)
        order = self._ranked(table, list(table))
        return {s: dict(table[s]) for s in order}

    def topics(self, findings: list[Finding], kind: str | None = None) -> list[tuple[str, int]]:
        """What ``findings`` are about: subjects (of ``kind``) or, with ``kind="theme"``,
        themes; most frequent first."""
        counts: Counter[str] = Counter()
        for finding in findings:
            if kind == "theme":
                counts.update(finding.themes)
            else:
                counts.update(
                    c for c in finding.concerns if kind is None or self.labels.kind(c) == kind
                )
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def tones(findings: list[Finding]) -> dict[str, int]:
    """Number of findings per polarity (``positive`` … ``neutral``), zeros included."""
    counts = Counter(f.tone for f in findings)
    return {tone: counts.get(tone, 0) for tone in POLARITIES}


# --- reading the graph -------------------------------------------------------------


def _int(value: object) -> int:
    return int(cast("SupportsInt | str", value))


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def read_labels(connection) -> Labels:  # noqa: ANN001 - kg.query Connection
    """Names and kinds of every entity and concept (query ``entity-labels``)."""
    names: dict[str, tuple[str, str]] = {}
    kinds: dict[str, str] = {}
    for row in connection.run("entity-labels").rows():
        iri = str(row["entity"])
        nl = row["labelNl"] or row["altLabelNl"] or ""
        names[iri] = (str(nl), str(row["labelEn"] or ""))
        kinds.setdefault(iri, str(row["kind"]))
    return Labels(names, kinds)


def _municipality_names(labels: Labels, overview: list[dict], backend, name: str) -> Names:  # noqa: ANN001
    """Every municipality the labels know, with the overview's codes and what ``backend`` adds."""
    rows = {str(row["municipality"]): row for row in overview}
    names = Names()
    for iri, kind in labels.kinds.items():
        if kind == "municipality":
            nl, en = labels.names.get(iri, ("", ""))
            row = rows.get(iri, {})
            found = [("pref", t) for t in (nl, en, row.get("label")) if t]
            found += [("code", str(row["cbsCode"]))] if row.get("cbsCode") else []
            names.add(Named(iri, "municipality", tuple(found)))
    for iri in rows:
        names.add(Named(iri, "municipality"))
    if backend is None:
        return names
    # alternative and hidden labels, TOOI IRIs: exact index reads first, a label scan if needed
    best = lookup_best(backend, name, "municipality", known=names, among=rows)
    return Names(best.of_kind("municipality"))


def resolve_municipalities(
    names: list[str] | tuple[str, ...],
    overview: list[dict],
    labels: Labels,
    backend=None,  # noqa: ANN001 - kg.query.params.Backend
) -> list[str]:
    """The IRIs of the profiled municipalities named (any form :mod:`kg.names` takes).

    Raises
    ------
    UsageError
        For fewer than two different municipalities, or a name that is not a
        profiled municipality; the message lists close matches and the
        profiled ones.
    """
    profiled = {str(row["municipality"]) for row in overview}
    known = ", ".join(sorted(labels(iri, "nl") for iri in profiled)) or "none"
    chosen: list[str] = []
    for name in names:
        every = _municipality_names(labels, overview, backend, name)
        only = Names(e for e in every.of_kind("municipality") if e.iri in profiled)
        try:
            iri = only.resolve(name, "municipality")
        except UnknownName as exc:
            if every.matches(name, "municipality"):
                raise UnknownName(
                    f"{name!r} has no profile in the graph, so there is nothing to compare "
                    f"(profiled municipalities: {known})"
                ) from None
            near = ", ".join(only.describe(iri) for iri in exc.candidates)
            hint = f"; close matches: {near}" if near else ""
            raise UnknownName(
                f"unknown municipality {name!r}{hint} (profiled municipalities: {known})",
                exc.candidates,
            ) from None
        if iri not in chosen:
            chosen.append(iri)
    if len(chosen) < 2:
        raise UsageError(
            f"kg compare needs at least two different municipalities (profiled: {known})"
        )
    return chosen


def _topic_links(connection, municipality: str) -> dict[str, set[str]]:  # noqa: ANN001
    """Finding → the topics it discusses (query ``topic-evidence``)."""
    links: dict[str, set[str]] = defaultdict(set)
    for row in connection.run("topic-evidence", municipality=municipality).rows():
        links[str(row["finding"])].add(str(row["topic"]))
    return links


def _findings(connection, municipality: str) -> tuple[Finding, ...]:  # noqa: ANN001
    rows = connection.run("findings-of-municipality", municipality=municipality).rows()
    topics = _topic_links(connection, municipality)
    parts: dict[str, dict] = {}
    for row in rows:
        iri = str(row["finding"])
        entry = parts.setdefault(
            iri,
            {
                "span": Span(
                    str(row["documentKey"]), _int(row["start"]), _int(row["end"]), str(row["text"])
                ),
                "polarity": str(row["polarity"]),
                "themes": set(),
                "speakers": set(),
                "concerns": set(),
            },
        )
        for column, key in (("theme", "themes"), ("speaker", "speakers"), ("concern", "concerns")):
            if row[column] is not None:
                entry[key].add(str(row[column]))
    findings = [
        Finding(
            iri,
            municipality,
            e["span"],
            e["polarity"],
            tuple(sorted(e["themes"])),
            tuple(sorted(e["speakers"])),
            tuple(sorted(e["concerns"])),
            tuple(sorted(topics.get(iri, ()))),
        )
        for iri, e in parts.items()
    ]
    return tuple(sorted(findings, key=lambda f: (f.span.start, f.span.end, f.iri)))


def _indicators(connection, municipality: str) -> tuple[Indicator, ...]:  # noqa: ANN001
    rows = connection.run("indicators-with-provenance", municipality=municipality).rows()
    seen: dict[str, Indicator] = {}
    for row in rows:
        iri = str(row["observation"])
        sentence = None
        if row["sentence"] is not None:
            sentence = Span(
                str(row["documentKey"]),
                _int(row["sentenceStart"]),
                _int(row["sentenceEnd"]),
                str(row["sentence"]),
            )
        candidate = Indicator(
            iri=iri,
            municipality=municipality,
            measure=_str(row["measure"]),
            span=Span(
                str(row["documentKey"]), _int(row["start"]), _int(row["end"]), str(row["text"])
            ),
            value=_decimal(row["value"]),
            unit=_str(row["unit"]),
            approximate=bool(row["approximate"]),
            qualifier=_str(row["qualifier"]),
            comparison=_str(row["comparison"]),
            reference=_str(row["reference"]),
            national_value=_decimal(row["nationalValue"]),
            sentence=sentence,
        )
        # Keep the shortest enclosing sentence if (oddly) several enclose the quote.
        old = seen.get(iri)
        if old is None or (
            candidate.sentence is not None
            and (old.sentence is None or len(candidate.sentence.text) < len(old.sentence.text))
        ):
            seen[iri] = candidate
    return tuple(sorted(seen.values(), key=lambda i: (i.span.start, i.span.end, i.iri)))


def _relations(connection, municipality: str) -> tuple[Relation, ...]:  # noqa: ANN001
    rows = connection.run("relations-of-municipality", municipality=municipality).rows()
    relations = {
        str(row["relation"]): Relation(
            str(row["relation"]),
            str(row["relationType"]),
            str(row["subject"]),
            str(row["object"]),
            Span(str(row["documentKey"]), _int(row["start"]), _int(row["end"]), str(row["text"])),
        )
        for row in rows
    }
    return tuple(sorted(relations.values(), key=lambda r: (r.span.document, r.span.start, r.iri)))


def build_comparison(connection, names: list[str] | tuple[str, ...]) -> Comparison:  # noqa: ANN001
    """Read everything a side-by-side report shows about the named municipalities.

    Parameters
    ----------
    connection : kg.query.api.Connection
        An open graph (``kg.query.connect(path)``).
    names : sequence of str
        Two or more profiled municipalities: label ("Brunssum"), slug, CBS
        code ("GM0899") or IRI, case-insensitive.

    Returns
    -------
    Comparison

    Raises
    ------
    UsageError
        For an unknown or unprofiled municipality, or fewer than two.

    Examples
    --------
    Two profiled municipalities with nothing extracted yet (a real graph is
    ``build/kg.ttl``, written by ``kg build``):

    >>> import pathlib, tempfile
    >>> from kg.query import connect
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "kg.ttl"
    >>> _ = path.write_text('''
    ... @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... @prefix m: <https://w3id.org/kg-decentralisatie/id/municipality/> .
    ... <urn:doc:1> a kg:SourceDocument ; kg:describes m:brunssum .
    ... <urn:doc:2> a kg:SourceDocument ; kg:describes m:bunschoten .
    ... m:brunssum skos:prefLabel "Brunssum"@nl .
    ... m:bunschoten skos:prefLabel "Bunschoten"@nl .
    ... ''')
    >>> comparison = build_comparison(connect(path, cache=False), ["Brunssum", "Bunschoten"])
    >>> comparison.slug, [m.findings for m in comparison.municipalities]
    ('brunssum-bunschoten', [0, 0])
    """
    overview = connection.run("municipality-overview").rows()
    labels = read_labels(connection)
    chosen = resolve_municipalities(names, overview, labels, getattr(connection, "backend", None))
    rows = {str(r["municipality"]): r for r in overview}
    municipalities = tuple(
        Municipality(
            iri,
            _str(rows[iri]["cbsCode"]),
            _int(rows[iri]["findings"] or 0),
            _int(rows[iri]["indicators"] or 0),
            _int(rows[iri]["relations"] or 0),
        )
        for iri in chosen
    )
    memberships: dict[str, list[Membership]] = {iri: [] for iri in chosen}
    for row in connection.run("regions-and-shared-services").rows():
        iri = str(row["municipality"])
        if iri in memberships:
            memberships[iri].append(
                Membership(
                    iri,
                    str(row["group"]),
                    labels.kind(str(row["group"])) or local_name(str(row["groupType"])),
                    _str(row["lead"]),
                )
            )
    backend = getattr(connection, "backend", None)
    return Comparison(
        municipalities=municipalities,
        labels=labels,
        findings={iri: _findings(connection, iri) for iri in chosen},
        indicators={iri: _indicators(connection, iri) for iri in chosen},
        relations={iri: _relations(connection, iri) for iri in chosen},
        memberships={
            iri: tuple(sorted(set(v), key=lambda m: m.group)) for iri, v in memberships.items()
        },
        graph=str(getattr(backend, "path", "") or ""),
    )
