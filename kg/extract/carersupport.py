""" "Het steunpunt" in a sentence on informal carers: the informal carers' support point.

Every municipality runs, under the Wmo 2015, a support point for informal carers
("steunpunt mantelzorg"). A bare definite "het steunpunt" (or "bij het steunpunt") in a
sentence that names the carers ("mantelzorgers", "mantelzorg") is that support point
(``role/steunpunt-mantelzorg``), a definite description of the one service the sentence
is about (annotation guideline on definite descriptions). A support point of another
kind says so after the noun ("het steunpunt voor statushouders", "het steunpunt
huiselijk geweld") or is a name ("Steunpunt Huiselijk Geweld") and is not read; neither
is the word in a sentence that does not name the carers.
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention

__all__ = ["carer_support"]

#: The definite singular, not followed by what kind of support point it is.
_SUPPORT = re.compile(
    r"(?<!\w)het\s+(?P<word>steunpunt)(?![\w-])(?!\s+(?:voor|van|tegen|[a-z]+\s+geweld)\b)",
    re.IGNORECASE,
)
#: The carers named in the sentence: "mantelzorgers", "mantelzorg", "mantelzorgconsulent".
_CARERS = re.compile(r"mantelzorg", re.IGNORECASE)


def carer_support(
    text: str, start: int, end: int, found: list[Mention], role: Mention | None
) -> list[Mention]:
    """The bare "het steunpunt" of ``text[start:end]`` as mentions of the carers' support
    point (``role``'s template) where the sentence names the carers; a word another mention
    covers is left alone.

    Examples
    --------
    >>> role = Mention("role/steunpunt-mantelzorg", "role", 0, 0, "")
    >>> def read(text):
    ...     return [m.text for m in carer_support(text, 0, len(text), [], role)]
    >>> read("Het aantal mantelzorgers dat zich bij het steunpunt meldt, groeit.")
    ['steunpunt']
    >>> read("Mantelzorgers bij het steunpunt: ruim 900.")
    ['steunpunt']
    >>> read("Het steunpunt voor statushouders helpt ook mantelzorgers.")
    []
    >>> read("Het steunpunt is op dinsdag open.")
    []
    """
    if role is None or text.find("steunpunt", start, end) < 0:
        return []  # most sentences do not hold the word: one plain search first
    if _CARERS.search(text, start, end) is None:
        return []
    out: list[Mention] = []
    for match in _SUPPORT.finditer(text, start, end):
        s, e = match.span("word")
        if text[s] != "s" or any(m.start < e and s < m.end for m in found):
            continue  # "Steunpunt" in capitals opens a name
        out.append(Mention(role.entity, role.kind, s, e, match.group("word")))
    return out
