"""An act of administration by the municipality, told plainly: the authors' fact.

A sentence whose subject is the municipality, its board or its council and whose main
clause, in the active perfect or past, says that it took a measure on a service, a rule or
a budget ("De gemeente heeft in 2016 de grens voor het minimabeleid verruimd", "Het college
heeft voor 2017 een bezuiniging aangekondigd", "De gemeente deed een beroep op de
vangnetregeling") names no one who says it: it is a plain fact in the authors' voice (the
annotation guideline: the voice is not carried over plain facts), as the passive of
:mod:`kg.extract.takenmeasures` is. The participles are the data files
``kg/data/measure-participles.txt`` and ``kg/data/administration-acts.txt``. A clause "dat"
after the verb makes it a report; a clause set against it or a source ("maar", "volgens",
…) makes it part of an account.

Examples
--------
>>> acts(" heeft daarom in 2016 de grens voor het minimabeleid verruimd.")
True
>>> acts(" deed in 2015 een beroep op de vangnetregeling.")
True
>>> acts(" heeft aangekondigd dat de tarieven omlaag gaan.")
False
>>> acts(" heeft de tarieven verlaagd, maar de aanbieders zijn boos.")
False
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.namespaces import CONCEPT

__all__ = ["acts", "municipal_act"]

#: The municipality's board, council and staff as a whole, whose acts of administration are
#: facts (``ontology/roles.ttl``).
_GOVERNING = frozenset(
    CONCEPT + "role/" + slug
    for slug in ("executive-board", "council-members", "alderman", "mayor", "civil-servants")
)
_PARTICIPLES = "|".join(
    sorted(
        word_list("measure-participles.txt") | word_list("administration-acts.txt"),
        key=len,
        reverse=True,
    )
)
#: The perfect with the participle last in the main clause ("heeft … verruimd"), or a request
#: for a fund ("deed een beroep op").
_ACT = re.compile(
    r"^\s+(?:(?:heeft|hebben|had|hadden)\s+(?:[^\s,;:.]+\s+){0,14}?"
    rf"(?:{_PARTICIPLES})(?=\s*[.;]|\s+(?:en|om|tot|van|naar|met)\b)"
    r"|(?:doet|doen|deed|deden)\s+(?:[^\s,;:.]+\s+){0,6}?een\s+beroep\s+op)\b",
    re.IGNORECASE,
)
#: A report or more than the fact: a clause set against it, a reason, a source.
_MORE = re.compile(
    r"\b(?:dat|maar|omdat|doordat|want|hoewel|terwijl|helaas|gelukkig|volgens|aldus)\b",
    re.IGNORECASE,
)
#: "De gemeente" opening the sentence as its subject (a bare noun no mention names).
_TOWN = re.compile(r"\W*(?:ook\s+)?de\s+gemeente\b", re.IGNORECASE)


def acts(after: str) -> bool:
    """Whether ``after``, what follows the sentence's subject, says it took a measure.

    Examples
    --------
    >>> acts(" heeft een kindpakket.")
    False
    """
    if "he" not in after and "de" not in after:
        return False  # the plain test first: an auxiliary or "deed"
    found = _ACT.match(after)
    return found is not None and _MORE.search(after) is None


def municipal_act(text: str, start: int, end: int, subject: str | None, after: str) -> bool:
    """Whether the sentence ``text[start:end]``, its subject ``subject`` followed by ``after``
    (None and "" when no group is its subject), tells an act of administration of the
    municipality: the subject one of its board, council or staff, or "De gemeente".

    Examples
    --------
    >>> t = "De gemeente heeft de grens verruimd."
    >>> municipal_act(t, 0, len(t), None, "")
    True
    >>> t = "De gemeenteraad heeft de grens verruimd."
    >>> municipal_act(t, 0, len(t), None, "")
    False
    >>> municipal_act(t, 0, len(t), CONCEPT + "role/council-members", t[15:])
    True
    """
    if subject is not None:
        return subject in _GOVERNING and acts(after)
    town = _TOWN.match(text, start, end)
    return town is not None and acts(text[town.end() : end])
