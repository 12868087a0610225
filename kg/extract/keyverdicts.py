"""Key-value verdicts: a line "Key: value." whose key names a thing and whose value judges it.

A fact sheet sets its observations as key-value lines ("Grip op de regio: beperkt.",
"Kwaliteit van de zorg: goed, zeker in de wijken."). The key is a bare noun phrase, no
clause: it names the subject of the line, and the value after the colon is the verdict.
A judgement word inside the key ("grip op", "kwaliteit", "overleg") names what is judged
and judges nothing itself, as "grip" does not in "De grip is beperkt": the value's words
decide the polarity. A key with a finite verb ("Het gebruik is hoog: 12% …") is a verdict
before its grounds (:mod:`kg.extract.headlineverdicts`), and a key that is only a
judgement word ("Knelpunt: de wachttijd", "Positief: de korte lijnen") is the verdict
itself: both keep their words. Problems named in the key stay (what the value says of a
problem, "Wachtlijst: opgelopen", is read as for any claim).

A value that opens with a bare "laat" ("Informatie uit de regio: laat, en vaak al
besloten.", "Gegevens: laat en onvolledig.") is the adjective, lateness, a shortfall:
right after the colon and closed by a comma, a full stop or "en", it cannot be the verb
"laten" ("laat zien", "laat weten"), which ``ontology/tone.ttl`` leaves out for that
reason (:func:`late_value`).
"""

from __future__ import annotations

import re

from kg.extract.linekeys import LONGEST, key_end
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import words

__all__ = ["late_value", "value_cues", "without_key_words"]

#: A value that opens with the adjective "laat" (late), with at most a degree word before
#: it, closed by punctuation or "en": "laat, en vaak al besloten", "vaak laat.", "laat en
#: onvolledig".
_LATE = re.compile(
    r":\s+(?:(?:vaak|erg|vrij|veel|soms|meestal|nogal|steeds|structureel|altijd)\s+)?"
    r"(laat)(?=\s*[,.;]|\s+en\b)",
    re.IGNORECASE,
)


def without_key_words(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the line ``text[start:end]`` less the judgement words of its label key
    (:func:`kg.extract.linekeys.key_end`, on a line of its own): what the key names is
    judged by the value. A key that is only its judgement word is a verdict and keeps it,
    and so do the words of a line whose value has no judgement word of its own.

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Grip op de regio: beperkt."
    >>> grip, limited = Cue(0, 7, 1), Cue(s.index("beperkt"), s.index("."), -1)
    >>> without_key_words(s, 0, len(s), [grip, limited]) == [limited]
    True
    >>> s = "Knelpunt: de reistijd."
    >>> len(without_key_words(s, 0, len(s), [Cue(0, 8, -1)]))
    1
    """
    colon = key_end(text, start, end, own_line=True)
    if colon is None:
        return cues
    keyed = [c for c in cues if c.sign and not c.problem and c.end <= colon]
    if not keyed or not any(c.sign and not c.problem and c.start > colon for c in cues):
        return cues  # no judgement word in the key, or none in the value to judge it
    key_words = words(text, start, colon)
    if all(c.start <= key_words[0][0] and c.end >= key_words[-1][1] for c in keyed):
        return cues  # the key is the judgement word itself: "Knelpunt:", "Positief:"
    return [c for c in cues if c not in keyed]


def late_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a bare "laat" that opens the value of the key-value line
    ``text[start:end]`` (:func:`kg.extract.linekeys.key_end`, on a line of its own):
    lateness, a word of shortfall; else None.

    Examples
    --------
    >>> s = "Informatie uit de regio: laat, en vaak al besloten."
    >>> late_value(s, 0, len(s))
    (25, 29)
    >>> s = "Stukken van de regio: vaak laat."
    >>> s[slice(*late_value(s, 0, len(s)))]
    'laat'
    >>> s = "Monitor: laat zien dat het gebruik stijgt."
    >>> late_value(s, 0, len(s)) is None
    True
    """
    colon = key_end(text, start, end, own_line=True)
    if colon is None:
        return None
    found = _LATE.match(text, colon, end)
    return found.span(1) if found else None


def value_cues(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the claim ``text[start:end]`` read as a key-value line: less the key's
    judgement words (:func:`without_key_words`), with a bare "laat" of the value as a word
    of shortfall (:func:`late_value`); the cues as they are for any other claim.

    Examples
    --------
    >>> s = "Informatie uit de regio: laat, en vaak al besloten."
    >>> [(c.start, c.end, c.sign) for c in value_cues(s, 0, len(s), [])]
    [(25, 29, -1)]
    >>> value_cues("Het loket werkt goed.", 0, 21, [])
    []
    """
    if text.find(": ", start, min(end, start + LONGEST + 2)) < 0:
        return cues  # no colon near the start (most claims): no key
    cues = without_key_words(text, start, end, cues)
    late = late_value(text, start, end)  # "Informatie: laat, en …"
    return cues if late is None else [*cues, Cue(late[0], late[1], -1)]
