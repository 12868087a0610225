"""Actor groups a claim concerns by the work they do ("vrijwilligerswerk": the volunteers).

A text often names the work instead of the group that does it: "vraag en
aanbod van vrijwilligerswerk wordt gematched" is about volunteers.
``kg/data/task-actors.toml`` lists the work's words and their groups; the
group is a concern of a claim that names no actor or organisation of its own
(:func:`task_actors`). The words are no mentions of the group.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["load_task_actors", "task_actors"]

TASKS_FILE = Path(__file__).resolve().parent.parent / "data" / "task-actors.toml"
#: Kinds of mentions that name who does the work.
_ACTORS = frozenset({"role", "organisation", "body"})


@lru_cache(maxsize=4)
def load_task_actors(path: str | Path = TASKS_FILE) -> tuple[dict[str, str], re.Pattern[str]]:
    """The work's words (lower case) → role IRIs, and one pattern of all the words (cached).

    Examples
    --------
    >>> table, pattern = load_task_actors()
    >>> table["vrijwilligerswerk"].rsplit("/", 1)[-1]
    'volunteers'
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    table = {word.lower(): CONCEPT + "role/" + key for word, key in data["actors"].items()}
    return table, re.compile(rf"\b(?:{alternation(list(table))})\b", re.IGNORECASE)


def task_actors(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The groups whose work ``text[start:end]`` names, when it names no actor itself.

    Examples
    --------
    >>> s = "Ook vraag en aanbod van vrijwilligerswerk wordt gematched."
    >>> sorted(r.rsplit("/", 1)[-1] for r in task_actors(s, 0, len(s), []))
    ['volunteers']
    >>> from kg.extract.model import SentenceMention
    >>> s = "De GGD voert de jeugdgezondheidszorg uit."
    >>> task_actors(s, 0, len(s), [SentenceMention("r/ggd", "role", 3, 6, "GGD", 0)])
    set()
    """
    table, pattern = load_task_actors()
    found = {table[m.group().lower()] for m in pattern.finditer(text, start, end)}
    if found and any(m.kind in _ACTORS for m in mentions):
        return set()
    return found
