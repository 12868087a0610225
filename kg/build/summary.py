"""Finding counts: the precomputed summary of a document's findings (RDF Data Cube).

``ontology/summary.ttl`` defines five data sets of :class:`kg:FindingCount`
observations: findings per document × municipality × polarity × theme, problem,
law or speaker, and findings per document × municipality × speaker × topic.
:func:`finding_counts` computes a document's observations from the document's
own triples (the graph, not the extractor's objects, is the source), so the
build writes them in the document's block and the aggregate library queries sum
a few dozen observations per profile instead of scanning every finding. A
finding belongs to one document, so the counts of different documents never
overlap and a streaming build stays exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import product

from kg.namespaces import DEFAULT_BASE, ID, KG, QB, RDF, rebase

#: (finding property, data set name, dimension property) of each facet counted
#: by polarity.
FACETS = (
    ("theme", "findingsByTheme", "countedTheme"),
    ("concernsProblem", "findingsByProblem", "countedProblem"),
    ("concernsLaw", "findingsByLaw", "countedLaw"),
    ("speaker", "findingsBySpeaker", "countedSpeaker"),
)
#: (data set name, ((finding property, dimension property), ...)) of each facet
#: of two dimensions, counted without polarity.
PAIR_FACETS = (
    (
        "findingsBySpeakerAndTopic",
        (("speaker", "countedSpeaker"), ("discussesTopic", "countedTopic")),
    ),
)
_TYPE = f"<{RDF}type>"
_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"

#: A cell: (data set, document, municipality, ((dimension, value), ...)).
Cell = tuple[str, str, str, tuple[tuple[str, str], ...]]


def _cells(props: dict[str, list[str]], k) -> Iterable[Cell]:  # noqa: ANN001
    """The cells one finding counts in, given its properties by full IRI term."""
    for doc, town in product(props.get(k("inDocument"), ()), props.get(k("aboutMunicipality"), ())):
        for polarity in props.get(k("polarity"), ()):
            for prop, dataset, dimension in FACETS:
                for value in set(props.get(k(prop), ())):
                    yield (
                        dataset,
                        doc,
                        town,
                        ((k("countedPolarity"), polarity), (k(dimension), value)),
                    )
        for dataset, dims in PAIR_FACETS:
            values = [sorted(set(props.get(k(prop), ()))) for prop, _ in dims]
            for combination in product(*values):
                pairs = tuple((k(dim), v) for (_, dim), v in zip(dims, combination, strict=True))
                yield (dataset, doc, town, pairs)


def finding_counts(
    triples: Iterable[tuple[str, str, str]], base: str = DEFAULT_BASE
) -> list[tuple[str, str, str]]:
    """The finding-count observations of one document's triples, sorted.

    Parameters
    ----------
    triples : iterable of (str, str, str)
        The document's triples as N-Triples terms (:func:`kg.rdf.document_triples`).
    base : str
        The data base IRI.

    Returns
    -------
    list of (str, str, str)
        Seven triples per observation (type, data set, document, municipality,
        two dimensions, count); observation IRIs are numbered per data set under
        ``id/observation/<document>/``, in the sorted order of their cells.

    Examples
    --------
    >>> k = lambda name: f"<{KG}{name}>"
    >>> doc, f = f"<{ID}document/epe>", f"<{ID}finding/epe/1>"
    >>> found = finding_counts([(f, _TYPE, k("Finding")), (f, k("inDocument"), doc),
    ...     (f, k("aboutMunicipality"), "<urn:epe>"), (f, k("polarity"), "<urn:neg>"),
    ...     (f, k("theme"), "<urn:t>")])
    >>> [o for s, p, o in found if p == k("findingCount")]
    ['"1"^^<http://www.w3.org/2001/XMLSchema#integer>']
    >>> sorted({s for s, p, o in found})
    ['<https://w3id.org/kg-decentralisatie/id/observation/epe/findings-by-theme/1>']

    A finding with a speaker and a topic is counted in the speaker × topic data set:

    >>> found = finding_counts([(f, _TYPE, k("Finding")), (f, k("inDocument"), doc),
    ...     (f, k("aboutMunicipality"), "<urn:epe>"), (f, k("speaker"), "<urn:s>"),
    ...     (f, k("discussesTopic"), "<urn:topic>")])
    >>> sorted(o for s, p, o in found if p == f"<{QB}dataSet>")
    ['<https://w3id.org/kg-decentralisatie/def#findingsBySpeakerAndTopic>']
    """
    kg = rebase(KG, base)

    def k(name: str) -> str:
        return f"<{kg}{name}>"

    props: dict[str, dict[str, list[str]]] = {}
    findings = []
    wanted = {k(p) for p in ("inDocument", "aboutMunicipality", "polarity")}
    wanted |= {k(prop) for prop, _, _ in FACETS}
    wanted |= {k(prop) for _, dims in PAIR_FACETS for prop, _ in dims}
    for s, p, o in triples:
        if p == _TYPE and o == k("Finding"):
            findings.append(s)
        elif p in wanted:
            props.setdefault(s, {}).setdefault(p, []).append(o)
    cells: Counter[Cell] = Counter()
    for finding in findings:
        cells.update(_cells(props.get(finding, {}), k))
    return _observations(cells, k, rebase(ID, base))


def _observations(cells: Counter[Cell], k, data: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """Seven triples per cell, numbered per data set in the cells' sorted order."""
    out: list[tuple[str, str, str]] = []
    numbers: Counter[str] = Counter()
    for cell in sorted(cells):
        dataset, doc, town, pairs = cell
        numbers[dataset] += 1
        slug = doc[len(f"<{data}document/") : -1]
        name = "".join("-" + c.lower() if c.isupper() else c for c in dataset)
        obs = f"<{data}observation/{slug}/{name}/{numbers[dataset]}>"
        out += [
            (obs, _TYPE, k("FindingCount")),
            (obs, f"<{QB}dataSet>", k(dataset)),
            (obs, k("countedDocument"), doc),
            (obs, k("countedMunicipality"), town),
            *((obs, dim, value) for dim, value in pairs),
            (obs, k("findingCount"), f'"{cells[cell]}"^^{_INTEGER}'),
        ]
    return out
