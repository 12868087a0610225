"""An attribution that closes a paragraph covers the paragraph: "… – aldus de cliëntenraad."

The annotation guideline: a closing attribution "covers the sentences before it in its
paragraph", its opening sentence and plain facts of organisation included ("Het Wmo-vervoer
is regionaal aanbesteed. … De vervoerder en de gemeente overleggen nu maandelijks
(Wmo-consulenten, adviesraad sociaal domein)."). It covers only the sentences that name no
source of their own: a sentence with a speaker keeps it, one that reports from data
("Volgens de gezondheidsmonitor van de GGD …", "Uit de cijfers blijkt …") stays the
authors'. A voice carried on from an earlier attribution gives way to it; a sentence
whose own speaker is none of the attribution's ends its reach (what comes before it is
another source's or the authors': "De Wmo-raad is omgevormd …. De voorzitter vindt …. …,
stellen ambtenaren."). The attribution closes the paragraph when it is the paragraph's last
claim and is set apart at the sentence's end, as the guideline names the form: a bracket of
sources or a dash before "aldus X" ("… – aldus de gemeentesecretaris."), not in a quotation
(a quotation covers only itself). A plain trailing ", zegt X" or ", aldus X" keeps its
narrower reach (:func:`kg.extract.claims.assign_voices`): measured, covering the whole
paragraph with it lowered the held-out figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.speakers import Speech
from kg.extract.voiceforms import QUOTED


class Claim(Protocol):
    """What this module reads and sets of a :class:`kg.extract.claims.Claim` (which imports
    this module: named here by its shape, not imported)."""

    start: int
    end: int
    paragraph: int
    explicit: bool
    voice: tuple[str, ...]
    lead: tuple[str, ...] | None
    speech: Speech


#: An attribution set off by a dash at the sentence's end: "… – aldus de cliëntenraad."
_DASHED = re.compile(r"\s[–—-]\s*aldus\s[^–—]*$", re.IGNORECASE)
#: A numbered label that opens the paragraph ("Bevinding 3.", "Punt 2:"): no claim to cover.
_LABEL = re.compile(r"\W*[A-Za-zÀ-ÿ]+\s+\d{1,3}\W*")
#: A sentence that reports from data: "Volgens de gezondheidsmonitor van de GGD …", "Uit de
#: cijfers blijkt …", "Volgens het onderzoek …" (its source is a document, not a voice).
_FROM_DATA = re.compile(
    r"\W*(?:volgens|uit)\s+(?:de\s+|het\s+|een\s+)?(?:[\w-]+\s+)?[\w-]*(?:monitor|cijfers"
    r"|onderzoek|rapport|rapportage|peiling|enquête|gegevens|statistieken|statistiek"
    r"|registratie|data|evaluatie|meting|benchmark)\b",
    re.IGNORECASE,
)


def closing_voice(text: str, claims: Sequence[Claim], k: int) -> tuple[str, ...]:
    """The voice the claim ``k`` (``text``) gives its paragraph by closing it with an
    attribution: the bracket's sources, else its trailing speakers; empty when it does not
    close its paragraph so.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.speakers import Speech
    >>> t = "Het loopt. Het gaat goed – aldus de wethouder."
    >>> a = Claim([Sentence(0, 0, 10, 0, 0)])
    >>> b = Claim([Sentence(1, 11, 45, 0, 0)], speech=Speech(("role/a",), True), explicit=True)
    >>> closing_voice(t[11:], [a, b], 1), closing_voice(t[:10], [a, b], 0)
    (('role/a',), ())
    """
    claim = claims[k]
    if k + 1 < len(claims) and claims[k + 1].paragraph == claim.paragraph:
        return ()  # not the paragraph's last claim
    speech = claim.speech
    if speech.closing:
        return speech.closing
    if speech.trailing and claim.explicit and QUOTED.match(text) is None and _DASHED.search(text):
        return speech.speakers
    return ()


def cover_paragraph(text: str, claims: Sequence[Claim], k: int, first: int) -> None:
    """Give the voice of the attribution closing the paragraph (claim ``k``; ``text`` the
    document) to the claims ``first .. k - 1`` that name no source of their own.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.speakers import Speech
    >>> t = "Het loopt. Volgens de cijfers stijgt het. Het gaat goed – aldus de wethouder."
    >>> a = Claim([Sentence(0, 0, 10, 0, 0)], voice=("role/b",))
    >>> b = Claim([Sentence(1, 11, 41, 0, 0)])
    >>> c = Claim([Sentence(2, 42, 77, 0, 0)], speech=Speech(("role/a",), True), explicit=True)
    >>> cover_paragraph(t, [a, b, c], 2, 0)
    >>> a.voice, b.voice
    (('role/a',), ())
    """
    voice = closing_voice(text[claims[k].start : claims[k].end], claims, k)
    if not voice:
        return
    for j in range(k - 1, first - 1, -1):
        claim = claims[j]
        if claim.explicit and not set(claim.speech.speakers) <= set(voice):
            return  # another source spoke: the attribution covers what follows it
        if claim.explicit or claim.lead is not None:
            continue  # its own speaker; a list's item keeps its label's voice
        if _LABEL.fullmatch(text, claim.start, claim.end):
            claim.voice = ()  # "Bevinding 3.": a label, nobody's claim
            continue
        if _FROM_DATA.match(text, claim.start, claim.end):
            continue  # "Volgens de cijfers …": the authors' report from data
        claim.voice = voice


def closed_over(text: str, claims: Sequence[Claim], k: int) -> bool:
    """Whether the attribution that closes the paragraph of the claim ``k`` (``text`` the
    document) covers it: the claim names no speaker and holds that attribution's voice.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.speakers import Speech
    >>> t = "Het loopt. Het gaat goed – aldus de wethouder."
    >>> a = Claim([Sentence(0, 0, 10, 0, 0)], voice=("role/a",))
    >>> b = Claim([Sentence(1, 11, 45, 0, 0)], speech=Speech(("role/a",), True), explicit=True)
    >>> closed_over(t, [a, b], 0), closed_over(t, [a, b], 1)
    (True, False)
    """
    claim = claims[k]
    if claim.explicit or not claim.voice:
        return False
    last = k
    while last + 1 < len(claims) and claims[last + 1].paragraph == claim.paragraph:
        last += 1
    if last == k:
        return False
    closing = claims[last]
    return closing_voice(text[closing.start : closing.end], claims, last) == claim.voice
