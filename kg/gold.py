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
from decimal import Decimal
from pathlib import Path

from kg.annotation import (
    FindingRecord,
    IndicatorRecord,
    MentionRecord,
    Record,
    RelationRecord,
    item_list,
    load_annotation_file,
    parse_record,
)
from kg.errors import DataError, UsageError
from kg.namespaces import expand_key
from kg.textspan import TextIndex
from kg.yamllines import LINE

#: Largest gold file accepted, in bytes (the seeds' are ~100 kB).
MAX_GOLD_BYTES = 10_000_000


@dataclass(frozen=True)
class GoldMention:
    """A mention record located in the text: the entity's IRI and its surface form's span."""

    record: MentionRecord
    start: int
    end: int
    text: str

    @property
    def entity(self) -> str:
        return self.record.entity.iri

    @property
    def line(self) -> int:
        return self.record.line


@dataclass(frozen=True)
class GoldIndicator:
    """An indicator record located in the text (``quote`` is the text at its span)."""

    record: IndicatorRecord
    start: int
    end: int
    quote: str

    @property
    def measure(self) -> str:
        return self.record.measure

    @property
    def value(self) -> Decimal | None:
        return self.record.value

    @property
    def unit(self) -> str | None:
        return self.record.unit

    @property
    def approximate(self) -> bool:
        return self.record.approximate

    @property
    def qualifier(self) -> str | None:
        return self.record.qualifier

    @property
    def comparison(self) -> str | None:
        return self.record.comparison

    @property
    def reference(self) -> str | None:
        return self.record.reference

    @property
    def national_value(self) -> Decimal | None:
        return self.record.national_value

    @property
    def line(self) -> int:
        return self.record.line


@dataclass(frozen=True)
class GoldRelation:
    """A relation record located in the text; ``subject`` and ``object`` are IRIs."""

    record: RelationRecord
    start: int
    end: int
    quote: str

    @property
    def type(self) -> str:
        return self.record.type

    @property
    def subject(self) -> str:
        return self.record.subject.iri

    @property
    def object(self) -> str:
        return self.record.object.iri

    @property
    def line(self) -> int:
        return self.record.line


@dataclass(frozen=True)
class GoldFinding:
    """A finding record located in the text; speakers and concerns as sets of IRIs."""

    record: FindingRecord
    start: int
    end: int
    quote: str

    @property
    def speakers(self) -> frozenset[str]:
        return frozenset(k.iri for k in self.record.speakers)

    @property
    def concerns(self) -> frozenset[str]:
        return frozenset(k.iri for k in self.record.concerns)

    @property
    def polarity(self) -> str:
        return self.record.polarity

    @property
    def topics(self) -> frozenset[str]:
        """The topics the claim discusses: Dutch lemmas (``wachtlijst``), lower case."""
        return self.record.topics

    @property
    def line(self) -> int:
        return self.record.line


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


def load_gold(path: str | Path, text: str, *, strict: bool = False) -> GoldDocument:
    """Read a gold file and locate every item in the document's cleaned text.

    The items are read into the records of :mod:`kg.annotation` (the schema
    curation files share), then each record's quote (a mention's context and
    text) is located in ``text``.

    Parameters
    ----------
    path : str or Path
        The gold YAML file.
    text : str
        The cleaned text of the document it annotates.
    strict : bool
        Also refuse a quote or context that occurs more than once in ``text``:
        it is located at its first occurrence, which may not be the place the
        annotator meant (the check an annotator runs on a new gold file).

    Returns
    -------
    GoldDocument

    Raises
    ------
    DataError
        For malformed YAML, a missing or unknown field, a value of the wrong
        kind, or a quote, context or text that is not in the document (or, with
        ``strict``, that is in it more than once); the message names ``file:line``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "x.yaml").write_text(
    ...     "municipality: municipality/x\\nfindings:\\n  - {quote: 'een  wachtlijst'}\\n")
    >>> gold = load_gold(folder / "x.yaml", "Er is een wachtlijst.")
    >>> [(f.start, f.end, f.quote, f.line) for f in gold.findings]
    [(6, 20, 'een wachtlijst', 3)]
    >>> load_gold(folder / "x.yaml", "Er is een wachtlijst en nog een wachtlijst.", strict=True)
    Traceback (most recent call last):
    kg.errors.DataError: ...:3: quote occurs 2 times in the text, lengthen it: 'een wachtlijst'
    """
    path = Path(path)
    data = load_annotation_file(path, MAX_GOLD_BYTES, "gold file")
    if not isinstance(data, dict):
        raise DataError("expected a mapping (document, mentions, indicators, ...)", path)
    name = str(data.get("document") or path.stem)
    try:
        municipality = expand_key(str(data.get("municipality", "")))
    except ValueError as exc:
        raise DataError(str(exc), f"{path}:{data[LINE]}") from None
    gold = GoldDocument(name, path, municipality)
    locate = _Locator(text, strict)
    for kind in ("mentions", "indicators", "relations", "findings"):
        for item in item_list(data.get(kind), kind, path, data[LINE]):
            record = parse_record(kind, item, path)
            if isinstance(record, MentionRecord):
                gold.mentions.append(locate.mention(record))
            elif isinstance(record, IndicatorRecord):
                gold.indicators.append(GoldIndicator(record, *locate.quote(record, record.quote)))
            elif isinstance(record, RelationRecord):
                gold.relations.append(GoldRelation(record, *locate.quote(record, record.quote)))
            elif isinstance(record, FindingRecord):
                gold.findings.append(GoldFinding(record, *locate.quote(record, record.quote)))
    return gold


class _Locator:
    """Finds a record's quote in the document's text (white space folded)."""

    def __init__(self, text: str, strict: bool = False) -> None:
        self.text, self.index, self.strict = text, TextIndex(text), strict

    def span(self, record: Record, quote: str, name: str) -> tuple[int, int]:
        found = self.index.find_all(quote)
        if not found:
            raise DataError(f"{name} not found in the document text: {quote[:60]!r}", record.where)
        if self.strict and len(found) > 1:
            raise DataError(
                f"{name} occurs {len(found)} times in the text, lengthen it: {quote[:60]!r}",
                record.where,
            )
        return found[0]

    def quote(self, record: Record, quote: str) -> tuple[int, int, str]:
        start, end = self.span(record, quote, "quote")
        return start, end, self.text[start:end]

    def mention(self, record: MentionRecord) -> GoldMention:
        c_start, c_end = self.span(record, record.context, "context")
        inside = TextIndex(self.text[c_start:c_end]).find(record.text)
        if inside is None:
            raise DataError(f"text {record.text!r} not inside its context", record.where)
        start, end = c_start + inside[0], c_start + inside[1]
        return GoldMention(record, start, end, self.text[start:end])
