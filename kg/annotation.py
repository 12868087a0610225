"""Hand-written annotation records: one schema for gold files and curation files.

A gold file (``tests/gold/<document>.yaml``) lists what a careful reader finds
in a profile; a curation file (``seeds/<name>.curation.yaml``) adds or retracts
what the rules got wrong. Both write the same four things, with the same
fields: an entity **mention**, an **indicator** (a figure or comparison), a
typed **relation** between two entities, and a **finding** (a claim with its
speakers, concerns and polarity). This module reads a YAML file once
(:func:`load_annotation_file`) and turns each item into a typed, frozen record
(:func:`parse_record`), checking every field; :mod:`kg.gold` then locates the
records in a document's text and :mod:`kg.curation` wraps them in add and
retract operations. Every error names ``file:line``.

Examples
--------
>>> from kg.yamllines import load_yaml
>>> item = load_yaml("{quote: 'Er is een wachtlijst.', polarity: negative}", "g.yaml")
>>> finding = parse_record("findings", item, "g.yaml")
>>> finding.polarity, finding.where, [s.key for s in finding.speakers]
('negative', 'g.yaml:1', ['role/authors'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.loading import read_limited
from kg.namespaces import expand_key
from kg.vocab import Polarity, RelationType, is_polarity, is_relation_type
from kg.yamllines import LINE, load_yaml

__all__ = [
    "FIELDS",
    "Fields",
    "FindingRecord",
    "IndicatorRecord",
    "Key",
    "MentionRecord",
    "Record",
    "RelationRecord",
    "check_fields",
    "item_list",
    "load_annotation_file",
    "parse_record",
]

#: Record kind (the file's category) → (required fields, optional fields).
FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "mentions": (frozenset({"entity", "text", "context"}), frozenset()),
    "indicators": (
        frozenset({"quote"}),
        frozenset(
            {"measure", "value", "unit", "approximate", "qualifier", "comparison", "reference"}
            | {"national_value"}
        ),
    ),
    "relations": (frozenset({"type", "subject", "object", "quote"}), frozenset()),
    "findings": (frozenset({"quote"}), frozenset({"speaker", "concerns", "polarity", "topics"})),
}
#: The speaker of a finding that names none: the report's authors.
DEFAULT_SPEAKER = "role/authors"
_MEASURE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Key:
    """An entity named in a file: the key as written and the IRI it expands to."""

    key: str
    iri: str


@dataclass(frozen=True)
class Record:
    """What every record has: the file and line it is written on."""

    path: str
    line: int

    @property
    def where(self) -> str:
        """``file:line``, for messages."""
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class MentionRecord(Record):
    """An entity mention: the entity, its surface ``text`` inside a quoted ``context``."""

    entity: Key
    text: str
    context: str


@dataclass(frozen=True)
class IndicatorRecord(Record):
    """A quantitative (or comparative) statement; ``value`` and ``unit`` may be None."""

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
class RelationRecord(Record):
    """A typed relation between two entities, with the quote that states it."""

    type: RelationType
    subject: Key
    object: Key
    quote: str


@dataclass(frozen=True)
class FindingRecord(Record):
    """A claim: its quote, speakers and concerns (keys), polarity and topics (lemmas)."""

    quote: str
    speakers: tuple[Key, ...]
    concerns: tuple[Key, ...]
    polarity: Polarity
    topics: frozenset[str] = frozenset()


# --- reading a file --------------------------------------------------------------------


def load_annotation_file(path: str | Path, max_bytes: int, kind: str) -> Any:
    """Read and parse one annotation file; every mapping knows its line.

    Parameters
    ----------
    path : str or Path
        The YAML file.
    max_bytes : int
        The largest file accepted.
    kind : str
        What the file is (``gold file``, ``curation file``), for messages.

    Raises
    ------
    DataError
        If the file is missing, too large, not UTF-8 or not YAML; names ``file:line``.
    """
    try:
        text = read_limited(path, max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise DataError(f"{kind} is not UTF-8", path) from None
    return load_yaml(text, path)


def item_list(items: Any, label: str, path: str | Path, line: object) -> list[dict[str, Any]]:
    """The items under ``label``: a list of mappings (None: no items).

    Raises
    ------
    DataError
        If ``items`` is no list or an item no mapping; names ``path:line``.

    Examples
    --------
    >>> item_list(None, "findings", "g.yaml", 3)
    []
    >>> item_list({"quote": "x"}, "findings", "g.yaml", 3)
    Traceback (most recent call last):
    ...
    kg.errors.DataError: g.yaml:3: 'findings' must be a list
    """
    if items is None:
        return []
    if not isinstance(items, list):
        raise DataError(f"'{label}' must be a list", f"{path}:{line}")
    for item in items:
        if not isinstance(item, dict):
            raise DataError(f"each '{label}' item must be a mapping", f"{path}:{line}")
    return items


def check_fields(
    item: dict[str, Any], required: frozenset[str], optional: frozenset[str], where: str
) -> None:
    """Refuse unknown and missing fields of one item.

    Examples
    --------
    >>> check_fields({"quote": "x", "speakr": "y"}, frozenset({"quote"}), frozenset(), "g:2")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: g:2: unknown field(s) speakr
    """
    present = set(item) - {LINE}
    unknown = present - required - optional
    if unknown:
        raise DataError(f"unknown field(s) {', '.join(sorted(unknown))}", where)
    missing = required - present
    if missing:
        raise DataError(f"missing field(s) {', '.join(sorted(missing))}", where)


class Fields:
    """One raw item and the checks that turn its fields into typed values.

    Parameters
    ----------
    item : dict
        The item as :func:`kg.yamllines.load_yaml` gives it (with its line).
    path : str or Path
        The file it was read from.
    """

    def __init__(self, item: dict[str, Any], path: str | Path) -> None:
        self.item, self.path, self.line = item, str(path), int(item.get(LINE, 0))
        self.where = f"{self.path}:{self.line}"

    def fail(self, message: str) -> DataError:
        """The error for this item: ``message`` at ``file:line``."""
        return DataError(message, self.where)

    def has(self, name: str) -> bool:
        return name in self.item

    def raw(self, name: str, default: Any = None) -> Any:
        return self.item.get(name, default)

    def quote(self, name: str = "quote") -> str:
        """A non-empty string field."""
        value = self.item.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{name}' must be a non-empty string")
        return value

    def key(self, value: Any) -> Key:
        """``value`` as an entity key (``<kind>/<slug>`` or a full IRI)."""
        if not isinstance(value, str):
            raise self.fail(
                f"expected a key such as role/civil-servants, not {type(value).__name__}"
            )
        try:
            return Key(value, expand_key(value))
        except ValueError as exc:
            raise self.fail(str(exc)) from None

    def keys(self, name: str) -> tuple[Key, ...]:
        """A field holding one key or a list of keys."""
        value = self.item.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(f"{name} must be a key or a list of keys")
        return tuple(self.key(v) for v in value)

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

    def flag(self, name: str) -> bool:
        """A true/false field (false when absent)."""
        value = self.item.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(f"{name} must be true or false, not {value!r}")
        return value


# --- items → records -------------------------------------------------------------------


def _mention(f: Fields) -> MentionRecord:
    context = f.quote("context")
    return MentionRecord(f.path, f.line, f.key(f.raw("entity")), str(f.raw("text")), context)


def _indicator(f: Fields) -> IndicatorRecord:
    quote = f.quote()
    measure = str(f.raw("measure") or "value")
    if not _MEASURE.match(measure):
        raise f.fail(f"measure must be a slug (lower-case letters, digits, hyphens): {measure!r}")
    value, national = f.number("value"), f.number("national_value")
    return IndicatorRecord(
        f.path,
        f.line,
        quote,
        measure,
        value,
        f.text("unit"),
        f.flag("approximate"),
        f.text("qualifier"),
        f.text("comparison"),
        f.text("reference"),
        national,
    )


def _relation(f: Fields) -> RelationRecord:
    kind = f.raw("type")
    if not is_relation_type(kind):
        raise f.fail(f"unknown relation type {kind!r}")
    quote = f.quote()
    subject, obj = f.key(f.raw("subject")), f.key(f.raw("object"))
    return RelationRecord(f.path, f.line, kind, subject, obj, quote)


def _finding(f: Fields) -> FindingRecord:
    quote = f.quote()
    speakers = f.keys("speaker") or (f.key(DEFAULT_SPEAKER),)
    polarity = f.raw("polarity", "neutral")
    if not is_polarity(polarity):
        raise f.fail(f"unknown polarity {polarity!r}")
    concerns = f.keys("concerns")
    return FindingRecord(f.path, f.line, quote, speakers, concerns, polarity, _topics(f))


def _topics(f: Fields) -> frozenset[str]:
    value = f.raw("topics")
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise f.fail("topics must be a list of non-empty strings")
    return frozenset(v.strip().casefold() for v in value)


_PARSERS: dict[str, Callable[[Fields], Record]] = {
    "mentions": _mention,
    "indicators": _indicator,
    "relations": _relation,
    "findings": _finding,
}


def parse_record(
    kind: str,
    item: dict[str, Any],
    path: str | Path,
    fields: tuple[frozenset[str], frozenset[str]] | None = None,
) -> Record:
    """Check one item's fields and turn it into its record.

    Parameters
    ----------
    kind : {"mentions", "indicators", "relations", "findings"}
        The record kind (the file's category).
    item : dict
        The item, with its line (:data:`kg.yamllines.LINE`).
    path : str or Path
        The file, for messages.
    fields : (set, set), optional
        The (required, optional) fields allowed; default :data:`FIELDS` of ``kind``
        (a curation file adds ``reason`` and narrows them).

    Raises
    ------
    DataError
        For an unknown or missing field or a value of the wrong kind (an
        unknown key, polarity or relation type, a number that is not one);
        names ``file:line``.
    """
    f = Fields(item, path)
    required, optional = fields if fields is not None else FIELDS[kind]
    check_fields(item, required, optional, f.where)
    return _PARSERS[kind](f)
