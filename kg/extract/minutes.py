"""Forms of council minutes that tell how a claim is made.

A profile may follow the minutes of a council committee ("Verslag van een
commissievergadering"). Two forms of that genre are read here, general Dutch
minute-taking, not any profile's wording:

Numbered label
    "Agendapunt 1: jeugdhulp." names the item of the agenda the sentences after it
    discuss, as a run-in heading: a numbered label word, a colon and a short phrase
    with no clause of its own. It makes no claim.
Commitment
    "Toezegging: de wethouder stuurt de commissie …" records a promise made in the
    meeting; it names no reporting verb, but the party its subject names made it, so
    that party holds the claim.
Record
    A line that opens with the label of the lists every council keeps (the
    commitments of the executive, "toezegging"; the action points, "actiepunt")
    says what someone will do, so the words in it name its subject and judge nothing
    (tone). Source: the general practice of Dutch council minutes (lijst van
    toezeggingen, actiepuntenlijst).
Chair's turn
    "Aan het slot vraagt de voorzitter de fracties om een oordeel.": the chair of the
    meeting asking the members for their verdict only opens the next part, as a question
    "Wat valt op?" does: no claim (gold README, sixth batch of invented profiles,
    decision 1). So does the chair running the meeting: "De voorzitter opent het
    agendapunt over … en geeft het woord aan …", "De voorzitter sluit de vergadering."
    (seventeenth batch, decision 2). What the chair concludes or thinks ("De voorzitter
    concludeert dat …") is a claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.wordtokens import lowered

if TYPE_CHECKING:
    from kg.extract.speakers import Speech

__all__ = ["chair_turn", "committed", "numbered_label", "records"]

#: A numbered run-in label: one capitalised word, a number, a colon and at most five words
#: before the full stop ("Agendapunt 2: Wmo en huishoudelijke hulp.").
_NUMBERED = re.compile(r"[A-Z][a-z]+\s+\d{1,2}\s*:(?:\s+[\w’'-]+){1,5}\.")
#: The labels of the records, as a line of minutes opens with them.
LABELS = ("toezegging:", "toezeggingen:", "actiepunt:", "actiepunten:", "afspraak:")
#: A commitment recorded in minutes ("Toezegging: de wethouder …", "Toezeggingen: …").
_COMMITMENT = re.compile(r"\W*toezegging(?:en)?\s*:\s", re.IGNORECASE)


def numbered_label(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a numbered run-in label of the agenda.

    Examples
    --------
    >>> t = "Agendapunt 1: jeugdhulp."
    >>> numbered_label(t, 0, len(t))
    True
    >>> t = "Agendapunt 1: de raad besluit dat de kosten van de jeugdhulp omlaag moeten."
    >>> numbered_label(t, 0, len(t))
    False
    >>> t = "In 2015: meer dan 300."
    >>> numbered_label(t, 0, len(t))
    False
    """
    if end - start > 60 or not text[start : start + 1].isupper():
        return False  # plain tests first: a label is short and opens with a capital
    return _NUMBERED.fullmatch(text, start, end) is not None


def committed(text: str, start: int, speech: Speech) -> Speech:
    """The speech of the sentence at ``start``: a commitment ("Toezegging: de wethouder
    stuurt …") that names no speaker is the promise of its subject.

    Examples
    --------
    >>> from kg.extract.speakers import Speech
    >>> t = "Toezegging: de wethouder stuurt de commissie een overzicht."
    >>> committed(t, 0, Speech(subject="role/alderman")).speakers
    ('role/alderman',)
    >>> committed("De wethouder stuurt een overzicht.", 0, Speech(subject="role/a")).speakers
    ()
    """
    if speech.speakers or speech.subject is None or not text.startswith(("T", "t"), start):
        return speech
    if _COMMITMENT.match(text, start) is None:
        return speech
    return replace(speech, speakers=(speech.subject,))


def records(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` is a record of the minutes ("Toezegging: …").

    Examples
    --------
    >>> s = "Toezegging: de wethouder stuurt de commissie een overzicht."
    >>> records(s, 0, len(s))
    True
    >>> s = "Het overzicht is een toezegging van de wethouder."
    >>> records(s, 0, len(s))
    False
    """
    return text[start : min(end, start + 16)].lower().startswith(LABELS)


#: The chair of the meeting asking the members for their verdict: the procedure of the
#: minutes, not a claim.
_CHAIR = r"(?:de\s+)?voorzitter"
_ASKS = r"(?:vraagt|verzoekt)"
_CHAIR_TURN = re.compile(
    rf"[^.;:?!]{{0,40}}?\b(?:{_CHAIR}\s+{_ASKS}|{_ASKS}\s+{_CHAIR})"
    r"\s+(?:de|het|alle)\s+[\w-]+(?:\s+[\w-]+)?\s+om\s+(?:een|hun)\s+"
    r"(?:oordeel|reactie|mening|oordelen|reacties)[^.;:?!,]{0,30}[.!]?",
    re.IGNORECASE,
)


#: The chair running the meeting: opening, closing, adjourning or resuming a part of it
#: ("De voorzitter opent het agendapunt over …", "sluit de vergadering", "schorst het
#: overleg"), giving the floor ("… en geeft het woord aan de wethouder"), welcoming ("heet
#: de insprekers welkom") or thanking for a turn ("dankt de onderzoeker voor de
#: toelichting"): the procedure of the minutes, no claim (gold README,
#: seventeenth batch, decision 2).
_MEETING = (
    r"(?:het\s+(?:agendapunt|punt|overleg|debat|gesprek)|de\s+(?:vergadering|bespreking"
    r"|discussie|bijeenkomst|sessie|beraadslaging)|dit\s+(?:agendapunt|punt|onderwerp))"
)
_TO = r"(?:het\s+woord|de\s+gelegenheid)\s+aan\s+[^.;:?!]{1,60}"  # "het woord aan X"


def _chair_does(verb: str) -> str:
    """The chair and ``verb`` in either order ("De voorzitter sluit", "Daarna sluit de
    voorzitter")."""
    return rf"(?:(?:[\w\s]{{0,30}}?\s)?{verb}\s+{_CHAIR}|{_CHAIR}\s+{verb})\s+"


_RUNS = re.compile(
    rf"(?:{_chair_does('(?:opent|sluit|schorst|heropent)')}{_MEETING}"
    rf"(?:\s+(?:over|van|met)\s[^.;:?!]{{1,80}}?)?(?:\s+en\s+geeft\s+{_TO})?"
    rf"|{_chair_does('geeft')}{_TO}|{_chair_does('heet')}[^.;:?!]{{1,40}}?\s+welkom"
    # thanking a speaker for the turn ("De voorzitter dankt de inspreker voor haar bijdrage")
    rf"|{_chair_does('dankt')}[^.;:?!]{{1,40}}?\s+voor\s+(?:de|het|zijn|haar|hun)\s+"
    r"(?:toelichting|bijdrage|inbreng|presentatie|komst|aanwezigheid|inspraak|woorden))\s*[.!]",
    re.IGNORECASE,
)


def chair_turn(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is only the chair's turn in the meeting:
    asking the members for their verdict, or running the meeting (:data:`_RUNS`).

    Examples
    --------
    >>> s = "Aan het slot vraagt de voorzitter de fracties om een oordeel."
    >>> chair_turn(s, 0, len(s))
    True
    >>> s = "De voorzitter vraagt de leden om hun reactie."
    >>> chair_turn(s, 0, len(s))
    True
    >>> s = "De voorzitter van de Wmo-raad vraagt de wethouder om meer geld voor de thuiszorg."
    >>> chair_turn(s, 0, len(s))
    False
    >>> s = "De voorzitter vindt de wachttijden te lang."
    >>> chair_turn(s, 0, len(s))
    False
    >>> s = "De voorzitter opent de vergadering en geeft het woord aan de wethouder."
    >>> chair_turn(s, 0, len(s))
    True
    """
    if end - start > 160:
        return False  # plain tests first
    low = lowered(text)  # the document's lower case, shared (None: a letter it reads apart)
    if low is None:
        if "voorzitter" not in text[start:end].lower():
            return False
    elif low.find("voorzitter", start, end) < 0:
        return False
    return (
        _CHAIR_TURN.fullmatch(text, start, end) is not None
        or _RUNS.fullmatch(text, start, end) is not None
    )
