"""Actor groups a claim concerns by the work they do ("vrijwilligerswerk": the volunteers).

A text often names the work instead of the group that does it: "vraag en
aanbod van vrijwilligerswerk wordt gematched" is about volunteers.
``kg/data/task-actors.toml`` lists the work's words and their groups; the
group is a concern of a claim that names no actor or organisation of its own
(:func:`task_actors`); the groups the work serves (residents, clients) do not
count as such an actor. The words are no mentions of the group.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["load_task_actors", "served_roles", "task_actors"]

TASKS_FILE = Path(__file__).resolve().parent.parent / "data" / "task-actors.toml"
#: Kinds of mentions that name who does the work.
_ACTORS = frozenset({"role", "organisation", "body"})


@lru_cache(maxsize=4)
def _read(path: str | Path) -> dict:
    """The task-actors file, parsed once for :func:`load_task_actors` and :func:`served_roles`."""
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def served_roles(path: str | Path = TASKS_FILE) -> frozenset[str]:
    """The role IRIs of the groups the work serves, who do not do it (cached).

    Examples
    --------
    >>> sorted(r.rsplit("/", 1)[-1] for r in served_roles())
    ['benefit-recipients', 'care-recipients', 'residents']
    """
    return frozenset(CONCEPT + "role/" + key for key in _read(path)["served"]["roles"])


@lru_cache(maxsize=4)
def load_task_actors(path: str | Path = TASKS_FILE) -> tuple[dict[str, str], re.Pattern[str]]:
    """The work's words (lower case) → role IRIs, and one pattern of all the words (cached).

    Examples
    --------
    >>> table, pattern = load_task_actors()
    >>> table["vrijwilligerswerk"].rsplit("/", 1)[-1]
    'volunteers'
    """
    data = _read(path)
    table = {word.lower(): CONCEPT + "role/" + key for word, key in data["actors"].items()}
    return table, re.compile(rf"\b(?:{alternation(list(table))})\b", re.IGNORECASE)


def task_actors(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The groups whose work ``text[start:end]`` names, when it names no actor itself.

    The groups the work serves (:func:`served_roles`: "inwoners", "cliënten")
    are no actor that does it.

    Examples
    --------
    >>> s = "Ook vraag en aanbod van vrijwilligerswerk wordt gematched."
    >>> sorted(r.rsplit("/", 1)[-1] for r in task_actors(s, 0, len(s), []))
    ['volunteers']
    >>> from kg.extract.model import SentenceMention
    >>> s = "De GGD voert de jeugdgezondheidszorg uit."
    >>> task_actors(s, 0, len(s), [SentenceMention("r/ggd", "role", 3, 6, "GGD", 0)])
    set()
    >>> s = "Vrijwilligerswerk brengt inwoners bij elkaar."
    >>> residents = SentenceMention(CONCEPT + "role/residents", "role", 25, 33, "inwoners", 0)
    >>> sorted(r.rsplit("/", 1)[-1] for r in task_actors(s, 0, len(s), [residents]))
    ['volunteers']
    """
    table, pattern = load_task_actors()
    found = {table[m.group().lower()] for m in pattern.finditer(text, start, end)}
    served = served_roles()
    if found and any(m.kind in _ACTORS and m.entity not in served for m in mentions):
        return set()
    return found
