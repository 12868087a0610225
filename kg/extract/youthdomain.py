"""Bare "jeugd" as the youth domain of the Jeugdwet: "het tekort op jeugd".

Municipal Dutch names the three decentralised domains by their stems ("Wmo, jeugd en
participatie"); :func:`kg.extract.ellipticlaws.elliptic_laws` reads "jeugd" so in a list
with another law. The stem stands for the domain on its own too, without an article,
where money, figures, advice or skills are assigned to it: after "op", "voor", "over" or
"aan" ("een tekort van € 2 miljoen op jeugd", "de cijfers over jeugd", "een aanspreekpunt
voor jeugd", "uitgaven aan jeugd") and right after a noun of a budget's result ("tekort
jeugd", "uitgaven jeugd"). With an article or a possessive ("de jeugd", "onze jeugd") the
word names the young people; after "onder" it names them as a population ("werkloosheid
onder jeugd"), and "jeugd en gezin" is the field of the youth and family centres: none of
these is read.
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention

__all__ = ["youth_domain"]

#: Lower-case "jeugd" after a preposition of assignment or a budget noun, not part of a
#: compound ("jeugd-ggz", "jeugd- en gezinsteam") nor of "jeugd en gezin".
_DOMAIN = re.compile(
    r"(?<![\w-])(?:op|voor|over|aan|tekort|tekorten|overschot|budget|uitgaven|kosten)\s+"
    r"(?P<word>jeugd)(?![\w-])(?!\s+en\s+gezin)",
    re.IGNORECASE,
)


def youth_domain(
    text: str, start: int, end: int, found: list[Mention], law: Mention | None
) -> list[Mention]:
    """The bare "jeugd" of ``text[start:end]`` that names the youth domain, as mentions of
    the ``law`` (the Jeugdwet's template); a word another mention covers is left alone.

    Examples
    --------
    >>> law = Mention("law/jeugdwet", "law", 0, 0, "")
    >>> def read(text):
    ...     return [m.text for m in youth_domain(text, 0, len(text), [], law)]
    >>> read("Het jaar sloot met een tekort van € 1,8 miljoen op jeugd.")
    ['jeugd']
    >>> read("De cijfers over jeugd komen laat binnen.")
    ['jeugd']
    >>> read("Verwachting 2017: tekort jeugd kleiner.")
    ['jeugd']
    >>> read("Het budget voor jeugd is krap; de uitgaven aan jeugd stijgen.")
    ['jeugd', 'jeugd']
    >>> read("Er is weinig te doen voor de jeugd, en werkloosheid onder jeugd.")
    []
    >>> read("Het Centrum voor Jeugd en Gezin en het team voor jeugd en gezin.")
    []
    >>> read("Wachttijden voor jeugd-ggz lopen op.")
    []
    """
    if law is None or text.find("jeugd", start, end) < 0:
        return []  # most sentences do not hold the word: one plain search first
    out: list[Mention] = []
    for match in _DOMAIN.finditer(text, start, end):
        s, e = match.span("word")
        if text[s] != "j" or any(m.start < e and s < m.end for m in found):
            continue  # "Jeugd" in capitals is part of a name ("Servicepunt Jeugd")
        out.append(Mention(law.entity, law.kind, s, e, match.group("word")))
    return out
