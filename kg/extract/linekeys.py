"""The key of a key-value line or clause: a short label, a colon and a value.

Fact sheets, slide decks, memos and SWOT lists write a line as a key and its value:
"Inwoners: 45.300", "Grip op de regio: beperkt.", "Wethouder: 'we zitten op koers'",
"Sterk: de korte lijnen". The key is a label, not a sentence:

- it opens the line (after any spaces) with a letter, not a figure ("9:30: opening");
- its colon stands within :data:`LONGEST` characters and is followed by a space and a
  value: a colon at the end is the heading of a list or a block;
- it has at most :data:`MOST_WORDS` words and no sentence punctuation (a point only inside
  a number: "Bijstand per 1.000 inwoners:");
- it does not open with a word that names the source of what follows ("Volgens de
  aanbieders:", "Uit de gesprekken met ambtenaren:", "Over de regio:", "Aldus de
  wethouder:"): that is a source heading (:mod:`kg.extract.sourceheadings`);
- it is no clause: none of its words is a finite verb of being, saying or seeing, a word
  that opens a clause or a subject pronoun (``kg/data/key-clause-words.txt``: "Het gebruik
  is hoog:", "Een ambtenaar zei:", "Wat opvalt:"). A clause before a colon is a
  sentence of its own, which none of the readers of keys reads as a label.

A caller that reads a key only on a line of its own (a paragraph or line that starts with
it, as in a list) says so with ``own_line=True``. Each module keeps what it does with the
key: its voice (:mod:`kg.extract.sourceblocks`), its judgement words
(:mod:`kg.extract.keyverdicts`), its measure (:mod:`kg.extract.keyedchanges`,
:mod:`kg.extract.keyfigures`) or its mention (:mod:`kg.extract.keylabels`).

Source: the key-value style of municipal fact sheets and memos and general Dutch grammar,
written without reading any profile. The colon is looked for first (most sentences have
none near their start), then the key's words once.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list

__all__ = ["LONGEST", "MOST_WORDS", "key_end", "key_text"]

#: The most characters a key may have before its colon (a label, not a sentence).
LONGEST = 60
#: The most words a key may have.
MOST_WORDS = 8
#: Words that open a source heading, not a key.
_SOURCE_LEADS = frozenset({"volgens", "uit", "over", "aldus"})
#: Words that make the text before the colon a clause.
_CLAUSE_WORDS = word_list("key-clause-words.txt")
#: A key's first character (a letter) and the sentence punctuation it may not hold: a point
#: only between digits.
_OPENS = re.compile(r"\s*[^\W\d_]")
_STOPS = re.compile(r"[;!?\n]|\.(?!\d)|(?<!\d)\.")
#: The colon's value: a space, then something that is not only punctuation.
_VALUE = re.compile(r":\s+[\w\"“‘„'«€(-]")
#: The words of a key.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def key_end(
    text: str,
    start: int,
    end: int,
    *,
    own_line: bool = False,
) -> int | None:
    """The colon that closes the key of the key-value line ``text[start:end]``, or None.

    Parameters
    ----------
    text : str
        The text the line stands in.
    start, end : int
        The line's (or sentence's) span.
    own_line : bool
        Whether the key must open a line of its own (``start`` at a line's start).

    Returns
    -------
    int or None
        The index of the key's colon.

    Examples
    --------
    >>> s = "Grip op de regio: beperkt."
    >>> key_end(s, 0, len(s))
    16
    >>> key_end("Inwoners (2015): 45.300", 0, 23)
    15
    >>> s = "Het gebruik is hoog: 12% van de jongeren."
    >>> key_end(s, 0, len(s)) is None
    True
    >>> s = "Volgens de aanbieders: te laat."
    >>> key_end(s, 0, len(s)) is None
    True
    >>> t = "Intro.\\nOverleg met de scholen: moeizaam."
    >>> key_end(t, 7, len(t), own_line=True), key_end(t, 8, len(t), own_line=True)
    (29, None)
    """
    colon = text.find(":", start, min(end, start + LONGEST + 1))
    if colon < 0 or _VALUE.match(text, colon, end) is None:
        return None  # the cheap gate: no colon near the start, or no value after it
    if own_line and start and text[start - 1] != "\n":
        return None
    if _OPENS.match(text, start, colon) is None or _STOPS.search(text, start, colon):
        return None
    key = _WORD.findall(text[start:colon].lower())
    if not key or len(key) > MOST_WORDS or key[0] in _SOURCE_LEADS:
        return None
    return colon if _CLAUSE_WORDS.isdisjoint(key) else None


def key_text(text: str, start: int, end: int) -> str | None:
    """The key of the key-value line ``text[start:end]`` (:func:`key_end`), its spaces
    trimmed; None if the line has none.

    Examples
    --------
    >>> key_text("  Wachtlijst jeugd-ggz: fors opgelopen.", 0, 39)
    'Wachtlijst jeugd-ggz'
    >>> key_text("De gemeente deelt één meldpunt.", 0, 31) is None
    True
    """
    colon = key_end(text, start, end)
    return None if colon is None else text[start:colon].strip()
