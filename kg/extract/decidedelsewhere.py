"""Decisions made in another municipality: the distance from regional decision-making.

"de contracten worden in Den Bosch gemaakt", "de keuzes die in Alkmaar worden gemaakt",
"het besluit uit Dordrecht komt": a claim that the decisions, choices, agreements or
contracts are made in, or come from, another named municipality states the problem the
data file ``kg/data/problem-elsewhere.toml`` names for it (regional distance), with its
nouns and verbs (:func:`decided_elsewhere`). The profile's own municipality named there
is no other place.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["Elsewhere", "decided_elsewhere", "load_elsewhere"]

ELSEWHERE_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-elsewhere.toml"

#: The auxiliaries of the passive that may stand between a noun and "in"/"uit", or
#: between the name and the participle ("worden … gemaakt").
_AUXILIARIES = r"(?:worden|wordt|werden|werd|zijn|is)"


class Elsewhere(NamedTuple):
    """A problem, the pattern before the name and the pattern after it."""

    problem: str
    before: re.Pattern[str]
    after: re.Pattern[str]
    #: The same "before" pattern with a verb required among its words.
    before_verb: re.Pattern[str]


@lru_cache(maxsize=4)
def load_elsewhere(path: str | Path = ELSEWHERE_FILE) -> tuple[Elsewhere, ...]:
    """The contents of ``kg/data/problem-elsewhere.toml``, compiled once.

    Examples
    --------
    >>> [e.problem.rsplit("/", 1)[-1] for e in load_elsewhere()]
    ['regional-distance']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for entry in data["elsewhere"]:
        nouns, verbs = alternation(entry["nouns"]), alternation(entry["verbs"])
        words = rf"(?:(?:{_AUXILIARIES}|{verbs})\s+){{0,2}}"
        head = rf"\b(?:{nouns})\s+(?:(?:die|dat)\s+)?"
        out.append(
            Elsewhere(
                CONCEPT + "problem/" + entry["key"],
                re.compile(rf"{head}{words}(?:in|uit)\s+$", re.IGNORECASE),
                re.compile(rf"\s+(?:{_AUXILIARIES}\s+)?(?:{verbs})\b", re.IGNORECASE),
                re.compile(rf"{head}{words}(?:{verbs})\s+(?:in|uit)\s+$", re.IGNORECASE),
            )
        )
    return tuple(out)


def decided_elsewhere(text: str, mentions, own: str) -> set[str]:  # noqa: ANN001
    """The problems of decisions a claim says are made in another municipality: a
    municipality mention other than ``own`` right after "in" or "uit", with a decision
    noun before it and a verb of making or coming before the name or right after it.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Zij vinden dat de belangrijkste keuzes in Assen worden gemaakt."
    >>> assen = M("m/assen", "municipality", s.index("Assen"), s.index(" worden"), "Assen", 0)
    >>> [p.rsplit("/", 1)[-1] for p in decided_elsewhere(s, [assen], "m/own")]
    ['regional-distance']
    >>> decided_elsewhere(s, [assen], "m/assen")  # the own municipality: no other place
    set()
    >>> s = "Besluiten vallen in Alkmaar, wij mogen achteraf tekenen."
    >>> alk = M("m/alkmaar", "municipality", s.index("Alkmaar"), s.index(","), "Alkmaar", 0)
    >>> [p.rsplit("/", 1)[-1] for p in decided_elsewhere(s, [alk], "m/own")]
    ['regional-distance']
    >>> s = "De afspraken in Assen zijn goed."  # no verb of making: where they stand
    >>> assen = M("m/assen", "municipality", s.index("Assen"), s.index(" zijn"), "Assen", 0)
    >>> decided_elsewhere(s, [assen], "m/own")
    set()
    """
    out: set[str] = set()
    for m in mentions:
        if m.kind != "municipality" or m.entity == own:
            continue
        lead = text[max(0, m.start - 5) : m.start].lower()
        if not (lead.endswith(" in ") or lead.endswith(" uit ")):
            continue  # the cheap gate: the name right after "in" or "uit"
        window = max(0, m.start - 80)
        for entry in load_elsewhere():
            if entry.before.search(text, window, m.start) is None:
                continue
            if entry.after.match(text, m.end) or entry.before_verb.search(text, window, m.start):
                out.add(entry.problem)
    return out
