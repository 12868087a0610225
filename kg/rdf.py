"""From parsed documents and their extraction to RDF, with provenance.

Every IRI is minted from a stable key (document name, offsets, slugs): no blank
nodes, so two builds of the same seeds give the same triples. Each statement
about the world (a mention, finding, indicator or relation) is a node with
``kg:quote`` pointing at a :class:`kg:Quote` (a sentence, or a span) that
carries ``oa:exact``, ``oa:start`` and ``oa:end`` into the document's
``kg:cleanedText``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.document import Document
from kg.extract.model import Extraction
from kg.loading import SourceFile
from kg.namespaces import CONCEPT, ID, KG, OA, ORG, QB, slugify
from kg.turtle import decimal_literal


def _k(name: str) -> URIRef:
    return URIRef(KG + name)


def _oa(name: str) -> URIRef:
    return URIRef(OA + name)


CLASS_OF_KIND = {
    "municipality": _k("Municipality"),
    "region": _k("Region"),
    "body": _k("IntermunicipalBody"),
    "organisation": _k("Organisation"),
    "place": _k("Place"),
    "law": _k("Law"),
    "role": _k("ActorRole"),
    "problem": _k("Problem"),
}

POLARITY = {
    p: URIRef(CONCEPT + "polarity/" + p) for p in ("positive", "negative", "mixed", "neutral")
}
RELATION_TYPE = {
    "member-of": _k("memberOf"),
    "lead-municipality": _k("leadMunicipality"),
    "cooperates-with": _k("cooperatesWith"),
    "compares-with": _k("comparesWith"),
    "depends-on": _k("dependsOn"),
    "borders-on": _k("bordersOn"),
    "related-organisation": _k("relatedOrganisation"),
}
INDICATOR_DATASET = URIRef(ID + "dataset/indicators")


def document_iri(name: str) -> URIRef:
    """IRI of a source document."""
    return URIRef(f"{ID}document/{slugify(name)}")


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _dec(value: Decimal) -> Literal:
    return decimal_literal(value)


class TripleSink(Protocol):
    """Anything with ``add((s, p, o))``: an rdflib Graph, or a plain set."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


class _Writer:
    def __init__(
        self, graph: TripleSink, doc: Document, source: SourceFile, ex: Extraction
    ) -> None:
        self.g = graph
        self.doc = doc
        self.source = source
        self.ex = ex
        self.doc_iri = document_iri(doc.name)
        self.sentence_spans = {(s.start, s.end): s.index for s in doc.sentences}

    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        self.g.add((s, p, o))  # type: ignore[arg-type]

    def sentence_iri(self, index: int) -> URIRef:
        return URIRef(f"{self.doc_iri}/sentence/{index}")

    def section_iri(self, index: int) -> URIRef:
        return URIRef(f"{self.doc_iri}/section/{index}")

    def quote(self, start: int, end: int) -> URIRef:
        """The quote node for a span: the sentence when it is one, else a span node."""
        index = self.sentence_spans.get((start, end))
        if index is not None:
            return self.sentence_iri(index)
        iri = URIRef(f"{self.doc_iri}/text/{start}-{end}")
        self.add(iri, RDF.type, _k("Quote"))
        self.selector(iri, start, end)
        return iri

    def selector(self, iri: URIRef, start: int, end: int) -> None:
        self.add(iri, _oa("exact"), Literal(self.doc.text[start:end]))
        self.add(iri, _oa("start"), _int(start))
        self.add(iri, _oa("end"), _int(end))
        self.add(iri, _k("inDocument"), self.doc_iri)

    def write(self) -> None:
        doc, d = self.doc, self.doc_iri
        muni = URIRef(self.ex.municipality.iri)
        self.add(d, RDF.type, _k("SourceDocument"))
        self.add(d, RDFS.label, Literal(f"Profiel {doc.title}", lang="nl"))
        self.add(d, RDFS.label, Literal(f"Profile {doc.title}", lang="en"))
        self.add(d, DCTERMS.title, Literal(doc.title))
        if doc.motto:
            self.add(d, _k("motto"), Literal(doc.motto, lang="nl"))
        self.add(d, _k("cleanedText"), Literal(doc.text))
        self.add(d, _k("sha256"), Literal(self.source.sha256))
        self.add(d, DCTERMS.source, Literal(self.source.path.name))
        self.add(d, DCTERMS.identifier, Literal(doc.name))
        self.add(d, DCTERMS.language, Literal("nl"))
        self.add(d, _k("describes"), muni)
        self.add(d, DCTERMS.subject, muni)
        self.write_sections()
        self.write_sentences()
        self.write_entities()
        self.write_mentions()
        self.write_findings()
        self.write_indicators()
        self.write_relations()

    def write_sections(self) -> None:
        for sec in self.doc.sections:
            s = self.section_iri(sec.index)
            self.add(s, RDF.type, _k("Section"))
            self.add(s, RDFS.label, Literal(sec.heading, lang="nl"))
            self.add(s, DCTERMS.title, Literal(sec.heading))
            self.add(s, _k("level"), _int(sec.level))
            self.add(s, _k("order"), _int(sec.index))
            self.add(s, _k("knownHeading"), Literal(sec.theme is not None))
            self.add(s, _k("inDocument"), self.doc_iri)
            self.add(s, DCTERMS.isPartOf, self.doc_iri)
            self.add(s, _oa("start"), _int(sec.start))
            self.add(s, _oa("end"), _int(sec.end))
            if sec.theme:
                self.add(s, _k("theme"), URIRef(sec.theme))
            if sec.parent is not None:
                self.add(s, _k("parentSection"), self.section_iri(sec.parent))

    def write_sentences(self) -> None:
        for sen in self.doc.sentences:
            s = self.sentence_iri(sen.index)
            self.add(s, RDF.type, _k("Sentence"))
            self.add(s, _k("order"), _int(sen.index))
            self.selector(s, sen.start, sen.end)
            if sen.section is not None:
                self.add(s, _k("inSection"), self.section_iri(sen.section))

    def write_entities(self) -> None:
        for entity in self.ex.entities.values():
            if not entity.minted:
                continue  # the ontology describes it already
            e = URIRef(entity.iri)
            self.add(e, RDF.type, CLASS_OF_KIND[entity.kind])
            self.add(e, SKOS.prefLabel, Literal(entity.label, lang="nl"))
            self.add(e, SKOS.prefLabel, Literal(entity.label, lang="en"))

    def write_mentions(self) -> None:
        for m in self.ex.mentions:
            iri = URIRef(
                f"{self.doc_iri}/mention/{m.start}-{m.end}/{slugify(m.entity.rsplit('/', 1)[-1])}"
            )
            self.add(iri, RDF.type, _k("Mention"))
            self.add(iri, _k("refersTo"), URIRef(m.entity))
            self.selector(iri, m.start, m.end)
            if m.sentence is None:  # the title line: linked to the document only
                continue
            self.add(iri, _k("inSentence"), self.sentence_iri(m.sentence))
            self.add(self.sentence_iri(m.sentence), _k("mentions"), URIRef(m.entity))

    def write_findings(self) -> None:
        muni = URIRef(self.ex.municipality.iri)
        for f in self.ex.findings:
            iri = URIRef(f"{ID}finding/{slugify(self.doc.name)}/{f.start}-{f.end}")
            first = f.sentences[0] if f.sentences else 0
            self.add(iri, RDF.type, _k("Finding"))
            self.add(iri, RDFS.label, Literal(f"Bevinding {self.doc.title} {first}", lang="nl"))
            self.add(iri, RDFS.label, Literal(f"Finding {self.doc.title} {first}", lang="en"))
            self.add(iri, _k("aboutMunicipality"), muni)
            self.add(iri, _k("quote"), self.quote(f.start, f.end))
            self.add(iri, _k("inDocument"), self.doc_iri)
            self.add(iri, _k("polarity"), POLARITY[f.polarity])
            self.add(iri, _k("extractedBy"), Literal(f.extracted_by))
            for sp in f.speakers:
                self.add(iri, _k("speaker"), URIRef(sp))
            if f.section is not None:
                sec = self.doc.sections[f.section - 1]
                self.add(iri, _k("inSection"), self.section_iri(f.section))
                theme = sec.theme
                if theme is None and sec.parent is not None:
                    theme = self.doc.sections[sec.parent - 1].theme
                if theme:
                    self.add(iri, _k("theme"), URIRef(theme))
            for c in f.concerns:
                kind = self.ex.entities[c].kind if c in self.ex.entities else None
                prop = {
                    "problem": "concernsProblem",
                    "law": "concernsLaw",
                    "role": "concernsActor",
                }.get(kind or "", "concernsOrganisation")
                self.add(iri, _k(prop), URIRef(c))
                self.add(iri, _k("concerns"), URIRef(c))

    def write_indicators(self) -> None:
        muni = URIRef(self.ex.municipality.iri)
        for ind in self.ex.indicators:
            iri = URIRef(
                f"{ID}observation/{slugify(self.doc.name)}/{ind.start}-{ind.end}-{ind.measure}"
            )
            measure = URIRef(f"{CONCEPT}measure/{ind.measure}")
            self.add(iri, RDF.type, _k("IndicatorObservation"))
            self.add(iri, RDF.type, URIRef(QB + "Observation"))
            self.add(iri, URIRef(QB + "dataSet"), INDICATOR_DATASET)
            self.add(
                iri,
                RDFS.label,
                Literal(f"{ind.measure_label or ind.measure} ({self.doc.title})", lang="nl"),
            )
            self.add(iri, RDFS.label, Literal(f"{ind.measure} ({self.doc.title})", lang="en"))
            self.add(iri, _k("refArea"), muni)
            self.add(iri, _k("measure"), measure)
            if ind.value is not None:  # a comparison without a figure has no value
                self.add(iri, _k("value"), _dec(ind.value))
            if ind.unit is not None:
                self.add(iri, _k("unit"), Literal(ind.unit))
            self.add(iri, _k("approximate"), Literal(ind.approximate))
            if ind.qualifier:
                self.add(iri, _k("qualifier"), Literal(ind.qualifier, lang="nl"))
            if ind.comparison:
                self.add(iri, _k("comparison"), Literal(ind.comparison))
            if ind.reference:
                self.add(iri, _k("reference"), Literal(ind.reference))
            if ind.national_value is not None:
                self.add(iri, _k("nationalValue"), _dec(ind.national_value))
            self.add(iri, _k("quote"), self.quote(ind.start, ind.end))
            self.add(iri, _k("inDocument"), self.doc_iri)
            self.add(iri, _k("extractedBy"), Literal(ind.extracted_by))
            self.add(measure, RDF.type, _k("Measure"))
            self.add(measure, SKOS.inScheme, URIRef(CONCEPT + "measures"))
            self.add(measure, SKOS.prefLabel, Literal(ind.measure.replace("-", " "), lang="en"))
            if ind.measure_label:
                self.add(measure, SKOS.altLabel, Literal(ind.measure_label, lang="nl"))

    def write_relations(self) -> None:
        for rel in self.ex.relations:
            subject_key = slugify(rel.subject.rsplit("/", 1)[-1])
            object_key = slugify(rel.object.rsplit("/", 1)[-1])
            iri = URIRef(
                f"{ID}relation/{slugify(self.doc.name)}/{rel.type}/{subject_key}/{object_key}"
            )
            s, o = URIRef(rel.subject), URIRef(rel.object)
            self.add(iri, RDF.type, _k("Relation"))
            self.add(iri, _k("relationType"), URIRef(f"{CONCEPT}relation/{rel.type}"))
            self.add(iri, _k("relationSubject"), s)
            self.add(iri, _k("relationObject"), o)
            self.add(iri, _k("quote"), self.quote(rel.start, rel.end))
            self.add(iri, _k("inDocument"), self.doc_iri)
            self.add(iri, _k("extractedBy"), Literal(rel.extracted_by))
            self.add(s, RELATION_TYPE[rel.type], o)
            if rel.type == "member-of":
                self.add(o, _k("hasMember"), s)
                self.add(o, URIRef(ORG + "hasMember"), s)


def add_document(
    graph: TripleSink, doc: Document, source: SourceFile, extraction: Extraction
) -> None:
    """Add one document, its structure and everything extracted from it to ``graph``.

    Parameters
    ----------
    graph : TripleSink
        Where the triples go (an rdflib Graph or a set; mutated).
    doc : Document
        The parsed document.
    source : SourceFile
        The file it came from (name, sha256).
    extraction : Extraction
        What was extracted from it.
    """
    _Writer(graph, doc, source, extraction).write()


def add_dataset_metadata(graph: TripleSink) -> None:
    """Describe the indicator data set (W3C Data Cube) and the measures scheme."""
    graph.add((INDICATOR_DATASET, RDF.type, _k("IndicatorDataSet")))
    graph.add((INDICATOR_DATASET, RDF.type, URIRef(QB + "DataSet")))
    graph.add((INDICATOR_DATASET, RDFS.label, Literal("Indicatoren uit de profielen", lang="nl")))
    graph.add((INDICATOR_DATASET, RDFS.label, Literal("Indicators from the profiles", lang="en")))
    scheme = URIRef(CONCEPT + "measures")
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal("Maten", lang="nl")))
    graph.add((scheme, SKOS.prefLabel, Literal("Measures", lang="en")))
