"""A measure taken, told plainly: the authors' fact, not the voice carried before it.

A sentence whose main clause only says, in the passive with no agent, that a measure was
taken on a service, a norm or a budget ("Inmiddels is de wachttijd teruggebracht tot
gemiddeld tien dagen.", "De huishoudelijke hulp, die door drie organisaties wordt geleverd,
werd in 2015 teruggebracht van vier naar drie uur per week.") names no one who says it: it
is a plain fact in the authors' voice (the annotation guideline: the voice is not carried
over plain facts). The participles are the data file ``kg/data/measure-participles.txt``. A
clause set against it or a reason ("maar", "omdat", …) makes it part of an account.

Examples
--------
>>> measure_taken("Inmiddels is de wachttijd teruggebracht tot gemiddeld tien dagen.")
True
>>> measure_taken("De tarieven zijn in 2015 verlaagd, maar de verwachtingen zijn hoger.")
False
>>> measure_taken("Een kanttekening is dat de tarieven in 2015 zijn verlaagd.")
False
>>> measure_taken("In 2016 is daarom ook de schuldhulp aan de wijkteams gekoppeld.")
True
"""

from __future__ import annotations

import re

from kg.datafiles import word_list

__all__ = ["measure_taken"]

_PARTICIPLES = "|".join(sorted(word_list("measure-participles.txt"), key=len, reverse=True))
#: The main clause: a time adverbial and the finite verb before the subject ("Inmiddels is
#: de wachttijd …"), or the subject first, with at most one relative clause after it ("De
#: huishoudelijke hulp, die …, werd …"), then the participle of a measure.
_DONE = re.compile(
    r"^\W*(?:(?:(?:inmiddels|intussen|daarna|vervolgens|sindsdien|(?:in|per|sinds)\s+\d{4})"
    r"\s+(?:is|zijn|werd|werden)\s+(?:(?:daarom|ook|al|toen|nu)\s+){0,2}(?:de|het)\s+[^,;:.]{1,60}?)"
    r"|(?:de|het)\s+[^,;:.]{1,50}?(?:,\s*die\s+[^,;:.]{1,80},)?\s+(?:is|zijn|werd|werden)"
    r"(?:\s+[^\s,;:.]+){0,10}?)"
    rf"\s+(?:{_PARTICIPLES})\b",
    re.IGNORECASE,
)
#: More than the fact: a clause set against it, a reason, an evaluation of it.
_MORE = re.compile(
    r"\b(?:maar|omdat|doordat|want|hoewel|terwijl|helaas|gelukkig|volgens|aldus|dat)\b", re.I
)


def measure_taken(sentence: str) -> bool:
    """Whether ``sentence``'s main clause only says that a measure was taken (the part
    before a semicolon is read).

    Examples
    --------
    >>> measure_taken("De huishoudelijke hulp, die door drie organisaties wordt geleverd, werd"
    ...               " in 2015 teruggebracht van vier naar drie uur; de raad protesteerde.")
    True
    """
    main = sentence.split(";", 1)[0]
    return _DONE.match(main) is not None and _MORE.search(main) is None
