"""Finding a quote in a document's cleaned text, insensitive to white space."""

from __future__ import annotations

import re


def _normalised(text: str) -> tuple[str, list[int]]:
    """Collapse white space to single spaces; return the text and a map to original offsets."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        out.append(ch)
        index.append(i)
    return "".join(out), index


#: A hyphen and a space inside a name: how an older cleaned text joined a name split at
#: a line's end ("Noord- Friesland").
_SPLIT_NAME = re.compile(r"(?<=[A-Za-zÀ-ÿ])- (?=[A-ZÀ-Ý])")


class TextIndex:
    """Locate quotes in one text.

    Parameters
    ----------
    text : str
        The cleaned text of a document.

    Examples
    --------
    >>> text = "Een  zin.\\n\\nTwee zinnen."
    >>> TextIndex(text).find_all("zin. Twee")
    [(5, 15)]
    >>> text[5:15]
    'zin.\\n\\nTwee'
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm, self._index = _normalised(text)

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        """Every ``(start, end)`` span of ``quote`` in the text (white space folded).

        A quote taken from an older cleaned text, which kept a space after a hyphen
        that split a name at a line's end ("Noord- Friesland"), is found in the text
        that joins it ("Noord-Friesland").

        Examples
        --------
        >>> TextIndex("de GGD Noord-Friesland").find_all("GGD Noord- Friesland")
        [(3, 22)]
        """
        needle = " ".join(quote.split())
        if not needle:
            return []
        spans = self._find(needle)
        if not spans and "- " in needle:
            spans = self._find(_SPLIT_NAME.sub("-", needle))
        return spans

    def _find(self, needle: str) -> list[tuple[int, int]]:
        spans = []
        for m in re.finditer(re.escape(needle), self._norm):
            start = self._index[m.start()]
            end = self._index[m.end() - 1] + 1
            spans.append((start, end))
        return spans

    def find(self, quote: str) -> tuple[int, int] | None:
        """The first span of ``quote``, or None."""
        spans = self.find_all(quote)
        return spans[0] if spans else None
