"""A word of dependence ("afhankelijk"): a description of what decides, or a dependence.

"De hoogte is afhankelijk van het inkomen" says what decides a quantity, and "voor
beschermd wonen is de gemeente afhankelijk van de centrumgemeente" how tasks are divided
between municipalities (the Wmo 2015 gives the budget for shelter and sheltered housing to
centre municipalities): neither judges. People or organisations that depend on someone
("inwoners zijn afhankelijk van de bus") are judged to lack something, and so is a
dependence that weighs or grows ("sterk afhankelijk", "steeds meer afhankelijk"). Dutch
puts the object before the word as well as after it: "voor de opvang is de gemeente van
Zuidstad afhankelijk" (ANS 8.4: the "van"-complement of an adjective in the middle field).
General Dutch, with the centre-municipality construction of the Wmo 2015.
"""

from __future__ import annotations

#: Words that make a dependence weigh or grow ("sterk afhankelijk", "steeds meer").
_WEIGHING = frozenset(
    {"sterk", "sterker", "zeer", "erg", "heel", "volledig", "geheel", "helemaal", "totaal",
     "te", "steeds", "meer", "meest", "meeste", "zwaar", "zwaarder", "eenzijdig"}
)  # fmt: skip


def describes(before: list[str], after: list[str], actors: frozenset[str]) -> bool | None:
    """Whether "afhankelijk" between the words ``before`` and ``after`` (of its clause, lower
    case) only describes: None when no "van" names what it depends on (after it, or among
    the three words before it), else False when one of ``actors`` (people or organisations)
    depends or a word makes the dependence weigh, else True.

    Examples
    --------
    >>> people = frozenset({"inwoners", "ouderen"})
    >>> describes(["de", "hoogte", "is"], ["van", "het", "inkomen"], people)
    True
    >>> describes(["is", "de", "gemeente", "van", "zuidstad"], [], people)
    True
    >>> describes(["zijn", "veel", "ouderen", "van", "de", "bus"], [], people)
    False
    >>> describes(["is", "de", "gemeente", "sterk", "van", "zuidstad"], [], people)
    False
    >>> describes(["de", "gemeente", "is"], ["daarvan", "niet"], people) is None
    True
    """
    if after[:1] == ["van"]:
        cut = len(before)
    elif "van" in before[-4:-1]:  # "is de gemeente van X afhankelijk": the subject before "van"
        cut = len(before) - 1 - before[::-1].index("van")
    else:
        return None
    return not (actors.intersection(before[:cut]) or _WEIGHING.intersection(before[-5:]))
