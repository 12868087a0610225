"""Extraction: from a parsed document to entities, mentions, findings, indicators
and relations, using only the ontology's lexicon and general patterns.

Nothing here knows a particular profile: the profile's own municipality is its
title, resolved against the reference data (:mod:`kg.reference`) or minted;
every municipality the text names is found by :mod:`kg.extract.municipalities`.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

from kg.document import Document
from kg.extract.appraisal import appraisal_cues
from kg.extract.measures import MeasureVocabulary
from kg.extract.mentions import Matcher
from kg.extract.model import Entity, Extraction, SentenceMention
from kg.extract.municipalities import Found, adjectives, matcher_for
from kg.extract.separablecues import separable_verbs
from kg.namespaces import CONCEPT, ID, slugify
from kg.ontology import LexiconEntry, lexicon_entries, polarity_cues
from kg.reference import Reference, default_reference
from kg.vocab import as_entity_kind

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.extract.topics import TopicVocabulary

__all__ = ["Lexicon", "extract"]


class Lexicon:
    """The extractor's lexicon: labels from the ontology plus a matcher over them.

    Parameters
    ----------
    entries : iterable of LexiconEntry
        Labels, typically :func:`kg.ontology.lexicon_entries` of the ontology.
    cues : iterable of LexiconEntry, optional
        Polarity cue words.
    reference : Reference, optional
        The municipalities to recognise (default: the packaged reference data).
    """

    def __init__(
        self,
        entries: Iterable[LexiconEntry],
        cues: Iterable[LexiconEntry] = (),
        reference: Reference | None = None,
    ) -> None:
        from kg.gazetteer import municipality_entity, region_iri

        self.reference = reference if reference is not None else default_reference()
        self.entries = sorted(set(entries), key=_entry_key)
        self.cues = sorted(set(cues), key=lambda e: (e.label, e.iri))
        self.cue_matcher = Matcher(self.cues)
        #: The separable-verb tone cues (verb → particles), read once, not per claim.
        self.separable = separable_verbs(self.cues)
        self.entities: dict[str, Entity] = {}
        #: The measure vocabulary (``ontology/measures.ttl``); set by :meth:`from_graph`.
        self.measures: MeasureVocabulary | None = None
        self.municipality_codes: dict[str, str] = {}
        for m in self.reference.municipalities:  # curation files may name any of them
            entity = municipality_entity(m)
            self.entities[entity.iri] = entity
            self.municipality_codes[entity.iri] = m.cbs_code
        for region in {r.name: r for r in self.reference.region_of.values()}.values():
            # the labour-market regions the gazetteer describes: a minted
            # "arbeidsmarktregio X" with the same IRI resolves to them
            iri = region_iri(region)
            self.entities[iri] = Entity(
                iri, "region", f"arbeidsmarktregio {region.name}", labels=(region.name,)
            )
        for entry in self.entries:
            if entry.iri not in self.entities or entry.source == "prefLabel":
                self.entities[entry.iri] = Entity(
                    entry.iri, as_entity_kind(entry.kind), entry.label
                )
        # Named things and actor groups never overlap one another; problems are
        # topics whose labels may share words with them ("gebrek aan kennis van
        # raadsleden" names a problem and the council members), so they are
        # matched on their own.
        self.matcher = Matcher(e for e in self.entries if e.kind != "problem")
        self.problem_matcher = Matcher(e for e in self.entries if e.kind == "problem")
        #: Problem labels that name the subject (a service, a group), not the difficulty.
        self.subject_matcher = Matcher(
            e for e in self.entries if e.kind == "problem" and e.source == "hiddenLabel"
        )
        self._entry_set = frozenset(self.entries)
        # set by from_graph (English labels need the graph)
        self.topic_vocabulary: TopicVocabulary | None = None
        self._by_name: dict[tuple[str, str], LexiconEntry] = {}
        for entry in reversed(self.entries):  # the first entry in sorted order wins
            self._by_name[(entry.kind, entry.label.casefold())] = entry

    @classmethod
    def from_graph(cls, graph: Graph, reference: Reference | None = None) -> Lexicon:
        """Build the lexicon from an ontology graph (and the reference data)."""
        from kg.extract.topics import TopicVocabulary

        entries, cues = lexicon_entries(graph), polarity_cues(graph)
        # the appraisal lexicon's adjectives, a lower-priority source of tone cues
        problems = [e for e in entries if e.kind == "problem"]
        lexicon = cls(entries, cues + appraisal_cues(cues, problems), reference)
        lexicon.measures = MeasureVocabulary.from_graph(graph)
        lexicon.topic_vocabulary = TopicVocabulary.from_graph(graph, lexicon)
        return lexicon

    def resolve(self, name: str, kind: str) -> Entity | None:
        """Return the entity of ``kind`` one of whose labels equals ``name`` (case-insensitive)."""
        entry = self._by_name.get((kind, name.casefold()))
        return None if entry is None else self.entities[entry.iri]

    def with_entities(self, extra: Iterable[tuple[str, Entity]]) -> Lexicon:
        """Return a lexicon with extra ``(label, entity)`` pairs (minted names).

        The result equals ``Lexicon(self.entries + the extra entries)`` with the
        extra entities as given, but is built incrementally (this runs once per
        document): the matchers are extended, not rebuilt.
        """
        extra = list(extra)
        added = sorted(
            {LexiconEntry(label, e.iri, e.kind, "hiddenLabel") for label, e in extra}
            - self._entry_set,
            key=_entry_key,
        )
        lexicon = copy.copy(self)
        lexicon.entries = list(self.entries)
        for entry in added:
            bisect.insort(lexicon.entries, entry, key=_entry_key)
        lexicon._entry_set = self._entry_set.union(added)
        # An entity's name is its last prefLabel, else its first label in sorted order.
        touched = {entry.iri for entry in added}
        renamed: dict[str, Entity] = {}
        for entry in lexicon.entries:
            if entry.iri in touched and (entry.iri not in renamed or entry.source == "prefLabel"):
                renamed[entry.iri] = Entity(entry.iri, as_entity_kind(entry.kind), entry.label)
        lexicon.entities = {**self.entities, **renamed}
        lexicon._by_name = dict(self._by_name)
        for entry in added:
            key = (entry.kind, entry.label.casefold())
            known = lexicon._by_name.get(key)
            if known is None or _entry_key(entry) < _entry_key(known):
                lexicon._by_name[key] = entry
        lexicon.matcher = self.matcher.extended(e for e in added if e.kind != "problem")
        lexicon.problem_matcher = self.problem_matcher.extended(
            e for e in added if e.kind == "problem"
        )
        for _, entity in extra:
            if entity.iri not in self.entities:
                lexicon.entities[entity.iri] = entity
        return lexicon


def _entry_key(entry: LexiconEntry) -> tuple[str, str, str]:
    return (entry.label, entry.iri, entry.source)


def municipality_of(doc: Document, lexicon: Lexicon) -> Entity:
    """Resolve the document's municipality from its title (minted when unknown).

    The title is looked up in the reference data by name or spelling variant
    (hyphens and line breaks in it do not matter), without a closing bracket
    such as the province's name if need be; an ontology label of a municipality
    also resolves it.
    """
    from kg.gazetteer import municipality_entity

    matcher = matcher_for(lexicon.reference)
    found = matcher.resolve_title(doc.title)
    if found is None and doc.title.endswith(")") and "(" in doc.title:
        found = matcher.resolve_title(doc.title[: doc.title.index("(")])  # "Gouda (Zuid-Holland)"
    if found is not None:
        return municipality_entity(found)
    known = lexicon.resolve(doc.title, "municipality")
    if known is not None:
        return known
    return Entity(ID + "municipality/" + slugify(doc.title), "municipality", doc.title, minted=True)


def municipality_mentions(
    doc: Document, lexicon: Lexicon, municipality: Entity
) -> tuple[list[SentenceMention], set[tuple[int, int]]]:
    """Every municipality of the reference data named in the title or a sentence.

    Returns the mentions (the title's only for the profile's own municipality)
    and the spans of those right after "gemeente(n)".
    """
    from kg.gazetteer import municipality_entity

    matcher = matcher_for(lexicon.reference)
    home = lexicon.municipality_codes.get(municipality.iri)
    by_code = lexicon.reference.by_code

    def mention(f: Found, sentence: int | None) -> SentenceMention:
        entity = municipality_entity(by_code[f.cbs_code])
        return SentenceMention(entity.iri, "municipality", f.start, f.end, f.text, sentence)

    t_start, t_end = doc.title_span
    found: list[tuple[Found, int | None]] = [
        (f, None) for f in matcher.find(doc.text, t_start, t_end, home) if f.cbs_code == home
    ]
    for sentence in doc.sentences:
        found += [
            (f, sentence.index) for f in matcher.find(doc.text, sentence.start, sentence.end, home)
        ]
    strong = {(f.start, f.end) for f, _ in found if f.after_gemeente}
    return [mention(f, index) for f, index in found], strong


def _merge_mentions(
    lexical: list[SentenceMention], places: list[SentenceMention], strong: set[tuple[int, int]]
) -> list[SentenceMention]:
    """Lexicon and municipality mentions together, without overlaps.

    A lexicon mention wins over a municipality name it covers ("Den Haag" as the
    national government), except after "gemeente" ("de gemeente Den Haag"); a
    longer municipality name wins over a label inside it (the province in
    "Súdwest-Fryslân", the region in "Hof van Twente").
    """
    # a lexicon mention covers a place when one that starts at or before it reaches its end:
    # the furthest end of those starting up to each start, in start order
    by_start = sorted(lexical, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    reach = list(accumulate((m.end for m in by_start), max))
    kept_places = []
    for p in places:
        k = bisect.bisect_right(starts, p.start)
        if k and reach[k - 1] >= p.end and (p.start, p.end) not in strong:
            continue
        kept_places.append(p)
    # a lexicon mention overlaps a kept place when one starting before its end ends after
    # its start
    spans = sorted((p.start, p.end) for p in kept_places)
    span_starts = [s for s, _ in spans]
    span_reach = list(accumulate((e for _, e in spans), max))
    kept = []
    for m in lexical:
        k = bisect.bisect_left(span_starts, m.end)
        if not (k and span_reach[k - 1] > m.start):
            kept.append(m)
    return sorted(kept + kept_places, key=lambda m: (m.start, m.end, m.entity))


def _with_demonyms(
    doc: Document, mentions: list[SentenceMention], municipality: Entity
) -> list[SentenceMention]:
    """``mentions`` with the municipality's inhabitants named by their demonym
    (:mod:`kg.extract.demonyms`) where no mention covers the word already."""
    from kg.extract.demonyms import demonym_mentions

    spans = [(s.start, s.end, s.index) for s in doc.sentences]
    found = demonym_mentions(doc.text, spans, municipality.label, municipality.iri)
    found = [d for d in found if not any(m.start < d.end and d.start < m.end for m in mentions)]
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: (m.start, m.end, m.entity))


def _minted_roles(doc: Document, lexicon: Lexicon) -> list[tuple[str, Entity]]:
    """Speaker groups the role list lacks, minted as roles (``role/<slug of the singular>``).

    See :func:`kg.extract.speakergroups.discover`; each gets its surface form and its
    singular lemma as labels, so every later mention of the group is found. A member noun
    names the known group it belongs to (:func:`kg.extract.speakergroups.member_group`).
    A surname labelled with a title ("Wethouder Kuipers", :mod:`kg.extract.labelledpeople`) is
    a person, never a group.
    """
    from kg.extract.speakergroups import discover, member_group

    asked: dict[str, bool] = {}  # a group is named in many sentences: each phrase once

    def known(phrase: str) -> bool:
        answer = asked.get(phrase)
        if answer is None:
            answer = asked[phrase] = any(m.text == phrase for m in lexicon.matcher.find(phrase))
        return answer

    from kg.extract.labelledpeople import labelled_names

    names = labelled_names(doc.text)  # "Wethouder Kuipers": "Kuipers" is a person, no group
    out: list[tuple[str, Entity]] = []
    for surface, lemma in discover(doc.text, doc.sentences, known):
        if surface in names:
            continue
        group = member_group(lemma)  # "een teamlid": the team's own role, no group of its own
        entity = (lexicon.entities.get(CONCEPT + "role/" + group) if group else None) or Entity(
            CONCEPT + "role/" + slugify(lemma), "role", lemma, minted=True
        )
        out += [(surface, entity), (lemma, entity)]
    return out


def _meeting_roles(doc: Document, lexicon: Lexicon) -> list[tuple[str, Entity]]:
    """:func:`_minted_roles`, with "voorzitter" and "commissie" as the council members in
    minutes of a meeting (:mod:`kg.extract.meetingroles`), minted as no group of their own."""
    from kg.extract.meetingroles import COUNCIL_MEMBERS, meeting_words

    minted = _minted_roles(doc, lexicon)
    words = meeting_words(doc.text)
    council = lexicon.entities.get(CONCEPT + "role/" + COUNCIL_MEMBERS) if words else None
    if council is None:
        return minted
    kept = [(label, e) for label, e in minted if e.label not in words]
    return kept + [(word, council) for word in words]


def _legend_roles(
    doc: Document, lexicon: Lexicon, minted: list[tuple[str, Entity]], lines: list, listed: list
) -> list[tuple[str, Entity]]:
    """The function nouns of a legend of coded respondents (``lines``: "R4 – teamleider …",
    :func:`kg.extract.respondentcodes.legend_functions`) or of a list of codes after colons
    (``listed``: :func:`kg.extract.codealiases.listed_functions`) no list nor minted group
    knows, minted as roles like the speaker groups of :func:`_minted_roles`."""
    from kg.extract.respondentcodes import legend_functions

    taken = {label for label, _ in minted}
    out: list[tuple[str, Entity]] = []
    for noun, _, _ in legend_functions(doc.text, lines) + listed:
        if noun in taken or any(m.text.lower() == noun for m in lexicon.matcher.find(noun)):
            continue
        out.append((noun, Entity(CONCEPT + "role/" + slugify(noun), "role", noun, minted=True)))
        taken.add(noun)
    return out


def _byline_mentions(
    doc: Document, lexicon: Lexicon, mentions: list[SentenceMention]
) -> list[SentenceMention]:
    """``mentions`` with those of the bylines the parser made headings of ("Door Anna Smit,
    huisarts in X": the writer's function is a mention, :mod:`kg.extract.speakerturns`)."""
    from kg.extract.speakerturns import byline_headings

    if "Door" not in doc.text:
        return mentions
    found = [
        SentenceMention(m.entity, as_entity_kind(m.kind), m.start, m.end, m.text, None)
        for start, end in byline_headings(doc)
        for m in lexicon.matcher.find(doc.text, start, end)
    ]
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """Extract everything from one parsed document.

    Parameters
    ----------
    doc : Document
        A parsed profile.
    lexicon : Lexicon
        The ontology's lexicon.

    Returns
    -------
    Extraction

    Notes
    -----
    The cyclic garbage collector is paused meanwhile (:func:`kg.extract.collector.paused`).
    The per-document memo tables (:mod:`kg.extract.sentencecache`) and the cache of
    :func:`kg.extract.wordtokens.words` are emptied at the end, still paused: reference
    counting frees what they hold, where the collector's first pass after the document
    would otherwise walk it all (about 1 % of the instructions of
    ``benchmarks/bench_extract.py``).
    """
    from kg.extract.collector import paused
    from kg.extract.sentencecache import clear
    from kg.extract.wordtokens import words

    with paused():
        try:
            return _extract(doc, lexicon)
        finally:
            clear()
            words.cache_clear()  # its spans are of this document's text


def _listed_functions(doc: Document) -> list[tuple[str, int, int]]:
    """The function nouns of a list of codes after colons ("Respondent C: teamleider van …;
    …", :func:`kg.extract.codealiases.listed_functions`) and of a forum thread's post headers
    ("#12 sanne — teamleider, Team X", :func:`kg.extract.postheaders.header_functions`)."""
    from kg.extract.codealiases import listed_functions
    from kg.extract.postheaders import header_functions

    return listed_functions(doc.text) + header_functions(doc)


def _extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """:func:`extract` with the collector paused."""
    from kg.extract.findings import extract_findings
    from kg.extract.indicators import extract_indicators
    from kg.extract.relations import extract_relations
    from kg.extract.respondentcodes import legend_lines, resolve_codes
    from kg.extract.sentencecache import clear

    clear()  # per-sentence answers are kept for one document only
    municipality = municipality_of(doc, lexicon)
    extra: list[tuple[str, Entity]] = []
    if municipality.minted:
        extra += [(doc.title, municipality)]
        extra += [(form, municipality) for form in adjectives(doc.title)]
    extra += _meeting_roles(doc, lexicon)
    lines = legend_lines(doc)  # a legend of coded respondents ("R1 – wethouder"), rarely
    listed = _listed_functions(doc)  # "Respondent C: teamleider van …", "#2 an — teamleider"
    if lines or listed:
        extra += _legend_roles(doc, lexicon, extra, lines, listed)
    local = lexicon.with_entities(extra) if extra else lexicon

    from kg.extract.bareorganisations import bare_organisations
    from kg.extract.codedreferents import coded_referents
    from kg.extract.labelregions import scaled_regions
    from kg.extract.mentionrules import drop_type_nouns, find_mentions
    from kg.extract.namedteams import access_teams
    from kg.extract.organisations import with_organisations
    from kg.extract.places import with_places
    from kg.extract.regioncompounds import region_compounds
    from kg.extract.respondentcodes import kept_functions, with_codes

    result = Extraction(municipality=municipality)
    places, strong = municipality_mentions(doc, local, municipality)
    result.mentions = _merge_mentions(find_mentions(doc, local, municipality), places, strong)
    result.mentions = _with_demonyms(doc, result.mentions, municipality)
    result.mentions, minted = with_organisations(doc, result.mentions)
    result.mentions, minted = access_teams(doc, result.mentions, minted)  # "Team X": social team
    result.mentions = scaled_regions(doc.text, result.mentions, local.entities)
    result.mentions = region_compounds(doc, result.mentions, local.entities)  # "Peelgemeenten"
    result.mentions, place_entities = with_places(doc, result.mentions)
    typed = drop_type_nouns(doc.text, result.mentions)
    # (a legend's "R4 – teamleider Team X" names the person's function, not the team's type)
    if lines or listed:
        result.mentions = kept_functions(doc.text, lines, result.mentions, typed, listed)
    else:
        result.mentions = typed
    if lines:  # "R6 stelt dat de stichting …": the organisation of R6's legend line
        result.mentions = coded_referents(doc, lines, result.mentions)
    # a name the ontology or reference data already describes keeps its entity
    minted.update(place_entities)
    result.entities.update({iri: e for iri, e in minted.items() if iri not in local.entities})
    for m in result.mentions:
        if m.entity not in result.entities:
            result.entities[m.entity] = local.entities[m.entity]
    result.entities.setdefault(municipality.iri, municipality)
    if lines:  # "G2 stelt …": each code cited, a stand-in until :func:`resolve_codes`
        result.mentions, stand_ins = with_codes(doc, lines, result.mentions)
        result.entities.update((e.iri, e) for e in stand_ins)
    result.indicators = extract_indicators(doc, result, local.measures)
    result.relations = extract_relations(doc, result)
    # "… De organisatie wijst …": the organisation named before speaks (not read for relations)
    result.mentions = bare_organisations(doc, result.mentions)
    result.findings = extract_findings(doc, result, local)
    if lines:
        resolve_codes(doc, lines, result)  # "R4 stelt …": the codes read through the legend
    else:  # "Deelnemer 3, huisarts in X, …" then "D3 vindt …"; "Marieke: …" turns; signatures
        _read_aliases(doc, local, result)
    _writer_voice(doc, result)
    _register_speakers(local, result)
    return result


def _register_speakers(local: Lexicon, result: Extraction) -> None:
    """Hold every speaker of a finding among the extraction's entities, in place.

    A section heading gives the floor to the group it names (:mod:`kg.extract.headingvoice`),
    but headings mint no mention: a body named only there ("UWV" as a heading) would speak
    without being an entity of the extraction. Its entity comes from the lexicon. Roles
    are concepts of the lexicon, which the graph holds whether mentioned or not.
    """
    for finding in result.findings:
        for iri in finding.speakers:
            if iri in result.entities or (entity := local.entities.get(iri)) is None:
                continue
            if entity.kind != "role":
                result.entities[iri] = entity


def _read_aliases(doc: Document, local: Lexicon, result: Extraction) -> None:
    """Read the document's codes introduced in running text, people labelling turns, signed
    and bylined pieces and forum posts (:mod:`kg.extract.codealiases`), in place; a plain
    fact of organisation in a turn stays the authors'
    (:func:`kg.extract.speakerturns.turn_facts`)."""
    from kg.extract.codealiases import alias_table, resolve_aliases
    from kg.extract.speakerturns import turn_facts

    result.mentions = _byline_mentions(doc, local, result.mentions)
    for m in result.mentions:
        if m.entity not in result.entities and m.entity in local.entities:
            result.entities[m.entity] = local.entities[m.entity]
    if not (table := alias_table(doc, result.mentions)).empty:
        resolve_aliases(doc, table, result)
        if table.turns:  # "Henk: We kopen de jeugdhulp in via …": a plain fact, the authors'
            result.findings = turn_facts(doc.text, result.findings, table.turns, result.relations)


def _writer_voice(doc: Document, result: Extraction) -> None:
    """Give a writer's first person its voice, in place: a body's report ("Wij zijn de
    Wmo-raad", :mod:`kg.extract.bodyvoice`) or the municipality's own page ("wij, de
    gemeente X,", :mod:`kg.extract.municipalwriter`)."""
    from kg.extract.bodyvoice import speak_as_writer, writer_body
    from kg.extract.municipalwriter import municipal_writer, speak_as_municipality

    if (writer := writer_body(doc, result.mentions)) is not None:  # a council's "wij"
        speak_as_writer(doc, writer, result)
    elif (start := municipal_writer(doc)) is not None:  # "wij, de gemeente X,"
        speak_as_municipality(doc, start, result)
