"""The set phrases of a conversation: greetings, welcomes, thanks, the go-ahead, goodbyes and
the announcement of what comes next. No claims.

A profile written as a transcript (a radio programme, a panel, a recorded meeting, a printed
interview) keeps the turns in which its speakers only greet, welcome, thank or give the floor
("Goedemiddag en welkom bij het programma.", "Dank u wel.", "Gaat uw gang.", "Fijn dat ik er
mag zijn.", "Tot ziens."), those in which they only ask for or keep the floor ("Mag ik even
…", "Mag ik hier iets aanvullen?", "Laat me even uitpraten.") and those that only
announce the next item ("Na de muziek gaan we verder met de Wmo.", "Zo meteen meer over de
mantelzorg."). They state nothing about the social domain: the gold makes "Gaat uw gang." and
the closing announcements no findings (nineteenth batch, decision 8), as the sign-offs of
e-mails (decision 6). A turn may open with its speaker's label ("Presentator: Dank u wel."). A
sentence that goes on after the phrase ("Dank u wel, en de wachtlijsten zijn inderdaad te
lang.") or a phrase inside a quotation is no set phrase.

Source: general Dutch conversational formulas (greeting, welcoming, thanking, giving the
floor, taking leave; the presenter's "gaan we verder met"), written for the construction, not
from any profile.

Examples
--------
>>> t = "Presentator: Gaat uw gang."
>>> courtesy(t, 0, len(t))
True
>>> t = "Dank u wel, en de wachtlijsten zijn inderdaad te lang."
>>> courtesy(t, 0, len(t))
False
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.quotemarks import holds_quote

__all__ = ["courtesy"]

#: A word of a short object or place after a phrase; no pronoun or finite verb, which
#: would make it a clause ("Welkom bij de gemeente zijn alle nieuwkomers.").
_WORD = rf"(?:\s+(?!(?:{'|'.join(sorted(word_list('clause-words.txt')))})\b)[\w'’-]+)"

#: The label of a turn: a speaker's function or name, a few words, and a colon.
_LABEL = r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*:\s*)?"
#: Whom a phrase may address or name after a comma or directly: "allemaal", "iedereen", a
#: title or function with or without a name, a name ("Dank u wel, mevrouw Bakker", "Dag,
#: wethouder", "Goedemorgen allemaal").
_ADDRESSEE = (
    r"(?:\s*,?\s*(?:allemaal|iedereen|luisteraars|(?:meneer|mevrouw|wethouder|dokter|burgemeester)"
    r"(?:\s+(?:van|de|der|den|ter)?\s*[A-Z][\w'’-]*){0,3}"
    r"|(?-i:[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|ter)?\s*[A-Z][\w'’-]*){0,2})))?"
)
#: A short place or occasion of a welcome: "bij het Middagcafé", "in de studio".
_WHERE = rf"(?:\s+(?:bij|in|terug\s+bij){_WORD}{{1,5}})?"
#: A short object of thanks: "voor uw bijdrage", "voor het gesprek".
_FOR = rf"(?:\s+voor{_WORD}{{1,5}})?"
#: The next item of a programme, which a presenter announces ("Na de muziek …").
_ITEM = (
    r"(?:muziek|nieuws|pauze|reclame|journaal|plaat|onderbreking|weerbericht"
    r"|verkeersinformatie)"
)
#: What a presenter announces comes next: "gaan we verder met", "meer over", "praten we over".
_NEXT = r"(?:meer\s+over|praten\s+(?:we|wij)\s+(?:verder\s+)?over|hebben\s+(?:we|wij)\s+het\s+over)"
#: The phrases themselves, one kind an item.
_PHRASES = (
    # greetings, and a greeting joined with a welcome
    rf"(?:goede(?:morgen|middag|navond)|hallo|hoi|dag){_ADDRESSEE}"
    rf"(?:\s*,?\s+en\s+(?:van\s+harte\s+|hartelijk\s+)?welkom{_WHERE})?",
    # a welcome
    rf"(?:van\s+harte\s+|hartelijk\s+)?welkom(?:\s+terug)?{_WHERE}{_ADDRESSEE}",
    # thanks
    r"(?:heel\s+|hartelijk\s+|ontzettend\s+|vriendelijk\s+)?(?:dank|bedankt)"
    rf"(?:\s+(?:u|je|jullie))?(?:\s+wel)?{_FOR}{_ADDRESSEE}",
    r"graag\s+gedaan|met\s+plezier|geen\s+dank",
    # giving the floor
    r"(?:gaat\s+uw|ga\s+(?:je|uw))\s+gang|zegt?\s+(?:u\s+)?het\s+maar",
    r"(?:u|je|jij)\s+bent\s+in\s+de\s+lucht",
    # taking or keeping the floor: "Mag ik even …", "Mag ik even reageren?", "Laat me even
    # uitpraten."
    r"mag\s+ik\s+(?:(?:even|eens|nog|hier|daar)\s+)*(?:(?:iets\s+)?(?:zeggen|toevoegen|aanvullen"
    r"|reageren|inbreken|onderbreken)\s*\?|…|\.\.\.)",
    r"laat\s+(?:me|mij)\s+(?:(?:even|nou|nu|eerst)\s+)*(?:uitpraten|uitspreken)",
    # the pleasure of being there
    r"(?:fijn|leuk|goed)\s+dat\s+(?:ik|u|je|jullie|jij)\s+er"
    r"\s+(?:mag|mocht|kan|kon|bent|ben|is|zijn|was|waren)(?:\s+zijn)?",
    # leave-taking
    rf"tot\s+(?:ziens|horens|de\s+volgende\s+keer|volgende\s+week|straks){_ADDRESSEE}",
    # what comes next: after an item of the programme, or soon
    rf"(?:na\s+(?:de|het)\s+{_ITEM}\s+(?:gaan\s+(?:we|wij)\s+(?:verder|door)\s+met|{_NEXT})"
    rf"|(?:zo\s+meteen|straks|dadelijk|hierna)\s+{_NEXT}){_WORD}{{1,6}}",
)
_COURTESY = re.compile(rf"\s*{_LABEL}(?:{'|'.join(_PHRASES)})\s*[.!]?\s*", re.IGNORECASE)


def courtesy(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a set phrase of a conversation, whole.

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
    >>> def said(t):
    ...     return courtesy(t, 0, len(t))
    >>> [said(t) for t in ("Goedemiddag en welkom bij De Ochtendshow.", "Dank je wel!",
    ...     "Fijn dat u er bent.", "Wethouder Smit: Tot ziens.")]
    [True, True, True, True]
    >>> said("Zo meteen meer over de schuldhulp in Oss.")
    True
    >>> [said(t) for t in ("Els: Mag ik even …", "Mag ik hier iets aanvullen?",
    ...     "Bram: Laat mij nou even uitpraten.", "Mag ik eens reageren?")]
    [True, True, True, True]
    >>> [said(t) for t in ("Mag ik even zeggen dat de wachtlijst te lang is?",
    ...     "Laat me even uitleggen hoe de toegang werkt.")]
    [False, False]
    >>> [said(t) for t in ("Welkom bij het loket zijn alle inwoners.", "Dag en nacht is er hulp.",
    ...     "Na de zomer gaan we verder met twee teams in plaats van vier.")]
    [False, False, False]
    """
    if end - start > 90 or holds_quote(text, start, end):
        return False  # plain tests first: a short sentence outside a quotation
    return _COURTESY.fullmatch(text, start, end) is not None
