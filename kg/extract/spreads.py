"""Spreads that judge nothing: "verdeeld over drie teams", "de leeftijden lopen uiteen".

The words of divided judgement of ``ontology/tone.ttl`` (``polarity:mixed``: "is
verdeeld over", "lopen uiteen", "wisselt sterk") also describe how things are spread
over units or a range: "de taken zijn verdeeld over drie teams", "de leeftijden lopen
uiteen van 18 tot 90 jaar", "het aantal cliënten wisselt sterk per week". A clause
whose subject is a noun of quantity ("het aantal", "de leeftijden"), that varies "per"
unit with no noun of views or results ("de openingstijden lopen per kern uiteen"), or in which
"verdeeld" is counted out ("over drie teams"), describes such a spread, not opinions
or results that diverge ("de meningen zijn verdeeld over het voorstel", "de ervaringen
lopen uiteen", "de opkomst wisselt sterk, van zestig tot twintig mensen": a result
that varies is judged both ways, figures or not).
"""

from __future__ import annotations

from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.wordtokens import words

#: Number words that count (the article "een" does not).
_COUNTING = frozenset(WORD_NUMBERS) - {"een", "eén", "één"}
#: Prepositions of a spread over units ("verdeeld over", "verdeeld in").
_PREPOSITIONS = frozenset({"over", "in", "onder"})
#: Nouns of quantity: a spread of a figure ("het aantal … wisselt sterk").
_QUANTITIES = frozenset(
    {"aantal", "aantallen", "percentage", "percentages", "aandeel", "bedrag", "bedragen",
     "cijfers", "leeftijd", "leeftijden", "omvang"}
)  # fmt: skip
#: Nouns of views and results: what varies "per" unit among these is still judged both
#: ways ("de ervaringen verschillen per wijk").
_JUDGED = frozenset(
    {"mening", "meningen", "ervaring", "ervaringen", "oordeel", "oordelen", "opvatting",
     "opvattingen", "reactie", "reacties", "geluiden", "standpunten", "gevoelens",
     "verwachtingen", "resultaten", "opkomst", "tevredenheid", "kwaliteit"}
)  # fmt: skip


def spread(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause names a noun of quantity, or counts out a "verdeeld".

    Parameters
    ----------
    text : str
        The cleaned text.
    clause : tuple of int
        The span of the clause of a word of divided judgement.

    Returns
    -------
    bool

    Examples
    --------
    >>> s = "De taken zijn verdeeld over drie teams."
    >>> spread(s, (0, len(s)))
    True
    >>> s = "De raad was verdeeld over het voorstel."
    >>> spread(s, (0, len(s)))
    False
    >>> s = "De leeftijden lopen uiteen van 18 tot 90 jaar."
    >>> spread(s, (0, len(s)))
    True
    >>> s = "De opkomst wisselt sterk, van zestig tot twintig mensen."
    >>> spread(s, (0, len(s)))
    False
    >>> s = "De openingstijden lopen per kern uiteen."
    >>> spread(s, (0, len(s)))
    True
    >>> s = "De ervaringen verschillen per wijk."
    >>> spread(s, (0, len(s)))
    False
    """
    found = [w for _a, _b, w in words(text, *clause)]
    if not _QUANTITIES.isdisjoint(found):
        return True
    if "per" in found and _JUDGED.isdisjoint(found):
        return True  # varies over units ("de openingstijden lopen per kern uiteen")
    if "verdeeld" not in found:
        return False
    after = found[found.index("verdeeld") + 1 :][:3]  # "verdeeld over (de) drie teams"
    if not after or after[0] not in _PREPOSITIONS:
        return False
    counted = after[2:3] if after[1:2] in (["de"], ["het"]) else after[1:2]
    return bool(counted) and _counts(counted[0])


def _counts(word: str) -> bool:
    """Whether a word is a figure or a number word that counts."""
    return word in _COUNTING or word[:1].isdigit()
