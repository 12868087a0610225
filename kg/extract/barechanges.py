"""A sentence that only tells how a quantity changed, with no figure: "Het budget voor de Wmo
bleef in die jaren nagenoeg gelijk", "Het aantal kinderen in de opvang is in twee jaar bijna
gelijk gebleven", "De uitgaven aan begeleiding zijn sinds 2015 gestegen".

The annotation guideline counts a change over time as a figure ("Comparisons without a figure
stay observations", a change is `increase`, `decrease` or `equal`), and a sentence in the
authors' voice that reports figures and nothing else is data. So is such a sentence when the
whole of it is a quantity (:data:`kg.extract.changewords.QUANTITY`: "het aantal", "het
budget", "de uitgaven", "het gebruik") and its change in the past, with at most the time and
an intensifier beside them ("sinds 2015", "in die jaren", "licht", "nagenoeg"). A clause
beside it (a reason, a contrast, a relative clause), what is not a quantity ("De samenwerking
is gegroeid": a judgement) and a trend in the present ("neemt toe": the authors' verdict on
the situation) make no such sentence.

Examples
--------
>>> bare_change("Het budget voor de Wmo bleef in die jaren nagenoeg gelijk.")
True
>>> bare_change("De samenwerking met de huisartsen is sinds 2015 gegroeid.")
False
"""

from __future__ import annotations

import re

from kg.extract.changewords import QUANTITY

__all__ = ["bare_change"]

#: A whole sentence: its subject, a change in the past (a finite past form or a perfect) with
#: the words between, the full stop. "Vooral", "ook" may open it ("Vooral het gebruik van de
#: jeugd-ggz is gestegen": which part changed most, no remark).
_CHANGED = re.compile(
    r"\W*(?:(?:vooral|ook|met\s+name)\s+)?(?P<subject>(?:het|de)\s+[^,;:()]{2,80}?)\s+"
    r"(?P<change>(?:is|zijn)\s+(?:[^,;:()]{1,50}?\s+)?(?:gegroeid|gestegen|gedaald|afgenomen"
    r"|toegenomen|teruggelopen|opgelopen|(?:gelijk|stabiel|constant)\s+gebleven)"
    r"|(?:nam|namen)\s+(?:[^,;:()]{1,50}?\s+)?(?:af|toe)"
    r"|(?:steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen)(?:\s+[^,;:()]{1,50}?)?"
    r"|(?:bleef|bleven)\s+(?:[^,;:()]{1,50}?\s+)?(?:gelijk|stabiel|constant))"
    r"\s*\.\s*",
    re.IGNORECASE,
)
#: A word that opens a clause of its own or sets the change against something: a reason, a
#: contrast, a comparison ("dan"), a conjunction joining another statement (a relative clause
#: in the subject, "Het aantal mensen dat hulp krijgt", only says what is counted).
_CLAUSE = re.compile(
    r"\b(?:omdat|doordat|door|want|maar|terwijl|toch|echter|wel|en|dan|als"
    r"|zodat|waardoor|dankzij|ondanks|vanwege)\b",
    re.IGNORECASE,
)


def bare_change(text: str) -> bool:
    """Whether the sentence ``text`` only tells how a quantity changed, with no figure
    (see the module docstring).

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    bool

    Examples
    --------
    >>> bare_change("Het aantal kinderen in de opvang is in twee jaar bijna gelijk gebleven.")
    True
    >>> bare_change("De uitgaven aan begeleiding stegen in 2016 licht.")
    True
    >>> bare_change("Het aantal meldingen steeg, omdat de huisartsen eerder belden.")
    False
    >>> bare_change("Het aantal ouderen neemt de komende jaren sterk toe.")
    False
    >>> bare_change("Het budget bleef gelijk, maar de vraag groeide.")
    False
    """
    whole = _CHANGED.fullmatch(text)
    return (
        whole is not None
        and QUANTITY.search(whole.group("subject")) is not None
        and _CLAUSE.search(text, whole.start("subject") + 3) is None
    )
