"""Sources that close a paragraph: a bracket of groups or a last "– aldus X".

A profile may number its findings and close each paragraph with its source, as
an interview report names its informants: "Bevinding 3. … De adviesraad voelt zich
serieus genomen … (adviesraad sociaal domein)." or "… – aldus de gemeentesecretaris."
General Dutch report writing, not any profile's wording:

Numbered label
    A paragraph that opens with a capitalised noun and a number ("Bevinding 3.",
    "Conclusie 2.", "Punt 4:") is numbered by that run-in label; the label makes no
    claim (:func:`numbered_label`).
Closing bracket
    A bracket that closes a paragraph's last sentence and holds only actor groups
    ("(beleidsmedewerkers, wethouder)", "(twee raadsleden en de griffier)") names the
    sources of the paragraph (:func:`bracket_groups`). A bracket of one body after its
    own name is its abbreviation ("… de Intergemeentelijke Sociale Dienst (ISD)."),
    and a bracket with a figure or "bron:" names data.
Source line
    Such a bracket on a line of its own, a paragraph by itself after a dash list
    ("(teamleden, een wijkcoach)"), makes no claim and covers nothing (the annotation
    guideline limits an attribution to its paragraph; :func:`source_line`).
Cover
    A closing source, a bracket or an attribution set off by a dash that closes the
    paragraph's last sentence ("… – aldus de wethouder."; not a quotation, which covers
    only itself), covers every claim of the paragraph before it that names no speaker of
    its own, also its opening sentence and plain facts of organisation, back to a claim
    another voice holds (:func:`closing_cover`; gold README, "Closing attributions over
    plain facts"). A claim that names its own source of figures ("Volgens de
    gezondheidsmonitor …") keeps it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kg.datafiles import word_list
from kg.extract.claimunits import position
from kg.extract.impliedspeakers import INTERVIEWEES
from kg.extract.voiceforms import QUOTED

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.document import Document, Sentence
    from kg.extract.model import SentenceMention

__all__ = [
    "bracket_groups",
    "closing_cover",
    "cover_paragraphs",
    "label_or_source",
    "numbered_label",
    "source_line",
]

#: The nouns that number a report's parts ("Bevinding", "Conclusie"; kg/data).
_LABEL_NOUNS = word_list("numbered-labels.txt")
#: A run-in label of a numbered paragraph: one capitalised noun and a number, nothing else.
_LABEL = re.compile(r"([A-Z][a-z]{2,})\s+\d{1,2}[a-z]?\s*[.:]")
#: A closing bracket at a sentence's end: "(…)" and its full stop.
_CLOSING = re.compile(r"\(([^()]{3,120})\)\s*\.?\s*$")
#: Words a bracket of sources may hold besides the groups it names: a count, an article,
#: "en", a function in a body ("directie Soweco").
_FILLER = re.compile(
    r"(?:\s|,|;|\ben\b|\been\b|\bde\b|\bhet\b|\btwee\b|\bdrie\b|\bvier\b|\benkele\b"
    r"|\bdiverse\b|\bverschillende\b|\bdirectie\b|\bdirecteur\b|\bmedewerkers?\b|\bvan\b)*",
    re.IGNORECASE,
)
#: A source of figures a claim names itself ("Volgens de gezondheidsmonitor van de GGD …",
#: "Uit het onderzoek blijkt …"): the statistical-source rule keeps it the authors'.
_OWN_DATA = re.compile(
    r"\b(?:volgens|uit)\s+(?:de|het|een)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:monitor|onderzoek|enquête"
    r"|peiling|benchmark|cijfers|statistiek)",
    re.IGNORECASE,
)
#: The kinds of mention that can be a source.
_GROUPS = ("role", "organisation", "body")
#: An attribution set off by a dash at the end ("… te laten landen – aldus de
#: gemeentesecretaris."): the paragraph's source, as a closing bracket; a plain "…, aldus X"
#: closes its own sentence's account (the dev-set reading: it covers the claims right before
#: it that no voice holds, :func:`kg.extract.claims.assign_voices`).
_DASH_ALDUS = re.compile(r"\s[–—-]\s+aldus\s", re.IGNORECASE)


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


def bracket_groups(
    text: str, start: int, end: int, mentions: Sequence[SentenceMention]
) -> tuple[str, ...]:
    """The groups a bracket closing the sentence ``text[start:end]`` names as its sources
    (empty when it closes with none); ``mentions`` are the sentence's.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "De raad kreeg haar laat te zien (beleidsmedewerkers, wethouder)."
    >>> ms = [M("role/policy-officers", "role", 33, 51, "beleidsmedewerkers", 0),
    ...       M("role/alderman", "role", 53, 62, "wethouder", 0)]
    >>> bracket_groups(t, 0, len(t), ms)
    ('role/alderman', 'role/policy-officers')
    >>> t = "Het aandeel is 13,5% (10,9%)."
    >>> bracket_groups(t, 0, len(t), [])
    ()
    >>> t = "Dat doet de Sociale Dienst (ISD)."
    >>> ms = [M("body/isd", "body", 12, 26, "Sociale Dienst", 0), M("body/isd", "body", 28, 31,
    ...       "ISD", 0)]
    >>> bracket_groups(t, 0, len(t), ms)
    ()
    """
    if text[end - 2 : end] not in (").", ")") and not text[start:end].rstrip().endswith(")"):
        return ()  # plain test first: the sentence closes with a bracket
    found = _CLOSING.search(text, start, end)
    if found is None:
        return ()
    inner_start, inner_end = found.span(1)
    inside = [m for m in mentions if inner_start <= m.start and m.end <= inner_end]
    groups = [m for m in inside if m.kind in _GROUPS]
    if len(groups) == 1 and groups[0].kind != "role":
        return ()  # one body in a bracket: its abbreviation ("de sociale dienst (ISD)")
    if not groups or any(  # a name inside a group's name ("steunpunt mantelzorg") is its own
        m.kind not in _GROUPS and not any(g.start <= m.start and m.end <= g.end for g in groups)
        for m in inside
    ):
        return ()
    rest = text[inner_start:inner_end]
    inside = groups
    for m in sorted(inside, key=lambda m: -m.start):  # the words besides the groups
        rest = rest[: m.start - inner_start] + " " + rest[m.end - inner_start :]
    if _FILLER.fullmatch(rest) is None:
        return ()  # a clause, a figure or "bron: …": not a list of sources
    return tuple(sorted({m.entity for m in inside}))


def source_line(text: str, start: int, end: int, mentions: Sequence[SentenceMention]) -> bool:
    """Whether the sentence ``text[start:end]`` is a bracket of sources on a line of its own
    ("(teamleden, een wijkcoach)"): no claim; ``mentions`` are its own.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "(teamleden, een wijkcoach)"
    >>> ms = [M("role/social-team", "role", 1, 10, "teamleden", 0),
    ...       M("role/wijkcoach", "role", 16, 25, "wijkcoach", 0)]
    >>> source_line(t, 0, len(t), ms)
    True
    >>> t = "(zie volgende paragraaf)."
    >>> source_line(t, 0, len(t), [])
    False
    """
    if text[start : start + 1] != "(":
        return False
    return bool(bracket_groups(text, start, end, mentions)) and (
        text.find("(", start + 1, end) == -1
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
    closing = bracket_groups(text, last.start, last.end, last.mentions)
    if closing:
        return closing, last.voice == (INTERVIEWEES,)  # "volgens de gesprekspartners … (X)"
    if (
        more
        and last.explicit
        and last.speech.trailing
        and _DASH_ALDUS.search(text, last.start, last.end)
        and not QUOTED.match(text[last.start : last.end])  # a quotation covers only itself
    ):
        return last.voice, False  # "… – aldus de wethouder."
    return (), False


def cover_paragraphs(text: str, claims: Sequence[Any]) -> None:
    """Give each paragraph's closing source (:func:`closing_cover`) to the claims it covers
    and mark them ``covered``; ``text`` is the document's.

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
    at = 0
    while at < len(claims):
        end = at
        while end + 1 < len(claims) and claims[end + 1].paragraph == claims[at].paragraph:
            end += 1
        last = claims[end]
        closing, itself = _closing(text, last, more=end > at)
        if closing:
            own = [
                c.explicit or _OWN_DATA.search(text, c.start, c.end) is not None
                for c in claims[at : end + 1]
            ]
            own[-1] = own[-1] and not itself
            voices = closing_cover([c.voice for c in claims[at : end + 1]], own, closing)
            for claim, voice, named in zip(claims[at : end + 1], voices, own, strict=True):
                claim.voice = voice
                claim.covered = claim.covered or (not named and voice == closing)
        at = end + 1


def label_or_source(doc: Document, sentence: Sentence, mentions: Sequence[SentenceMention]) -> bool:
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
