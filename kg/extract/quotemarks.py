"""Quotation marks: whether a sentence opens a quotation it does not close.

Dutch prints quotations between double quotes (“…”, „…”), guillemets («…») or single
quotes (‘…’, also the typewriter's '…' and "…"). A quotation of several sentences is one claim
(the annotation guideline), so :func:`kg.extract.claims.segment` asks of each sentence
whether it leaves a quotation open (:func:`open_quote`) and of the next whether it
closes it. The single marks double as the apostrophe ("risico’s", "auto's"): a single
mark opens only at the start of a word (after a space, a bracket or the sentence's
start) and closes only after a word or a stop, before no letter.
"""

from __future__ import annotations

import re

__all__ = ["QUOTE_MARKS", "closes", "holds_quote", "open_quote", "quoted_spans"]

#: Pairs of marks that are never apostrophes: opening, closing.
_PAIRS = (("“", "”"), ("„", "”"), ("«", "»"))
#: Single marks: the mark, where it opens a quotation and where it closes one (each
#: pattern opens with the mark, so a search skips to it; asked only where the mark stands).
_SINGLE = (
    ("‘", re.compile(r"‘(?=\w)"), re.compile(r"’(?!\w)")),
    ("'", re.compile(r"'(?=\w)"), re.compile(r"'(?!\w)")),
    # the typewriter's double quote, the same mark on both sides ('zegt: "Vroeger …')
    ('"', re.compile(r'"(?=\w)'), re.compile(r'"(?!\w)')),
)
#: What may stand right before an opening single mark, and right before a closing one.
_BEFORE_OPENING = frozenset(" \t\n([:")
_BEFORE_CLOSING = frozenset(".,!?…")


def _count(text: str, pattern: re.Pattern, opening: bool) -> int:
    """How many marks ``pattern`` finds in ``text`` where one may open (at a word's start)
    or close (after a word or a stop)."""
    n = 0
    for m in pattern.finditer(text):
        at = m.start()
        before = text[at - 1] if at else " "
        if opening:
            n += before in _BEFORE_OPENING
        else:
            n += before.isalnum() or before in _BEFORE_CLOSING
    return n


def open_quote(text: str) -> int | None:
    """Which kind of quotation ``text`` (one sentence) opens and leaves open: an index for
    :func:`closes`, or None.

    Examples
    --------
    >>> open_quote("‘We hebben niet gewacht.")
    3
    >>> open_quote("‘Wij dragen ook de grootste risico’s.’") is None
    True
    >>> open_quote("'We hebben de boot drijvende gehouden.")
    4
    >>> open_quote("Het gaat om auto's en risico's.") is None
    True
    >>> open_quote("Zij zeggen: “we kennen de mensen.")
    0
    >>> open_quote('Zij zeggen: "we kennen de mensen.'), open_quote('Zij zeggen: "ja."')
    (5, None)
    """
    for k, (o, c) in enumerate(_PAIRS):
        if o in text and text.count(o) > text.count(c):
            return k
    for k, (mark, opens, shuts) in enumerate(_SINGLE, len(_PAIRS)):
        if mark not in text:
            continue  # most sentences: no mark, no search
        opened = _count(text, opens, True)
        closing = "’" if mark == "‘" else mark
        if opened and opened > (_count(text, shuts, False) if closing in text else 0):
            return k
    return None


def closes(kind: int, text: str) -> bool:
    """Whether ``text`` (the next sentence) holds a closing mark of the ``kind`` left open.

    Examples
    --------
    >>> closes(3, "Daardoor stonden de teams er op 1 januari.’"), closes(3, "Het is zo.")
    (True, False)
    >>> closes(4, "Koers zetten doen we nu pas.'"), closes(0, "Dan dat.”")
    (True, True)
    """
    if kind < len(_PAIRS):
        return _PAIRS[kind][1] in text
    mark, _, shuts = _SINGLE[kind - len(_PAIRS)]
    closing = "’" if mark == "‘" else mark
    return closing in text and _count(text, shuts, False) > 0


#: Marks that may open a quotation, and marks that may close one (of any kind: a text may
#: close “ with ’ by a slip).
_OPENINGS = frozenset("“„«‘'")
_CLOSINGS = frozenset("”»’'")
_MARKS = re.compile("[“„«‘'”»’]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (one sentence) quotes someone: ``(start, end)`` of each quotation that
    opens and closes in it. A mark opens at a word's start and closes after a word or a stop
    before no letter (so no apostrophe does either); a quotation left open is not counted.

    Examples
    --------
    >>> s = "‘Ouders haken af’, zegt de wethouder."
    >>> [s[a:b] for a, b in quoted_spans(s)]
    ['‘Ouders haken af’']
    >>> quoted_spans("Het gaat om auto's en risico’s.")
    []
    >>> quoted_spans("Zij zeggen: “huisartsen weten het.")
    []
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    last = len(text) - 1
    for mark in _MARKS.finditer(text):
        at, ch = mark.start(), mark.group()
        if opened is None and ch in _OPENINGS:
            if (
                (not at or text[at - 1] in _BEFORE_OPENING)
                and at < last
                and not text[at + 1].isspace()
            ):
                opened = at
        elif opened is not None and ch in _CLOSINGS and at > opened + 1:
            before = text[at - 1]
            if (before.isalnum() or before in _BEFORE_CLOSING) and (
                at == last or not text[at + 1].isalnum()
            ):
                spans.append((opened, at + 1))
                opened = None
    return spans


#: The marks that can only belong to a quotation (no apostrophes among them): single and
#: double curly quotes, the low opening „, the straight double quote and guillemets.
QUOTE_MARKS = frozenset('‘’“”„"«»')
#: Any one of :data:`QUOTE_MARKS` (a search in C, not a loop over the characters).
_ANY_MARK = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")


def holds_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark of :data:`QUOTE_MARKS`.

    A set phrase, a question or a pointer to the reader inside a quotation belongs to the
    quotation's claim, so the readers of such apparatus (`courtesies`, `handovers`,
    `readerpointers`) leave a sentence that holds one alone.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The span.

    Returns
    -------
    bool

    Examples
    --------
    >>> [holds_quote(t, 0, len(t)) for t in ("«Tot ziens»", "‘Herkent u dat?’", "Tot ziens.")]
    [True, True, False]
    >>> holds_quote("„Ja”, zei zij. Tot ziens.", 15, 25)
    False
    """
    return _ANY_MARK.search(text, start, end) is not None
