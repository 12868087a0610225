"""Where a speaker's turn ends or is taken up around a quotation.

A quotation closes its speaker's turn ("Een raadslid: ‘We krijgen dikke rapportages.’"):
the plain sentences after it are the authors' again unless a pronoun takes the speaker up
(:func:`kg.extract.claims.assign_voices`); "Een ander raadslid …" takes up the group just
named; "Een raadslid vertelt …" is one member's story within the group's account.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.model import SentenceMention

#: One member of a group tells its story ("Een thuiszorgorganisatie vertelt …", "Eén
#: raadslid zegt …"): an example within the account the text is giving.
_ONE_OF = re.compile(r"^\W*(?:een|één|eén)\s+(?:van\s+de\s+)?", re.I)
_ADJECTIVES = re.compile(r"(?:[a-zà-ÿ]+e\s+){0,2}")
#: A claim that ends in a closing quotation mark ("…: ‘We krijgen dikke rapportages.’").
_CLOSING_QUOTE = re.compile(r"[”\"’'»]\W{0,2}$")
#: Another member of the group just named ("Een ander raadslid …", "Een andere consulent …",
#: "Een collega is voorzichtiger: …", "Haar collega vult aan …").
_ANOTHER = re.compile(
    r"^\W*(?:(?:een|nog\s+een)\s+andere?\s+[a-zà-ÿ]"
    r"|(?:een|nog\s+een|zijn|haar|diens)\s+(?:naaste\s+)?collega\b)",
    re.IGNORECASE,
)


def closes_quotation(text: str) -> bool:
    """Whether a claim's ``text`` ends in a closing quotation mark.

    Examples
    --------
    >>> closes_quotation("Een raadslid: ‘We krijgen dikke rapportages.’")
    True
    >>> closes_quotation("“Het kan beter”, zegt een ambtenaar.")
    False
    """
    return _CLOSING_QUOTE.search(text) is not None


def another_member(text: str) -> bool:
    """Whether a claim's ``text`` opens with another member of a group ("Een ander raadslid").

    Examples
    --------
    >>> another_member("Een ander raadslid wijst erop dat de raad weinig invloed heeft.")
    True
    >>> another_member("Een raadslid wijst erop dat de raad weinig invloed heeft.")
    False
    >>> another_member("Een collega is minder stellig: ‘Het gaat wel.’")
    True
    >>> another_member("Collegae uit de regio zijn positief.")
    False
    """
    return _ANOTHER.match(text) is not None


def one_member(text: str, start: int, mentions: list[SentenceMention], speakers) -> bool:  # noqa: ANN001
    """Whether a sentence at ``start`` opens with one member of its speaker: "Een raadslid …".

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> m = SentenceMention("role/x", "role", 4, 12, "raadslid", 0)
    >>> one_member("Een raadslid vertelt dat het goed gaat.", 0, [m], ("role/x",))
    True
    >>> m = SentenceMention("role/x", "role", 13, 23, "raadsleden", 0)
    >>> one_member("Een zorg die raadsleden noemen, is geld.", 0, [m], ("role/x",))
    False
    """
    one = _ONE_OF.match(text)
    return one is not None and any(
        m.entity in speakers and _ADJECTIVES.fullmatch(text[one.end() : m.start - start])
        for m in mentions
    )
