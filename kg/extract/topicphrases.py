"""Phrases that make or unmake a topic: the data of ``kg/data/topic-phrases.toml``.

:mod:`kg.extract.topics` reads single words; these are the readings of several words
together, all from one data file with its sources:

- fixed post-modifiers that stay with their noun ("reserve sociaal domein", "jeugdhulp
  met verblijf": :func:`postmodifier`, :func:`fits`);
- light nouns that keep their complement ("inzet van vrijwilligers": :func:`complement`);
- fixed terms whose adjective would otherwise be dropped ("korte lijnen":
  :func:`fixed_term`);
- idioms whose noun is no subject ("dicht bij huis", "onder druk": :func:`in_idiom`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import DATA
from kg.extract.dutchwords import NOUN_OPENERS, is_verb
from kg.extract.topicwords import function_words, stoplist
from kg.extract.wordtokens import holds_word


@lru_cache(maxsize=1)
def phrases() -> dict:
    """The data of ``kg/data/topic-phrases.toml``, read once.

    >>> "inzet" in phrases()["light_heads"]
    True
    """
    import tomllib

    return tomllib.loads((DATA / "topic-phrases.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def postmodifier() -> re.Pattern:
    """The fixed post-modifiers after a noun ("reserve sociaal domein", "jeugdhulp met
    verblijf"), matched from the space after it.

    >>> postmodifier().match("jeugdhulp met  verblijf", 9).group()
    ' met  verblijf'
    """
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases()["postmodifiers"])
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def fits(field: str, lemma: str) -> bool:
    """Whether a fixed post-modifier stays with a noun: one that splits care ("met
    verblijf") only with a noun of care (``topic-phrases.toml``).

    >>> fits(" met verblijf", "jeugdhulp"), fits(" met verblijf", "jeugdige")
    (True, False)
    >>> fits(" sociaal domein", "reserve")
    True
    """
    data = phrases()
    if " ".join(field.lower().split()) not in data["care_postmodifiers"]:
        return True
    return any(part in lemma for part in data["care_parts"])


@lru_cache(maxsize=1)
def field_topics() -> frozenset[str]:
    """The fixed post-modifiers that are noun phrases of their own ("sociaal domein", not
    "met verblijf"): a topic also where they follow another noun."""
    return frozenset(p for p in phrases()["postmodifiers"] if p.split()[0] not in NOUN_OPENERS)


@lru_cache(maxsize=1)
def light_heads() -> frozenset[str]:
    """The light nouns that keep their complement ("inzet", "behoefte", "gebrek")."""
    return frozenset(phrases()["light_heads"])


class _Field:
    """Matches a fixed post-modifier right after a noun (``topic-phrases.toml``):
    "reserve sociaal domein", "jeugdhulp met verblijf"."""

    @staticmethod
    def match(text: str, at: int) -> re.Match | None:
        return postmodifier().match(text, at)


FIELD = _Field()


def complement(
    words: list[tuple[int, int, str]], k: int, text: str, lemma: str
) -> tuple[str, int] | None:
    """The label of a light noun with its complement ("inzet van vrijwilligers") and
    the complement's end, or None when word ``k`` is no light noun followed by one.

    >>> from kg.extract.dutchwords import tokens
    >>> s = "De inzet van vrijwilligers groeit."
    >>> complement(tokens(s), 1, s, "inzet")
    ('inzet van vrijwilligers', 26)
    >>> s = "De inzet van ons groeit."
    >>> complement(tokens(s), 1, s, "inzet") is None
    True
    >>> s = "De combinatie van een stedelijke kern."
    >>> complement(tokens(s), 1, s, "combinatie") is None
    True
    """
    data = phrases()
    low = lemma  # "combinaties van zorg": the light noun's singular
    if low not in data["light_heads"] or k + 2 >= len(words):
        return None
    prep = words[k + 1][2].lower()
    if prep not in data["light_prepositions"] or text[words[k][1] : words[k + 1][0]].strip():
        return None
    j = k + 2
    if words[j][2].lower() in ("de", "het", "een") and j + 1 < len(words):
        j += 1
    noun = words[j][2]
    if text[words[j - 1][1] : words[j][0]].strip() or noun[:1].isupper() or len(noun) < 4:
        return None
    if noun.lower() in function_words() or noun.lower() in stoplist() or is_verb(noun.lower()):
        return None
    if noun[-1:] == "e" and j + 1 < len(words) and _before_noun(words, j, text):
        return None  # "de combinatie van een stedelijke kern": an adjective, its noun after
    return f"{low} {prep} {noun.lower()}", words[j][1]


def _before_noun(words: list[tuple[int, int, str]], j: int, text: str) -> bool:
    """Whether word ``j`` stands right before a lower-case content word that is no verb
    (an attributive adjective in -e before its noun: "stedelijke kern")."""
    after = words[j + 1][2]
    return (
        words[j + 1][0] - words[j][1] == 1
        and after[:1].islower()
        and after not in function_words()
        and not is_verb(after)
    )


@lru_cache(maxsize=1)
def _idioms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The idioms of ``topic-phrases.toml`` by their last word (the noun): the words
    before it, lower case."""
    data = phrases()
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data.get("idioms", []):
        *before, noun = phrase.lower().split()
        out.setdefault(noun, []).append(tuple(before))
    return {noun: tuple(found) for noun, found in out.items()}


def in_idiom(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` ends a fixed expression whose noun is no subject ("dicht bij
    huis", "onder druk", "van deze omvang": ``idioms`` of ``topic-phrases.toml``).

    Examples
    --------
    >>> from kg.extract.dutchwords import tokens
    >>> ws = tokens("Kinderen worden dicht bij huis geholpen.")
    >>> in_idiom(ws, 4), in_idiom(ws, 0)
    (True, False)
    >>> in_idiom(tokens("Het huis is verkocht."), 1)
    False
    """
    found = _idioms().get(words[k][2].lower())
    if not found:
        return False
    for before in found:
        n = len(before)
        if n <= k and tuple(w.lower() for _, _, w in words[k - n : k]) == before:
            return True
    return False


@lru_cache(maxsize=1)
def _terms() -> dict[str, frozenset[str]]:
    """The fixed terms of ``topic-phrases.toml`` by their last word."""
    data = phrases()
    out: dict[str, set[str]] = {}
    for term in data.get("terms", []):
        out.setdefault(term.split()[-1], set()).add(term)
    return {last: frozenset(found) for last, found in out.items()}


def fixed_term(words: list[tuple[int, int, str]], k: int, lemma: str) -> tuple[int, str] | None:
    """(start, label) of a fixed term of the social domain that ends in word ``k`` (its
    lemma ``lemma``): the adjective before it stays, though it otherwise judges or
    measures ("korte lijnen" → ``korte lijn``; ``terms`` of ``topic-phrases.toml``).

    Examples
    --------
    >>> from kg.extract.dutchwords import tokens
    >>> ws = tokens("Huisartsen waarderen de korte lijnen.")
    >>> fixed_term(ws, 4, "lijn")
    (24, 'korte lijn')
    >>> fixed_term(tokens("De algemene middelen slinken."), 2, "middel")
    (3, 'algemene middelen')
    >>> fixed_term(tokens("Een lange lijn."), 2, "lijn") is None
    True

    A comparative of the term's adjective is the term ("de lichtere ondersteuning",
    "kortere lijnen"):

    >>> fixed_term(tokens("de lichtere ondersteuning"), 2, "ondersteuning")
    (3, 'lichte ondersteuning')

    A term written with its participle bare is read declined too ("verwarde personen"):

    >>> fixed_term(tokens("meer verwarde personen"), 2, "persoon")
    (5, 'verward persoon')
    """
    low = words[k][2].lower()
    found = _terms().get(lemma) or _terms().get(low)
    if not found or not k:
        return None
    for n in (2, 1):
        if k >= n:
            before = " ".join(w.lower() for _, _, w in words[k - n : k])
            for form in (lemma, low):
                if f"{before} {form}" in found:
                    return words[k - n][0], f"{before} {form}"
    before = words[k - 1][2].lower()
    for plain in (positive(before), before[:-1] if before[-2:] in ("de", "te") else None):
        for form in (lemma, low):
            if plain and f"{plain} {form}" in found:
                return words[k - 1][0], f"{plain} {form}"
    return None


def positive(word: str) -> str | None:
    """The declined positive of a declined comparative ("lichtere" → "lichte", "kortere"
    → "korte", "zwaardere" → "zware"), or None for a word that is none.

    >>> positive("lichtere"), positive("zwaardere"), positive("grotere"), positive("andere")
    ('lichte', 'zware', 'grote', None)
    >>> positive("dikkere")
    'dikke'

    """
    if len(word) < 7 or word[-3:] != "ere":
        return None
    stem = word[:-4] if word[-5:] == "rdere" else word[:-3]  # "zwaar-d-ere"
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        stem = stem[:-3] + stem[-2:]  # an open syllable takes one vowel: "zwaar" → "zware"
    return stem + "e"


def is_term(label: str) -> bool:
    """Whether a topic label is one of the fixed terms (``terms`` of ``topic-phrases.toml``).

    >>> is_term("kleine beurs"), is_term("kleine groep")
    (True, False)
    """
    return label in _terms().get(label.rpartition(" ")[2], ())


#: The word right before a position, with the space after it.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def term_before(text: str, start: int, label: str) -> tuple[int, str] | None:
    """(start, term) of a fixed term whose first word stands right before a label that
    starts at ``start`` ("algemeen" before the role "maatschappelijk werk"), or None.

    >>> s = "Het algemeen maatschappelijk werk helpt."
    >>> term_before(s, s.index("maatschappelijk"), "maatschappelijk werk")
    (4, 'algemeen maatschappelijk werk')
    >>> term_before(s, s.index("werk"), "werk") is None
    True
    """
    found = _terms().get(label.rpartition(" ")[2])
    if not found:
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    term = f"{before.group(1).lower()} {label}"
    return (before.start(), term) if term in found else None


#: The last words of the fixed terms and of the idioms: the only words worth asking.
TERM_WORDS = frozenset(_terms())
IDIOM_WORDS = frozenset(_idioms())


@lru_cache(maxsize=1)
def _title_field() -> re.Pattern:
    """A title noun of ``title_heads`` and a field of ``title_fields`` bare after it (two
    fields may be joined by "en"): the field's span is group 1."""
    data = phrases()

    def alternation(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    heads, fields = alternation(data["title_heads"]), alternation(data["title_fields"])
    return re.compile(rf"\b(?:{heads})\s+((?:{fields})(?:\s+en\s+(?:{fields}))?)\b", re.IGNORECASE)


#: Words one of which a claim with a title and its field holds (a plain test first).
_TITLE_KEYS = ("wethouder", "portefeuille", "beleids", "consulent", "regisseur", "coördinator")


def title_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the portfolios or fields named bare after a title noun in the claim
    ("De wethouder zorg en welzijn aarzelt": "zorg en welzijn"): part of who speaks, no topic.

    >>> s = "De wethouder zorg en welzijn aarzelt, zegt een consulent werk en inkomen."
    >>> [s[a:b] for a, b in title_fields(s, 0, len(s))]
    ['zorg en welzijn', 'werk en inkomen']
    >>> title_fields("De wethouder noemt de zorg duur.", 0, 31)
    []
    """
    if not holds_word(text, start, end, _TITLE_KEYS):
        return []
    return [m.span(1) for m in _title_field().finditer(text, start, end)]
