"""The participants' shared view in an account of a group talk: "De groep was het erover eens
dat …" speaks as the participants (``role/interviewees``); a remark on the course of the talk
("De groep kwam niet tot overeenstemming") stays the authors'. Read by
:mod:`kg.extract.codealiases` for sentences that cite no code.
"""

from __future__ import annotations

import re

__all__ = ["group_view"]

#: A statement of the participants' shared view, and a remark on the course of the talk.
_GROUP = re.compile(
    r"\b(?:de\s+(?:hele\s+|voltallige\s+)?groep|beide\s+groepen|de\s+deelnemers"
    r"|alle\s+deelnemers|(?:niemand|iedereen)\s+(?:in|uit|van)\s+de\s+groep)\b",
    re.IGNORECASE,
)
_VIEW = re.compile(
    r"\b(?:het\s+(?:(?:er|daar|hier)\s*)?(?:roerend\s+)?(?:over\s+)?(?:roerend\s+)?eens"
    r"|unaniem|eensgezind|positief|negatief|kritisch|tevreden|ontevreden|bezorgd|somber"
    r"|optimistisch|sprak\s+(?:dat|dit|het)\s+tegen|herkende|herkenden|vond|vonden|vindt|vinden"
    r"|verwacht|verwachtte|verwachtten|noemde|noemden|waarschuwde|waarschuwden)\b",
    re.IGNORECASE,
)
_COURSE = re.compile(r"\b(?:overeenstemming|verdeeld|oneens|uiteen)\b", re.IGNORECASE)


def group_view(quote: str) -> bool:
    """Whether ``quote`` states the participants' shared view ("De groep was het erover eens
    dat …"), not the course of the talk ("De groep kwam niet tot overeenstemming.").

    Examples
    --------
    >>> group_view("De groep was het erover eens dat de wachttijd te lang is.")
    True
    >>> group_view("Over het loket was de groep overwegend positief.")
    True
    >>> group_view("Niemand in de groep sprak dat tegen.")
    True
    >>> group_view("De groep kwam hier niet tot overeenstemming.")
    False
    """
    low = quote[:200].lower()
    if "groep" not in low and "deelnemers" not in low:
        return False
    clause = re.split(r" dat (?!tegen\b)|[:;]|[.!?](?:\s|$)", low, maxsplit=1)[0]
    return (
        _GROUP.search(clause) is not None
        and _VIEW.search(clause) is not None
        and _COURSE.search(clause) is None
    )
