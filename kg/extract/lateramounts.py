"""A vague amount of an earlier moment and its later state in a word: "veel klachten, nu minder".

A report that gives a vague amount with its moment may add what it is now without repeating
the noun: "In 2015 veel klachten, inmiddels minder", "eerst weinig aanmeldingen, nu meer".
The later clause is an observation of its own: a change (``decrease`` for "minder",
``increase`` for "meer") of what the vague amount counts, set against the moment the text
names for it ("in 2015" is the reference); the vague amount stays an observation (gold
README: vague amounts are indicators; the reference of a change is the earlier moment the
text names). Only a word of the present ("nu", "inmiddels", "intussen", "tegenwoordig",
"momenteel", "thans") with "minder" or "meer" closing its clause is read.

Source: general Dutch (an elliptical comparative after a time adverb), written without
reading any held-out profile. Each vague amount looks at a bounded window after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator, with_new_indicators

__all__ = ["later_amounts"]

_LATER = re.compile(
    r"[^.;:!?\d]{0,30}?,\s*(?:en\s+)?(?:(?:nu|inmiddels|intussen|tegenwoordig|momenteel|thans)\s+)"
    r"(?:(?:veel|iets|wat|flink|fors|al)\s+)?(?P<cmp>minder|meer)\b(?=\s*(?:[.,;!?)]|$))",
    re.IGNORECASE,
)
#: The moment of the vague amount, earlier in its clause: "in 2015 veel klachten", "In 2014
#: waren er veel wachtenden".
_YEAR_BEFORE = re.compile(
    r"\b(?:in|eind|begin)\s+(?P<year>(?:19|20)\d\d)\b[^.,;:!?\d]{0,30}$", re.IGNORECASE
)
_CHANGE = {"minder": "decrease", "meer": "increase"}


def later_amounts(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the later state of each vague amount that a clause after it gives.

    Examples
    --------
    >>> s = "Bij de balie: in 2015 veel klachten, inmiddels minder."
    >>> a = Indicator(s.index("veel"), s.index("klachten") + 8, 0, None, "klachten", None,
    ...               "count", approximate=True, qualifier="veel")
    >>> [(s[i.start : i.end], i.comparison, i.reference) for i in later_amounts(s, [a])]
    [('veel klachten', None, None), ('inmiddels minder', 'decrease', '2015')]
    """
    new: list[Indicator] = []
    for ind in found:
        if ind.value is not None or ind.unit != "count" or not ind.approximate:
            continue  # a vague count only ("veel klachten", "weinig aanmeldingen")
        if "," not in text[ind.end : ind.end + 32]:
            continue  # no clause after it (most amounts)
        m = _LATER.match(text, ind.end)
        if m is None:
            continue
        year = _YEAR_BEFORE.search(text, max(0, ind.start - 45), ind.start)
        start = m.start("cmp")
        adverb = text.rfind(",", ind.end, start) + 1
        start = adverb + len(text[adverb:start]) - len(text[adverb:start].lstrip())
        new.append(
            replace(
                ind,
                start=start,
                end=m.end("cmp"),
                approximate=False,
                qualifier=None,
                unit=None,
                comparison=_CHANGE[m.group("cmp").lower()],
                reference=year.group("year") if year else None,
            )
        )
    return with_new_indicators(found, new)
