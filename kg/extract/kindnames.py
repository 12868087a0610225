"""A named organisation introduced with its kind: "Het sociale werkbedrijf X ziet …".

Dutch names a party together with what kind of party it is in close apposition: the kind
noun, with its article and the inflected adjectives before it, stands right before the name
("de welzijnsstichting Salut", "het sociale werkbedrijf Werkom", "de regionale
kredietbank Geldwijs", "woningcorporatie Woonwaard"). Opening its clause, the whole phrase is
the clause's subject and the name is who speaks: "Het sociale werkbedrijf X ziet …",
"Ook de lokale welzijnsstichting Y vindt …". The kind noun names a group of people
(:func:`kg.extract.speakergroups.agent`) or a kind of organisation (it ends in a head of
``kg/data/apposition-heads.txt``: "-bedrijf", "-stichting", "-organisatie").

Source: general Dutch grammar (close apposition: article, adjectives, kind noun, name); the
organisation kinds are the apposition heads' own data file, read once
(:func:`kg.extract.apposednames.apposition_heads`).

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> s = "Het sociale werkbedrijf Werkom ziet minder instroom."
>>> m = SentenceMention("organisation/werkom", "organisation", 24, 30, "Werkom", 0)
>>> introduced_with_kind(s, 0, m)
True
"""

from __future__ import annotations

import re

from kg.extract.apposednames import apposition_heads
from kg.extract.model import SentenceMention
from kg.extract.speakergroups import agent

__all__ = ["introduced_with_kind"]

#: From the clause's start up to a name: a focus particle, an article, at most two inflected
#: adjectives ("sociale", "grootste") and the kind noun.
_KIND_BEFORE = re.compile(
    r"\W*(?:ook\s+|ook\s+bij\s+|zelfs\s+)?(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ]+e\s+){0,2}"
    r"([a-zà-ÿ][a-zà-ÿ-]*)\s+",
    re.IGNORECASE,
)


def introduced_with_kind(text: str, start: int, m: SentenceMention) -> bool:
    """Whether the named party ``m`` opens the clause that starts at ``start`` with only its
    kind before it ("De welzijnsstichting Salut vindt", "Het sociale werkbedrijf X ziet").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> s = "De regionale kredietbank Geldwijs meldt meer aanvragen."
    >>> m = SentenceMention("organisation/geldwijs", "organisation", 25, 33, "Geldwijs", 0)
    >>> introduced_with_kind(s, 0, m)
    True
    >>> s = "In de wijk Hoograven ziet men meer armoede."
    >>> m = SentenceMention("place/hoograven", "place", 11, 20, "Hoograven", 0)
    >>> introduced_with_kind(s, 0, m)
    False
    """
    if m.kind == "role" or m.start - start > 60:
        return False
    found = _KIND_BEFORE.fullmatch(text, start, m.start)
    if found is None:
        return False
    noun = found.group(1).lower()
    return noun.endswith(apposition_heads()) or agent(noun) is not None
