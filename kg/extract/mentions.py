"""Finding entity mentions with the ontology's lexicon.

Labels and text are split into word tokens; a label matches a run of text
tokens when every token agrees, either in its surface form (lower case, with a
possessive or plural apostrophe ending dropped: ``GGD’en`` → ``ggd``) or in its
lemma (simplemma, Dutch: ``ambtenaren`` → ``ambtenaar``). Acronyms match only in
their own case, proper names only with an upper-case first letter. The longest
match wins; matches do not overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.ontology import PROPER_NAME_TYPES, LexiconEntry

_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[’'][A-Za-z]+)?")
_APOSTROPHE_END = re.compile(r"[’'](?:s|en|ers|er)$")


@dataclass(frozen=True)
class Mention:
    """One mention of an entity in the cleaned text.

    Attributes
    ----------
    entity : str
        IRI of the entity.
    kind : str
        Entity type (see :data:`kg.ontology.ENTITY_TYPES`).
    start, end : int
        Span in the cleaned text (end exclusive).
    text : str
        The surface form, ``document.text[start:end]``.
    """

    entity: str
    kind: str
    start: int
    end: int
    text: str


def surface_key(token: str) -> str:
    """Lower-case a token and drop an apostrophe ending (``PGB’s`` → ``pgb``)."""
    return _APOSTROPHE_END.sub("", token).lower()


@lru_cache(maxsize=200_000)
def lemma_key(token: str) -> str:
    """Return the Dutch lemma of a token, lower case (cached)."""
    import simplemma

    key = surface_key(token)
    try:
        return str(simplemma.lemmatize(key, lang="nl")).lower()
    except Exception:  # simplemma has no data for odd tokens
        return key


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Split ``text[start:end]`` into word tokens with offsets."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class _Pattern:
    entry: LexiconEntry
    words: tuple[str, ...]
    surface: tuple[str, ...]
    lemmas: tuple[str, ...]


class Matcher:
    """Match lexicon labels in text.

    Parameters
    ----------
    entries : iterable of LexiconEntry
        The labels to look for.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> m = Matcher([LexiconEntry("ambtenaren", "urn:x:cs", "role", "prefLabel")])
    >>> [(x.text, x.entity) for x in m.find("De Ambtenaar en twee ambtenaren.")]
    [('Ambtenaar', 'urn:x:cs'), ('ambtenaren', 'urn:x:cs')]
    """

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self._by_first: dict[str, list[_Pattern]] = {}
        for entry in entries:
            words = tuple(tok for _, _, tok in tokens(entry.label))
            if not words:
                continue
            pattern = _Pattern(
                entry,
                words,
                tuple(surface_key(w) for w in words),
                tuple(lemma_key(w) for w in words),
            )
            for key in {pattern.surface[0], pattern.lemmas[0]}:
                self._by_first.setdefault(key, []).append(pattern)
        for patterns in self._by_first.values():
            patterns.sort(key=lambda p: (-len(p.words), p.entry.iri, p.entry.label))

    @staticmethod
    def _token_matches(text_token: str, pattern: _Pattern, i: int) -> bool:
        word = pattern.words[i]
        if _is_acronym(word) and surface_key(text_token) != surface_key(word):
            return False
        if _is_acronym(word) and _APOSTROPHE_END.sub("", text_token) != word:
            return False
        if (
            i == 0
            and pattern.entry.kind in PROPER_NAME_TYPES
            and word[:1].isupper()
            and not text_token[:1].isupper()
        ):
            return False
        key = surface_key(text_token)
        if key == pattern.surface[i] or lemma_key(text_token) == pattern.lemmas[i]:
            return True
        # The head of a Dutch noun phrase is its last word; its regular plural
        # (-en, -s, -n) is accepted when the lemmatiser does not know the word
        # ("re-integratietrajecten" for the label "re-integratietraject").
        stem = pattern.surface[i]
        return (
            i == len(pattern.words) - 1
            and len(stem) >= 4
            and not _is_acronym(word)
            and key in (stem + "en", stem + "s", stem + "n")
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Return the non-overlapping mentions in ``text[start:end]``, in text order."""
        toks = tokens(text, start, end)
        found: list[Mention] = []
        i = 0
        while i < len(toks):
            tok = toks[i][2]
            candidates = self._by_first.get(surface_key(tok), []) + self._by_first.get(
                lemma_key(tok), []
            )
            best_n = 0
            best: dict[str, _Pattern] = {}
            for pattern in sorted(
                set(candidates), key=lambda p: (-len(p.words), p.entry.iri, p.entry.label)
            ):
                n = len(pattern.words)
                if n < best_n or i + n > len(toks):
                    continue
                if all(self._token_matches(toks[i + k][2], pattern, k) for k in range(n)):
                    best_n = n
                    best.setdefault(pattern.entry.iri, pattern)
            if not best:
                i += 1
                continue
            # Every entity with a label of the winning length is reported: a
            # label shared by two concepts ("passend onderwijs") names both.
            s, e = toks[i][0], toks[i + best_n - 1][1]
            for iri, pattern in sorted(best.items()):
                found.append(Mention(iri, pattern.entry.kind, s, e, text[s:e]))
            i += best_n
        return found
