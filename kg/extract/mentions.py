"""Finding entity mentions with the ontology's lexicon.

Labels and text are split into word tokens; a label matches a run of text
tokens when every token agrees, either in its surface form (lower case, with a
possessive or plural apostrophe ending dropped: ``GGD’en`` → ``ggd``) or in its
lemma (simplemma, Dutch: ``ambtenaren`` → ``ambtenaar``); the word forms are
those of :mod:`kg.extract.nounforms`. Acronyms match only in their own case,
proper names only with an upper-case first letter. The longest match wins;
matches do not overlap.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

from kg.extract.mentiontokens import _INDEXES, _token_index, _TokenIndex, tokens
from kg.extract.mentiontokens import cuts_token as cuts_token  # read by findingcues
from kg.extract.nounforms import _is_known as _is_known  # read by topics and dutchwords
from kg.extract.nounforms import _is_plural_of, lemma_key, singular, surface_key
from kg.extract.sentencecache import table
from kg.frozen import quick_init
from kg.ontology import PROPER_NAME_TYPES, LexiconEntry


@quick_init
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


def _label_lemma(word: str, kind: str) -> str:
    """The lemma a label word matches on.

    A role is a group of people named by a noun; when the lemmatiser turns
    the noun into a verb (the nominalised participle "betrokkenen" → "betrekken")
    the label keeps its own form, so the adjective "betrokken" and the verb
    "betrekt" do not name the group.

    Examples
    --------
    >>> _label_lemma("betrokkenen", "role"), _label_lemma("bedrijven", "role")
    ('betrokkenen', 'bedrijf')
    """
    key, lemma = surface_key(word), lemma_key(word)
    if kind == "role" and lemma != key and lemma.endswith("en") and not _is_plural_of(key, lemma):
        return key
    return lemma


#: Endings of Dutch nouns for persons: a compound ending in one names a kind of them
#: ("buurtbewoners" are "bewoners", "jeugdhulpverleners" are "hulpverleners").
_PERSON_ENDINGS = ("er", "aar", "ant", "ent", "ist", "eur", "ier", "arts", "kundige", "ger")
#: Person nouns whose compounds name the governors or staff of some other body
#: ("zorgbestuurder", "schoolbestuurder"), not a kind of the role.
_NOT_HEADS = frozenset({"bestuurder", "medewerker", "consulent", "ondernemer", "lid"})


def _person_head(entry: LexiconEntry, words: tuple[str, ...]) -> str | None:
    """The singular person noun a one-word role label can head compounds with, or None.

    Examples
    --------
    >>> _person_head(LexiconEntry("bewoners", "urn:x:r", "role", "altLabel"), ("bewoners",))
    'bewoner'
    >>> _person_head(LexiconEntry("bestuurders", "urn:x:b", "role", "altLabel"), ("bestuurders",))
    """
    if entry.kind != "role" or len(words) != 1 or entry.source == "hiddenLabel":
        return None
    if _is_acronym(words[0]) or "-" in words[0]:
        return None
    head = singular(words[0])
    if len(head) < 6 or head in _NOT_HEADS or not head.endswith(_PERSON_ENDINGS):
        return None
    return head


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class _Pattern:
    entry: LexiconEntry
    words: tuple[str, ...]
    surface: tuple[str, ...]
    lemmas: tuple[str, ...]


def _sort_key(p: _Pattern) -> tuple[int, str, str]:
    return (-len(p.words), p.entry.iri, p.entry.label)


class _Compiled:
    """A pattern with what :meth:`matches` tests precomputed once."""

    __slots__ = ("pattern", "n", "checks", "upper_first", "plurals", "singular")

    def __init__(self, pattern: _Pattern) -> None:
        self.pattern = pattern
        self.n = len(pattern.words)
        # per word: (surface, lemma, the acronym as written or None)
        self.checks = tuple(
            (pattern.surface[i], pattern.lemmas[i], w if _is_acronym(w) else None)
            for i, w in enumerate(pattern.words)
        )
        first = pattern.words[0]
        self.upper_first = pattern.entry.kind in PROPER_NAME_TYPES and first[:1].isupper()
        # The head of a Dutch noun phrase is its last word; its regular plural
        # (-en, -s, -n) is accepted when the lemmatiser does not know the word
        # ("re-integratietrajecten" for the label "re-integratietraject"), and so
        # is any form whose singular (:func:`singular`) is the label's word: a
        # one-word label too ("wijkteams", "cliëntenraden").
        stem, last = pattern.surface[-1], pattern.words[-1]
        self.plurals = (
            (stem + "en", stem + "s", stem + "n")
            if len(stem) >= 4 and not _is_acronym(last)
            else ()
        )
        # a role named in the plural only also matches its singular ("jeugdverpleegkundige")
        self.singular = (
            singular(stem) if pattern.entry.kind == "role" and not _is_acronym(last) else stem
        )

    def matches(self, info: list[tuple[str, str, str, str]], i: int) -> bool:
        """Whether the pattern matches the tokens starting at ``info[i]``."""
        if self.upper_first and not info[i][0][:1].isupper():
            return False
        last = self.n - 1
        for k, (surface, lemma, acronym) in enumerate(self.checks):
            token, key, token_lemma, stripped = info[i + k]
            if acronym is not None:
                if key != surface or stripped != acronym:
                    return False
                continue
            if key == surface or token_lemma == lemma:
                continue
            if k == last and (key in self.plurals or singular(token) in (surface, self.singular)):
                continue
            return False
        return True


#: Patterns of two words or more that a token opens, with the indexes of those whose
#: second word may take a token, by its surface key, its lemma and its singular
#: (:func:`_seconds`).
_Keyed = dict[str, tuple[int, ...]]
_Longer = tuple[_Keyed, _Keyed, _Keyed, tuple["_Compiled", ...]]
#: What a token opens (:meth:`Matcher._step`).
_Step = tuple[_Longer | None, dict[str, _Pattern] | None, LexiconEntry | None]
#: What :func:`_longest` answers when no pattern matches.
_NO_MATCH: tuple[int, dict[str, _Pattern]] = (0, {})


def _longest(info: list, i: int, longer: _Longer, count: int) -> tuple[int, dict[str, _Pattern]]:
    """The length of the longest pattern of ``longer`` that matches at token ``i`` (of
    ``count``), with every entity whose label has that length; ``(0, {})`` when none (a
    shared answer: not to be changed). Only the patterns whose second word may take the
    next token are tried, in their order (longest first): no other can match."""
    if i + 1 >= count:
        return _NO_MATCH  # every pattern has two words or more
    keys, lemmas, singulars, patterns = longer
    nxt = info[i + 1]
    by_key = keys.get(nxt[1], ())
    by_lemma = lemmas.get(nxt[2], ())
    by_singular = singulars.get(singular(nxt[0]), ()) if singulars else ()
    if by_lemma or by_singular:
        tried: Iterable[int] = sorted({*by_key, *by_lemma, *by_singular})
    elif by_key:
        tried = by_key
    else:
        return _NO_MATCH
    best_n = 0
    best: dict[str, _Pattern] = {}
    for k in tried:  # longest first
        compiled = patterns[k]
        n = compiled.n
        if n < best_n or i + n > count:
            continue
        if compiled.matches(info, i):
            best_n = n
            best.setdefault(compiled.pattern.entry.iri, compiled.pattern)
    return best_n, best


def _seconds(patterns: tuple[_Compiled, ...]) -> _Longer:
    """``patterns`` with the indexes of those whose second word may match a token, by
    what of the token it matches on. A word matches a token by its surface key or its
    lemma (an acronym by its surface key as written); the last word also by a regular
    plural of its key (looked up with the surface keys) or by the token's
    :func:`singular`. A pattern listed under none of the token's keys cannot have it as
    its second token.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> m = Matcher([LexiconEntry("sociaal team", "urn:x:t", "body", "prefLabel")])
    >>> keys, lemmas, singulars, found = m._opening("sociaal", "sociaal")[1]
    >>> keys["team"], keys["teams"], singulars["team"], [c.n for c in found]
    ((0,), (0,), (0,), [2])
    """
    found: tuple[dict[str, set[int]], ...] = ({}, {}, {})
    keys, lemmas, singulars = found
    for k, compiled in enumerate(patterns):
        surface, lemma, _ = compiled.checks[1]
        keys.setdefault(surface, set()).add(k)
        lemmas.setdefault(lemma, set()).add(k)
        if compiled.n == 2:  # the second word is the last
            for plural in compiled.plurals:
                keys.setdefault(plural, set()).add(k)
            for form in (surface, compiled.singular):
                singulars.setdefault(form, set()).add(k)
    by_key, by_lemma, by_singular = ({w: tuple(sorted(ks)) for w, ks in d.items()} for d in found)
    return by_key, by_lemma, by_singular, patterns


#: The patterns of two words or more a token opens where none can go on past it.
_CLOSED: _Longer = ({}, {}, {}, ())


def _open(hits: list[int], steps: list[_Step], info: list) -> tuple[list[int], list[_Step]]:
    """The token indexes of ``hits`` (with their ``steps``) at which a match may begin.

    A token whose patterns of two words or more cannot take the token after it (no
    pattern has it as its second word: :func:`_longest` tries none, whatever the span)
    keeps its one-word labels only, its longer patterns :data:`_CLOSED`; a token left with
    nothing (no one-word label, no role of a compound) begins no match and is dropped.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> m = Matcher([LexiconEntry("sociaal team", "urn:x:t", "body", "prefLabel")])
    >>> [x.text for x in m.find("Het sociaal team en het sociaal domein en nog veel meer. " * 5)]
    ['sociaal team', 'sociaal team', 'sociaal team', 'sociaal team', 'sociaal team']
    >>> index = _token_index("Het sociaal team en het sociaal domein en nog veel meer. " * 5)
    >>> [index.words[k + 1] for k in m._hits(index)[0]]  # not "sociaal domein"
    ['team', 'team', 'team', 'team', 'team']
    """
    last = len(info) - 1
    open_hits: list[int] = []
    open_steps: list[_Step] = []
    for k, step in zip(hits, steps, strict=True):
        longer, alone, _ = step
        if longer is not None and longer[3]:
            keys, lemmas, singulars, _ = longer
            nxt = info[k + 1] if k < last else None
            if nxt is None or not (
                keys.get(nxt[1])
                or lemmas.get(nxt[2])
                or (singulars and singulars.get(singular(nxt[0])))
            ):
                longer = _CLOSED
                step = (_CLOSED, alone, None)
        if longer is not None and not longer[3] and not alone:
            continue  # nothing it opens can match
        open_hits.append(k)
        open_steps.append(step)
    return open_hits, open_steps


#: Matcher id → (the matcher, its token steps, the live token strings), per document.
_STEPS: dict[int, tuple[Matcher, dict, set[str]]] = table()
#: Texts of fewer tokens than this are read token by token (:meth:`Matcher.find`).
_SHORT = 50
#: (matcher id, token index id) → (the matcher, the index, :meth:`Matcher._hits`), per document.
_HITS: dict[tuple[int, int], tuple[Matcher, _TokenIndex, list[int], list[_Step]]] = table()


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
        self._candidates: dict[tuple[str, str], tuple[tuple[_Compiled, ...], _Longer]] = {}
        self._shared: dict[tuple[str, str], tuple[tuple[_Compiled, ...], _Longer]] | None = None
        self._touched: set[str] = set()
        self._heads: dict[str, LexiconEntry] = {}
        self._add(entries)

    def _add(self, entries: Iterable[LexiconEntry]) -> set[str]:
        touched: set[str] = set()
        for entry in entries:
            words = tuple(tok for _, _, tok in tokens(entry.label))
            if not words:
                continue
            head = _person_head(entry, words)
            if head is not None and (head not in self._heads or entry.iri < self._heads[head].iri):
                self._heads = {**self._heads, head: entry}  # copy on write; the first IRI wins
            pattern = _Pattern(
                entry,
                words,
                tuple(surface_key(w) for w in words),
                tuple(_label_lemma(w, entry.kind) for w in words),
            )
            keys = {pattern.surface[0], pattern.lemmas[0]}
            if entry.kind == "role" and len(words) == 1 and not _is_acronym(words[0]):
                keys.add(singular(pattern.surface[0]))  # "jeugdverpleegkundigen" → "…kundige"
            for key in keys:
                if key not in touched:  # copy on write: an extended matcher shares lists
                    self._by_first[key] = list(self._by_first.get(key, ()))
                    touched.add(key)
                self._by_first[key].append(pattern)
        for key in touched:
            self._by_first[key].sort(key=_sort_key)
        # every head has six letters or more (:func:`_person_head`): their last six
        self._head_ends = frozenset(head[-6:] for head in self._heads)
        return touched

    def extended(self, entries: Iterable[LexiconEntry]) -> Matcher:
        """A matcher for this one's labels plus ``entries`` (this one is unchanged).

        Cheap: the new matcher shares this one's compiled candidates for every
        first word the new labels do not start with.
        """
        other = Matcher(())  # not Matcher.__new__: a compiled class has no bare instance
        other._by_first = dict(self._by_first)
        other._candidates = {}
        other._heads = self._heads
        other._touched = other._add(entries)
        other._shared = self._candidates if not self._touched else None
        return other

    def _opening(self, key: str, lemma: str) -> tuple[tuple[_Compiled, ...], _Longer]:
        """Patterns whose first word is ``key`` or ``lemma``: those of one word, then those of
        two words or more (:func:`_seconds`), each longest first; compiled once per matcher
        (an extended one shares its base's)."""
        cache = self._candidates
        if self._shared is not None and key not in self._touched and lemma not in self._touched:
            cache = self._shared
        kept = cache.get((key, lemma))
        if kept is None:
            merged = set(self._by_first.get(key, ())) | set(self._by_first.get(lemma, ()))
            found = tuple(_Compiled(p) for p in sorted(merged, key=_sort_key))
            ones = tuple(c for c in found if c.n == 1)
            kept = cache[(key, lemma)] = (ones, _seconds(tuple(c for c in found if c.n > 1)))
        return kept

    def _compound_head(self, token: str) -> LexiconEntry | None:
        """The role whose person noun ends the compound ``token`` ("dorpsbewoners")."""
        if len(token) < 9 or not self._heads:
            return None
        word = singular(token)
        if word[-6:] not in self._head_ends or _is_acronym(token):
            return None  # a tail tried below is six letters or more: it ends as a head does
        for j in range(3, len(word) - 5):  # the longest known tail wins
            if word[j:] in self._heads:
                return self._heads[word[j:]]
        return None

    def _steps(self) -> tuple[dict[str, _Step], set[str]]:
        """This matcher's :meth:`_step` per token string, kept for the document, and the
        token strings whose step opens something or names a role (:meth:`_remember`)."""
        kept = _STEPS.get(id(self))
        if kept is None or kept[0] is not self:
            kept = _STEPS[id(self)] = (self, {}, set())
        return kept[1], kept[2]

    def _remember(self, info: tuple[str, str, str, str], steps: dict, live: set) -> _Step:
        """:meth:`_step` of a token, kept in ``steps`` and ``live`` (:meth:`_steps`)."""
        step = steps[info[0]] = self._step(info)
        if step[0] is not None or step[2] is not None:
            live.add(info[0])
        return step

    def _hits(self, index: _TokenIndex) -> tuple[list[int], list[_Step]]:
        """Indexes of the tokens of ``index`` whose step is live, in order, and their steps
        (per document).

        A token that opens nothing and names no role adds nothing to :meth:`find`'s
        answer and is passed over, so :meth:`find` visits only these. Built and kept in
        ``_HITS``; :meth:`find` reads that table itself before it calls this.
        """
        key = (id(self), id(index))
        steps, live = self._steps()
        by_key, by_tail = index.openers()
        # only a token looked up by a first word, or ending as a person noun of a
        # role does, can be live: every other token's step is empty
        todo: set[str] = set()
        for word in by_key.keys() & self._by_first.keys():
            todo.update(by_key[word])
        if self._heads:
            for tail in by_tail.keys() & self._head_ends:
                todo.update(by_tail[tail])
        for token in todo:
            if token not in steps:
                self._remember(index.distinct[token], steps, live)
        words = index.words
        # the places of the live tokens of this text (each token's list is in order)
        places = index.places()
        hits = sorted(chain.from_iterable(map(places.__getitem__, live & places.keys())))
        kept = _HITS[key] = (self, index, *_open(hits, [steps[words[k]] for k in hits], index.info))
        return kept[2], kept[3]

    def _step(self, info: tuple[str, str, str, str]) -> _Step:
        """What a token may open: the patterns of two words or more it may begin, the
        one-word labels it matches (read once per token string: they look at it alone),
        and the role a compound ends in when it opens nothing.

        Returns
        -------
        tuple
            ``(longer patterns or None, {entity: pattern} of the one-word labels
            matched, role entry or None)``; the first is None when the token opens nothing.
        """
        token, key, lemma, _ = info
        by_first = self._by_first
        if key not in by_first and lemma not in by_first:
            # a one-word label in the plural the lemmatiser does not know ("wijkteams")
            lemma = singular(token) if token[-1:] in "sn" else key
            if lemma not in by_first:
                return None, None, self._compound_head(token)
        ones, longer = self._opening(key, lemma)
        alone: dict[str, _Pattern] = {}
        for compiled in ones:
            if compiled.matches([info], 0):
                alone.setdefault(compiled.pattern.entry.iri, compiled.pattern)
        return longer, alone, None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Return the non-overlapping mentions in ``text[start:end]``, in text order."""
        index = _INDEXES.get((text,)) or _token_index(text)
        end = len(text) if end is None else end
        starts, ends = index.starts, index.ends
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        if (i and ends[i - 1] > start) or (j and ends[j - 1] > end) or len(starts) < _SHORT:
            # a span that cuts a token (read on its own: :meth:`_TokenIndex.bounds`) or a
            # short text (a phrase looked up): each token tried, without the live ones
            toks, info = index.span(start, end)
            steps, live = self._steps()
            return self._read(
                text,
                toks,
                info,
                (
                    (k, steps.get(info[k][0]) or self._remember(info[k], steps, live))
                    for k in range(len(toks))
                ),
                len(toks),
            )
        kept = _HITS.get((id(self), id(index)))  # _hits without a call once read
        if kept is not None and kept[0] is self and kept[1] is index:
            hits, hit_steps = kept[2], kept[3]
        else:
            hits, hit_steps = self._hits(index)
        a = bisect.bisect_left(hits, i)
        b = bisect.bisect_left(hits, j)
        if a == b:
            return []  # no live token in the span
        return self._read(
            text, index.toks, index.info, zip(hits[a:b], hit_steps[a:b], strict=True), j
        )

    def _read(
        self, text: str, toks: list, info: list, at: Iterable[tuple[int, _Step]], count: int
    ) -> list[Mention]:
        """The mentions that begin at the token indexes of ``at`` (in order, each with its
        :meth:`_step`) of ``toks``, the longest first and none overlapping another; no match
        runs past ``count``.

        Any token whose step is live (:meth:`_hits`) must be among ``at``.
        """
        found: list[Mention] = []
        free = 0  # the first token after the last match
        for i, (longer, alone, head) in at:
            if i < free:
                continue
            if longer is None:
                if head is not None:  # "buurtbewoners": a kind of "bewoners"
                    s, e = toks[i][0], toks[i][1]
                    found.append(Mention(head.iri, head.kind, s, e, text[s:e]))
                continue
            best_n, best = _longest(info, i, longer, count) if longer[3] else _NO_MATCH
            if not best:
                if not alone:
                    continue
                best_n, best = 1, alone
            elif best_n > 1 and self._overtaken(info, i + 1, best_n - 1, count):
                continue  # "de raad" gives way to "Raad voor de Kinderbescherming"
            # Every entity with a label of the winning length is reported: a
            # label shared by two concepts ("passend onderwijs") names both.
            s, e = toks[i][0], toks[i + best_n - 1][1]
            for iri, pattern in sorted(best.items()):
                found.append(Mention(iri, pattern.entry.kind, s, e, text[s:e]))
            free = i + best_n
        return found

    def _overtaken(self, info: list, k: int, rest: int, count: int) -> bool:
        """Whether a name of two words or more (capitalised) that opens at token ``k`` runs
        past the ``rest`` tokens a match before it still covers: the longer name wins ("de
        Raad voor de Kinderbescherming" is the board, not "de raad" and a stray word)."""
        if k >= count or not info[k][0][:1].isupper():
            return False  # only a name overtakes: it opens with a capital
        steps, live = self._steps()
        longer = (steps.get(info[k][0]) or self._remember(info[k], steps, live))[0]
        if longer is None:
            return False
        n, best = _longest(info, k, longer, count)
        return bool(best) and n > rest
