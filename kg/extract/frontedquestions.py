"""An open question put first: "Of X …, is de vraag" doubts that X will hold.

A sentence that opens with an indirect question and goes on with "is (…) de vraag"
("Of de gemeente die keuze kan volhouden, is de vraag", "Of de raad dat aandurft, is
voor velen de vraag") puts in doubt that what the question asks will hold or happen,
as "het is de vraag of …" and "betwijfelt" do: negative (tests/gold/README.md,
twenty-ninth session, point 3). A question that holds a negator ("Of het niet te laat
is, …") doubts a bad outcome and judges nothing; other words after the question ("moet
nog blijken", "hangt af van …") say the outcome is not yet known and judge nothing
either. General Dutch grammar (a fronted "of" clause as the subject of "is de vraag").
"""

from __future__ import annotations

from kg.extract import negation as neg

#: Copulas of "is de vraag" (Van Dale "vraag": "het is de vraag of …", "dat blijft de vraag").
_IS = frozenset({"is", "blijft", "was", "bleef"})


def doubted(text: str, asked: tuple[int, int], end: int) -> bool:
    """Whether the clause after the opening question ``asked`` (its "of" … up to its comma)
    says "is (…) de vraag" of it, up to ``end``, and the question holds no negator.

    Examples
    --------
    >>> s = "Of de raad die keuze aandurft, is de vraag die boven de tafel hangt."
    >>> doubted(s, (0, s.index(",")), len(s))
    True
    >>> s = "Of de raad die keuze aandurft, is voor velen de vraag."
    >>> doubted(s, (0, s.index(",")), len(s))
    True
    >>> s = "Of de raad die keuze niet te laat maakt, is de vraag."
    >>> doubted(s, (0, s.index(",")), len(s))
    False
    >>> s = "Of het werkt, moet nog blijken."
    >>> doubted(s, (0, s.index(",")), len(s))
    False
    """
    after = [w for _, _, w in neg.words(text, asked[1], end)]
    if not after or after[0] not in _IS:
        return False
    if not any(after[i : i + 2] == ["de", "vraag"] for i in range(1, min(len(after), 6))):
        return False
    return neg.NEGATORS.isdisjoint(w for _, _, w in neg.words(text, *asked))
