"""Capitalised words that report, as an organisation does ("Elkien geeft aan dat …").

A name no Dutch dictionary knows that is the subject of a reporting verb is an
organisation speaking, as "Volgens X" is one; a municipality's words and a pronominal
adverb that opens an inverted report ("Hierover zegt de wethouder …") are none, nor is a
person's surname, which the profile writes after a title of office
("Wethouder Jansen") somewhere (:func:`persons_named`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.extract.model import SentenceMention
from kg.extract.nounforms import _is_known
from kg.extract.speechcues import REPORTING

__all__ = ["persons_named", "proper_use", "speaking"]

#: A pronominal adverb (ANS 8.8.2: hier/daar/waar/er + preposition), which names no one.
_PRONOMINAL_ADVERB = re.compile(
    r"(?:hier|daar|waar|er)(?:over|mee|bij|in|op|aan|voor|door|van|uit|naar|toe|tegen|onder"
    r"|achter|na|om|zonder|binnen|buiten)",
    re.IGNORECASE,
)


def speaking(words: list[str], after: str) -> bool:
    """Whether capitalised words no Dutch dictionary knows are the subject of a reporting
    verb right after them ("Elkien geeft aan dat …", "De Zorgboog vertelt …"): an
    organisation speaking, as "Volgens X" is one.

    Examples
    --------
    >>> speaking(["Elkien"], " geeft aan dat"), speaking(["Onderzoek"], " toont aan dat")
    (True, False)
    >>> speaking(["Hierover"], " zegt de wethouder")
    False
    """
    if not after.startswith(" ") or not REPORTING.match(after, 1):
        return False
    if len(words) == 1 and _PRONOMINAL_ADVERB.fullmatch(words[0]):
        return False  # "Hierover zegt de wethouder …": the speaker follows the verb
    places = _place_words()  # a municipality read as no mention here is still no organisation
    return not any(_is_known(w.lower()) or w.lower() in places for w in words)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The words of every municipality's name and spelling variant, lower case."""
    from kg.reference import default_reference

    reference = default_reference()
    names = [m.name for m in reference.municipalities] + [v.variant for v in reference.variants]
    return frozenset(w.lower() for name in names for w in re.findall(r"[^\W\d]+", name))


#: The particles of a Dutch surname ("De Vries", "van der Berg").
_PARTICLES = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et)\s+){0,2}"
_PARTICLE_FIRSTS = frozenset("vdth")
#: One capitalised word (with its particles) and no capitalised word after it: a surname,
#: not a body the office belongs to ("directeur Stichting Welzijn Noord").
_SURNAME = re.compile(rf"\s+({_PARTICLES}[A-Z][\w'-]*[a-z][\w'-]*)\b(?!\s+[A-Z])")


def persons_named(text: str, roles: Iterable[SentenceMention]) -> frozenset[str]:
    """The surnames the text writes right after a title of office that the lexicon read as
    a role (``roles``, e.g. "Wethouder" in "Wethouder Jansen"; the titles of
    :data:`kg.extract.voiceforms.TITLES`): a person's name, which names no organisation where
    it stands alone later ("Jansen benadrukt …").

    Examples
    --------
    >>> t = "Wethouder Jansen is tevreden. De wethouder Stichting X ook."
    >>> roles = [SentenceMention("r/a", "role", 0, 9, "Wethouder", 0),
    ...          SentenceMention("r/a", "role", 33, 42, "wethouder", 1)]
    >>> sorted(persons_named(t, roles))
    ['Jansen']
    """
    from kg.extract.voiceforms import TITLES

    found = set()
    for m in roles:
        after = text[m.end + 1 : m.end + 2]
        if not after.isupper() and after not in _PARTICLE_FIRSTS:
            continue  # most roles: no name after them
        if m.text.lower() in TITLES and (name := _SURNAME.match(text, m.end)):
            found.add(name.group(1))
    return frozenset(found)


#: What may stand before a word that opens a sentence or a heading.
_OPENERS = frozenset(".!?:;\n“\"‘'(•")


def proper_use(text: str, word: str) -> bool:
    """Whether the text writes a Dutch word as a name: capitalised at least twice where no
    sentence opens, and never in lower case ("Volgens Synthese is … De directeur van Synthese
    vertelt …"). Dutch capitalises no common noun inside a sentence.

    Examples
    --------
    >>> proper_use("Volgens Synthese is het druk. De directeur van Synthese vertelt.", "Synthese")
    True
    >>> proper_use("Volgens Synthese is het druk. Synthese vertelt.", "Synthese")
    False
    >>> proper_use("Volgens Plan is het. Het plan van Plan.", "Plan")
    False
    """
    if word.lower() in text:
        return False  # the word in lower case: an ordinary word
    count, at = 0, text.find(word)
    while at != -1 and count < 2:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        before = text[max(0, at - 4) : at].rstrip(" ")
        if whole and before and before[-1] not in _OPENERS:
            count += 1
        at = text.find(word, end)
    return count >= 2
