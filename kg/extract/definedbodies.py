"""Cooperation words that only define a named body.

A name followed by an apposition or a relative clause that says what the body is
("Samen14, de samenwerking van de veertien Twentse gemeenten", "het Werkplein,
waarin drie gemeenten samenwerken") states how the work is organised: the words
define the body, they do not discuss the cooperation. Source: general Dutch
grammar (a bijstelling and a beperkende or uitbreidende bijzin after a noun
describe that noun, ANS 14.7 and 10.3.4) and the concerns guideline of
tests/gold/README.md (a plain fact of organisation names no problem).
"""

from __future__ import annotations

import re

#: "samenwerk..." as the head of an apposition after a comma ("X, een samenwerking van").
_APPOSITION = re.compile(r",\s+(?:een|de)\s+$", re.IGNORECASE)
#: "van" after the apposition's head: whose cooperation the body is.
_OF = re.compile(r"(?:sverband)?\s+van\b", re.IGNORECASE)
#: A relative clause opened by "waarin" before the cooperation verb, in the same clause.
_WHEREIN = re.compile(r"\bwaarin\b[^,;:]*$", re.IGNORECASE)
_WORD = re.compile(r"\bsamenwerk(?:ing|t|en)?", re.IGNORECASE)


def defining(text: str, at: int, end: int) -> bool:
    """Whether the cooperation word at ``at`` (ending at ``end``) only defines a body.

    Examples
    --------
    >>> s = "De inkoop loopt via Samen14, de samenwerking van de Twentse gemeenten."
    >>> defining(s, s.index("samenwerking"), s.index("samenwerking") + 12)
    True
    >>> s = "De toegang loopt via wijkteams waarin de gemeente samenwerkt met de thuiszorg."
    >>> defining(s, s.index("samenwerkt"), s.index("samenwerkt") + 10)
    True
    >>> s = "De samenwerking van de gemeenten loopt moeizaam."
    >>> defining(s, s.index("samenwerking"), s.index("samenwerking") + 12)
    False
    """
    before = text[max(0, at - 80) : at]
    if _APPOSITION.search(before):
        return _OF.match(text, end) is not None
    return _WHEREIN.search(before) is not None


def only_defining(text: str, start: int, end: int) -> bool:
    """Whether every cooperation word of ``text[start:end]`` only defines a body.

    Examples
    --------
    >>> s = "Emmen koopt in via het Inkoopbureau, een samenwerking van twaalf gemeenten."
    >>> only_defining(s, 0, len(s))
    True
    >>> s = "Het Inkoopbureau, een samenwerking van twaalf gemeenten: de samenwerking hapert."
    >>> only_defining(s, 0, len(s))
    False
    >>> only_defining("Geen enkel woord.", 0, 17)
    False
    """
    found = False
    for word in _WORD.finditer(text, start, end):
        if not defining(text, word.start(), word.end()):
            return False
        found = True
    return found
