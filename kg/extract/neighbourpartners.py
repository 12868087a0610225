"""Cooperation with the neighbours named before: "een gemeenschappelijke regeling met haar
twee buren" gives ``cooperates-with`` between the profile's municipality and each of them.

"buren" and "buurgemeenten" (Van Dale: "aangrenzende gemeenten") with a possessive ("haar",
"zijn", "beide") and no name after them point back to the municipalities the text has already set
beside the profile's as its neighbours (``borders-on``: "ligt tussen A en B", "grenst aan A en
B"); the plural stands for each of them (tests/gold/README.md: "haar twee buren" points back
to the two neighbours named in the sentence before, so ``cooperates-with`` both). The phrase
is read only where its sentence speaks of working together (a joint arrangement,
cooperation, agreements, consultation, sharing), not where it compares ("vergeleken met haar
buren", "dan de buren"). A number before the noun must be the number of neighbours named
("met haar twee buren" after three neighbours names no one of them for sure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.document import Sentence
from kg.extract.model import Relation
from kg.extract.wordtokens import lowered
from kg.vocab import as_relation_type

__all__ = ["gate", "neighbour_partners", "with_neighbours"]

_F = re.IGNORECASE
#: "met haar (twee) buren", "met zijn buurgemeenten", not followed by a name; "met de
#: buurgemeenten" may mean any of them, not those named before.
_WITH = re.compile(
    r"\bmet\s+(?P<det>haar|zijn|hun|onze|beide)\s+(?:(?P<word>[\w-]+)\s+)?(?:buren|buurgemeenten)\b"
    r"(?!\s*,?\s*(?-i:[A-Z]))",
    _F,
)
#: Working together in the sentence: a joint arrangement or body, cooperation, agreements,
#: consultation, sharing, doing something jointly.
_TOGETHER = re.compile(
    r"\b(?:samen\w*|gezamenlijk\w*|gemeenschappelijke?|regeling|afspra\w*|afgesproken"
    r"|overleg\w*|convenant\w*|deelt|delen|deelde|deelden|gedeeld\w*)\b",
    _F,
)
_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}


def gate(low: str) -> bool:
    """Whether the lowered text ``low`` may hold the phrase (a cheap word test).

    Examples
    --------
    >>> gate("met haar twee buren"), gate("met de buurgemeenten"), gate("met de regio")
    (True, True, False)
    """
    return "buren" in low or "buurgemeenten" in low


def with_neighbours(piece: str) -> int | None:
    """The number of neighbours ``piece`` (one sentence) works with as "haar buren": 0 for no
    number, the number when one is given, None when it has no such phrase.

    Examples
    --------
    >>> with_neighbours("Zij heeft een gemeenschappelijke regeling met haar twee buren.")
    2
    >>> with_neighbours("De gemeente werkt met haar buurgemeenten samen in de inkoop.")
    0
    >>> with_neighbours("De gemeente werkt met de buurgemeenten samen in de inkoop.") is None
    True
    >>> with_neighbours("Zij betaalt meer vergeleken met haar buren.") is None
    True
    >>> with_neighbours("Zij werkt samen met de buurgemeenten Epe en Heerde.") is None
    True
    """
    m = _WITH.search(piece)
    if m is None or not _TOGETHER.search(piece):
        return None
    if m.group("det").lower() == "beide":
        return 2
    return _NUMBERS.get((m.group("word") or "").lower(), 0)


def neighbour_partners(text: str, sentences: Sequence[Sentence], relations: dict, own: str) -> None:
    """Add ``cooperates-with`` from ``own`` to each neighbouring municipality (a
    ``borders-on`` object named in an earlier sentence or earlier in the same one) for every
    sentence that works together "met haar buren"; ``relations`` is keyed by
    ``(type, subject, object)``.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> text = "T ligt tussen A en B. T deelt een regeling met haar twee buren."
    >>> sens = [Sentence(0, 0, 21, None, 0), Sentence(1, 22, len(text), None, 0)]
    >>> rels = {("borders-on", "m/t", f"m/municipality/{x}"): Relation(
    ...     as_relation_type("borders-on"), "m/t", f"m/municipality/{x}", 0, 21, 0) for x in "ab"}
    >>> neighbour_partners(text, sens, rels, "m/t")
    >>> sorted(o for (k, s, o) in rels if k == "cooperates-with")
    ['m/municipality/a', 'm/municipality/b']
    """
    # the document's lower case, read once for it (:func:`~kg.extract.wordtokens.lowered`)
    if not gate(lowered(text) or text.lower()):
        return
    for sentence in sentences:
        number = with_neighbours(text[sentence.start : sentence.end])
        if number is None:
            continue
        named = sorted(
            {
                o
                for (kind, s, o), r in relations.items()
                if kind == "borders-on" and s == own and "/municipality/" in o
                if r.start <= sentence.start
            }
        )
        if not named or (number and number != len(named)):
            continue
        for obj in named:
            key = ("cooperates-with", own, obj)
            relations.setdefault(
                key,
                Relation(
                    as_relation_type("cooperates-with"),
                    own,
                    obj,
                    sentence.start,
                    sentence.end,
                    sentence.index,
                ),
            )
