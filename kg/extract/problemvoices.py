"""Problems a group states in its own voice about its own position.

A council that says its reports tell it little ("We krijgen dikke rapportages, maar
wat er met een gezin gebeurt, weten wij niet", "Zij willen weten wat de hulp oplevert,
niet hoeveel trajecten er lopen") states the council's lack of insight without the
taxonomy's words: the claim's speakers, the group's subject matter and a word of lack
together say it. ``kg/data/problem-voices.toml`` lists, per problem, the groups, the
words of their subject matter and the words of lack, with their source.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.prefixscan import may_hold_in
from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["VOICES_FILE", "Voice", "load_voices", "voiced"]

VOICES_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-voices.toml"


class Voice(NamedTuple):
    """A problem, the groups that state it in their own voice and what they say."""

    problem: str
    speakers: frozenset[str]
    #: The subject matter's words, lower case (a cheap test), and their pattern (whole
    #: words, a plural in -s or -en included).
    keys: tuple[str, ...]
    words: re.Pattern[str]
    #: The words of lack, whole words.
    lacks: re.Pattern[str]


@lru_cache(maxsize=4)
def load_voices(path: str | Path = VOICES_FILE) -> tuple[Voice, ...]:
    """The voices of ``kg/data/problem-voices.toml`` (cached).

    Examples
    --------
    >>> voice = load_voices()[0]
    >>> voice.problem.rsplit("/", 1)[-1], sorted(voice.speakers)[0].rsplit("/", 1)[-1]
    ('council-knowledge-gap', 'council-members')
    """
    out = []
    for item in tomllib.loads(Path(path).read_text(encoding="utf-8"))["voice"]:
        words = [w.lower() for w in item["words"]]
        out.append(
            Voice(
                CONCEPT + "problem/" + item["problem"],
                frozenset(CONCEPT + "role/" + s for s in item["speakers"]),
                tuple(words),
                re.compile(rf"\b(?:{alternation(words)})(?:s|en)?\b", re.IGNORECASE),
                re.compile(rf"\b(?:{alternation(item['lacks'])})\b", re.IGNORECASE),
            )
        )
    return tuple(out)


def voiced(text: str, start: int, end: int, speakers) -> set[str]:  # noqa: ANN001
    """The problems ``text[start:end]`` states in the voice of its ``speakers`` (IRIs).

    Examples
    --------
    >>> council = (CONCEPT + "role/council-members",)
    >>> s = "Zij willen weten wat de hulp oplevert, niet hoeveel trajecten er lopen."
    >>> [p.rsplit("/", 1)[-1] for p in voiced(s, 0, len(s), council)]
    ['council-knowledge-gap']
    >>> s = "Zij spreken lovend over de informatie van het college."
    >>> voiced(s, 0, len(s), council)
    set()
    >>> s = "Zij willen weten wat de hulp oplevert, niet hoeveel trajecten er lopen."
    >>> voiced(s, 0, len(s), (CONCEPT + "role/alderman",))
    set()
    """
    out = set()
    for voice in load_voices():
        if voice.speakers.isdisjoint(speakers) or not may_hold_in(text, start, end, voice.keys):
            continue
        if voice.words.search(text, start, end) and voice.lacks.search(text, start, end):
            out.add(voice.problem)
    return out
