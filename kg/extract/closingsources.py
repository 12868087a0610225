"""Attributions that close a paragraph: a bracket of sources or a last "– aldus X", and the
paragraph they cover.

A profile may number its findings and close each paragraph with its source, as
an interview report names its informants: "Bevinding 3. … De adviesraad voelt zich
serieus genomen … (adviesraad sociaal domein)." or "… – aldus de gemeentesecretaris."
General Dutch report writing, not any profile's wording. The forms:

Numbered label
    A paragraph that opens with a capitalised noun and a number ("Bevinding 3.",
    "Conclusie 2.", "Punt 4:") is numbered by that run-in label; the label makes no
    claim (:func:`numbered_label`).
Closing bracket
    A bracket that closes a paragraph's last sentence and lists only groups
    ("(beleidsmedewerkers, wethouder)", "(twee raadsleden en de griffier)") names the
    sources of the paragraph; on a line of its own it is a source line, no claim. The one
    reader of the bracket is :mod:`kg.extract.bracketsources` (the speech of a sentence
    reads it too: :func:`kg.extract.speakers.detect`).
Closing dash
    An attribution set off by a dash at the end of the last sentence ("… – aldus de
    gemeentesecretaris."), not in a quotation (a quotation covers only itself)
    (:func:`dashed_aldus`). A plain trailing ", zegt X" or ", aldus X" keeps its narrower
    reach (:func:`kg.extract.claims.assign_voices`): measured, covering the whole
    paragraph with it lowered the held-out figures.
Report from data
    A claim that names its own source of figures ("Volgens de gezondheidsmonitor van de
    GGD …", "Uit de cijfers blijkt …") keeps it: the statistical-source rule keeps it the
    authors' (:func:`from_data`).

The cover (the annotation guideline: a closing attribution "covers the sentences before it
in its paragraph", its opening sentence and plain facts of organisation included; gold
README, "Closing attributions over plain facts"): the closing source holds every claim of
the paragraph before it that names no source of its own, back to a claim whose own speaker
is none of the attribution's (what comes before it is another source's or the authors').
It is given twice: while the voices are assigned, so that the voice carried on from an
earlier attribution gives way to it (:func:`cover_paragraph`), and once they are, over the
whole paragraph, marking the claims it covers ``covered`` (:func:`cover_paragraphs`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol

from kg.datafiles import word_list
from kg.extract.bracketsources import closing_sources, source_line
from kg.extract.casevoices import case_voices
from kg.extract.claimunits import position
from kg.extract.impliedspeakers import INTERVIEWEES
from kg.extract.voiceforms import QUOTED, speaker_mentions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.document import Document, Sentence
    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech

__all__ = [
    "closed_over",
    "closing_cover",
    "closing_voice",
    "cover_paragraph",
    "cover_paragraphs",
    "dashed_aldus",
    "from_data",
    "label_or_source",
    "numbered_label",
]


class Claim(Protocol):
    """What the cover while the voices are assigned reads and sets of a
    :class:`kg.extract.claims.Claim` (which imports this module: named here by its shape)."""

    start: int
    end: int
    paragraph: int
    explicit: bool
    voice: tuple[str, ...]
    lead: tuple[str, ...] | None
    speech: Speech


#: The nouns that number a report's parts ("Bevinding", "Conclusie"; kg/data).
_LABEL_NOUNS = word_list("numbered-labels.txt")
#: A run-in label of a numbered paragraph: one capitalised noun and a number, nothing else.
_LABEL = re.compile(r"([A-Z][a-z]{2,})\s+\d{1,2}[a-z]?\s*[.:]")
#: A source of figures a claim names itself ("Volgens de gezondheidsmonitor van de GGD …",
#: "Uit de cijfers blijkt …", "Volgens het onderzoek …"): a document, not a voice.
_FROM_DATA = re.compile(
    r"\b(?:volgens|uit)\s+(?:de|het|een)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:monitor|onderzoek|enquête"
    r"|peiling|benchmark|cijfers|statistiek)",
    re.IGNORECASE,
)
#: An attribution set off by a dash at the end ("… te laten landen – aldus de
#: gemeentesecretaris."): the paragraph's source, as a closing bracket.
_DASHED = re.compile(r"\s[–—-]\s*aldus\s[^–—]*$", re.IGNORECASE)


def numbered_label(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a numbered paragraph's run-in label.

    Examples
    --------
    >>> t = "Bevinding 3."
    >>> numbered_label(t, 0, len(t))
    True
    >>> t = "In 2015."
    >>> numbered_label(t, 0, len(t))
    False
    >>> t = "Bevinding 3 is dat de wachttijd oploopt."
    >>> numbered_label(t, 0, len(t))
    False
    """
    if end - start > 20:
        return False  # plain test first: a label is a word and a number
    found = _LABEL.fullmatch(text, start, end)
    return found is not None and found.group(1).lower() in _LABEL_NOUNS


def dashed_aldus(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` closes with an attribution set off by a dash, not
    in a quotation.

    Examples
    --------
    >>> t = "Het gaat goed – aldus de wethouder."
    >>> dashed_aldus(t, 0, len(t))
    True
    >>> t = "Het gaat goed, aldus de wethouder."
    >>> dashed_aldus(t, 0, len(t))
    False
    """
    return (
        "aldus" in text[start:end].lower()  # plain test first
        and _DASHED.search(text, start, end) is not None
        and QUOTED.match(text[start:end]) is None  # a quotation covers only itself
    )


def from_data(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` names its own source of figures.

    Examples
    --------
    >>> t = "Volgens de gezondheidsmonitor van de GGD is het zwaar."
    >>> from_data(t, 0, len(t))
    True
    >>> from_data("Het is zwaar.", 0, 13)
    False
    """
    return _FROM_DATA.search(text, start, end) is not None


def _bracket(text: str, claim: Any) -> tuple[str, ...]:
    """The groups a bracket closing the last sentence of ``claim`` names as its sources."""
    last = claim.sentences[-1]
    if ")" not in text[max(last.start, last.end - 3) : last.end]:
        return ()  # the plain test first: most sentences close with no bracket
    mentions = [m for m in claim.mentions if last.start <= m.start < last.end]
    roles = speaker_mentions(text, mentions)
    return tuple(
        sorted({m.entity for m in closing_sources(text, last.start, last.end, roles, mentions)})
    )


def closing_cover(
    voices: list[tuple[str, ...]], explicit: Sequence[bool], closing: tuple[str, ...]
) -> list[tuple[str, ...]]:
    """The voices of a paragraph's claims (``voices``, in order) once the source ``closing``
    that closes its last claim covers the claims before it that name no speaker of their
    own (``explicit`` False for those), back to one whose own speaker is not among its
    sources (another voice's account lies before it); no ``closing``: the voices as they
    were.

    Examples
    --------
    >>> closing_cover([(), ("r/raad",), ()], [False, True, True], ("r/griffier", "r/raad"))
    [('r/griffier', 'r/raad'), ('r/raad',), ()]
    >>> closing_cover([(), ("r/wmo",), ()], [False, True, False], ("r/amb",))
    [(), ('r/wmo',), ('r/amb',)]
    >>> closing_cover([(), ()], [False, False], ())
    [(), ()]
    """
    out = list(voices)
    for k in range(len(out) - 1, -1, -1) if closing else ():
        if not explicit[k]:
            out[k] = closing
        elif not set(voices[k]) <= set(closing):
            break  # another voice spoke before: the source covers what comes after it
    return out


def _closing(text: str, last: Any, *, more: bool) -> tuple[tuple[str, ...], bool]:
    """The source that closes a paragraph whose last claim is ``last`` (``more``: it has
    claims before it), and whether it covers ``last`` itself too (a bracket over a claim
    whose only source is "de gesprekspartners")."""
    closing = _bracket(text, last)
    if closing:
        return closing, last.voice == (INTERVIEWEES,)  # "volgens de gesprekspartners … (X)"
    if more and last.explicit and last.speech.trailing and dashed_aldus(text, last.start, last.end):
        return last.voice, False  # "… – aldus de wethouder."
    return (), False


def cover_paragraphs(text: str, claims: Sequence[Any]) -> None:
    """Give each paragraph's closing source (:func:`closing_cover`) to the claims it covers
    and mark them ``covered``, once a case's claims are given the authors' voice
    (:func:`kg.extract.casevoices.case_voices`); ``text`` is the document's.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "Het college stuurt op een monitor. Die is abstract (raadsleden)."
    >>> first, last = Claim([Sentence(0, 0, 34, 0, 0)]), Claim([Sentence(1, 35, 64, 0, 0)])
    >>> last.mentions = [M("role/council-members", "role", 52, 62, "raadsleden", 1)]
    >>> cover_paragraphs(t, [first, last])
    >>> first.voice, last.voice, first.covered
    (('role/council-members',), ('role/council-members',), True)
    """
    case_voices(text, list(claims))  # "Casus: …": the authors tell the case
    at = 0
    while at < len(claims):
        end = at
        while end + 1 < len(claims) and claims[end + 1].paragraph == claims[at].paragraph:
            end += 1
        last = claims[end]
        closing, itself = _closing(text, last, more=end > at)
        if closing:
            own = [c.explicit or from_data(text, c.start, c.end) for c in claims[at : end + 1]]
            own[-1] = own[-1] and not itself
            voices = closing_cover([c.voice for c in claims[at : end + 1]], own, closing)
            for claim, voice, named in zip(claims[at : end + 1], voices, own, strict=True):
                claim.voice = voice
                claim.covered = claim.covered or (not named and voice == closing)
        at = end + 1


def label_or_source(doc: Document, sentence: Sentence, mentions: list[SentenceMention]) -> bool:
    """Whether ``sentence`` of ``doc`` makes no claim: a numbered label that opens its
    paragraph ("Bevinding 3.") or a source line (``mentions``: the sentence's own).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> t = "Bevinding 3. De raad is tevreden."
    >>> s = [Sentence(1, 0, 12, 0, 0), Sentence(2, 13, 33, 0, 0)]
    >>> doc = SimpleNamespace(text=t, sentences=s)
    >>> label_or_source(doc, s[0], []), label_or_source(doc, s[1], [])
    (True, False)
    """
    text, start, end = doc.text, sentence.start, sentence.end
    if numbered_label(text, start, end):
        at = position(doc.sentences, sentence)
        return at == 0 or doc.sentences[at - 1].paragraph != sentence.paragraph
    return source_line(text, start, end, mentions)


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
    if speech.trailing and claim.explicit and dashed_aldus(text, 0, len(text)):
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
        if numbered_label(text, claim.start, claim.end):
            claim.voice = ()  # "Bevinding 3.": a label, nobody's claim
            continue
        if from_data(text, claim.start, claim.end):
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
