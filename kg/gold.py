"""The gold standard: ``tests/gold/<document>.yaml``, located in a document's text.

A gold file lists, for one profile, every entity mention, indicator, relation
and finding a careful reader finds (see ``tests/gold/README.md`` for the
annotation guidelines). Quotes and contexts are written against the cleaned
text; :func:`load_gold` finds each of them with :class:`kg.textspan.TextIndex`
(white space folded) and raises :class:`~kg.errors.DataError` with
``file:line`` when one is not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import DataError, UsageError
from kg.namespaces import expand_key
from kg.textspan import TextIndex
from kg.yamllines import LINE, load_yaml


@dataclass(frozen=True)
class GoldMention:
    """An entity mention: the entity's IRI and the span of its surface form."""

    entity: str
    start: int
    end: int
    text: str
    line: int


@dataclass(frozen=True)
class GoldIndicator:
    """A quantitative (or qualitative comparative) statement; ``value``/``unit`` may be None."""

    start: int
    end: int
    quote: str
    measure: str
    value: Decimal | None
    unit: str | None
    approximate: bool
    qualifier: str | None
    comparison: str | None
    reference: str | None
    national_value: Decimal | None
    line: int


@dataclass(frozen=True)
class GoldRelation:
    """A typed relation between two organisations (IRIs) with its evidence span."""

    type: str
    subject: str
    object: str
    start: int
    end: int
    quote: str
    line: int


@dataclass(frozen=True)
class GoldFinding:
    """A claim: span, speakers and concerns (IRIs), polarity."""

    start: int
    end: int
    quote: str
    speakers: frozenset[str]
    concerns: frozenset[str]
    polarity: str
    line: int
    #: The topics the claim discusses: Dutch lemmas (``wachtlijst``), lower case.
    topics: frozenset[str] = frozenset()


@dataclass
class GoldDocument:
    """The gold annotation of one document."""

    name: str
    path: Path
    municipality: str
    mentions: list[GoldMention] = field(default_factory=list)
    indicators: list[GoldIndicator] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    findings: list[GoldFinding] = field(default_factory=list)


def gold_files(directory: str | Path) -> list[Path]:
    """The gold files of a folder (``*.yaml``), sorted.

    Raises
    ------
    UsageError
        If the folder does not exist or holds no gold file.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise UsageError("gold folder not found", directory)
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise UsageError("no gold files (*.yaml) in folder", directory)
    return files


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise DataError(f"not a number: {value!r}", where) from None


def _keys(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    items = value if isinstance(value, list) else [value]
    try:
        return frozenset(expand_key(str(v)) for v in items)
    except ValueError as exc:
        raise DataError(str(exc), where) from None


def load_gold(path: str | Path, text: str) -> GoldDocument:
    """Read a gold file and locate every item in the document's cleaned text.

    Parameters
    ----------
    path : str or Path
        The gold YAML file.
    text : str
        The cleaned text of the document it annotates.

    Returns
    -------
    GoldDocument

    Raises
    ------
    DataError
        For malformed YAML, a missing field, or a quote, context or text that
        is not in the document; the message names ``file:line``.
    """
    reader = _Reader(Path(path), text)
    data = yaml_load(reader.path)
    name = str(data.get("document") or reader.path.stem)
    gold = GoldDocument(name, reader.path, expand_key(str(data.get("municipality", ""))))
    gold.mentions += [_mention(reader, item) for item in data.get("mentions") or []]
    gold.indicators += [_indicator(reader, item) for item in data.get("indicators") or []]
    gold.relations += [_relation(reader, item) for item in data.get("relations") or []]
    gold.findings += [_finding(reader, item) for item in data.get("findings") or []]
    return gold


class _Reader:
    """Reads the fields of gold items, locating quotes in the document's text."""

    def __init__(self, path: Path, text: str) -> None:
        self.path, self.text, self.index = path, text, TextIndex(text)

    def where(self, item: dict[str, Any]) -> str:
        return f"{self.path}:{item.get(LINE, '?')}"

    def need(self, item: dict[str, Any], key: str) -> Any:
        if key not in item:
            raise DataError(f"missing field {key!r}", self.where(item))
        return item[key]

    def locate(self, item: dict[str, Any], key: str) -> tuple[int, int]:
        quote = self.need(item, key)
        span = self.index.find(str(quote)) if isinstance(quote, str) else None
        if span is None:
            raise DataError(
                f"{key} not found in the document text: {str(quote)[:60]!r}", self.where(item)
            )
        return span

    def key(self, item: dict[str, Any], field_name: str) -> str:
        return next(iter(_keys(self.need(item, field_name), self.where(item))))


def _mention(reader: _Reader, item: dict[str, Any]) -> GoldMention:
    c_start, c_end = reader.locate(item, "context")
    surface = str(reader.need(item, "text"))
    rel = TextIndex(reader.text[c_start:c_end]).find(surface)
    if rel is None:
        raise DataError(f"text {surface!r} not inside its context", reader.where(item))
    start, end = c_start + rel[0], c_start + rel[1]
    return GoldMention(reader.key(item, "entity"), start, end, reader.text[start:end], item[LINE])


def _indicator(reader: _Reader, item: dict[str, Any]) -> GoldIndicator:
    start, end = reader.locate(item, "quote")
    where = reader.where(item)
    return GoldIndicator(
        start=start,
        end=end,
        quote=reader.text[start:end],
        measure=str(item.get("measure") or "value"),
        value=_decimal(item.get("value"), where),
        unit=item.get("unit"),
        approximate=bool(item.get("approximate", False)),
        qualifier=item.get("qualifier"),
        comparison=item.get("comparison"),
        reference=item.get("reference"),
        national_value=_decimal(item.get("national_value"), where),
        line=item[LINE],
    )


def _relation(reader: _Reader, item: dict[str, Any]) -> GoldRelation:
    start, end = reader.locate(item, "quote")
    return GoldRelation(
        str(reader.need(item, "type")),
        reader.key(item, "subject"),
        reader.key(item, "object"),
        start,
        end,
        reader.text[start:end],
        item[LINE],
    )


def _finding(reader: _Reader, item: dict[str, Any]) -> GoldFinding:
    start, end = reader.locate(item, "quote")
    where = reader.where(item)
    return GoldFinding(
        start=start,
        end=end,
        quote=reader.text[start:end],
        speakers=_keys(item.get("speaker") or "role/authors", where),
        concerns=_keys(item.get("concerns"), where),
        polarity=str(item.get("polarity", "neutral")),
        line=item[LINE],
        topics=_topics(item.get("topics"), where),
    )


def _topics(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError("topics must be a list of non-empty strings", where)
    return frozenset(v.strip().casefold() for v in value)


def yaml_load(path: Path) -> dict[str, Any]:
    """Load a YAML mapping recording each mapping's line (``__line__``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read gold file: {exc}", path) from None
    data = load_yaml(text, path)
    if not isinstance(data, dict):
        raise DataError("expected a mapping (document, mentions, indicators, ...)", path)
    return data
