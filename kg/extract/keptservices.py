"""A cut denied by keeping the service it cuts ("De huishoudelijke hulp werd niet versoberd").

The taxonomy names some cuts by the service they cut: "huishoudelijke hulp" is a label
of the cut of household help. A claim that says the service was not cut ("niet
versoberd", "is niet gekort") or was kept ("het behoud van de huishoudelijke hulp",
"blijft ongewijzigd") denies the cut (:func:`kept_service`);
:func:`kg.extract.deniedproblems.denied` takes it out of the claim's concerns.
``kg/data/kept-services.toml`` lists the problems and the words.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["Keeping", "kept_service", "load_keeping"]

KEPT_FILE = Path(__file__).resolve().parent.parent / "data" / "kept-services.toml"

#: Words that may stand between the service and the negator of its cut, or the word of
#: keeping: a finite verb, a time, place or source ("werd volgens de consulenten in 2015
#: niet versoberd"), at most eight words, none a negator ("is niet behouden": cut).
_BETWEEN = r"(?:(?!(?:niet|geen|nooit|nergens)\b)[\w.,-]+\s+){0,8}?"
#: One word of degree between the negator and the cut ("niet fors gekort"), not one that
#: makes the negation a "not only" ("niet alleen gekort, maar ook …" states the cut).
_DEGREE = r"(?:(?!(?:alleen|enkel|slechts|uitsluitend)\b)\w+\s+)?"


class Keeping(NamedTuple):
    """The cut problems, and the patterns that say their service was kept."""

    problems: frozenset[str]
    not_cut: re.Pattern[str]
    kept: re.Pattern[str]
    keeping: re.Pattern[str]


@lru_cache(maxsize=4)
def load_keeping(path: str | Path = KEPT_FILE) -> Keeping:
    """The problems and compiled patterns of ``kg/data/kept-services.toml`` (cached).

    Examples
    --------
    >>> sorted(p.rsplit("/", 1)[-1] for p in load_keeping().problems)
    ['household-help-cuts']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    cuts, kept = alternation(data["cuts"]), alternation(data["kept"])
    return Keeping(
        frozenset(CONCEPT + "problem/" + key for key in data["problems"]),
        re.compile(rf"\s+{_BETWEEN}(?:niet|nooit|nergens)\s+{_DEGREE}(?:{cuts})\b", re.IGNORECASE),
        re.compile(rf"\s+{_BETWEEN}(?:{kept})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alternation(data['keeping'])})\s+van\s+(?:de\s+|het\s+)?$", re.I),
    )


def kept_service(text: str, clause: tuple[int, int], mention) -> bool:  # noqa: ANN001
    """Whether ``mention`` names a cut by its service and ``clause`` says it was kept.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> cut = CONCEPT + "problem/household-help-cuts"
    >>> s = "De huishoudelijke hulp werd in 2015 niet versoberd."
    >>> kept_service(s, (0, len(s)), M(cut, "problem", 3, 22, "huishoudelijke hulp", 0))
    True
    >>> s = "Het behoud van de huishoudelijke hulp was een keuze."
    >>> kept_service(s, (0, len(s)), M(cut, "problem", 18, 37, "huishoudelijke hulp", 0))
    True
    >>> s = "De huishoudelijke hulp werd in 2015 fors versoberd."
    >>> kept_service(s, (0, len(s)), M(cut, "problem", 3, 22, "huishoudelijke hulp", 0))
    False
    """
    keeping = load_keeping()
    if mention.entity not in keeping.problems:
        return False  # most problems are no service's cut
    return bool(
        keeping.not_cut.match(text, mention.end, clause[1])
        or keeping.kept.match(text, mention.end, clause[1])
        or keeping.keeping.search(text, max(clause[0], mention.start - 30), mention.start)
    )
