"""Counts of the reports a reporting centre received: a finding, not a register's data.

"Veilig Thuis Flevoland ontving in 2015 ruim 150 meldingen uit Dronten." Every
municipality must have an advies- en meldpunt huiselijk geweld en kindermishandeling
(Wmo 2015 art. 4.1.1; since 2015 Veilig Thuis), and the reports it receives from the
municipality are the study's figure of youth protection and domestic violence: the
authors state it as a finding about the centre (tests/gold/README.md, thirty-second
session's settlement, point 5), where other received figures ("ontving 40 aanvragen")
stay the register's data. The centres' names are ``kg/data/report-centres.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract.linekeys import key_end
from kg.extract.model import Polarity
from kg.extract.wordtokens import holds_word
from kg.namespaces import CONCEPT

#: The problem such a count is the figure of.
YOUTH_PROTECTION = CONCEPT + "problem/youth-protection"
#: A rise the sentence tells ("een kwart meer dan in 2015", "steeg"): more reports of
#: violence or abuse is a worse state, so the finding is negative (the settlement's point 5).
_RISE = re.compile(
    r"\b(?:meer\s+dan|steeg|stegen|gestegen|toename|stijging|verdubbel\w*|groei\w*)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A centre's name, then within the clause a form of "ontvangen" and "melding(en)"."""
    names = sorted(word_list("report-centres.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    # within the clause: no full stop or semicolon, save a figure's thousands point ("1.350")
    clause = r"(?:[^.;]|(?<=\d)\.(?=\d))*?"
    return re.compile(
        rf"\b(?:{alternatives})\b{clause}\b(?:ontving|ontvingen|ontvangt|ontvangen)\b"
        rf"{clause}\bmelding(?:en)?\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _at_pattern() -> re.Pattern[str]:
    """The reports counted at a centre: "melding(en) bij" a centre, with a figure within the
    clause before or after it ("Het aantal meldingen bij Veilig Thuis X uit Y steeg van 140
    naar 185.", "In 2016 kwamen er 75 meldingen bij Veilig Thuis binnen.")."""
    names = sorted(word_list("report-centres.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    clause = r"(?:[^.;]|(?<=\d)\.(?=\d))*?"
    at = rf"\bmelding(?:en)?\s+(?:bij|aan)\s+(?:het\s+)?(?:{alternatives})\b"
    return re.compile(rf"\d{clause}{at}|{at}{clause}\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    """The key of a fact sheet's or slide's line that names a centre, then a figure after its
    colon ("Veilig Thuis Zuid: 210 meldingen uit X (2015)", "Meldingen Veilig Thuis: 140")."""
    names = sorted(word_list("report-centres.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(
        rf"\W*(?:[^\W\d][^:.;\n]{{0,40}}?\s)?(?:{alternatives})\b[^:.;\n]{{0,40}}:\s+"
        r"(?:(?:ongeveer|ruim|bijna|circa|zo'n)\s+)?\d",
        re.IGNORECASE,
    )


def centre_reports(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` (``text`` the document) counts the reports a
    reporting centre received.

    Examples
    --------
    >>> t = "Veilig Thuis Flevoland ontving in 2015 ruim 150 meldingen uit Dronten."
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Veilig Thuis, dat de regio bedient, ontving uit X 190 meldingen."
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Veilig Thuis Zuid ontving in 2016 uit Epe ongeveer 1.240 meldingen, tegen 1.050."
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Het sociaal team ontving in 2015 ruim 150 meldingen."
    >>> centre_reports(t, 0, len(t))
    False
    >>> t = "Veilig Thuis ontving in 2015 ruim 40 aanvragen."
    >>> centre_reports(t, 0, len(t))
    False

    The reports counted at the centre ("meldingen bij"), with a figure:

    >>> t = "Het aantal meldingen bij Veilig Thuis Drenthe uit Assen nam toe tot 210."
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Het wijkteam doet meldingen bij Veilig Thuis als het nodig is."
    >>> centre_reports(t, 0, len(t))
    False

    The same count as a key-value line of a fact sheet or slide, the centre in its key:

    >>> t = "Veilig Thuis Zuid: 210 meldingen uit X (2015), 15% meer dan in 2014"
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Meldingen bij Veilig Thuis: ruim 140 (2016)"
    >>> centre_reports(t, 0, len(t))
    True
    >>> t = "Veilig Thuis: meldingen sneller opgepakt"
    >>> centre_reports(t, 0, len(t))
    False
    """
    # every match holds "melding": asked of the document's shared lower case before the
    # patterns (exact)
    if not holds_word(text, start, end, ("melding",)):
        return False
    if holds_word(text, start, end, ("ontv",)) and _pattern().search(text[start:end]):
        return True
    if _at_pattern().search(text[start:end]):
        return True  # "het aantal meldingen bij Veilig Thuis X steeg van 140 naar 185"
    return (
        ":" in text[start:end]
        and key_end(text, start, end) is not None  # a key, no source heading ("Volgens …:")
        and _label_pattern().match(text, start, end) is not None
    )


def centre_view(text: str, polarity: Polarity, concerns: set[str]) -> tuple[Polarity, set[str]]:
    """The polarity and concerns of a centre's count (see :func:`centre_reports`): the
    youth-protection problem joins the concerns, and a rise it tells makes a neutral
    count negative.

    Examples
    --------
    >>> text = "Veilig Thuis X ontving in 2015 ruim 250 meldingen, een kwart meer dan in 2014."
    >>> polarity, concerns = centre_view(text, "neutral", {"o/vt"})
    >>> polarity, sorted(c.rsplit("/", 1)[-1] for c in concerns)
    ('negative', ['vt', 'youth-protection'])
    >>> centre_view("Veilig Thuis X ontving 150 meldingen.", "neutral", set())[0]
    'neutral'
    """
    if polarity == "neutral" and _RISE.search(text):
        polarity = "negative"
    return polarity, concerns | {YOUTH_PROTECTION}
