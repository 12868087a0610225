"""Runs of word characters: exact pre-checks that spare a regular expression's scan.

A *run* is a maximal stretch of word characters (``\\w+``), what ``\\b`` stands
between. Many patterns of the extractor can only match where the sentence holds a
certain word as a whole run ("miljoen" in "een half miljoen", "deel" in "een groot
deel"), yet ``finditer`` tries them at every position of every sentence. The runs
of a document are split once (:func:`kg.extract.sentencecache.spans`), and each
distinct run is tested once per document against the anchors, so a pattern runs
only on the sentences that hold its anchor words: the matches are exactly those of
running it everywhere.

The anchors are tested with ``fullmatch`` in the pattern's own case-insensitive
mode, so what counts as the same word (İ, ı and ſ included) is what ``re`` counts.
An anchor alternative that spells a finite set of ASCII words is looked up instead
for an ASCII run: ``re`` matches ASCII letters without case as ``str.lower`` does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _constants as _sre
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from kg.extract.prefixscan import finditer as prefixed
from kg.extract.prefixscan import heads
from kg.extract.sentencecache import RUN, spans, table
from kg.extract.wordtokens import plain

__all__ = ["Anchors", "whole_run_matches", "words_within"]

#: At most this many words spelled per anchor alternative (a longer list is left to ``re``).
_SPELLED_LIMIT = 5000


#: Pattern id → (pattern, run → whether the pattern matches the run on its own, its
#: beginnings (:func:`prefixscan.heads`)). Keyed by identity: hashing a compiled pattern hashes all
#: its code.
_WHOLE: dict[int, tuple[re.Pattern, dict[str, bool], tuple[str, ...] | None]] = table()


def whole_run_matches(pattern: re.Pattern, text: str, start: int, end: int) -> list[re.Match]:
    """``pattern.finditer(text, start, end)`` for a pattern whose every match is one run.

    Such a pattern is ``\\b(?:…)\\b`` around word characters only; it is tried in
    place only at a run that it matches on its own (the answer kept per document).

    Examples
    --------
    >>> p = re.compile(r"\\b(?:twee|drie)\\b", re.IGNORECASE)
    >>> s = "Twee of drie, niet tweeën of driedubbel."
    >>> [m.group() for m in whole_run_matches(p, s, 0, len(s))]
    ['Twee', 'drie']
    """
    found = []
    kept = _WHOLE.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = _WHOLE[id(pattern)] = (pattern, {}, heads(pattern))
    _, wholes, opens = kept
    for a, _b, run in spans(RUN, text, start, end):
        whole = wholes.get(run)
        if whole is None:
            whole = wholes[run] = _whole(pattern, run, opens)
        if whole:
            m = pattern.match(text, a, end)  # \b before the run is the text's own
            if m is not None:
                found.append(m)
    return found


def _whole(pattern: re.Pattern, run: str, beginnings: tuple[str, ...] | None) -> bool:
    """Whether ``pattern`` matches all of ``run``; a run that begins as no match
    does is refused without running the pattern."""
    refused = beginnings is not None and not run.lower().startswith(beginnings)
    if refused and plain(run):
        return False  # str.lower reads the run as the pattern does: no match
    return pattern.fullmatch(run) is not None


class Anchors:
    """Patterns with the words (anchors) each of their matches holds as whole runs.

    Parameters
    ----------
    needs : mapping of re.Pattern to iterable of str
        Per pattern, the anchors every match holds (all of them): each anchor is a
        regular expression a run must ``fullmatch``, in the pattern's flags. The
        caller states them from reading the pattern: an anchor is a word that the
        pattern puts between spaces or ``\\b`` (never inside a longer run).

    Examples
    --------
    >>> half = re.compile(r"\\been\\s+half\\s+jaar\\b", re.IGNORECASE)
    >>> gates = Anchors({half: ["half", "jaar"]})
    >>> s = "Na een half jaar. Een jaar later."
    >>> [m.group() for m in gates.scanner(s, 0, 17)(half)]
    ['een half jaar']
    >>> list(gates.scanner(s, 18, len(s))(half))  # no "half": the pattern is not run
    []
    """

    def __init__(self, needs: Mapping[re.Pattern, Iterable[str]]) -> None:
        self._anchors: list[re.Pattern] = []
        self._needs: dict[int, int] = {}  # by pattern id (a pattern's hash reads its code)
        self._patterns = list(needs)  # kept alive, so their ids stay theirs
        for pattern, anchors in needs.items():
            bits = 0
            for anchor in anchors:
                compiled = re.compile(anchor, pattern.flags)
                if compiled not in self._anchors:
                    self._anchors.append(compiled)
                bits |= 1 << self._anchors.index(compiled)
            self._needs[id(pattern)] = bits
        self._bits: dict[str, int] = table()
        # one test for "any anchor at all?" (most runs are none) when the flags agree
        flags = {anchor.flags for anchor in self._anchors}
        self._any = (
            re.compile("|".join(f"(?:{a.pattern})" for a in self._anchors), flags.pop())
            if len(flags) == 1
            else None
        )
        # ASCII runs: the spelled words looked up, the other alternatives run
        self._spelled: dict[str, int] = {}
        self._open: list[tuple[int, re.Pattern]] = []
        for i, known in enumerate(self._anchors):
            for words, alternative in _alternatives(known):
                for word in words:
                    self._spelled[word] = self._spelled.get(word, 0) | 1 << i
                if alternative is not None:
                    self._open.append((1 << i, alternative))

    def present(self, text: str, start: int, end: int) -> int:
        """The anchors (a bit set) that the runs of ``text[start:end]`` hold."""
        found = 0
        for _a, _b, run in spans(RUN, text, start, end):
            bits = self._bits.get(run)
            if bits is None:
                bits = self._bits[run] = self._run_bits(run)
            found |= bits
        return found

    def _run_bits(self, run: str) -> int:
        if run.isascii():
            bits = self._spelled.get(run.lower(), 0)
            for bit, alternative in self._open:
                if not bits & bit and alternative.fullmatch(run) is not None:
                    bits |= bit
            return bits
        if self._any is not None and self._any.fullmatch(run) is None:
            return 0  # a full match of an alternation is a full match of one alternative
        return sum(1 << i for i, anchor in enumerate(self._anchors) if anchor.fullmatch(run))

    def finditer(
        self, pattern: re.Pattern, present: int, text: str, start: int, end: int
    ) -> list[re.Match] | tuple[()]:
        """``pattern.finditer(text, start, end)`` (tried where a prefix of it begins:
        :func:`kg.extract.prefixscan.finditer`), or nothing when an anchor is absent."""
        needs = self._needs[id(pattern)]
        return prefixed(pattern, text, start, end) if present & needs == needs else ()

    def scanner(
        self, text: str, start: int, end: int
    ) -> Callable[[re.Pattern], list[re.Match] | tuple[()]]:
        """:meth:`finditer` for ``text[start:end]``, the anchors looked up once."""
        present = self.present(text, start, end)
        return lambda pattern: self.finditer(pattern, present, text, start, end)


def _alternatives(anchor: re.Pattern) -> list[tuple[set[str], re.Pattern | None]]:
    """The top-level alternatives of ``anchor``: per alternative, the lower-case ASCII
    words it spells (all it matches, when it ignores case) or itself compiled.

    Examples
    --------
    >>> [(sorted(w), p is None) for w, p in _alternatives(re.compile(r"\\d+|twee|ti(?:en)?", re.I))]
    [([], False), (['twee'], True), (['ti', 'tien'], True)]
    """
    tree = _sre_parse.parse(anchor.pattern, anchor.flags)
    items = list(tree)
    branches = (
        [list(alternative) for alternative in items[0][1][1]]
        if len(items) == 1 and items[0][0] is _sre.BRANCH
        else [items]
    )
    found: list[tuple[set[str], re.Pattern | None]] = []
    for branch in branches:
        words = _spelled(branch) if anchor.flags & re.IGNORECASE else None
        if words is not None and all(word.isascii() for word in words):
            found.append(({word.lower() for word in words}, None))
        else:
            found.append((set(), _sre_compile.compile(_sre_parse.SubPattern(tree.state, branch))))
    return found


def _spelled(items: list) -> set[str] | None:
    """Every string the parsed ``items`` match, or None when they are no small set of literals."""
    found = {""}
    for op, av in items:
        options: set[str] | None
        if op is _sre.LITERAL:
            options = {chr(av)}
        elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            options = {chr(c) for _, c in av}
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # no flags of its own
            options = _spelled(list(av[-1]))
        elif op is _sre.BRANCH:
            spelled = [_spelled(list(alternative)) for alternative in av[1]]
            options = None if None in spelled else set().union(*spelled)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] in (0, 1) and av[1] == 1:
            options = _spelled(list(av[2]))
            options = options | {""} if options is not None and av[0] == 0 else options
        else:
            return None
        if options is None:
            return None
        found = {a + b for a in found for b in options}
        if len(found) > _SPELLED_LIMIT:
            return None
    return found


def words_within(words: list[tuple[int, int, str]], skip: list[tuple[int, int]]) -> set[int]:
    """Indices of the ``words`` (in text order) lying wholly within one of the ``skip`` spans.

    Examples
    --------
    >>> words_within([(0, 3, "Het"), (4, 9, "loket"), (10, 15, "werkt")], [(4, 9), (12, 20)])
    {1}
    """
    found: set[int] = set()
    for a, b in skip:
        k = bisect.bisect_left(words, (a,))  # the first word starting at ``a`` or after
        while k < len(words) and words[k][0] < b:
            if words[k][1] <= b:
                found.add(k)
            k += 1
    return found
