"""The subject of a comparison: what is compared, read from general Dutch grammar.

A comparison without a figure names what it compares in its subject. Three
grammatical cases are read here:

- coordinated noun phrases, each with its article: ``het aantal cliënten en de
  kosten`` (two quantities, compared alike), also ``zowel X als Y``; without a
  second article (``de gezondheid en redzaamheid``) it is one;
- the words of a subject, without its article and degree words (the measure
  phrase read for a measure);
- the subject after its verb, after a fronted phrase (Dutch inversion):
  ``In 2016 steeg het aantal cliënten``.
"""

from __future__ import annotations

import re

from kg.extract.changewords import QUANTITY

ARTICLE = re.compile(r"^(?:de|het|een|dat|dit|deze|die)\s+", re.I)
_BOTH = re.compile(r"\bzowel\s+", re.IGNORECASE)
_BOTH_AND = re.compile(r"\s+als\s+(?=(?:de|het)\s)", re.IGNORECASE)
_COPULA_AFTER = re.compile(
    r"\s+(?:is|zijn|was|waren|wordt|worden|ligt|liggen|blijft|blijven)\b", re.IGNORECASE
)
#: The subject after its verb, up to the amount ("met 8%"), a conjunction or the clause's end.
_INVERTED = re.compile(
    r"\s+(?:(?:ook|nog|verder|fors|sterk|licht|flink|iets)\s+)*(?P<subject>(?:de|het)\s+"
    r"[^,;:.()]{1,60}?)(?=\s*(?:[,.;:)]|$)|\s+(?:met|tot|naar|van)\s+(?:\S+\s+)?[\d€]"
    r"|\s+(?:en|maar|door)\b)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\s+(?:met|tot|naar|van)\s+(?:\S+\s+)?[\d€]", re.IGNORECASE)


def measure_phrases(phrase: str) -> list[str]:
    """The measure phrases of a subject: one per coordinated noun phrase.

    Examples
    --------
    >>> measure_phrases("Het aandeel ouderen en de stapeling van voorzieningen ")
    ['aandeel ouderen', 'stapeling van voorzieningen']
    >>> measure_phrases("De werkloosheid daarentegen")
    ['werkloosheid']
    """
    phrase = re.sub(r"\s+(?:daarentegen|met name|vooral|ook|nog)\b", "", phrase.strip(" ,"))
    parts = re.split(r"\s+en\s+(?=(?:de|het)\s)", phrase)
    out = []
    for part in parts:
        words = ARTICLE.sub("", part.strip()).split()[:6]
        if words:
            out.append(" ".join(words))
    return out or [phrase]


def coordinated(subject: str) -> list[str]:
    """The quantities of a subject, one per coordinated noun phrase that names one.

    "het aantal cliënten en de kosten" are two quantities compared alike; "de
    gezondheid en redzaamheid" (no article) and "het aantal ouders en kinderen"
    (one quantity of two groups) are one.

    Examples
    --------
    >>> coordinated("Het aantal cliënten en de kosten van de zorg ")
    ['aantal cliënten', 'kosten van de zorg']
    >>> coordinated("het aantal ouders en kinderen")
    ['het aantal ouders en kinderen']
    >>> coordinated("Zowel het aantal ouderen als de kosten")
    ['aantal ouderen', 'kosten']
    """
    both = _BOTH.search(subject)
    if both:  # "zowel X als Y": as "X en Y"
        subject = _BOTH_AND.sub(" en ", subject[both.end() :])
    parts = measure_phrases(subject) if re.search(r"\sen\s+(?:de|het)\s", subject) else []
    parts = [_COPULA_AFTER.split(p, maxsplit=1)[0] for p in parts]  # the noun phrase only
    if len(parts) > 1 and all(QUANTITY.search(p) for p in parts):
        return parts
    return [subject]


def subject_of_verb(text: str, c0: int, start: int, end: int, ceiling: int) -> tuple[str, int]:
    """The subject of a verb of change at ``text[start:end]`` and the end of its quote.

    The clause before the verb (from ``c0``) names it, or, when that names no
    quantity, the noun phrase right after the verb does (an inversion), unless
    a figure after it states the change ("daalde het aantal X met 8%").

    Examples
    --------
    >>> t = "In 2016 steeg het aantal cliënten."
    >>> subject_of_verb(t, 0, 8, 13, len(t))
    ('het aantal cliënten', 33)
    >>> t = "In 2016 steeg het aantal cliënten met 8%."
    >>> subject_of_verb(t, 0, 8, 13, len(t))
    ('In 2016 ', 13)
    """
    before = text[c0:start]
    if QUANTITY.search(before):
        return before, end
    after = _INVERTED.match(text, end, ceiling)
    if after and QUANTITY.search(after.group("subject")) and not _AMOUNT.match(text, after.end()):
        return after.group("subject"), after.end("subject")
    return before, end
