"""Named entities a profile's graph leaves unrelated to the profile's municipality.

Issue 13 ("Read profiles kg was never written on") is done when every municipality,
body, organisation and region a profile names is a node linked to that profile's
municipality by the relation the text states. This script lists, per profile, the
named entities (kinds below, the profile's own municipality left out) that no
``kg:Relation`` of that document links to its municipality, in either direction,
with the first sentence that names each, and says whether a chain of the
document's relations links them after all ("A maakt met B deel uit van G": B is
linked to A through G, the relation the text states). Some are rightly unlinked: a body cited
only as the source of a figure ("volgens CBS") states no relation.

Usage (from the repository root)::

    python3 -m kg build --seeds tests/devset --out /tmp/d
    python3 tests/devset/unlinked.py /tmp/d/kg.ttl                 # every profile
    python3 tests/devset/unlinked.py /tmp/d/kg.ttl --count-only sudwest-fryslan venray

``--count-only`` prints only the figures of the profiles named after it (the held-out
half of the dev set, whose misses are not read); other profiles are listed in full.
``--gold tests/gold`` also says, per unlinked entity and in the totals, whether the gold
standard (``<gold>/<profile>.yaml`` or ``<gold>/devset/<profile>.yaml``) relates it at
all: an entity the gold relates is a relation the extractor missed; one it does not is
named in a sentence that states no relation (the ministries of "ieder een eigen lijn").
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import rdflib
import yaml
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import short_key

KG = rdflib.Namespace("https://w3id.org/kg-decentralisatie/def#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
#: Entity classes that count as named parties, most specific name first.
KINDS = {
    KG.Municipality: "municipality",
    KG.IntermunicipalBody: "body",
    KG.Ministry: "ministry",
    KG.Organisation: "organisation",
    KG.LabourMarketRegion: "region",
    KG.Region: "region",
}


@dataclass(frozen=True)
class Named:
    """One entity a document names: kind, IRI, label, the first sentence naming it, and
    whether a relation links it to the municipality directly or through other parties."""

    kind: str
    iri: str
    label: str
    sentence: str
    direct: bool
    connected: bool


def _kind(graph: rdflib.Graph, entity: rdflib.term.Node) -> str | None:
    types = set(graph.objects(entity, RDF.type))
    return next((name for cls, name in KINDS.items() if cls in types), None)


def _label(graph: rdflib.Graph, entity: rdflib.term.Node) -> str:
    labels = sorted(
        (o.language != "nl", str(o))
        for p in (SKOS.prefLabel, RDFS.label)
        for o in graph.objects(entity, p)
    )
    return labels[0][1] if labels else str(entity).rsplit("/", 1)[-1]


def _linked(graph: rdflib.Graph, describes: dict) -> tuple[dict, dict]:
    """Per document, the entities a relation links to its municipality directly, and
    those a chain of the document's relations links to it (through a body, say: "A maakt
    met B deel uit van G" links B to A through G)."""
    edges: dict = defaultdict(lambda: defaultdict(set))
    for rel in graph.subjects(RDF.type, KG.Relation):
        doc = graph.value(rel, KG.inDocument)
        subject, obj = graph.value(rel, KG.relationSubject), graph.value(rel, KG.relationObject)
        edges[doc][subject].add(obj)
        edges[doc][obj].add(subject)
    direct, connected = {}, {}
    for doc, own in describes.items():
        direct[doc] = set(edges[doc][own])
        seen, todo = {own}, [own]
        while todo:
            for nxt in edges[doc][todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        connected[doc] = seen - {own}
    return direct, connected


def named_entities(graph: rdflib.Graph) -> dict[str, list[Named]]:
    """Per document identifier, the named parties it mentions, sorted by kind and IRI.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph written by ``kg build``.

    Returns
    -------
    dict
        ``{document identifier: [Named, ...]}``; the profile's own municipality is left out.
    """
    describes = dict(graph.subject_objects(KG.describes))
    direct, connected = _linked(graph, describes)
    first: dict = {}
    for mention in graph.subjects(RDF.type, KG.Mention):
        doc, entity = graph.value(mention, KG.inDocument), graph.value(mention, KG.refersTo)
        if entity is None or entity == describes.get(doc) or _kind(graph, entity) is None:
            continue
        start = int(graph.value(mention, OA.start))
        sentence = graph.value(mention, KG.inSentence)
        text = str(graph.value(sentence, OA.exact)) if sentence is not None else ""
        if (doc, entity) not in first or start < first[doc, entity][0]:
            first[doc, entity] = (start, text)
    out: dict[str, list[Named]] = defaultdict(list)
    for (doc, entity), (_, text) in first.items():
        ident = str(graph.value(doc, rdflib.URIRef("http://purl.org/dc/terms/identifier")))
        kind = _kind(graph, entity)
        label = _label(graph, entity)
        named = Named(
            kind, str(entity), label, text, entity in direct[doc], entity in connected[doc]
        )
        out[ident].append(named)
    return {doc: sorted(items, key=lambda n: (n.kind, n.iri)) for doc, items in sorted(out.items())}


def gold_parties(gold: Path | None, doc: str) -> set[str] | None:
    """The entity keys the gold's relations of ``doc`` link, or None without gold."""
    if gold is None:
        return None
    for path in (gold / f"{doc}.yaml", gold / "devset" / f"{doc}.yaml"):
        if path.is_file():
            relations = yaml.safe_load(path.read_text(encoding="utf-8")).get("relations") or []
            return {r[end] for r in relations for end in ("subject", "object")}
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the unlinked entities per profile and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path, help="kg.ttl written by kg build")
    parser.add_argument("--count-only", nargs="*", default=[], metavar="PROFILE")
    parser.add_argument("--gold", type=Path, help="gold folder: does the gold relate them?")
    args = parser.parse_args(argv)
    graph = rdflib.Graph()
    graph.parse(args.graph)
    totals = [0, 0, 0, 0]  # named, not linked directly, not linked at all, gold relates
    for doc, items in named_entities(graph).items():
        indirect = [n for n in items if not n.direct]
        unlinked = [n for n in indirect if not n.connected]
        related = gold_parties(args.gold, doc)
        missed = [n for n in unlinked if related is not None and short_key(n.iri) in related]
        for i, n in enumerate((items, indirect, unlinked, missed)):
            totals[i] += len(n)
        gold_note = f" ({len(missed)} of them related in the gold)" if related is not None else ""
        print(
            f"{doc}: {len(items)} named, {len(indirect)} not linked directly,"
            f" {len(unlinked)} not linked at all{gold_note}"
        )
        if doc in args.count_only:
            continue
        for n in indirect:
            how = "indirect" if n.connected else "UNLINKED"
            if related is not None and not n.connected:
                how += "*" if short_key(n.iri) in related else " "
            print(f"  {how:9s} {n.kind:12s} {n.label[:36]:36s} | {n.sentence[:116]}")
    gold_note = f" ({totals[3]} of them related in the gold)" if args.gold else ""
    print(
        f"total: {totals[0]} named, {totals[1]} not linked directly,"
        f" {totals[2]} not linked at all{gold_note}"
    )
    if args.gold:
        print("  (UNLINKED* : the gold relates it, a missed relation)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
