"""One pattern behind a cheap word gate: the shape of the readings of views.

The readings of what a claim says about views (:mod:`kg.extract.deniedviews`: a view
rejected, :mod:`kg.extract.dissents`: a view contradicted, :mod:`kg.extract.dividedviews`:
views divided) each test a few literal words first, which almost every claim lacks, and
only then search one pattern. :class:`GatedPattern` is that shape as data: the groups of
gate words (one word of every group must stand in the claim), whether they are looked for
in the lower-cased claim, and whether the pattern is searched in the claim alone (a
pattern anchored at the claim's start) rather than in the text from the claim's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.prefixscan import search
from kg.extract.wordtokens import lower_span


def whole_claim(_claim: str) -> bool:
    """Always search the claim alone (for a pattern anchored at its start).

    Examples
    --------
    >>> whole_claim("Over de regio zijn zij verdeeld.")
    True
    """
    return True


@dataclass(frozen=True)
class GatedPattern:
    """A pattern read only when its gate words stand in the claim.

    Attributes
    ----------
    pattern : re.Pattern
        The reading.
    gates : tuple of tuple of str
        Groups of literal words; the claim must hold one word of every group.
    lower : bool
        Look for the gate words in the lower-cased claim (else as written).
    alone : callable or None
        Given the claim's text, whether to search the pattern in it alone; None: search
        the text from the claim's start to its end.

    Examples
    --------
    >>> g = GatedPattern(re.compile(r"\\bdenkt\\s+er\\s+anders\\s+over\\b"), (("anders over",),))
    >>> s = "De raad denkt er anders over."
    >>> g.reads(s, 0, len(s)), g.reads("De raad denkt na.", 0, 17)
    (True, False)
    """

    pattern: re.Pattern[str]
    gates: tuple[tuple[str, ...], ...]
    lower: bool = False
    alone: Callable[[str], bool] | None = None

    def reads(self, text: str, start: int, end: int) -> bool:
        """Whether the claim ``text[start:end]`` holds the gate words and the pattern."""
        # plain loops, no generators: the gate is read for every claim
        if self.lower:
            chunk = lower_span(text, start, end)
            for group in self.gates:
                for g in group:
                    if g in chunk:
                        break
                else:
                    return False
        else:
            find = text.find
            for group in self.gates:
                for g in group:
                    if find(g, start, end) >= 0:
                        break
                else:
                    return False  # almost every claim
        if self.alone is not None and self.alone(text[start:end]):
            return self.pattern.search(text[start:end]) is not None
        return search(self.pattern, text, start, end) is not None
