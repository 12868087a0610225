"""Adverbs of degree: before a comparative they only grade a level.

"duidelijk lager", "iets hoger", "fors meer", "aanzienlijk vaker": the adverb grades the level
the figures give, so a tone cue read on it judges nothing beyond the figures
(:mod:`kg.extract.datasentences`). Split out of :mod:`kg.extract.datasentences`.
"""

from __future__ import annotations

import re

__all__ = ["degree_of_level"]

#: Adverbs of degree: before a comparative they only grade the level ("duidelijk lager",
#: "iets hoger", "fors meer", "aanzienlijk vaker").
_DEGREE = frozenset(
    {"iets", "wat", "duidelijk", "fors", "flink", "ruim", "beduidend", "aanzienlijk", "licht",
     "sterk", "veel", "nog", "een", "stuk", "stukje", "beetje", "merkbaar", "substantieel"}
)  # fmt: skip
#: A comparative of level right after a degree adverb.
_COMPARATIVE_AFTER = re.compile(
    r"\s+(?:hoger|lager|groter|kleiner|vaker|minder|meer|sneller|langzamer|ouder|jonger)\b",
    re.IGNORECASE,
)


def degree_of_level(text: str, end: int, tokens: set[str]) -> bool:
    """Whether a tone cue whose words are ``tokens``, ending at ``end`` in ``text``, is only
    an adverb of degree before a comparative ("in Raalte duidelijk lager"): it grades the
    level the figures give and judges nothing beyond it.

    Examples
    --------
    >>> s = "In Ommen lag die duidelijk lager."
    >>> degree_of_level(s, s.index(" lager"), {"duidelijk"})
    True
    >>> s = "Het is duidelijk dat 4% te veel is."
    >>> degree_of_level(s, s.index(" dat"), {"duidelijk"})
    False
    """
    return bool(tokens) and tokens <= _DEGREE and _COMPARATIVE_AFTER.match(text, end) is not None
