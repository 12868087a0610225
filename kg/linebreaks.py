"""Where paragraphs and list items break in a profile's raw lines.

The profiles of the study are text exported from PDF: every wrapped line is
followed by an empty line and a paragraph ends in a line holding only white
space. Text saved from a word processor or typed by hand follows other
conventions: a paragraph is one line (or a few lines) and an empty line ends it,
or the text is double spaced and a run of empty lines ends a paragraph.
:func:`paragraph_gaps` finds the empty lines that end a paragraph in such a text;
in a text that has white-space-only lines it finds none, so the PDF convention
is read as before.

A text typed with one line per paragraph and no empty line between them has
lines far longer than any wrap width (:data:`LONG_LINE`): such a line that ends
a sentence ends its paragraph.

Headings typed in Markdown ("## Bestuur") or numbered ("3.1 Organisatie") are
read without their mark (:func:`heading_text`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

#: The marks that open an item of a list (a bullet or a dash); one definition for
#: :data:`BULLET`, :data:`KEY_FIGURE` and :func:`opens_block`.
BULLET_MARKS = "•·▪◦*-–"
_MARK_CLASS = "[" + re.escape(BULLET_MARKS) + "]"
#: An item of a list: a bullet, or a dash followed by a space.
BULLET = re.compile(_MARK_CLASS + r"\s")
#: What opens an item of a list or of a footnote block: a bullet or a dash followed by a
#: space, a number or letter with a bracket ("1) ", "b) "), a number or a letter with a
#: period before a sentence that ends ("1. De wachtlijst is lang.", "b. De raad is
#: kritisch."; a numbered heading ends none), a footnote's number ("[2] ", "² ").
LIST_ITEM = re.compile(
    _MARK_CLASS
    + r"\s|(?:\d{1,2}|[a-z])\)\s"
    + r"|(?:\d{1,2}|[a-z])\.\s(?=[^\n]*[.!?:;][”\"’')]*(?:\n|$))"
    + r"|\[\d{1,2}\]\s|[¹²³⁴⁵⁶⁷⁸⁹]\s"
)
#: A footnote marker in running text: a bracketed number right after a word or a
#: punctuation mark ("Rivierenland[1]"), or superscript digits after a word of two or
#: more letters (not m², km²) or after a punctuation mark.
FOOTNOTE_MARK = re.compile(
    r"(?<=[^\s\[(])\[\d{1,2}\]"
    r"|(?<=[^\W\d_]{2})(?<![mM])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
    r"|(?<=[.,;:!?)”\"’'])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
)
#: The characters a footnote marker holds; a text with none of them is not searched for
#: markers (:data:`FOOTNOTE_MARK` tries its look-behinds at every position).
FOOTNOTE_CHARS = re.compile(r"[\[¹²³⁴⁵⁶⁷⁸⁹⁰]")
#: A line that is a rule alone (the line above a footnote block, a separator): "_____", "***".
RULE = re.compile(r"[_=—–\-*]{3,}")
#: A row of a table laid out as text columns: words separated by a tab or by three or more
#: spaces (no-break spaces among them: a word processor aligns columns with them too).
COLUMNS = re.compile(r"\S(?:\s*\t\s*|\s{3,})\S")


def has_columns(raw: str) -> bool:
    """Whether the raw line ``raw`` is a row of a table laid out as text columns
    (:data:`COLUMNS`); the regular expression runs only on a line that may hold a gap.

    Examples
    --------
    >>> has_columns("Werkloosheid       9,1%      6,9%"), has_columns("Werkloosheid 9,1%   ")
    (True, False)
    >>> has_columns("Inwoners\t107.400"), has_columns("Jeugd\u00a0\u00a0\u00a0\u00a012%")
    (True, True)
    >>> has_columns("•\\tde wachtlijst is lang;"), has_columns("2.\\tDe raad is kritisch.")
    (False, False)
    """
    if "\t" not in raw and "   " not in raw and "\xa0" not in raw:
        return False
    if "\t" in raw:  # a list item's mark and the tab after it (a word processor's list)
        raw = _MARK_TAB.sub(r"\1 ", raw, count=1)
    return COLUMNS.search(raw) is not None and not justified(raw)


#: A list item's mark followed by a tab at a line's start ("•\tde wachtlijst", "2.\tDe raad").
_MARK_TAB = re.compile(r"^(\s*(?:" + _MARK_CLASS + r"|\d{1,2}[.)]|[a-z][.)]))\t[ \t]*")


#: The gaps between the words of a line (a tab is no stretched space).
_SPACES = re.compile(r" +")


def justified(raw: str) -> bool:
    """Whether the raw line ``raw`` is prose stretched to the margin, as a PDF-to-text
    converter's layout mode gives justified text: six words or more, the gaps between
    them of one width or the next (the stretch spread evenly, at most four spaces), and
    few figures. A table row's gaps separate cells and vary with their widths.

    Examples
    --------
    >>> justified("werk   en   inkomen.   Volgens   de   wethouder  is  de  samenwerking")
    True
    >>> justified("Werkloosheid       9,1%      6,9%")
    False
    >>> justified("Bijstand   58   60   62   64   66")
    False
    """
    if "\t" in raw:
        return False
    words = raw.split()
    if len(words) < 6 or sum(any(ch.isdigit() for ch in word) for word in words) * 3 > len(words):
        return False
    widths = {len(gap) for gap in _SPACES.findall(raw.strip())}
    return max(widths) <= 4 and max(widths) - min(widths) <= 1


#: The label of a question or answer in an interview printed as such ("V: ", "Antwoord: ").
QA_LABEL = re.compile(r"(?:V|A|Q|Vraag|Antwoord)\s?:\s")
#: A key figure, its label and its value on one line ("Inwoners: 30.000", "- Werkloosheid:
#: 5,2%"): its own paragraph, so that each figure keeps its label.
KEY_FIGURE = re.compile(r"(?:" + _MARK_CLASS + r"\s*)?[^\W\d][^:]{0,39}:\s*[€\d]")
#: A line that is a page number alone: "12", "- 12 -", "Pagina 12 van 40", "blz. 12".
PAGE_NUMBER = re.compile(
    r"^(?:\d{1,4}|- ?\d{1,4} ?-|(?:pagina|blz\.?) ?\d{1,4}(?: ?(?:van|/) ?\d{1,4})?)$", re.I
)
#: A word broken at the line's end by a hyphen (:func:`join_lines`).
HYPHEN_END = re.compile(r"[A-Za-zÀ-ÿ]-$")
#: A soft hyphen: where a word may break; at a line's end the word goes on in the next line.
SOFT_HYPHEN = "\xad"
#: The Unicode hyphens (U+2010, and U+2011 that does not break) as the hyphen-minus.
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: Typographic ligatures a PDF export leaves in words ("ﬁnanciën"), as their letters.
LIGATURES_TEXT = "ﬀﬁﬂﬃﬄﬅﬆ"
LIGATURES = str.maketrans(
    dict(zip(LIGATURES_TEXT, ("ff", "fi", "fl", "ffi", "ffl", "st", "st"), strict=True))
)
#: What may stand before a heading's words: a Markdown heading's hashes, or a section
#: number ("2.", "3.1") followed by a capital.
#: The first characters of a heading mark (:func:`heading_text`).
MARK_STARTS = frozenset("#0123456789")
_HEADING_MARK = re.compile(r"(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-ZÀ-Ý]))?")
#: A line longer than this is no wrapped line but a paragraph (or its last part) typed as
#: one line: when it ends a sentence, the paragraph ends.
LONG_LINE = 160
#: Share of text lines followed by an empty line from which a text is double spaced.
_DOUBLE_SPACED = 0.8
#: A line that ends a sentence (a wrapped line seldom does); trailing white space allowed.
ENDED = re.compile(r"[.!?:][”\"’')]*\s*$")


def pdf_layout(raw_lines: Sequence[str]) -> bool:
    """Whether the raw lines have the PDF export's layout: an empty line after nearly
    every line of text, and lines holding only white space between paragraphs (a
    page's header and footer may come with such lines alone).

    Examples
    --------
    >>> pdf_layout(["Een", "", "zin.", "", " ", "", "Nog", ""])
    True
    >>> pdf_layout(["Een zin.", "", "Nog."])
    False
    >>> pdf_layout(["Een", "", "zin.", "", " ", "", "Kop", " ", "1", " ", "Nog", "", "een.", ""])
    True
    """
    if not any(raw and raw.isspace() for raw in raw_lines):
        return False
    empty = raw_lines.count("")
    if empty >= _DOUBLE_SPACED * (len(raw_lines) - empty):
        return True
    blank = sum(1 for raw in raw_lines if raw and raw.isspace())  # paragraph ends
    return empty >= _DOUBLE_SPACED * (len(raw_lines) - empty - blank)


def paragraph_gaps(raw_lines: Sequence[str], pdf: bool | None = None) -> frozenset[int]:
    """The indices of the empty lines that end a paragraph.

    Parameters
    ----------
    raw_lines : sequence of str
        The raw lines of a profile (line endings removed).
    pdf : bool, optional
        :func:`pdf_layout` of the lines, when the caller knows it already.

    Returns
    -------
    frozenset of int
        Empty in a double-spaced text that has lines holding only white space
        (the PDF export's paragraph ends). Otherwise the first empty line of each run of
        empty lines in a single-spaced text, and of each run of two or more in a
        double-spaced text: one where an empty line follows nearly every line,
        most lines before a single empty line end mid-sentence and some runs are
        longer.

    Examples
    --------
    >>> sorted(paragraph_gaps(["Een zin.", "", "Nog een.", "", "", "Derde."]))
    [1, 3]
    >>> sorted(paragraph_gaps(["Een", "", "zin.", "", "", "", "Nog", "", "een."]))
    [3]
    >>> sorted(paragraph_gaps(["Een", "", "zin. ", "", " ", "", "Nog", "", "een."]))
    []
    >>> sorted(paragraph_gaps(["Een zin.", " ", "Nog een.", "Derde.", "", "Vierde."]))
    [4]
    """
    if pdf if pdf is not None else pdf_layout(raw_lines):
        return frozenset()  # the PDF export: white-space-only lines end its paragraphs
    runs: list[tuple[int, int, bool]] = []  # (first empty line, length, text line ended)
    texts = 0
    pos = 0
    while pos < len(raw_lines):
        if not raw_lines[pos]:
            pos += 1
            continue
        texts += 1
        end = pos + 1
        while end < len(raw_lines) and not raw_lines[end]:
            end += 1
        if end > pos + 1 and end < len(raw_lines):
            runs.append((pos + 1, end - pos - 1, ENDED.search(raw_lines[pos]) is not None))
        pos = end
    singles = [ended for _, length, ended in runs if length == 1]
    double = (
        len(runs) >= _DOUBLE_SPACED * (texts - 1)
        and len(singles) < len(runs)
        and sum(singles) < len(singles) / 2
    )
    least = 2 if double else 1
    return frozenset(first for first, length, _ in runs if length >= least)


def opens_block(text: str, nxt: str | None, prev_ended: bool) -> bool:
    """Whether a line starts a block of its own: a list item after a closed line, or a key
    figure ("Inwoners: 30.000") whose label opens with a capital and whose next line does
    not go on with its sentence.

    Examples
    --------
    >>> opens_block("Inwoners: 30.000", "Werkloosheid: 5%", True)
    True
    >>> opens_block("gunstig: 62% zit in de bovenste helft, slechts", "17% in het", False)
    False
    >>> opens_block("- de wijkteams", "- de huisartsen", True)
    True
    >>> opens_block("2) kortere wachttijden;", None, True), opens_block("2) de", None, False)
    (True, False)
    """
    if KEY_FIGURE.match(text):
        label = text.lstrip(BULLET_MARKS + " ")
        return label[:1].isupper() and (nxt is None or not nxt[:1].islower())
    return prev_ended and LIST_ITEM.match(text) is not None


def heading_text(text: str) -> str:
    """``text`` without the Markdown hashes or the section number a heading may carry.

    Examples
    --------
    >>> heading_text("## Regionale samenwerking"), heading_text("## 3.1 Organisatie")
    ('Regionale samenwerking', 'Organisatie')
    >>> heading_text("21% van de inwoners"), heading_text("Bestuur")
    ('21% van de inwoners', 'Bestuur')
    """
    if text[:1] not in MARK_STARTS:
        return text
    mark = _HEADING_MARK.match(text)
    return text[mark.end() :] if mark is not None else text


#: The section number of a heading ("2.1 ", "3. "), after the hashes it may have.
_SECTION_NUMBER = re.compile(r"(?:#{1,6}\s*)?(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-ZÀ-Ý])")


def heading_depth(text: str) -> int:
    """The depth the section number of a heading gives ("2.1 Beleid": 2), 0 for none.

    Examples
    --------
    >>> [heading_depth(t) for t in ("2 Bestuur", "2.1 Beleid", "## 3.1.2 Wonen", "Bestuur")]
    [1, 2, 3, 0]
    """
    if text[:1] not in MARK_STARTS:
        return 0
    number = _SECTION_NUMBER.match(text)
    return number.group(1).count(".") + 1 if number is not None else 0


def next_texts(texts: Sequence[str]) -> list[str | None]:
    """For each line, the text of the next line that has text (None after the last).

    Examples
    --------
    >>> next_texts(["Een", "", "Twee", "Drie"])
    ['Twee', 'Twee', 'Drie', None]
    """
    after: list[str | None] = []
    following: str | None = None
    for text in reversed(texts):  # read back to front once
        after.append(following)
        if text:
            following = text
    after.reverse()
    return after


#: The letters of a word at a text's start.
_TAIL = re.compile(r"[^\W\d_]+")
#: A word as :func:`whole_words` collects it: letters, hyphens between them.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _rejoins(before: str, line: str, whole: Container[str]) -> bool:
    """Whether the word ``before`` ends in (before its hyphen) and the word ``line`` opens
    with make a word of ``whole``, in lower case, that is not written with its hyphen."""
    if not line[:1].islower():
        return False
    start = len(before) - 1  # before the hyphen
    while start > 0 and before[start - 1].isalpha():
        start -= 1
    head = before[start:-1]
    tail = _TAIL.match(line)
    if not head or tail is None or not tail.group().islower():
        return False
    word = (head + tail.group()).lower()
    return word in whole and f"{head.lower()}-{tail.group()}" not in whole


class _WholeWords:
    """The words a text writes whole, looked up in the text itself when asked (a document
    asks for the few words its line ends break, not for all of its words); the lines are
    joined at the first question."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines: Iterable[str] | None = lines
        self.text = ""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self.lines is not None:
            self.text, self.lines = "\n".join(self.lines), None
        text, word = self.text, word.lower()
        for form in {word, word[:1].upper() + word[1:]}:  # in a sentence, or opening one
            at = text.find(form)
            while at >= 0:  # a whole word: no letter, digit or hyphen on either side
                end = at + len(form)
                if not _in_word(text[at - 1 : at]) and not _in_word(text[end : end + 1]):
                    return True
                at = text.find(form, at + 1)
        return False


def _in_word(char: str) -> bool:
    """Whether ``char`` (one character or none) goes on a word: a letter, digit or hyphen."""
    return char != "" and (char.isalnum() or char in "-_")


def whole_words(lines: Iterable[str]) -> Container[str]:
    """The words of ``lines`` in lower case, hyphenated compounds whole (for
    :func:`join_lines`): a container that looks a word up in the lines when asked.

    >>> words = whole_words(["De Wmo-raad en de gemeente.", "Gemeente"])
    >>> "gemeente" in words, "wmo-raad" in words, "raad" in words, "gemeen" in words
    (True, True, False, False)
    """
    return _WholeWords(lines)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def join_lines(lines: Sequence[str], whole: Container[str] = ()) -> str:
    """The lines of a block as one text: a single space between them, none after a hyphen
    that splits a word ("zorg-" + "aanbieders", "Noord-" + "Friesland").

    Parameters
    ----------
    lines : sequence of str
        The block's lines, white space collapsed.
    whole : container of str
        Words (in lower case) the document writes whole: a word broken by a hyphen at
        a line's end whose halves make such a word is joined without the hyphen ("ge-" +
        "meente" in a text that writes "gemeente"), as hyphenation at a line's end is
        read; any other keeps its hyphen, since the study's compounds do
        ("Wmo-gebruikers").

    Examples
    --------
    >>> join_lines(["De zorg-", "aanbieders  zijn", "tevreden."])
    'De zorg-aanbieders zijn tevreden.'
    >>> join_lines(["de GGD Noord-", "Friesland en Midden-", "Drenthe"])
    'de GGD Noord-Friesland en Midden-Drenthe'
    >>> join_lines(["de zorg -", "Wmo"])
    'de zorg - Wmo'
    >>> join_lines(["de jeugd\xad", "hulp"])
    'de jeugdhulp'
    >>> join_lines(["De ge-", "meente en de zorg-", "aanbieders."], {"gemeente"})
    'De gemeente en de zorg-aanbieders.'
    """
    # The lines are collapsed (no white space but single spaces, no line break), so the
    # hyphen's "$" stands at the very end: its match can only begin two characters before.
    out = ""
    for line in lines:
        if not out:
            out = line
        elif HYPHEN_END.match(out, max(0, len(out) - 2)) and line[:1].isalpha():
            out = out[:-1] + line if whole and _rejoins(out, line, whole) else out + line
        elif out[-1] == SOFT_HYPHEN:
            out = out[:-1] + line  # "jeugd\xad" + "hulp": "jeugdhulp"
        else:
            out += " " + line
    return _collapse(out.rstrip(SOFT_HYPHEN))
