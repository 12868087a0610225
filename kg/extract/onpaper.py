"""On paper only: what exists "op papier" or "in theorie" and not (yet) in practice.

In Dutch evaluation, "op papier" and "in theorie" set what is written or intended
against what happens: "op papier is de samenwerking goed geregeld" grants the design
and doubts the practice, "de regiegroep bestaat op papier" says it does not work.
The phrase reads as a negative judgement (:func:`cues`); with a positive word in the
claim the claim is mixed, with none it is negative. The phrase judges nothing where it
names a medium or a record: after a verb of writing or recording ("op papier
gezet", "staat op papier", "vastgelegd op papier"), beside a form or a digital
channel ("op papier of digitaal aanvragen"), and in "niet alleen op papier" (which
grants the practice too) or "theorie en praktijk". General Dutch idiom; a phrase cue
of ``ontology/tone.ttl`` that already covers it ("alleen op papier") wins.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import finditer
from kg.extract.toneframes import Cue

#: The phrase, with the words before it (a verb of writing or "niet alleen") and after
#: it (a verb of writing, "en praktijk") that the reading needs.
_ON_PAPER = re.compile(r"\b(?:op\s+(?:het\s+)?papier|in\s+theorie)\b", re.IGNORECASE)
#: Verbs of writing, recording and sending: "op papier" names the medium.
_WRITING = frozenset(
    {"zet", "zetten", "zette", "gezet", "staat", "staan", "stond", "stonden",
     "vastgelegd", "vastleggen", "legt", "leggen", "gebracht", "brengen", "brengt",
     "gekregen", "krijgen", "krijgt", "kreeg", "schrijven", "geschreven", "schrijft",
     "uitgewerkt", "uitwerken", "verstuurd", "versturen", "ontvangen", "ontvangt"}
)  # fmt: skip
#: Verbs that grant what is on paper: before a turn ("klopt op papier, maar …") the plan
#: holds and what follows lags.
_HOLDS = frozenset({"klopt", "kloppen", "klopte", "klopten", "geregeld", "regelt"})
#: Words of a medium or a form: "op papier of digitaal", "een formulier op papier".
_MEDIUM = frozenset(
    {"digitaal", "digitale", "online", "formulier", "formulieren", "post", "mail",
     "e-mail", "ingevuld", "invullen", "ingediend", "indienen", "printen", "geprint"}
)  # fmt: skip
#: What after the phrase keeps it from setting theory against practice.
_AFTER = re.compile(r"\s*(?:en|als|of)\s+(?:in\s+)?(?:de\s+)?(?:praktijk|digitaal|online)\b", re.I)
#: The practice named after a contrast: "maar in de praktijk", "in werkelijkheid".
_PRACTICE = re.compile(
    r"\b(?:maar|echter|terwijl)\s+(?:\w+\s+)?(?:in\s+de\s+praktijk|in\s+werkelijkheid"
    r"|in\s+de\s+uitvoering|feitelijk)\b",
    re.IGNORECASE,
)
#: A turn after the phrase: what is written is then set against what happens ("het staat
#: op papier, maar de budgetten blijven gescheiden").
_TURN = re.compile(r"\b(?:maar|echter)\b", re.IGNORECASE)
#: Words in a clause around the phrase: up to this many before and after it.
_NEAR = 3
_WORD = re.compile(r"[\w-]+")


def cues(text: str, start: int, end: int, taken: list[Cue]) -> list[Cue]:
    """Negative cues for "op papier" and "in theorie" set against practice in the span.

    ``taken`` are the cues already found: a phrase one of them covers ("alleen op
    papier") is left to it.

    Examples
    --------
    >>> s = "Op papier is de samenwerking goed geregeld."
    >>> [(s[c.start : c.end], c.sign) for c in cues(s, 0, len(s), [])]
    [('Op papier', -1)]
    >>> s = "Op papier is er een aanpak, maar in de praktijk werken de teams apart."
    >>> [s[c.start : c.end] for c in cues(s, 0, len(s), [])]
    ['Op papier', 'maar in de praktijk']
    >>> s = "De afspraken zijn op papier gezet."
    >>> cues(s, 0, len(s), [])
    []
    >>> s = "Een integrale aanpak staat op papier, maar de budgetten blijven gescheiden."
    >>> [(s[c.start : c.end], c.sign) for c in cues(s, 0, len(s), [])]
    [('op papier', 1), ('maar', -1)]
    >>> s = "Het werkt niet alleen op papier, maar ook in de praktijk."
    >>> cues(s, 0, len(s), [])
    []
    """
    if text.find("papier", start, end) < 0 and text.find("theorie", start, end) < 0:
        return []  # neither phrase (almost every claim)
    out: list[Cue] = []
    for match in finditer(_ON_PAPER, text, start, end):
        a, b = match.span()
        if any(c.start <= a and b <= c.end for c in taken):
            continue  # "alleen op papier": a cue of its own
        before = _WORD.findall(text[max(start, a - 40) : a].lower())[-_NEAR:]
        after = _WORD.findall(text[b : min(end, b + 40)].lower())[:_NEAR]
        if not _MEDIUM.isdisjoint(before + after):
            continue  # "op papier of digitaal": the medium
        if not _WRITING.isdisjoint(before + after) and not _TURN.search(text, b, end):
            continue  # "op papier gezet": the record ("staat op papier, maar …": on paper only)
        if before[-2:] == ["niet", "alleen"] or before[-1:] == ["niet"]:
            continue  # "niet alleen op papier": the practice granted too
        if _AFTER.match(text, b, end):
            continue  # "in theorie en praktijk"
        near = before + after
        granted = not (_WRITING.isdisjoint(near) and _HOLDS.isdisjoint(near))
        turn = _TURN.search(text, b, end) if granted else None
        if turn is not None:
            # "staat op papier, maar de budgetten blijven gescheiden": the plan is granted,
            # the practice after the turn lags (mixed, gold decision 14 of session 28)
            out.extend((Cue(a, b, 1), Cue(turn.start(), turn.end(), -1)))
            break
        out.append(Cue(a, b, -1))
        # the practice set against it later in the span falls short ("…, maar in de praktijk
        # werken de teams langs elkaar heen")
        practice = _PRACTICE.search(text, b, end)
        if practice is not None:
            out.append(Cue(practice.start(), practice.end(), -1))
            break
    return out
