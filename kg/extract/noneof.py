"""A count of none: "geen kind kwam zonder zorg te zitten" states the number 0.

"Geen" before a singular noun of people or households ("geen kind", "geen enkele
cliënt", "geen gezin") says how many of them a statement holds for: none. Before any
other noun ("geen sprake", "geen bericht", "geen goede graadmeter") it is a plain
negation, and "geen van de …" names no noun of its own. "Geen enkele" alone, right before a
finite verb, stands for a noun named before it: also none ("geen enkele ging over ons").

Posts and facilities are counted as people are (gold README: "geen" with a count of people or
posts that states how many there are, "nog geen vaste contactpersoon per school", is 0):
"geen" before a noun of a post or a facility, singular or plural, also after one adjective
("nog geen beschutte werkplekken", "geen vaste contactpersoon", "geen voorziening op het
eiland"); "een voorziening treffen" (to make provision) is the idiom, no facility. A place or
a meeting ("plek", "overleg") is counted only after the stressed "geen enkel(e)" ("in geen
enkel overleg", "geen enkele plek gerealiseerd"), a place also after "nog geen" ("nog geen plek
gevonden"): a bare "geen plek voor" or "geen overleg" is a plain negation.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.numbers import Number
from kg.extract.wordtokens import lowered

__all__ = ["none_of"]

#: The singular nouns of people and households a count of none is stated of.
_COUNTED = (
    "kind",
    "jongere",
    "jeugdige",
    "cliënt",
    "client",
    "inwoner",
    "bewoner",
    "oudere",
    "gezin",
    "huishouden",
    "persoon",
    "deelnemer",
    "aanvrager",
)
_NONE = re.compile(
    r"\b(?P<none>geen(?:\s+enkele?)?)\s+(?P<noun>" + "|".join(_COUNTED) + r")\b(?![-\w])",
    re.IGNORECASE,
)

#: The nouns of posts and facilities (singular and plural) a count of none is stated of.
_POSTS = (
    "contactpersoon",
    "contactpersonen",
    "werkplek",
    "werkplekken",
    "arbeidsplaats",
    "arbeidsplaatsen",
    "stageplek",
    "stageplekken",
    "voorziening",
    "voorzieningen",
)
_NONE_POST = re.compile(
    r"\b(?P<none>geen(?:\s+enkele?)?)\s+(?:[a-zë]+e\s+)?(?P<noun>"
    + "|".join(_POSTS)
    + r")\b(?![-\w])(?!\s+(?:getroffen|treffen|te\s+treffen)\b)",
    re.IGNORECASE,
)
#: Places and meetings, counted only after the stressed "geen enkel(e)", places also after
#: "nog geen" (not yet any: "voor beschut werk is nog geen plek gevonden" tells how many
#: places there are, gold README, thirty-ninth session, point 16).
_NONE_STRESSED = re.compile(
    r"(?:\bgeen\s+enkele?\s+(?:[a-zë]+e\s+)?(?:plek|plaats|overleg|bijeenkomst)"
    r"|(?<=\bnog\s)geen\s+(?:[a-zë]+e\s+)?(?:plek|plaats))\b(?![-\w])",
    re.IGNORECASE,
)

#: "geen enkele" standing for a noun named before it ("Elke maand een nieuwe regeling, en geen
#: enkele werkte"): right before a finite verb of a short closed list or a punctuation mark.
_NONE_ALONE = re.compile(
    r"\b(?P<none>geen\s+enkele)(?=\s*[,.;:!?”’\"')]|\s+(?:is|was|zijn|waren|ging|gaat|gingen"
    r"|kwam|komt|kwamen|werd|wordt|werden|had|heeft|hadden|kan|kon|konden|zal|zou|wil|wilde"
    r"|bleek|blijkt|bleef|blijft|werkte|werkt|hielp|helpt|paste|past|voldeed|voldoet)\b)",
    re.IGNORECASE,
)


def none_of(text: str, start: int, end: int) -> list[Number]:
    """The counts of none in ``text[start:end]``: ``Number`` 0 spanning "geen" and its noun
    (form ``none``: the noun is its own, no measure of the words around it).

    Examples
    --------
    >>> s = "Er is gezorgd dat geen kind zonder zorg kwam te zitten."
    >>> [(s[n.start : n.end], n.value, n.unit) for n in none_of(s, 0, len(s))]
    [('geen kind', Decimal('0'), 'count')]
    >>> none_of("Daarvan is geen sprake; geen kindermishandeling.", 0, 48)
    []
    >>> s = "Er kwamen tien voorstellen, maar geen enkele werd aangenomen."
    >>> [(s[n.start : n.end], n.value) for n in none_of(s, 0, len(s))]
    [('geen enkele', Decimal('0'))]
    >>> s = "Op de scholen is nog geen vaste contactpersoon en geen enkele plek vrij."
    >>> [(s[n.start : n.end], n.value) for n in none_of(s, 0, len(s))]
    [('geen vaste contactpersoon', Decimal('0')), ('geen enkele plek', Decimal('0'))]
    >>> none_of("Er is geen plek voor overleg; er is geen voorziening getroffen.", 0, 63)
    []
    """
    low = lowered(text)
    if (low.find("geen", start, end) if low is not None else text.lower().find("geen")) < 0:
        return []  # most sentences: no "geen" (the document's lower case is read once)
    found = [
        Number(m.start(), m.end(), Decimal(0), "count", "none")
        for m in _NONE.finditer(text, start, end)
    ]
    for pattern in (_NONE_ALONE, _NONE_POST, _NONE_STRESSED):
        found += [
            Number(m.start(), m.end(), Decimal(0), "count", "none")
            for m in pattern.finditer(text, start, end)
        ]
    return sorted(found, key=lambda n: n.start) if len(found) > 1 else found
