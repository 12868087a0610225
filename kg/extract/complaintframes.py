"""A claim framed as a complaint: what follows a verb of complaining is what is wrong.

"Een begeleider klaagt: 'Een melding doen gaat snel, maar daarna hoor je niets.'" The
speaker complains, and a good word inside the complaint ("gaat snel") is part of what
the complaint sets against: the claim is negative, not two-sided. A complaint after a
grant ("zijn tevreden, maar klagen over de wachttijden", "al klaagt de werkdienst")
stays two-sided: there a good word stands before the verb of complaining.

The verbs are general Dutch verbs of complaining in their common forms.
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.toneframes import Cue

#: General Dutch verbs of complaining ("klagen", "zich beklagen", "mopperen").
COMPLAINING = frozenset(
    {"klaagt", "klagen", "klaagde", "klaagden", "beklaagt", "beklagen", "beklaagde",
     "beklaagden", "moppert", "mopperen", "mopperde", "mopperden"}
)  # fmt: skip


#: Words that turn or grant: a complaint after them follows a grant, one before them is
#: answered by what follows.
_TURNS = frozenset({"maar", "echter", "al", "hoewel", "weliswaar", "toch"})


def framed(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Whether a verb of complaining stands before every good word of the claim.

    Examples
    --------
    >>> s = "Een begeleider klaagt: 'Een melding gaat snel, maar daarna hoor je niets.'"
    >>> framed(s, 0, len(s), [Cue(s.index("snel"), s.index("snel") + 4, 1)])
    True
    >>> s = "Zij klaagden over de SVB, maar dat is inmiddels goed opgelost."
    >>> framed(s, 0, len(s), [Cue(s.index("goed"), s.index("goed") + 4, 1)])
    False
    >>> s = "De huisartsen zijn tevreden, maar klagen over de wachttijden."
    >>> framed(s, 0, len(s), [Cue(s.index("tevreden"), s.index("tevreden") + 8, 1)])
    False
    """
    if (
        text.find("klag", start, end) < 0
        and text.find("klaag", start, end) < 0
        and (text.find("mopper", start, end) < 0)
    ):
        return False  # almost every claim
    found = neg.words(text, start, end)
    verb = next(((a, b) for a, b, w in found if w.lower() in COMPLAINING), None)
    good = [c.start for c in cues if c.sign > 0 and not c.problem and start <= c.start < end]
    if verb is None or not good or min(good) < verb[0]:
        return False
    turns = [a for a, _b, w in found if w.lower() in _TURNS]
    if any(a < verb[0] for a in turns):
        return False  # "…, maar klagen over …": a complaint after a grant
    if text[verb[1] : verb[1] + 2].startswith(":"):
        return True  # "klaagt: '…'": the whole quotation is the complaint
    return not any(a < max(good) for a in turns)  # "klaagden …, maar die zijn opgelost"
