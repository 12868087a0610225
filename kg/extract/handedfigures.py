"""Figures the municipality handed to the writers, given as its account.

"Volgens de cijfers die de gemeente ons heeft gegeven, had 8% van de jongeren jeugdhulp":
the figures are attributed to the municipality, which gave them to the writers, so the
claim is the municipality's, and "de gemeente" speaks through its civil servants (gold
README, the advisory council's report, twentieth batch: "a figure sentence attributed to
someone … is a finding"). General Dutch report writing, not any profile's wording. The
form: "volgens" and a noun of figures or data ("cijfers", "gegevens", "data", "aantallen",
"registratie"), a relative clause "die/dat de gemeente" (or "het college", "ambtenaren",
"het gemeentehuis"/"het stadhuis") with a verb of handing over ("gaf", "heeft gegeven",
"stuurde", "(aan)leverde", "verstrekte", "toestuurde"), the writers as the receiver or
left out ("ons", "aan de onderzoekers", "het onderzoeksteam"). Figures of a named statistical
source ("volgens de cijfers van CBS") and the writers' own reading of data ("Uit de
cijfers blijkt …") are no such account and stay the authors'.
"""

from __future__ import annotations

import re

from kg.namespaces import CONCEPT

__all__ = ["handed_figures"]

CIVIL_SERVANTS = CONCEPT + "role/civil-servants"
EXECUTIVE_BOARD = CONCEPT + "role/executive-board"
#: The verbs of handing over, any tense ("gaf", "heeft gegeven", "leverde aan").
_HANDED = (
    r"(?:gaf|gaven|geeft|geven|gegeven|stuurde|stuurden|stuurt|gestuurd|toestuurde|toestuurden"
    r"|toegestuurd|leverde|leverden|levert|geleverd|aanleverde|aanleverden|aangeleverd"
    r"|verstrekte|verstrekten|verstrekt|beschikbaar\s+stelde|beschikbaar\s+gesteld"
    r"|overhandigde|overhandigd|bezorgde|bezorgd)"
)
#: "volgens de cijfers die de gemeente ons heeft gegeven", "volgens de gegevens die het
#: college aan de onderzoekers leverde"; the giver is group 1.
_FORM = re.compile(
    r"\bvolgens\s+(?:de|het)\s+(?:[\w-]+\s+)?(?:cijfers|gegevens|data|aantallen|registratie"
    r"|overzicht|opgave)\s+(?:die|dat)\s+(?P<giver>de\s+gemeente|het\s+college|ambtenaren"
    r"|de\s+ambtenaren|het\s+gemeentehuis|het\s+stadhuis)\s+(?:(?:ons|aan\s+ons"
    r"|(?:aan\s+)?de\s+onderzoekers|(?:aan\s+)?het\s+onderzoeksteam|(?:aan\s+)?de\s+auteurs"
    r"|zelf|eerder|in\s+\d{4}|vorig\s+jaar|daarover|hierover)\s+){0,3}"
    rf"(?:(?:heeft|hebben|had|hadden)\s+)?(?:\w+\s+)?{_HANDED}\b",
    re.IGNORECASE,
)


def handed_figures(sentence: str, lower: str | None = None) -> str | None:
    """The role whose figures, handed to the writers, the sentence gives, or None.

    Parameters
    ----------
    sentence : str
        The sentence's text.
    lower : str or None, optional
        The sentence in lower case for the word pre-check (None: read here).

    Returns
    -------
    str or None
        The civil servants (the executive board where the college gave them), or None.

    Examples
    --------
    >>> s = "Volgens de cijfers die de gemeente ons heeft gegeven, stijgt de jeugdhulp."
    >>> handed_figures(s).rsplit("/", 1)[-1]
    'civil-servants'
    >>> s = "Volgens de gegevens die het college aanleverde, had 5% een uitkering."
    >>> handed_figures(s).rsplit("/", 1)[-1]
    'executive-board'
    >>> handed_figures("Volgens de cijfers van het CBS had 5% een uitkering.") is None
    True
    """
    low = sentence.lower() if lower is None else lower
    if "volgens" not in low or ("die" not in low and "dat" not in low):
        return None  # the plain pre-check: most sentences hold no "volgens … die"
    found = _FORM.search(sentence)
    if found is None:
        return None
    if found.group("giver").lower().endswith("college"):
        return EXECUTIVE_BOARD
    return CIVIL_SERVANTS
