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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from kg import vocab
from kg.annotation import (
    FIELDS,
    Fields,
    FindingRecord,
    IndicatorRecord,
    Key,
    MentionRecord,
    RelationRecord,
    check_fields,
    item_list,
    load_annotation_file,
    parse_record,
)
from kg.document import Document
from kg.errors import DataError
from kg.extract.model import Entity, Extraction, Finding, Indicator, Relation, SentenceMention
from kg.textspan import TextIndex
from kg.yamllines import LINE

__all__ = [
    "UNITS",
    "Curation",
    "FindingAddition",
    "FindingRetraction",
    "IndicatorAddition",
    "IndicatorRetraction",
    "Item",
    "Key",
    "MentionAddition",
    "MentionRetraction",
    "RelationAddition",
    "RelationRetraction",
    "apply_curation",
    "curation_path",
    "load_curation",
]

#: The units an added indicator may have: every unit of the graph (:data:`kg.vocab.UNITS`).
UNITS = frozenset(vocab.UNITS)
_REASON = frozenset({"reason"})


def _addition_fields(
    kind: str, require: frozenset[str] = frozenset(), drop: frozenset[str] = frozenset()
) -> tuple[frozenset[str], frozenset[str]]:
    """The fields of an added record: the shared schema's, plus ``reason``."""
    required, optional = FIELDS[kind]
    return required | require | _REASON, optional - require - drop


#: (category, action) → (required fields, optional fields): the schema of a curation file.
#: An addition is a record of :mod:`kg.annotation` with a reason (an added indicator
#: must give its value and unit; an added finding's topics come from the extractor);
#: a retraction names the record it removes by some of its fields.
_FIELDS: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {
    ("findings", "add"): _addition_fields("findings", drop=frozenset({"topics"})),
    ("findings", "retract"): (frozenset({"quote", "reason"}), frozenset()),
    ("indicators", "add"): _addition_fields("indicators", require=frozenset({"value", "unit"})),
    ("indicators", "retract"): (frozenset({"quote", "reason"}), frozenset({"value"})),
    ("relations", "add"): _addition_fields("relations"),
    ("relations", "retract"): (frozenset({"type", "subject", "object", "reason"}), frozenset()),
    ("mentions", "add"): _addition_fields("mentions"),
    ("mentions", "retract"): (frozenset({"entity", "text", "context", "reason"}), frozenset()),
}
#: Largest curation file accepted, in bytes (the seeds' are ~10 kB).
MAX_CURATION_BYTES = 1_000_000
R = TypeVar("R", bound="Item")


# --- the operations: add a record, or retract what a record names --------------------


@dataclass(frozen=True)
class Item:
    """What every curation item has: where it is written and why."""

    where: str
    reason: str


@dataclass(frozen=True)
class FindingRetraction(Item):
    quote: str


@dataclass(frozen=True)
class IndicatorRetraction(Item):
    quote: str
    #: Retract only figures of this value (None: the value given is null).
    value: Decimal | None
    value_given: bool


@dataclass(frozen=True)
class RelationRetraction(Item):
    type: str
    subject: Key
    object: Key


@dataclass(frozen=True)
class MentionRetraction(Item):
    entity: Key
    context: str


@dataclass(frozen=True)
class MentionAddition(Item):
    record: MentionRecord


@dataclass(frozen=True)
class FindingAddition(Item):
    record: FindingRecord


@dataclass(frozen=True)
class IndicatorAddition(Item):
    record: IndicatorRecord


@dataclass(frozen=True)
class RelationAddition(Item):
    record: RelationRecord


@dataclass(frozen=True)
class Curation:
    """A parsed curation file: its checked records, in the order of the file."""

    path: Path
    records: tuple[Item, ...] = ()

    def of(self, kind: type[R]) -> tuple[R, ...]:
        """The records of one kind (e.g. :class:`FindingAddition`), in file order."""
        return tuple(r for r in self.records if isinstance(r, kind))


# --- reading: YAML → records ---------------------------------------------------------


def curation_path(profile: Path) -> Path:
    """Where the curation file of a profile lives."""
    return profile.with_name(profile.stem + ".curation.yaml")


def load_curation(path: str | Path) -> Curation:
    """Read a curation file into checked records.

    Raises
    ------
    DataError
        For malformed YAML, unknown categories, actions or fields, missing
        fields, or a value of the wrong kind (an unknown key, unit, polarity or
        relation type, a number that is not one); the message names ``file:line``.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "x.curation.yaml"
    >>> _ = path.write_text("relations:\\n  add:\\n    - {type: member-of, subject: municipality/x,"
    ...     " object: body/y, quote: 'is lid van', reason: checked}\\n")
    >>> (added,) = load_curation(path).of(RelationAddition)
    >>> added.record.type, added.record.object.iri.rsplit("/", 2)[1:], added.where[-2:]
    ('member-of', ['body', 'y'], ':3')
    """
    path = Path(path)
    data = load_annotation_file(path, MAX_CURATION_BYTES, "curation file")
    records = tuple(_parse(key, item, path) for key, item in _raw_items(data, path))
    return Curation(path, records)


def _raw_items(data: Any, path: Path) -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
    """The items of a parsed file with their (category, action), checked against the schema."""
    if data is None:
        return
    if not isinstance(data, dict):
        raise DataError("expected a mapping of categories (findings, indicators, ...)", path)
    for category, actions in data.items():
        if category == LINE:
            continue
        if not isinstance(actions, dict):
            raise DataError(f"'{category}' must map actions (add, retract)", f"{path}:{data[LINE]}")
        for action, items in actions.items():
            if action == LINE:
                continue
            key = (str(category), str(action))
            if key not in _FIELDS:
                known = ", ".join(sorted(f"{c}.{a}" for c, a in _FIELDS))
                raise DataError(
                    f"unknown entry '{category}.{action}' (known: {known})",
                    f"{path}:{actions[LINE]}",
                )
            listed = item_list(items, f"{category}.{action}", path, actions[LINE])
            for item in listed:
                check_fields(item, *_FIELDS[key], f"{path}:{item[LINE]}")
            yield from ((key, item) for item in listed)


def _parse(key: tuple[str, str], item: dict[str, Any], path: Path) -> Item:
    """One checked item: an addition (a shared record) or a retraction."""
    category, action = key
    if action == "retract":
        return _RETRACTIONS[category](Fields(item, path))
    record = parse_record(category, item, path, _FIELDS[key])
    unit = record.unit if isinstance(record, IndicatorRecord) else None
    if unit is not None and unit not in UNITS:
        known = ", ".join(sorted(UNITS))
        raise DataError(f"unknown unit {unit!r} (known: {known})", record.where)
    return _ADDITIONS[category](record.where, str(item["reason"]), record)


def _finding_retraction(f: Fields) -> FindingRetraction:
    return FindingRetraction(f.where, _reason(f), f.quote())


def _indicator_retraction(f: Fields) -> IndicatorRetraction:
    return IndicatorRetraction(f.where, _reason(f), f.quote(), f.number("value"), f.has("value"))


def _relation_retraction(f: Fields) -> RelationRetraction:
    subject, obj = f.key(f.raw("subject")), f.key(f.raw("object"))
    return RelationRetraction(f.where, _reason(f), str(f.raw("type")), subject, obj)


def _mention_retraction(f: Fields) -> MentionRetraction:
    context = f.quote("context")
    return MentionRetraction(f.where, _reason(f), f.key(f.raw("entity")), context)


def _reason(f: Fields) -> str:
    return str(f.raw("reason"))


_RETRACTIONS: dict[str, Callable[[Fields], Item]] = {
    "findings": _finding_retraction,
    "indicators": _indicator_retraction,
    "relations": _relation_retraction,
    "mentions": _mention_retraction,
}
_ADDITIONS: dict[str, Callable[[str, str, Any], Item]] = {
    "findings": FindingAddition,
    "indicators": IndicatorAddition,
    "relations": RelationAddition,
    "mentions": MentionAddition,
}


# --- applying: records → a corrected extraction ----------------------------------------


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Target:
    """The document, the entities that may be named, and the extraction being corrected."""

    def __init__(self, doc: Document, extraction: Extraction, known: dict[str, Entity]) -> None:
        self.doc = doc
        self.index = TextIndex(doc.text)
        self.known = {**known, **extraction.entities}
        self.out = replace(
            extraction,
            entities=dict(extraction.entities),
            mentions=list(extraction.mentions),
            findings=list(extraction.findings),
            indicators=list(extraction.indicators),
            relations=list(extraction.relations),
        )

    def span(self, item: Item, quote: str, name: str = "quote") -> tuple[int, int]:
        found = self.index.find(quote)
        if found is None:
            raise DataError(f"{name} not found in the document text: {quote[:60]!r}", item.where)
        return found

    def iri(self, item: Item, key: Key) -> str:
        if key.iri not in self.known:
            raise DataError(f"unknown entity {key.key!r}", item.where)
        return key.iri

    def use(self, item: Item, key: Key) -> str:
        """The IRI of ``key``, its entity now part of the extraction."""
        iri = self.iri(item, key)
        self.out.entities.setdefault(iri, self.known[iri])
        return iri

    def sentence_at(self, offset: int) -> int:
        for sentence in self.doc.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.index
        return self.doc.sentences[-1].index if self.doc.sentences else 0


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
        When a quote or context is not in the text, or an entity is unknown;
        the message names ``file:line``.
    """
    target = _Target(doc, extraction, known)
    # Retractions first, so that an item can be replaced (retract + add).
    _retract(target, curation)
    for mention in curation.of(MentionAddition):
        _add_mention(target, mention)
    for finding in curation.of(FindingAddition):
        _add_finding(target, finding)
    for indicator in curation.of(IndicatorAddition):
        _add_indicator(target, indicator)
    for relation in curation.of(RelationAddition):
        _add_relation(target, relation)
    out = target.out
    out.mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    out.findings.sort(key=lambda f: (f.start, f.end))
    out.indicators.sort(key=lambda i: (i.start, i.end, i.measure or "", i.measure_label))
    out.relations.sort(key=lambda r: (r.start, r.type, r.subject, r.object))
    return out


def _retract(target: _Target, curation: Curation) -> None:
    out = target.out
    for finding in curation.of(FindingRetraction):
        span = target.span(finding, finding.quote)
        out.findings = [f for f in out.findings if not _overlaps((f.start, f.end), span)]
    for indicator in curation.of(IndicatorRetraction):
        span = target.span(indicator, indicator.quote)
        out.indicators = [
            i
            for i in out.indicators
            if not (
                _overlaps((i.start, i.end), span)
                and (not indicator.value_given or indicator.value == i.value)
            )
        ]
    for relation in curation.of(RelationRetraction):
        triple = (
            relation.type,
            target.iri(relation, relation.subject),
            target.iri(relation, relation.object),
        )
        out.relations = [r for r in out.relations if (r.type, r.subject, r.object) != triple]
    for mention in curation.of(MentionRetraction):
        context = target.span(mention, mention.context, "context")
        entity = target.iri(mention, mention.entity)
        out.mentions = [
            m
            for m in out.mentions
            if not (m.entity == entity and _overlaps((m.start, m.end), context))
        ]


def _add_mention(target: _Target, mention: MentionAddition) -> None:
    record = mention.record
    c_start, c_end = target.span(mention, record.context, "context")
    start = target.doc.text.find(record.text, c_start, c_end)
    if start < 0:
        raise DataError(f"text {record.text!r} not inside its context", mention.where)
    entity = target.use(mention, record.entity)
    end = start + len(record.text)
    kind = target.known[entity].kind
    sentence = target.sentence_at(start)
    target.out.mentions.append(SentenceMention(entity, kind, start, end, record.text, sentence))


def _add_finding(target: _Target, finding: FindingAddition) -> None:
    doc, out, record = target.doc, target.out, finding.record
    start, end = target.span(finding, record.quote)
    concerns = [target.use(finding, c) for c in record.concerns]
    speakers = [target.iri(finding, s) for s in record.speakers]
    covered = tuple(s.index for s in doc.sentences if _overlaps((s.start, s.end), (start, end)))
    section = doc.section_of(start)
    out.findings = [f for f in out.findings if not _overlaps((f.start, f.end), (start, end))]
    out.findings.append(
        Finding(
            start=start,
            end=end,
            sentences=covered,
            speakers=tuple(sorted(speakers)),
            concerns=tuple(sorted(set(concerns))),
            polarity=record.polarity,
            section=section.index if section else None,
            extracted_by="curation",
        )
    )


def _add_indicator(target: _Target, indicator: IndicatorAddition) -> None:
    record = indicator.record
    start, end = target.span(indicator, record.quote)
    target.out.indicators.append(
        Indicator(
            start=start,
            end=end,
            sentence=target.sentence_at(start),
            measure=record.measure,
            measure_label=target.doc.text[start:end],
            value=record.value,
            unit=record.unit if vocab.is_unit(record.unit) else None,  # checked on reading
            approximate=record.approximate,
            qualifier=record.qualifier,
            comparison=record.comparison,
            reference=record.reference,
            national_value=record.national_value,
            extracted_by="curation",
        )
    )


def _add_relation(target: _Target, relation: RelationAddition) -> None:
    out = target.out
    record = relation.record
    start, end = target.span(relation, record.quote)
    subject = target.use(relation, record.subject)
    obj = target.use(relation, record.object)
    triple = (record.type, subject, obj)
    out.relations = [r for r in out.relations if (r.type, r.subject, r.object) != triple]
    out.relations.append(
        Relation(record.type, subject, obj, start, end, target.sentence_at(start), "curation")
    )
