"""The shape of a heading line: short, capitalised, unpunctuated, before a line that opens a
block of its own.

Split out of :mod:`kg.document`, which recognises the headings of a profile with it: a line of
this shape is a heading when it matches a known heading, or stands short and alone.
"""

from __future__ import annotations

import re

from kg.clockentries import CLOCK_ENTRY
from kg.linebreaks import QA_LABEL, heading_text

__all__ = ["figure_follows", "heading_shape"]

#: A footnote's opening number ("[1] ", "¹ ") before a capital.
_NOTE_OPENING = re.compile(r"(?:\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹]+)\s+[A-ZÀ-Ý]")
_QUOTES = "“”\"‘’'„«"


def heading_shape(text: str, nxt: str | None) -> bool:
    """Whether a line's ``text`` has a heading's shape: short, capitalised, not closed
    by punctuation (also before a closing quote), no interview question ("V: …"), then a capital
    or a timestamped entry of a live blog (:mod:`kg.clockentries`: "20:54 – …"; ``nxt``: the
    next line; None, or the end, asks nothing of it).

    Examples
    --------
    >>> heading_shape("Regionale samenwerking", "De gemeente werkt samen."), heading_shape(
    ...     "V: Hoe gaat het?", "A: Goed."), heading_shape("Een coach: ‘Het gaat.’", "De raad.")
    (True, False, False)
    >>> heading_shape("Wonen en zorg", "21:05 – Amersfoort is centrumgemeente.")
    True
    """
    return (
        len(text) <= 100
        and len(text.split()) <= 12
        and text[:1].isupper()
        and not text.rstrip("’”\"'»").endswith((".", ",", ";", ":"))
        and QA_LABEL.match(text) is None
        and (
            nxt is None
            or nxt[:1].isupper()
            or nxt[:1] in _QUOTES
            or heading_text(nxt)[:1].isupper()
            or _NOTE_OPENING.match(nxt) is not None  # "Noten" over "[1] De raad …"
            or CLOCK_ENTRY.match(nxt) is not None  # "Jeugd" over "20:54 – De raad …"
        )
    )


def figure_follows(nxt: str | None) -> bool:
    """Whether the next line ``nxt`` opens with a figure: a date line under a theme's heading
    ("Zorggebruik" over "14 maart 2016", a blog's or a log's entry) or a key figure ("2015:
    310 cliënten"). The capital :func:`heading_shape` asks of the next line guards a wrapped
    sentence; a known heading alone on its line before a figure is still a heading, so the
    document asks :func:`heading_shape` without the next line of a line that matches one.

    Examples
    --------
    >>> figure_follows("14 maart 2016"), figure_follows("De raad."), figure_follows(None)
    (True, False, False)
    """
    return nxt is not None and nxt[:1].isdigit()
