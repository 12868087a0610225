"""A group's count of its own caseload, told plainly: the authors' fact.

A sentence whose subject is a group or a named service and whose main verb counts what
came in or what it holds, with a figure ("De kredietbank, die de schuldhulp uitvoert,
telde in 2015 bijna 900 aanmeldingen", "Veilig Thuis ontving ongeveer 190 meldingen",
"Het steunpunt telt ruim 2.400 ingeschreven mantelzorgers") reports a figure of its
registration: no view of the group, and no voice the paragraph carries (the annotation
guideline: the voice is not carried over plain facts). General Dutch: the verbs "tellen",
"ontvangen", "registreren" with a number as their object. A clause "dat" after the verb
makes it a report.

Examples
--------
>>> counts_caseload(", die de schuldhulp uitvoert, telde in 2015 bijna 900 aanmeldingen.")
True
>>> counts_caseload(" ontving uit de stad in 2015 ongeveer 190 meldingen.")
True
>>> counts_caseload(" telt op de steun van de gemeente.")
False
>>> counts_caseload(" ontving signalen dat 30 gezinnen in de knel zitten.")
False
"""

from __future__ import annotations

import re

__all__ = ["counts_caseload"]

#: A relative clause on the subject before its verb (", die de schuldhulp uitvoert,").
_RELATIVE = r"(?:\s*,\s*(?:die|dat)\s[^,;:.]{1,90},)?"
#: The counting verbs in the present and past, singular and plural.
_COUNTS = (
    r"(?:telt|tellen|telde|telden|ontvangt|ontvangen|ontving|ontvingen"
    r"|registreert|registreren|registreerde|registreerden)"
)
#: The verb, then a figure within a few words ("in 2015 bijna 900", "ruim 2.400"); a year
#: is not the count ("in 2015" is skipped by the words before the figure).
_CASELOAD = re.compile(
    rf"{_RELATIVE}\s+{_COUNTS}\s+(?:(?!dat\b|die\b)[^\s\d,;:.]+\s+|in\s+\d{{4}}\s+){{0,5}}?\d[\d.,]*\s",
    re.IGNORECASE,
)


def counts_caseload(after: str) -> bool:
    """Whether ``after``, the words after a sentence's subject, counts the subject's
    caseload with a figure and reports nothing ("dat").

    Examples
    --------
    >>> counts_caseload(" telt ruim 2.400 ingeschreven mantelzorgers.")
    True
    >>> counts_caseload(" telde 900 aanmeldingen, maar zegt dat het er meer worden.")
    False
    """
    found = _CASELOAD.match(after)
    return found is not None and re.search(r"\bdat\b", after[found.end() :]) is None
