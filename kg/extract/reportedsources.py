"""A source named inside what a speaker reports: the outermost reporter holds the claim.

When a subject reports in a clause of its own and the source stands inside the reported
clause, after its complementiser ("De wethouder vertelt dat volgens de scholen het verzuim
daalt", "Hij voegt eraan toe dat dit volgens de huisartsen goed werkt", "Een ambtenaar merkt
op dat de wachttijd bij de corporatie volgens die corporatie is opgelopen"), the reporter
passes that view on: the reporter is the speaker and the source is what the claim is about
(gold README, fourteenth batch, decision 15: nested attribution; seventeenth batch, decision
1: "De onderzoeker bevestigt dat volgens de ambtenaren …" is the researcher's). A source in
a main clause of its own ("…, maar volgens de raad …", "…; volgens de scholen …") still
speaks beside the subject, and a source between the subject and its complementiser
("Huisartsen vinden volgens de wethouder dat …") is hearsay (:mod:`kg.extract.hearsay`).

Source: general Dutch grammar (a "volgens" adjunct attributes the clause it stands in; a
"dat"- or "of"-clause is the object of the reporting verb).

Examples
--------
>>> s = "De wethouder vertelt dat volgens de scholen het verzuim daalt."
>>> inside_report(s, len("De wethouder"), s.index("de scholen"))
True
>>> s = "De wethouder vertelt dat het verzuim daalt, maar volgens de scholen stijgt het."
>>> inside_report(s, len("De wethouder"), s.index("de scholen"))
False
"""

from __future__ import annotations

import re

__all__ = ["inside_report", "passed_on", "pronoun_reporter"]

#: From the complementiser that opens the reported clause to the source: no break into a
#: main clause of its own (a semicolon, colon or a contrasting "maar", "terwijl", "want"
#: after a comma, unless a new "dat" follows; a full stop only inside a figure: "1.100"),
#: then "volgens" and at most three words of
#: the source's phrase before its noun ("de", "een van de", "het").
_REPORTED = re.compile(
    r"\b(?:dat|of)\b(?:(?![;:]|,\s*(?:maar|terwijl|want|al)\b)(?:[^.!?]|\.(?=\d)))*?"
    r"\bvolgens\s+(?:[^\W\d][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
#: A personal pronoun that opens the sentence as the subject of a reporting verb with a
#: complement ("Hij voegt eraan toe dat", "Zij vertelt dat", "Hij vraagt of"): the verb and
#: up to four words of particles and objects before the complementiser.
_PRONOUN_OPENS = re.compile(
    r"\W*(?:ook\s+)?(hij|zij|ze|ik|wij|we)\s+(?:[^\W\d][\w'’-]*\s+){1,5}?(?:dat|of)\b",
    re.IGNORECASE,
)


def inside_report(text: str, subject_end: int, source_start: int) -> bool:
    """Whether the source whose mention starts at ``source_start`` stands, after "volgens",
    inside the clause the subject ending at ``subject_end`` reports ("… vertelt dat volgens
    X …").

    Examples
    --------
    >>> s = "De ambtenaar licht toe dat de lijnen volgens de intern begeleiders kort zijn."
    >>> inside_report(s, len("De ambtenaar"), s.index("de intern"))
    True
    >>> s = "Huisartsen vinden volgens de wethouder dat de wachtlijst te lang is."
    >>> inside_report(s, len("Huisartsen"), s.index("de wethouder"))
    False
    >>> s = "Zij zegt dat het goed gaat; volgens de raad is het te duur."
    >>> inside_report(s, len("Zij"), s.index("de raad"))
    False
    >>> s = "Zij zegt dat het druk is, maar dat het volgens de teams te doen is."
    >>> inside_report(s, len("Zij"), s.index("de teams"))
    True
    """
    if source_start <= subject_end:
        return False
    between = text[subject_end:source_start]
    if "volgens" not in between.lower():
        return False  # a plain test first
    return _REPORTED.search(between) is not None


def pronoun_reporter(text: str, start: int, end: int) -> int | None:
    """Where the personal pronoun that opens the sentence ``text[start:end]`` as a reporting
    subject ends ("Hij voegt eraan toe dat …"), or None.

    Examples
    --------
    >>> s = "Hij voegt eraan toe dat dit volgens de huisartsen goed werkt."
    >>> pronoun_reporter(s, 0, len(s))
    3
    >>> pronoun_reporter("Volgens hem werkt dat goed.", 0, 27) is None
    True
    """
    if text[start : start + 1] not in "HhZzIiWwOo":
        return None  # a plain test first: the pronouns' (and "Ook"'s) first letters
    found = _PRONOUN_OPENS.match(text, start, end)
    return None if found is None else found.end(1)


def passed_on(text: str, start: int, end: int, source_start: int, subject_end: int) -> bool:
    """Whether the source at ``source_start`` in the sentence ``text[start:end]`` stands
    inside what its reporting subject reports: the subject's group ending at ``subject_end``
    (0: no subject spoke), else a personal pronoun opening the sentence (:func:`pronoun_reporter`).

    Examples
    --------
    >>> s = "Hij vertelt dat de wachttijd volgens de teams is gedaald."
    >>> passed_on(s, 0, len(s), s.index("de teams"), 0)
    True
    >>> s = "Het gaat volgens de teams beter dan verwacht."
    >>> passed_on(s, 0, len(s), s.index("de teams"), 0)
    False
    """
    if "volgens" not in text[max(start, source_start - 40) : source_start]:
        return False  # a plain test first: "volgens" right before the source
    reporter = subject_end or pronoun_reporter(text, start, end)
    return reporter is not None and inside_report(text, reporter, source_start)
