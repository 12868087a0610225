"""Sources in brackets that close a sentence: "… laat op papier (beleidsmedewerkers, wethouder)."

A report that gives each finding "met de bron erbij" names who said it in a bracket at
the end of the sentence, the way a dash does with "– aldus de wethouder": the groups in
the bracket hold the sentence, and, closing its paragraph, the sentences before it (the
annotation guideline: a closing attribution covers the sentences before it in its
paragraph). The bracket is a source list when every item of it (split at commas and
"en") names a group or organisation and it holds no figure, colon or year ("(bron: CBS)",
"(2014: 5,8%)" are data). A bracket standing alone, as a line of its own after a list,
closes no sentence and covers none (the guideline limits the attribution to its
paragraph): it is a source line, no claim (:func:`source_line`). A bracket right after a
name glosses that name ("een intergemeentelijke sociale dienst (ISD)"): no source.

This module is the one reader of the bracket; :mod:`kg.extract.closingsources` reads the
other closing forms (a dash before "aldus X", a numbered label) and the cover of the
paragraph.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.model import SentenceMention
from kg.extract.voiceforms import speaker_mentions

#: Collective nouns for parties (``kg/data/party-nouns.txt``): a bracket right after one
#: enumerates its members ("verschillende partijen (wijkagent, jongerenwerk en …)").
_PARTY_NOUNS = word_list("party-nouns.txt")
#: The last word before a bracket.
_WORD_BEFORE = re.compile(r"([\w-]+)\s*$")

#: A bracket that closes the sentence: nothing but punctuation after it.
_CLOSING = re.compile(r"\(([^()\d:;=%€]{2,120})\)[\s.!?]*$")
#: The separators of a list of sources: commas and "en".
_ITEMS = re.compile(r"\s*,\s*|\s+en\s+")
#: What an item says besides the group it names, more than a source list's item does (an
#: article, a number word or a function: "een wijkcoach", "twee raadsleden", "directie
#: Soweco"): a preposition ("lage uitkering uit het Gemeentefonds") or a third word.
_REMARK = re.compile(
    r"\b(?:uit|voor|van|met|over|in|op|bij|naar|tot|door|om|aan|zie|vooral|ook)\b"
    r"|\w+\W+\w+\W+\w+",
    re.IGNORECASE,
)


def _without(text: str, lo: int, hi: int, named: list[SentenceMention]) -> str:
    """The words of the item ``text[lo:hi]`` outside the mentions ``named`` in it."""
    out, at = [], lo
    for m in named:
        out.append(text[at : m.start])
        at = max(at, m.end)
    out.append(text[at:hi])
    return " ".join(out)


def closing_sources(
    text: str, start: int, end: int, roles: list[SentenceMention], mentions: list[SentenceMention]
) -> tuple[SentenceMention, ...]:
    """The groups a bracket closing the sentence ``text[start:end]`` names as its sources.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The sentence.
    roles : list of SentenceMention
        The sentence's mentions that may speak.
    mentions : list of SentenceMention
        All the sentence's mentions (a name right before the bracket is glossed by it).

    Returns
    -------
    tuple of SentenceMention
        The speaking mentions in the bracket, in order; empty when the sentence closes with
        no source list.

    Examples
    --------
    >>> s = "De visie kwam laat (beleidsmedewerkers, wethouder)."
    >>> a = SentenceMention("role/policy-officers", "role", 20, 38, "beleidsmedewerkers", 0)
    >>> b = SentenceMention("role/alderman", "role", 40, 49, "wethouder", 0)
    >>> [m.entity for m in closing_sources(s, 0, len(s), [a, b], [a, b])]
    ['role/policy-officers', 'role/alderman']
    >>> s = "De visie kwam laat (zie de wethouder)."
    >>> b = SentenceMention("role/alderman", "role", 27, 36, "wethouder", 0)
    >>> closing_sources(s, 0, len(s), [b], [b])
    ()
    >>> s = "Zij werkt met de sociale dienst (SD)."
    >>> d = SentenceMention("body/sd", "organisation", 17, 31, "sociale dienst", 0)
    >>> e = SentenceMention("body/sd", "organisation", 33, 35, "SD", 0)
    >>> closing_sources(s, 0, len(s), [d, e], [d, e])
    ()
    >>> s = "Wachttijden lopen op bij de huisartsen (ambtenaren)."
    >>> g = SentenceMention("role/gp", "role", 28, 38, "huisartsen", 0)
    >>> c = SentenceMention("role/cs", "role", 40, 50, "ambtenaren", 0)
    >>> [m.entity for m in closing_sources(s, 0, len(s), [g, c], [g, c])]
    ['role/cs']

    A bracket that enumerates the parties named right before it is no source list:

    >>> s = "Er was contact met partijen (wijkagent, wethouder)."
    >>> a = SentenceMention("role/police", "role", 28, 37, "wijkagent", 0)
    >>> b = SentenceMention("role/alderman", "role", 39, 48, "wethouder", 0)
    >>> closing_sources(s, 0, len(s), [a, b], [a, b])
    ()
    """
    if ")" not in text[max(start, end - 3) : end]:
        return ()  # the plain test first: most sentences close with no bracket
    found = _CLOSING.search(text, start, end)
    if found is None:
        return ()
    a, b = found.span(1)
    inside = [m for m in roles if a <= m.start < b]
    if not inside:
        return ()
    opened = found.start()
    if not any(c.isalpha() for c in text[start:opened]):
        return ()  # a bracket standing alone ("(teamleden, een wijkcoach)") closes no sentence
    before = _WORD_BEFORE.search(text, start, opened)
    if before is not None and before.group(1).lower() in _PARTY_NOUNS:
        return ()  # "contact met verschillende partijen (wijkagent, …)": the parties' members
    items = _ITEMS.split(text[a:b])
    if len(items) == 1 and (
        items[0].isupper()
        or any(opened - 2 <= m.end <= opened and _glossed(m, inside) for m in mentions)
    ):
        return ()  # "een intergemeentelijke sociale dienst (ISD)": a gloss of the name
    return tuple(inside) if _source_list(text, a, items, inside) else ()


#: The kinds of mention that name a party by its name: a bracket after one may gloss it.
_NAMES = ("organisation", "body")


def _glossed(before: SentenceMention, inside: list[SentenceMention]) -> bool:
    """Whether the bracket naming ``inside`` right after the mention ``before`` glosses it:
    the same party again ("de sociale dienst (SD)") or a name after a name ("Stichting X
    (welzijn)"); another group after a group or a thing ("… tussen team en huisartsen
    (ambtenaren)", "… tussen jeugdhulp en Wmo (sociaal team)") is the line's source.

    Examples
    --------
    >>> gp = SentenceMention("role/gp", "role", 0, 10, "huisartsen", 0)
    >>> cs = SentenceMention("role/cs", "role", 12, 22, "ambtenaren", 0)
    >>> _glossed(gp, [cs]), _glossed(gp, [gp])
    (False, True)
    """
    if any(m.entity == before.entity for m in inside):
        return True
    return before.kind in _NAMES and all(m.kind in _NAMES for m in inside)


def _source_list(text: str, a: int, items: list[str], inside: list[SentenceMention]) -> bool:
    """Whether each of the ``items`` of the bracket opening at ``a`` names one of the groups
    ``inside`` and says no more (an item that names nobody, or says more, is a remark)."""
    at = a
    for item in items:
        lo = text.find(item, at)
        hi = lo + len(item)
        named = [m for m in inside if lo <= m.start < hi]
        if not named or _REMARK.search(_without(text, lo, hi, named)):
            return False
        at = hi
    return True


def source_line(text: str, start: int, end: int, mentions: list[SentenceMention]) -> bool:
    """Whether the sentence ``text[start:end]`` is a bracket of sources on a line of its own
    ("(teamleden, een wijkcoach)"): no claim; ``mentions`` are its own.

    Examples
    --------
    >>> t = "(teamleden, een wijkcoach)"
    >>> ms = [SentenceMention("role/social-team", "role", 1, 10, "teamleden", 0),
    ...       SentenceMention("role/wijkcoach", "role", 16, 25, "wijkcoach", 0)]
    >>> source_line(t, 0, len(t), ms)
    True
    >>> t = "(zie volgende paragraaf)."
    >>> source_line(t, 0, len(t), [])
    False
    """
    if text[start : start + 1] != "(" or text.find("(", start + 1, end) != -1:
        return False
    found = _CLOSING.match(text, start, end)
    if found is None:
        return False
    a, b = found.span(1)
    inside = [m for m in speaker_mentions(text, mentions) if a <= m.start < b]
    items = _ITEMS.split(text[a:b])
    return bool(inside) and _source_list(text, a, items, inside)
