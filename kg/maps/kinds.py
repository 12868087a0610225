"""Map kinds: each a selection of the projection plus a one-line description.

A selection is a new ``networkx.MultiDiGraph`` whose nodes keep the
projection's attributes and gain a ``style`` (see :mod:`kg.maps.styles`);
edges keep the RDF property they come from as ``relation`` and a ``weight``.
Where findings are collapsed (overview, problems), an edge's ``weight`` is the
number of findings behind it. :func:`cap` keeps the most central nodes of a
large selection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from kg.maps.topics import add_topics
from kg.network.analytics import findings_of, municipality_subjects, undirected
from kg.network.projection import CONCERNS, RELATIONS
from kg.vocab import is_polarity

SUBJECT_RELATIONS = (*CONCERNS, "concerns")


@dataclass(frozen=True)
class MapKind:
    """One kind of map."""

    name: str
    title_en: str
    title_nl: str
    description_en: str
    description_nl: str
    select: Callable[..., nx.MultiDiGraph]
    #: ``"municipality"`` or ``"law"`` when the kind is drawn for one entity.
    focus_type: str | None = None

    def title(self, lang: str, focus_label: str | None = None) -> str:
        """Page title in ``lang``, naming the focus entity if any."""
        base = self.title_nl if lang == "nl" else self.title_en
        return f"{base}: {focus_label}" if focus_label else base

    def description(self, lang: str) -> str:
        """One line on what the map shows, in ``lang``."""
        return self.description_nl if lang == "nl" else self.description_en


def _finding_style(data: dict) -> str:
    polarity = data.get("polarity") or ""
    return f"finding-{polarity}" if is_polarity(polarity) else "finding"


def _add_nodes(target: nx.MultiDiGraph, source: nx.Graph, nodes: Iterable[str]) -> None:
    for node in sorted(set(nodes)):
        data = dict(source.nodes[node])
        if "style" not in data:
            data["style"] = _finding_style(data) if data["type"] == "finding" else data["type"]
        target.add_node(node, **data)


def _induced(
    source: nx.MultiDiGraph, nodes: Iterable[str], relations: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """Nodes plus every edge of ``source`` between them (only ``relations`` if given)."""
    wanted = set(relations) if relations is not None else None
    chosen = set(nodes)
    result = nx.MultiDiGraph()
    _add_nodes(result, source, chosen)
    for u, v, key, data in sorted(source.edges(chosen, keys=True, data=True)):
        if v in chosen and (wanted is None or data.get("relation") in wanted):
            result.add_edge(u, v, key=key, **data)
    return result


def _targets(graph: nx.MultiDiGraph, node: str, relations: Iterable[str]) -> set[str]:
    wanted = set(relations)
    return {v for _, v, r in graph.out_edges(node, data="relation") if r in wanted}


def _collapse(graph: nx.MultiDiGraph) -> Counter[tuple[str, str, str]]:
    """Finding → entity edges folded into municipality → entity edges, counted."""
    folded: Counter[tuple[str, str, str]] = Counter()
    for finding in findings_of(graph):
        places = _targets(graph, finding, ["aboutMunicipality"])
        for _, target, relation in graph.out_edges(finding, data="relation"):
            if relation == "aboutMunicipality":
                continue
            for municipality in places:
                if municipality != target:
                    folded[(municipality, target, relation)] += 1
    return folded


def _entities(graph: nx.MultiDiGraph) -> list[str]:
    """Every node but findings and topics (the problems map draws topics, bounded),
    and but what only a topic links to."""
    linked = set()
    for u, v in graph.edges():
        if "topic" not in (graph.nodes[u].get("type"), graph.nodes[v].get("type")):
            linked |= {u, v}
    return [n for n, t in graph.nodes(data="type") if t not in ("finding", "topic") and n in linked]


def select_overview(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Every entity; findings folded into weighted municipality → entity edges."""
    result = _induced(graph, _entities(graph))
    for (source, target, relation), count in sorted(_collapse(graph).items()):
        if source in result and target in result:
            result.add_edge(source, target, key=relation, relation=relation, weight=count)
    return result


def select_municipality(graph: nx.MultiDiGraph, municipality: str) -> nx.MultiDiGraph:
    """One municipality: its findings, who voices them, what they concern, its relations."""
    findings = [
        f for f in findings_of(graph) if municipality in _targets(graph, f, ["aboutMunicipality"])
    ]
    chosen = {municipality, *findings}
    for finding in findings:
        chosen |= {n for n in graph.successors(finding) if graph.nodes[n].get("type") != "topic"}
    # Relations two hops out (its region, the region's lead municipality …).
    related = {municipality}
    for _ in range(2):
        step = set()
        for node in related:
            step |= {v for _, v, r in graph.out_edges(node, data="relation") if r in RELATIONS}
            step |= {u for u, _, r in graph.in_edges(node, data="relation") if r in RELATIONS}
        related |= step
    chosen |= related
    mentioned = _targets(graph, municipality, ["mentions"])
    chosen |= mentioned
    return _induced(graph, chosen)


def select_law(graph: nx.MultiDiGraph, law: str) -> nx.MultiDiGraph:
    """One law: the findings concerning it, their municipality, speakers and other subjects."""
    findings = [f for f in findings_of(graph) if law in _targets(graph, f, SUBJECT_RELATIONS)]
    chosen = {law, *findings}
    relations = ("aboutMunicipality", "speaker", *SUBJECT_RELATIONS)
    for finding in findings:
        chosen |= _targets(graph, finding, relations)
    return _induced(graph, chosen, relations)


def select_problems(
    graph: nx.MultiDiGraph, municipalities: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """Problems × municipalities; problems raised for two or more municipalities stand out.

    With ``municipalities`` (node ids) the map is restricted to them: only their
    problems, and "shared" means shared among them (``kg compare`` draws this).
    The topics the findings discuss join them, bounded (:mod:`kg.maps.topics`),
    linked to the municipalities that discuss them and the problems they fall under.
    """
    wanted = list(municipalities) if municipalities is not None else None
    table = municipality_subjects(graph, "problem")
    if wanted is not None:
        keep = set(wanted)
        table = {
            problem: Counter({m: n for m, n in counts.items() if m in keep})
            for problem, counts in table.items()
            if keep & set(counts)
        }
    result = nx.MultiDiGraph()
    listed = {m for counts in table.values() for m in counts}
    if wanted is not None:
        listed |= {m for m in wanted if m in graph}
    _add_nodes(result, graph, sorted(listed))
    for problem in sorted(table):
        shared = len(table[problem]) >= 2
        data = dict(graph.nodes[problem])
        data["style"] = "problem-shared" if shared else "problem-unique"
        data["shared_by"] = len(table[problem])
        result.add_node(problem, **data)
        for municipality, count in sorted(table[problem].items()):
            result.add_edge(
                municipality,
                problem,
                key="concernsProblem",
                relation="concernsProblem",
                weight=count,
            )
    add_topics(result, graph, wanted)
    return result


def select_voices(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Who says what: speakers → findings → the problems, laws, actors they concern."""
    relations = ("speaker", *SUBJECT_RELATIONS)
    chosen: set[str] = set()
    for finding in findings_of(graph):
        targets = _targets(graph, finding, relations)
        if targets:
            chosen |= {finding, *targets}
    return _induced(graph, chosen, relations)


def select_regions(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Regions, shared services and cooperation: the direct relations between entities."""
    chosen = {n for u, v, r in graph.edges(data="relation") if r in RELATIONS for n in (u, v)}
    return _induced(graph, chosen, RELATIONS)


def select_findings(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Every finding with its quote, linked to its municipality and theme, coloured by tone."""
    findings = findings_of(graph)
    chosen = set(findings)
    for finding in findings:
        chosen |= _targets(graph, finding, ("aboutMunicipality", "theme"))
    themes = [n for n in chosen if graph.nodes[n].get("type") == "theme"]
    for theme in themes:
        chosen |= _targets(graph, theme, ["broader"])
    return _induced(graph, chosen, ("aboutMunicipality", "theme", "broader"))


KINDS: dict[str, MapKind] = {
    kind.name: kind
    for kind in (
        MapKind(
            "overview",
            "Overview",
            "Overzicht",
            "Every municipality, region, law, actor, problem and theme; an edge's weight is "
            "the number of findings behind it.",
            "Alle gemeenten, regio's, wetten, actoren, problemen en thema's; het gewicht van een "
            "verbinding is het aantal bevindingen erachter.",
            select_overview,
        ),
        MapKind(
            "municipality",
            "Municipality",
            "Gemeente",
            "One municipality: its findings, who voices them, what they concern, and its "
            "region and partners.",
            "Eén gemeente: haar bevindingen, wie ze uitspreekt, waar ze over gaan, en haar regio "
            "en partners.",
            select_municipality,
            focus_type="municipality",
        ),
        MapKind(
            "law",
            "Law",
            "Wet",
            "One law: the findings that concern it, their municipality and speakers, and the "
            "problems raised with it.",
            "Eén wet: de bevindingen erover, hun gemeente en sprekers, en de problemen die ermee "
            "samenhangen.",
            select_law,
            focus_type="law",
        ),
        MapKind(
            "problems",
            "Problems × municipalities",
            "Problemen × gemeenten",
            "Which municipality reports which problem; dark violet problems are shared by "
            "several municipalities, light violet ones by one. Yellow diamonds are the topics "
            "their findings discuss most (read from the text), linked to the problems they fall "
            "under.",
            "Welke gemeente welk probleem meldt; donkerpaarse problemen delen meerdere gemeenten, "
            "lichtpaarse maar één. Gele ruiten zijn de onderwerpen waar hun bevindingen het meest "
            "over gaan (uit de tekst), verbonden met het probleem waaronder ze vallen.",
            select_problems,
        ),
        MapKind(
            "voices",
            "Who says what",
            "Wie zegt wat",
            "Speakers (civil servants, council members, care providers …) → their findings → "
            "the problems, laws and actors those concern.",
            "Sprekers (ambtenaren, raadsleden, zorgaanbieders …) → hun bevindingen → de "
            "problemen, wetten en actoren waar die over gaan.",
            select_voices,
        ),
        MapKind(
            "regions",
            "Regions and shared services",
            "Regio's en samenwerking",
            "Regions, shared services, lead municipalities and cooperation between "
            "municipalities and organisations.",
            "Regio's, intergemeentelijke diensten, centrumgemeenten en samenwerking tussen "
            "gemeenten en organisaties.",
            select_regions,
        ),
        MapKind(
            "findings",
            "Findings with quotes",
            "Bevindingen met citaten",
            "Every finding by municipality and theme, coloured by tone; hover for the quote, "
            "click to read it in the source.",
            "Alle bevindingen per gemeente en thema, gekleurd naar toon; beweeg erover voor het "
            "citaat, klik om het in de bron te lezen.",
            select_findings,
        ),
    )
}


def focus_candidates(graph: nx.MultiDiGraph, kind: MapKind) -> list[str]:
    """The entities a focused kind is drawn for when none is named.

    Municipalities with findings about them (the profiled ones) and laws that
    any finding concerns.
    """
    if kind.focus_type == "municipality":
        relation = {"aboutMunicipality"}
    elif kind.focus_type == "law":
        relation = set(SUBJECT_RELATIONS)
    else:
        return []
    return sorted(
        {
            v
            for _, v, r in graph.edges(data="relation")
            if r in relation and graph.nodes[v].get("type") == kind.focus_type
        }
    )


@dataclass(frozen=True)
class CapInfo:
    """What :func:`cap` left out."""

    total: int
    shown: int
    limit: int | None

    @property
    def dropped(self) -> int:
        """Number of nodes left out."""
        return self.total - self.shown


def cap(
    selection: nx.MultiDiGraph, max_nodes: int | None, keep: Iterable[str] = ()
) -> tuple[nx.MultiDiGraph, CapInfo]:
    """Keep the ``max_nodes`` most central nodes (weighted degree) of a selection.

    Parameters
    ----------
    selection : networkx.MultiDiGraph
        A map selection.
    max_nodes : int or None
        The cap; ``None`` or 0 keeps everything.
    keep : iterable of str
        Nodes kept whatever their rank (the map's focus).

    Returns
    -------
    (networkx.MultiDiGraph, CapInfo)
        The capped selection and what was left out.
    """
    total = selection.number_of_nodes()
    if not max_nodes or total <= max_nodes:
        return selection, CapInfo(total, total, max_nodes or None)
    strength = dict(undirected(selection).degree(weight="weight"))
    pinned = [n for n in sorted(set(keep)) if n in selection]
    ranked = sorted(
        (n for n in selection if n not in pinned), key=lambda n: (-strength.get(n, 0), n)
    )
    chosen = set(pinned) | set(ranked[: max(0, max_nodes - len(pinned))])
    capped = selection.subgraph(chosen).copy()
    return capped, CapInfo(total, capped.number_of_nodes(), max_nodes)
