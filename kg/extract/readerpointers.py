"""A pointer to the reader: where to read on, whom to contact, how to sign up. No claim.

A newsletter, a web page, a blog or a leaflet closes its items with a word to the reader in
the imperative or as a short question: "Lees verder op pagina 3.", "Meer informatie vindt u op
www.oss.nl/wmo.", "Kijk op de website van het steunpunt.", "Neem contact op met het wijkteam
via 14 0412.", "Meer weten? Bel het loket.", "Aanmelden kan via info@steunpunt.nl.", "Wordt
vervolgd.". It says where something is, not what holds in the social domain: it makes no
claim, as a line of sources or a cross-reference ("Zie bijlage 2.", :func:`kg.extract.datarows
.source_line`) makes none (gold README, ninth batch: a "Bronnen:" line is no finding).

The pointer must open its sentence: "Volgens de wethouder kijkt het team op de website van de
GGD." is a claim. "Meer informatie" and "Aanmelden" open a pointer only where the sentence
gives an address, a number, a website or a page ("Meer informatie delen tussen de teams is
nodig." is a claim), and the sentence stays short and outside a quotation.

Source: general Dutch (the imperatives and set questions of leaflets and newsletters),
written for the construction, not from any profile.

Examples
--------
>>> t = "Lees verder op pagina 3."
>>> reader_pointer(t, 0, len(t))
True
>>> t = "Lees de evaluatie van de wijkteams: die is kritisch over de wachttijden."
>>> reader_pointer(t, 0, len(t))
False
"""

from __future__ import annotations

import re

from kg.extract.quotemarks import holds_quote

__all__ = ["reader_pointer"]

#: The openings of a word to the reader that point on by themselves: reading on, looking
#: something up, getting in touch, signing up, the set questions "Meer weten?", "Vragen?".
_OPENS = re.compile(
    r"\W{0,2}(?:lees\s+(?:verder|meer|ook|hier|het\s+(?:hele|volledige)\s+\w+)"
    r"|kijk\s+(?:op|voor\s+meer|voor\s+de\s+(?:agenda|actuele))"
    r"|neem\s+(?:gerust\s+|dan\s+)?contact\s+op"
    r"|bel\s+(?:gerust\s+|dan\s+)?(?:met|naar|ons|het|de|\d)"
    r"|mail\s+(?:gerust\s+|dan\s+)?(?:naar|ons|het|de|\S+@)"
    r"|stuur\s+(?:gerust\s+)?(?:een\s+)?(?:e-?mail|mail|bericht)"
    r"|meld\s+(?:u|je)\s+(?:nu\s+|snel\s+|dan\s+)?aan"
    r"|(?:meer\s+weten|vragen|reageren|interesse|zin\s+om\s+mee\s+te\s+doen)\s*\?"
    r"|wordt\s+vervolgd\b"
    r"|(?:volgende\s+(?:keer|maand|week)|in\s+het\s+volgende\s+nummer)\s+meer\b)",
    re.IGNORECASE,
)
#: "Meer informatie", "Meer info" and "Aanmelden" open a pointer only with an address after
#: them ("Aanmelden voor de dagbesteding gaat via het wijkteam." tells how it is arranged).
_MORE_INFO = re.compile(r"\W{0,2}(?:meer\s+(?:informatie|info)|aanmelden|opgeven)\b", re.IGNORECASE)
#: An address to turn to: a website, an e-mail address, a telephone number, a page.
_ADDRESS = re.compile(
    r"\bwww\.|https?://|\S@\S|\.nl\b|\bwebsite\b|\bpagina\s+\d|\btelefoon|\b0\d{2,3}[- ]?\d{6,7}\b"
    r"|\b14\s?0\d{2,3}\b",
    re.IGNORECASE,
)
#: The most characters of a pointer.
_REACH = 160


def reader_pointer(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a pointer to the reader, whole.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The sentence's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> def points(t):
    ...     return reader_pointer(t, 0, len(t))
    >>> [points(t) for t in ("Meer informatie vindt u op www.oss.nl/wmo.", "Wordt vervolgd.",
    ...     "Meer weten? Neem contact op met het wijkteam.")]
    [True, True, True]
    >>> [points(t) for t in ("Meer informatie delen tussen de teams is nodig.",
    ...     "Het team kijkt op de website van de GGD.")]
    [False, False]
    """
    if end - start > _REACH or holds_quote(text, start, end):
        return False  # plain tests first: a short sentence outside a quotation
    if _OPENS.match(text, start, end):
        return True
    return _MORE_INFO.match(text, start, end) is not None and bool(
        _ADDRESS.search(text, start, end)
    )
