"""A profile's title and motto: the municipality's name as the first line prints it.

The first line of a profile names its municipality. Printed titles dress the name up:
in capitals ("PROFIEL GEMEENTE OLDAMBT"), after a word that says what kind of document
it is ("Profiel Oldambt", "Gemeenteprofiel: Meppel"; the words are listed in
``kg/data/title-words.txt``), or after "gemeente". :func:`municipality_name` reads the
name out of such a title; :func:`title_and_motto` finds the title and the motto under it
among a profile's first lines. Split out of :mod:`kg.document`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from kg.datafiles import word_list
from kg.linebreaks import ENDED, heading_text

__all__ = ["municipality_name", "same_name", "strip_quotes", "title_and_motto"]

_QUOTES = "“”\"‘’'„«»"
#: Words of a Dutch place name written in lower case inside it ("Hof van Twente",
#: "Bergen op Zoom", "Alphen aan den Rijn", "Mill en Sint Hubert").
_LOWER_WORDS = frozenset({"van", "de", "der", "den", "het", "aan", "op", "en", "in", "bij"})
#: Elided articles written in lower case with their apostrophe ("'s-Hertogenbosch").
_ELIDED = re.compile(r"['’]([STst])(?=[-\s])")


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _kinds() -> str:
    """The words of ``kg/data/title-words.txt`` as alternatives of a pattern."""
    return "|".join(map(re.escape, sorted(word_list("title-words.txt"))))


@cache
def _title_words() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:{_kinds()})\b(?:\s+(?:van\s+)?(?:de\s+)?gemeente\b)?|(?:de\s+)?gemeente\b)[\s:–—-]*",
        re.IGNORECASE,
    )


@cache
def _kind_title() -> re.Pattern[str]:
    """A title that opens with a word naming the kind of document and goes on."""
    return re.compile(rf"(?:#{{1,6}}\s+)?(?:{_kinds()})\b[\s:–—-]*\S", re.IGNORECASE)


def _titled(texts: Sequence[str]) -> int:
    """Which of a profile's first lines ``texts`` is its title: the first, unless it names
    no kind of document and one of the two after it does ("Onderzoek sociaal domein 2016"
    over "Profiel gemeente Oldambt": a series' name on the cover).

    Examples
    --------
    >>> _titled(["Onderzoek sociaal domein", "Profiel gemeente Stad", "Motto"])
    1
    >>> _titled(["Stad", "Profiel van een krimpgemeente", "Tekst."]), _titled(["Profiel Stad"])
    (0, 0)
    """
    if not texts or _kind_title().match(texts[0]) is not None:
        return 0
    for pos, text in enumerate(texts[1:3], 1):
        if _kind_title().match(text) is not None and not ENDED.search(text):
            return pos if not _is_name(texts[0]) else 0
    return 0


def _is_name(text: str) -> bool:
    """Whether a first line is a name alone: one to four capitalised words or particles."""
    words = strip_quotes(heading_text(text)).split()
    return 0 < len(words) <= 4 and all(
        w[:1].isupper() or w.lower() in _LOWER_WORDS or w[:1] in "'’(" for w in words
    )


def strip_quotes(text: str) -> str:
    """``text`` without the quote marks around it.

    Examples
    --------
    >>> strip_quotes(" “Sterk in uitvoering” "), strip_quotes("«Samen»")
    ('Sterk in uitvoering', 'Samen')
    >>> strip_quotes("'s-Hertogenbosch"), strip_quotes("‘’t Zandt’")
    ("'s-Hertogenbosch", '’t Zandt')
    """
    text = text.strip().rstrip(_QUOTES).rstrip()
    start = 0
    while start < len(text) and text[start] in _QUOTES and not _ELIDED.match(text, start):
        start += 1
    return text[start:].strip()


def municipality_name(title: str) -> str:
    """The municipality's name a printed title holds: without its heading mark, quote
    marks and the words that name the kind of document, and in the case a name is
    written in when the title is set in capitals.

    Examples
    --------
    >>> municipality_name("PROFIEL GEMEENTE OLDAMBT"), municipality_name("Profiel Meppel")
    ('Oldambt', 'Meppel')
    >>> municipality_name("HOF VAN TWENTE"), municipality_name("'S-HERTOGENBOSCH")
    ('Hof van Twente', "'s-Hertogenbosch")
    >>> municipality_name("SÚDWEST-FRYSLÂN"), municipality_name("IJSSELSTEIN")
    ('Súdwest-Fryslân', 'IJsselstein')
    >>> municipality_name("Gemeente De Wolden"), municipality_name("# Gemeenteprofiel: Tiel")
    ('De Wolden', 'Tiel')
    >>> municipality_name("Profiel"), municipality_name("Gouda (Zuid-Holland)")
    ('Profiel', 'Gouda (Zuid-Holland)')
    >>> municipality_name("Gemeente Meppel – profiel sociaal domein 2016")
    'Meppel'
    >>> municipality_name("Sociaal domein 2016 – Meppel"), municipality_name("Profiel 7: Tiel")
    ('Meppel', 'Tiel')
    >>> municipality_name("De gemeente Ede"), municipality_name("Tiel: Samen in de Betuwe")
    ('Ede', 'Tiel')
    """
    name = strip_quotes(heading_text(title.strip()))
    rest = _title_words().sub("", name, count=1)
    if rest and rest != name:
        name = strip_quotes(rest)
    if (" " in name or ":" in name) and _PARTS.search(name):
        name = _named_part(name)
    if any(ch.isupper() for ch in name) and not any(ch.islower() for ch in name):
        name = _as_name(name)
    return name


#: Where a title's parts meet: a dash between spaces, a colon or a bar ("Meppel – profiel
#: sociaal domein 2016", "Tiel: Samen in de Betuwe").
_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")


def _named_part(title: str) -> str:
    """The first part of a title in parts that is a name alone (no figures, no word that
    names the kind of document); the whole title when none is."""
    for part in _PARTS.split(title):
        part = strip_quotes(_title_words().sub("", part.strip(), count=1) or part)
        if part and _is_name(part) and not any(ch.isdigit() for ch in part):
            return part
    return title


def _as_name(capitals: str) -> str:
    """A name set in capitals in the case of a Dutch place name (see
    :func:`municipality_name`)."""
    words = []
    for pos, word in enumerate(capitals.split()):
        lower = word.lower()
        if pos and lower in _LOWER_WORDS:
            words.append(lower)
            continue
        parts = [_capitalised(part) for part in word.split("-")]
        words.append("-".join(parts))
    name = " ".join(words)
    elided = _ELIDED.match(name)
    return name[0] + name[1].lower() + name[2:] if elided else name


def _capitalised(part: str) -> str:
    lower = part.lower()
    if lower.startswith("ij"):
        return "IJ" + lower[2:]
    for at, ch in enumerate(lower):
        if ch.isalpha():
            return lower[:at] + ch.upper() + lower[at + 1 :]
    return lower


def same_name(line: str, name: str) -> bool:
    """Whether ``line`` names ``name`` as a title does (a running header that repeats
    the title: "Profiel Oldambt", "OLDAMBT" for the name "Oldambt").

    Examples
    --------
    >>> same_name("Profiel Oldambt", "Oldambt"), same_name("Oldambt groeit", "Oldambt")
    (True, False)
    """
    wanted = name.casefold()
    return wanted in line.casefold() and municipality_name(line).casefold() == wanted


def title_and_motto(
    lines: Sequence[_HasText | None], is_heading: Callable[[str], bool]
) -> tuple[str, str | None, int]:
    """Find the title, the motto and where the body starts.

    The title is the first line of text; the motto is the second when it is short, no
    heading (a known one, or one with a heading's mark: "## Bestuur", "1 Inleiding")
    and does not end a sentence.

    Parameters
    ----------
    lines : sequence of lines or None
        The lines from :func:`kg.rawlines.read_lines` (their ``text``).
    is_heading : callable
        Whether a text is a known heading.

    Returns
    -------
    title : str
        The municipality's name (:func:`municipality_name`).
    motto : str or None
    body_start : int
        Index into ``lines`` of the first body line.

    Raises
    ------
    ValueError
        If no line holds text, or the first is a known heading (no title).

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> lines = [Line(text=t) for t in ("Stad", "Motto", "Tekst.")]
    >>> title_and_motto(lines, lambda text: False)
    ('Stad', 'Motto', 2)
    >>> lines = [Line(text=t) for t in ("PROFIEL STAD", "", "1 Inleiding", "Tekst.")]
    >>> title_and_motto(lines, lambda text: False)
    ('Stad', None, 2)
    """
    content = [i for i, line in enumerate(lines) if line is not None and line.text]
    if not content:
        raise ValueError("no text")
    content = content[_titled([lines[i].text for i in content[:3]]) :]  # type: ignore[union-attr]
    title_line = lines[content[0]]
    assert title_line is not None
    title = municipality_name(title_line.text)
    if not title:  # a bare mark ("#", "“”"): nothing names the municipality
        raise ValueError(f"its first line {title_line.text!r} names no municipality")
    if is_heading(title):  # no title line: the municipality would be "Bestuur"
        raise ValueError(f"its first line is the heading {title!r}; put the municipality first")
    motto: str | None = None
    body_from = 1
    if len(content) > 1:
        second = lines[content[1]]
        assert second is not None
        if (
            len(second.text) <= 80
            and not is_heading(second.text)
            and heading_text(second.text) == second.text
            and not ENDED.search(strip_quotes(second.text))
        ):
            motto = strip_quotes(second.text)
            body_from = 2
    body_start = content[body_from] if body_from < len(content) else len(lines)
    return title, motto, body_start
