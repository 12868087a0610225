"""The entry line of a dated log: the heading of a diary's entry, no claim.

A field diary, a logbook or a travel account opens each entry with a line that only dates
it: a weekday, alone or joined with a part of the day ("Dinsdagmiddag.", "Vrijdagochtend."),
or a day of a month ("3 mei."), with or without the day's number and month ("Maandag 11
april."), or a part of the day alone ("’s Avonds.") or a numbered day ("Dag 3."), and at
most a short phrase after a comma that places it in space or in the day ("Woensdag,
later.", "Donderdag 14 april, dorpshuis in Valthermond.", "Maandag, ’s avonds in
het hotel."). The line stands first in its paragraph (run into it, or on a line of its
own), has no verb and no pronoun of its own: it is a heading. It keeps its mentions, but it
makes no claim (gold README, seventeenth batch, decision 16: the date lines of the field
diary are no findings).

A blog or a newsletter dates its posts so on a line of its own, with no full stop ("14 maart
2016", "Geplaatst op 3 mei 2016", "Vrijdag 20 mei"); the date lines of such a blog are no
findings either (nineteenth batch, decision 5).

A sentence that goes on after the date with a clause is no entry line ("Dinsdag 12 april
sprak ik de wethouder.", "Maandag, de raad besluit.", "Vrijdag is de markt."), nor one
inside a paragraph.

Source: general Dutch (the dating of diary and log entries; the words of
``kg/data/weekdays.txt``, ``kg/data/day-parts.txt``, ``kg/data/months.txt`` and
``kg/data/clause-words.txt``), written for the construction, not from one profile.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list

__all__ = ["entry_line"]

_DAYS = sorted(word_list("weekdays.txt"))
_PARTS = sorted(word_list("day-parts.txt"))
_MONTHS = sorted(word_list("months.txt"))
_DATE = (
    rf"(?:[1-3]?\d\s+(?:{'|'.join(_MONTHS)})(?:\s+(?:19|20)\d\d)?"
    r"|[1-3]?\d-[01]?\d-(?:19|20)\d\d|[1-3]?\d/[01]?\d/(?:19|20)\d\d)"  # "14-3-2016"
)
#: The word a blog or a newsletter dates a post with: "Geplaatst op 2 mei 2016".
_POSTED = r"(?:(?:geplaatst|gepubliceerd|geschreven|verschenen)\s+(?:op\s+)?)?"
#: The date that opens the line: a weekday (with a part of the day, and a day's date) or a
#: day's date alone.
_OPENS = re.compile(
    rf"{_POSTED}(?:(?:{'|'.join(_DAYS)})(?:{'|'.join(_PARTS)})?(?:\s+{_DATE})?|{_DATE}"
    # a part of the day alone ("’s Avonds."), a numbered day of the trip ("Dag 3.")
    rf"|[’']s\s+(?:{'|'.join(_PARTS)})s|dag\s+[1-9]\d?)(?=\s*[,.]|\s*$)",
    re.IGNORECASE,
)
#: What follows a line of its own: the end of its line.
_ALONE = re.compile(r"[ \t]*(?:\n|$)")
#: The short phrase after the comma: at most six words ("’s avonds in het hotel").
_PLACE = re.compile(r"\s*,\s*((?:[’']s\s+)?[\w-]+(?:\s+[\w’'-]+){0,5})\s*")
#: Words that make the rest a clause: the pronouns and the finite forms of the verbs a
#: short clause needs ("Maandag, ik reis af.", "Vrijdag, het is stil.").
_CLAUSE = word_list("clause-words.txt")


def entry_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is the dated heading of a log's entry.

    Examples
    --------
    >>> t = "Vrijdag 3 juni, station Zwolle. Ik begin bij de wethouder."
    >>> entry_line(t, 0, t.index(" Ik"))
    True
    >>> t = "Dinsdagochtend."
    >>> entry_line(t, 0, len(t))
    True
    >>> t = "Dinsdag 12 april sprak ik de wethouder."
    >>> entry_line(t, 0, len(t))
    False
    >>> t = "Geplaatst op 3 mei 2016\\nHet loket is druk."
    >>> entry_line(t, 0, t.index("\\n"))
    True
    >>> t = "Het loket is open. Woensdag, later."
    >>> entry_line(t, t.index("W"), len(t))
    False
    """
    first = text[start : start + 1]
    if end - start > 80 or not (first.isalnum() or first in "’'"):
        return False  # plain tests first: a short line
    stop = text[end - 1 : end] == "."
    if not stop and not _ALONE.match(text, end):
        return False  # a full stop, or nothing on a line of its own ("14 maart 2016")
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if before and before[-1] != "\n":
        return False  # inside a paragraph
    opens = _OPENS.match(text, start, end)
    if opens is None:
        return False
    rest = text[opens.end() : end - 1 if stop else end]
    if not rest.strip():
        return True
    place = _PLACE.fullmatch(rest)
    if place is None:
        return False
    return not _CLAUSE.intersection(place.group(1).lower().split())
