"""Ranks by size: "de grootste gemeente van Drenthe", "na Eindhoven de grootste stad van …".

A superlative of size or an ordinal before a noun of a municipality, with the area it is
ranked in after it ("de grootste gemeente van het Rivierenland", "de tweede stad van
Twente"), or before a member of a joint arrangement ("waarvan Tiel … de grootste deelnemer
is"), places the municipality its clause is about among the others: an indicator with unit
``rank`` (annotation guidelines, seventh batch decision 3 and thirtieth session point 2).
Its value is 1 for a superlative, one more for each place named after "na" before it ("na
Eindhoven de grootste stad": 2), and the ordinal's place for an ordinal. Its measure is
``size-rank-in-province`` where the area is a province ("van Drenthe", "van de provincie"),
``rank`` elsewhere ("van het Rivierenland", "van Twente").

It is the profile's own municipality's rank only when the nearest municipality its sentence
names before the rank is that municipality ("Emmen is … de grootste gemeente van Drenthe"),
or, with none named, when the sentence opens on "De gemeente" or "Zij". Not read: a
superlative without "de" ("Hoorn als grootste gemeente": a capacity) except a member's rank
as the value of a telegram line keyed by the municipality ("Assen: grootste deelnemer", the
article left out as in any key-value line; gold settlement of the thirty-seventh session,
point 16), a plural ("een van de grootste gemeenten", "tot de grootste gemeenten behoort":
no rank), another municipality's rank ("waarvan Rotterdam de grootste deelnemer is"), a
superlative of another noun ("de grootste aanbieder", "het grootste team"), and an ordinal
with a relative clause after its area ("de tweede gemeente in de regio die …": an order in
time). The words are those of ``kg/data/quantity-ranks.toml``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.changewords import PROVINCES
from kg.extract.model import Indicator
from kg.extract.wordtokens import lowered

if TYPE_CHECKING:
    from kg.document import Document
    from kg.extract.model import Extraction

__all__ = ["DATA_FILE", "size_ranks"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "quantity-ranks.toml"
#: The measure of a rank within a province, and of any other rank (``ontology/measures.ttl``).
IN_PROVINCE, RANK = "size-rank-in-province", "rank"
#: The places named after "na" before the rank: "na Eindhoven", "na Zwolle en Deventer".
_NAMES = r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*"
_AFTER = re.compile(
    r"\bna\s+(?P<names>" + _NAMES + r"(?:\s*(?:,|\sen)\s+" + _NAMES + r")*)\s*,?\s+$",
    re.IGNORECASE,
)
#: The area a municipality is ranked in: "van Drenthe", "van het Rivierenland", "van de
#: regio", "van Zuidoost-Brabant".
_AREA = re.compile(
    r"\s+(?:van|in)\s+(?P<area>(?:(?:de|het)\s+)?"
    r"(?:provincie|regio|land|(?-i:[A-Z])[\w-]*)(?:\s+(?-i:[A-Z])[\w-]*)*)",
    re.IGNORECASE,
)
#: A relative clause after the area: an ordinal that orders in time, not by size.
_RELATIVE = re.compile(r"\s*,?\s*(?:die|dat|waar\w*)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\bde\s+$", re.IGNORECASE)
#: A telegram line whose key is a name and whose value is the rank: "Assen: grootste
#: deelnemer" says "Assen is de grootste deelnemer" (the article left out, as in a key-value
#: line); a capacity ("als grootste gemeente") has no colon before it.
_KEYED = re.compile(r"(?:^|(?<=[.!?] ))[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*:[ \t]*$", re.M)
_OPENS_ON_IT = re.compile(r"\W*(?:de\s+gemeente|zij)\b", re.IGNORECASE)


def _keyed(text: str, at: int) -> int | None:
    """Where the key of a telegram line ends at ``at`` begins ("Assen: grootste deelnemer"),
    or None.

    Examples
    --------
    >>> _keyed("Assen: grootste deelnemer", 7), _keyed("als grootste deelnemer", 4)
    (0, None)
    """
    m = _KEYED.search(text, max(0, at - 40), at)
    return m.start() if m is not None else None


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], frozenset[str], re.Pattern]:
    """(superlatives, ordinals, area nouns, the rank pattern) from the data file; the pattern
    is matched against the lower case of the text (its words are lower case)."""
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    tops, ordinals = dict(data["superlatives"]), dict(data["ordinals"])
    area, member = list(data["nouns"]["area"]), list(data["nouns"]["member"])
    pattern = re.compile(
        r"\b(?P<word>" + "|".join(sorted(tops | ordinals)) + r")"
        r"(?:\s+(?P<top>" + "|".join(sorted(tops)) + r"))?"
        r"\s+(?P<noun>" + "|".join(sorted(area + member)) + r")\b"
    )
    return tops, ordinals, frozenset(area), pattern


def _matches(pattern: re.Pattern, low: str, words: tuple[str, ...]) -> list[re.Match]:
    """The matches of ``pattern`` in ``low`` at each place one of ``words`` begins, in text
    order (``str.find`` finds the few places; the pattern is tried there only)."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            m = pattern.match(low, at)
            if m is not None:
                found.append(m)
            at = low.find(word, at + 1)
    return sorted(found, key=lambda m: m.start())


def _is_province(area: str) -> bool:
    """Whether the area a rank is in is a province ("Drenthe", "de provincie Groningen").

    Examples
    --------
    >>> _is_province("Drenthe"), _is_province("de provincie"), _is_province("Twente")
    (True, True, False)
    >>> _is_province("de regio"), _is_province("het Rivierenland")
    (False, False)
    """
    words = area.lower().split()
    if words and words[0] in ("de", "het"):
        words = words[1:]
    return bool(words) and (words[0] == "provincie" or " ".join(words) in PROVINCES)


def _own(doc: Document, extraction: Extraction, start: int, opening: int) -> bool:
    """Whether the rank at ``start`` is the profile's municipality's: the nearest municipality
    named before it in its sentence (from ``opening``) is it, or, none named, the sentence
    opens on it ("De gemeente …", "Zij …")."""
    named = [
        m
        for m in extraction.mentions
        if m.kind == "municipality" and opening <= m.start and m.end <= start
    ]
    if named:
        return max(named, key=lambda m: m.end).entity == extraction.municipality.iri
    return _OPENS_ON_IT.match(doc.text, opening) is not None


def size_ranks(doc: Document, extraction: Extraction, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the ranks by size of the profile's municipality, in text order.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Emmen is met ruim 107.000 inwoners de grootste gemeente van Drenthe."
    >>> doc = N(text=s, sentences=[N(index=1, start=0, end=len(s))])
    >>> own = N(kind="municipality", start=0, end=5, entity="m/emmen")
    >>> ex = N(mentions=[own], municipality=N(iri="m/emmen"))
    >>> [(s[i.start : i.end], i.value, i.unit, i.measure) for i in size_ranks(doc, ex, [])]
    [('de grootste gemeente van Drenthe', Decimal('1'), 'rank', 'size-rank-in-province')]
    """
    text = doc.text
    tops, ordinals, area_nouns, pattern = _words()
    low = lowered(text) or text.lower()  # the same offsets: a plain text (else no rank read)
    if len(low) != len(text):
        return found
    ranks: list[Indicator] = []
    starts = [s.start for s in doc.sentences]
    for m in _matches(pattern, low, (*tops, *ordinals)):
        article = _ARTICLE.search(text, max(0, m.start() - 6), m.start())
        keyed = None if article or m["noun"] in area_nouns else _keyed(text, m.start())
        if article is None and keyed is None:
            continue  # "als grootste gemeente": no rank without "de" or a key
        sentence = doc.sentences[bisect_right(starts, m.start()) - 1]
        word, noun = m["word"].lower(), m["noun"].lower()
        if m["top"] and word in tops:
            continue  # "de grootste grootste": no rank
        area = _AREA.match(text, m.end(), sentence.end) if noun in area_nouns else None
        if noun in area_nouns and area is None:
            continue  # "de grootste gemeente" with no area: not ranked here
        end = area.end() if area is not None else m.end()
        if word in ordinals and area is not None and _RELATIVE.match(text, end, sentence.end):
            continue  # "de tweede gemeente in de regio die …": an order in time
        start = article.start() if article is not None else m.start()
        value = ordinals.get(word) or tops[word]
        after = _AFTER.search(text, max(sentence.start, start - 80), start)
        if after is not None and word in tops:  # "na Eindhoven de grootste": the second
            value += len(re.split(r"\s*,\s*|\s+en\s+", after["names"]))
            start = after.start()
        if not _own(doc, extraction, start, sentence.start):
            continue
        start = keyed if keyed is not None else start  # the quote holds the key
        key = IN_PROVINCE if area is not None and _is_province(area["area"]) else RANK
        ranks.append(
            Indicator(start, end, sentence.index, key, text[start:end], Decimal(value), "rank")
        )
    if not ranks:
        return found
    return sorted(found + ranks, key=lambda i: (i.start, i.end))
