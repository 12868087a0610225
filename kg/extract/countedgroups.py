"""The municipalities a counted group points back to ("de vier gemeenten", "haar twee buren").

Dutch refers back to municipalities it has just named with a definite noun phrase that
holds a cardinal: "Met A, B en C overlegt de gemeente over een fusie. … omdat de vier
gemeenten samen maar 60.000 inwoners tellen", "… ingeklemd tussen A en B. … een regeling
met haar twee buren" (a definite description whose antecedent is a set; ANS 5.8.2 on
cardinals in definite noun phrases). The cardinal says how many are meant, so the phrase
is read only where the municipalities named before it add up to exactly that number: those
of the same sentence before the phrase, else those of the sentence before it in the same
paragraph. The profile's own municipality counts among "gemeenten" (it is one of them),
not among "buren" (the neighbours are the others). The municipalities it stands for are
concerns of the claim (:func:`counted_municipalities`). A phrase with its own name after it
("de negen gemeenten van Hart van Brabant", "de zeven gemeenten in West-Friesland") names
its group itself and points back to nothing; so does one in a sentence that names a joint
body or a region ("… het Inkoopbureau Jeugd X, dat namens de zeven gemeenten inkoopt"), or
after a sentence that does ("A, B en C vormen de regio X. De drie gemeenten …"): the group
is then that body's or region's membership, which the name stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.document import Document
from kg.extract.model import SentenceMention
from kg.extract.numberwords import WORD_NUMBERS

__all__ = ["counted_municipalities"]

#: The cardinals of a small group, as words ("twee" … "twaalf") or digits.
_NUMBERS = {w: int(v) for w, v in WORD_NUMBERS.items() if isinstance(v, int) and 2 <= v <= 12}
#: A definite determiner, the cardinal, an optional adjective and the group noun.
_COUNTED = re.compile(
    r"\b(?:de|die|deze|haar|zijn|hun|onze|alle)\s+(?P<n>"
    + "|".join(_NUMBERS)
    + r"|\d{1,2})\s+(?:[a-zà-ÿ]+e\s+)?(?P<noun>gemeenten|buurgemeenten|buren)\b",
    re.IGNORECASE,
)
#: A name right after the phrase ("… van Hart van Brabant", "… in de regio X"): the group is
#: named there, not pointed back to.
_NAMED_AFTER = re.compile(r"\s+(?:van|in|uit|rond)\s+(?:de\s+|het\s+)?(?:regio\s+)?[A-Z]")
_MUNICIPALITY = "municipality"
#: The kinds whose name in the phrase's sentence makes the group their membership.
_GROUPS = frozenset({"body", "region"})


def _cardinal(word: str) -> int:
    """The number a cardinal word or a numeral stands for.

    >>> _cardinal("vier"), _cardinal("Twee"), _cardinal("12")
    (4, 2, 12)
    """
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def _named(mentions: Iterable[SentenceMention], sentence: int, until: int) -> set[str]:
    """The municipalities the mentions of ``sentence`` name before offset ``until``."""
    return {
        m.entity
        for m in mentions
        if m.sentence == sentence and m.kind == _MUNICIPALITY and m.end <= until
    }


def _grouped(mentions: Iterable[SentenceMention], sentence: int) -> bool:
    """Whether ``sentence`` names a joint body or a region (whose members a count may be)."""
    return any(x.sentence == sentence and x.kind in _GROUPS for x in mentions)


def _fits(named: set[str], count: int, noun: str, own: str) -> bool:
    """Whether ``named`` are the ``count`` municipalities of the group noun ``noun``."""
    if noun == "buren":
        return len(named - {own}) == count
    return len(named | {own}) == count and len(named - {own}) > 0


def counted_municipalities(
    doc: Document, start: int, end: int, mentions: list[SentenceMention], own: str
) -> set[str]:
    """The municipalities a counted group of the claim ``start``-``end`` points back to.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    start, end : int
        The claim's span.
    mentions : list of SentenceMention
        The document's mentions.
    own : str
        The IRI of the profile's own municipality (never returned).

    Returns
    -------
    set of str
        The IRIs of the municipalities meant, without the own one; empty when the count
        does not fit the municipalities named before.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> text = "Met Aveen en Bedam praat Cestad over een fusie. De drie gemeenten zijn klein."
    >>> doc = N(text=text, sentences=[N(index=0, start=0, end=47, paragraph=0),
    ...                               N(index=1, start=48, end=78, paragraph=0)])
    >>> doc.sentence_at = lambda at: doc.sentences[0 if at < 48 else 1] if at >= 0 else None
    >>> ms = [N(entity="m/aveen", kind="municipality", sentence=0, start=4, end=9),
    ...       N(entity="m/bedam", kind="municipality", sentence=0, start=13, end=18)]
    >>> sorted(counted_municipalities(doc, 48, 78, ms, "m/cestad"))
    ['m/aveen', 'm/bedam']
    >>> counted_municipalities(doc, 48, 78, ms[:1], "m/cestad")
    set()
    """
    text = doc.text
    if "gemeenten" not in text[start:end].lower() and "buren" not in text[start:end]:
        return set()  # the cheap test: no group noun in the claim
    out: set[str] = set()
    for m in _COUNTED.finditer(text, start, end):
        if _NAMED_AFTER.match(text, m.end()):
            continue
        count, noun = _cardinal(m.group("n")), m.group("noun").lower()
        sentence = doc.sentence_at(m.start())
        if sentence is None or _grouped(mentions, sentence.index):
            continue  # "namens de zeven gemeenten" of a named body: its members
        named = _named(mentions, sentence.index, m.start())
        if not named:
            before = doc.sentence_at(sentence.start - 1)
            if (
                before is not None
                and before.paragraph == sentence.paragraph
                and not _grouped(mentions, before.index)
            ):
                named = _named(mentions, before.index, before.end)
        if named and _fits(named, count, noun, own):
            out |= named - {own}
    return out
