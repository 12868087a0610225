"""A surplus reported with its amount (and where it went): a result in figures, no judgement.

"Culemborg sloot 2015 af met een overschot van € 0,9 miljoen op het sociaal domein, dat
volledig in een reserve is gestort." gives the year's result and the reserve it went to,
with no evaluation, reason, contrast or problem: data, not a finding (tests/gold/README.md,
thirty-first session's settlement, decision 20). The word "overschot" is the only tone
such a sentence has; read as the result's name it gives no polarity. The same holds for the
surplus alone ("Het sociaal domein sloot 2015 af met een overschot van € 1,1 miljoen,
vooral op de Wmo.", boxtel): the guideline's figures with no evaluation (a surplus is no
problem of the taxonomy, unlike a "tekort", a deficit). A sentence on the reserve with no
amount, a decision of the council or one with a purpose or a speaker stays a finding (the
cues or the claim's voice say so). Inside a speaker's account such a result with its amount
is a plain fact of the year's accounts, not the speaker's (:func:`surplus_result`; gold
README, twenty-seventh session, decision 2: plain facts inside a speaker's paragraph are the
authors').
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold

#: A surplus with its amount ("een overschot van € 0,9 miljoen").
_SURPLUS = re.compile(r"\boverschot\s+van\s+(?:€\s*)?\d", re.IGNORECASE)
#: The word every match of :data:`_SURPLUS` holds, for :func:`kg.extract.prefixscan.may_hold`.
_WORD = ("overschot",)
#: What would make it more than a result: a reason, a contrast, a judgement of the amount.
_MORE = re.compile(
    r"\b(?:doordat|omdat|dankzij|maar|echter|terwijl|hoewel|juist|toch|helaas|gelukkig)\b",
    re.IGNORECASE,
)


def surplus_result(text: str) -> bool:
    """Whether a sentence ``text`` only reports a surplus with its amount: no reason, no
    contrast, no deficit beside it.

    Examples
    --------
    >>> surplus_result("De Wmo sloot 2016 af met een overschot van € 0,8 miljoen.")
    True
    >>> surplus_result("Er was een overschot van € 2 miljoen, maar ook een tekort.")
    False
    >>> surplus_result("Het overschot is volgens de wethouder een meevaller.")
    False
    """
    if not may_hold(text, _WORD):
        return False
    return (
        _SURPLUS.search(text) is not None
        and _MORE.search(text) is None
        and _DEFICIT.search(text) is None
    )


#: A deficit beside the surplus: a problem named, so a finding.
_DEFICIT = re.compile(r"\btekort", re.IGNORECASE)


def reserved_surplus(text: str, start: int, cues) -> bool:  # noqa: ANN001
    """Whether a sentence ``text`` at ``start`` only reports a surplus with its amount (and
    the reserve it went to): its tone ``cues`` all lie on the word "overschot", and nothing
    gives a reason or a contrast.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "De gemeente sloot af met een overschot van € 1 miljoen, dat in een reserve ging."
    >>> at = s.index("overschot")
    >>> reserved_surplus(s, 0, [N(start=at - 4, end=at + 9)])  # "een overschot"
    True
    >>> s = "Er was een overschot van € 1 miljoen, dat in een reserve ging, doordat de zorg daalde."
    >>> at = s.index("overschot")
    >>> reserved_surplus(s, 0, [N(start=at, end=at + 9)])
    False
    >>> s = "Er was een overschot van € 1 miljoen."
    >>> reserved_surplus(s, 0, [N(start=s.index("overschot"), end=s.index("overschot") + 9)])
    True
    """
    if not may_hold(text, _WORD):
        return False  # every match of _SURPLUS holds the word (most claims: none)
    surplus = _SURPLUS.search(text)
    if surplus is None or _MORE.search(text):
        return False
    lo = start + surplus.start()
    hi = lo + len("overschot")
    # the cue may take the article with it ("een overschot")
    return all(c.start < hi and lo < c.end and c.end <= hi for c in cues)
