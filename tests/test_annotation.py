"""kg.annotation: one schema of frozen records for gold and curation files, errors at file:line."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from decimal import Decimal

import pytest

from kg.annotation import (
    FIELDS,
    FindingRecord,
    IndicatorRecord,
    MentionRecord,
    RelationRecord,
    item_list,
    load_annotation_file,
    parse_record,
)
from kg.curation import FindingAddition, IndicatorAddition, load_curation
from kg.errors import DataError
from kg.gold import load_gold
from kg.namespaces import expand_key
from kg.yamllines import load_yaml

TEXT = "Brunssum werkt samen met Heerlen. Ambtenaren zien een wachtlijst van 8 weken."


def record(kind: str, body: str, path: str = "f.yaml"):  # noqa: ANN201
    return parse_record(kind, load_yaml(body, path), path)


def test_each_kind_becomes_its_typed_frozen_record():
    mention = record(
        "mentions", "{entity: municipality/heerlen, text: Heerlen, context: met Heerlen}"
    )
    assert isinstance(mention, MentionRecord)
    assert mention.entity.iri == expand_key("municipality/heerlen") and mention.text == "Heerlen"
    indicator = record("indicators", "{quote: '8 weken', value: 8, unit: week, approximate: true}")
    assert isinstance(indicator, IndicatorRecord)
    assert (indicator.measure, indicator.value, indicator.unit) == ("value", Decimal(8), "week")
    assert indicator.approximate is True and indicator.national_value is None
    relation = record(
        "relations",
        "{type: cooperates-with, subject: municipality/brunssum, object: municipality/heerlen,"
        " quote: werkt samen met}",
    )
    assert isinstance(relation, RelationRecord) and relation.type == "cooperates-with"
    finding = record(
        "findings",
        "{quote: x, speaker: [role/civil-servants], concerns: problem/waiting-lists,"
        " topics: [' Wachtlijst ']}",
    )
    assert isinstance(finding, FindingRecord)
    assert [k.key for k in finding.speakers] == ["role/civil-servants"]
    assert [k.key for k in finding.concerns] == ["problem/waiting-lists"]
    assert (finding.polarity, finding.topics) == ("neutral", frozenset({"wachtlijst"}))
    with pytest.raises(FrozenInstanceError):
        finding.quote = "y"  # type: ignore[misc]


def test_a_record_knows_its_file_and_line():
    item = load_yaml("findings:\n  - {quote: x}\n", "a.yaml")["findings"][0]
    finding = parse_record("findings", item, "a.yaml")
    assert (finding.path, finding.line, finding.where) == ("a.yaml", 2, "a.yaml:2")


@pytest.mark.parametrize(
    ("kind", "body", "message"),
    [
        ("findings", "{quote: x, polarity: angry}", "unknown polarity 'angry'"),
        ("findings", "{quote: x, topics: wachtlijst}", "topics must be a list"),
        ("findings", "{quote: x, speaker: nonsense/x}", "unknown key 'nonsense/x'"),
        ("findings", "{quote: x, speaker: 3}", "speaker must be a key or a list of keys"),
        ("findings", "{quote: x, concerns: [3]}", "expected a key"),
        ("findings", "{quote: ''}", "'quote' must be a non-empty string"),
        ("findings", "{quote: x, speakr: role/authors}", r"unknown field\(s\) speakr"),
        (
            "relations",
            "{type: likes, subject: body/a, object: body/b, quote: x}",
            "unknown relation",
        ),
        ("relations", "{quote: x}", r"missing field\(s\) object, subject, type"),
        ("indicators", "{quote: x, measure: Budget Cut}", "measure must be a slug"),
        ("indicators", "{quote: x, value: veel}", "value must be a number or null"),
        ("indicators", "{quote: x, value: .inf}", "value must be a finite number"),
        ("indicators", "{quote: x, approximate: maybe}", "approximate must be true or false"),
        ("indicators", "{quote: x, comparison: 3}", "comparison must be text"),
        ("mentions", "{entity: body/a, text: A}", r"missing field\(s\) context"),
    ],
)
def test_a_wrong_value_is_an_error_at_file_and_line(kind, body, message):
    with pytest.raises(DataError, match=r"f\.yaml:1: " + message):
        record(kind, body)


def test_a_caller_narrows_the_fields():
    required, optional = FIELDS["findings"]
    narrowed = (required | {"reason"}, optional - {"topics"})
    item = load_yaml("{quote: x, topics: [a], reason: r}", "c.yaml")
    with pytest.raises(DataError, match=r"c\.yaml:1: unknown field\(s\) topics"):
        parse_record("findings", item, "c.yaml", narrowed)


def test_item_lists_must_hold_mappings():
    assert item_list([{"a": 1}], "mentions", "g.yaml", 4) == [{"a": 1}]
    with pytest.raises(DataError, match=r"g\.yaml:4: each 'mentions' item must be a mapping"):
        item_list(["x"], "mentions", "g.yaml", 4)


def test_the_file_reader_refuses_what_is_not_utf8_yaml_or_too_large(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a: \xff\n")
    with pytest.raises(DataError, match="gold file is not UTF-8"):
        load_annotation_file(path, 1000, "gold file")
    path.write_text("a: [\n", encoding="utf-8")
    with pytest.raises(DataError, match="malformed YAML"):
        load_annotation_file(path, 1000, "gold file")
    path.write_text("a: 1\n" + "# padding\n" * 100, encoding="utf-8")
    with pytest.raises(DataError, match="file too large"):
        load_annotation_file(path, 10, "gold file")
    assert load_annotation_file(path, 10_000, "gold file") == {"a": 1, "__line__": 1}


def test_gold_and_curation_read_the_same_item_into_the_same_record(tmp_path):
    finding = (
        "{quote: 'Ambtenaren zien een wachtlijst', speaker: role/civil-servants,"
        " concerns: [problem/waiting-lists], polarity: negative"
    )
    indicator = "{quote: '8 weken', measure: waiting-time, value: 8, unit: months"
    gold = tmp_path / "brunssum.yaml"
    gold.write_text(
        "municipality: municipality/brunssum\n"
        f"findings:\n  - {finding}}}\nindicators:\n  - {indicator}}}\n",
        encoding="utf-8",
    )
    curation = tmp_path / "brunssum.curation.yaml"
    curation.write_text(
        f"findings:\n  add:\n    - {finding}, reason: r}}\n"
        f"indicators:\n  add:\n    - {indicator}, reason: r}}\n",
        encoding="utf-8",
    )
    located = load_gold(gold, TEXT)
    parsed = load_curation(curation)
    (added_finding,) = parsed.of(FindingAddition)
    (added_indicator,) = parsed.of(IndicatorAddition)
    same_place = {"path": "f", "line": 0}
    assert replace(located.findings[0].record, **same_place) == replace(
        added_finding.record, **same_place
    )
    assert replace(located.indicators[0].record, **same_place) == replace(
        added_indicator.record, **same_place
    )
    assert located.findings[0].quote == "Ambtenaren zien een wachtlijst"
