"""Policy slogans that name a problem in any wording ("één gezin, één plan, één regisseur").

A slogan is a list of two or more items "<numeral> <noun>" joined by commas or "en", one
of them with a noun the problem requires (``kg/data/problem-slogans.toml``); a claim
that cites it is about the problem the slogan answers (:func:`slogan_problems`). Split
out of :mod:`kg.extract.concerns`, which adds these problems to a claim's context.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract import prefixscan
from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["load_slogans", "slogan_problems"]

SLOGANS_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-slogans.toml"


@lru_cache(maxsize=4)
def load_slogans(
    path: str | Path = SLOGANS_FILE,
) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """The problems of ``kg/data/problem-slogans.toml``, the patterns of their lists and
    their required nouns (lower case; a claim without one holds no list), cached.

    A list is two or more items "<numeral> <noun>" joined by commas or "en",
    one of them with a required noun.

    Examples
    --------
    >>> problem, pattern, required = load_slogans()[0]
    >>> problem.rsplit("/", 1)[-1], bool(pattern.search("er is niet één plan, één regisseur"))
    ('laws-not-integrated', True)
    >>> bool(pattern.search("één gezin, één regisseur")), bool(pattern.search("één plan"))
    (False, False)
    """
    out = []
    for item in tomllib.loads(Path(path).read_text(encoding="utf-8"))["slogan"]:
        one = rf"(?:{alternation(item['numerals'])})\s+"
        noun = rf"{one}(?:{alternation(item['nouns'])})\b"
        required = rf"{one}(?:{alternation(item['required'])})\b"
        link = r"\s*(?:,|\ben\b)?\s*"
        # the required item first, or after one or more other items
        listed = rf"(?<!\w)(?:{required}(?:{link}{noun})+|(?:{noun}{link})+{required})"
        words = tuple(w.lower() for w in item["required"])
        problem = CONCEPT + "problem/" + item["problem"]
        out.append((problem, re.compile(listed, re.IGNORECASE), words))
    return tuple(out)


def slogan_problems(text: str, start: int, end: int) -> set[str]:
    """The problems whose policy slogan ``text[start:end]`` names, in any wording.

    Examples
    --------
    >>> s = "Er is niet één plan, één manager, één gezin."
    >>> sorted(p.rsplit("/", 1)[-1] for p in slogan_problems(s, 0, len(s)))
    ['laws-not-integrated']
    """
    return {
        problem
        for problem, pattern, required in load_slogans()
        if prefixscan.may_hold_in(text, start, end, required)  # cheap test first
        and prefixscan.search(pattern, text, start, end)  # only where a numeral stands
    }
