"""Durations judged in a clause with its verb last, and terms kept or missed.

Reported speech puts the verb last ("zeggen dat een herindicatie twee keer zo lang duurt als
voorheen"), where the main clause's readings ("duurt lang", ``ontology/tone.ttl``;
:mod:`kg.extract.lateness`) do not reach. A handling that takes long, or longer, is a
shortfall; one that takes shorter, or half as long, an improvement:

- "lang(er) duurt", "zo lang duurt", "langer duren" (verb last): negative, on the length word;
- "korter duurt", "half zo lang duurt", and "duurt korter" in a main clause: positive;
- "binnen de (wettelijke) termijn": a term kept, positive; "buiten de termijn": a term
  missed, negative ("na de termijn" is often a procedure's step, no verdict);
- five weeks or more, or months, before the verb of waiting ("moeten gezinnen … zes tot
  acht weken wachten"): beyond the four weeks of the Treeknormen, negative.

The cue lies on the length or term words, so a negator before it turns it as any tone word
("niet langer duurt", "niet binnen de termijn"). "hoe lang", "even lang" and "zolang"
judge nothing. General Dutch: "duren" with "lang"/"kort" (Van Dale, "duren" 1), "binnen
de termijn" (Van Dale, "termijn" 1).
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["duration_cues"]

#: A length before the verb of lasting, verb last: "(twee keer zo) lang duurt", "langer
#: duren", "korter duurde", "half zo lang duurt". "hoe lang", "even lang" ask or equal.
_LAST = re.compile(
    r"(?<![\w-])(?:(?P<half>half\s+zo\s+lang)|(?P<short>korter)"
    r"|(?<!\bhoe\s)(?<!\beven\s)(?P<long>(?:zo\s+)?lang(?:er)?))"
    r"\s+(?:(?:kan|kon|zal|zou|moet|gaat|blijft)\s+)?(?:duurt|duren|duurde|duurden|geduurd)\b",
    re.IGNORECASE,
)

#: "duurt (nu, veel) korter" in a main clause: shorter, positive.
_SHORTER = re.compile(
    r"\b(?:duurt|duren|duurde|duurden)\s+(?:[\w-]+\s+){0,4}?(?P<short>korter)\b",
    re.IGNORECASE,
)

#: A term kept or missed: "(ruim) binnen de (wettelijke) termijn", "buiten de termijn".
_TERM = re.compile(
    r"\b(?P<side>binnen|buiten)\s+de\s+(?:[\w-]+\s+){0,2}?termijn(?:en)?\b",
    re.IGNORECASE,
)


#: Weeks of waiting beyond the four of the Treeknormen (the Dutch norms for access to care),
#: or months, before the verb of waiting ("zes tot acht weken wachten", "maanden op een
#: intake wachtten"): the verb last, where :mod:`kg.extract.lateness` does not reach.
_WAITED = re.compile(
    r"(?<![\w-])(?P<wait>(?:(?:[5-9]|\d\d+|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien)"
    r"(?:\s+(?:tot|à|a)\s+[\w-]+)?\s+weken|(?:[\w-]+\s+)?maanden))"
    r"\s+(?:op\s+(?:[\w-]+\s+){1,3}?)?(?:te\s+)?(?:wachten|wacht|wachtte|wachtten|gewacht)\b",
    re.IGNORECASE,
)


def duration_cues(text: str, start: int, end: int) -> list[Cue]:
    """The cues of durations judged verb last and of terms kept or missed in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.

    Returns
    -------
    list of Cue
        One cue per length or term found, in text order.

    Examples
    --------
    >>> s = "Zij zeggen dat een herindicatie twee keer zo lang duurt als voorheen."
    >>> [(s[c.start:c.end], c.sign) for c in duration_cues(s, 0, len(s))]
    [('zo lang', -1)]
    >>> s = "Een aanvraag wordt ruim binnen de wettelijke termijn afgehandeld."
    >>> [(s[c.start:c.end], c.sign) for c in duration_cues(s, 0, len(s))]
    [('binnen de wettelijke termijn', 1)]
    >>> duration_cues("Niemand weet hoe lang het traject duurt.", 0, 40)
    []
    >>> s = "Wel moeten gezinnen bij de aanbieders zes tot acht weken wachten."
    >>> [(s[c.start:c.end], c.sign) for c in duration_cues(s, 0, len(s))]
    [('zes tot acht weken', -1)]
    >>> duration_cues("Gezinnen moeten twee weken wachten.", 0, 35)
    []
    """
    if (
        text.find("duur", start, end) < 0  # "duurt", "duurde", "geduurd"
        and text.find("duren", start, end) < 0
        and text.find("termijn", start, end) < 0
        and text.find("wacht", start, end) < 0  # "wachten", "gewacht"
    ):
        return []  # most claims name no lasting and no term
    cues: list[Cue] = []
    span = text[start:end]
    for m in _LAST.finditer(span):
        group = "half" if m.group("half") else "short" if m.group("short") else "long"
        a, b = m.span(group)
        cues.append(Cue(start + a, start + b, -1 if group == "long" else 1))
    for m in _SHORTER.finditer(span):
        a, b = m.span("short")
        cues.append(Cue(start + a, start + b, 1))
    for m in _WAITED.finditer(span):
        a, b = m.span("wait")
        cues.append(Cue(start + a, start + b, -1))  # "moeten … zes tot acht weken wachten"
    for m in _TERM.finditer(span):
        cues.append(Cue(start + m.start(), start + m.end(), 1 if m["side"] == "binnen" else -1))
    return sorted(cues, key=lambda c: c.start)
