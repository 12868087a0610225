"""kg.yamllines: the YAML loader of curation and gold files records lines, refuses duplicates."""

from __future__ import annotations

import pytest

from kg.errors import DataError
from kg.yamllines import LINE, load_yaml


def test_every_mapping_records_the_line_it_starts_on():
    text = "findings:\n  add:\n    - quote: a\n      reason: b\n    - {quote: c, reason: d}\n"
    data = load_yaml(text, "f.yaml")
    items = data["findings"]["add"]
    assert data[LINE] == 1 and data["findings"][LINE] == 2
    assert [item[LINE] for item in items] == [3, 5]
    assert items[1] == {"quote": "c", "reason": "d", LINE: 5}


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ("a: 1\nb:\n  c: 2\n  c: 3\n", "f.yaml:4", "duplicate key 'c'"),
        ("a: [1, 2\n", "f.yaml:2", "malformed YAML"),
        ("a: !!python/object:os.system x\n", "f.yaml", "malformed YAML"),
    ],
)
def test_malformed_or_unsafe_yaml_is_a_data_error_naming_the_line(text, where, problem):
    with pytest.raises(DataError, match=problem) as err:
        load_yaml(text, "f.yaml")
    assert err.value.path is not None and err.value.path.startswith(where)


def test_an_empty_file_is_none():
    assert load_yaml("", "f.yaml") is None
