"""Word tokens of a text for the lexicon matcher of :mod:`kg.extract.mentions`: a text
is split once (its index), a span's tokens are a slice of it, and each distinct token's
surface key and lemma are read once per process (split from :mod:`kg.extract.mentions`).
"""

from __future__ import annotations

import bisect
from operator import itemgetter

from kg.extract.nounforms import _APOSTROPHE_END, lemma_key, singular
from kg.extract.sentencecache import memo, whole
from kg.extract.wordtokens import TOKEN as _TOKEN

__all__ = ["cuts_token", "tokens"]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Split ``text[start:end]`` into word tokens with offsets."""
    end = len(text) if end is None else end
    index = _INDEXES.get((text,))
    if index is not None:  # a document already split once: a sentence is a slice of it
        return index.span(start, end)[0]
    return _scan(text, start, end)


def _scan(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """:func:`tokens` read from the text itself."""
    # the spans first, then the words sliced: fewer method calls than start(), end(), group()
    spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
    return [(s, e, text[s:e]) for s, e in spans]


class _TokenIndex:
    """A text's tokens, split once; a span's tokens are a slice of them.

    A span whose ends fall inside a token of the whole text is split on its
    own, so :meth:`span` always equals :func:`tokens` on the span.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        found, self.starts, self.ends = whole(_TOKEN, text)  # as _scan reads it, shared
        self.toks = list(found)
        self.words = list(map(itemgetter(2), found))
        known = _TOKEN_INFO.get  # most word forms are known from documents before
        # each distinct token looked up once, in the order of its first occurrence
        self.distinct = {tok: known(tok) or _token_info(tok) for tok in dict.fromkeys(self.words)}
        self.info = list(map(self.distinct.__getitem__, self.words))
        self._openers: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self._places: dict[str, list[int]] | None = None

    def places(self) -> dict[str, list[int]]:
        """The indexes of each distinct token among the text's tokens, in order (once per text).

        Examples
        --------
        >>> _TokenIndex("De raad en de wethouder: de raad.").places()["raad"]
        [1, 6]
        """
        if self._places is None:
            places: dict[str, list[int]] = {}
            get = places.get
            for k, word in enumerate(self.words):
                at = get(word)
                if at is None:
                    places[word] = [k]
                else:
                    at.append(k)
            self._places = places
        return self._places

    def openers(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The text's token strings by what a matcher looks them up by (once per text).

        The first: by surface key, by lemma and, for a token ending in -s or -n, by its
        :func:`singular` (a token may open a label by any of these: :meth:`Matcher._step`);
        the second: a token of nine letters or more by the last six of its singular
        (a compound that may end in a role's person noun: :meth:`Matcher._compound_head`).
        """
        if self._openers is None:
            by_key: dict[str, list[str]] = {}
            by_tail: dict[str, list[str]] = {}
            listed = by_key.get  # most keys are one token's: a list made only when new
            for token, (_, key, lemma, _) in self.distinct.items():
                if (at := listed(key)) is None:
                    by_key[key] = [token]
                else:
                    at.append(token)
                if lemma != key:
                    if (at := listed(lemma)) is None:
                        by_key[lemma] = [token]
                    else:
                        at.append(token)
                plural, long = token[-1:] in "sn", len(token) >= 9
                if plural or long:
                    one = singular(token)
                    if plural and one != key and one != lemma:
                        by_key.setdefault(one, []).append(token)
                    if long:
                        by_tail.setdefault(one[-6:], []).append(token)
            self._openers = (by_key, by_tail)
        return self._openers

    def bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """The indexes of the first token of ``text[start:end]`` and the one after its
        last, or None when the span cuts a token (its tokens are then its own)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        if (i > 0 and self.ends[i - 1] > start) or (j > 0 and self.ends[j - 1] > end):
            return None
        return i, j

    def span(self, start: int, end: int) -> tuple[list[tuple[int, int, str]], list]:
        found = self.bounds(start, end)
        if found is None:
            toks = _scan(self.text, start, end)
            return toks, [_token_info(tok) for _, _, tok in toks]
        i, j = found
        return self.toks[i:j], self.info[i:j]


@memo
def _token_index(text: str) -> _TokenIndex:
    """A text's token index, built once per document (and once per looked-up phrase)."""
    return _TokenIndex(text)


def cuts_token(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` cuts one of the text's tokens (the matcher then reads
    the span's own tokens).

    Examples
    --------
    >>> cuts_token("de wijkteams", 3, 12), cuts_token("de wijkteams", 3, 7)
    (False, True)
    """
    index = _INDEXES.get((text,)) or _token_index(text)  # without a call once built
    return index.bounds(start, end) is None


#: The memo table of :func:`_token_index`, keyed by ``(text,)``.
_INDEXES: dict = _token_index.table  # type: ignore[attr-defined]


#: Token → (token, surface key, lemma key, token without apostrophe ending); shared
#: by every matcher in the process (word forms recur across documents).
_TOKEN_INFO: dict[str, tuple[str, str, str, str]] = {}


def _token_info(token: str) -> tuple[str, str, str, str]:
    info = _TOKEN_INFO.get(token)
    if info is None:
        stripped = _APOSTROPHE_END.sub("", token)
        info = (token, stripped.lower(), lemma_key(token), stripped)
        if len(_TOKEN_INFO) < 500_000:
            _TOKEN_INFO[token] = info
    return info
