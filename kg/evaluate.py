"""Measuring the extraction against the gold standard.

Four categories, each scored by precision, recall and F1 over one-to-one
matches (micro-averaged over the documents):

mentions
    Entity mentions of the kinds municipality, region, body, organisation,
    place, law and role (problem concepts are topics, not mentions, and are
    scored through the findings' concerns). A predicted mention matches a gold
    mention of the same entity whose span overlaps its own.
indicators
    A predicted observation matches a gold one when their quote spans overlap,
    the values are equal and the units are equal (no value equals no value).
relations
    Same type, subject and object within the document.
findings
    A predicted finding matches a gold finding when their spans overlap, the
    speaker sets are equal and the concerns are correct: the Jaccard index of
    the two concern sets is at least 0.5 (two empty sets count as correct).

For findings matched on span alone the evaluation also reports attribute
accuracies (speaker, polarity, concerns), and for indicators matched on span,
value and unit the accuracy of the other fields (measure among them), so that a
low score says why.

Open-world entities (regions, intermunicipal bodies, organisations) are minted
from the text, so their IRIs cannot be fixed in advance: a predicted entity of
one of those kinds stands for a gold key of one of those kinds when the key's
slug is the slug of one of its names (its label, or the text of one of its
mentions in the document). The kind itself is reported apart, as the attribute
``entity kind``, and does not make a miss.

topics
    Per document, the topics of the gold findings against the topics the
    extraction links to the document's findings, compared as slugs with
    hyphens removed (``jeugd-ggz`` = ``jeugd ggz`` = ``jeugdggz``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.gold import GoldDocument, gold_files, load_gold
from kg.namespaces import short_key, slugify
from kg.textspan import TextIndex

CATEGORIES = ("mentions", "indicators", "relations", "findings")
#: Entity kinds whose mentions are scored.
MENTION_KINDS = frozenset(
    {"municipality", "region", "body", "organisation", "place", "law", "role"}
)
#: Entity kinds minted from the text, matched by name (see the module docstring).
OPEN_KINDS = frozenset({"region", "body", "organisation"})
#: Minimum Jaccard index of concern sets for a finding's concerns to count as correct.
CONCERNS_JACCARD = 0.5

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold standard is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        """The counts and the three measures, rounded to 4 decimals."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """A running mean of per-item scores in [0, 1]."""

    total: float = 0.0
    n: int = 0

    def add(self, value: float) -> None:
        """Count one item."""
        self.total += value
        self.n += 1

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.total += other.total
        self.n += other.n
        return self

    @property
    def value(self) -> float:
        """The mean (1.0 when nothing was counted)."""
        return self.total / self.n if self.n else 1.0


@dataclass
class DocumentEvaluation:
    """The evaluation of one document.

    Attributes
    ----------
    name : str
        The document.
    scores : dict
        Category → :class:`Score`.
    attributes : dict
        Attribute name → :class:`Accuracy` on matched items.
    misses, extras : dict
        Category → gold items not found / predicted items not in the gold
        standard, as plain dicts (the shape of a curation entry).
    """

    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extras: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Evaluation:
    """The evaluation of a build against the gold standard."""

    curation: bool
    documents: list[DocumentEvaluation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, Score]:
        """Micro-averaged scores per category over all documents.

        The four categories of :data:`CATEGORIES`, then ``findings located``
        (findings matched on their span alone), and ``topics`` when the gold
        standard annotates topics.
        """
        names = [*CATEGORIES, "findings located"]
        if any("topics" in doc.scores for doc in self.documents):
            names.append("topics")
        total = {c: Score() for c in names}
        for doc in self.documents:
            for c in total:
                total[c] += doc.scores.get(c, Score())
        return total

    @property
    def attributes(self) -> dict[str, Accuracy]:
        """Attribute accuracies over all documents."""
        total: dict[str, Accuracy] = {}
        for doc in self.documents:
            for name, acc in doc.attributes.items():
                total.setdefault(name, Accuracy())
                total[name] += acc
        return total

    def as_dict(self) -> dict[str, Any]:
        """Everything as JSON-ready data."""
        return {
            "curation": self.curation,
            "scores": {c: s.as_dict() for c, s in self.scores.items()},
            "attributes": {k: round(a.value, 4) for k, a in sorted(self.attributes.items())},
            "documents": {
                d.name: {
                    "scores": {c: s.as_dict() for c, s in d.scores.items()},
                    "attributes": {k: round(a.value, 4) for k, a in sorted(d.attributes.items())},
                }
                for d in self.documents
            },
            "skipped": list(self.skipped),
        }


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    predicted: Sequence[P],
    gold: Sequence[G],
    span_p: Callable[[P], tuple[int, int]],
    span_g: Callable[[G], tuple[int, int]],
    agree: Callable[[P, G], bool] = lambda p, g: True,
) -> list[tuple[int, int]]:
    """Match predicted to gold items one to one.

    Candidate pairs are those whose spans overlap and for which ``agree``
    holds; pairs are taken greedily by decreasing overlap (ties in text
    order), so the result is deterministic.

    Returns
    -------
    list of (int, int)
        ``(predicted index, gold index)`` pairs.
    """
    pairs = []
    for gi, g in enumerate(gold):
        gs = span_g(g)
        for pi, p in enumerate(predicted):
            ps = span_p(p)
            if overlaps(ps, gs) and agree(p, g):
                pairs.append((-_overlap(ps, gs), gs[0], ps[0], pi, gi))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for *_, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out.append((pi, gi))
    return sorted(out, key=lambda x: x[1])


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard index of two sets; 1.0 when both are empty."""
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def _kind(iri: str) -> str:
    return short_key(iri).split("/", 1)[0]


def _context(text: str, start: int, end: int) -> str:
    """A short context around ``text[start:end]`` that occurs once in the text."""
    index = TextIndex(text)
    block_start = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
    block_end = text.find("\n\n", end)
    block_end = len(text) if block_end < 0 else block_end
    for words in (3, 5, 8, 12, 40):
        s = start
        for _ in range(words):
            prev = text.rfind(" ", block_start, s - 1)
            s = block_start if prev < 0 else prev + 1
        e = end
        for _ in range(words):
            nxt = text.find(" ", e + 1, block_end)
            e = block_end if nxt < 0 else nxt
        context = text[s:e]
        if len(index.find_all(context)) == 1:
            return context
    return text[block_start:block_end]


def _num(value: Any) -> Any:
    if value is None:
        return None
    as_int = int(value)
    return as_int if as_int == value else float(value)


def _keys(iris: Iterable[str]) -> list[str] | str:
    keys = sorted(short_key(i) for i in iris)
    return keys[0] if len(keys) == 1 else keys


def entity_names(extraction: Any, iri: str) -> set[str]:
    """The slugs a predicted entity answers to: its IRI's last segment, its labels
    and the text of its mentions.

    Examples
    --------
    >>> from kg.extract.model import Entity, Extraction
    >>> ex = Extraction(municipality=Entity("https://x/id/municipality/a", "municipality", "A"))
    >>> ex.entities["https://x/id/body/sdf"] = Entity("https://x/id/body/sdf", "body", "SDF")
    >>> sorted(entity_names(ex, "https://x/id/body/sdf"))
    ['sdf']
    """
    names = {iri.rstrip("/").rsplit("/", 1)[-1]}
    entity = extraction.entities.get(iri)
    if entity is not None:
        names.add(slugify(entity.label))
        names.update(slugify(label) for label in getattr(entity, "labels", ()) or ())
    names.update(slugify(m.text) for m in extraction.mentions if m.entity == iri)
    return names


def _gold_keys(gold: GoldDocument) -> set[str]:
    keys = {m.entity for m in gold.mentions}
    keys.update(k for r in gold.relations for k in (r.subject, r.object))
    for f in gold.findings:
        keys |= f.speakers | f.concerns
    return keys


def canonical_map(extraction: Any, gold: GoldDocument) -> dict[str, str]:
    """Map each predicted open-world entity to the gold IRI it stands for.

    A predicted region, body or organisation stands for a gold key of one of
    those kinds whose slug is one of :func:`entity_names`; exact IRIs are kept.
    """
    wanted: dict[str, str] = {}
    for key in sorted(_gold_keys(gold)):
        if _kind(key) in OPEN_KINDS:
            wanted.setdefault(key.rstrip("/").rsplit("/", 1)[-1], key)
    gold_iris = _gold_keys(gold)
    out: dict[str, str] = {}
    for iri, entity in sorted(extraction.entities.items()):
        if entity.kind not in OPEN_KINDS or iri in gold_iris:
            continue
        for name in sorted(entity_names(extraction, iri)):
            if name in wanted:
                out[iri] = wanted[name]
                break
    return out


def _score(n_pred: int, n_gold: int, n_match: int) -> Score:
    return Score(n_match, n_pred - n_match, n_gold - n_match)


def _score_mentions(
    text: str, extraction: Any, gold: GoldDocument, canon: dict[str, str], out: DocumentEvaluation
) -> None:
    pred_m = [m for m in extraction.mentions if m.kind in MENTION_KINDS]
    gold_m = [m for m in gold.mentions if _kind(m.entity) in MENTION_KINDS]
    pairs = match(
        pred_m,
        gold_m,
        lambda p: (p.start, p.end),
        lambda g: (g.start, g.end),
        lambda p, g: canon.get(p.entity, p.entity) == g.entity,
    )
    out.scores["mentions"] = _score(len(pred_m), len(gold_m), len(pairs))
    kind = Accuracy()
    for pi, gi in pairs:
        if pred_m[pi].kind in OPEN_KINDS:
            kind.add(float(pred_m[pi].kind == _kind(gold_m[gi].entity)))
    out.attributes["entity kind"] = kind
    hit_p = {p for p, _ in pairs}
    hit_g = {g for _, g in pairs}
    out.misses["mentions"] = [
        {"entity": short_key(g.entity), "text": g.text, "context": _context(text, g.start, g.end)}
        for i, g in enumerate(gold_m)
        if i not in hit_g
    ]
    out.extras["mentions"] = [
        {"entity": short_key(p.entity), "text": p.text, "context": _context(text, p.start, p.end)}
        for i, p in enumerate(pred_m)
        if i not in hit_p
    ]


def label_key(value: Any) -> str | None:
    """Compare form of a unit or a comparison label: lower case, hyphens as spaces.

    A unit of time is read in the singular (the graph says ``weeks``, the
    development set's annotation ``week``).

    Examples
    --------
    >>> label_key("EUR-per-inhabitant") == label_key("EUR per inhabitant")
    True
    >>> label_key("weeks") == label_key("week")
    True
    >>> label_key(None) is None
    True
    """
    if value is None:
        return None
    key = " ".join(str(value).replace("-", " ").replace("_", " ").casefold().split())
    return _TIME_UNITS.get(key, key)


#: Units of time, plural → singular (compared in the singular).
_TIME_UNITS = {"days": "day", "weeks": "week", "months": "month", "years": "year"}


def _measure_key(measure: Any) -> str | None:
    """The short key of a measure (``measure/inhabitants`` → ``inhabitants``); None for none."""
    if not measure:
        return None
    key = str(measure).rstrip("/").rsplit("/", 1)[-1]
    return None if key == "value" else key


def _score_indicators(
    text: str,
    extraction: Any,
    gold: GoldDocument,
    out: DocumentEvaluation,
    measures: frozenset[str] | None = None,
) -> None:
    pred_i = list(extraction.indicators)
    pairs = match(
        pred_i,
        gold.indicators,
        lambda p: (p.start, p.end),
        lambda g: (g.start, g.end),
        lambda p, g: p.value == g.value and label_key(p.unit) == label_key(g.unit),
    )
    out.scores["indicators"] = _score(len(pred_i), len(gold.indicators), len(pairs))
    for name in ("approximate", "comparison", "reference", "national_value"):
        acc = Accuracy()
        for pi, gi in pairs:
            predicted, wanted = getattr(pred_i[pi], name), getattr(gold.indicators[gi], name)
            if isinstance(wanted, str) or isinstance(predicted, str):
                predicted, wanted = label_key(predicted), label_key(wanted)
            acc.add(float(predicted == wanted))
        out.attributes[f"indicator {name.replace('_', ' ')}"] = acc
    measure = Accuracy()
    for pi, gi in pairs:
        predicted = _measure_key(pred_i[pi].measure)
        wanted = _measure_key(gold.indicators[gi].measure)
        if measures is not None and wanted not in measures:
            wanted = None  # a measure the vocabulary lacks: the right answer is none
        measure.add(float(predicted == wanted))
    out.attributes["indicator measure"] = measure
    hit_p = {p for p, _ in pairs}
    hit_g = {g for _, g in pairs}
    out.misses["indicators"] = [
        {
            "quote": g.quote,
            "measure": g.measure,
            "value": _num(g.value),
            "unit": g.unit,
            "approximate": g.approximate,
            "qualifier": g.qualifier,
            "comparison": g.comparison,
            "reference": g.reference,
            "national_value": _num(g.national_value),
        }
        for i, g in enumerate(gold.indicators)
        if i not in hit_g
    ]
    out.extras["indicators"] = [
        {"quote": text[p.start : p.end], "value": _num(p.value)}
        for i, p in enumerate(pred_i)
        if i not in hit_p
    ]


def _score_relations(
    extraction: Any, gold: GoldDocument, canon: dict[str, str], out: DocumentEvaluation
) -> None:
    pred_r = {
        (r.type, canon.get(r.subject, r.subject), canon.get(r.object, r.object)): r
        for r in extraction.relations
    }
    gold_r = {(r.type, r.subject, r.object): r for r in gold.relations}
    both = set(pred_r) & set(gold_r)
    out.scores["relations"] = _score(len(pred_r), len(gold_r), len(both))
    out.misses["relations"] = [
        {
            "type": t,
            "subject": short_key(s),
            "object": short_key(o),
            "quote": gold_r[(t, s, o)].quote,
        }
        for (t, s, o) in sorted(set(gold_r) - both, key=lambda k: gold_r[k].start)
    ]
    out.extras["relations"] = [
        {"type": t, "subject": short_key(s), "object": short_key(o)}
        for (t, s, o) in sorted(set(pred_r) - both, key=lambda k: pred_r[k].start)
    ]


def _score_findings(
    text: str, extraction: Any, gold: GoldDocument, canon: dict[str, str], out: DocumentEvaluation
) -> None:
    def keys(iris: Iterable[str]) -> set[str]:
        return {canon.get(i, i) for i in iris}

    pred_f = list(extraction.findings)
    span_pairs = match(
        pred_f, gold.findings, lambda p: (p.start, p.end), lambda g: (g.start, g.end)
    )
    speaker, polarity, concerns, concerns_ok = Accuracy(), Accuracy(), Accuracy(), Accuracy()
    for pi, gi in span_pairs:
        p, g = pred_f[pi], gold.findings[gi]
        speaker.add(float(keys(p.speakers) == g.speakers))
        polarity.add(float(p.polarity == g.polarity))
        j = jaccard(keys(p.concerns), g.concerns)
        concerns.add(j)
        concerns_ok.add(float(j >= CONCERNS_JACCARD))
    out.attributes.update(
        {
            "finding speaker": speaker,
            "finding polarity": polarity,
            "finding concerns jaccard": concerns,
            "finding concerns correct": concerns_ok,
        }
    )
    out.scores["findings located"] = _score(len(pred_f), len(gold.findings), len(span_pairs))

    def agree(p: Any, g: Any) -> bool:
        return keys(p.speakers) == g.speakers and jaccard(keys(p.concerns), g.concerns) >= (
            CONCERNS_JACCARD
        )

    pairs = match(
        pred_f, gold.findings, lambda p: (p.start, p.end), lambda g: (g.start, g.end), agree
    )
    out.scores["findings"] = _score(len(pred_f), len(gold.findings), len(pairs))
    hit_p = {p for p, _ in pairs}
    hit_g = {g for _, g in pairs}
    out.misses["findings"] = [
        {
            "quote": g.quote,
            "speaker": _keys(g.speakers),
            "concerns": sorted(short_key(c) for c in g.concerns),
            "polarity": g.polarity,
        }
        for i, g in enumerate(gold.findings)
        if i not in hit_g
    ]
    located = {p for p, _ in span_pairs}
    out.extras["findings"] = [
        {"quote": text[p.start : p.end]}
        for i, p in enumerate(pred_f)
        if i not in hit_p and i not in located
    ]


def topic_key(topic: str) -> str:
    """Compare form of a topic: its slug without hyphens.

    Examples
    --------
    >>> topic_key("Jeugd-GGZ") == topic_key("jeugd ggz") == "jeugdggz"
    True
    >>> topic_key("https://w3id.org/kg-decentralisatie/concept/topic/wachtlijst")
    'wachtlijst'
    """
    if topic.startswith(("http://", "https://")):
        topic = topic.rstrip("/").rsplit("/", 1)[-1]
    return slugify(topic).replace("-", "")


def predicted_topics(extraction: Any) -> set[str]:
    """The topic keys of every finding of an extraction (see :func:`topic_key`)."""
    out: set[str] = set()
    for finding in extraction.findings:
        for topic in getattr(finding, "topics", ()) or ():
            out.add(topic_key(getattr(topic, "iri", topic)))
            label = getattr(topic, "label", None)
            if label:
                out.add(topic_key(label))
    return out


def _score_topics(extraction: Any, gold: GoldDocument, out: DocumentEvaluation) -> None:
    wanted = {topic_key(t) for f in gold.findings for t in f.topics}
    if not wanted:
        return
    found = predicted_topics(extraction)
    hit = wanted & found
    out.scores["topics"] = Score(len(hit), len(found - wanted), len(wanted - hit))
    out.misses["topics"] = [{"topic": t} for t in sorted(wanted - hit)]


def evaluate_document(
    doc: Any, extraction: Any, gold: GoldDocument, measures: frozenset[str] | None = None
) -> DocumentEvaluation:
    """Score one document's extraction against its gold annotation.

    Parameters
    ----------
    doc : kg.document.Document
        The parsed document (its cleaned text).
    extraction : kg.extract.model.Extraction
        What the build extracted from it.
    gold : GoldDocument
        Its gold annotation.
    measures : frozenset of str, optional
        The keys of the controlled measure vocabulary. A gold measure outside it
        counts as no measure: a figure whose measure the vocabulary lacks must
        carry none (nothing is invented).

    Returns
    -------
    DocumentEvaluation
    """
    out = DocumentEvaluation(doc.name)
    canon = canonical_map(extraction, gold)
    _score_mentions(doc.text, extraction, gold, canon, out)
    _score_indicators(doc.text, extraction, gold, out, measures)
    _score_relations(extraction, gold, canon, out)
    _score_findings(doc.text, extraction, gold, canon, out)
    _score_topics(extraction, gold, out)
    return out


def evaluate_documents(
    documents: Iterable[tuple[Any, Any, Any]],
    gold_dir: str | Path,
    curation: bool = True,
    measures: frozenset[str] | None = None,
) -> Evaluation:
    """Score built documents against the gold files of ``gold_dir``.

    Parameters
    ----------
    documents : iterable of (SourceFile, Document, Extraction)
        What :func:`kg.build.build_graph` returns as ``documents``.
    gold_dir : str or Path
        Folder of gold files (``<document>.yaml``).
    curation : bool
        Whether the build applied the curation files (recorded only).
    measures : frozenset of str, optional
        The measure vocabulary's keys (see :func:`evaluate_document`).

    Returns
    -------
    Evaluation
        Documents without a gold file are listed in ``skipped``.
    """
    golds = {path.stem: path for path in gold_files(gold_dir)}
    evaluation = Evaluation(curation)
    for _source, doc, extraction in documents:
        path = golds.get(doc.name)
        if path is None:
            evaluation.skipped.append(doc.name)
            continue
        gold = load_gold(path, doc.text)
        evaluation.documents.append(evaluate_document(doc, extraction, gold, measures))
    return evaluation


def evaluate(
    seeds: str | Path = "seeds",
    gold_dir: str | Path = Path("tests") / "gold",
    curation: bool = False,
    ontology_dir: str | Path | None = None,
) -> Evaluation:
    """Build the profiles of a folder (in memory) and score the extraction against the gold.

    Parameters
    ----------
    seeds : str or Path
        The profiles' folder (``seeds`` or the development set ``tests/devset``).
    gold_dir : str or Path
        The gold folder (``tests/gold`` or ``tests/gold/devset``).
    curation : bool
        Apply the curation files; the default (False) scores the extractor alone.
    ontology_dir : str or Path, optional
        The ontology folder.

    Returns
    -------
    Evaluation

    Examples
    --------
    A one-paragraph profile and a gold file naming one of its two cooperations
    (the real ones: ``evaluate("seeds", "tests/gold")``):

    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "seeds").mkdir(); (root / "gold").mkdir()
    >>> _ = (root / "seeds" / "brunssum.txt").write_text(
    ...     "Brunssum\\n\\nBestuur\\n\\nBrunssum werkt samen met Heerlen en Kerkrade.\\n")
    >>> _ = (root / "gold" / "brunssum.yaml").write_text(
    ...     "document: brunssum\\nmunicipality: municipality/brunssum\\nrelations:\\n"
    ...     "  - {type: cooperates-with, subject: municipality/brunssum,\\n"
    ...     "     object: municipality/heerlen, quote: 'werkt samen met Heerlen'}\\n")
    >>> ev = evaluate(root / "seeds", root / "gold")
    >>> ev.scores["relations"].recall, ev.scores["relations"].precision
    (1.0, 0.5)
    """
    from kg.build import build_graph

    result = build_graph(seeds, ontology_dir, curation=curation)
    return evaluate_documents(result.documents, gold_dir, curation, measure_keys(ontology_dir))


def measure_keys(ontology_dir: str | Path | None = None) -> frozenset[str]:
    """The keys of the controlled measure vocabulary (``inhabitants``, ``share-65-plus`` …)."""
    from rdflib import RDF, SKOS

    from kg.namespaces import CONCEPT
    from kg.ontology import load_ontology

    prefix = CONCEPT + "measure/"
    graph = load_ontology(ontology_dir)
    return frozenset(
        str(s)[len(prefix) :]
        for s in graph.subjects(RDF.type, SKOS.Concept)
        if str(s).startswith(prefix)
    )


#: The evaluation sets ``kg evaluate`` reports by default: name → (profiles, gold).
DEFAULT_SETS: dict[str, tuple[Path, Path]] = {
    "seeds": (Path("seeds"), Path("tests") / "gold"),
    "devset": (Path("tests") / "devset", Path("tests") / "gold" / "devset"),
}


def evaluate_sets(
    sets: dict[str, tuple[Path, Path]],
    curation: bool = False,
    ontology_dir: str | Path | None = None,
) -> dict[str, Evaluation]:
    """Score several sets of profiles apart (the seeds and the development set).

    Parameters
    ----------
    sets : dict
        Name → (profiles folder, gold folder), in the order to report.
    curation : bool
        Apply the curation files (False: the extractor alone).
    ontology_dir : str or Path, optional
        The ontology folder.

    Returns
    -------
    dict
        Name → :class:`Evaluation`, in the order of ``sets``.
    """
    return {
        name: evaluate(profiles, gold, curation, ontology_dir)
        for name, (profiles, gold) in sets.items()
    }


def suggest_curation(evaluation: Evaluation) -> dict[str, dict[str, Any]]:
    """Curation entries for a human to review, per document.

    Gold items the extraction misses become ``add`` entries; extracted items
    the gold standard does not have become ``retract`` candidates.

    Returns
    -------
    dict
        Document name → curation mapping (``findings``/``indicators``/
        ``relations``/``mentions`` → ``add``/``retract`` → list of items).
    """
    out: dict[str, dict[str, Any]] = {}
    for doc in evaluation.documents:
        entry: dict[str, Any] = {}
        for category in CATEGORIES:
            actions = {}
            if doc.misses.get(category):
                actions["add"] = doc.misses[category]
            if doc.extras.get(category):
                actions["retract"] = doc.extras[category]
            if actions:
                entry[category] = actions
        out[doc.name] = entry
    return out
