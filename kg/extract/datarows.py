"""Rows of a table laid out as text, and key-figure lines: data, not claims.

A profile may give figures as a small table in running text ("Werkloosheid 5,9% 7,4%",
"Inwoners 107.400 -") or as a key-figure line ("Werkloosheid: 9,8% (NL 6,9%)",
:mod:`kg.extract.keyfigures`). Such a line is no sentence: it is in the authors' voice and
an account goes on over it. Split out of :mod:`kg.extract.claims`.
"""

from __future__ import annotations

import re

from kg.extract.keyfigures import key_figure_line

__all__ = ["data_row"]

#: A row of a table laid out as text (a paragraph of its own): a short label and at least
#: two values (figures, a dash for none, a level word), no sentence mark at its end:
#: "Werkloosheid 5,9% 7,4%", "Inwoners 107.400 -", "Jeugdhulp hoog gemiddeld".
_VALUE = (
    r"(?:[-–]|(?:€\s*)?\d[\d.,]*\s*%?|hoog|laag|hoger|lager|gemiddeld|gelijk|boven|onder"
    r"|n\.?v\.?t\.?|onbekend)"
)
_DATA_ROW = re.compile(
    rf"\W*[^\W\d_][^\d.!?:;]{{0,60}}?(?:\s+{_VALUE}){{2,}}(?:\s*\([^()]{{1,40}}\))?\s*",
    re.IGNORECASE,
)


def data_row(text: str) -> bool:
    """Whether a claim is a row of a table laid out as text, or a key-figure line
    (:func:`kg.extract.keyfigures.key_figure_line`): data, in the authors' voice.

    Examples
    --------
    >>> data_row("Werkloosheid 5,9% 7,4%"), data_row("Jeugdhulp hoog gemiddeld")
    (True, True)
    >>> data_row("Werkloosheid: 9,8% (NL 6,9%)"), data_row("Inwoners 107.400 -")
    (True, True)
    >>> data_row("De werkloosheid is 5,9% en landelijk 7,4%."), data_row("- de wachtlijsten")
    (False, False)
    """
    if text[-1:] in ".!?”\"'’":
        return False  # a sentence
    return _DATA_ROW.fullmatch(text) is not None or key_figure_line(text)
