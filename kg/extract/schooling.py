"""Going to school, not the schools: the bare noun "school" after a preposition.

The noun "school" with no article after "naar", "van", "op", "uit" or "na" names the
activity of schooling ("een kind dat niet naar school gaat", "jongeren die van school
afkomen", "wat er op school gebeurt", "na school"), the way "naar huis" names no house:
no school as an actor of the social domain (`role/schools`). With an article or a
determiner ("naar de school", "op de basisschool", "van deze school") or coordinated with
other actors ("van school, wijkteam en huisarts", "op school en in het wijkteam") it is
the schools again. Source: general Dutch grammar (the article-less prepositional phrases
of institutions: "naar school", "naar huis", "naar bed"); the annotation guidelines list
actors, not activities, as role mentions.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["schooling"]

#: A preposition of the article-less phrase right before the noun.
_BEFORE = re.compile(r"(?<![\w-])(?:naar|van|op|uit|na)\s+$", re.IGNORECASE)
#: A coordination right after the noun, up to the next conjunct (past its article).
_COORDINATED = re.compile(r"\s*(?:,|\ben\b|\bof\b|/)\s*(?:(?:de|het|een)\s+)?", re.IGNORECASE)


def schooling(text: str, start: int, end: int, actors: Collection[int] = ()) -> bool:
    """Whether the noun ``text[start:end]`` is "school" of schooling, not the schools.

    ``actors`` are the starts of the other actor mentions of the text: "school" coordinated
    with one of them ("van school, huisarts en buren") is one of the actors; coordinated with
    a clause ("gaan daar naar school en werken daar") it is still schooling.

    Examples
    --------
    >>> def test(s):
    ...     at = s.index("school")
    ...     return schooling(s, at, at + 6)
    >>> test("Haar zoon wil al maanden niet meer naar school.")
    True
    >>> test("Veel meisjes gaan van school zonder startkwalificatie.")
    True
    >>> test("Wat er op school misgaat, zien ouders pas laat.")
    True
    >>> test("Na school kunnen de kinderen terecht in het buurthuis.")
    True
    >>> test("Ze gaan in de stad naar school en vinden er later werk.")
    True

    The schools as actors stay:

    >>> test("De school belt het wijkteam.")
    False
    >>> test("De jeugdverpleegkundige gaat naar de school toe.")
    False
    >>> test("Doordat school en huisarts elkaar bellen, gaat het sneller.")
    False
    >>> s = "Signalen van school, huisarts en buren komen binnen."
    >>> schooling(s, 13, 19, actors=(s.index("huisarts"),))
    False
    """
    if text[start:end].lower() != "school":
        return False
    if _BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    joined = _COORDINATED.match(text, end)
    return joined is None or joined.end() not in actors
