"""Data a party delivers late: no report on the municipality.

A sentence that names a party's figures or data only as late or slow ("de cijfers van X
lopen maanden achter", "waarover X te laat gegevens leverde", "de trage gegevens van X")
reports no figure from them: the party is no source of figures about the municipality, so
the sentence gives no ``reports-on`` (tests/gold/README.md, twenty-seventh session, second
review, point 11: the SVB's data named only as late, slow or hard to use). A sentence that
also gives a figure (a digit) may report one and is left to the other rules.

Source: general Dutch words of data (cijfers, gegevens, data) and of lateness (achterlopen,
te laat, traag, vertraagd, niet op tijd), written without a particular profile's sentence.

Examples
--------
>>> late_data("Raadsleden wijzen erop dat de cijfers van X vaak maanden achterlopen.")
True
>>> late_data("Volgens de cijfers van X steeg het aantal meldingen.")
False
>>> late_data("De cijfers van X lopen achter: in 2016 waren het er 40.")
False
"""

from __future__ import annotations

import re

__all__ = ["late_data"]

_F = re.IGNORECASE
#: Words naming a party's figures or data.
_DATA = re.compile(r"\b(?:cijfers|gegevens|data|aantallen|registratie)\b", _F)
#: Words saying they come late or slowly.
_LATE = re.compile(
    r"\b(?:achter(?:lopen|loopt|liepen|liep)|lopen\s+(?:\w+\s+){0,3}?achter"
    r"|loopt\s+(?:\w+\s+){0,3}?achter|te\s+laat|traag|trage|vertraagd\w*|vertraging"
    r"|niet\s+op\s+tijd|pas\s+na\s+(?:\w+\s+)?maanden)\b",
    _F,
)
_DIGIT = re.compile(r"\d")


def late_data(sentence: str) -> bool:
    """Whether ``sentence`` names data only as late or slow, with no figure of its own.

    Parameters
    ----------
    sentence : str
        The sentence's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> late_data("Ook de accountant had moeite met de trage gegevens van X.")
    True
    >>> late_data("De gegevens van X laten zien dat het aantal daalt.")
    False
    """
    return (
        _DATA.search(sentence) is not None
        and _LATE.search(sentence) is not None
        and _DIGIT.search(sentence) is None
    )
