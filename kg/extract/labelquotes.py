"""A quotation given under a speaker's label: "Een beleidsmedewerker: ‘…’".

Interview notes, slides and reports quote a voice under a bare label before a
colon ("Wethouder: ‘…’", "Een ambtenaar: “…”", "Raadslid (oppositie): '…'").
That is the same construction as a quotation followed by its speaker ("“…”, zegt
een ambtenaar", :func:`kg.extract.toneframes.quoted_voice`): the speaker's point
made vivid, a difficulty in most cases. The label is an optional article and one
word ("Een beleidsmedewerker", "Ambtenaren") or a capitalised name ("Voedselbank
Noord"), with an optional bracketed qualifier; a lead-in with a verb ("De wethouder
zegt daarover: …") or a longer phrase ("Het advies van de raad is helder: …")
introduces the quotation in its own words and is not read here; nor is a quotation
that grants a state as holding for now ("nog, maar niet lang meer"), which
:mod:`kg.extract.stillfornow` reads. The caller uses it only for a claim in which no
other cue judges.
"""

from __future__ import annotations

import re

from kg.extract.stillfornow import ends_soon

#: Opening quotation marks of a direct quotation.
_OPENING = "“\"‘'„"
#: Closing quotation marks.
_CLOSING = re.compile(r"[”\"’']")
#: A bracketed qualifier of the label: "Raadslid (oppositie)".
_BRACKETED = re.compile(r"\([^()]*\)")
#: Articles that may open the label.
_ARTICLES = frozenset({"een", "de", "het"})
#: Fewest words of a quotation (a shorter one is a term in quotation marks).
_QUOTED_WORDS = 4


def labelled_quote(text: str, start: int, end: int) -> int | None:
    """Where a claim "Label: ‘quotation’" opens its quotation, else None.

    Examples
    --------
    >>> s = "Een wijkverpleegkundige: ‘We rijden de halve dag van adres naar adres.’"
    >>> labelled_quote(s, 0, len(s)) == s.index("‘")
    True
    >>> s = "Raadslid (coalitie): 'Over de regio horen we pas achteraf iets.'"
    >>> labelled_quote(s, 0, len(s)) == s.index("'")
    True
    >>> s = "De wethouder zegt daarover: “Wie hulp vraagt, krijgt een gesprek.”"
    >>> labelled_quote(s, 0, len(s)) is None
    True
    >>> s = "Jongerenwerker: ‘maatwerk’ in de wijk."
    >>> labelled_quote(s, 0, len(s)) is None
    True
    """
    colon = text.find(":", start, end)
    if colon < 0:
        return None  # most claims: one string find
    at = colon + 1
    while at < end and text[at] == " ":
        at += 1
    if at >= end or text[at] not in _OPENING or not _is_label(text[start:colon]):
        return None
    closing = _CLOSING.search(text, at + 1, end)
    stop = closing.start() if closing else end
    if len(text[at + 1 : stop].split()) < _QUOTED_WORDS or ends_soon(text, at, stop):
        return None  # a term in quotation marks; a state that holds "nog, maar niet lang meer"
    return at


def _is_label(lead: str) -> bool:
    """Whether ``lead`` is a bare speaker label: an article and one word, or a name.

    Examples
    --------
    >>> [_is_label(s) for s in ("Een ouderenadviseur", "Ambtenaren (sociaal team)")]
    [True, True]
    >>> [_is_label(s) for s in ("Voedselbank Noord", "Een ambtenaar zegt")]
    [True, False]
    >>> [_is_label(s) for s in ("", "‘Eerst geld’", "Het advies van de raad is helder")]
    [False, False, False]
    """
    words = _BRACKETED.sub(" ", lead).split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or not all(w.isalpha() or "-" in w for w in words):
        return False
    return len(words) == 1 or (len(words) <= 3 and all(w[0].isupper() for w in words))
