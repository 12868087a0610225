"""Problems that occur together: a claim about them is about multiple problems.

``kg/data/problem-cooccurrence.toml`` lists the problems of a household's life domains
(debts, poverty, unemployment, mental health, addiction …) and the words that say
things occur together ("tegelijk", "samengaan", "in combinatie met"). A claim that
names two or more of those problems and one of those words ("Zij ziet mensen met
schulden en psychische problemen, vaak tegelijk"), or counts problems together ("drie
of meer problemen tegelijk"), is about the taxonomy's multi-problem-households
(:func:`co_occurring`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract import prefixscan
from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["COUNTED_KEYS", "MULTIPLE", "co_occurring", "load_cooccurrence"]

COOCCURRENCE_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-cooccurrence.toml"
#: What every counted noun of problems begins with (a plain test before its pattern).
COUNTED_KEYS = ("problem", "hulpvra")
#: The taxonomy's problem of problems that occur together.
MULTIPLE = CONCEPT + "problem/multi-problem-households"


class Cooccurrence(NamedTuple):
    """The problems that count, the pattern of the words, their longest words (one of
    which a claim must hold for the pattern to match) and the pattern of the counted
    nouns."""

    problems: frozenset[str]
    together: re.Pattern[str]
    keys: tuple[str, ...]
    counted: re.Pattern[str]


@lru_cache(maxsize=4)
def load_cooccurrence(path: str | Path = COOCCURRENCE_FILE) -> Cooccurrence:
    """The contents of ``kg/data/problem-cooccurrence.toml``, compiled once.

    Examples
    --------
    >>> c = load_cooccurrence()
    >>> CONCEPT + "problem/debts" in c.problems, bool(c.together.search("vaak tegelijk"))
    (True, True)
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return Cooccurrence(
        frozenset(CONCEPT + "problem/" + key for key in data["problems"]),
        re.compile(rf"\b(?:{alternation(data['words'])})\b", re.IGNORECASE),
        tuple(sorted({max(w.lower().split(), key=len) for w in data["words"]})),
        re.compile(rf"\b(?:{alternation(data['counted'])})\b", re.IGNORECASE),
    )


def co_occurring(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The multi-problem concern of a claim that says problems occur together.

    Two or more distinct problems of a household's life domains among the claim's
    ``mentions``, or a plural noun of problems ("problemen"), and a word that says
    they occur together.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Zij zien mensen met schulden en verslaving, vaak tegelijk."
    >>> ms = [M(CONCEPT + "problem/debts", "problem", 20, 28, "schulden", 0),
    ...       M(CONCEPT + "problem/addiction", "problem", 32, 42, "verslaving", 0)]
    >>> [p.rsplit("/", 1)[-1] for p in co_occurring(s, 0, len(s), ms)]
    ['multi-problem-households']
    >>> s2 = "Zij zien mensen met schulden en verslaving."
    >>> co_occurring(s2, 0, len(s2), ms)
    set()
    """
    found = load_cooccurrence()
    problems = {m.entity for m in mentions if m.entity in found.problems}
    if len(problems) < 2 and not (
        prefixscan.may_hold_in(text, start, end, COUNTED_KEYS)
        and found.counted.search(text, start, end)
    ):
        return set()  # most claims: fewer than two such problems and no count of them
    if not prefixscan.may_hold_in(text, start, end, found.keys):
        return set()
    return {MULTIPLE} if prefixscan.search(found.together, text, start, end) else set()
