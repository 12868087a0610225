"""Definite descriptions in apposition to a named body or organisation.

Dutch prose often describes an organisation right after naming it, between commas:
"Stichting X, de welzijnsorganisatie van Y, …", "X, het sociale werkbedrijf van A en
B, …", "X, de grootste verhuurder in Y, …", "via X, de inkooporganisatie van de veertien
Twentse gemeenten." Such a definite description ("de"/"het" and a head noun of an
organisation type, kg/data/apposition-heads.txt) is a mention of the named party, with
the whole description as its text (gold README, fourth batch and eighth batch, decision
6); an indefinite one ("X, een initiatief van kerken") only classifies it and is none. A
role mention of the generic type inside the description ("verhuurder": housing
corporations in general) gives way; names inside it ("van Y") stay mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import word_list
from kg.document import Document
from kg.extract.model import SentenceMention

__all__ = [
    "apposed_descriptions",
    "apposition_heads",
    "description_at",
    "without_descriptions",
]

_NAMED = frozenset({"body", "organisation"})
#: ", de …" or ", het …" up to the comma, colon, semicolon or full stop that closes it.
_DESCRIPTION = re.compile(
    r",\s+(?P<article>de|het)\s+(?P<body>[^,;:.()‘’“”\"]{2,100}?)(?=\s*(?:[,;:.]|$))"
)
#: Where the head of the description ends: before a preposition or relative pronoun.
_POSTMODIFIER = re.compile(r"\s(?:van|in|voor|uit|op|bij|met|dat|die|waar\w*|sinds)\s")
#: A superlative or ordinal before "van de": the head follows ("de kleinste van de drie
#: corporaties").
_PARTITIVE = re.compile(r"^(?:\w+ste|\w+de)\s+van\s+(?:de|het)\s+")


@lru_cache(maxsize=1)
def apposition_heads() -> tuple[str, ...]:
    """The head nouns (kg/data/apposition-heads.txt), as ``str.endswith`` takes them."""
    return tuple(sorted(word_list("apposition-heads.txt")))


def description_at(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """The span of a definite description in apposition right after a name ending at
    ``end`` (the sentence ends at ``stop``), from its article, else None.

    Examples
    --------
    >>> t = "Stichting X, de welzijnsorganisatie van Y, is positief."
    >>> s, e = description_at(t, 11, len(t)); t[s:e]
    'de welzijnsorganisatie van Y'
    >>> t = "X, de kleinste van de drie corporaties, is voorzichtig."
    >>> s, e = description_at(t, 1, len(t)); t[s:e]
    'de kleinste van de drie corporaties'
    >>> description_at("X, een initiatief van kerken, helpt.", 1, 36) is None
    True
    >>> description_at("X, de wethouder van Y, zegt het.", 1, 32) is None
    True
    """
    m = _DESCRIPTION.match(text, end, stop)
    if m is None:
        return None
    body = m.group("body")  # without the article
    partitive = _PARTITIVE.match(body)
    if partitive:
        body = body[partitive.end() :]  # "de kleinste van de drie corporaties"
    cut = _POSTMODIFIER.search(body + " ")
    words = (body[: cut.start()] if cut else body).split()
    head = words[-1].lower() if words else ""
    if not head.endswith(apposition_heads()):
        return None
    return m.start("article"), m.end()


def apposed_descriptions(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with each definite description in apposition to a named body or
    organisation read as a mention of it (see the module's description); the generic role
    mentions inside the description are dropped.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Het werk gaat naar Polderwerk, het Wsw-bedrijf van de regio."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("Polderwerk")
    >>> at = doc.sentence_at(s).index
    >>> org = SentenceMention("org/p", "organisation", s, s + 10, "Polderwerk", at)
    >>> [(m.text, m.entity) for m in apposed_descriptions(doc, [org])][1:]
    [('het Wsw-bedrijf van de regio', 'org/p')]
    """
    text = doc.text
    added: list[SentenceMention] = []
    for m in mentions:
        if m.kind not in _NAMED or m.sentence is None or text[m.end : m.end + 1] != ",":
            continue  # the gate: a comma right after a name
        sentence = doc.sentence_at(m.start)
        span = description_at(text, m.end, sentence.end) if sentence is not None else None
        if span is None:
            continue
        s, e = span
        if any(o.entity == m.entity and o.start < e and s < o.end for o in mentions):
            continue  # already read as the name ("de corporatie" pointing back)
        added.append(SentenceMention(m.entity, m.kind, s, e, text[s:e], m.sentence))
    if not added:
        return mentions
    kept = [  # a generic role inside a description gives way to it
        o
        for o in mentions
        if not (o.kind == "role" and any(a.start <= o.start and o.end <= a.end for a in added))
    ]
    return sorted(kept + added, key=lambda o: (o.start, o.end, o.entity))


def without_descriptions(text: str, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` without the descriptions in apposition (a mention of the entity named
    right before it, after ", "): the relations read the name as the party.

    Examples
    --------
    >>> t = "X, de dienst van Y, helpt."
    >>> x = SentenceMention("b/x", "body", 0, 1, "X", 0)
    >>> d = SentenceMention("b/x", "body", 3, 18, "de dienst van Y", 0)
    >>> [m.text for m in without_descriptions(t, [x, d])]
    ['X']
    """
    ends = {(m.entity, m.end) for m in mentions if m.kind in _NAMED}
    return [
        m
        for m in mentions
        if not (
            m.kind in _NAMED
            and (m.entity, m.start - 2) in ends
            and text[m.start - 2 : m.start] == ", "
        )
    ]
