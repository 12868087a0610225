"""Hedged verdicts of spoken Dutch: "redelijk" judges as a predicate, not as a degree word.

"Het contact met de scholen is redelijk", "het gaat redelijk met de toegang": a
hedge said as the predicate is a mild approval (the phrases are tone cues of
``ontology/tone.ttl``: "is redelijk", "gaat redelijk" …). Before an adjective or
an adverb it only measures that word ("het aantal is redelijk groot", "de
wachttijden zijn redelijk lang") and judges nothing of its own; before a participle of
going it judges how it went ("de overgang is redelijk verlopen").
"""

from __future__ import annotations

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
