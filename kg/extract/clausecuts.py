"""Clauses: where a claim divides, at punctuation and the conjunctions that open a clause.

A clause is a stretch of the sentence between punctuation (``, ; : ( )`` and dashes)
or a conjunction that opens a new clause (``maar``, ``omdat``, ``terwijl`` …); the
conjunction belongs to the clause it opens. Negation, supposition and the tone rules
read a claim clause by clause (:mod:`kg.extract.negation`, which gives
:func:`clauses` under its own name as well).

The conjunctions are found among the document's runs of word characters once per
document (``\\b`` stands between runs); only the punctuation is searched per claim.
Split out of :mod:`kg.extract.negation`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from kg.extract.sentencecache import RUN, inside_run, memo, table
from kg.extract.sentencecache import spans as matches_in
from kg.extract.wordgate import plain
from kg.extract.wordtokens import lowered_runs

__all__ = ["clauses", "conjunctions"]

#: Conjunctions that open a new clause (negation stops there).
_CLAUSE_WORDS = (
    r"maar|echter|omdat|doordat|terwijl|want|hoewel|ofschoon|zodat|waardoor|waarbij|waarmee"
    r"|wanneer|tenzij|als|dat|die|en|of"
)
#: Punctuation that closes a clause ("(te)", an optional "te", closes none; nor does a
#: decimal comma between digits, "6,1%").
_PUNCTUATION_CUTS = r"(?<!\d),|,(?!\d)|[;:\u2013\u2014]|\((?!te\))|(?<!\(te)\)|\s-\s"
_PUNCTUATION = re.compile(_PUNCTUATION_CUTS, re.IGNORECASE)
_BOUNDARY = re.compile(rf"{_PUNCTUATION_CUTS}|\b(?:{_CLAUSE_WORDS})\b", re.IGNORECASE)
_CLAUSE_WORD_SET = frozenset(_CLAUSE_WORDS.split("|"))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into clauses (spans), at punctuation and conjunctions.

    A conjunction belongs to the clause it opens.

    Examples
    --------
    >>> s = "Het loket werkt goed, maar de wachttijd is lang."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Het loket werkt goed', 'maar de wachttijd is lang.']
    >>> s = "De werkloosheid ligt met 6,1% onder het gemiddelde, in 2015."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['De werkloosheid ligt met 6,1% onder het gemiddelde', 'in 2015.']
    """
    kept = _CLAUSES.get((text, start, end))  # _clauses without a call once kept
    return list(kept if kept is not None else _clauses(text, start, end))


@memo
def _clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """:func:`clauses`, memoised per document: the rules ask for a claim's clauses
    several times over."""
    spans: list[tuple[int, int]] = []  # each clause with its leading white space left out
    begin = start
    for cut_end, cut_next in _cuts(text, start, end):
        if text[cut_end - 1 : cut_next] == "e," and _between_adjectives(text, cut_end):
            continue  # "nieuwe, creatieve aanpakken": one noun phrase
        if (
            cut_end == cut_next
            and text[cut_end + 2 : cut_end + 3] in "sS"
            and (_not_as(text, cut_end) or _both_and(text, begin, cut_end))
        ):
            continue  # "niet als probleem", "zowel de raad als het college": no clause
        if (
            cut_end == cut_next
            and text.startswith("en", cut_end)
            and text.find("ussen", max(begin, cut_end - 60), cut_end) >= 0  # also "Tussen"
            and _joins_between(text, begin, cut_end)
        ):
            continue  # "tussen onderwijs en jeugdhulp": one pair of nouns
        piece = text[begin:cut_end]
        if rest := piece.lstrip():  # not white space alone
            spans.append((begin + len(piece) - len(rest), cut_end))
        begin = cut_next
    piece = text[begin:end]
    if rest := piece.lstrip():
        spans.append((begin + len(piece) - len(rest), end))
    return tuple(spans)


#: The memo table of :func:`_clauses`, keyed by ``(text, start, end)``.
_CLAUSES: dict[tuple[str, int, int], tuple[tuple[int, int], ...]] = _clauses.table  # type: ignore[attr-defined]


#: "tussen" and one to three words before a clause word: "tussen de gemeente en".
_BETWEEN = re.compile(r"\btussen\s+(?:[\w'-]+\s+){1,3}$", re.IGNORECASE)


def _joins_between(text: str, begin: int, at: int) -> bool:
    """Whether the clause word at ``at`` is the "en" of "tussen X en Y" (X one to three
    words of the clause that began at ``begin``): it joins two nouns, opening no clause.

    Examples
    --------
    >>> s = "Een goede aansluiting tussen onderwijs en jeugdhulp ontbreekt."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Een goede aansluiting tussen onderwijs en jeugdhulp ontbreekt.']
    >>> s = "Het vertrouwen tussen de gemeente en aanbieders moet nog groeien."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Het vertrouwen tussen de gemeente en aanbieders moet nog groeien.']
    >>> s = "Er zit tijd tussen de melding van de school en de eerste hulp."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Er zit tijd tussen de melding van de school ', 'en de eerste hulp.']
    >>> s = "Tussen Meppel en Westerveld bestaat een nauwe band."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Tussen Meppel en Westerveld bestaat een nauwe band.']
    """
    if text[at : at + 2].lower() != "en":
        return False
    return _BETWEEN.search(text, max(begin, at - 60), at) is not None


#: "niet" right before "als": "als" there is "as" ("niet als probleem"), not "if".
_NOT_AS = re.compile(r"\bniet\s+als\b", re.IGNORECASE)


def _not_as(text: str, at: int) -> bool:
    """Whether the clause word at ``at`` is "als" after "niet": "as", opening no clause.

    Examples
    --------
    >>> s = "Eenzaamheid wordt niet als probleem ervaren."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Eenzaamheid wordt niet als probleem ervaren.']
    >>> s = "Het loket helpt niet, als de vraag te groot is."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Het loket helpt niet', 'als de vraag te groot is.']
    """
    return (
        text[at : at + 3].lower() == "als"
        and _NOT_AS.match(text, max(0, at - 5), at + 3) is not None
    )


#: "zowel" as a word.
_BOTH = re.compile(r"\bzowel\b", re.IGNORECASE)


def _both_and(text: str, begin: int, at: int) -> bool:
    """Whether the clause word at ``at`` is the "als" of "zowel X als Y" ("both X and Y")
    with "zowel" in the clause that began at ``begin``: it joins two parts of a clause,
    opening none.

    Examples
    --------
    >>> s = "Zowel de raad als het college vinden dat de regie bij de gemeente ligt."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Zowel de raad als het college vinden ', 'dat de regie bij de gemeente ligt.']
    >>> s = "Het geldt zowel voor jeugd als voor ouderen, maar niet voor volwassenen."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['Het geldt zowel voor jeugd als voor ouderen', 'maar niet voor volwassenen.']
    >>> s = "De raad wil zowel rust; als het misgaat, belt men."
    >>> [s[a:b] for a, b in clauses(s, 0, len(s))]
    ['De raad wil zowel rust', 'als het misgaat', 'belt men.']
    """
    if text[at : at + 3].lower() != "als":
        return False
    window = max(begin, at - 60)
    return text.find("owel", window, at) >= 0 and _BOTH.search(text, window, at) is not None


#: An inflected word before a comma and one after it, then a word: "nieuwe, creatieve aanpakken".
_ADJECTIVES_AROUND = re.compile(r"(\w+e)\s*$"), re.compile(r"\s*(\w+e)\s+\w")


def _between_adjectives(text: str, at: int) -> bool:
    """Whether the comma at ``at`` stands between two attributive adjectives of one noun.

    Examples
    --------
    >>> s = "Er is geen ruimte voor nieuwe, creatieve aanpakken."
    >>> _between_adjectives(s, s.index(","))
    True
    >>> s = "Volgens de gemeente, de raad en de wijkteams gaat het goed."
    >>> _between_adjectives(s, s.index(","))
    False
    >>> s = "Het team werkte, gebruikte de lijst en stopte."
    >>> _between_adjectives(s, s.index(","))
    False
    """
    from kg.extract.nounforms import lemma_key

    before = _ADJECTIVES_AROUND[0].search(text, max(0, at - 30), at)
    after = _ADJECTIVES_AROUND[1].match(text, at + 1)
    if before is None or after is None:
        return False
    first, second = before.group(1).lower(), after.group(1).lower()
    # inflected adjectives: their lemma drops the -e ("grote": groot); a verb's is an infinitive
    return all(
        (lemma := lemma_key(w)) != w and not lemma.endswith(("e", "en")) for w in (first, second)
    )


def _cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where :data:`_BOUNDARY` cuts ``text[start:end]``: per boundary, the end of the clause
    before it and the start of the next (a conjunction opens the next clause).

    The conjunctions are the document's runs of word characters (``\\b`` stands
    between runs) that are clause words, found once per document; the punctuation is
    searched. A span that cuts a run, or a text with a letter ``str.lower`` and
    ``re.IGNORECASE`` fold apart, is searched with :data:`_BOUNDARY` itself.

    Examples
    --------
    >>> s = "Het werkt, maar (te) laat - echter wel."
    >>> _cuts(s, 0, len(s)) == [
    ...     (m.start(), m.end() if not m.group().isalpha() else m.start())
    ...     for m in _BOUNDARY.finditer(s)]
    True
    """
    if not inside_run(text, start) and not inside_run(text, end) and plain(text):
        starts = _clause_runs(text)
        cuts = [(a, a) for a in starts[bisect_left(starts, start) : bisect_left(starts, end)]]
        cuts += _punctuation(text, start, end)
        return sorted(cuts)
    return [
        (m.start(), m.end()) if not m.group().isalpha() else (m.start(), m.start())
        for m in _BOUNDARY.finditer(text, start, end)
    ]


#: text → the spans of :data:`_PUNCTUATION` in the whole text and their starts, per document.
_PUNCTUATION_SPANS: dict[str, tuple[list[int], list[tuple[int, int]]]] = table()


def _punctuation(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of :data:`_PUNCTUATION` in ``text[start:end]``, as ``finditer`` gives them.

    The whole text is searched once per document and a span's matches are a slice
    of that: a search from ``start`` finds the matches the whole text's search
    finds from there, unless one of these crosses ``start`` or ``end``, or a "("
    stands so near ``end`` that its look-ahead ("(te)") would read past it; such a
    span is searched on its own.

    Examples
    --------
    >>> s = "Dit (te) is zo, en dat - of niet (dus"
    >>> all(_punctuation(s, a, b) == [m.span() for m in _PUNCTUATION.finditer(s, a, b)]
    ...     for a in range(len(s)) for b in range(a, len(s) + 1))
    True
    """
    kept = _PUNCTUATION_SPANS.get(text)
    if kept is None:
        found = _whole_punctuation(text)
        kept = _PUNCTUATION_SPANS[text] = ([a for a, _ in found], found)
    starts, found = kept
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if (
        (i and found[i - 1][1] > start)
        or (j > i and found[j - 1][1] > end)
        or ("(" in text[max(start, end - 3) : end])
    ):
        return [m.span() for m in _PUNCTUATION.finditer(text, start, end)]
    return found[i:j]


#: The characters every match of :data:`_PUNCTUATION` opens with, or (a dash between
#: spaces) holds second: one character class, which the regex engine scans for fast.
_PUNCTUATION_CHARS = re.compile(r"[,;:\u2013\u2014()-]")


def _whole_punctuation(text: str) -> list[tuple[int, int]]:
    """The spans of ``_PUNCTUATION.finditer(text)``, the pattern tried only where it may match.

    Its alternatives open with no common character, so a search tries them all at
    every position of the text. Every match begins at one of
    :data:`_PUNCTUATION_CHARS`, or right before a dash (the space of "\\s-\\s"), and
    these places are found in text order; the pattern is matched at each one that
    lies after the last match, as ``finditer`` goes on after each match.

    Examples
    --------
    >>> s = "Dit (te) is zo, en (TE) dat - of - - niet; (dus) x-y \u2013 z (te)"
    >>> _whole_punctuation(s) == [m.span() for m in _PUNCTUATION.finditer(s)]
    True
    >>> _whole_punctuation("- a -b\\t-\\n")
    [(6, 9)]
    """
    found = []
    after = 0  # the end of the last match
    match = _PUNCTUATION.match
    for place in _PUNCTUATION_CHARS.finditer(text):
        at = place.start()
        if text[at] == "-":
            at -= 1  # "\s-\s" begins at the space before the dash
        if at < after:
            continue
        if (hit := match(text, at)) is not None:
            found.append(hit.span())
            after = hit.end()
    return found


def conjunctions(text: str, start: int, end: int) -> list[int]:
    """Where the runs of word characters of ``text`` that are clause words ("maar", "en",
    "omdat" …, in any case) begin in ``text[start:end]``.

    Examples
    --------
    >>> s = "Het werkt, MAAR niet omdat het moet en zo."
    >>> [s[a : a + 5] for a in conjunctions(s, 0, len(s))]
    ['MAAR ', 'omdat', 'en zo']
    """
    starts = _clause_runs(text)
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


#: text → the starts of its runs of word characters that are clause words, per document.
_CLAUSE_RUNS: dict[str, list[int]] = table()


def _clause_runs(text: str) -> list[int]:
    """The starts of the runs of ``text`` that are clause words (:data:`_CLAUSE_WORDS`)."""
    kept = _CLAUSE_RUNS.get(text)
    if kept is None:
        runs = matches_in(RUN, text, 0, len(text))
        names = lowered_runs(text)  # the runs' lower case, read once per document
        found = compress(runs, map(_CLAUSE_WORD_SET.__contains__, names))
        kept = _CLAUSE_RUNS[text] = [a for a, _, _ in found]
    return kept
