"""Hedged verdicts of spoken Dutch: "redelijk" judges as a predicate, not as a degree word.

"Het contact met de scholen is redelijk", "het gaat redelijk met de toegang": a
hedge said as the predicate is a mild approval (the phrases are tone cues of
``ontology/tone.ttl``: "is redelijk", "gaat redelijk" …). Before an adjective or
an adverb it only measures that word ("het aantal is redelijk groot", "de
wachttijden zijn redelijk lang") and judges nothing of its own; before a participle of
going it judges how it went ("de overgang is redelijk verlopen").

"Voorzichtig" closing its clause as the predicate of a stance ("Over de houdbaarheid is
het college voorzichtig.", "De ambtenaren zijn voorzichtiger.") withholds a verdict
either way, a divided judgement (:func:`reserved_stance`); before another word it is a
degree ("voorzichtig optimistisch") or a manner ("voorzichtig begonnen") and says nothing
of its own.
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

#: Hedged verdicts that are degree words before an adjective ("is redelijk groot").
HEDGES = frozenset({"redelijk"})
#: Words after which a hedge has closed its predicate ("het gaat redelijk met de toegang").
_PREDICATE_ENDS = frozenset(
    {"met", "en", "maar", "om", "te", "al", "want", "omdat", "dat", "of", "tot", "op", "in",
     "bij", "voor", "van", "over", "door", "volgens", "naar", "sinds", "nu", "inmiddels",
     # a participle of going that the hedge judges ("is redelijk verlopen")
     "verlopen", "gegaan", "gelopen", "gelukt"}
)  # fmt: skip


def degree_of(phrase: str, after: list[str]) -> bool:
    """Whether a phrase cue ends in a hedge that is the degree word of the word after it.

    Parameters
    ----------
    phrase : str
        The cue's phrase, lower case ("is redelijk").
    after : list of str
        The words of its clause after it, lower case.

    Returns
    -------
    bool

    Examples
    --------
    >>> degree_of("is redelijk", ["groot"]), degree_of("is redelijk", [])
    (True, False)
    >>> degree_of("gaat redelijk", ["met", "de", "toegang"]), degree_of("is goed", ["genoeg"])
    (False, False)
    """
    return phrase.rsplit(" ", 1)[-1] in HEDGES and bool(after) and after[0] not in _PREDICATE_ENDS


#: The words of a cautious stance (a claim-level word gate).
CAUTIOUS_WORDS = frozenset({"voorzichtig", "voorzichtiger"})
#: "voorzichtig(er)" closing its clause.
_CAUTIOUS_CLOSING = re.compile(r"\bvoorzichtig(?:er)?(?=\s*[.,;:!?]|\s*$)", re.IGNORECASE)


def reserved_stance(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim with a cautious stance as its predicate added as divided (sign 0).

    Examples
    --------
    >>> s = "Over de financiën is de wethouder voorzichtig."
    >>> [(s[c.start:c.end], c.sign) for c in reserved_stance(s, 0, len(s), [])]
    [('voorzichtig', 0)]
    >>> reserved_stance("De raad is voorzichtig optimistisch.", 0, 36, [])
    []
    """
    found = _CAUTIOUS_CLOSING.search(text, start, end)
    if found is None:
        return cues
    return [*cues, Cue(found.start(), found.end(), 0)]
