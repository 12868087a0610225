"""A group named by its difficulty counted as growing or shrinking: "meer kinderen met
gedragsproblemen".

A group of people classified by a difficulty after "met" ("jongeren met psychische
klachten", "huishoudens met schulden", heads in ``kg/data/difficulty-heads.txt``) names a
target group and judges nothing by itself. "Meer" or "vaker" before it ("ziet steeds meer
ouderen met geheugenklachten", "er zijn vaker jongeren met gedragsproblemen") says that
more people are in that difficulty: a growing need, negative; "minder" ("ziet minder
gezinnen met betalingsproblemen") says it eases: positive. Not a bound ("meer dan 200
kinderen met …"), not "niet meer" (no longer), and only before a noun of a
countable group (:func:`kg.extract.vagueamounts.counts_group`), with at most two inflected
adjectives between ("meer jonge gezinnen met schulden"; not "meer aandacht voor kinderen
met …", which asks for care). Read only of a claim no word judges
(:func:`kg.extract.unjudged.unjudged`).
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.prefixscan import finditer
from kg.extract.vagueamounts import counts_group

#: The difficulty heads ("problemen", "klachten", "schulden"), longest first.
HEADS = tuple(sorted(word_list("difficulty-heads.txt"), key=len, reverse=True))

#: "meer"/"vaker"/"minder", up to two inflected adjectives, the group, "met", up to two
#: words ("een", "psychische"), and a difficulty as a word or the end of a compound.
GROUPED = re.compile(
    r"(?<!\bniet\s)\b(?P<way>meer|vaker|minder)\s+(?!dan\b)(?:[a-zà-ÿ-]+e\s+){0,2}"
    r"(?P<group>[\w'’-]+)\s+met\s+(?:[\w-]+\s+){0,2}?"
    rf"[\w-]*?(?:{'|'.join(HEADS)})\b",
    re.IGNORECASE,
)


def direction(text: str, start: int, end: int) -> int:
    """-1 when ``text[start:end]`` counts a group in difficulty as growing, 1 as shrinking,
    else 0.

    Examples
    --------
    >>> s = "De huisarts ziet steeds meer ouderen met geheugenklachten."
    >>> direction(s, 0, len(s))
    -1
    >>> s = "Het team ziet minder gezinnen met betalingsproblemen."
    >>> direction(s, 0, len(s))
    1
    >>> s = "Het team begeleidt meer dan 200 kinderen met gedragsproblemen."
    >>> direction(s, 0, len(s))
    0
    """
    chunk = text[start:end].lower()
    if " met " not in chunk or not any(head in chunk for head in HEADS):
        return 0  # most claims
    for m in finditer(GROUPED, text, start, end):
        if counts_group(m["group"].lower()):
            return 1 if m["way"].lower() == "minder" else -1
    return 0
