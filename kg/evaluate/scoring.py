"""Matching predictions to gold, per category (the rules: :mod:`kg.evaluate`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from kg.evaluate.model import (
    CONCERNS_JACCARD,
    MENTION_KINDS,
    OPEN_KINDS,
    Accuracy,
    DocumentEvaluation,
    Score,
)
from kg.gold import GoldDocument
from kg.namespaces import short_key, slugify
from kg.textspan import TextIndex

P = TypeVar("P")
G = TypeVar("G")


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

    A unit of time or length is read in the singular (the graph says ``weeks`` and
    ``metres``, the annotation ``week`` and ``metre``).

    Examples
    --------
    >>> label_key("EUR-per-inhabitant") == label_key("EUR per inhabitant")
    True
    >>> label_key("weeks") == label_key("week"), label_key("minutes") == label_key("minute")
    (True, True)
    >>> label_key("metres") == label_key("metre"), label_key("km")
    (True, 'km')
    >>> label_key(None) is None
    True
    """
    if value is None:
        return None
    key = " ".join(str(value).replace("-", " ").replace("_", " ").casefold().split())
    return _SINGULAR_UNITS.get(key, key)


#: Units of time and length, plural → singular (compared in the singular).
_SINGULAR_UNITS = {
    "metres": "metre",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
}


def _measure_key(measure: Any) -> str | None:
    """The short key of a measure (``measure/inhabitants`` → ``inhabitants``); None for none."""
    if not measure:
        return None
    key = str(measure).rstrip("/").rsplit("/", 1)[-1]
    return None if key == "value" else key


def indicator_pairs(pred: list, gold: list) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index) of indicators matched as ``kg evaluate`` does.

    Two indicators match when their spans overlap and they have the same value and unit.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> p = [N(start=0, end=5, value=7.4, unit="percent")]
    >>> g = [N(start=2, end=9, value=7.4, unit="percent"), N(start=0, end=5, value=3, unit=None)]
    >>> indicator_pairs(p, g)
    [(0, 0)]
    """
    return match(
        pred,
        gold,
        lambda p: (p.start, p.end),
        lambda g: (g.start, g.end),
        lambda p, g: p.value == g.value and label_key(p.unit) == label_key(g.unit),
    )


def _score_indicators(
    text: str,
    extraction: Any,
    gold: GoldDocument,
    out: DocumentEvaluation,
    measures: frozenset[str] | None = None,
) -> None:
    pred_i = list(extraction.indicators)
    pairs = indicator_pairs(pred_i, gold.indicators)
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
