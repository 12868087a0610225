"""A municipality that does a task on behalf of both municipalities of a pair.

"Beverwijk, dat de contracten namens beide gemeenten beheert", "A voert de Wsw voor beide
gemeenten uit": the municipality named as the one acting does the task for the other of the
two (Dutch "beide gemeenten": the two named or meant just before; "namens": acting for a
principal, "voor … beheert / uitvoert": a task done for someone). That is ``executes-for``
from the acting municipality to the other one: the other municipality the sentence names, else
the profile's own (the pair is the profile's municipality and its partner). "voor" counts only
with a verb of carrying out a task in the sentence ("de afstand is groot voor beide
gemeenten" is no task); a negation in the clause gives nothing; a body acting for both is read
by the membership rules, not here.

Examples
--------
>>> bool(BOTH.search("dat de contracten namens beide gemeenten beheert"))
True
>>> bool(BOTH.search("namens de gemeenten"))
False
>>> both_in("x werkt namens beide gemeenten"), both_in("voor de twee gemeenten")
(True, True)
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.prefixscan import finditer

__all__ = ["BOTH", "both_in", "both_served"]

_F = re.IGNORECASE
#: "namens / voor beide gemeenten", "namens de twee gemeenten", "voor allebei de gemeenten".
BOTH = re.compile(
    r"\b(?P<cue>namens|voor|ten\s+behoeve\s+van)\s+(?:beide|de\s+twee|deze\s+twee|allebei\s+de)"
    r"\s+gemeenten\b(?!\s+(?-i:[A-Z]))",
    _F,
)
#: A verb of carrying out or managing a task, which makes "voor" a beneficiary.
_TASK = re.compile(
    r"\b(?:beheer\w*|uit(?:voert|voeren|voerde|voerden|gevoerd)|voert|voeren|voerde|voerden"
    r"|regel(?:t|en|de|den)?|geregeld|verzorg\w*|inkoopt|inkopen|ingekocht|koopt|kopen|kocht"
    r"|kochten|organiseer\w*|georganiseerd|contracteer\w*|gecontracteerd|administreer\w*)\b",
    _F,
)
#: Between the acting municipality and the cue: its relative clause ("X, dat de contracten")
#: or its own clause ("X beheert de contracten"), no clause boundary.
_ACTOR_GAP = re.compile(r"(?:\s*,\s*(?:dat|die)\s+|\s+)[^,;:()]*", _F)
_NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b", _F)


def both_in(low: str) -> bool:
    """Whether a lower-cased text can hold the form at all (a cheap word test).

    Examples
    --------
    >>> both_in("de twee gemeenten"), both_in("de gemeenten")
    (True, False)
    """
    return "beide gemeenten" in low or "twee gemeenten" in low or "allebei de gemeenten" in low


def both_served(sen: _Sentence, add: Add) -> None:
    """``executes-for`` from the municipality acting "namens beide gemeenten" (or doing a
    task "voor beide gemeenten") to the other municipality of the pair.

    Examples
    --------
    >>> bool(_ACTOR_GAP.fullmatch(", dat de contracten ")), bool(_ACTOR_GAP.fullmatch(", en "))
    (True, False)
    >>> bool(_TASK.search("dat de Wmo uitvoert")), bool(_TASK.search("is belangrijk"))
    (True, False)
    """
    text = sen.text
    for m in finditer(BOTH, text, sen.start, sen.end):
        before = [p for p in sen.parties if sen.start <= p.start and p.end <= m.start()]
        if not before:
            continue
        actor = before[-1]
        if actor.kind != "municipality" or not _ACTOR_GAP.fullmatch(text, actor.end, m.start()):
            continue
        close = text.find(",", m.end(), sen.end)
        close = close if close >= 0 else sen.end
        if _NEGATION.search(text, actor.end, close):
            continue  # "dat de contracten niet namens beide gemeenten beheert"
        if m.group("cue").lower() != "namens" and not _TASK.search(text, actor.end, close):
            continue  # "voor beide gemeenten" serves only with a task verb
        others = {
            p.entity
            for p in sen.parties
            if p.kind == "municipality" and p.entity != actor.entity and p.start >= sen.start
        }
        if not others and actor.entity != sen.own:
            others = {sen.own}
        if len(others) == 1:
            add("executes-for", actor.entity, others.pop())
