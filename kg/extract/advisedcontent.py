"""Advice and requests: what a body advises or asks for says what should be done, not how
things are.

An advisory council, a council member or a client board reports its advice or request
("Wij hebben het college geadviseerd om de ouderenadviseurs meer uren te geven", "De raad
heeft de wethouder gevraagd om elk kwartaal te rapporteren", "Ons advies was: begin niet
met het formulier"): the content names an action wanted, so its words of approval,
difficulty or negation ("niet met het formulier beginnen", "niet …, maar …") judge nothing.
The clauses that content covers are read as no judgement (:func:`advised_clauses`); what
the claim says besides ("De adviesraad deelt die zorg en heeft gevraagd om …") still
judges. The content reaches from the verb to a semicolon, a reason ("omdat …", stated as
the case) or a turn ("maar", "echter",
"toch", "helaas") that does not follow a negation in the content: a "niet A, maar B" is the
advice's own correction, a later "maar" states again.

A request for something ("vraagt om hulp", "vraagt niet snel om hulp") is no advice: a
request needs the infinitive "om … te" and someone asked before "om".
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in, search

#: An advice or a request with its content: a verb of advising before "om" or "dat", a verb
#: of asking with an addressee before "om" ("heeft het college gevraagd om"), or the advice
#: named as a noun before a colon ("Ons advies aan het college was: …").
ADVICE = re.compile(
    r"\b(?:geadviseerd|adviseert|adviseerde|adviseerden|adviseren|aangeraden|ra(?:adt|den|adde|adden)\s+(?:[\w-]+\s+){1,3}?aan"
    r"|aanbevolen|beveelt|bevolen|verzocht|verzoekt|verzoeken)\s+(?:[\w-]+\s+){0,4}?(?:om|dat)\s"
    r"|\b(?:gevraagd|vraagt|vragen|vroeg|vroegen)\s+(?:het|de|hem|haar|hen|ons|hun|alle)\s+"
    r"(?:[\w-]+\s+){0,3}?om\s+(?=(?:[^.;:]*?\s)?te\s)"
    # the perfect, its addressee before the participle ("heeft het college gevraagd om")
    r"|\b(?:heeft|hebben|had|hadden)\s+(?:[\w-]+\s+){1,4}?gevraagd\s+om\s+"
    r"(?=(?:[^.;:]*?\s)?te\s)"
    r"|\b(?:ons|onze|het|zijn|haar|hun)\s+(?:advies|adviezen|verzoek)(?:\s+[\w-]+){0,5}?"
    r"\s+(?:is|was|waren|luidt|luidde)(?:\s+[\w-]+){0,3}\s*:\s*",
    re.IGNORECASE,
)
#: Substrings one of which every advice holds (a cheap test first).
_GATE = ("advi", "aanger", "raadde", "aanbev", "beveel", "bevolen", "verzo", "vraag", "vrage",
         "vroeg")  # fmt: skip
#: What may end an advice's content: a semicolon, or a turn (see :func:`_content_end`).
_ENDS = re.compile(
    r";|\b(?:maar|echter|toch|helaas)\b|\b(?:omdat|want|doordat|aangezien)\b", re.IGNORECASE
)
#: Conjunctions of a reason: the advice's ground, stated as the case.
_REASONS = frozenset({"omdat", "want", "doordat", "aangezien"})
#: A negation in the content: a later "maar" corrects it ("niet A, maar B").
_NEGATED = re.compile(r"\b(?:niet|geen)\b", re.IGNORECASE)


def _content_end(text: str, at: int, end: int) -> int:
    """Where the content of an advice that opens at ``at`` ends."""
    pos = at
    while (stop := _ENDS.search(text, pos, end)) is not None:
        if stop.group() == ";" or stop.group().lower() in _REASONS:
            return stop.start()  # a reason given: what is the case ("omdat de vraag stijgt")
        if not _NEGATED.search(text, at, stop.start()):
            return stop.start()
        pos = stop.end()  # "niet naar de algemene middelen, maar in een reserve": the advice
    return end


def advice_contents(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that advise or ask: the verb (or the noun) and what
    is advised or asked for.

    Examples
    --------
    >>> s = "De raad heeft het college gevraagd om sneller te beslissen; dat gebeurde niet."
    >>> [s[a:b] for a, b in advice_contents(s, 0, len(s))]
    ['heeft het college gevraagd om sneller te beslissen']
    >>> s = "Wie buiten de boot valt, vraagt niet snel om hulp."
    >>> advice_contents(s, 0, len(s))
    []
    """
    if not may_hold_in(text, start, end, _GATE):
        return []  # most claims: no word of advice (the document lower-cased once)
    spans = []
    pos = start
    while (m := search(ADVICE, text, pos, end)) is not None:
        last = _content_end(text, m.end(), end)
        spans.append((m.start(), last))
        pos = max(last, m.end())
    return spans


def advised_clauses(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the clauses ``spans`` that an advice's content covers.

    Examples
    --------
    >>> s = "Wij hebben de wethouder geadviseerd dat hij niet wacht, maar nu begint."
    >>> sorted(advised_clauses(s, neg.clauses(s, 0, len(s))))
    [0, 1, 2]
    >>> s = "De raad deelt die zorg en heeft de wethouder gevraagd om in de regio te pleiten."
    >>> [s[slice(*c)] for i, c in enumerate(neg.clauses(s, 0, len(s)))
    ...  if i in advised_clauses(s, neg.clauses(s, 0, len(s)))]
    ['en heeft de wethouder gevraagd om in de regio te pleiten.']
    """
    if not spans:
        return set()
    contents = advice_contents(text, spans[0][0], spans[-1][1])
    if not contents:
        return set()  # most claims: no clause to read against the contents
    return {
        i for i, (a, b) in enumerate(spans) for x, y in contents if a < y and b > x
    }  # fmt: skip


def advises_only(text: str, start: int, end: int) -> bool:
    """Whether every clause of the claim ``text[start:end]`` advises or asks (no verdict).

    Examples
    --------
    >>> s = "Wij hebben het college geadviseerd om niet te wachten, maar nu te beginnen."
    >>> advises_only(s, 0, len(s))
    True
    >>> s = "De raad is somber en heeft de wethouder gevraagd om in de regio te pleiten."
    >>> advises_only(s, 0, len(s))
    False
    """
    if not advice_contents(text, start, end):
        return False  # most claims: one gate read
    spans = neg.clauses(text, start, end)
    return len(advised_clauses(text, spans)) == len(spans)
