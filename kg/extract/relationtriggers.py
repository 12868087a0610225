"""Trigger words that let a sentence skip the relation cues it cannot match.

Every cue of :mod:`kg.extract.relationcues` names lower-case strings one of which
each of its matches holds. A sentence is searched only for the cues one of whose
triggers it holds. The triggers are looked for once per sentence, not once per cue:
they form a forest in which a trigger's children are the triggers that hold it
("aan" above "over aan"), so a trigger absent from a sentence rules out its children
without looking for them.

Examples
--------
>>> triggers = Triggers([("aan",), ("over aan", "via")])
>>> triggers.admitted("laat het over aan x")
[0, 1]
>>> triggers.admitted("het gaat goed.")
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.sentencecache import table

__all__ = ["Triggers", "forest"]


def forest(triggers: set[str]) -> dict[str, tuple[str, ...]]:
    """Each trigger's children: the triggers that hold it (as the longest trigger they
    hold); under ``""`` the triggers that hold none. A sentence without a trigger
    holds none of its children, so they are not looked for.

    Examples
    --------
    >>> forest({"aan", "aansluit", "over aan", "via"})
    {'': ('aan', 'via'), 'aan': ('aansluit', 'over aan')}
    """
    children: dict[str, list[str]] = {}
    for trigger in sorted(triggers):
        held = [t for t in triggers if t != trigger and t in trigger]
        parent = max(held, key=lambda t: (len(t), t)) if held else ""
        children.setdefault(parent, []).append(trigger)
    return {parent: tuple(found) for parent, found in sorted(children.items())}


class Triggers:
    """The triggers of a table of rows (cues), each row with the strings that admit it.

    Parameters
    ----------
    rows : sequence
        For each row of the table, in order, the lower-case strings one of which every
        match of the row holds.
    """

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        every = {t for found in rows for t in found}
        self._by_trigger: dict[str, tuple[int, ...]] = {
            t: tuple(i for i, found in enumerate(rows) if t in found) for t in every
        }
        self._forest = forest(every)
        #: A lower-cased sentence → the triggers it holds, per document.
        self._present: dict[str, frozenset[str]] = table()

    def present(self, lowered: str) -> frozenset[str]:
        """The triggers that ``lowered`` holds (each looked for once).

        Examples
        --------
        >>> sorted(Triggers([("inkoop", "koop", "via")]).present("de inkoop loopt via x"))
        ['inkoop', 'koop', 'via']
        """
        found = self._present.get(lowered)
        if found is None:
            held: list[str] = []
            todo = [t for t in self._forest[""] if t in lowered]  # one pass over the roots
            while todo:
                trigger = todo.pop()
                held.append(trigger)
                todo += [t for t in self._forest.get(trigger, ()) if t in lowered]
            found = self._present[lowered] = frozenset(held)
        return found

    def admitted(self, lowered: str) -> list[int]:
        """The positions of the rows (in table order) one of whose triggers ``lowered`` holds."""
        found: set[int] = set()
        for t in self.present(lowered):
            found.update(self._by_trigger[t])
        return sorted(found)
