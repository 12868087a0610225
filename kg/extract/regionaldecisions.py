"""Decisions made in the region: the distance from regional decision-making.

"de tarieven worden in Haaglanden vastgesteld", "de besluiten worden in het
portefeuillehoudersoverleg voorbereid": a claim that the decisions, tariffs or contracts
that bind the municipality are made in a region or an intermunicipal body (a mention of
either), or in a regional forum of the gemeenschappelijke regeling (its
portefeuillehoudersoverleg, its algemeen or dagelijks bestuur), states the distance from
regional decision-making the taxonomy's regional-distance names. The nouns and verbs are
those of ``kg/data/problem-elsewhere.toml``, which
:func:`kg.extract.decidedelsewhere.decided_elsewhere` reads for decisions made in another
named municipality; this module reads the same construction with a region, a body or a
forum where the municipality stands.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract import prefixscan
from kg.extract.decidedelsewhere import ELSEWHERE_FILE, load_elsewhere

__all__ = ["FORUM", "decided_in_region", "decision_nouns"]

#: A regional forum of intermunicipal cooperation after "in" (with its article): the
#: meeting of the aldermen of the member municipalities ("het portefeuillehoudersoverleg",
#: "het regionaal overleg") and the boards of a gemeenschappelijke regeling (Wet
#: gemeenschappelijke regelingen art. 12-14: "het algemeen bestuur", "het dagelijks
#: bestuur"), and the region itself ("de regio").
FORUM: re.Pattern[str] = re.compile(
    r"(?:de|het)\s+(?:regio|regionaal\s+overleg|regionale\s+overleg|portefeuillehoudersoverleg"
    r"|algemeen\s+bestuur|dagelijks\s+bestuur)\b"
    # the forum's region or body named after it ("het portefeuillehoudersoverleg van IJsselland")
    r"(?:\s+van\s+(?:de\s+|het\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)?",
    re.IGNORECASE,
)
#: The kinds of mentions that are a region or an intermunicipal body.
_REGIONAL = frozenset({"region", "body"})


@lru_cache(maxsize=2)
def decision_nouns(path: str | Path = ELSEWHERE_FILE) -> tuple[str, ...]:
    """The decision nouns of ``kg/data/problem-elsewhere.toml`` (lower case): one of them
    must stand in a claim before its places are read (the plain test).

    Examples
    --------
    >>> "besluiten" in decision_nouns()
    True
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(sorted({n.lower() for e in data["elsewhere"] for n in e["nouns"]}))


def _places(text: str, start: int, end: int, mentions) -> list[tuple[int, int]]:  # noqa: ANN001
    """The spans of the regions, bodies and forums the claim ``text[start:end]`` names."""
    spans = [(m.start, m.end) for m in mentions if m.kind in _REGIONAL and start <= m.start < end]
    spans += [(f.start(), f.end()) for f in prefixscan.finditer(FORUM, text, start, end)]
    return spans


def decided_in_region(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The problems of decisions a claim says are made in a region, a body or a forum.

    A region or body mention, or a forum (:data:`FORUM`), right after "in" or "uit",
    with a decision noun of ``kg/data/problem-elsewhere.toml`` before it and one of its
    verbs before the place or right after it.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "De productcodes en tarieven worden in Haaglanden vastgesteld."
    >>> at = s.index("Haaglanden")
    >>> h = M("r/haaglanden", "region", at, at + 10, "Haaglanden", 0)
    >>> [p.rsplit("/", 1)[-1] for p in decided_in_region(s, 0, len(s), [h])]
    ['regional-distance']
    >>> s = "De besluiten worden in het portefeuillehoudersoverleg voorbereid."
    >>> [p.rsplit("/", 1)[-1] for p in decided_in_region(s, 0, len(s), [])]
    ['regional-distance']
    >>> s = "Wat in het portefeuillehoudersoverleg van Rijnmond wordt besloten, komt hier binnen."
    >>> [p.rsplit("/", 1)[-1] for p in decided_in_region(s, 0, len(s), [])]
    ['regional-distance']

    A decision that is only found or read there is not made there:

    >>> s = "De besluiten staan in het portefeuillehoudersoverleg op de agenda."
    >>> decided_in_region(s, 0, len(s), [])
    set()
    >>> s = "De tarieven in Haaglanden zijn hoog."
    >>> at = s.index("Haaglanden")
    >>> decided_in_region(s, 0, len(s), [M("r/h", "region", at, at + 10, "Haaglanden", 0)])
    set()
    """
    if not prefixscan.may_hold_in(text, start, end, decision_nouns()):
        return set()  # the plain test first: most claims name no decision
    out: set[str] = set()
    for at, stop in _places(text, start, end, mentions):
        lead = text[max(start, at - 5) : at].lower()
        if not (lead.endswith(" in ") or lead.endswith(" uit ")):
            continue
        window = max(start, at - 80)
        for entry in load_elsewhere():
            if entry.before.search(text, window, at) is None:
                continue
            if entry.after.match(text, stop) or entry.before_verb.search(text, window, at):
                out.add(entry.problem)
    return out
