"""The optional curated layer: ``seeds/<name>.curation.yaml`` beside a profile.

A curation file adds or retracts items the rules get wrong. It holds only
corrections a person checked against the text, each with a one-line ``reason``
(required): it is never a copy of the gold standard, which measures the
extractor alone. Every item carries a quote (or a context) that must occur in
the document's cleaned text; the build fails with the file and line when it
does not. Format::

    findings:
      add:
        - quote: "Ook bestaat er zorg over zorgmijders."
          speaker: role/civil-servants        # or a list
          concerns: [problem/care-avoiders]
          polarity: negative
          reason: "the voice carries over from the previous paragraph"
      retract:
        - {quote: "Dat levert allerlei tegenstrijdigheden op.", reason: "..."}
    indicators:
      add:
        - {quote: "8 ton", measure: budget-cut, value: 800000, unit: EUR, reason: "..."}
      retract:
        - {quote: "20 gemeenten", reason: "the number of municipalities in a study"}
    relations:
      add:
        - {type: member-of, subject: municipality/x, object: body/y, quote: "...",
           reason: "..."}
      retract:
        - {type: cooperates-with, subject: municipality/x, object: municipality/z,
           reason: "..."}
    mentions:
      add:
        - {entity: role/alderman, text: "Hij", context: "Hij is positief over",
           reason: "the pronoun stands for the alderman named before"}
      retract:
        - {entity: role/civil-servants, text: "medewerkers",
           context: "medewerkers van het sociaal team", reason: "..."}

Keys name entities as ``<kind>/<slug>`` (see :func:`kg.namespaces.expand_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from kg.document import Document
from kg.errors import DataError
from kg.extract.model import Entity, Extraction, Finding, Indicator, Relation, SentenceMention
from kg.loading import read_limited
from kg.namespaces import expand_key
from kg.textspan import TextIndex
from kg.vocab import POLARITIES, RELATION_TYPES

UNITS = frozenset(
    {
        "count",
        "percent",
        "EUR",
        "EUR per inhabitant",
        "ratio",
        "percentage points",
        "months",
        "years",
    }
)
_FIELDS = {
    ("findings", "add"): ({"quote", "reason"}, {"speaker", "concerns", "polarity"}),
    ("findings", "retract"): ({"quote", "reason"}, set()),
    ("indicators", "add"): (
        {"quote", "value", "unit", "reason"},
        {"measure", "approximate", "qualifier", "comparison", "reference", "national_value"},
    ),
    ("indicators", "retract"): ({"quote", "reason"}, {"value"}),
    ("relations", "add"): ({"type", "subject", "object", "quote", "reason"}, set()),
    ("relations", "retract"): ({"type", "subject", "object", "reason"}, set()),
    ("mentions", "add"): ({"entity", "text", "context", "reason"}, set()),
    ("mentions", "retract"): ({"entity", "text", "context", "reason"}, set()),
}
LINE = "__line__"
#: Largest curation file accepted, in bytes (the seeds' are ~10 kB).
MAX_CURATION_BYTES = 1_000_000
#: Optional fields that must be text when given.
_TEXT_FIELDS = ("qualifier", "comparison", "reference")
_MEASURE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in seen
            seen.add(key)
        except TypeError:
            continue  # construct_mapping reports the unhashable key
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class Curation:
    """A parsed curation file: items per ``(category, action)``, each with its line."""

    path: Path
    items: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)


def curation_path(profile: Path) -> Path:
    """Where the curation file of a profile lives."""
    return profile.with_name(profile.stem + ".curation.yaml")


def load_curation(path: str | Path) -> Curation:
    """Read and check the structure of a curation file.

    Raises
    ------
    DataError
        For malformed YAML, unknown categories, actions or fields, or missing
        fields; the message names ``file:line``.
    """
    path = Path(path)
    try:
        text = read_limited(path, MAX_CURATION_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise DataError("curation file is not UTF-8", path) from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"malformed YAML: {problem}", where) from None
    curation = Curation(path)
    if data is None:
        return curation
    if not isinstance(data, dict):
        raise DataError("expected a mapping of categories (findings, indicators, ...)", path)
    for category, actions in data.items():
        if category == LINE:
            continue
        line = data[LINE]
        if not isinstance(actions, dict):
            raise DataError(f"'{category}' must map actions (add, retract)", f"{path}:{line}")
        for action, items in actions.items():
            if action == LINE:
                continue
            key = (str(category), str(action))
            if key not in _FIELDS:
                raise DataError(
                    f"unknown entry '{category}.{action}' (known: "
                    + ", ".join(sorted(f"{c}.{a}" for c, a in _FIELDS))
                    + ")",
                    f"{path}:{actions[LINE]}",
                )
            if not isinstance(items, list):
                raise DataError(f"'{category}.{action}' must be a list", f"{path}:{actions[LINE]}")
            required, optional = _FIELDS[key]
            for item in items:
                if not isinstance(item, dict):
                    raise DataError(
                        f"each '{category}.{action}' item must be a mapping", f"{path}:{line}"
                    )
                where = f"{path}:{item[LINE]}"
                fields = set(item) - {LINE}
                unknown = fields - required - optional
                if unknown:
                    raise DataError(f"unknown field(s) {', '.join(sorted(unknown))}", where)
                missing = required - fields
                if missing:
                    raise DataError(f"missing field(s) {', '.join(sorted(missing))}", where)
            curation.items[key] = items
    return curation


def _where(curation: Curation, item: dict[str, Any]) -> str:
    return f"{curation.path}:{item.get(LINE, '?')}"


def _span(
    index: TextIndex, curation: Curation, item: dict[str, Any], field_name: str
) -> tuple[int, int]:
    quote = item.get(field_name)
    if not isinstance(quote, str) or not quote.strip():
        raise DataError(f"'{field_name}' must be a non-empty string", _where(curation, item))
    span = index.find(quote)
    if span is None:
        raise DataError(
            f"{field_name} not found in the document text: {quote[:60]!r}", _where(curation, item)
        )
    return span


def _key(curation: Curation, item: dict[str, Any], value: Any, known: dict[str, Entity]) -> str:
    if not isinstance(value, str):
        raise DataError(
            f"expected a key such as role/civil-servants, not {type(value).__name__}",
            _where(curation, item),
        )
    try:
        iri = expand_key(str(value))
    except ValueError as exc:
        raise DataError(str(exc), _where(curation, item)) from None
    if iri not in known:
        raise DataError(f"unknown entity {value!r}", _where(curation, item))
    return iri


def _keys(curation: Curation, item: dict[str, Any], field_name: str) -> list[Any]:
    """A field holding one key or a list of keys, as a list."""
    value = item.get(field_name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return value
    raise DataError(f"{field_name} must be a key or a list of keys", _where(curation, item))


def _number(curation: Curation, item: dict[str, Any], key: str) -> Decimal | None:
    """The number under ``key`` (None when absent or null)."""
    value = item.get(key)
    if value is None:
        return None
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        number = Decimal(str(value))
    except InvalidOperation:
        raise DataError(f"{key} must be a number or null", _where(curation, item)) from None
    if not number.is_finite():
        raise DataError(f"{key} must be a finite number, not {value!r}", _where(curation, item))
    return number


def _text(curation: Curation, item: dict[str, Any], key: str) -> str | None:
    """The text under ``key`` (None when absent or null)."""
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DataError(f"{key} must be text, not {value!r}", _where(curation, item))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def apply_curation(
    doc: Document, extraction: Extraction, curation: Curation, known: dict[str, Entity]
) -> Extraction:
    """Return a new extraction with the curation file's retractions and additions applied.

    Parameters
    ----------
    doc : Document
        The parsed document the curation belongs to.
    extraction : Extraction
        What the rules extracted (not mutated).
    curation : Curation
        The parsed curation file.
    known : dict
        Entities that may be named (IRI → Entity): the lexicon's plus the extraction's.

    Raises
    ------
    DataError
        When a quote or context is not in the text, or a key, unit or polarity is
        unknown; the message names ``file:line``.
    """
    index = TextIndex(doc.text)
    known = {**known, **extraction.entities}
    out = replace(
        extraction,
        entities=dict(extraction.entities),
        mentions=list(extraction.mentions),
        findings=list(extraction.findings),
        indicators=list(extraction.indicators),
        relations=list(extraction.relations),
    )

    def sentence_at(offset: int) -> int:
        for sentence in doc.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.index
        return doc.sentences[-1].index if doc.sentences else 0

    # Retractions first, so that an item can be replaced (retract + add).
    for item in curation.items.get(("findings", "retract"), []):
        span = _span(index, curation, item, "quote")
        out.findings = [f for f in out.findings if not _overlaps((f.start, f.end), span)]
    for item in curation.items.get(("indicators", "retract"), []):
        span = _span(index, curation, item, "quote")
        out.indicators = [
            i
            for i in out.indicators
            if not (
                _overlaps((i.start, i.end), span)
                and ("value" not in item or _number(curation, item, "value") == i.value)
            )
        ]
    for item in curation.items.get(("relations", "retract"), []):
        triple = (
            str(item["type"]),
            _key(curation, item, item["subject"], known),
            _key(curation, item, item["object"], known),
        )
        out.relations = [r for r in out.relations if (r.type, r.subject, r.object) != triple]
    for item in curation.items.get(("mentions", "retract"), []):
        context = _span(index, curation, item, "context")
        entity = _key(curation, item, item["entity"], known)
        out.mentions = [
            m
            for m in out.mentions
            if not (m.entity == entity and _overlaps((m.start, m.end), context))
        ]

    for item in curation.items.get(("mentions", "add"), []):
        c_start, c_end = _span(index, curation, item, "context")
        text = str(item["text"])
        rel = doc.text.find(text, c_start, c_end)
        if rel < 0:
            raise DataError(f"text {text!r} not inside its context", _where(curation, item))
        entity = _key(curation, item, item["entity"], known)
        out.entities.setdefault(entity, known[entity])
        out.mentions.append(
            SentenceMention(
                entity, known[entity].kind, rel, rel + len(text), text, sentence_at(rel)
            )
        )
    for item in curation.items.get(("findings", "add"), []):
        start, end = _span(index, curation, item, "quote")
        speakers = _keys(curation, item, "speaker") or ["role/authors"]
        polarity = str(item.get("polarity", "neutral"))
        if polarity not in POLARITIES:
            raise DataError(f"unknown polarity {polarity!r}", _where(curation, item))
        concerns = [_key(curation, item, c, known) for c in _keys(curation, item, "concerns")]
        for c in concerns:
            out.entities.setdefault(c, known[c])
        covered = tuple(s.index for s in doc.sentences if _overlaps((s.start, s.end), (start, end)))
        section = doc.section_of(start)
        out.findings = [f for f in out.findings if not _overlaps((f.start, f.end), (start, end))]
        out.findings.append(
            Finding(
                start=start,
                end=end,
                sentences=covered,
                speakers=tuple(sorted(_key(curation, item, s, known) for s in speakers)),
                concerns=tuple(sorted(set(concerns))),
                polarity=polarity,
                section=section.index if section else None,
                extracted_by="curation",
            )
        )
    for item in curation.items.get(("indicators", "add"), []):
        start, end = _span(index, curation, item, "quote")
        unit = item["unit"]
        if unit is not None and str(unit) not in UNITS:
            raise DataError(
                f"unknown unit {unit!r} (known: {', '.join(sorted(UNITS))})", _where(curation, item)
            )
        value = _number(curation, item, "value")
        national = _number(curation, item, "national_value")
        measure = str(item.get("measure") or "value")
        if not _MEASURE.match(measure):
            raise DataError(
                f"measure must be a slug (lower-case letters, digits, hyphens): {measure!r}",
                _where(curation, item),
            )
        approximate = item.get("approximate", False)
        if not isinstance(approximate, bool):
            raise DataError(
                f"approximate must be true or false, not {approximate!r}", _where(curation, item)
            )
        qualifier, comparison, reference = (_text(curation, item, k) for k in _TEXT_FIELDS)
        out.indicators.append(
            Indicator(
                start=start,
                end=end,
                sentence=sentence_at(start),
                measure=measure,
                measure_label=doc.text[start:end],
                value=value,
                unit=None if unit is None else str(unit),
                approximate=approximate,
                qualifier=qualifier,
                comparison=comparison,
                reference=reference,
                national_value=national,
                extracted_by="curation",
            )
        )
    for item in curation.items.get(("relations", "add"), []):
        kind = str(item["type"])
        if kind not in RELATION_TYPES:
            raise DataError(f"unknown relation type {kind!r}", _where(curation, item))
        start, end = _span(index, curation, item, "quote")
        subject = _key(curation, item, item["subject"], known)
        obj = _key(curation, item, item["object"], known)
        for iri in (subject, obj):
            out.entities.setdefault(iri, known[iri])
        out.relations = [
            r for r in out.relations if (r.type, r.subject, r.object) != (kind, subject, obj)
        ]
        out.relations.append(
            Relation(kind, subject, obj, start, end, sentence_at(start), "curation")
        )

    out.mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    out.findings.sort(key=lambda f: (f.start, f.end))
    out.indicators.sort(key=lambda i: (i.start, i.end, i.measure or "", i.measure_label))
    out.relations.sort(key=lambda r: (r.start, r.type, r.subject, r.object))
    return out
