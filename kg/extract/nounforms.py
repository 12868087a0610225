"""Dutch noun forms the lexicon matcher compares: surface keys, lemmas, singulars.

A label word matches a text token by its surface form (lower case, with a
possessive or plural apostrophe ending dropped: ``GGD’en`` → ``ggd``), by its
lemma (simplemma, Dutch: ``ambtenaren`` → ``ambtenaar``) or, for the head of a
noun phrase, by its singular (:func:`singular`, which also reads compounds the
lemmatiser does not know). All are cached for the process: they depend on the
word alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

__all__ = ["lemma_key", "singular", "surface_key"]

_T = TypeVar("_T")


class _Forms(dict[str, _T]):
    """The form of each word asked, computed once: ``forms[word]``.

    The forms depend on the word alone and are kept for the process. A word asked again
    is a dict look-up in C (an ``lru_cache`` wrapper built a key and moved the entry in
    its list on every asking). Past ``limit`` words the table starts over.

    Examples
    --------
    >>> calls = []
    >>> upper = _Forms(lambda w: calls.append(w) or w.upper(), limit=2)
    >>> upper["a"], upper["a"], calls
    ('A', 'A', ['a'])
    >>> upper["b"], upper["c"], len(upper), upper["a"], calls
    ('B', 'C', 1, 'A', ['a', 'b', 'c', 'a'])
    """

    def __init__(self, read: Callable[[str], _T], limit: int) -> None:
        super().__init__()
        self._read = read
        self._limit = limit

    def __missing__(self, word: str) -> _T:
        found = self._read(word)
        if len(self) >= self._limit:
            self.clear()
        self[word] = found
        return found


_APOSTROPHE_END = re.compile(r"[’'](?:s|en|ers|er)$")


def surface_key(token: str) -> str:
    """Lower-case a token and drop an apostrophe ending (``PGB’s`` → ``pgb``).

    Examples
    --------
    >>> surface_key("PGB’s"), surface_key("GGD'en"), surface_key("Wijkteams")
    ('pgb', 'ggd', 'wijkteams')
    """
    return _APOSTROPHE_END.sub("", token).lower()


def _lemma_key(token: str) -> str:
    """Return the Dutch lemma of a token, lower case (cached).

    Examples
    --------
    >>> lemma_key("Ambtenaren"), lemma_key("GGD’en")
    ('ambtenaar', 'ggd')
    """
    import simplemma

    key = surface_key(token)
    try:
        return str(simplemma.lemmatize(key, lang="nl")).lower()
    except Exception:  # simplemma has no data for odd tokens
        return key


#: :func:`_lemma_key`, kept per word.
lemma_key: Callable[[str], str] = _Forms(_lemma_key, limit=200_000).__getitem__


#: Regular plural endings of Dutch nouns, longest first, with what replaces them.
_PLURAL_ENDINGS = (("ieën", "ie"), ("'s", ""), ("’s", ""), ("es", ""), ("en", ""), ("s", ""))


#: Nouns whose plural ends in -eren (kind → kinderen), as Dutch grammars list them.
_EREN_PLURALS = frozenset(
    {"kind", "lied", "ei", "blad", "been", "gelid", "kalf", "lam", "rad", "rund", "volk", "goed"}
)


#: Singular nouns in -en that the lemmatiser reads as the plural of a rarer word:
#: "keten" (chain, as in "de keten van jeugdbescherming", not the plural of "keet"),
#: "reden" (reason, not the plural of "rede", a speech).
_EN_SINGULARS = frozenset({"keten", "reden"})
#: and compounds ending in "keten" ("zorgketen").
_EN_SINGULAR_TAILS = ("keten",)


def _singular(word: str) -> str:
    """The singular lemma of a Dutch noun, lower case, compounds kept whole.

    simplemma first; for a compound it does not know, the longest known tail
    decides ("wijkteams" → "wijkteam" because "teams" → "team"). A hyphenated
    word keeps its head's lemma on its last part ("Wmo-raden" → "wmo-raad").

    Examples
    --------
    >>> singular("wachtlijsten"), singular("wijkteams"), singular("jeugdconsulenten")
    ('wachtlijst', 'wijkteam', 'jeugdconsulent')
    >>> singular("Wmo-raad"), singular("cliëntenraden"), singular("teamleiders")
    ('wmo-raad', 'cliëntenraad', 'teamleider')
    >>> singular("verloskundigen"), singular("deskundigen")  # nominalised adjectives
    ('verloskundige', 'deskundige')
    >>> singular("vertrouwen")  # a known word that is its own lemma stays whole
    'vertrouwen'
    >>> singular("keten"), singular("ketens"), singular("jeugdzorgketen")
    ('keten', 'keten', 'jeugdzorgketen')
    """
    word = word.lower()
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{singular(last)}" if last else word
    if word in _EN_SINGULARS or word.endswith(_EN_SINGULAR_TAILS):
        return word  # "keten", "zorgketen": a singular the lemmatiser reads as a plural
    if word.endswith("kundigen"):
        return word[:-1]  # a nominalised adjective: verloskundigen → verloskundige
    known = lemma_key(word)
    if known != word and _is_plural_of(word, known):
        return known
    if known == word and _is_known(word):
        return word  # a word the lemmatiser knows as its own lemma ("vertrouwen")
    if word.endswith("eren") and word[:-4] in _EREN_PLURALS:
        return word[:-4]  # kinderen → kind
    if word.endswith("eren") and len(word) > 6 and lemma_key(word[:-2]) != word[:-2]:
        return word[:-1]  # a nominalised comparative: jongeren → jongere (not "baseren")
    for i in range(3, len(word) - 4):
        tail = word[i:]
        lemma = lemma_key(tail)
        if lemma != tail and len(lemma) >= 4 and _is_plural_of(tail, lemma):
            return word[:i] + lemma
    return word


#: :func:`_singular`, kept per word.
singular: Callable[[str], str] = _Forms(_singular, limit=100_000).__getitem__


def _known(word: str) -> bool:
    """Whether simplemma's Dutch dictionary holds the word form."""
    import simplemma

    try:
        return bool(simplemma.is_known(word, lang="nl"))
    except Exception:  # simplemma has no data for odd tokens
        return False


#: :func:`_known`, kept per word.
_is_known: Callable[[str], bool] = _Forms(_known, limit=100_000).__getitem__


def _is_plural_of(word: str, lemma: str) -> bool:
    """Whether ``word`` is ``lemma`` with a regular plural ending (not a verb form).

    Examples
    --------
    >>> _is_plural_of("raden", "raad"), _is_plural_of("budgetten", "budget")
    (True, True)
    >>> _is_plural_of("betrokken", "betrekken")
    False
    """
    if word == lemma:
        return True
    for ending, replacement in _PLURAL_ENDINGS:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)] + replacement
            # doubled or undoubled consonants and vowels: budget-ten, raad-raden, bijdrage-n
            if stem in (lemma, lemma + lemma[-1:]) or stem + "e" == lemma:
                return True
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[:-1] == lemma:
                return True
            if len(lemma) >= 3 and lemma[-2] == lemma[-3] and stem == lemma[:-2] + lemma[-1]:
                return True  # raad → raden (one vowel dropped)
    return False
