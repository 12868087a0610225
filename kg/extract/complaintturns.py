"""A turn after a complaint: "A, maar B" where A complains and B names no judgement.

A contrast word after approval with nothing judged after it turns against the approval
("Huisartsen zijn tevreden, maar missen een aanspreekpunt": mixed). After a complaint
the same turn most often goes on with it: "Wij dragen de meeste kosten, maar hebben één
stem", "de aanpak staat op papier, maar de geldstromen blijven gescheiden" set a second
grievance against the first, not a good side, so the claim stays negative. Two readings
keep the claim mixed: a concession before the turn ("er is wel geïnvesteerd, maar …")
grants something, and a question after it ("…, maar is dat terecht?") leaves the
verdict open.
"""

from __future__ import annotations

from kg.extract import negation as neg

#: Words that grant something before a turn ("wel", "weliswaar").
_GRANTING = frozenset({"wel", "weliswaar"})


def goes_on(text: str, start: int, end: int, turn: int, complained: bool) -> bool:
    """Whether a turn at ``turn`` goes on with the complaint before it (``complained``:
    a judgement word before the turn judged negative and none positive).

    Examples
    --------
    >>> s = "Wij dragen de meeste kosten, maar hebben maar één stem."
    >>> goes_on(s, 0, len(s), s.index("maar"), True)
    True
    >>> s = "Er is wel geïnvesteerd in de teams, maar het blijven kleine teams."
    >>> goes_on(s, 0, len(s), s.index("maar"), True)
    False
    >>> s = "Er blijft geld op de plank liggen, maar is dat erg?"
    >>> goes_on(s, 0, len(s), s.index("maar"), True)
    False
    """
    if not complained:
        return False
    if text.find("?", turn, end) >= 0:
        return False  # a question after the turn leaves the verdict open
    return _GRANTING.isdisjoint(w for _, _, w in neg.words(text, start, turn))
