"""Procedures named by a verb whose particle stands apart: "koopt … in", "stuurt op".

A separable verb splits in a main clause: its finite form stands second and its
particle at the end of the clause ("De gemeente koopt de jeugdhulp in via de regio",
ANS 11.2); a verb with a governing preposition keeps the preposition in its clause,
before or after it ("Het college stuurt op cijfers", "op hoofdlijnen sturen"). The
joined forms ("ingekocht") name their procedure through
``kg/data/topic-nominalisations.txt``; this module reads the split ones, listed with
their noun in ``kg/data/topic-separated-verbs.txt``.
"""

from __future__ import annotations

from functools import lru_cache

from kg.datafiles import DATA

Words = list[tuple[int, int, str]]

#: Characters between two words that close a clause.
_BREAKS = frozenset(',;:()–—?!"“”')
#: Words a split particle may stand before: a preposition or a conjunction opening
#: what follows the clause ("koopt in via de regio", "stuurt niet mee, maar").
_AFTER_PARTICLE = frozenset(
    {"via", "bij", "voor", "met", "van", "samen", "en", "of", "maar", "omdat", "want", "dan",
     "als", "zodat", "terwijl", "nadat", "door", "op", "per", "tegen", "namens", "sinds"}
)  # fmt: skip


@lru_cache(maxsize=1)
def separated_verbs() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Verb form → (particle, noun, is a particle) of each listed procedure
    (``kg/data/topic-separated-verbs.txt``).

    >>> separated_verbs()["koopt"]
    (('in', 'inkoop', True),)
    """
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for line in (DATA / "topic-separated-verbs.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, particle, noun, kind = (part.strip() for part in line.split("|"))
        for form in forms.split():
            out.setdefault(form, []).append((particle, noun, kind == "particle"))
    return {form: tuple(entries) for form, entries in out.items()}


#: The table, asked of every word of a claim.
SEPARATED = separated_verbs()


def _clause(words: Words, k: int, text: str) -> tuple[int, int]:
    """Indices of the first and last word of the clause word ``k`` stands in."""
    first = k
    while first > 0 and not _BREAKS.intersection(text[words[first - 1][1] : words[first][0]]):
        first -= 1
    last = k
    while last + 1 < len(words) and not _BREAKS.intersection(
        text[words[last][1] : words[last + 1][0]]
    ):
        last += 1
    return first, last


def separated_noun(words: Words, k: int, text: str) -> str | None:
    """The procedure word ``k`` names with its particle or preposition standing apart in
    its clause, or None (see the module's docstring).

    >>> from kg.extract.dutchwords import tokens
    >>> s = "De gemeente koopt de jeugdhulp in via de regio."
    >>> separated_noun(tokens(s), 2, s)
    'inkoop'
    >>> s = "De gemeente koopt zorg in de regio."
    >>> separated_noun(tokens(s), 2, s) is None
    True
    >>> s = "Raadsleden vinden dat het college te veel op geld stuurt."
    >>> separated_noun(tokens(s), 9, s)
    'sturing'
    """
    entries = SEPARATED.get(words[k][2].lower())
    if not entries:
        return None
    first, last = _clause(words, k, text)
    for particle, noun, is_particle in entries:
        for j in range(k + 1, last + 1) if is_particle else range(first, last + 1):
            if j == k or words[j][2].lower() != particle:
                continue
            after = words[j + 1][2] if j < last else ""
            if is_particle and after and after.lower() not in _AFTER_PARTICLE:
                continue  # a preposition with its noun phrase: "koopt zorg in de regio"
            if not is_particle and text[words[j][1] : words[j][1] + 2].strip()[:1].isdigit():
                continue  # a date: "stuurt op 1 november een overzicht"
            return noun
    return None
