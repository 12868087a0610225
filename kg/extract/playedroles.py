"""A party that plays a large part: "de kerken spelen een grote rol" credits its contribution.

Said of a party (a body, a group, an organisation), "speelt een grote (belangrijke,
centrale) rol" credits what it contributes: positive, as the accounts of local
networks read it ("dorpsraden spelen een grote rol", "vrijwilligers vervullen een
belangrijke rol"). Said of a difficulty or a cost ("de vergrijzing speelt een grote rol",
"de kosten spelen een grote rol") it names a factor and judges nothing: a claim that names a
problem of the taxonomy or a quantity of :mod:`kg.extract.direction` before the verb is
left alone; so is a part denied ("speelt geen grote rol") and one said of a singular noun
("geld speelt een grote rol": a factor; the party is read from a plural head, "kerken",
"vrijwilligers", before the verb or, inverted, after it). Read only of a claim that
nothing else judges (:func:`kg.extract.unjudged.unjudged`).
"""

from __future__ import annotations

import re

from kg.extract.direction import quantity_sign
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import lower_span

#: A form of "spelen" or "vervullen", then within a few words a large part ("een grote rol").
_PART = re.compile(
    r"\b(?:speelt|spelen|speelde|speelden|vervult|vervullen|vervulde|vervulden)\b"
    r"(?P<between>(?:\s+[\w-]+){0,5}?)\s+(?:een\s+)?(?:zeer\s+|heel\s+|erg\s+)?"
    r"(?:grote|belangrijke|centrale|cruciale|voorname|actieve|sleutelrol|stevige|wezenlijke)"
    r"(?:\s+rol\b|(?<=sleutelrol))"
)
#: Words that deny or lessen the part ("geen grote rol", "niet langer een grote rol").
_DENIED = frozenset({"geen", "niet", "nauwelijks", "nooit", "minder"})


def large_part(text: str, start: int, end: int, found: list[Cue]) -> bool:
    """Whether ``text[start:end]`` credits a party with a large part; ``found``: the claim's
    cues (a problem among them names a factor, not a party).

    Examples
    --------
    >>> s = "Dorpsraden spelen een grote rol."
    >>> large_part(s, 0, len(s), [])
    True
    >>> s = "De kosten spelen een grote rol."
    >>> large_part(s, 0, len(s), [])
    False
    >>> s = "De provincie speelt geen grote rol."
    >>> large_part(s, 0, len(s), [])
    False
    """
    low = lower_span(text, start, end)
    if " rol" not in low and "sleutelrol" not in low:
        return False  # most claims
    found_part = _PART.search(low)
    if found_part is None or any(c.problem for c in found):
        return False
    between = found_part.group("between").split()
    if _DENIED.intersection(between) or _DENIED.intersection(low[: found_part.start()].split()):
        return False  # "speelt geen grote rol", "niet de kerken spelen …"
    subject = re.findall(r"[\w-]+", low[: found_part.start()])
    if any(quantity_sign(word) for word in subject + between):
        return False  # "de kosten spelen een grote rol": a factor
    # the party: a plural head before the verb or, inverted, right after it ("daarbij spelen
    # de kerken een grote rol"); a singular mass noun ("geld speelt …") names a factor
    heads = subject[-1:] + between[-1:]
    return any(_plural(word) for word in heads)


def _plural(word: str) -> bool:
    """Whether ``word`` reads as a plural noun of persons or bodies ("kerken", "dorpsraden",
    "vrijwilligers", "corporaties").

    Examples
    --------
    >>> _plural("kerken"), _plural("vrijwilligers"), _plural("geld"), _plural("iedereen")
    (True, True, False, False)
    """
    return len(word) > 4 and word.endswith(_PLURAL_ENDS) and word not in _NOT_PLURAL


#: The endings of a plural noun ("kerken", "moskeeën", "vrijwilligers", "corporaties").
_PLURAL_ENDS = ("en", "ën", "ers", "ies", "s")


#: Words in -en or -s that name no plural party (pronouns, adverbs, quantifiers).
_NOT_PLURAL = frozenset(
    {"iedereen", "niemand", "volgens", "bovendien", "eveneens", "tevens", "misschien",
     "daarbinnen", "binnen", "buiten", "boven", "beneden", "tussen", "sinds", "steeds",
     "telkens", "meestal", "eigenlijk"}
)  # fmt: skip
