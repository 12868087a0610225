"""The closed sets of the model as types: polarity, relation types, entity kinds, units.

Each set is a :data:`typing.Literal` type (values stay plain strings, as they
are written to the graph and to curation files) with the tuple of its values
next to it, in their documented order. Code that takes one of these values
annotates it with the type; code that reads one from outside (a curation
file, a graph) checks it with the ``is_…`` guard.
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

#: The tone of a finding (``kg:polarity``, scheme ``concept/polarity/``).
Polarity = Literal["positive", "negative", "mixed", "neutral"]
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)

#: The type of a relation between two entities (``concept/relation/``).
RelationType = Literal[
    "member-of",
    "lead-municipality",
    "cooperates-with",
    "compares-with",
    "depends-on",
    "borders-on",
    "related-organisation",
    "executes-for",
    "purchases-via",
    "reports-on",
    "oriented-towards",
    "bound-by-rulings-of",
]
RELATION_TYPES: tuple[RelationType, ...] = get_args(RelationType)

#: The kind of a named or conceptual entity the extractor recognises.
EntityKind = Literal[
    "municipality", "region", "body", "organisation", "place", "law", "role", "problem"
]
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)

#: The unit of an indicator's value (``kg:unit``). The shapes' ``sh:in`` for
#: ``kg:unit`` (``ontology/shapes.ttl``), the property's definition
#: (``ontology/kg.ttl``), the comparison report's labels and curation all follow
#: this list; ``tests/test_vocab.py`` checks that they do.
Unit = Literal[
    "count",
    "percent",
    "EUR",
    "EUR per inhabitant",
    "ratio",
    "percentage points",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "fte",
    "per 1000 inhabitants",
    "grade",
    "index",
    "rank",
    "km",
    "metres",
]
UNITS: tuple[Unit, ...] = get_args(Unit)


def is_polarity(value: object) -> TypeGuard[Polarity]:
    """Whether ``value`` is a polarity.

    Examples
    --------
    >>> is_polarity("negative"), is_polarity("angry"), POLARITIES[0]
    (True, False, 'positive')
    """
    return value in POLARITIES


def is_relation_type(value: object) -> TypeGuard[RelationType]:
    """Whether ``value`` is a relation type.

    Examples
    --------
    >>> is_relation_type("member-of"), is_relation_type("likes")
    (True, False)
    """
    return value in RELATION_TYPES


def is_entity_kind(value: object) -> TypeGuard[EntityKind]:
    """Whether ``value`` is an entity kind.

    Examples
    --------
    >>> is_entity_kind("region"), is_entity_kind("finding")
    (True, False)
    """
    return value in ENTITY_KINDS


def is_unit(value: object) -> TypeGuard[Unit]:
    """Whether ``value`` is a unit.

    Examples
    --------
    >>> is_unit("percent"), is_unit("per 1000 inhabitants"), is_unit("furlongs")
    (True, True, False)
    """
    return value in UNITS


def as_entity_kind(value: str) -> EntityKind:
    """``value`` as an entity kind; a value outside the closed set is a bug upstream.

    Raises
    ------
    ValueError
        If ``value`` is not one of :data:`ENTITY_KINDS`.

    Examples
    --------
    >>> as_entity_kind("body")
    'body'
    >>> as_entity_kind("finding")
    Traceback (most recent call last):
    ...
    ValueError: not an entity kind: 'finding'
    """
    if is_entity_kind(value):
        return value
    raise ValueError(f"not an entity kind: {value!r}")


def as_relation_type(value: str) -> RelationType:
    """``value`` as a relation type; a value outside the closed set is a bug upstream.

    Raises
    ------
    ValueError
        If ``value`` is not one of :data:`RELATION_TYPES`.

    Examples
    --------
    >>> as_relation_type("member-of")
    'member-of'
    >>> as_relation_type("likes")
    Traceback (most recent call last):
    ...
    ValueError: not a relation type: 'likes'
    """
    if is_relation_type(value):
        return value
    raise ValueError(f"not a relation type: {value!r}")


def as_polarity(value: str) -> Polarity:
    """``value`` as a polarity; a value outside the closed set is a bug upstream.

    Raises
    ------
    ValueError
        If ``value`` is not one of :data:`POLARITIES`.

    Examples
    --------
    >>> as_polarity("mixed")
    'mixed'
    >>> as_polarity("angry")
    Traceback (most recent call last):
    ...
    ValueError: not a polarity: 'angry'
    """
    if is_polarity(value):
        return value
    raise ValueError(f"not a polarity: {value!r}")
