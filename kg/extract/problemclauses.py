"""Problems a clause states with a subject and a predicate together.

Some problems have no single word of their own in a text: "de tarieven zijn
in 2015 verlaagd" is budget pressure, "kinderen moeten drie maanden wachten"
a waiting list. ``kg/data/problem-clauses.toml`` lists, per problem of the
taxonomy, the subject nouns and the predicates (or the adjectives before the
subject) that state it together; the predicate must follow its subject within
one clause. The findings add such a problem to a claim's concerns.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from kg.extract.lowersearch import search_lowered
from kg.extract.negation import NEGATORS
from kg.extract.problemasides import asides
from kg.extract.sentencecache import RUN, spans, whole
from kg.extract.spentreserves import exhausted_reserve, spent_reserve
from kg.extract.wordtokens import lowered, lowered_runs
from kg.namespaces import CONCEPT

__all__ = [
    "ClauseMatch",
    "ClauseRule",
    "alternation",
    "claim_words",
    "clause_predicates",
    "clause_problems",
    "load_rules",
]

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-clauses.toml"

#: Conjunctions that open a new clause ("en" and "of" mostly join phrases: "2016 en 2017").
_CONJUNCTIONS = r"(?:maar|terwijl|omdat|want|doordat|hoewel|zodat|als|wanneer)"
#: At most eight words between subject and predicate, none a clause boundary; a figure
#: with a separator inside it ("2.300", "1,2") is one word, not a boundary, and so is an
#: amount in euros with its unit ("€ 1,9 miljoen": one constituent of the clause).
_AMOUNT = r"€\s?\d+(?:[.,]\d+)*(?:\s+(?:miljoen|miljard|duizend))?"
_GAP = rf"(?:\s+(?!{_CONJUNCTIONS}\b)(?:{_AMOUNT}|\d+(?:[.,]\d+)+|[^\s,;:.?!]+)){{0,8}}?\s+"


@dataclass(frozen=True)
class ClauseRule:
    """One problem and the compiled pattern of the clauses that state it."""

    problem: str
    pattern: re.Pattern[str]
    lack: bool = False
    #: Words one of which must stand in a claim the rule can match (lower case), and
    #: words one of which must stand besides: a cheap test before the pattern.
    subject_keys: tuple[str, ...] = ()
    other_keys: tuple[str, ...] = ()
    #: For a rule whose subjects are whole words, a plain word of each subject: one of
    #: them is one of the claim's words (none when a subject has no plain word).
    subject_words: tuple[str, ...] = ()
    #: The pattern in lower case without ``re.IGNORECASE``, for a document's lower case
    #: (:func:`kg.extract.wordtokens.lowered`, offsets kept): the same matches, cheaper.
    lowered: re.Pattern[str] | None = None

    def may_match(self, lowered: str, words: frozenset[str] | None = None) -> bool:
        """Whether a lower-cased claim holds a subject word and a predicate or adjective word.

        ``words``, the claim's words (:func:`claim_words`), lets a rule whose predicate and
        adjective words are plain words ask for them in one set look-up: a predicate
        stands after a space and ends at a word boundary, an adjective stands before a
        space, so such a word is one of the claim's words, not a part of one.

        Examples
        --------
        >>> r = load_rules()[0]
        >>> r.may_match("de tarieven zijn verlaagd."), r.may_match("de kosten stijgen.")
        (True, False)
        >>> s = "de tarieven zijn onverlaagd."
        >>> r.may_match(s), r.may_match(s, claim_words(s))
        (True, False)
        """
        others = self._other_words
        if others is not None and words is not None:
            subjects = self._subject_words
            if subjects is not None:
                return not (others.isdisjoint(words) or subjects.isdisjoint(words))
            return not others.isdisjoint(words) and _holds_any(lowered, self.subject_keys)
        return _holds_any(lowered, self.subject_keys) and (
            not self.other_keys or _holds_any(lowered, self.other_keys)
        )

    @cached_property
    def _subject_words(self) -> frozenset[str] | None:
        """The subjects' plain words of a rule with whole-word subjects (else None)."""
        keys = self.subject_words
        if not keys or not all(_PLAIN_WORD.fullmatch(k) for k in keys):
            return None
        return frozenset(keys)

    @cached_property
    def _other_words(self) -> frozenset[str] | None:
        """The predicate and adjective words, when each is a plain word (else None)."""
        if not self.other_keys or not all(_PLAIN_WORD.fullmatch(k) for k in self.other_keys):
            return None
        return frozenset(self.other_keys)


#: A plain word: word characters only.
_PLAIN_WORD = re.compile(r"\w+")


def _holds_any(lowered: str, keys: tuple[str, ...]) -> bool:
    """Whether ``lowered`` holds one of ``keys`` (a loop: ``any()`` of a generator costs a
    frame per call, and this is asked of every rule a claim's words leave open).

    >>> _holds_any("de kosten stijgen.", ("kost", "tarie")), _holds_any("de wijk", ("kost",))
    (True, False)
    """
    for key in keys:  # noqa: SIM110 - see above
        if key in lowered:
            return True
    return False


def claim_words(lowered: str) -> frozenset[str]:
    """The words of a lower-cased claim, for :meth:`ClauseRule.may_match`.

    Those of a claim of a :func:`kg.extract.wordtokens.plain` text are its runs of word
    characters (:data:`kg.extract.sentencecache.RUN`, read once per document) in lower
    case: ``str.lower`` keeps such a text's offsets and what is a word character.

    >>> sorted(claim_words("de zorg-tarieven zijn verlaagd."))
    ['de', 'tarieven', 'verlaagd', 'zijn', 'zorg']
    """
    return frozenset(_PLAIN_WORD.findall(lowered))


#: The text of a match of :func:`kg.extract.sentencecache.spans`.
_WORD_OF = itemgetter(2)


def _run_words(text: str, start: int, end: int) -> frozenset[str]:
    """The runs of word characters of ``text[start:end]`` in lower case, as a set.

    They are those of :func:`kg.extract.sentencecache.spans` (a run cut by an end is read
    on its own), taken from the document's runs in lower case when no run is cut
    (:func:`kg.extract.wordtokens.lowered_runs`, read once per document): no word is
    lowered again.

    Examples
    --------
    >>> s = "De Zorg-tarieven zijn verlaagd."
    >>> sorted(_run_words(s, 0, len(s))), sorted(_run_words(s, 4, 13))
    (['de', 'tarieven', 'verlaagd', 'zijn', 'zorg'], ['org', 'tarie'])
    """
    _, starts, ends = whole(RUN, text)
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j and ends[j - 1] > end):  # a run cut by an end
        return frozenset(map(str.lower, map(_WORD_OF, spans(RUN, text, start, end))))
    return frozenset(lowered_runs(text)[i:j])


class ClauseMatch(NamedTuple):
    """Where a clause states a problem.

    ``negation_from`` is where a negation of the statement may stand: the
    clause's start (None), or, for a problem that is a lack, the subject's end:
    "geen ruimte voor vernieuwing" states the lack and denies nothing.
    """

    problem: str
    start: int
    predicate: int
    end: int
    negation_from: int | None


def alternation(words: list[str]) -> str:
    """A regular-expression alternation of ``words``, longest first, spaces matching any space.

    Examples
    --------
    >>> alternation(["onder druk", "gekort"]).split("|")[1]
    'gekort'
    """
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


@lru_cache(maxsize=4)
def load_rules(path: str | Path = RULES_FILE) -> tuple[ClauseRule, ...]:
    """Read and compile the clause rules (cached).

    Examples
    --------
    >>> [r.problem.rsplit("/", 1)[-1] for r in load_rules()][:1]
    ['budget-pressure']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    rules = []
    for item in data["problem"]:
        pattern = re.compile(_source(item), re.IGNORECASE)
        others = item["predicates"] + item.get("adjectives", [])
        rules.append(
            ClauseRule(
                CONCEPT + "problem/" + item["key"],
                pattern,
                item.get("lack", False),
                _keys(item["subjects"]),
                _word_keys(others),
                _word_keys(item["subjects"]) if item.get("whole_subjects") else (),
                re.compile(_source(item, str.lower)),
            )
        )
    return tuple(rules)


def _source(item: dict, case=str) -> str:  # noqa: ANN001
    """The regular expression of a rule of the data file, its phrases passed through ``case``.

    >>> item = {"subjects": ["Rijk"], "predicates": ["laat"]}
    >>> "(?:rijk)" in _source(item, str.lower), "(?:Rijk)" in _source(item)
    (True, True)
    """
    subjects = [case(w) for w in item["subjects"]]
    predicates = [case(w) for w in item["predicates"]]
    inflected = "" if item.get("whole_subjects") else r"\w*"  # "tijd", not "tijdens"
    # a subject after "volgens" (with "de") is the claim's source ("het Rijk heeft volgens
    # ambtenaren te weinig oog", "van wie volgens de consulenten een kwart zwaar belast
    # is"), not what the predicate says something of
    # (the word boundary first: the look-behinds are asked only where a word starts)
    subject = rf"\b(?<!volgens )(?<!volgens de )(?:{alternation(subjects)}){inflected}\b"
    predicate = rf"(?P<predicate>{alternation(predicates)})\b"
    # a rule with adjectives only has no predicate alternative (an empty alternation
    # would let any subject stand for the problem)
    # a fact sheet's key and value ("Tarieven: te laag.", "Capaciteit: onvoldoende.") say
    # what a clause says with "is": the colon right after the subject stands for the verb
    alternatives = [rf"(?P<subject>{subject}):?{_GAP}{predicate}"] if predicates else []
    if item.get("adjectives"):
        adjectives = [case(w) for w in item["adjectives"]]
        alternatives.append(rf"\b(?P<adjective>{alternation(adjectives)})\s+{subject}")
    return "|".join(alternatives)


def _keys(phrases: list[str]) -> tuple[str, ...]:
    """The longest word of each phrase, lower case: a phrase cannot match without it.

    Of words of one length the last is taken, as :func:`_word_keys` takes it, so that
    both gates ask for the same word.

    >>> _keys(["onder druk", "gekort", "op de"])
    ('de', 'gekort', 'onder')
    """
    return tuple(sorted({max(reversed(p.lower().split()), key=len) for p in phrases}))


def _word_keys(phrases: list[str]) -> tuple[str, ...]:
    """The longest plain word of each phrase (else its longest word), lower case.

    Of words of one length the last is taken: the head of a noun phrase ("sociaal
    netwerk"), rarer than its modifier.

    Each word of a predicate or an adjective stands whole in a claim it matches (the
    pattern puts white space or a word boundary around the phrase), so a plain word of
    it is one of the claim's words (:meth:`ClauseRule.may_match`): a rule with a plain
    word in every phrase is asked only of claims that hold one.

    >>> _word_keys(["niet op elkaar aan", "gekort", "18-/18+ jaar"])
    ('elkaar', 'gekort', 'jaar')
    """
    keys = set()
    for phrase in phrases:
        words = phrase.lower().split()
        plain = [w for w in words if _PLAIN_WORD.fullmatch(w)]
        keys.add(max(reversed(plain or words), key=len))  # a tie: the head, last
    return tuple(sorted(keys))


#: Rules (by identity) → their index (:func:`_index`).
_BY_WORD: dict[int, tuple] = {}


def _examined(rules: tuple[ClauseRule, ...], words: frozenset[str]) -> list[int]:
    """The places of the rules that may match a claim with ``words``, in the rules' order.

    A rule whose predicate and adjective words are plain words is asked only when
    one of them is among the claim's words (:meth:`ClauseRule.may_match`): one
    look-up per word of the claim instead of one test per rule.

    Examples
    --------
    >>> rules = load_rules()
    >>> [rules[i].problem.rsplit("/", 1)[-1] for i in _examined(rules, frozenset({"opgesoupeerd"}))]
    ['budget-pressure']
    """
    kept = _BY_WORD.get(id(rules))
    if kept is None or kept[0] is not rules:
        kept = (rules, *_index(rules))
        _BY_WORD[id(rules)] = kept
    _, by_word, always, by_subject, free = kept
    found = always  # sets of rules as bit masks: bit i is the rule at place i
    for word in words & by_word.keys():
        found |= by_word[word]
    if not found:
        return []
    subject = free  # rules whose subjects are no plain words: asked as before
    for word in words & by_subject.keys():
        subject |= by_subject[word]
    both = found & subject
    places = []
    while both:  # the set bits, lowest (the first rule) first
        low = both & -both
        places.append(low.bit_length() - 1)
        both ^= low
    return places


def _index(rules: tuple[ClauseRule, ...]) -> tuple[dict[str, int], int, dict[str, int], int]:
    """The rules by predicate or adjective word (and those with other words, asked of
    every claim), and by subject word for rules whose subjects are whole plain words
    (and the others): a rule is asked only of a claim holding a word of each side.
    Each set of rules is a bit mask (bit i: the rule at place i), cheap to join."""
    listed: dict[str, list[int]] = {}
    unlisted: list[int] = []
    subjects: dict[str, list[int]] = {}
    free: list[int] = []
    for i, rule in enumerate(rules):
        if rule._other_words is None:
            unlisted.append(i)
        for word in rule._other_words or ():
            listed.setdefault(word, []).append(i)
        if rule._subject_words is None:
            free.append(i)
        for word in rule._subject_words or ():
            subjects.setdefault(word, []).append(i)
    return (
        {w: _mask(found) for w, found in listed.items()},
        _mask(unlisted),
        {w: _mask(found) for w, found in subjects.items()},
        _mask(free),
    )


def _mask(places: list[int]) -> int:
    """The bit mask of rule places: bit i set for place i.

    >>> bin(_mask([0, 2]))
    '0b101'
    """
    return sum(1 << i for i in set(places))


def clause_problems(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[str, int, int]]:
    """The problems ``text[start:end]`` states by subject and predicate, with their spans
    (each problem once, where it is first stated).

    Returns
    -------
    list of (str, int, int)
        The problem IRI and the span from subject to predicate, in text order.

    Examples
    --------
    >>> s = "De tarieven zijn in 2015 verlaagd, en kinderen moeten drie maanden wachten."
    >>> for problem, a, b in clause_problems(s):
    ...     print(problem.rsplit("/", 1)[-1], "|", s[a:b])
    budget-pressure | tarieven zijn in 2015 verlaagd
    waiting-lists | moeten drie maanden wachten
    >>> clause_problems("De tarieven zijn bekend, maar niet verlaagd.")
    []
    """
    seen: set[str] = set()
    out = []
    for m in clause_predicates(text, start, end):
        if m.problem not in seen:  # two rules may read one clause: the problem once
            seen.add(m.problem)
            out.append((m.problem, m.start, m.end))
    return out


def clause_predicates(text: str, start: int = 0, end: int | None = None) -> list[ClauseMatch]:
    """Like :func:`clause_problems`, with where the predicate starts and negation may stand.

    A negation is read before the predicate, not inside it: "onvoldoende" in
    "de capaciteit is onvoldoende" states the shortage and denies nothing.

    Examples
    --------
    >>> s = "De capaciteit is onvoldoende."
    >>> [(m.problem.rsplit("/", 1)[-1], s[m.predicate : m.end]) for m in clause_predicates(s)]
    [('capacity-shortage', 'onvoldoende')]
    >>> s = "Er is geen ruimte voor vernieuwing."
    >>> [s[m.negation_from : m.predicate] for m in clause_predicates(s)]
    [' ']
    """
    end = len(text) if end is None else end
    low = lowered(text)
    if low is None:  # str.lower reads the text apart from the patterns: the claim alone
        piece = text[start:end].lower()
        words = claim_words(piece)
    else:  # the document's lower case and runs of word characters, read once
        piece = low[start:end]
        words = _run_words(text, start, end)
    rules = load_rules()
    found = []
    for rule in (rules[i] for i in _examined(rules, words)):
        if not rule.may_match(piece, words):
            continue
        if low is None or rule.lowered is None:
            m = rule.pattern.search(text, start, end)
        else:
            m = search_lowered(rule.lowered, text, start, end)  # where a subject may begin
        if m is not None:
            found.append(_clause_match(rule, m))
    if not (_PRONOUNS.isdisjoint(words) and _RELATIVES.isdisjoint(words)):
        joints = _joints(piece)  # only where a pronoun or a relative stands: a plain test
        if joints:
            found += _across(start, piece, words, {m.problem for m in found}, joints)
    if piece.count(",") > 1:  # a source inserted between two commas ("is, zo meldt X, verlaagd")
        cut = [(a, [(a, b)]) for a, b in asides(piece)]
        if cut:
            found += _across(start, piece, words, {m.problem for m in found}, cut)
    spent = spent_reserve(text, start, end, words) or exhausted_reserve(text, start, end, words)
    if spent is not None and not any(m.problem == _OVERRUN for m in found):
        found.append(ClauseMatch(_OVERRUN, *spent, None))  # "is binnen drie jaar op"
    if len(found) > 1 and any(m.problem == _POOLING for m in found):
        # "de risico's van dure plaatsingen delen": the expensive care is what is pooled
        found = [m for m in found if not (m.problem == _RISING and m.predicate == m.start)]
    if len(found) > 1:
        found = _spent_reserve(found)
    return sorted(found, key=lambda x: (x.start, x.problem))


def _spent_reserve(found: list[ClauseMatch]) -> list[ClauseMatch]:
    """The matches without a budget pressure said of the subject a deficit is said of.

    "De reserve is gedaald … en is binnen drie jaar op": the reserve that shrinks and runs
    empty is the deficits drawn on it (tests/gold/README.md, thirty-eighth session's
    settlement, point 4), not also a shrinking budget.

    Examples
    --------
    >>> from kg.namespaces import CONCEPT
    >>> m = ClauseMatch(CONCEPT + "problem/budget-pressure", 3, 20, 27, None)
    >>> n = ClauseMatch(CONCEPT + "problem/budget-overrun", 3, 40, 60, None)
    >>> [x.problem.rsplit("/", 1)[-1] for x in _spent_reserve([m, n])]
    ['budget-overrun']
    >>> len(_spent_reserve([m, n._replace(start=30)]))
    2
    """
    overrun = {m.start for m in found if m.problem == _OVERRUN}
    return [m for m in found if not (m.problem == _PRESSURE and m.start in overrun)]


#: Risks or costs shared among municipalities, and expensive care ("dure zorg", read by an
#: adjective before its noun) whose risks or costs they share: its object, not a claim on
#: rising costs of its own.
_POOLING = CONCEPT + "problem/risk-pooling"
_RISING = CONCEPT + "problem/rising-care-costs"
#: A reserve that shrinks (a budget pressure) and runs empty (a deficit) in one clause.
_PRESSURE = CONCEPT + "problem/budget-pressure"
_OVERRUN = CONCEPT + "problem/budget-overrun"


def _clause_match(rule: ClauseRule, m: re.Match[str], shift: int = 0) -> ClauseMatch:
    """The :class:`ClauseMatch` of a rule's match (in a text starting ``shift`` later)."""
    if m.groupdict().get("predicate") is not None:
        word = m.start("predicate")
        own = rule.lack or _negating(m.group("subject"))
        scope = m.end("subject") + shift if own else None
    else:
        word, scope = m.start("adjective"), None
    return ClauseMatch(rule.problem, m.start() + shift, word + shift, m.end() + shift, scope)


def _negating(subject: str) -> bool:
    """Whether a rule's matched subject holds a negator of its own ("nauwelijks" in
    "nauwelijks banen", "onvoldoende" in "onvoldoende capaciteit"): the subject states
    the lack, so only a negation after it denies the problem.

    Examples
    --------
    >>> _negating("nauwelijks"), _negating("niet goed"), _negating("budgetten")
    (True, True, False)
    """
    return not NEGATORS.isdisjoint(subject.lower().split())


#: A second clause whose subject is a personal pronoun that takes up the subject of the
#: clause before: joined by "maar" or "en", the pronoun its first word or its second
#: ("…, maar ze worden …", "…, maar komen ze te laat"), or a subordinate clause that
#: opens with the pronoun ("… pas in beeld als ze al uitgeput zijn"). Read on a lower
#: case piece, right before a pronoun.
_BEFORE_PRONOUN = re.compile(
    r"(?:(?P<joint>(?:,\s+|\b)(?:maar|en))(?:\s+[^\W\d]+)?"
    r"|(?P<opener>\b(?:als|wanneer|omdat|doordat|terwijl|zodat|hoewel|zodra|nadat|voordat)))"
    r"\s+$"
)
_PRONOUNS = frozenset(("ze", "zij", "hij"))
#: A partitive relative clause says its predicate of some of the noun before it
#: ("640 mantelzorgers, van wie 15% zich zwaar belast voelt").
_RELATIVE_OPENERS = (", van wie ", ", waarvan ", ", die ")
_RELATIVES = frozenset(("wie", "waarvan", "die"))


def _joints(piece: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Where a lower-case claim goes on in a clause whose subject takes up the one before
    (see :data:`_BEFORE_PRONOUN`, :data:`_RELATIVE_OPENERS`): each joint's start and the
    spans to blank out (the conjunction and the pronoun, or the relative pronoun).

    >>> s = "adviezen worden gelezen, maar komen ze te laat."
    >>> [[s[a:b] for a, b in spans] for _, spans in _joints(s)]
    [[', maar', 'ze']]
    >>> _joints("ze komen te laat.")
    []
    """
    out = []
    for pronoun in _PRONOUNS:
        at = piece.find(" " + pronoun)
        while at >= 0:
            end = at + 1 + len(pronoun)
            if end == len(piece) or not piece[end].isalnum():
                m = _BEFORE_PRONOUN.search(piece, max(0, at - 40), at + 1)
                if m is not None:
                    group = "joint" if m.group("joint") else "opener"
                    out.append((m.start(group), [m.span(group), (at + 1, end)]))
            at = piece.find(" " + pronoun, end)
    for opener in _RELATIVE_OPENERS:
        at = piece.find(opener)
        while at >= 0:
            out.append((at, [(at, at + len(opener) - 1)]))
            at = piece.find(opener, at + 1)
    return sorted(out)


def _across(
    start: int,
    piece: str,
    words: frozenset[str],
    seen: set[str],
    joints: list[tuple[int, list[tuple[int, int]]]],
) -> list[ClauseMatch]:
    """The problems stated by a subject in one clause and a predicate in a second clause
    whose pronoun subject takes it up, or in a partitive relative clause after it
    (the ``joints`` of :func:`_joints`), that no clause states alone.

    The conjunction and the pronoun are blanked out (same length, offsets kept: the
    pronoun stands for the subject before) and the rules are asked again.

    Examples
    --------
    >>> s = "Adviezen worden wel gelezen, maar komen ze te laat."
    >>> [(m.problem.rsplit("/", 1)[-1], s[m.predicate : m.end]) for m in clause_predicates(s)]
    [('democratic-deficit', 'te laat')]
    >>> clause_predicates("Adviezen worden gelezen, maar het besluit komt te laat.")
    []
    >>> s = "Mantelzorgers melden zich vaak pas als ze al uitgeput zijn."
    >>> [m.problem.rsplit("/", 1)[-1] for m in clause_predicates(s)]
    ['informal-carer-overload']
    >>> s = "Het steunpunt telt 640 mantelzorgers, van wie 15% zich zwaar belast voelt."
    >>> [m.problem.rsplit("/", 1)[-1] for m in clause_predicates(s)]
    ['informal-carer-overload']
    """
    blank = piece
    for _, cut in joints:
        for a, b in cut:
            blank = blank[:a] + " " * (b - a) + blank[b:]
    after = claim_words(piece[joints[0][0] :])  # a predicate stands after a joint
    out = []
    rules = load_rules()
    for rule in (rules[i] for i in _examined(rules, words)):
        others = rule._other_words
        if rule.problem in seen or (others is not None and others.isdisjoint(after)):
            continue
        if not rule.may_match(piece, words):
            continue
        m = (rule.lowered or rule.pattern).search(blank)
        if m is not None and any(m.start() < at < m.end() for at, _ in joints):
            out.append(_clause_match(rule, m, start))
            seen.add(rule.problem)
    return out
