"""The other home-seekers: a claim about them is about the group housed before them.

"andere woningzoekenden", "gewone woningzoekenden" name the home-seekers set against the
status holders a municipality houses with priority: a claim about them discusses the
housing of status holders (:func:`other_seekers`). The phrases and their problem are
data (``kg/data/problem-others.toml``).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.problemclauses import alternation
from kg.extract.wordtokens import lower_span
from kg.namespaces import CONCEPT

__all__ = ["Others", "load_others", "other_seekers"]

OTHERS_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-others.toml"


class Others(NamedTuple):
    """A problem, the word every phrase holds and the pattern of the phrases."""

    problem: str
    gate: str
    phrases: re.Pattern[str]


@lru_cache(maxsize=4)
def load_others(path: str | Path = OTHERS_FILE) -> tuple[Others, ...]:
    """The contents of ``kg/data/problem-others.toml``, compiled once.

    Examples
    --------
    >>> [o.problem.rsplit("/", 1)[-1] for o in load_others()]
    ['status-holders']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(
        Others(
            CONCEPT + "problem/" + entry["key"],
            entry["gate"],
            re.compile(rf"\b(?:{alternation(entry['phrases'])})\b", re.IGNORECASE),
        )
        for entry in data["others"]
    )


def other_seekers(text: str, start: int, end: int) -> set[str]:
    """The problems of the groups that the claim ``text[start:end]`` sets the other
    home-seekers against.

    Examples
    --------
    >>> s = "Dat leidt tot onbegrip bij andere woningzoekenden."
    >>> [p.rsplit("/", 1)[-1] for p in other_seekers(s, 0, len(s))]
    ['status-holders']
    >>> s = "Het aantal woningzoekenden groeit."
    >>> other_seekers(s, 0, len(s))
    set()
    """
    lowered = lower_span(text, start, end)
    return {
        o.problem for o in load_others() if o.gate in lowered and o.phrases.search(text, start, end)
    }
