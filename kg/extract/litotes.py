"""Understatement (litotes): a negator that denies only a smallness or an "on-" adjective.

"Geen kleine prestatie" is a large achievement, "niet onbelangrijk" important,
"geen geringe uitdaging" a large challenge: the negator denies the word right
after it, and the two together affirm. Such a negator neither negates the words
further on (:func:`kg.extract.negation.negated`) nor makes the clause a bare
negation (:func:`kg.extract.negation.bare_negation`); what the phrase affirms is
judged by its own words ("prestatie", "uitdaging") or, for the fixed phrases,
by ``ontology/tone.ttl``.

"Niet zonder schade" is the same figure with "zonder": a negator right before "zonder"
denies the absence, so the two affirm what "zonder" names ("niet zonder risico" is
risky, "nooit zonder slag of stoot" always a struggle): :func:`denied_without`. After
"kunnen" it is a need, no understatement ("kan niet zonder goede afspraken": cannot do
without them), and the negation stands.
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


#: Negators that, right before "zonder", deny the absence it states ("niet zonder schade").
_BEFORE_WITHOUT = frozenset({"niet", "nooit"})
#: Forms of "kunnen": "kan niet zonder" is "cannot do without", a need.
_CAN = frozenset({"kan", "kunnen", "kon", "konden", "kunt", "gekund"})


def denied_without(near: list[str] | tuple[str, ...]) -> bool:
    """Whether the negators among the words ``near`` (the words before a judgement, in
    order) are only a "niet" or "nooit" right before "zonder": an understatement that
    affirms what "zonder" names ("verliep niet zonder schade": there was damage).

    Examples
    --------
    >>> denied_without("verliep niet zonder".split()), denied_without("ging nooit zonder".split())
    (True, True)
    >>> denied_without("bleef zonder".split()), denied_without("niet vaak zonder".split())
    (False, False)
    >>> denied_without("geen kind bleef zonder".split())
    False
    >>> denied_without("kan niet zonder".split()), denied_without("kunnen het niet zonder".split())
    (False, False)
    """
    negators = [i for i, w in enumerate(near) if w in _BEFORE_WITHOUT or w == "zonder"]
    if len(negators) != 2 or near[negators[1]] != "zonder" or not _CAN.isdisjoint(near):
        return False
    return near[negators[0]] in _BEFORE_WITHOUT and negators[1] == negators[0] + 1
