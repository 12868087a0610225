"""A small graph in the topic model of ``ontology/kg.ttl``, for the topic queries, map and report.

Two invented profiles (Noordstad, Zuidwaarde) whose findings discuss topics
(``kg:discussesTopic``), some of which fall under a problem of the taxonomy
(``skos:broader``) and some of which a finding reports as a difficulty
(``kg:reportsProblem``; a denial such as "Een wachtlijst is er niet" does not).
Topics have a Dutch label and an English one only where the vocabulary would
know it. The graph is written the way ``kg.rdf`` writes a build (documents,
sentences with offsets, findings quoting them) on top of the real ontology, so
every library query, the maps and ``kg compare`` read it as they read a build.

The spec (:data:`PROFILES`, :data:`TOPICS`) is the single source of the
expected answers: tests count from it, never from a query's output.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.namespaces import CONCEPT, ID, KG, OA
from kg.ontology import load_ontology

ROOT = Path(__file__).resolve().parent.parent
TOPIC_SCHEME = CONCEPT + "topics"

#: Topic slug → (Dutch label, English label or None, broader problem slug or None).
TOPICS: dict[str, tuple[str, str | None, str | None]] = {
    "wachtlijst": ("wachtlijst", "waiting list", "waiting-lists"),
    "jeugdzorg": ("jeugdzorg", "youth care", None),
    "eenzaamheid": ("eenzaamheid", "loneliness", "loneliness"),
    "schuldhulpverlening": ("schuldhulpverlening", None, "debts"),
    "mantelzorger": ("mantelzorger", None, "informal-carer-overload"),
    "buurthuis": ("buurthuis", None, None),
}

#: Profile slug → (name, findings); a finding is
#: (sentence, speaker role slug, polarity, topic slugs, problem slugs it concerns,
#: problem slugs it reports).
PROFILES: dict[str, tuple[str, list[tuple]]] = {
    "noordstad": (
        "Noordstad",
        [
            (
                "Ambtenaren vertellen dat de wachtlijst voor jeugdzorg lang is.",
                "civil-servants",
                "negative",
                ("wachtlijst", "jeugdzorg"),
                ("waiting-lists",),
                ("waiting-lists",),
            ),
            (
                "Raadsleden geven aan dat de wachtlijst korter wordt.",
                "council-members",
                "positive",
                ("wachtlijst",),
                ("waiting-lists",),
                (),
            ),
            (
                "Volgens het sociaal team is eenzaamheid onder ouderen een groeiend probleem.",
                "social-team",
                "negative",
                ("eenzaamheid",),
                ("loneliness",),
                ("loneliness",),
            ),
            (
                "Ambtenaren noemen het buurthuis een goede plek voor ouderen.",
                "civil-servants",
                "positive",
                ("buurthuis",),
                (),
                (),
            ),
            (
                "Het sociaal team ziet dat eenzaamheid vaak samengaat met armoede.",
                "social-team",
                "negative",
                ("eenzaamheid",),
                ("loneliness",),
                ("loneliness",),
            ),
        ],
    ),
    "zuidwaarde": (
        "Zuidwaarde",
        [
            (
                "Een wachtlijst is er niet, zeggen ambtenaren.",
                "civil-servants",
                "positive",
                ("wachtlijst",),
                ("waiting-lists",),
                (),
            ),
            (
                "Ambtenaren vinden de schuldhulpverlening te versnipperd.",
                "civil-servants",
                "negative",
                ("schuldhulpverlening",),
                ("debts",),
                ("debts",),
            ),
            (
                "De wethouder zegt dat mantelzorgers overbelast raken.",
                "alderman",
                "negative",
                ("mantelzorger",),
                ("informal-carer-overload",),
                ("informal-carer-overload",),
            ),
            (
                "Raadsleden vinden de jeugdzorg goed geregeld.",
                "council-members",
                "positive",
                ("jeugdzorg",),
                (),
                (),
            ),
            (
                "Volgens de wethouder is de schuldhulpverlening sinds kort beter bereikbaar.",
                "alderman",
                "positive",
                ("schuldhulpverlening",),
                ("debts",),
                (),
            ),
        ],
    ),
}


def k(name: str) -> URIRef:
    return URIRef(KG + name)


def municipality(slug: str) -> str:
    return f"{ID}municipality/{slug}"


def topic(slug: str) -> str:
    return f"{CONCEPT}topic/{slug}"


def problem(slug: str) -> str:
    return f"{CONCEPT}problem/{slug}"


def role(slug: str) -> str:
    return f"{CONCEPT}role/{slug}"


def document_text(slug: str) -> str:
    """The cleaned text of a profile: its title line, then its sentences."""
    name, findings = PROFILES[slug]
    return f"Profiel {name}\n\n" + " ".join(f[0] for f in findings) + "\n"


def _topics(g: Graph, topics: dict[str, tuple[str, str | None, str | None]]) -> None:
    for slug, (nl, en, broader) in topics.items():
        node = URIRef(topic(slug))
        g.add((node, RDF.type, k("Topic")))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, URIRef(TOPIC_SCHEME)))
        g.add((node, SKOS.prefLabel, Literal(nl, lang="nl")))
        if en:
            g.add((node, SKOS.prefLabel, Literal(en, lang="en")))
        if broader:
            g.add((node, SKOS.broader, URIRef(problem(broader))))


def _profile(g: Graph, slug: str, name: str, findings: list[tuple]) -> None:
    town, doc = URIRef(municipality(slug)), URIRef(f"{ID}document/{slug}")
    text = document_text(slug)
    g.add((town, RDF.type, k("Municipality")))
    for lang in ("nl", "en"):
        g.add((town, SKOS.prefLabel, Literal(name, lang=lang)))
    g.add((doc, RDF.type, k("SourceDocument")))
    g.add((doc, DCTERMS.identifier, Literal(slug)))
    g.add((doc, DCTERMS.title, Literal(name)))
    g.add((doc, RDFS.label, Literal(f"Profiel {name}", lang="nl")))
    g.add((doc, RDFS.label, Literal(f"Profile {name}", lang="en")))
    g.add((doc, k("cleanedText"), Literal(text)))
    g.add((doc, k("describes"), town))
    g.add((doc, DCTERMS.subject, town))
    for index, (sentence, speaker, polarity, topics, concerns, reports) in enumerate(findings):
        start = text.index(sentence)
        end = start + len(sentence)
        quote = URIRef(f"{ID}document/{slug}/sentence/{index + 1}")
        g.add((quote, RDF.type, k("Sentence")))
        g.add((quote, URIRef(OA + "exact"), Literal(sentence)))
        g.add((quote, URIRef(OA + "start"), Literal(start, datatype=XSD.integer)))
        g.add((quote, URIRef(OA + "end"), Literal(end, datatype=XSD.integer)))
        g.add((quote, k("inDocument"), doc))
        finding = URIRef(f"{ID}finding/{slug}/{start}-{end}")
        g.add((finding, RDF.type, k("Finding")))
        g.add((finding, RDFS.label, Literal(f"Bevinding {name} {index + 1}", lang="nl")))
        g.add((finding, RDFS.label, Literal(f"Finding {name} {index + 1}", lang="en")))
        g.add((finding, k("aboutMunicipality"), town))
        g.add((finding, k("quote"), quote))
        g.add((finding, k("inDocument"), doc))
        g.add((finding, k("polarity"), URIRef(f"{CONCEPT}polarity/{polarity}")))
        g.add((finding, k("speaker"), URIRef(role(speaker))))
        for item in topics:
            g.add((finding, k("discussesTopic"), URIRef(topic(item))))
        for item in concerns:
            g.add((finding, k("concernsProblem"), URIRef(problem(item))))
            g.add((finding, k("concerns"), URIRef(problem(item))))
        for item in reports:
            g.add((finding, k("reportsProblem"), URIRef(problem(item))))


def topic_graph(
    topics: dict[str, tuple[str, str | None, str | None]] | None = None,
    profiles: dict[str, tuple[str, list[tuple]]] | None = None,
) -> Graph:
    """The ontology plus the two profiles' documents, findings and topics."""
    g = load_ontology(ROOT / "ontology")
    _topics(g, TOPICS if topics is None else topics)
    for slug, (name, findings) in (PROFILES if profiles is None else profiles).items():
        _profile(g, slug, name, findings)
    return g


def write_topic_graph(path: Path, graph: Graph | None = None) -> Path:
    """Write the topic graph (or ``graph``) as Turtle to ``path``."""
    (graph if graph is not None else topic_graph()).serialize(path, format="turtle")
    return path


# --- expected answers, counted from the spec ---------------------------------------


def findings_of(town: str) -> list[tuple]:
    return PROFILES[town][1]


def discussing(town: str, item: str) -> list[tuple]:
    """The findings of ``town`` that discuss topic ``item``."""
    return [f for f in findings_of(town) if item in f[3]]


def reporting(town: str, item: str) -> list[tuple]:
    """The findings of ``town`` that discuss ``item`` and report its problem."""
    broader = TOPICS[item][2]
    return [f for f in discussing(town, item) if broader and broader in f[5]]
