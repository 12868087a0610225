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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from kg.document import Document
from kg.errors import DataError
from kg.extract.model import Entity, Extraction, Finding, Indicator, Relation, SentenceMention
from kg.loading import read_limited
from kg.namespaces import expand_key
from kg.textspan import TextIndex
from kg.vocab import Polarity, RelationType, is_polarity, is_relation_type
from kg.yamllines import LINE, load_yaml

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
#: (category, action) → (required fields, optional fields): the schema of a curation file.
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
#: Largest curation file accepted, in bytes (the seeds' are ~10 kB).
MAX_CURATION_BYTES = 1_000_000
_MEASURE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
R = TypeVar("R", bound="Item")


# --- the records: one per item, checked when the file is read ----------------------


@dataclass(frozen=True)
class Key:
    """An entity named in a curation file: the key as written and the IRI it expands to."""

    key: str
    iri: str


@dataclass(frozen=True)
class Item:
    """What every item has: where it is written and why."""

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
    entity: Key
    text: str
    context: str


@dataclass(frozen=True)
class FindingAddition(Item):
    quote: str
    speakers: tuple[Key, ...]
    concerns: tuple[Key, ...]
    polarity: Polarity


@dataclass(frozen=True)
class IndicatorAddition(Item):
    quote: str
    measure: str
    value: Decimal | None
    unit: str | None
    approximate: bool
    qualifier: str | None
    comparison: str | None
    reference: str | None
    national_value: Decimal | None


@dataclass(frozen=True)
class RelationAddition(Item):
    type: RelationType
    subject: Key
    object: Key
    quote: str


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
    """
    path = Path(path)
    try:
        text = read_limited(path, MAX_CURATION_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise DataError("curation file is not UTF-8", path) from None
    records = tuple(
        _PARSERS[key](_Fields(item, f"{path}:{item[LINE]}"))
        for key, item in _raw_items(load_yaml(text, path), path)
    )
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
        line = data[LINE]
        if not isinstance(actions, dict):
            raise DataError(f"'{category}' must map actions (add, retract)", f"{path}:{line}")
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
            if not isinstance(items, list):
                raise DataError(f"'{category}.{action}' must be a list", f"{path}:{actions[LINE]}")
            for item in items:
                if not isinstance(item, dict):
                    raise DataError(
                        f"each '{category}.{action}' item must be a mapping", f"{path}:{line}"
                    )
                _check_fields(key, item, f"{path}:{item[LINE]}")
            yield from ((key, item) for item in items)


def _check_fields(key: tuple[str, str], item: dict[str, Any], where: str) -> None:
    required, optional = _FIELDS[key]
    present = set(item) - {LINE}
    unknown = present - required - optional
    if unknown:
        raise DataError(f"unknown field(s) {', '.join(sorted(unknown))}", where)
    missing = required - present
    if missing:
        raise DataError(f"missing field(s) {', '.join(sorted(missing))}", where)


class _Fields:
    """One raw item and the checks that turn its fields into typed values."""

    def __init__(self, item: dict[str, Any], where: str) -> None:
        self.item, self.where = item, where

    def fail(self, message: str) -> DataError:
        return DataError(message, self.where)

    def has(self, name: str) -> bool:
        return name in self.item

    def raw(self, name: str, default: Any = None) -> Any:
        return self.item.get(name, default)

    def reason(self) -> str:
        return str(self.item["reason"])

    def quote(self, name: str = "quote") -> str:
        value = self.item.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{name}' must be a non-empty string")
        return value

    def key(self, value: Any) -> Key:
        if not isinstance(value, str):
            raise self.fail(
                f"expected a key such as role/civil-servants, not {type(value).__name__}"
            )
        try:
            return Key(value, expand_key(value))
        except ValueError as exc:
            raise self.fail(str(exc)) from None

    def keys(self, name: str) -> list[Any]:
        """A field holding one key or a list of keys, as a list."""
        value = self.item.get(name)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return value
        raise self.fail(f"{name} must be a key or a list of keys")

    def number(self, name: str) -> Decimal | None:
        """The number under ``name`` (None when absent or null)."""
        value = self.item.get(name)
        if value is None:
            return None
        try:
            if isinstance(value, bool):
                raise InvalidOperation
            number = Decimal(str(value))
        except InvalidOperation:
            raise self.fail(f"{name} must be a number or null") from None
        if not number.is_finite():
            raise self.fail(f"{name} must be a finite number, not {value!r}")
        return number

    def text(self, name: str) -> str | None:
        """The text under ``name`` (None when absent or null)."""
        value = self.item.get(name)
        if value is None or isinstance(value, str):
            return value
        raise self.fail(f"{name} must be text, not {value!r}")


def _finding_retraction(f: _Fields) -> FindingRetraction:
    return FindingRetraction(f.where, f.reason(), f.quote())


def _indicator_retraction(f: _Fields) -> IndicatorRetraction:
    return IndicatorRetraction(f.where, f.reason(), f.quote(), f.number("value"), f.has("value"))


def _relation_retraction(f: _Fields) -> RelationRetraction:
    subject, obj = f.key(f.raw("subject")), f.key(f.raw("object"))
    return RelationRetraction(f.where, f.reason(), str(f.raw("type")), subject, obj)


def _mention_retraction(f: _Fields) -> MentionRetraction:
    context = f.quote("context")
    return MentionRetraction(f.where, f.reason(), f.key(f.raw("entity")), context)


def _mention_addition(f: _Fields) -> MentionAddition:
    context = f.quote("context")
    return MentionAddition(f.where, f.reason(), f.key(f.raw("entity")), str(f.raw("text")), context)


def _finding_addition(f: _Fields) -> FindingAddition:
    quote = f.quote()
    speakers = f.keys("speaker") or ["role/authors"]
    polarity = str(f.raw("polarity", "neutral"))
    if not is_polarity(polarity):
        raise f.fail(f"unknown polarity {polarity!r}")
    concerns = tuple(f.key(c) for c in f.keys("concerns"))
    return FindingAddition(
        f.where, f.reason(), quote, tuple(f.key(s) for s in speakers), concerns, polarity
    )


def _indicator_addition(f: _Fields) -> IndicatorAddition:
    quote = f.quote()
    unit = f.raw("unit")
    if unit is not None and str(unit) not in UNITS:
        raise f.fail(f"unknown unit {unit!r} (known: {', '.join(sorted(UNITS))})")
    value, national = f.number("value"), f.number("national_value")
    measure = str(f.raw("measure") or "value")
    if not _MEASURE.match(measure):
        raise f.fail(f"measure must be a slug (lower-case letters, digits, hyphens): {measure!r}")
    approximate = f.raw("approximate", False)
    if not isinstance(approximate, bool):
        raise f.fail(f"approximate must be true or false, not {approximate!r}")
    return IndicatorAddition(
        f.where,
        f.reason(),
        quote,
        measure,
        value,
        None if unit is None else str(unit),
        approximate,
        f.text("qualifier"),
        f.text("comparison"),
        f.text("reference"),
        national,
    )


def _relation_addition(f: _Fields) -> RelationAddition:
    kind = str(f.raw("type"))
    if not is_relation_type(kind):
        raise f.fail(f"unknown relation type {kind!r}")
    quote = f.quote()
    subject, obj = f.key(f.raw("subject")), f.key(f.raw("object"))
    return RelationAddition(f.where, f.reason(), kind, subject, obj, quote)


_PARSERS: dict[tuple[str, str], Callable[[_Fields], Item]] = {
    ("findings", "retract"): _finding_retraction,
    ("indicators", "retract"): _indicator_retraction,
    ("relations", "retract"): _relation_retraction,
    ("mentions", "retract"): _mention_retraction,
    ("mentions", "add"): _mention_addition,
    ("findings", "add"): _finding_addition,
    ("indicators", "add"): _indicator_addition,
    ("relations", "add"): _relation_addition,
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
    c_start, c_end = target.span(mention, mention.context, "context")
    start = target.doc.text.find(mention.text, c_start, c_end)
    if start < 0:
        raise DataError(f"text {mention.text!r} not inside its context", mention.where)
    entity = target.use(mention, mention.entity)
    end = start + len(mention.text)
    kind = target.known[entity].kind
    sentence = target.sentence_at(start)
    target.out.mentions.append(SentenceMention(entity, kind, start, end, mention.text, sentence))


def _add_finding(target: _Target, finding: FindingAddition) -> None:
    doc, out = target.doc, target.out
    start, end = target.span(finding, finding.quote)
    concerns = [target.use(finding, c) for c in finding.concerns]
    speakers = [target.iri(finding, s) for s in finding.speakers]
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
            polarity=finding.polarity,
            section=section.index if section else None,
            extracted_by="curation",
        )
    )


def _add_indicator(target: _Target, indicator: IndicatorAddition) -> None:
    start, end = target.span(indicator, indicator.quote)
    target.out.indicators.append(
        Indicator(
            start=start,
            end=end,
            sentence=target.sentence_at(start),
            measure=indicator.measure,
            measure_label=target.doc.text[start:end],
            value=indicator.value,
            unit=indicator.unit,
            approximate=indicator.approximate,
            qualifier=indicator.qualifier,
            comparison=indicator.comparison,
            reference=indicator.reference,
            national_value=indicator.national_value,
            extracted_by="curation",
        )
    )


def _add_relation(target: _Target, relation: RelationAddition) -> None:
    out = target.out
    start, end = target.span(relation, relation.quote)
    subject = target.use(relation, relation.subject)
    obj = target.use(relation, relation.object)
    triple = (relation.type, subject, obj)
    out.relations = [r for r in out.relations if (r.type, r.subject, r.object) != triple]
    out.relations.append(
        Relation(relation.type, subject, obj, start, end, target.sentence_at(start), "curation")
    )
