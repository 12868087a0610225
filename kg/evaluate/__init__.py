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

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.evaluate.model import (
    CATEGORIES,
    CONCERNS_JACCARD,
    MENTION_KINDS,
    OPEN_KINDS,
    Accuracy,
    DocumentEvaluation,
    Evaluation,
    Score,
)
from kg.evaluate.scoring import (
    _measure_key,  # noqa: F401 (tests reach it here)
    _score_findings,
    _score_indicators,
    _score_mentions,
    _score_relations,
    _score_topics,
    canonical_map,
    entity_names,
    jaccard,
    label_key,
    match,
    overlaps,
    predicted_topics,
    topic_key,
)

__all__ = [
    "CATEGORIES",
    "CONCERNS_JACCARD",
    "MENTION_KINDS",
    "OPEN_KINDS",
    "Accuracy",
    "DocumentEvaluation",
    "Evaluation",
    "Score",
    "canonical_map",
    "entity_names",
    "evaluate",
    "evaluate_document",
    "evaluate_documents",
    "evaluate_sets",
    "jaccard",
    "label_key",
    "match",
    "measure_keys",
    "overlaps",
    "predicted_topics",
    "suggest_curation",
    "topic_key",
]
from kg.gold import GoldDocument, gold_files, load_gold


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
