"""YAML files whose every mapping knows its line: the loader of curation and gold files.

Both kinds of file are written by hand; an error must name ``file:line``.
:func:`load_yaml` parses safely (a :class:`yaml.SafeLoader`), refuses duplicate
keys, and records in each mapping the line it starts on under :data:`LINE`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import DataError

#: The key under which each mapping records its (1-based) line.
LINE = "__line__"


class LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping."""


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
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


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str, path: str | Path) -> Any:
    """Parse YAML ``text`` read from ``path``; every mapping holds its line under :data:`LINE`.

    Raises
    ------
    DataError
        For malformed YAML or a duplicate key, naming ``path:line``.

    Examples
    --------
    >>> load_yaml("a:\\n  - {b: 1}\\n", "x.yaml")
    {'a': [{'b': 1, '__line__': 2}], '__line__': 1}
    >>> load_yaml("a: 1\\na: 2\\n", "x.yaml")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: x.yaml:2: malformed YAML: duplicate key 'a'
    """
    try:
        return yaml.load(text, Loader=LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"malformed YAML: {problem}", where) from None
