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

from kg.namespaces import CONCEPT, ID

__all__ = ["FIELDS_FILE", "field_problems", "implied_actors", "load_fields"]

FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-fields.toml"


@lru_cache(maxsize=4)
def load_fields(path: str | Path = FIELDS_FILE, table: str = "fields") -> dict[str, str]:
    """Role IRI → problem IRI, from a table of ``kg/data/problem-fields.toml`` (cached):
    ``fields`` (every claim a group makes or that names it), or ``voices`` (the fields
    and the groups whose own voice alone is about a problem).

    Examples
    --------
    >>> load_fields()[CONCEPT + "role/debt-counsellors"].rsplit("/", 1)[-1]
    'debts'
    >>> CONCEPT + "role/informal-carers" in load_fields(table="voices")
    True
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    pairs = dict(data["fields"])
    if table == "voices":
        pairs.update(data.get("voices", {}))
    return {
        CONCEPT + "role/" + role: CONCEPT + "problem/" + problem for role, problem in pairs.items()
    }


def field_problems(roles, voice: bool = False) -> set[str]:  # noqa: ANN001
    """The problems the work of the actor groups ``roles`` (IRIs) is about; with
    ``voice`` (``roles`` are a claim's speakers) also those their own voice is about.

    Examples
    --------
    >>> sorted(p.rsplit("/", 1)[-1] for p in field_problems(
    ...     [CONCEPT + "role/debt-counsellors", CONCEPT + "role/civil-servants"]))
    ['debts']
    >>> field_problems([CONCEPT + "role/alderman"])
    set()
    >>> carers = [CONCEPT + "role/informal-carers"]
    >>> field_problems(carers), len(field_problems(carers, voice=True))
    (set(), 1)
    """
    fields = load_fields(table="voices") if voice else load_fields()
    if fields.keys().isdisjoint(roles):
        return set()  # most claims: no such group
    return {fields[r] for r in roles if r in fields}


@lru_cache(maxsize=4)
def load_actors(path: str | Path = FIELDS_FILE) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Problem IRI → (the actor role IRI it is about, the IRI prefixes that stand for that
    actor), from the tables ``actors`` and ``stand-ins`` of ``kg/data/problem-fields.toml``.

    Examples
    --------
    >>> role, stand_ins = load_actors()[CONCEPT + "problem/poor-national-communication"]
    >>> role.rsplit("/", 1)[-1], any(s.endswith("ministerie-") for s in stand_ins)
    ('national-government', True)
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    stand_ins = data.get("stand-ins", {})
    return {
        CONCEPT + "problem/" + problem: (
            CONCEPT + "role/" + role,
            tuple(ID + key for key in stand_ins.get(role, ())),
        )
        for problem, role in data.get("actors", {}).items()
    }


def implied_actors(concerns) -> set[str]:  # noqa: ANN001
    """The actors the problems among ``concerns`` are about by their definition, unless
    ``concerns`` hold that actor or one that stands for it already.

    A claim on the late budgets or unclear rules of the Rijk states poor national
    communication, a problem of the national government's: the government is a concern
    too, unless a ministry is named ("het ministerie van VWS communiceerde laat").

    Examples
    --------
    >>> p = CONCEPT + "problem/poor-national-communication"
    >>> sorted(a.rsplit("/", 1)[-1] for a in implied_actors({p}))
    ['national-government']
    >>> implied_actors({p, ID + "organisation/ministerie-vws"})
    set()
    >>> implied_actors({CONCEPT + "problem/debts"})
    set()
    """
    actors = load_actors()
    out: set[str] = set()
    for problem in actors.keys() & set(concerns):
        role, stand_ins = actors[problem]
        if not any(c == role or c.startswith(stand_ins) for c in concerns):
            out.add(role)
    return out
