"""From parsed documents and their extraction to RDF, with provenance.

Every IRI is minted from a stable key (document name, offsets, slugs): no blank
nodes, so two builds of the same seeds give the same triples. Each statement
about the world (a mention, finding, indicator or relation) is a node with
``kg:quote`` pointing at a :class:`kg:Quote` (a sentence, or a span) that
carries ``oa:exact``, ``oa:start`` and ``oa:end`` into the document's
``kg:cleanedText``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from typing import Any, Protocol

from kg.document import Document
from kg.extract.model import Extraction, Indicator
from kg.loading import SourceFile
from kg.namespaces import CONCEPT, DCTERMS, ID, KG, OA, ORG, QB, RDF, RDFS, SKOS, slugify
from kg.terms import NTriplesTerms, RdflibTerms

#: Entity kind (:data:`kg.vocab.ENTITY_KINDS`) → its class.
CLASS_OF_KIND: dict[str, str] = {
    "municipality": KG + "Municipality",
    "region": KG + "Region",
    "body": KG + "IntermunicipalBody",
    "organisation": KG + "Organisation",
    "place": KG + "Place",
    "law": KG + "Law",
    "role": KG + "ActorRole",
    "problem": KG + "Problem",
}
#: Relation type (:data:`kg.vocab.RELATION_TYPES`) → its property's local name.
RELATION_TYPE: dict[str, str] = {
    "member-of": "memberOf",
    "lead-municipality": "leadMunicipality",
    "cooperates-with": "cooperatesWith",
    "compares-with": "comparesWith",
    "depends-on": "dependsOn",
    "borders-on": "bordersOn",
    "related-organisation": "relatedOrganisation",
    "executes-for": "executesFor",
    "purchases-via": "purchasesVia",
    "reports-on": "reportsOn",
    "oriented-towards": "orientedTowards",
    "bound-by-rulings-of": "boundByRulingsOf",
}
CONCERNS_PROPERTY = {"problem": "concernsProblem", "law": "concernsLaw", "role": "concernsActor"}
INDICATOR_DATASET = ID + "dataset/indicators"
#: The scheme of the topics findings discuss (minted from the text, shared by all documents).
TOPIC_SCHEME = CONCEPT + "topics"


def concern_kind(iri: str, ex: Extraction) -> str:
    """The kind of what a finding concerns: its entity's, else the scheme of its concept.

    A law or problem can be concerned without a mention of its own ("voor Wmo, jeugd en
    werk en inkomen": the Participatiewet through its domain), so it is not among the
    extraction's entities; its IRI still says what it is.

    Examples
    --------
    >>> from kg.extract.model import Entity
    >>> ex = Extraction(Entity(ID + "municipality/tiel", "municipality", "Tiel"))
    >>> concern_kind(CONCEPT + "law/participatiewet", ex)
    'law'
    >>> concern_kind(ID + "organisation/uwv", ex)
    ''
    """
    entity = ex.entities.get(iri)
    if entity is not None:
        return entity.kind
    kind, _, rest = iri.removeprefix(CONCEPT).partition("/")
    return kind if iri.startswith(CONCEPT) and rest and kind in CONCERNS_PROPERTY else ""


def _observation_key(ind: Indicator) -> str:
    """The local name of an indicator's observation: its span and its measure's words.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> _observation_key(SimpleNamespace(start=3, end=9, measure_label="van de jongeren",
    ...                                  measure="share-youth-care"))
    '3-9-van-de-jongeren'
    """
    key = slugify(ind.measure_label)[:60] or ind.measure or "figure"
    return f"{ind.start}-{ind.end}-{key}"


def document_iri(name: str) -> str:
    """IRI of a source document."""
    return f"{ID}document/{slugify(name)}"


class TripleSink(Protocol):
    """Anything with ``add((s, p, o))``: an rdflib Graph, or a plain set."""

    def add(self, triple: tuple[Any, Any, Any], /) -> object: ...


class _Writer:
    def __init__(
        self,
        graph: TripleSink,
        doc: Document,
        source: SourceFile,
        ex: Extraction,
        terms: Any,
        reference: Any = None,
    ) -> None:
        from kg.reference import default_reference

        self.reference = reference if reference is not None else default_reference()
        self.g = graph
        self.doc = doc
        self.source = source
        self.ex = ex
        self.t = terms
        self.doc_key = document_iri(doc.name)
        self.doc_iri = terms.iri(self.doc_key)
        self.type = terms.iri(RDF + "type")
        self.sentence_spans = {(s.start, s.end): s.index for s in doc.sentences}
        self.sentence_bounds = sorted((s.start, s.end, s.index) for s in doc.sentences)
        self.slug = slugify(doc.name)

    def k(self, name: str) -> Any:
        """A term of the kg: vocabulary."""
        return self.t.iri(KG + name)

    def add(self, s: Any, p: Any, o: Any) -> None:
        self.g.add((s, p, o))

    def sentence_iri(self, index: int) -> Any:
        return self.t.node(f"{self.doc_key}/sentence/{index}")

    def section_iri(self, index: int) -> Any:
        return self.t.node(f"{self.doc_key}/section/{index}")

    def quote(self, start: int, end: int) -> Any:
        """The quote node for a span: the sentence when it is one, else a span node."""
        index = self.sentence_spans.get((start, end))
        if index is not None:
            return self.sentence_iri(index)
        iri = self.t.node(f"{self.doc_key}/text/{start}-{end}")
        self.add(iri, self.type, self.k("Quote"))
        self.selector(iri, start, end)
        enclosing = self.enclosing_sentence(start, end)
        if enclosing is not None:  # the sentence to show the span in (one lookup, no offset join)
            self.add(iri, self.k("inSentence"), self.sentence_iri(enclosing))
        return iri

    def enclosing_sentence(self, start: int, end: int) -> int | None:
        """Index of the sentence whose span holds ``[start, end)``, if one does."""
        at = bisect.bisect_right(self.sentence_bounds, (start, float("inf"), 0)) - 1
        if at >= 0:
            s_start, s_end, index = self.sentence_bounds[at]
            if s_start <= start and end <= s_end:
                return index
        return None

    def selector(self, iri: Any, start: int, end: int) -> None:
        t = self.t
        self.add(iri, t.iri(OA + "exact"), t.literal(self.doc.text[start:end]))
        self.add(iri, t.iri(OA + "start"), t.integer(start))
        self.add(iri, t.iri(OA + "end"), t.integer(end))
        self.add(iri, self.k("inDocument"), self.doc_iri)

    def write(self) -> None:
        doc, d, t = self.doc, self.doc_iri, self.t
        muni = t.iri(self.ex.municipality.iri)
        label = t.iri(RDFS + "label")
        self.add(d, self.type, self.k("SourceDocument"))
        self.add(d, label, t.literal(f"Profiel {doc.title}", "nl"))
        self.add(d, label, t.literal(f"Profile {doc.title}", "en"))
        self.add(d, t.iri(DCTERMS + "title"), t.literal(doc.title))
        if doc.motto:
            self.add(d, self.k("motto"), t.literal(doc.motto, "nl"))
        self.add(d, self.k("cleanedText"), t.literal(doc.text))
        self.add(d, self.k("sha256"), t.literal(self.source.sha256))
        self.add(d, t.iri(DCTERMS + "source"), t.literal(self.source.path.name))
        self.add(d, t.iri(DCTERMS + "identifier"), t.literal(doc.name))
        self.add(d, t.iri(DCTERMS + "language"), t.literal("nl"))
        self.add(d, self.k("describes"), muni)
        self.add(d, t.iri(DCTERMS + "subject"), muni)
        self.write_sections()
        self.write_sentences()
        self.write_entities()
        self.write_mentions()
        self.write_findings()
        self.write_topics()
        self.write_indicators()
        self.write_relations()

    def write_sections(self) -> None:
        t, k = self.t, self.k
        for sec in self.doc.sections:
            s = self.section_iri(sec.index)
            self.add(s, self.type, k("Section"))
            self.add(s, t.iri(RDFS + "label"), t.literal(sec.heading, "nl"))
            self.add(s, t.iri(DCTERMS + "title"), t.literal(sec.heading))
            self.add(s, k("level"), t.integer(sec.level))
            self.add(s, k("order"), t.integer(sec.index))
            self.add(s, k("knownHeading"), t.boolean(sec.theme is not None))
            self.add(s, k("inDocument"), self.doc_iri)
            self.add(s, t.iri(DCTERMS + "isPartOf"), self.doc_iri)
            self.add(s, t.iri(OA + "start"), t.integer(sec.start))
            self.add(s, t.iri(OA + "end"), t.integer(sec.end))
            if sec.theme:
                self.add(s, k("theme"), t.iri(sec.theme))
            if sec.parent is not None:
                self.add(s, k("parentSection"), self.section_iri(sec.parent))

    def write_sentences(self) -> None:
        t, k = self.t, self.k
        for sen in self.doc.sentences:
            s = self.sentence_iri(sen.index)
            self.add(s, self.type, k("Sentence"))
            self.add(s, k("order"), t.integer(sen.index))
            self.selector(s, sen.start, sen.end)
            if sen.section is not None:
                self.add(s, k("inSection"), self.section_iri(sen.section))

    def write_entities(self) -> None:
        from kg.gazetteer import reference_triples

        t = self.t
        # the reference municipalities named, with their successors, province and region
        for s, p, o in reference_triples(self.reference, sorted(self.ex.entities), t):
            self.add(s, p, o)
        for entity in self.ex.entities.values():
            if not entity.minted:
                continue  # the ontology describes it already
            e = t.iri(entity.iri)
            self.add(e, self.type, t.iri(CLASS_OF_KIND[entity.kind]))
            self.add(e, t.iri(SKOS + "prefLabel"), t.literal(entity.label, "nl"))
            if entity.kind == "role":  # a speaker group no list foresaw: Dutch label only
                self.add(e, self.type, t.iri(SKOS + "Concept"))
                self.add(e, t.iri(SKOS + "inScheme"), t.iri(CONCEPT + "actor-roles"))
                continue
            self.add(e, t.iri(SKOS + "prefLabel"), t.literal(entity.label, "en"))
            for label in entity.labels:  # abbreviations and other names of a minted entity
                self.add(e, t.iri(SKOS + "altLabel"), t.literal(label, "nl"))

    def entity_key(self, iri: str) -> str:
        """The entity's slug in mention and relation IRIs, unique within this document."""
        if not hasattr(self, "_entity_keys"):
            used = [m.entity for m in self.ex.mentions]
            used += [x for rel in self.ex.relations for x in (rel.subject, rel.object)]
            self._entity_keys = entity_keys(used)
        return self._entity_keys[iri]

    def write_mentions(self) -> None:
        t, k = self.t, self.k
        for m in self.ex.mentions:
            key = self.entity_key(m.entity)
            iri = t.node(f"{self.doc_key}/mention/{m.start}-{m.end}/{key}")
            entity = t.iri(m.entity)
            self.add(iri, self.type, k("Mention"))
            self.add(iri, k("refersTo"), entity)
            self.selector(iri, m.start, m.end)
            if m.sentence is None:  # the title line: linked to the document only
                continue
            sentence = self.sentence_iri(m.sentence)
            self.add(iri, k("inSentence"), sentence)
            self.add(sentence, k("mentions"), entity)

    def write_findings(self) -> None:
        t, k, doc = self.t, self.k, self.doc
        muni = t.iri(self.ex.municipality.iri)
        for f in self.ex.findings:
            iri = t.node(f"{ID}finding/{self.slug}/{f.start}-{f.end}")
            # no labels: a finding's name is its document's title and the order of its
            # first sentence, computed where it is shown (kg.finding_label; issue 18)
            self.add(iri, self.type, k("Finding"))
            self.add(iri, k("aboutMunicipality"), muni)
            self.add(iri, k("quote"), self.quote(f.start, f.end))
            self.add(iri, k("inDocument"), self.doc_iri)
            self.add(iri, k("polarity"), t.iri(f"{CONCEPT}polarity/{f.polarity}"))
            self.add(iri, k("extractedBy"), t.literal(f.extracted_by))
            for sp in f.speakers:
                self.add(iri, k("speaker"), t.iri(sp))
            if f.section is not None:
                sec = doc.sections[f.section - 1]
                self.add(iri, k("inSection"), self.section_iri(f.section))
                theme = sec.theme
                if theme is None and sec.parent is not None:
                    theme = doc.sections[sec.parent - 1].theme
                if theme:
                    self.add(iri, k("theme"), t.iri(theme))
            for c in f.concerns:
                kind = concern_kind(c, self.ex)
                concern = t.iri(c)
                # only the specific property: kg:concerns is their super-property (ontology),
                # a second triple per concern would only repeat it (issue 18)
                self.add(iri, k(CONCERNS_PROPERTY.get(kind, "concernsOrganisation")), concern)
            for topic in f.topics:
                self.add(iri, k("discussesTopic"), t.iri(topic))
            for problem in f.reports:
                self.add(iri, k("reportsProblem"), t.iri(problem))

    def write_topics(self) -> None:
        """The topic concepts the findings discuss (shared across documents)."""
        t, k = self.t, self.k
        pref, scheme = t.iri(SKOS + "prefLabel"), t.iri(TOPIC_SCHEME)
        for topic in self.ex.topics.values():
            iri = t.iri(topic.iri)
            self.add(iri, self.type, k("Topic"))
            self.add(iri, self.type, t.iri(SKOS + "Concept"))
            self.add(iri, t.iri(SKOS + "inScheme"), scheme)
            self.add(iri, pref, t.literal(topic.label, "nl"))
            if topic.label_en:
                self.add(iri, pref, t.literal(topic.label_en, "en"))
            for problem in topic.broader:
                self.add(iri, t.iri(SKOS + "broader"), t.iri(problem))

    def write_indicators(self) -> None:
        t, k, title = self.t, self.k, self.doc.title
        muni = t.iri(self.ex.municipality.iri)
        label = t.iri(RDFS + "label")
        spans = Counter(_observation_key(ind) for ind in self.ex.indicators)
        for ind in self.ex.indicators:
            key = _observation_key(ind)
            if spans[key] > 1:  # one figure compared with several places: one observation each
                key += "-" + (slugify(ind.reference or "")[:40] or "none")
            iri = t.node(f"{ID}observation/{self.slug}/{key}")
            self.add(iri, self.type, k("IndicatorObservation"))
            self.add(iri, self.type, t.iri(QB + "Observation"))
            self.add(iri, t.iri(QB + "dataSet"), t.iri(INDICATOR_DATASET))
            name = ind.measure_label or (ind.measure or "").replace("-", " ") or "getal"
            self.add(iri, label, t.literal(f"{name} ({title})", "nl"))
            english = (ind.measure or "").replace("-", " ") or "figure"
            self.add(iri, label, t.literal(f"{english}: {name} ({title})", "en"))
            self.add(iri, k("refArea"), muni)
            if ind.measure:  # a number the measure vocabulary does not know has no measure
                measure = t.iri(f"{CONCEPT}measure/{ind.measure}")
                self.add(iri, k("measure"), measure)
                if ind.extracted_by == "curation":  # a curator may name a new measure
                    self.add(measure, self.type, k("Measure"))
                    self.add(measure, t.iri(SKOS + "inScheme"), t.iri(CONCEPT + "measures"))
                    pref = t.iri(SKOS + "prefLabel")
                    self.add(measure, pref, t.literal(ind.measure.replace("-", " "), "en"))
            if ind.value is not None:  # a comparison without a figure has no value
                self.add(iri, k("value"), t.decimal(ind.value))
            if ind.unit is not None:
                self.add(iri, k("unit"), t.literal(ind.unit))
            self.add(iri, k("approximate"), t.boolean(ind.approximate))
            if ind.qualifier:
                self.add(iri, k("qualifier"), t.literal(ind.qualifier, "nl"))
            if ind.comparison:
                self.add(iri, k("comparison"), t.literal(ind.comparison))
            if ind.reference:
                self.add(iri, k("reference"), t.literal(ind.reference))
            if ind.national_value is not None:
                self.add(iri, k("nationalValue"), t.decimal(ind.national_value))
            self.add(iri, k("quote"), self.quote(ind.start, ind.end))
            self.add(iri, k("inDocument"), self.doc_iri)
            self.add(iri, k("extractedBy"), t.literal(ind.extracted_by))

    def write_relations(self) -> None:
        t, k = self.t, self.k
        for rel in self.ex.relations:
            subject_key = self.entity_key(rel.subject)
            object_key = self.entity_key(rel.object)
            iri = t.node(f"{ID}relation/{self.slug}/{rel.type}/{subject_key}/{object_key}")
            s, o = t.iri(rel.subject), t.iri(rel.object)
            self.add(iri, self.type, k("Relation"))
            self.add(iri, k("relationType"), t.iri(f"{CONCEPT}relation/{rel.type}"))
            self.add(iri, k("relationSubject"), s)
            self.add(iri, k("relationObject"), o)
            self.add(iri, k("quote"), self.quote(rel.start, rel.end))
            self.add(iri, k("inDocument"), self.doc_iri)
            self.add(iri, k("extractedBy"), t.literal(rel.extracted_by))
            self.add(s, k(RELATION_TYPE[rel.type]), o)
            if rel.type == "member-of":
                self.add(o, k("hasMember"), s)
                self.add(o, t.iri(ORG + "hasMember"), s)


def add_document(
    graph: TripleSink,
    doc: Document,
    source: SourceFile,
    extraction: Extraction,
    terms: Any = None,
    reference: Any = None,
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
    terms : NTriplesTerms or RdflibTerms, optional
        How terms are made: rdflib terms by default; the build passes
        :class:`kg.terms.NTriplesTerms` and gets N-Triples strings.
    reference : kg.reference.Reference, optional
        The reference data describing the municipalities named (default: the
        packaged one).
    """
    _Writer(graph, doc, source, extraction, terms or RdflibTerms(), reference).write()


def document_triples(
    doc: Document,
    source: SourceFile,
    extraction: Extraction,
    terms: NTriplesTerms,
    reference: Any = None,
) -> set[tuple[str, str, str]]:
    """The document's triples as N-Triples terms (what :func:`add_document` adds)."""
    triples: set[tuple[str, str, str]] = set()
    _Writer(triples, doc, source, extraction, terms, reference).write()
    return triples


def add_dataset_metadata(graph: TripleSink, terms: Any = None) -> None:
    """Describe the indicator data set (W3C Data Cube) and the measures scheme."""
    t = terms or RdflibTerms()
    dataset, kind, label, pref = (
        t.iri(INDICATOR_DATASET),
        t.iri(RDF + "type"),
        t.iri(RDFS + "label"),
        t.iri(SKOS + "prefLabel"),
    )
    graph.add((dataset, kind, t.iri(KG + "IndicatorDataSet")))
    graph.add((dataset, kind, t.iri(QB + "DataSet")))
    graph.add((dataset, label, t.literal("Indicatoren uit de profielen", "nl")))
    graph.add((dataset, label, t.literal("Indicators from the profiles", "en")))
    scheme = t.iri(CONCEPT + "measures")
    graph.add((scheme, kind, t.iri(SKOS + "ConceptScheme")))
    graph.add((scheme, pref, t.literal("Maten", "nl")))
    graph.add((scheme, pref, t.literal("Measures", "en")))


def entity_keys(iris: Iterable[str]) -> dict[str, str]:
    """Entity IRI → the slug of its last segment, with its kind too where two would clash.

    A municipality and a law can share a name (a profile titled "Jeugdwet"):
    keyed by the last segment alone, their mentions of one span would become one
    node referring to both.

    Examples
    --------
    >>> keys = entity_keys(["http://x/law/jeugdwet", "http://x/municipality/jeugdwet", "http://x/a/b"])
    >>> [keys[k] for k in sorted(keys)]
    ['b', 'law-jeugdwet', 'municipality-jeugdwet']
    """
    unique = sorted(set(iris))
    short = {iri: slugify(iri.rsplit("/", 1)[-1]) for iri in unique}
    counts: dict[str, int] = {}
    for key in short.values():
        counts[key] = counts.get(key, 0) + 1
    return {
        iri: key if counts[key] == 1 else slugify("-".join(iri.rsplit("/", 2)[-2:]))
        for iri, key in short.items()
    }
