"""The verb of saying, reporting or perceiving right after a named party: a party that
states, shows or sees a fact ("X geeft aan dat …", "X ziet de wachttijd oplopen tot …"),
also past an apposition or a relative clause ("X, de grootste verhuurder in Y, zegt …").

:mod:`kg.extract.statedlinks` makes such a party a source of figures when what it reports
holds an amount, and :mod:`kg.extract.definites` reads a bare head that speaks ("De
directeur zegt …") as the organisation named before it. Verbs of wishing, pleading,
judging or feeling state no fact and are not read. Split out of
:mod:`kg.extract.statedlinks` (600-line limit).

Examples
--------
>>> said_after("De GGD geeft aan dat het druk is.", 6).group(0)
' geeft aan'
>>> said_after("De GGD pleit voor tien extra plaatsen.", 6) is None
True
"""

from __future__ import annotations

import re

__all__ = ["said_after"]

#: A party that states, shows or sees a fact (a Dutch verb of saying, reporting or
#: perceiving right after it: "X geeft aan dat …", "X ziet de wachttijd oplopen tot …",
#: "X waarschuwt dat 1 op de 6 …"): a source of figures when what it reports holds an
#: amount. Verbs of wishing, pleading, judging or feeling ("pleit voor 10 plaatsen",
#: "hoopt 50 mensen te helpen", "vindt") state no fact and are left out.
_REPORTS = re.compile(
    r"\s+(?:(?:zelf|ook|wel|inmiddels|bovendien|daarnaast|verder)\s+)?(?:"
    # "stellen" says only with its clause ("stelt dat"; "stelt 20 plaatsen beschikbaar"
    # does not), "zien" perceives unless it supervises ("ziet toe op")
    r"zeg(?:t|gen)|zei(?:den)?|vertel(?:t|len|de|den)|stel(?:t|len|de|den)\s+dat|meld(?:t|en|de|den)"
    r"|(?:geeft|geven|gaf|gaven)\b[^,;:.]{0,40}?\baan|(?:laat|laten|liet|lieten)\s+weten"
    r"|(?:wijst|wijzen|wees|wezen)\s+(?:\w+\s+)?(?:erop|op)|(?:merkt|merken|merkte|merkten)"
    r"|constate(?:ert|ren|erde|erden)|signale(?:ert|ren|erde|erden)|rapporte(?:ert|ren|erde"
    r"|erden)|bevestig(?:t|en|de|den)|verkla(?:art|ren|arde|arden)|waarschuw(?:t|en|de|den)"
    r"|antwoord(?:t|en|de|den)|verwacht(?:en|te|tten)?|spre(?:ekt|ken)\s+van|sprak(?:en)?\s+van"
    r"|(?:zie(?:t|n)?|zag(?:en)?)(?!\s+(?:\w+\s+){0,3}?toe\b)"
    r"|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,3}?(?:aangegeven|gezegd|verteld|gemeld"
    r"|gesignaleerd|geconstateerd|gerapporteerd|gezien|opgemerkt|laten\s+weten))\b",
    re.IGNORECASE,
)
#: An apposition between a party and its verb ("X, de grootste verhuurder in Y, zegt …"),
#: also a relative clause ("X, die het steunpunt beheert, ziet …").
_APPOSITION = re.compile(r",\s+(?:de|het|een|die|dat)\s+[^,;:.()]{2,60}?,(?=\s)", re.IGNORECASE)


def said_after(text: str, pos: int) -> re.Match[str] | None:
    """The verb of saying or perceiving right after a party ending at ``pos``, also past an
    apposition ("X, de grootste verhuurder in Y, zegt dat …"), else None.

    Examples
    --------
    >>> text = "Stichting X, de grootste verhuurder in Y, zegt dat het druk is."
    >>> said_after(text, 11).group(0)
    ' zegt'
    >>> said_after("Stichting X, de verhuurder, bouwt woningen.", 11) is None
    True
    """
    said = _REPORTS.match(text, pos)
    if said is None and text.startswith(",", pos):
        apposition = _APPOSITION.match(text, pos)
        said = _REPORTS.match(text, apposition.end()) if apposition else None
    return said
