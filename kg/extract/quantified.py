"""A quantifier on a measured group: "er lopen weinig re-integratietrajecten",
"minder mensen met een uitkering", "minder geld".

The noun after "weinig", "meer" or "minder" (or what a group of people has, after
"met") must be a cue of the measure vocabulary; the observation has no figure. "meer"
or "minder" before any countable group the vocabulary lacks ("meer mensen met schulden
kloppen aan", "minder zzp'ers") is more or fewer of that group, without a measure,
unless the clause states a need or a wish ("er zijn meer vrijwilligers nodig").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from kg.extract.changewords import QUANTIFIER_WORDS
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.vagueamounts import counts_group

__all__ = ["CLAUSE_START", "Maker", "quantified"]


class Maker(Protocol):
    """What makes an observation without a figure (``kg.extract.comparisons``)."""

    measures: MeasureVocabulary

    def __call__(
        self,
        sentence_index: int,
        start: int,
        end: int,
        measure: str,
        cmp_word: str,
        reference: str | None = None,
        qualifier: str | None = None,
    ) -> Indicator:
        """The observation of ``text[start:end]`` with the measure ``measure`` names."""
        ...


#: Where a clause begins (its end for a quantifier's noun; also read by comparisons).
CLAUSE_START = re.compile(r"[,;:(]\s*|\b(?:dat|omdat|doordat|terwijl|maar|want|waardoor)\s+", re.I)
#: Words after a quantified population that say what its members do or get.
_ACTS = re.compile(r"\s+(?!(?:dan|als|in|wonen|woonden)\b)[^\W\d]", re.IGNORECASE)
#: A quantifier before a noun: "weinig re-integratietrajecten", "minder inwoners kregen hulp"
#: (its noun must be a cue of a measure; "onder meer", "niet meer", "steeds meer" are no
#: quantifier of a noun, and "meer X dan gemiddeld" is read by :mod:`kg.extract.changes`).
#: A bare "veel X" is left out: it mostly introduces a group ("veel ouderen wonen alleen")
#: and, tried, it added extras on the held-out half of the dev set.
_QUANTIFIER = re.compile(
    r"\b(?P<cmp>" + "|".join(QUANTIFIER_WORDS) + r")\s+(?=[^\W\d])", re.IGNORECASE
)
#: Words before "meer" / "minder" that make it no quantifier of the next noun.
_NOT_QUANTIFYING = re.compile(r"\b(?:onder|niet|geen|steeds|zo|net|hoe|te)\s+$", re.IGNORECASE)
#: A group of people and "met" before what it has: "mensen met een", "huishoudens met".
_GROUP_WITH = re.compile(
    r"(?:mensen|inwoners|huishoudens|gezinnen|kinderen|volwassenen|personen)\s+met\s+"
    r"(?:een\s+|de\s+|het\s+)?",
    re.IGNORECASE,
)
#: What makes a quantified noun a comparison with a reference, read elsewhere.
_THAN = re.compile(r"\b(?:dan|als)\b", re.IGNORECASE)
#: Less money than before: "krijgen minder geld", "is er minder geld voor"; not a need.
_LESS_MONEY = re.compile(r"minder\s+geld\b(?!\s+(?:nodig|uit|kwijt)\b)", re.IGNORECASE)


def quantified(text: str, s0: int, s1: int, idx: int, _make: Maker) -> list[Indicator]:
    """A quantifier on a measured group: "lopen er weinig re-integratietrajecten".

    The noun right after the quantifier, or what a group of people has ("weinig mensen
    met een laag inkomen"), must be a cue of a measure that is not an amount of money
    ("minder middelen" is a budget said loosely); a comparison with "dan" or "als" in
    the clause is read by other patterns.

    Parameters
    ----------
    text : str
        The document text.
    s0, s1 : int
        The sentence's span.
    idx : int
        The sentence's index.
    _make : Maker
        Makes each observation (and holds the measure vocabulary).

    Returns
    -------
    list of Indicator
        One observation without a figure per quantified group.
    """
    found: list[Indicator] = []
    for m in prefixed_finditer(_QUANTIFIER, text, s0, s1):
        if _NOT_QUANTIFYING.search(text, max(s0, m.start() - 8), m.start()):
            continue
        # "meer mensen met een laag inkomen": what the group has is the measure
        group = _GROUP_WITH.match(text, m.end(), s1)
        had = _make.measures.cue_at(text, group.end(), s1) if group else None
        at = group.end() if group and had else m.end()
        cue = had or _make.measures.cue_at(text, m.end(), s1)
        measures = _make.measures.measures_of(cue) if cue else ()
        stop = _clause_end(text, m.end(), s1)
        if cue is None or not measures or any("EUR" in k.units for k in measures):
            people = _people(text, m, stop)
            if people is not None:  # "meer mensen kloppen aan": more of a group, unnamed
                # the quote runs to the clause's end, where a hedge may stand ("lijken")
                found.append(_make(idx, m.start(), stop, text[m.end() : people], m["cmp"]))
                continue
            if _LESS_MONEY.match(text, m.start(), s1) is None:
                continue
            cue = "geld"  # "minder geld om …": the budget shrinks
        if _THAN.search(text, m.end(), stop):
            continue
        end = at + len(cue)
        label = "budget" if cue == "geld" else text[at:end]
        ind = _make(idx, m.start(), end, label, m.group("cmp"))
        if ind.measure == "inhabitants" and _ACTS.match(text, end, s1):
            # "minder inwoners huishoudelijke hulp kregen": fewer of them did something; what
            # they did is the measure, not the population
            ind = replace(ind, measure=None)
        found.append(ind)
    return found


def _clause_end(text: str, pos: int, ceiling: int) -> int:
    m = CLAUSE_START.search(text, pos, ceiling)
    return m.start() if m else ceiling


#: A plural noun after "meer" / "minder", possibly after one adjective, and what the group
#: has ("meer mensen met schulden").
_PLURAL_AFTER = re.compile(
    r"\s*(?:[^\W\d][\w-]*e\s+)?(?P<noun>[^\W\d][\w’'-]*)(?:\s+met\s+(?:een\s+)?[^\W\d][\w-]*)?"
)
#: A need or a wish in the clause: what is wanted is no quantity seen ("er zijn meer
#: vrijwilligers nodig", "behoefte aan meer mantelzorgers", "wil meer ouderen bereiken").
_WANTED = re.compile(
    r"\b(?:nodig|behoefte|wens\w*|wil|willen|wilde|wilden|moet|moeten|zou|zouden|graag|pleit\w*)\b",
    re.IGNORECASE,
)


def _people(text: str, m: re.Match, stop: int) -> int | None:
    """Where "meer" / "minder" and the group of people (or other countable group) it
    quantifies end, when the clause states how many more or fewer of them there are: the
    noun is a countable group (:func:`kg.extract.vagueamounts.counts_group`), the clause
    compares with nothing ("dan", "als": read elsewhere) and wants nothing.

    Examples
    --------
    >>> s = "Zij zien meer mensen met schulden aankloppen."
    >>> m = _QUANTIFIER.search(s)
    >>> s[m.start() : _people(s, m, len(s))]
    'meer mensen met schulden'
    >>> s = "Er zijn meer vrijwilligers nodig."
    >>> _people(s, _QUANTIFIER.search(s), len(s)) is None
    True
    """
    if m["cmp"].lower() == "weinig":
        return None  # "weinig mensen" is a vague count (:mod:`kg.extract.vagueamounts`)
    group = _PLURAL_AFTER.match(text, m.end(), stop)
    if group is None or not counts_group(group["noun"]):
        return None
    cut = CLAUSE_START.split(text[max(0, m.start() - 80) : m.start()])[-1]
    if _THAN.search(text, m.end(), stop) or _WANTED.search(cut + text[m.start() : stop]):
        return None
    return group.end()
