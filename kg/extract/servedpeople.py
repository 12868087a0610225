"""The people the social domain serves: groups that are spoken about, not actors that speak.

The served roles of ``kg/data/task-actors.toml`` (``[served]``), informal carers and the
groups of served people a profile may name without a known role (minted role keys:
"budgethouder", "statushouder", "mantelzorger" …). Split out of
:mod:`kg.extract.speakerslots` so that the readers of key-value lines
(:mod:`kg.extract.sourceblocks`) can ask it without importing the speaker slots.

Examples
--------
>>> "residents" in PEOPLE_SERVED, "statushouder" in PEOPLE_SERVED, "teamleider" in PEOPLE_SERVED
(True, True, False)
"""

from __future__ import annotations

from kg.extract.taskactors import served_roles

__all__ = ["PEOPLE_SERVED"]

#: The served roles (their keys' last part) and served groups minted by their noun.
PEOPLE_SERVED = frozenset(r.rsplit("/", 1)[-1] for r in served_roles()) | frozenset(
    {"informal-carers", "budgethouder", "oudere", "jongere", "ouder", "kind", "gezin",
     "inwoner", "bewoner", "huurder", "statushouder", "vluchteling", "volwassene", "leerling",
     "mantelzorger", "cliënt"}
)  # fmt: skip
