"""The members of a bracketed list of parties: "(wijkagent, jongerenwerk en zorgcoördinator)".

A text that names the parties someone works or has contact with often lists them in a
bracket after a general noun ("contact met verschillende partijen (wijkagent,
jongerenwerk, maatschappelijk werk en zorgcoördinator)"). Every member of such a list is a
party, a mention of its own (annotation guideline: every mention in running text; gold
README, thirtieth session, point 1): a member the role list lacks is a role all the same
when it is an agent noun (:func:`kg.extract.speakergroups.agent`) and the other members are
parties the lexicon knows. The list is read as one when it has at least three members, at
least two of them known, and each member is one or two words with no figure or
preposition (a remark in brackets is no list of parties).
"""

from __future__ import annotations

import re

__all__ = ["list_members"]

#: A bracket with at least one comma and no figure, colon or semicolon in it.
_BRACKET = re.compile(r"\(([^()\d:;=%€]{5,160},[^()\d:;=%€]{1,160})\)")
#: The separators of a list: commas and a final "en" / "of".
_ITEMS = re.compile(r"\s*,\s*(?:en\s+|of\s+)?|\s+(?:en|of)\s+")
#: An item: one or two words (an adjective and its noun: "maatschappelijk werk").
_ITEM = re.compile(r"(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ][a-zà-ÿ-]+", re.IGNORECASE)
#: Words that make an item a remark rather than a party (prepositions, adverbs).
_REMARK = frozenset(
    {"uit", "voor", "van", "met", "over", "in", "op", "bij", "naar", "tot", "door", "om",
     "aan", "zie", "vooral", "ook", "zoals", "bijvoorbeeld", "niet", "geen", "wel"}
)  # fmt: skip


def list_members(text: str, known, agent) -> list[tuple[str, str]]:  # noqa: ANN001
    """The unknown agent nouns in bracketed lists of known parties: ``(surface, lemma)``.

    Parameters
    ----------
    text : str
        The cleaned text.
    known : callable
        ``known(phrase) -> bool``: whether the lexicon names the phrase.
    agent : callable
        ``agent(phrase) -> str | None``: the singular lemma of a group noun, or None.

    Returns
    -------
    list of tuple of str
        Sorted, each pair once.

    Examples
    --------
    >>> lexicon = {"wijkagent", "jongerenwerk", "maatschappelijk werk"}
    >>> lemma = lambda p: p.lower() if p.lower().endswith(("or", "er")) else None
    >>> s = "contact met (wijkagent, jongerenwerk, maatschappelijk werk en zorgcoördinator)."
    >>> list_members(s, lexicon.__contains__, lemma)
    [('zorgcoördinator', 'zorgcoördinator')]

    A list of one known party, or a remark, mints nothing:

    >>> list_members("(wijkagent, buurtvader en coördinator)", lexicon.__contains__, lemma)
    []
    >>> list_members("(wijkagent, jongerenwerk, niet de directeur)", lexicon.__contains__, lemma)
    []
    """
    if "(" not in text:
        return []
    found: set[tuple[str, str]] = set()
    for bracket in _BRACKET.finditer(text):
        items = [i.strip() for i in _ITEMS.split(bracket.group(1))]
        if len(items) < 3 or not all(_ITEM.fullmatch(i) for i in items):
            continue
        if any(w.lower() in _REMARK for i in items for w in i.split()):
            continue
        unknown = [i for i in items if not known(i)]
        if len(items) - len(unknown) < 2:
            continue  # not a list of parties the lexicon recognises
        for item in unknown:
            lemma = agent(item)
            if lemma is not None and " " not in item:
                found.add((item, lemma))
    return sorted(found)
