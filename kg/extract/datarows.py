"""Rows of a table laid out as text, and key-figure lines: data, not claims.

A profile may give figures as a small table in running text ("Werkloosheid 5,9% 7,4%",
"Inwoners 107.400 -", under a header of years: "2014 2015") or as a key-figure line
("Werkloosheid: 9,8% (NL 6,9%)", :mod:`kg.extract.keyfigures`). Such a line is no sentence:
it is in the authors' voice and an account goes on over it. Split out of
:mod:`kg.extract.claims`. A caption closing with a colon right before a table announces
data: neither it nor the table is a finding. A line that names the sources of the figures
("Bron: CBS, 2016.", "Bronnen: [1] …"), a field of the colophon ("Datum: …") or a
cross-reference ("Zie bijlage 2 …") makes no claim either.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.keyfigures import key_figure_line

__all__ = ["announces_data", "data_row", "source_line"]

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


#: A table's header row of years ("2014      2015"): the columns of the rows below it.
_HEADER = re.compile(r"\s*(?:(?:19|20)\d\d\s*){2,}")


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
    >>> data_row("Inwoners (2016): 42.100."), data_row("Huishoudens: ruim 9.000.")
    (True, True)
    >>> data_row("Wmo-gebruik: 6,1% van de inwoners, iets onder het landelijk gemiddelde.")
    True
    >>> data_row("Tekort jeugdhulp: € 2 miljoen, vooral door verblijf.")
    False
    >>> data_row("2014      2015"), data_row("In 2014 en 2015")
    (True, False)
    """
    if text[-1:] in ".!?”\"'’":
        # a sentence; a fact sheet's key-figure line may close with a full stop ("Inwoners
        # (2015): 118.800.", "Aandeel 65-plussers: 19%, landelijk 18%.")
        return text[-1:] == "." and ":" in text and key_figure_line(text)
    return (
        _DATA_ROW.fullmatch(text) is not None
        or _HEADER.fullmatch(text) is not None
        or key_figure_line(text)
    )


def announces_data(text: str, claims, k: int) -> bool:  # noqa: ANN001
    """Whether the claim ``claims[k]`` (with ``start`` and ``end`` in ``text``) announces a
    table: it closes with a colon and the claim after it is a table's row or header. What
    follows is data, so neither is a finding (the gold guideline on announcing questions:
    "where what follows is data …, neither is").

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "De monitor geeft het volgende beeld: 2014 2015 Wmo 2.050 2.260"
    >>> claims = [N(start=0, end=36), N(start=37, end=46), N(start=47, end=62)]
    >>> announces_data(t, claims, 0), announces_data(t, claims, 1)
    (True, False)
    """
    claim = claims[k]
    if not text[claim.start : claim.end].rstrip().endswith(":") or k + 1 >= len(claims):
        return False
    after = claims[k + 1]
    return data_row(text[after.start : after.end])


#: The labels that open a line of the document's apparatus (kg/data/apparatus-labels.txt).
_APPARATUS = word_list("apparatus-labels.txt")
#: Most characters of such a label ("ons kenmerk").
_LABEL_REACH = 14
#: A cross-reference: "Zie bijlage 2 …", "Zie ook: …", "(zie hoofdstuk 3)" opening a line.
_SEE = re.compile(r"\W{0,2}zie\b", re.IGNORECASE)


def source_line(text: str) -> bool:
    """Whether a claim is a line of the document's apparatus: a source ("Bron: CBS, 2016."),
    a field of its colophon ("Datum: 12 mei 2017", labels of kg/data/apparatus-labels.txt)
    or a cross-reference ("Zie bijlage 2 voor de cijfers."). It says where something is or
    comes from and makes no claim, so it is no finding (gold, ninth batch: a "Bronnen:"
    line is running text with mentions, and no finding).

    Examples
    --------
    >>> source_line("Bron: CBS, 2016."), source_line("(bron: Vektis, 2015)")
    (True, True)
    >>> source_line("Bronnen: [1] CBS Statline; [2] GGD Gezondheidsmonitor.")
    True
    >>> source_line("Datum: 12 mei 2017"), source_line("Zie ook: Monitor sociaal domein.")
    (True, True)
    >>> source_line("Bronnen van de gemeente melden een daling."), source_line("Bron van zorg.")
    (False, False)
    >>> source_line("Knelpunten: de wachttijd en de kosten."), source_line("Zij ziet kansen.")
    (False, False)
    """
    colon = text.find(":", 0, _LABEL_REACH + 3)
    if colon > 0:
        label = text[:colon].strip(" ([").lower()
        if label in _APPARATUS:
            return True
    return text[:4].lower().lstrip(" ([").startswith("zie") and _SEE.match(text) is not None
