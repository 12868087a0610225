"""Finding counts: the precomputed summary of a document's findings (RDF Data Cube).

``ontology/summary.ttl`` defines four data sets of :class:`kg:FindingCount`
observations: findings per document × municipality × polarity × theme, problem,
law or speaker. :func:`finding_counts` computes a document's observations from
the document's own triples (the graph, not the extractor's objects, is the
source), so the build writes them in the document's block and the aggregate
library queries sum a few dozen observations per profile instead of scanning
every finding. A finding belongs to one document, so the counts of different
documents never overlap and a streaming build stays exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.namespaces import DEFAULT_BASE, ID, KG, QB, RDF, rebase

#: (finding property, data set name, dimension property) of each facet.
FACETS = (
    ("theme", "findingsByTheme", "countedTheme"),
    ("concernsProblem", "findingsByProblem", "countedProblem"),
    ("concernsLaw", "findingsByLaw", "countedLaw"),
    ("speaker", "findingsBySpeaker", "countedSpeaker"),
)
_TYPE = f"<{RDF}type>"
_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"


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
        Seven triples per observation; observation IRIs are numbered per data set
        under ``id/observation/<document>/``, in the sorted order of their cells.

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
    """
    kg = rebase(KG, base)

    def k(name: str) -> str:
        return f"<{kg}{name}>"

    props: dict[str, dict[str, list[str]]] = {}
    findings = []
    wanted = {k(p) for p in ("inDocument", "aboutMunicipality", "polarity")}
    wanted |= {k(prop) for prop, _, _ in FACETS}
    for s, p, o in triples:
        if p == _TYPE and o == k("Finding"):
            findings.append(s)
        elif p in wanted:
            props.setdefault(s, {}).setdefault(p, []).append(o)
    cells: Counter[tuple[str, str, str, str, str]] = Counter()
    for finding in findings:
        mine = props.get(finding, {})
        for doc in mine.get(k("inDocument"), ()):
            for town in mine.get(k("aboutMunicipality"), ()):
                for polarity in mine.get(k("polarity"), ()):
                    for prop, dataset, _ in FACETS:
                        for value in set(mine.get(k(prop), ())):
                            cells[(dataset, doc, town, polarity, value)] += 1
    data, out = rebase(ID, base), []
    numbers: Counter[str] = Counter()
    dimension = {dataset: dim for _, dataset, dim in FACETS}
    for cell in sorted(cells):
        dataset, doc, town, polarity, value = cell
        numbers[dataset] += 1
        slug = doc[len(f"<{data}document/") : -1]
        name = "".join("-" + c.lower() if c.isupper() else c for c in dataset)
        obs = f"<{data}observation/{slug}/{name}/{numbers[dataset]}>"
        out += [
            (obs, _TYPE, k("FindingCount")),
            (obs, f"<{QB}dataSet>", k(dataset)),
            (obs, k("countedDocument"), doc),
            (obs, k("countedMunicipality"), town),
            (obs, k("countedPolarity"), polarity),
            (obs, k(dimension[dataset]), value),
            (obs, k("findingCount"), f'"{cells[cell]}"^^{_INTEGER}'),
        ]
    return out
