"""Timestamped entries: a clock time and a dash that open an entry of a live blog or a log.

A live blog of a meeting, a log of a day or the minutes of an evening open each entry with
the clock time it was posted or happened, and a dash before its text: "20:14 – De wethouder
opent het debat.", "14.32 uur – De raad stemt.", "9.05 - Het spreekuur begint.". The time
only dates the entry, as a date line dates a diary's entry: it is no part of the sentence
that follows (no figure and no part of a quotation), and a line that opens with it opens a
block of its own, so a short line right above it can be the heading of a section.

A time is an hour (0 to 23), a colon or a period and two digits of minutes, with "uur" or
not; a dash (en dash, em dash or hyphen) and a space follow it. A number with a thousands
point ("1.000 – 2.000") has three digits after its point and is no time; a time with no
dash after it ("om 20.15 uur begon …") opens no entry.

Source: general Dutch typography of clock times (Taalunie: "20.15 uur", "20:15") and the
layout of live blogs and logs, written for the construction, not from any profile.

Examples
--------
>>> clock_entry("20:14 – De wethouder opent het debat.")
8
>>> clock_entry("Om 20.15 uur begon het debat.")
0
"""

from __future__ import annotations

import re

__all__ = ["CLOCK_ENTRY", "clock_entry"]

#: A clock time and a dash at a line's start: "20:14 – ", "14.32 uur – ", "9.05 - ".
CLOCK_ENTRY = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)(?:\s*uur)?\s*[–—-]\s+(?=\S)")


def clock_entry(text: str, pos: int = 0) -> int:
    """Where the text of an entry begins after the clock time that opens it at ``pos``
    (``pos`` when no clock time and dash open it there).

    Parameters
    ----------
    text : str
        The text.
    pos : int, optional
        Where the entry (a line or a paragraph) starts.

    Returns
    -------
    int
        The offset of the entry's first word after its time and dash, else ``pos``.

    Examples
    --------
    >>> clock_entry("14.32 uur – De raad stemt.")
    12
    >>> clock_entry("1.000 – 2.000 inwoners"), clock_entry("De raad: 20:14 – open.", 9)
    (0, 17)
    """
    found = CLOCK_ENTRY.match(text, pos)
    return found.end() if found else pos
