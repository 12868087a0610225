"""A letter or e-mail signed with its writer's function speaks in that function's voice.

A profile may hold letters or e-mails (a thread between the researchers, with a reply of a
contact person). A close that signs with a name and a function ("Met vriendelijke groet,
Ingrid de Vries, beleidsmedewerker Wmo.", "Groet, Henk Bos, controller.") names who wrote
the letter: its sentences are that writer's, as a closing attribution covers the sentences
before it in its paragraph (annotation guideline; gold README, nineteenth batch, decision 6:
"the contact persons' signatures close their mails as attributions"). A close with a name
only ("Groet, Joost.") names no function: the letter stays in the voice it had. General
Dutch letter forms, not any profile's wording.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from kg.extract.wordtokens import lowered

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.document import Sentence
    from kg.extract.model import SentenceMention

__all__ = ["signed_letters", "signature_function"]

#: A close that signs with a name and a function: the closing formula, a name of capitalised
#: words, a comma, then the function (a few words, no further comma) up to the end.
_SIGNATURE = re.compile(
    r"\W*(?:(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|beste)\s+)?groet(?:en)?\s*,\s*"
    r"[^\W\d_][\w.'-]*(?:\s+(?:[^\W\d_][\w.'-]*))*?\s*,\s*"
    r"(?P<function>[^,;:.!?]{2,80}?)\s*[.!]?\s*",
    re.IGNORECASE,
)
#: The kinds of mention a function may name (a group, or an organisation a function is of).
_KINDS = ("role", "organisation", "body")


class _Claim(Protocol):
    """What :func:`signed_letters` reads of a claim (:class:`kg.extract.claims.Claim`)."""

    start: int
    end: int
    paragraph: int
    explicit: bool
    voice: tuple[str, ...]


def signature_function(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the function a signing close ``text[start:end]`` names, or None.

    Examples
    --------
    >>> s = "Met vriendelijke groet, Kees van Dam, teamleider wijkteam Oost."
    >>> a, b = signature_function(s, 0, len(s)); s[a:b]
    'teamleider wijkteam Oost'
    >>> s = "Groet, Fatima, controller."
    >>> a, b = signature_function(s, 0, len(s)); s[a:b]
    'controller'
    >>> signature_function("Groet, Joost.", 0, 13) is None
    True
    >>> s = "De groet, die ze gaven, was kort."
    >>> signature_function(s, 0, len(s)) is None
    True
    """
    found = _SIGNATURE.fullmatch(text, start, end)
    return None if found is None else found.span("function")


def signed_letters(
    text: str,
    sentences: Sequence[Sentence],
    by_sentence: dict[int, list[SentenceMention]],
    claims: Sequence[_Claim],
) -> None:
    """Give the claims of a paragraph closed by a signature with a function (``sentences``:
    the document's, ``by_sentence``: their mentions by index) the voice of the group or
    organisation that function names, where no speaker of their own holds them.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "Hoi Anna, de wachtlijst groeit. Groet, Piet Jansen, controller."
    >>> sentences = [N(index=0, start=0, end=31, paragraph=1),
    ...              N(index=1, start=32, end=len(t), paragraph=1)]
    >>> mention = M("role/controller", "role", 52, 62, "controller", 1)
    >>> claim = N(start=0, end=31, paragraph=1, explicit=False, voice=())
    >>> signed_letters(t, sentences, {1: [mention]}, [claim])
    >>> claim.voice
    ('role/controller',)
    """
    if "groet" not in (lowered(text) or text.lower()):  # (the document's kept lower case)
        return  # a plain test first: every signing close holds the word
    closed: dict[int, int] = {}  # per paragraph, the end of the close of the letter before
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if "groet" not in text[start : min(end, start + 40)].lower():
            continue
        after = closed.get(sentence.paragraph, -1)  # a letter starts after the close before it
        closed[sentence.paragraph] = end
        if (span := signature_function(text, start, end)) is None:
            continue
        mentions = by_sentence.get(sentence.index, ())
        named = [m for m in mentions if m.kind in _KINDS and span[0] <= m.start < span[1]]
        if not named:
            continue
        for claim in claims:
            if (
                claim.paragraph == sentence.paragraph
                and after <= claim.start
                and claim.end <= start
                and not claim.explicit
            ):
                claim.voice = (named[0].entity,)
