"""The shapes of words and names that mark an organisation's name and its acronym.

An acronym is a word of capitals ("OZJT", "ISD"; one lower-case letter inside at
most); a brand-like word has an inner capital after a lower-case letter
("NedCar"); a name's acronym is the initials of its capitalised words, also of the
parts of a hyphenated word, with or without its first word (a type head such as
"Samenwerkingsverband" is often left out of it).
"""

from __future__ import annotations

__all__ = ["acronym_of", "acronyms_of", "is_acronym", "is_camel"]


def is_acronym(word: str) -> bool:
    """A word of capitals, one lower-case letter inside at most.

    Examples
    --------
    >>> is_acronym("OZJT"), is_acronym("GGDs"), is_acronym("Salut")
    (True, False, False)
    """
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and sum(c.isupper() for c in letters) >= len(letters) - 1
        and (letters[0].isupper() and letters[-1].isupper())
    )


def is_camel(word: str) -> bool:
    """A word with an inner capital after a lower-case letter (``NedCar``, not ``IJssel``)."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def acronym_of(long_words: list[str]) -> str:
    """The initials of the capitalised words.

    Examples
    --------
    >>> acronym_of(["Organisatie", "voor", "Zorg", "en", "Jeugdhulp", "Twente"])
    'OZJT'
    """
    return "".join(w[0] for w in long_words if w[:1].isupper())


def acronyms_of(name: str) -> tuple[str, ...]:
    """The acronyms a name may be shortened to: the initials of its words, also of the
    parts of a hyphenated word, with or without its first word (a type head such as
    "Samenwerkingsverband" is often left out).

    Examples
    --------
    >>> acronyms_of("Sociale Dienst Midden-Twente")
    ('SDM', 'SDMT', 'DM', 'DMT')
    >>> acronyms_of("Samenwerkingsverband Sociaal Domein Fryslân")[-1]
    'SDF'
    """
    words = name.split()
    parts = [p for w in words for p in w.split("-")]
    out: tuple[str, ...] = (acronym_of(words), acronym_of(parts))
    if len(words) > 2:
        rest = words[1:]
        out += (acronym_of(rest), acronym_of([p for w in rest for p in w.split("-")]))
    return out
