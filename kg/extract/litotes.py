"""Understatement (litotes): a negator that denies only a smallness or an "on-" adjective.

"Geen kleine prestatie" is a large achievement, "niet onbelangrijk" important,
"geen geringe uitdaging" a large challenge: the negator denies the word right
after it, and the two together affirm. Such a negator neither negates the words
further on (:func:`kg.extract.negation.negated`) nor makes the clause a bare
negation (:func:`kg.extract.negation.bare_negation`); what the phrase affirms is
judged by its own words ("prestatie", "uitdaging") or, for the fixed phrases,
by ``ontology/tone.ttl``.
"""

from __future__ import annotations

#: Words of smallness that a negator before them denies alone ("geen geringe uitdaging",
#: "geen kleine prestatie"): an understatement that says the thing is large.
_SMALL = frozenset({"klein", "kleine", "gering", "geringe"})
#: Endings of adjectives (an "on-" adjective negated is an understatement: "niet
#: onbelangrijk", "niet ondenkbaar", "niet onaardig").
_ADJECTIVE_ENDS = ("lijk", "rijk", "ig", "baar", "zaam")
#: "on-" adjectives that end otherwise ("niet ongewoon", "niet onterecht").
_UN_ADJECTIVES = frozenset({"ongewoon", "onterecht", "onbekend", "ongebruikelijk", "onlogisch"})


def litotes(after: list[str] | tuple[str, ...]) -> bool:
    """Whether the words right after a negator make an understatement (litotes).

    "Geen kleine prestatie" and "niet onbelangrijk" deny a smallness or an "on-"
    adjective: together they affirm (a large achievement, important), and deny
    nothing of the clause. A negator before such a word does not reach past it.

    Examples
    --------
    >>> litotes(["geringe", "uitdaging"]), litotes(["onbelangrijk"]), litotes(["ondenkbaar"])
    (True, True, True)
    >>> litotes(["ontvangen"]), litotes(["goed"]), litotes([])
    (False, False, False)
    """
    if not after:
        return False
    word = after[0]
    if word in _SMALL or word in _UN_ADJECTIVES:
        return True
    return (
        word.startswith("on")
        and not word.startswith(("ont", "onder", "ons", "onze"))
        and word.endswith(_ADJECTIVE_ENDS)
    )
