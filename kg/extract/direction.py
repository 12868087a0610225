"""Direction of a quantity: a level or change judged by what is good to have high.

"Een hoge redzaamheid" is good news and "een hoog zorggebruik" bad: the
judgement lies in the quantity crossed with its direction, not in a word of
approval. ``kg/data/quantity-direction.toml`` lists the quantities good or bad
to have high (with its sources) and the words that say high or low; this
module pairs, within one clause, each quantity with the nearest direction word
no more than :data:`WINDOW` words away (a phrase of a figure, "in 2016", "met 7%", not
counted) and returns the pair's sign.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from kg.extract import insertedsources
from kg.extract import negation as neg
from kg.extract.sentencecache import table

#: The word of a token of :func:`kg.extract.negation.words`.
_WORD_OF = itemgetter(2)

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "quantity-direction.toml"
#: Most words between a quantity and its direction word.
WINDOW = 6
#: Shortest entry that also matches as the head of a compound.
COMPOUND_HEAD = 7


@dataclass(frozen=True)
class Directions:
    """The word lists of the data file.

    Attributes
    ----------
    quantities : dict of str to int
        Quantity word → +1 (good to have high) or -1 (bad to have high).
    levels : dict of str to int
        Direction word → +1 (high, rising) or -1 (low, falling).
    references : dict of str to int
        "boven" (+1) and "onder" (-1): count before a reference word only.
    reference_words : tuple of str
        Openings of the reference words ("gemiddeld", "landelijk").
    particles : dict of str to int
        "toe" (+1) and "af" (-1): count with a form of :attr:`particle_verbs`.
    particle_verbs : frozenset of str
        Forms of "nemen".
    """

    quantities: dict[str, int]
    levels: dict[str, int]
    references: dict[str, int]
    reference_words: tuple[str, ...]
    particles: dict[str, int]
    particle_verbs: frozenset[str]


#: Direction words that are determiners of the noun after them ("meer grip op de kosten"):
#: they say the level of that noun, of a quantity only one or two words on ("meer werklozen").
_DETERMINERS = frozenset({"meer", "minder"})
#: Words of a need: "er is meer inzicht nodig" says the quantity is short now, not that it is
#: high, so in their clause "meer" and "minder" judge nothing.
_NEEDS = frozenset({"nodig", "noodzakelijk", "gewenst", "wenselijk", "vereist"})


@lru_cache(maxsize=4)
def load(path: str | Path = DATA_FILE) -> Directions:
    """Read the quantity and direction lists.

    Examples
    --------
    >>> d = load()
    >>> d.quantities["gezondheid"], d.quantities["werkloosheid"], d.levels["daalt"]
    (1, -1, -1)
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    q, dr = data["quantities"], data["directions"]

    def signed(high: list[str], low: list[str]) -> dict[str, int]:
        return {**{w: 1 for w in high}, **{w: -1 for w in low}}

    return Directions(
        quantities=signed(q["good_high"], q["bad_high"]),
        levels=signed(dr["high"], dr["low"]),
        references=signed(dr["above"], dr["below"]),
        reference_words=tuple(dr["references"]),
        particles=signed(dr["rise_particles"], dr["fall_particles"]),
        particle_verbs=frozenset(dr["particle_verbs"]),
    )


def _quantity(word: str, d: Directions) -> int:
    """The sign of a quantity word, its compound head counted (0: no quantity).

    Examples
    --------
    >>> _quantity("jeugdwerkloosheid", load()), _quantity("toezicht", load())
    (-1, 0)
    """
    if word in d.quantities:
        return d.quantities[word]
    key = (id(d), word)
    sign = _SIGNS.get(key)
    if sign is None:
        # the first entry (in the file's order) that ends the word: those that end as it does
        heads = _compound_heads(d).get(word[-COMPOUND_HEAD:], ())  # (most words: none)
        sign = _SIGNS[key] = next((s for entry, s in heads if word.endswith(entry)), 0)
    return sign


#: (word list id, word) → the sign of a word not in the list itself (per document).
_SIGNS: dict[tuple[int, str], int] = table()


def quantity_sign(word: str) -> int:
    """The sign of a quantity word of the default list, its compound head counted.

    Examples
    --------
    >>> quantity_sign("Jeugdwerkloosheid"), quantity_sign("gezondheid"), quantity_sign("raad")
    (-1, 1, 0)
    """
    return _quantity(word.lower(), load())


_HEADS: dict[int, tuple[Directions, dict[str, list[tuple[str, int]]]]] = {}
_CUED: dict[int, tuple[Directions, frozenset[str]]] = {}


def _cued(d: Directions) -> frozenset[str]:
    """The direction words of a word list (levels, references, particles), built once."""
    kept = _CUED.get(id(d))
    if kept is None or kept[0] is not d:
        cued = d.levels.keys() | d.references.keys() | d.particles.keys()
        kept = _CUED[id(d)] = (d, frozenset(cued))
    return kept[1]


def _compound_heads(d: Directions) -> dict[str, list[tuple[str, int]]]:
    """Quantity entries long enough to head a compound, by their last
    :data:`COMPOUND_HEAD` letters → (entry, sign), in the list's order: an entry ends a
    word only if the word ends in those letters.

    Built once per word list (its key is the list's identity, kept alive with it).

    Examples
    --------
    >>> _compound_heads(load())["oosheid"][:1]
    [('werkloosheid', -1)]
    """
    kept = _HEADS.get(id(d))
    if kept is None or kept[0] is not d:
        heads: dict[str, list[tuple[str, int]]] = {}
        for entry, sign in d.quantities.items():
            if len(entry) >= COMPOUND_HEAD:
                heads.setdefault(entry[-COMPOUND_HEAD:], []).append((entry, sign))
        kept = _HEADS[id(d)] = (d, heads)
    return kept[1]


def _levels(tokens: Sequence[tuple[int, int, str]], d: Directions) -> list[tuple[int, int]]:
    """(token index, sign) of the clause's direction words."""
    verbs = not d.particle_verbs.isdisjoint(map(_WORD_OF, tokens))
    found = []
    for i, (_a, _b, w) in enumerate(tokens):
        if w in d.levels:
            found.append((i, d.levels[w]))
        elif w in d.references:
            after = [t[2] for t in tokens[i + 1 : i + 4]]
            if any(a.startswith(d.reference_words) for a in after):
                found.append((i, d.references[w]))
        elif w in d.particles and verbs:
            found.append((i, d.particles[w]))
    return found


def _before_instead(
    tokens: Sequence[tuple[int, int, str]], levels: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The direction words before an "in plaats van" (the alternative not chosen) of the clause.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "De bureaucratie is toegenomen in plaats van afgenomen."
    >>> tokens = neg.words(s, 0, len(s))
    >>> _before_instead(tokens, [(3, 1), (7, -1)])
    [(3, 1)]
    """
    words = list(map(_WORD_OF, tokens))
    for k in range(1, len(words) - 1):
        if words[k] == "plaats" and words[k - 1] == "in" and words[k + 1] == "van":
            return [(j, s) for j, s in levels if j < k]
    return levels


def judged_levels(
    text: str, start: int, end: int, d: Directions | None = None
) -> list[tuple[int, int, int]]:
    """The quantities judged by a direction in ``text[start:end]``: (start, end, sign).

    The span runs from the first to the last of the quantity and its direction
    word; the sign is +1 when a good quantity is high or a bad one low, -1 the
    other way round. Negation is left to the caller (the tone's scope rules).

    Examples
    --------
    >>> s = "De ervaren gezondheid ligt iets onder het landelijk gemiddelde."
    >>> [(s[a:b], sign) for a, b, sign in judged_levels(s, 0, len(s))]
    [('gezondheid ligt iets onder', -1)]
    >>> s = "Het aantal werklozen is gedaald en het zicht op gezinnen neemt toe."
    >>> [(s[a:b], sign) for a, b, sign in judged_levels(s, 0, len(s))]
    [('werklozen is gedaald', 1), ('zicht op gezinnen neemt toe', 1)]
    >>> judged_levels("Het toezicht neemt toe.", 0, 23)
    []
    >>> judged_levels("De raad Werk en Inkomen ziet meer aanvragen.", 0, 44)
    []
    >>> judged_levels("Zij hebben meer grip op de kosten.", 0, 34)
    []
    >>> judged_levels("Er is meer inzicht nodig in de kosten.", 0, 38)
    []
    >>> judged_levels("De voorzieningen in de kleine kernen staan onder druk.", 0, 54)
    []
    >>> s = "De werkloosheid is niet gedaald."
    >>> [sign for _, _, sign in judged_levels(s, 0, len(s))]
    [-1]
    """
    d = d or load()
    found: list[tuple[int, int, int]] = []
    cued = _cued(d)
    if cued.isdisjoint(map(_WORD_OF, neg.words(text, start, end))):
        return found  # no direction word: nothing to pair (most claims)
    reach = WINDOW + 1
    quantities = d.quantities
    # an attribution between commas ("is, zo meldt de controller, verlaagd") ends no clause
    spans = neg.clauses(text, start, end)  # an insertion stands between two other clauses
    spans, inserted = insertedsources.joined(text, spans) if len(spans) > 2 else (spans, [])
    for clause in _predicative_joined(text, spans, d):
        tokens = neg.words(text, *clause)
        if inserted:
            tokens = insertedsources.outside(tokens, inserted)
        if cued.isdisjoint(map(_WORD_OF, tokens)):
            continue  # no direction word in the clause (most clauses): no level to read
        levels, before_noun = _clause_levels(text, tokens, d)
        # only a token within reach of a direction word can be judged by one (figures aside)
        count, wide = len(tokens), reach + _figures(tokens) + _attributions(tokens)
        within = {i for j, _ in levels for i in range(max(0, j - wide), min(count, j + wide + 1))}
        for i in sorted(within):
            a, _b, w = tokens[i]
            if i and (text[a].isupper() or tokens[i - 1][2] == "onder"):
                continue  # a capital marks a name ("cliëntenraad Werk en …"); "onder druk"
            sign = quantities.get(w)
            if sign is None:  # a compound may end in an entry: not a word too short for one
                sign = _quantity(w, d) if len(w) >= COMPOUND_HEAD else 0
            if not sign:
                continue
            near = [
                (abs(j - i), j, s)
                for j, s in levels
                if j != i
                and (abs(j - i) <= reach or _gap(tokens, i, j) <= reach)
                and (tokens[j][2] not in _DETERMINERS or 0 < i - j <= 2)
                and (i > j or j not in before_noun)
            ]
            if not near:  # the one direction word in reach is the token itself
                continue
            _, j, level = min(near)
            lo, hi = min(i, j), max(i, j)
            # a negator between the two turns the level ("is niet gedaald"); one
            # before the span is left to the caller's scope rules
            if any(t[2] in neg.NEGATORS for t in tokens[lo + 1 : hi]):
                level = -level
            found.append(
                (_span_start(text, tokens[lo : hi + 1], inserted), tokens[hi][1], sign * level)
            )
    return sorted(set(found + _resumed(text, neg.clauses(text, start, end), d)))


#: Prepositions that open a phrase of a figure ("in 2016", "met 7%", "sinds 2014").
_FIGURE_PREPOSITIONS = frozenset(
    {
        "in", "voor", "met", "sinds", "tot", "van", "naar", "tussen", "rond", "per", "vanaf",
        "op", "binnen",
    }
)  # fmt: skip
#: Number words and units of time that make a span of time written in words ("in een jaar",
#: "binnen twee maanden"): an adjunct of time, like "in 2016".
_NUMBER_WORDS = frozenset(
    {"een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"}
)
_TIME_UNITS = frozenset(
    {"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "kwartaal"}
)


def _figures(tokens: Sequence[tuple[int, int, str]]) -> int:
    """How many tokens of the clause are figures (a year, an amount, a percentage, a span
    of time in words) or the preposition that opens one ("in 2016", "met 7%", "in een
    jaar").

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "De caseload is in twee jaar met 10% gestegen."
    >>> _figures(neg.words(s, 0, len(s)))
    5
    >>> s = "De caseload is een probleem voor het jaar."
    >>> _figures(neg.words(s, 0, len(s)))
    0
    """
    words = [t[2] for t in tokens]
    n, before = 0, False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        figure = (
            w[:1].isdigit()
            or (w in _TIME_UNITS and k > 0 and words[k - 1] in _NUMBER_WORDS)
            or (w in _NUMBER_WORDS and k + 1 < len(words) and words[k + 1] in _TIME_UNITS)
        )
        n += figure or (before and w in _FIGURE_PREPOSITIONS)
        before = figure
    return n


def _gap(tokens: Sequence[tuple[int, int, str]], i: int, j: int) -> int:
    """The words between tokens ``i`` and ``j`` and ``j`` itself, phrases of figures and
    attributions not counted.

    A year or an amount with its preposition ("in 2016 met 7% verlaagd") is an adjunct
    that Dutch puts in the middle field between the subject and the participle; it does
    not set the quantity further from its change than a word does. Nor does the source
    of what is reported set there without commas ("ligt volgens de GGD onder het
    gemiddelde": :func:`_attributions`).

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "Het budget is in 2016 met 7% verlaagd."
    >>> tokens = neg.words(s, 0, len(s))
    >>> _gap(tokens, 1, 7), _gap(tokens, 7, 1)
    (2, 2)
    >>> s = "De gezondheid ligt volgens de GGD iets onder het landelijk gemiddelde."
    >>> _gap(neg.words(s, 0, len(s)), 1, 7)
    3
    """
    lo, hi = min(i, j), max(i, j)
    between = tokens[lo + 1 : hi]
    return hi - lo - _figures(between) - _attributions(between)


#: Words after "volgens" that open a longer source ("volgens de GGD", "volgens hun cijfers").
_SOURCE_DETERMINERS = frozenset({"de", "het", "een", "hun", "haar", "zijn", "onze", "die"})


def _attributions(tokens: Sequence[tuple[int, int, str]]) -> int:
    """How many tokens are an attribution with "volgens" set in the middle field without
    commas ("volgens hen", "volgens ambtenaren", "volgens de GGD"): "volgens", a
    determiner if any and one word (General Dutch: "volgens" as "naar het zeggen van",
    Van Dale "volgens" 2). Those set between commas are joined by
    :mod:`kg.extract.insertedsources`.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "ligt volgens de GGD iets onder en volgens hen hoger"
    >>> _attributions(neg.words(s, 0, len(s)))
    5
    """
    n = 0
    for k, (_a, _b, w) in enumerate(tokens):
        if w == "volgens" and k + 1 < len(tokens):
            n += 2 + (tokens[k + 1][2] in _SOURCE_DETERMINERS and k + 2 < len(tokens))
    return n


def _clause_levels(
    text: str, tokens: Sequence[tuple[int, int, str]], d: Directions
) -> tuple[list[tuple[int, int]], set[int]]:
    """(index, sign) of the clause's direction words that may judge a quantity, and the
    indices of those that are attributive adjectives ("tekort aan kleine woningen")."""
    levels = _levels(tokens, d)
    if not _NEEDS.isdisjoint(map(_WORD_OF, tokens)):  # "er is meer zicht nodig"
        levels = [(j, s) for j, s in levels if tokens[j][2] not in _DETERMINERS]
    if "plaats" in map(_WORD_OF, tokens):  # "toegenomen in plaats van afgenomen"
        levels = _before_instead(tokens, levels)
    return levels, _attributives(text, tokens, levels)


def _span_start(
    text: str, tokens: Sequence[tuple[int, int, str]], inserted: list[tuple[int, int]]
) -> int:
    """Where the span of a quantity and its direction word (``tokens``, the first to the
    last) starts: after a comma of a joined relative clause (:func:`_after_comma`) and
    after an inserted attribution (:func:`kg.extract.insertedsources.after`)."""
    first = _after_comma(text, tokens[:-1]) if len(tokens) > 1 else tokens[0][0]
    return insertedsources.after(first, tuple(tokens), inserted)


#: Words that open a clause of its own, not the rest of a main clause a relative clause
#: interrupted (coordinating and subordinating conjunctions, relative pronouns).
_OPENERS = frozenset(
    {"en", "maar", "of", "want", "dus", "omdat", "terwijl", "dat", "die", "als", "wanneer",
     "doordat", "zodat", "hoewel", "toen", "nadat", "voordat", "waardoor", "waarmee", "wat"}
)  # fmt: skip


def _resumed(text: str, spans: list[tuple[int, int]], d: Directions) -> list[tuple[int, int, int]]:
    """Levels of a quantity whose clause a relative clause interrupts: "de caseload, die in
    2015 nog rond de 45 lag, inmiddels is opgelopen tot 60" (the main clause resumes after
    the relative clause's comma with its verb). The span runs from the resumed part's first
    word to its direction word (within :data:`WINDOW` words).

    Examples
    --------
    >>> s = "Hij zegt dat de caseload, die in 2015 rond de 45 lag, inmiddels is opgelopen."
    >>> from kg.extract import negation as neg
    >>> [(s[a:b], sign) for a, b, sign in _resumed(s, neg.clauses(s, 0, len(s)), load())]
    [('inmiddels is opgelopen', -1)]
    """
    found = []
    for k in range(2, len(spans)):
        opening = neg.words(text, *spans[k - 1])[:1]
        if not opening or opening[0][2] not in _RELATIVES:
            continue  # most clauses: no relative clause before
        if "," not in text[spans[k - 1][1] : spans[k][0] + 1] or not _ends_on_quantity(
            text, spans[k - 2], d
        ):
            continue
        tokens = neg.words(text, *spans[k])
        if not tokens or tokens[0][2] in _OPENERS or any(_quantity(t[2], d) for t in tokens):
            continue  # a clause of its own, or one with a quantity of its own
        levels = [(j, s) for j, s in _levels(tokens, d) if j <= WINDOW]
        levels = [(j, s) for j, s in levels if tokens[j][2] not in _DETERMINERS]
        if not levels:
            continue
        j, level = levels[0]
        if any(t[2] in neg.NEGATORS for t in tokens[:j]):
            level = -level
        sign = _quantity(neg.words(text, *spans[k - 2])[-1][2], d)
        found.append((tokens[0][0], tokens[j][1], sign * level))
    return found


def _after_comma(text: str, tokens: Sequence[tuple[int, int, str]]) -> int:
    """Where a level's cue starts: at its first token, or, when a relative clause was joined
    to its quantity (:func:`_predicative_joined`), at the relative clause's first word after
    the comma ("die in 2015 opliep"): one clause's words, as a cue's phrase must be.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "de caseload, die opliep"
    >>> s[_after_comma(s, neg.words(s, 0, len(s))[1:4])]
    'd'
    """
    first = tokens[0][0]
    comma = text.rfind(", ", first, tokens[-1][1])  # not the comma of a figure ("3,2")
    return first if comma < 0 else next((t[0] for t in tokens if t[0] > comma), first)


def _predicative_joined(
    text: str, spans: list[tuple[int, int]], d: Directions
) -> list[tuple[int, int]]:
    """``spans`` with a clause that opens with "als" + a direction word joined to the one
    before: a predicative "als" ("de afstand wordt als groot ervaren", "zien de wachttijd
    als lang") names the level of a quantity in the clause before, not a new clause; so
    does a relative clause after a quantity ("de caseload, die in 2015 opliep tot 55"),
    whose pronoun stands for it.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "Inwoners zeggen dat de afstand tot het loket als groot wordt ervaren."
    >>> [s[a:b] for a, b in _predicative_joined(s, neg.clauses(s, 0, len(s)), load())][-1]
    'dat de afstand tot het loket als groot wordt ervaren.'
    >>> s = "Zij wijzen op de caseload, die in 2015 opliep tot 50."
    >>> [s[a:b] for a, b in _predicative_joined(s, neg.clauses(s, 0, len(s)), load())]
    ['Zij wijzen op de caseload, die in 2015 opliep tot 50.']
    """
    if len(spans) < 2:
        return spans
    joined = [spans[0]]
    for clause in spans[1:]:
        found = neg.words(text, *clause)[:2]
        if len(found) == 2 and found[0][2] == "als" and found[1][2] in d.levels:
            joined[-1] = (joined[-1][0], clause[1])
        elif found and found[0][2] in _RELATIVES and _ends_on_quantity(text, joined[-1], d):
            joined[-1] = (joined[-1][0], clause[1])  # "de caseload, die in 2015 opliep"
        else:
            joined.append(clause)
    return joined


#: Relative pronouns that open a clause about the noun before its comma.
_RELATIVES = frozenset({"die", "dat"})


def _ends_on_quantity(text: str, clause: tuple[int, int], d: Directions) -> bool:
    """Whether the clause's last word is a quantity of the data file ("… de caseload")."""
    found = neg.words(text, *clause)
    return bool(found) and _quantity(found[-1][2], d) != 0


def _attributives(
    text: str, tokens: Sequence[tuple[int, int, str]], levels: list[tuple[int, int]]
) -> set[int]:
    """The indices of the level words of a clause that are attributive (:func:`_attributive`)."""
    return {j for j, _ in levels if tokens[j][2][-1] == "e" and _attributive(text, tokens, j)}


def _attributive(text: str, tokens: Sequence[tuple[int, int, str]], j: int) -> bool:
    """Whether the direction word ``tokens[j]`` is an inflected adjective before a noun.

    Dutch inflects an adjective (``-e``) before the noun it qualifies and leaves a
    predicate bare ("de werkloosheid is hoog"), so "kleine" in "het tekort aan kleine
    woningen" qualifies "woningen", not the quantity before it; a superlative ("de
    hoogste") and a comparative before "dan" are left as they are.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "het tekort aan kleine woningen, de hogere kosten dan gedacht"
    >>> tokens = neg.words(s, 0, len(s))
    >>> [_attributive(s, tokens, k) for k in (3, 7)]
    [True, False]
    >>> s = "het aantal uitzettingen daalde van 31 naar 12"
    >>> _attributive(s, neg.words(s, 0, len(s)), 3)
    False
    """
    word = tokens[j][2]
    if not word.endswith("e") or word.endswith("ste") or j + 1 >= len(tokens):
        return False
    if word.endswith("de") and not word.endswith("nde"):
        return False  # a weak verb's past tense ("daalde van 31 naar 12"), no adjective
    nxt = tokens[j + 1]
    # "hogere dan", "hoge, …": no noun right after it
    return not (nxt[2] in _NOT_NOUNS or text[tokens[j][1] : nxt[0]].strip())


#: Words after an inflected adjective that are no noun it qualifies.
_NOT_NOUNS = frozenset({"dan", "als", "en", "of", "is", "zijn", "was", "waren"})
