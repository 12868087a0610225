"""The problem an actor group's work is about: the field of debt counsellors is debts.

``kg/data/problem-fields.toml`` maps actor roles whose statutory task is one problem
of the taxonomy (schuldhulpverleners, leerplichtambtenaren, jeugdbeschermers,
werkcoaches, …) to that problem. A claim such a group makes, or that names such a
group, is about that problem too: the context the annotation guideline counts
("Volgens de schuldhulpverleners duurt het zeven weken voordat een eerste gesprek
plaatsvindt" is about debts besides the waiting time).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from kg.namespaces import CONCEPT

__all__ = ["FIELDS_FILE", "field_problems", "load_fields"]

FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-fields.toml"


@lru_cache(maxsize=4)
def load_fields(path: str | Path = FIELDS_FILE) -> dict[str, str]:
    """Role IRI → problem IRI, from ``kg/data/problem-fields.toml`` (cached).

    Examples
    --------
    >>> load_fields()[CONCEPT + "role/debt-counsellors"].rsplit("/", 1)[-1]
    'debts'
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return {
        CONCEPT + "role/" + role: CONCEPT + "problem/" + problem
        for role, problem in data["fields"].items()
    }


def field_problems(roles) -> set[str]:  # noqa: ANN001
    """The problems the work of the actor groups ``roles`` (IRIs) is about.

    Examples
    --------
    >>> sorted(p.rsplit("/", 1)[-1] for p in field_problems(
    ...     [CONCEPT + "role/debt-counsellors", CONCEPT + "role/civil-servants"]))
    ['debts']
    >>> field_problems([CONCEPT + "role/alderman"])
    set()
    """
    fields = load_fields()
    if fields.keys().isdisjoint(roles):
        return set()  # most claims: no such group
    return {fields[r] for r in roles if r in fields}
