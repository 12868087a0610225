"""Wishes: what someone wants to be the case judges nothing of what is.

"De gemeente wil graag dat inwoners meer zelf doen", "de wethouder hoopt dat de
samenwerking beter wordt": the clause after the wish says what is wanted, not how
things go, so its words of approval or difficulty are no verdict. (A wish in the
conditional for a good, "zouden graag zien dat de teams beter bereikbaar zijn", says
the good is lacking now: :mod:`kg.extract.conditionalwishes`.) The wish reaches from its verb to
the first turn ("maar", "echter", "toch") or a colon or semicolon, after which the
claim states again ("…, maar dat is lastig").

A wish to do something ("het college wil de monitor aanvullen") is an intention,
read elsewhere (:mod:`kg.extract.implied`); only a wish with a "dat"-clause, or a hope
for something ("hoopt op een snelle besluitvorming"), is read here. A wish in the past
that was not fulfilled ("had graag gezien dat") is a counterfactual, a tone cue of its
own, and is not matched.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search

#: A wish that opens a "dat"-clause: a form of "willen", "hopen" or "wensen" with at most
#: three words before "dat" ("wil graag dat", "hopen van harte dat"), or "graag zien dat".
#: A wish to prevent ("wil voorkomen dat …") names a risk, a problem stated, and "wil zeggen
#: dat" means "means that": neither is matched.
#: Every match opens with one of a few words, so a word gate
#: (:func:`kg.extract.cueless.gates`) skips the claims without them.
WISH = re.compile(
    r"\b(?:wil|wilt|willen|wilde|wilden|hoop|hoopt|hopen|hoopte|hoopten|wens|wenst|wensen|"
    r"wenste|wensten)\s+"
    r"(?:(?!voorkomen\b|vermijden\b|tegengaan\b|verhinderen\b|zeggen\b)\w+\s+){0,3}?dat\s"
    r"|\b(?:zie|ziet|zien|zag|zagen)\s+(?:\w+\s+){0,2}?graag\s+dat\s"
    r"|\bgraag\s+zien\s+dat\s"
    # a hope for something ("hoopt op een snelle besluitvorming")
    r"|\b(?:hoop|hoopt|hopen|hoopte|hoopten)\s+(?:\w+\s+){0,2}?op\s"
    # a wish for more of something ("willen meer grip op de kosten": what is wanted)
    # (also after an inverted subject: "willen raadsleden meer grip")
    r"|\b(?:wil|wilt|willen|wilde|wilden)\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,2}?meer\s",
    re.IGNORECASE,
)
#: Words that end what a wish governs: a turn to what is the case.
_WISH_ENDS = re.compile(r"[;:]|\b(?:maar|echter|toch|helaas|alleen)\b", re.IGNORECASE)


def wished(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that say what someone wishes (the "dat"-clauses).

    Examples
    --------
    >>> s = "De gemeente wil graag dat inwoners meer zelf doen, maar dat is lastig."
    >>> [s[a:b] for a, b in wished(s, 0, len(s))]
    ['inwoners meer zelf doen, ']
    >>> s = "Ambtenaren zien dat de vraag toeneemt."
    >>> wished(s, 0, len(s))
    []
    """
    spans = []
    pos = start
    while (m := search(WISH, text, pos, end)) is not None:
        stop = _WISH_ENDS.search(text, m.end(), end)
        last = stop.start() if stop else end
        spans.append((m.end(), last))
        pos = max(last, m.end())
    return spans


def without_wishes(text: str, start: int, end: int, cues: list) -> list:
    """The cues of the claim without those in what it says someone wishes.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list
        Objects with ``start`` (:class:`kg.extract.toneframes.Cue`).

    Returns
    -------
    list
        The cues outside every wished clause, in their order.

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Men hoopt dat de samenwerking beter wordt."
    >>> at = s.index("beter")
    >>> without_wishes(s, 0, len(s), [Cue(at, at + 5, 1)])
    []
    >>> s = "Men is tevreden."
    >>> len(without_wishes(s, 0, len(s), [Cue(7, 15, 1)]))
    1
    """
    spans = wished(text, start, end)
    if not spans:
        return cues
    return [c for c in cues if not any(a <= c.start < b for a, b in spans)]
