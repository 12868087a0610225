"""A subject named by a bare acronym that no mention covers, or by a demonstrative.

Profiles name an executing body by its acronym once it has been introduced ("Het
werkbedrijf IBN voert … uit. IBN werkt ook voor A en B"). When the acronym in
subject position is no mention of its own, the subject is not the profile's
municipality (what a clause without a named subject falls back to): it is the party
named before whose name holds the acronym as a word ("Werkbedrijf IBN"), and when
there is none the subject is unknown and the cue relates nothing.

An acronym inside a prepositional phrase ("voor de ISD", "met UWV") is no subject;
one that a mention covers (a law "WMO", a role "GGD", a named party) is left to the
usual reading.

A demonstrative phrase as the whole subject ("Deze dienst werkt ook voor A", "Die
organisatie …") and a bare "Het" ("Het werkbedrijf X … Het voert … uit voor A") refer
to the body or organisation named last before in the paragraph ("het X" for "Het");
without one the subject is unknown. Another noun ("Deze groep", "deze gemeente") is left
to the usual reading.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> ibn = SentenceMention("body/werkbedrijf-ibn", "body", 0, 15, "Werkbedrijf IBN", 0)
>>> text = "Werkbedrijf IBN is groot. IBN werkt ook voor A."
>>> acronym_subject(text, 26, 30, [], [ibn])
'body/werkbedrijf-ibn'
>>> acronym_subject(text, 26, 30, [])
''
>>> acronym_subject(text, 26, 30, [(26, 29)], [ibn]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import SentenceMention

__all__ = ["acronym_subject", "referred_subject"]

#: An acronym: two to six capitals, not a word in capitals of a heading.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
#: A preposition (with an article) right before it: no subject.
_IN_PHRASE = re.compile(
    r"\b(?:voor|met|van|in|bij|aan|via|uit|naar|op|onder|over|tot|door|binnen|tussen|namens"
    r"|dan|als|zoals)\s+(?:(?:de|het|een)\s+)?$",
    re.IGNORECASE,
)
_SLUG_WORDS = re.compile(r"[a-z0-9]+")
#: The whole subject a demonstrative phrase with a noun of an organisation ("Deze dienst",
#: "Die zorgorganisatie"), or a bare "Het".
_DEMONSTRATIVE = re.compile(
    r"\s*(?:Deze|Die|Dit|Dat)\s+(?=(?-i:[a-z]))[\w-]*(?:dienst|organisatie|stichting|instelling"
    r"|corporatie|instantie|partij|bedrijf|regeling|verband|aanbieder|uitvoerder|bureau)\s*"
    r"|\s*(?P<het>Het)\s+"
    # "Die werkt ook voor A"; "Deze gemeenten …" is a group, no one party
    r"|\s*(?P<pronoun>Die|Deze)\s+(?!\w*gemeenten\b)(?:(?-i:[a-z])\w+\s+)?"
    # "Zij voert …": an organisation is "zij" with a verb in the singular
    r"|\s*(?P<she>Zij|Ze)\s+"
)
#: A finite verb in the singular after "Zij" ("Zij voert", "Zij is"): an organisation; also
#: the verbs whose stem ends in a vowel ("Zij doet", "gaat", "staat", "ziet").
_SINGULAR = re.compile(r"(?:is|heeft|doet|gaat|staat|ziet|slaat|(?-i:[a-z])\w*[^aeiou\W]t)\b")
#: What a bare "Die" / "Deze" may refer back to: a body or organisation named last, else a
#: municipality.
_PRONOUN_KINDS = frozenset({"municipality"})
_HET_BEFORE = re.compile(r"\bhet\s+(?:(?-i:[a-z])[\w-]*\s+)?$", re.IGNORECASE)
_REFERRED_KINDS = frozenset({"body", "organisation"})
#: A noun in -schap after "Het" makes it an article, not the pronoun ("Het lidmaatschap van X").
_SCHAP_NOUN = re.compile(r"[\w-]*schap\b", re.IGNORECASE)


def acronym_subject(
    text: str,
    a: int,
    b: int,
    covered: Sequence[tuple[int, int]],
    *named: Sequence[SentenceMention],
) -> str | None:
    """The party an uncovered acronym in ``text[a:b]`` stands for.

    Parameters
    ----------
    text : str
        The document text.
    a, b : int
        Where the subject of a cue may stand.
    covered : sequence of (int, int)
        The spans of the sentence's mentions, of any kind.
    *named : sequence of SentenceMention
        The parties named before, in text order (in parts, read only when an acronym
        stands there).

    Returns
    -------
    str or None
        The IRI of the last party named before whose name holds the acronym as a word;
        ``""`` when there is none (the subject is unknown); None when no uncovered
        acronym stands there.
    """
    for acr in _ACRONYM.finditer(text, a, b):
        if any(s <= acr.start() < e for s, e in covered):
            continue
        if _IN_PHRASE.search(text, max(a, acr.start() - 30), acr.start()):
            continue
        word = acr.group(0).lower()
        for p in reversed([p for part in named for p in part]):
            if word in _SLUG_WORDS.findall(p.entity.rsplit("/", 1)[-1]):
                return p.entity
        return ""
    return None


def referred_subject(text: str, a: int, b: int, earlier: Sequence[SentenceMention]) -> str | None:
    """The body or organisation a demonstrative subject ``text[a:b]`` refers back to; a
    bare "Die" or "Deze" refers to the body or organisation named last, else to the
    municipality named last ("Die werkt ook voor A").

    Parameters
    ----------
    text : str
        The document text.
    a, b : int
        Where the subject of a cue may stand.
    earlier : sequence of SentenceMention
        The parties of the paragraph's sentences before, in text order.

    Returns
    -------
    str or None
        Its IRI; ``""`` when no such party was named (the subject is unknown); None when
        the subject is no demonstrative.

    Examples
    --------
    >>> text = "Het werkbedrijf Randmeer groeit. Het werkt voor A."
    >>> rm = SentenceMention("body/randmeer", "body", 16, 24, "Randmeer", 0)
    >>> referred_subject(text, 33, 37, [rm]), referred_subject(text, 33, 37, [])
    ('body/randmeer', '')
    """
    this = _DEMONSTRATIVE.fullmatch(text, a, b)
    if this is None or (this.group("het") is not None and _SCHAP_NOUN.match(text, b)):
        return None
    if this.group("she") is not None:  # a body or organisation named last
        if not _SINGULAR.match(text, b):
            return None  # "Zij werken …": people or municipalities, no one party
        return next((p.entity for p in reversed(earlier) if p.kind in _REFERRED_KINDS), "")
    if this.group("pronoun") is not None:  # a body named last, else a municipality
        for wanted in (_REFERRED_KINDS, _PRONOUN_KINDS):
            last = next((p for p in reversed(earlier) if p.kind in wanted), None)
            if last is not None:
                return last.entity
        return ""
    for p in reversed(earlier):
        if p.kind in _REFERRED_KINDS:
            het = this.group("het") is None or _HET_BEFORE.search(
                text, max(0, p.start - 30), p.start
            )
            return p.entity if het else ""
    return ""
