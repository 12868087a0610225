"""A service cut back in the clause after its name: the relative clause or the resumed verb.

A service named as the subject of a problem ("de huishoudelijke hulp") counts as lacking
when its clause says it was cut back (:func:`kg.extract.clausecues.lacks`). Dutch often
puts that verb in another clause, in two general ways:

- a relative clause on the name states the cut: "de huishoudelijke hulp, die in 2015 voor
  1.100 cliënten werd teruggebracht tot een basispakket, …" (the relative pronoun stands
  for the name before its comma);
- a relative clause stands between the name and its verb, and the clause after it opens
  with the finite verb: "de huishoudelijke hulp, die door drie organisaties wordt
  geleverd, werd teruggebracht van vier naar drie uur".

Either way the cut judges the service as it would in one clause: a lack, negative. The
verbs of cutting back are :data:`kg.extract.reassurances.CUT_BACK`; a denied cut ("die
niet werd gekort") is none. Asked only of a claim with a subject cue that closes its clause
before a comma.
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.direction import quantity_sign
from kg.extract.reassurances import CUT_BACK, cut_back
from kg.extract.toneframes import Cue

#: Relative pronouns that open a clause on the name before them.
_RELATIVES = frozenset({"die", "dat", "welke"})
#: Finite forms of the auxiliaries a resumed passive or perfect opens with ("werd gekort").
_FINITE = frozenset({"werd", "werden", "wordt", "worden", "is", "zijn", "was", "waren"})


def resumed_cuts(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` and a cue (-1) at the verb of each cut that a relative clause or a resumed
    verb states of a service named before a comma.

    Examples
    --------
    >>> s = ("De hulp, die door drie organisaties wordt geleverd, werd teruggebracht "
    ...      "van vier naar drie uur.")
    >>> c = Cue(3, 7, -1, problem=True, subject=True)
    >>> [(s[x.start : x.end], x.sign) for x in resumed_cuts(s, 0, len(s), [c])][1:]
    [('teruggebracht', -1)]
    >>> s = "Wel kost de hulp, die in 2015 werd teruggebracht tot een basispakket, veel tijd."
    >>> c = Cue(12, 16, -1, problem=True, subject=True)
    >>> [(s[x.start : x.end], x.sign) for x in resumed_cuts(s, 0, len(s), [c])][1:]
    [('teruggebracht', -1)]
    >>> s = "De hulp, die door drie organisaties wordt geleverd, werd goed ontvangen."
    >>> resumed_cuts(s, 0, len(s), [Cue(3, 7, -1, problem=True, subject=True)])[1:]
    []
    """
    named = [c for c in cues if c.subject and text.startswith(",", c.end)]
    if not named:
        return cues  # most claims: no service named before a comma
    spans: list[tuple[int, int]] | None = None
    found = list(cues)
    for cue in named:
        if quantity_sign(text[cue.start : cue.end].rsplit(None, 1)[-1]) < 0:
            continue  # fewer of what is bad to have many of is no lack ("werklozen")
        if spans is None:
            spans = neg.clauses(text, start, end)
        at = next((i for i, (a, _b) in enumerate(spans) if a >= cue.end), None)
        if at is None:
            continue
        verb = _cut_after(text, spans, at)
        if verb is not None:
            found.append(Cue(verb[0], verb[1], -1))
    return found


def _cut_after(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span of the cut verb the relative clause ``spans[at]`` or the clause resumed
    after it states, else None."""
    first = _first_word(text, spans[at])
    if first not in _RELATIVES:
        return None
    if cut_back(text, spans[at]):
        return _cut_word(text, spans[at])  # "de hulp, die … werd teruggebracht"
    if at + 1 < len(spans) and _first_word(text, spans[at + 1]) in _FINITE:
        clause = spans[at + 1]
        return _cut_word(text, clause) if cut_back(text, clause) else None
    return None


def _first_word(text: str, clause: tuple[int, int]) -> str:
    """The clause's first word, lower case ("" for none)."""
    words = neg.words(text, *clause)
    return words[0][2].lower() if words else ""


def _cut_word(text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the first verb of cutting back in the clause."""
    return next(((a, b) for a, b, w in neg.words(text, *clause) if w in CUT_BACK), None)
