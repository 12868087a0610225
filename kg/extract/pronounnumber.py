"""A plural pronoun with a plural verb takes up a plural group, not a single body.

Dutch "zij" and "ze" are both the plural "they" and the singular "she"; the finite verb
after them tells which ("Zij wijzen erop" against "Zij wijst erop"). A sentence that opens
with "Zij"/"Ze" and a plural verb cannot take up a subject named by a singular noun ("Het
werkbedrijf wil …, maar raadsleden betwijfelen dat. Zij wijzen erop dat …": the council
members, not the werkbedrijf). General Dutch agreement, read from the verb's ending: a plural
finite verb ends in "-en" ("wijzen", "vinden", "hebben", "waren") or is "zijn".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.turnforms import plural

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kg.extract.model import SentenceMention

__all__ = ["number_disagrees", "plural_ones", "plural_they", "singular_subject"]

#: "Zij"/"Ze" opening a sentence, then a plural finite verb ("Zij wijzen", "Ze zijn").
_PLURAL_THEY = re.compile(r"^\W*(?:zij|ze)\s+(?:zijn|[a-zà-ÿ]+en)\b", re.IGNORECASE)


def plural_they(text: str) -> bool:
    """Whether ``text`` opens with "Zij"/"Ze" and a plural finite verb.

    Examples
    --------
    >>> plural_they("Zij wijzen erop dat de bijdrage daalt.")
    True
    >>> plural_they("Ze zijn kritisch."), plural_they("Zij wijst erop dat het daalt.")
    (True, False)
    >>> plural_they("Ze heeft het gemeld.")
    False
    """
    return _PLURAL_THEY.match(text) is not None


def singular_subject(text: str, subject: str, mentions: Iterable[SentenceMention]) -> bool:
    """Whether a plural "Zij"/"Ze" that opens ``text`` cannot take up ``subject``: every
    mention of it among ``mentions`` (those of the sentence before) is a singular noun.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> body = [M("body/werkbedrijf", "body", 4, 15, "werkbedrijf", 0)]
    >>> singular_subject("Zij wijzen erop dat het daalt.", "body/werkbedrijf", body)
    True
    >>> singular_subject("Het werkbedrijf wijst erop.", "body/werkbedrijf", body)
    False
    >>> gps = [M("role/gp", "role", 0, 10, "Huisartsen", 0)]
    >>> singular_subject("Zij wijzen erop dat het daalt.", "role/gp", gps)
    False
    """
    if not plural_they(text):
        return False
    named = [m for m in mentions if m.entity == subject]
    return bool(named) and not any(plural(m.text) for m in named)


def number_disagrees(
    text: str, subject: str, mentions: Iterable[SentenceMention], singular_pronoun: bool
) -> bool:
    """Whether the pronoun that opens ``text`` cannot take up ``subject`` (named by
    ``mentions``, those of the sentence before) for its number: a singular one
    (``singular_pronoun``: "Hij …", "Volgens haar …") after a plural noun ("Inwoners …"), or
    a plural "Zij"/"Ze" with a plural verb after a singular one (:func:`singular_subject`).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> gps = [M("role/gp", "role", 0, 10, "Huisartsen", 0)]
    >>> number_disagrees("Hij vertelt dat het goed gaat.", "role/gp", gps, True)
    True
    >>> number_disagrees("Zij vertellen dat het goed gaat.", "role/gp", gps, False)
    False
    """
    if singular_pronoun:
        return any(m.entity == subject and plural(m.text) for m in mentions)
    return singular_subject(text, subject, mentions)


def plural_ones(
    text: str, mentions: Iterable[SentenceMention], speakers: tuple[str, ...]
) -> tuple[str, ...]:
    """The ``speakers`` of the sentence before (its ``mentions``) that a plural "Zij"/"Ze"
    opening ``text`` takes up: those named by a plural noun, when some other is named by a
    singular one only; none else (the pronoun reads them all).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> named = [M("body/wb", "body", 4, 15, "werkbedrijf", 0),
    ...          M("role/cm", "role", 30, 40, "raadsleden", 0)]
    >>> plural_ones("Zij wijzen erop dat het daalt.", named, ("body/wb", "role/cm"))
    ('role/cm',)
    >>> plural_ones("Zij wijst erop dat het daalt.", named, ("body/wb", "role/cm"))
    ()
    """
    if not plural_they(text):
        return ()
    many = {m.entity for m in mentions if plural(m.text)}
    ones = tuple(s for s in speakers if s in many)
    return ones if ones and len(ones) < len(speakers) else ()
