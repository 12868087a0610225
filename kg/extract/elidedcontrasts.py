"""Elided contrasts: "in de ene wijk werkt het goed, in de andere minder".

Dutch sets one case against another with "de/het ene … , de/het andere …" and often
leaves out the second verdict but for a word that limits or denies it: "het ene dorp
is actief, het andere nauwelijks", "in de ene wijk werkt het team goed, in de andere
minder". The first clause judges; the elided second one takes that judgement back
for the other case, so the claim is judged both ways.
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in

#: Words that open the other case ("de andere", "in het andere", "bij de andere").
_OTHER = frozenset({"andere", "anderen"})
#: Words that limit or deny the elided verdict for the other case.
_LIMITING = frozenset({"minder", "niet", "nauwelijks", "amper", "slechter", "weinig", "nooit"})
#: Words that may stand in the elided clause besides those.
_FRAME = frozenset({"in", "bij", "voor", "op", "de", "het", "andere", "anderen", "veel", "wat",
                    "iets", "een", "stuk", "juist", "helemaal", "nog", "duidelijk"})  # fmt: skip


def elided(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a later clause sets "de/het andere" against an earlier "ene" with only a
    limiting word for its verdict.

    Parameters
    ----------
    text : str
        The cleaned text.
    spans : list of tuple of int
        The claim's clauses.

    Returns
    -------
    bool

    Examples
    --------
    >>> s = "In de ene wijk werkt het team goed, in de andere minder."
    >>> elided(s, neg.clauses(s, 0, len(s)))
    True
    >>> s = "De ene aanbieder werkt goed, de andere is nieuw en moet nog wennen."
    >>> elided(s, neg.clauses(s, 0, len(s)))
    False
    """
    if len(spans) < 2 or not may_hold_in(text, spans[0][0], spans[-1][1], (" ene ",)):
        return False  # most claims: the document's lower-case text is searched
    seen_one = False
    for clause in spans:
        found = [w for _a, _b, w in neg.words(text, *clause)]
        if seen_one and not _OTHER.isdisjoint(found[:3]):
            rest = set(found)
            if rest <= _FRAME | _LIMITING and not _LIMITING.isdisjoint(rest):
                return True
        seen_one = seen_one or "ene" in found
    return False
