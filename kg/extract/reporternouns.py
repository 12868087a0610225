"""Role nouns that name who speaks, not what a claim is about (:func:`speaking_role`).

Read by :func:`kg.extract.concerns.named`: the noun of a speaker's workplace after "van
een" ("een intern begeleider van een basisschool") and the subject of a report that
follows what is said ("‘…,’ zegt een medewerker.") stand for the voice, which the gold
guideline keeps out of the concerns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["reporter", "speaking_role"]

#: What stands between a speaker's noun and the kind of place it works at: "van een" (and
#: one adjective): "een intern begeleider van een basisschool" (one of many schools, none
#: the claim is about; "jeugdartsen van de GGD" name the GGD itself).
_OF_AFFILIATION = re.compile(r"\s+van\s+een\s+(?:[a-zà-ÿ]+e\s+)?", re.IGNORECASE)

#: A report that follows what is said: a comma, a closing quotation mark or a dash, then a
#: verb of saying (with "zo" before it), or "aldus"; then at most a determiner and one
#: word before the reporter's noun ("…,’ zegt een medewerker", "…, zo erkennen de
#: geïnterviewde beleidsmedewerkers", "… – aldus de cliëntenraad"). ANS 18.5: the reporting
#: clause after the quotation, its subject after the verb.
_TRAILING_REPORT = re.compile(
    r"(?:(?:[,”’\"']|\s[–—])\s*(?:zo\s+)?(?:zegt|zeggen|zei|zeiden|vertelt|vertellen|vertelde"
    r"|vertelden|stelt|stellen|stelde|stelden|erkent|erkennen|erkende|erkenden|meent|menen"
    r"|schrijft|schrijven|voegt|voegen)|\baldus)\s+"
    r"(?:(?:een|de|het|twee|drie|vier|enkele|veel|sommige|alle)\s+)?(?:[a-zà-ÿ-]+\s+)?$",
    re.IGNORECASE,
)
#: What closes the reporter's noun: the clause's end or its own organisation after it.
_REPORTER_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:van|uit|bij)\s")


def reporter(text: str, start: int, end: int) -> bool:
    """Whether the role noun ``text[start:end]`` is the subject of a report that follows what
    it says ("‘Nu zijn het er drie,’ zegt een medewerker."): it names who speaks, never what
    the claim is about (gold guideline: speakers are no concerns), also where the voice
    was read as another group's.

    Examples
    --------
    >>> s = "‘Nu zijn het er drie,’ zegt een medewerker."
    >>> reporter(s, s.index("medewerker"), s.index("medewerker") + 10)
    True
    >>> s = "De wachttijd is lang, zo erkennen de geïnterviewde beleidsmedewerkers."
    >>> reporter(s, s.index("beleids"), len(s) - 1)
    True
    >>> s = "De wethouder zegt de medewerkers meer ruimte toe."  # an object, not a reporter
    >>> reporter(s, s.index("medewerkers"), s.index("medewerkers") + 11)
    False
    >>> s = "Het team zegt dat de medewerkers overbelast zijn."
    >>> reporter(s, s.index("medewerkers"), s.index("medewerkers") + 11)
    False
    """
    return bool(
        _REPORTER_END.match(text, end) and _TRAILING_REPORT.search(text[max(0, start - 60) : start])
    )


def speaking_role(text: str, start: int, end: int, ends: Iterable[int]) -> bool:
    """Whether the role noun ``text[start:end]`` names where a speaker whose noun ends at
    one of ``ends`` works ("een intern begeleider van een basisschool": one of many schools,
    none the claim is about), or who reports (:func:`reporter`).

    Examples
    --------
    >>> s = "Een intern begeleider van een basisschool ziet wachtlijsten."
    >>> speaking_role(s, s.index("basis"), s.index(" ziet"), {s.index(" van")})
    True
    >>> s = "Een intern begeleider ziet wachtlijsten bij een basisschool."
    >>> speaking_role(s, s.index("basis"), len(s) - 1, {s.index(" ziet")})
    False
    """
    return any(_OF_AFFILIATION.fullmatch(text, e, start) for e in ends) or reporter(
        text, start, end
    )
