"""A dependence stated as what the municipality could not do alone.

"Hof van Twente had de inkoop nooit alleen kunnen doen", "dat Alphen de inkoop niet alleen
zou kunnen dragen": a municipality that could not do a task alone depends on the group it
does it with (Dutch "niet / nooit alleen … kunnen": unable without others). The group is the
body or region the sentence names, else the one the profile named last before it (the
joint body of the task spoken about). The infinitive closes its clause, which tells this
"alleen" (alone) from "niet alleen … maar ook" (not only).

Examples
--------
>>> bool(ALONE.search("dat de gemeente de inkoop nooit alleen had kunnen doen."))
True
>>> bool(ALONE.search("De gemeente kan niet alleen sturen, maar ook helpen."))
False
"""

from __future__ import annotations

import re

from kg.extract.jointwork import NEGATION
from kg.extract.prefixscan import search
from kg.extract.relationsentence import Sentence

__all__ = ["ALONE", "alone_dependence"]

#: "niet / nooit alleen (zou / had) kunnen (doen)" closing its clause.
ALONE = re.compile(
    r"\b(?:niet|nooit)\s+alleen\s+(?:(?:zou|zouden|had|hadden|kan|kon|konden)\s+)?kunnen"
    r"(?:\s+[a-z]+en)?\s*(?=[;:,.]|$)",
    re.IGNORECASE,
)
_GROUPS = frozenset({"body", "region"})


def alone_dependence(sen: Sentence) -> list[tuple[str, str, str]]:
    """The ``depends-on`` link of a sentence that says its subject could not do a task
    alone, as ``(type, subject, object)``; empty when it says no such thing.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "Regio X koopt in. Teststad had de inkoop nooit alleen kunnen doen."
    >>> g = M("body/x", "body", 0, 7, "Regio X", 0)
    >>> s = Sentence(t, 18, len(t), [], "m/t", [g])
    >>> alone_dependence(s)
    [('depends-on', 'm/t', 'body/x')]
    """
    found = search(ALONE, sen.text, sen.start, sen.end)
    if found is None:
        return []
    cs = sen.clause_start(found.start())
    that = sen.text.rfind(" dat ", cs, found.start())  # "…, al erkennen zij dat A …"
    cs = that + 1 if that >= 0 else cs
    if search(NEGATION, sen.text, cs, found.start()):
        return []  # "niet" of the cue itself is the only negation it may hold
    subject = sen.subject(cs, found.start())
    named = [p for p in sen.parties if p.kind in _GROUPS]
    group = named[0] if named else sen.last_group(found.start(), document=True, prefer="body")
    if group is None or not subject or subject == group.entity:
        return []
    return [("depends-on", subject, group.entity)]
