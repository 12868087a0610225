"""A small RDF graph whose labels, titles and text try to inject HTML and script."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.namespaces import CONCEPT, ID, KG, OA

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = '"><script>alert(1)</script>'
QUOTE = f"Ambtenaren zeggen {IMG} en {SCRIPT} tegelijk."
TEXT = f"Titel {SCRIPT}\n\n{QUOTE} Tweede zin over {IMG}."


def k(name: str) -> URIRef:
    return URIRef(KG + name)


def hostile_graph() -> Graph:
    """One municipality, document, section, sentence and finding, all with hostile text."""
    g = Graph()
    town = URIRef(ID + "municipality/evil")
    doc = URIRef(ID + "document/evil")
    section = URIRef(ID + "document/evil/section/1")
    problem = URIRef(CONCEPT + "problem/evil")
    law = URIRef(CONCEPT + "law/evil-law")
    role = URIRef(CONCEPT + "role/civil-servants")
    region = URIRef(ID + "region/evil-region")
    start = TEXT.index(QUOTE)
    end = start + len(QUOTE)
    sentence = URIRef(f"{ID}document/evil/sentence/1")
    finding = URIRef(f"{ID}finding/evil/{start}-{end}")
    for node, cls, label in (
        (town, "Municipality", IMG),
        (problem, "Problem", SCRIPT),
        (law, "Law", f"Wet {IMG}"),
        (role, "ActorRole", f"ambtenaren {SCRIPT}"),
        (region, "Region", f"Regio {IMG}"),
    ):
        g.add((node, RDF.type, k(cls)))
        g.add((node, SKOS.prefLabel, Literal(label, lang="nl")))
        g.add((node, SKOS.prefLabel, Literal(label, lang="en")))
    g.add((town, k("memberOf"), region))
    g.add((doc, RDF.type, k("SourceDocument")))
    g.add((doc, DCTERMS.identifier, Literal("evil")))
    g.add((doc, DCTERMS.title, Literal(IMG)))
    g.add((doc, RDFS.label, Literal(f"Profiel {IMG}", lang="nl")))
    g.add((doc, RDFS.label, Literal(f"Profile {SCRIPT}", lang="en")))
    g.add((doc, k("cleanedText"), Literal(TEXT)))
    g.add((doc, k("describes"), town))
    g.add((section, RDF.type, k("Section")))
    g.add((section, DCTERMS.title, Literal(SCRIPT)))
    g.add((sentence, RDF.type, k("Sentence")))
    g.add((sentence, URIRef(OA + "exact"), Literal(QUOTE)))
    g.add((sentence, URIRef(OA + "start"), Literal(start, datatype=XSD.integer)))
    g.add((sentence, URIRef(OA + "end"), Literal(end, datatype=XSD.integer)))
    g.add((sentence, k("inDocument"), doc))
    g.add((finding, RDF.type, k("Finding")))
    g.add((finding, RDFS.label, Literal(f"Bevinding {IMG}", lang="nl")))
    g.add((finding, RDFS.label, Literal(f"Finding {SCRIPT}", lang="en")))
    g.add((finding, k("aboutMunicipality"), town))
    g.add((finding, k("speaker"), role))
    g.add((finding, k("concerns"), problem))
    g.add((finding, k("concernsProblem"), problem))
    g.add((finding, k("concerns"), law))
    g.add((finding, k("concernsLaw"), law))
    g.add((finding, k("inDocument"), doc))
    g.add((finding, k("inSection"), section))
    g.add((finding, k("quote"), sentence))
    return g
