"""An in-memory index of every finding, built once when the server starts.

One SPARQL query reads each finding's municipality, speakers, theme, laws,
problems, topics, tone, quote and offsets; :meth:`FindingsIndex.search` then
filters by full text and facets, counts facet values and pages, all in
Python, with no query per request.

Examples
--------
>>> row = Finding("f1", "Wachtlijsten zijn lang.", "doc", 0, 23,
...               {"municipality": ("m1",), "tone": ("neg",)})
>>> index = FindingsIndex([row])
>>> [f.iri for f in index.search("wachtlijst", {"tone": ["neg"]}).rows]
['f1']
>>> index.search("", {"tone": ["pos"]}).total
0
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from kg.namespaces import DCTERMS, OA

#: Facet name → the finding property it reads (local name in the ``kg:`` namespace).
FACETS: dict[str, str] = {
    "municipality": "aboutMunicipality",
    "speaker": "speaker",
    "theme": "theme",
    "law": "concernsLaw",
    "problem": "concernsProblem",
    "topic": "discussesTopic",
    "tone": "polarity",
}
#: Other properties whose values count as "this finding concerns that entity".
#: kg:concerns itself is read for graphs written before it was left to its sub-properties.
CONCERNS = (
    "concerns",
    "concernsActor",
    "concernsLaw",
    "concernsOrganisation",
    "concernsProblem",
    "mentions",
)
#: Findings per page in the browser.
PAGE_SIZE = 25
#: Facet values listed per facet (the selected ones always are).
FACET_VALUES = 12


def fold(text: str) -> str:
    """Lower case without accents, for matching.

    Examples
    --------
    >>> fold("Financiën ÉÉN")
    'financien een'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Finding:
    """One finding: its IRI, quote and offsets, and facet values (IRIs)."""

    iri: str
    quote: str
    document: str
    start: int
    end: int
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    concerns: tuple[str, ...] = ()

    def values(self, facet: str) -> tuple[str, ...]:
        """The IRIs of ``facet`` (empty when none)."""
        return self.facets.get(facet, ())

    def entities(self) -> set[str]:
        """Every entity the finding is about or cites (facet values and concerns)."""
        found = set(self.concerns)
        for values in self.facets.values():
            found.update(values)
        return found


@dataclass
class SearchResult:
    """One page of a search: rows, the total, and facet counts over all matches."""

    rows: list[Finding]
    total: int
    page: int
    pages: int
    facets: dict[str, list[tuple[str, int]]]
    matches: list[Finding] = field(default_factory=list)


def index_query(kg: str) -> str:
    """The one query that reads every finding (``kg`` is the ontology namespace)."""
    props = " ".join(f"<{kg}{name}>" for name in sorted({*FACETS.values(), *CONCERNS}))
    return f"""SELECT ?f ?p ?o ?exact ?start ?end ?doc WHERE {{
  ?f a <{kg}Finding> .
  {{ VALUES ?p {{ {props} }} ?f ?p ?o }}
  UNION {{ ?f <{kg}quote> ?q . ?q <{OA}exact> ?exact ; <{OA}start> ?start ; <{OA}end> ?end }}
  UNION {{ ?f <{kg}inDocument> ?d . ?d <{DCTERMS}identifier> ?doc }}
}}"""


def build_index(store: object, kg: str) -> FindingsIndex:
    """Read every finding of ``store`` with :func:`index_query` into an index."""
    by_prop = {kg + name: facet for facet, name in FACETS.items()}
    concern_props = {kg + name for name in CONCERNS}
    quotes: dict[str, tuple[str, int, int]] = {}
    docs: dict[str, str] = {}
    facets: dict[str, dict[str, set[str]]] = {}
    concerns: dict[str, set[str]] = {}
    for row in store.query(index_query(kg)):  # type: ignore[attr-defined]
        iri = row["f"].value
        facets.setdefault(iri, {})
        if row["exact"] is not None:
            try:
                quotes[iri] = (row["exact"].value, int(row["start"].value), int(row["end"].value))
            except ValueError:
                continue
        elif row["doc"] is not None:
            docs[iri] = row["doc"].value
        elif row["o"] is not None and hasattr(row["o"], "value") and _is_iri(row["o"]):
            prop = row["p"].value
            if prop in by_prop:
                facets[iri].setdefault(by_prop[prop], set()).add(row["o"].value)
            if prop in concern_props:
                concerns.setdefault(iri, set()).add(row["o"].value)
    findings = []
    for iri in sorted(facets):
        quote, start, end = quotes.get(iri, ("", 0, 0))
        findings.append(
            Finding(
                iri,
                quote,
                docs.get(iri, ""),
                start,
                end,
                {name: tuple(sorted(values)) for name, values in sorted(facets[iri].items())},
                tuple(sorted(concerns.get(iri, ()))),
            )
        )
    findings.sort(key=lambda f: (f.document, f.start, f.end, f.iri))
    return FindingsIndex(findings)


def _is_iri(term: object) -> bool:
    import pyoxigraph as ox

    return isinstance(term, ox.NamedNode)


class FindingsIndex:
    """Findings in document order, with a folded copy of each quote for search."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self._folded = [fold(f.quote) for f in self.findings]
        self._by_entity: dict[str, list[int]] = {}
        self._by_iri: dict[str, Finding] = {}
        for i, finding in enumerate(self.findings):
            self._by_iri[finding.iri] = finding
            for entity in sorted(finding.entities()):
                self._by_entity.setdefault(entity, []).append(i)

    def __len__(self) -> int:
        return len(self.findings)

    def get(self, iri: str) -> Finding | None:
        """The finding with IRI ``iri``, if indexed."""
        return self._by_iri.get(iri)

    def about(self, entity: str) -> list[Finding]:
        """Findings that concern ``entity`` (any facet or concern), in document order."""
        return [self.findings[i] for i in self._by_entity.get(entity, [])]

    def search(
        self,
        text: str = "",
        selected: dict[str, list[str]] | None = None,
        page: int = 1,
        page_size: int = PAGE_SIZE,
    ) -> SearchResult:
        """Findings whose quote holds every word of ``text`` and that match ``selected``.

        Within a facet the selected values are alternatives (OR); facets combine
        (AND). Facet counts are over all matches; pages count from 1.
        """
        words = fold(text).split()
        chosen = {k: set(v) for k, v in (selected or {}).items() if k in FACETS and v}
        matches = []
        for finding, folded in zip(self.findings, self._folded, strict=True):
            if any(word not in folded for word in words):
                continue
            if all(set(finding.values(k)) & values for k, values in chosen.items()):
                matches.append(finding)
        counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
        for finding in matches:
            for name in FACETS:
                counts[name].update(finding.values(name))
        facets = {}
        for name, counter in counts.items():
            ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            keep = [kv for kv in ordered[:FACET_VALUES]]
            keep += [kv for kv in ordered[FACET_VALUES:] if kv[0] in chosen.get(name, set())]
            facets[name] = keep
        pages = max(1, -(-len(matches) // page_size))
        page = min(max(1, page), pages)
        rows = matches[(page - 1) * page_size : page * page_size]
        return SearchResult(rows, len(matches), page, pages, facets, matches)
