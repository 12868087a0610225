"""A loss under the allocation model: a shrinking budget.

A claim that names the allocation model of the gemeentefonds (a mention of the
taxonomy's historical-allocation, "het objectieve verdeelmodel") and says the
municipality loses by it ("gaat er per saldo op achteruit", "verliest", "moet geld
inleveren") is also about budget-pressure, the budget that shrinks
(:func:`allocation_loss`). The words of loss are data
(``kg/data/problem-losses.toml``).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["ALLOCATION", "PRESSURE", "allocation_loss", "load_losses"]

LOSSES_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-losses.toml"
#: The taxonomy's problem of the allocation model.
ALLOCATION = CONCEPT + "problem/historical-allocation"
#: The taxonomy's problem of budgets that shrink.
PRESSURE = CONCEPT + "problem/budget-pressure"


@lru_cache(maxsize=4)
def load_losses(path: str | Path = LOSSES_FILE) -> re.Pattern[str]:
    """The pattern of the words of loss of ``kg/data/problem-losses.toml``, compiled once.

    Examples
    --------
    >>> bool(load_losses().search("gaat er per saldo op achteruit"))
    True
    >>> bool(load_losses().search("gaat er licht op vooruit"))
    False
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return re.compile(rf"\b(?:{alternation(data['words'])})", re.IGNORECASE)


def allocation_loss(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The budget-pressure of a claim ``text[start:end]`` that names the allocation
    model among its ``mentions`` and a loss by it.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Met het objectieve verdeelmodel gaat de gemeente er op achteruit."
    >>> ms = [M(ALLOCATION, "problem", 19, 31, "verdeelmodel", 0)]
    >>> [p.rsplit("/", 1)[-1] for p in allocation_loss(s, 0, len(s), ms)]
    ['budget-pressure']
    >>> s2 = "Met het objectieve verdeelmodel gaat de gemeente er op vooruit."
    >>> allocation_loss(s2, 0, len(s2), ms)
    set()
    >>> allocation_loss(s, 0, len(s), [])
    set()
    """
    if not any(m.entity == ALLOCATION for m in mentions):
        return set()
    return {PRESSURE} if load_losses().search(text, start, end) else set()
