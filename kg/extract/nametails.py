"""A municipality's name that closes a proper name is part of that name.

Dutch writes a common noun in lower case; a team, council or service written with every
word capitalised ("het Sociaal Team Dalfsen", "de Adviesraad Sociaal Domein Tilburg",
"het Sociaal Wijkteam Soest") is a proper name, and the municipality's name right after
it belongs to that name. The annotation guidelines read a municipality's name inside a
proper name as no mention of its own ("Sociaal Team Barneveld" names the team): the
municipality mention is dropped. The name's mention keeps its span (the rules that read a
team's name, as :func:`kg.extract.definites.bare_teams`, read its type noun at its end).

Only a name of two or more capitalised words counts: one capitalised word may open the
sentence ("Gemeente Almelo, jaarverslag") and a lower-case word ("het sociaal team
Dalfsen") leaves the name open to the plain reading.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "De toegang ligt bij het Sociaal Team Dalfsen."
>>> team = SentenceMention("role/social-team", "role", 24, 36, "Sociaal Team", 0)
>>> town = SentenceMention("municipality/dalfsen", "municipality", 37, 44, "Dalfsen", 0)
>>> [(m.entity, m.text) for m in name_tails(text, [team, town])]
[('role/social-team', 'Sociaal Team')]
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.model import SentenceMention

__all__ = ["name_tails"]

#: The kinds of mention a proper name of an actor may have.
_NAMED_KINDS: frozenset[str] = frozenset({"role", "body", "organisation"})


def _title_cased(name: str) -> bool:
    """Whether ``name`` is two or more words, each opening with a capital.

    Examples
    --------
    >>> _title_cased("Sociaal Team"), _title_cased("sociaal team"), _title_cased("Team")
    (True, False, False)
    """
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def name_tails(text: str, mentions: Sequence[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` without each municipality name that closes a capitalised name.

    Parameters
    ----------
    text : str
        The document text.
    mentions : sequence of SentenceMention
        The mentions so far, in text order.

    Returns
    -------
    list of SentenceMention
        The same mentions, without a municipality mention that follows, after one space, a
        role, body or organisation mention whose words are all capitalised.

    Examples
    --------
    A lower-case team noun is no proper name; the municipality stays:

    >>> from kg.extract.model import SentenceMention
    >>> text = "Het sociaal team Dalfsen werkt goed."
    >>> team = SentenceMention("role/social-team", "role", 4, 16, "sociaal team", 0)
    >>> town = SentenceMention("municipality/dalfsen", "municipality", 17, 24, "Dalfsen", 0)
    >>> len(name_tails(text, [team, town]))
    2
    """
    if not any(m.kind == "municipality" for m in mentions):
        return list(mentions)
    by_end = {m.end: m for m in mentions if m.kind in _NAMED_KINDS and m.sentence is not None}
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.kind != "municipality" or m.sentence is None:
            continue
        name = by_end.get(m.start - 1)
        if name is None or text[name.end : m.start] != " " or not _title_cased(name.text):
            continue
        dropped.add(i)
    return [m for i, m in enumerate(mentions) if i not in dropped]
