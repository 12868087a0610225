"""Tone cues whose words stand apart: separable verbs and predicative adjectives.

A two-word tone cue of a separable verb ("valt tegen", "werkt samen") also
speaks when Dutch word order splits it ("valt het eerste jaar tegen"), and an
attributive cue ("korte lijnen") when its adjective is the noun's predicate
("de lijnen met de huisartsen zijn kort"). :func:`separable_verbs` files such
cues by their first word once per lexicon; :func:`separated_cues` finds them in
a claim, clause by clause, asked only of a claim that :func:`may_separate` lets
through (moved here from :mod:`kg.extract.findings`). Split out of
:mod:`kg.extract.tone`, which scores the cues found.
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract import negation as neg
from kg.extract.toneframes import Cue
from kg.extract.wordgate import WordSets

#: Copulas and finite auxiliaries: a judgement after one is the clause's predicate.
COPULAS = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "bleef", "bleven", "lijkt", "lijken", "leek", "leken", "blijkt", "bleek", "heeft",
     "hebben", "had", "hadden", "raakt", "raken", "raakte"}
)  # fmt: skip


#: Particles of Dutch separable verbs: "valt tegen" is also "valt het tegen" ("lopen de
#: ervaringen uiteen", "zit in de winter vol").
PARTICLES = frozenset(
    {"samen", "mee", "tegen", "achter", "op", "bij", "tekort", "vooruit", "achteruit", "af", "toe",
     "weg", "uit", "in", "door", "uiteen", "vol"}
)  # fmt: skip
_SIGNS = {"positive": 1, "negative": -1, "mixed": 0}
#: Words that may follow a separated particle at the end of the clause: a
#: comparison ("werken meer samen dan voorheen") or a prepositional phrase, which
#: Dutch places after the particle ("samen met …", "wijkt sterk af van …").
_AFTER_PARTICLE = frozenset(
    {"dan", "met", "van", "bij", "aan", "op", "voor", "naar", "tot", "in", "door", "om"}
)


def separable_verbs(entries) -> dict[str, list[tuple[str, int]]]:  # noqa: ANN001
    """The two-word tone cues of separable verbs: verb → [(particle, sign)].

    Computed once per lexicon (:class:`kg.extract.Lexicon` keeps it), not per claim.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> separable_verbs([LexiconEntry("valt tegen", "x/negative", "polarity", "hiddenLabel"),
    ...                  LexiconEntry("goed", "x/positive", "polarity", "prefLabel")])
    {'valt': [('tegen', -1)]}
    """
    verbs: dict[str, list[tuple[str, int]]] = {}
    for entry in entries:
        parts = entry.label.lower().split()
        sign = _SIGNS.get(entry.iri.rsplit("/", 1)[-1])
        if len(parts) == 2 and parts[1] in PARTICLES and sign is not None:
            verbs.setdefault(parts[0], []).append((parts[1], sign))
        elif len(parts) == 2 and sign is not None and (stem := predicative(parts[0])):
            verbs.setdefault(parts[1], []).append((stem, sign))  # "de lijnen zijn kort"
        elif len(parts) == 2 and sign is not None and object_and_participle(parts):
            verbs.setdefault(parts[0], []).append((parts[1], sign))  # "de doelen … gehaald"
    return verbs


#: Words before a participle in a two-word cue that are no object of it: adverbs of degree,
#: manner and time, pronouns and auxiliaries ("veel bereikt", "snel geschakeld", "zich
#: gehoord", "wordt geluisterd", "deels gelukt").
_NOT_OBJECTS = frozenset(
    {"veel", "snel", "extra", "zich", "ons", "me", "mij", "hen", "wordt", "worden", "werd",
     "is", "zijn", "was", "waren", "hard", "eerder", "vroeg", "vroegtijdig", "tijdig", "laat",
     "deels", "gedeeltelijk", "grotendeels", "redelijk", "breed", "onderling", "verder", "uit",
     "goed", "slecht", "niet", "nooit", "al", "nog", "pas", "te", "zeer", "erg", "heel"}
)  # fmt: skip
#: The prefixes of Dutch past participles.
_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


def object_and_participle(parts: list[str]) -> bool:
    """Whether a two-word cue is an object and the past participle of its verb ("doelen
    gehaald", "stappen gezet", "zorgen geuit").

    Dutch puts the auxiliary of the perfect and the passive, and any adverbs, between them
    ("de gemeente heeft de doelen dit jaar gehaald"), with the participle closing the clause
    as a separated particle does; :func:`separated_cues` finds them so.

    Examples
    --------
    >>> object_and_participle(["doelen", "gehaald"]), object_and_participle(["stappen", "gezet"])
    (True, True)
    >>> object_and_participle(["veel", "bereikt"]), object_and_participle(["valt", "tegen"])
    (False, False)
    """
    first, last = parts
    return (
        first not in _NOT_OBJECTS
        and first.isalpha()
        and last.startswith(_PARTICIPLE_PREFIXES)
        and last.endswith(("d", "t"))
        and len(last) >= 5
    )


#: Inflected words before a noun that are no adjectives of quality: ordinals, "andere".
_NOT_QUALITY = frozenset({"andere", "eerste", "tweede", "derde", "vierde", "laatste"})


def predicative(adjective: str) -> str | None:
    """The predicative form of an inflected adjective ("korte" → "kort"), or None.

    A tone cue of an inflected adjective and its noun ("korte lijnen", "nauwe
    samenwerking", "grote zorgen") says the same when the adjective is the
    predicate of the noun ("de lijnen met de huisartsen zijn kort"). The form is
    the word's lemma; a word whose lemma is a verb ("kampte" of "kampte met",
    "verdeelde") or that is no adjective of quality (an ordinal, "andere") has
    none. :func:`separable_verbs` files the noun with that form, so
    :func:`separated_cues` finds the predicate closing the clause after the noun,
    as it finds a verb's separated particle.

    Examples
    --------
    >>> [predicative(w) for w in ("korte", "brede", "kwetsbare", "nauwe", "grote", "dubbele")]
    ['kort', 'breed', 'kwetsbaar', 'nauw', 'groot', 'dubbel']
    >>> [predicative(w) for w in ("extra", "kampte", "tweede", "andere", "grootste")]
    [None, None, None, None, None]
    """
    from kg.extract.mentions import lemma_key  # the lexicon's lemmas; read once per lexicon

    if not adjective.endswith("e") or adjective.endswith("ste") or adjective in _NOT_QUALITY:
        return None  # "grootste zorg": a superlative ranks, "de zorg is groot" is another claim
    stem = lemma_key(adjective)
    return None if stem == adjective or stem.endswith("en") else stem


def separated_cues(
    text: str,
    start: int,
    end: int,
    entries,  # noqa: ANN001
    verbs: dict[str, list[tuple[str, int]]] | None = None,
) -> list[Cue]:
    """Cues of separable verbs split by other words ("valt het eerste jaar tegen").

    A two-word cue whose second word is a verb particle ("valt tegen", "werkt
    samen") also matches when up to six words stand between the verb and the
    particle and the particle closes the clause, where Dutch word order puts a
    separated particle, or only a comparison ("dan voorheen") or a prepositional
    phrase ("met werkgevers", "van de praktijk") follows it. The contiguous
    form is left to the cue matcher. An attributive cue ("korte lijnen") matches
    the same way as its noun and its predicate ("de lijnen ... zijn kort", up to
    ten words apart, also across a noun coordinated by "en"; in a subordinate
    clause a copula may close it: "dat de lijnen kort zijn").

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    entries : iterable of LexiconEntry
        The tone cues (their ``iri`` ends in the polarity).
    verbs : dict, optional
        :func:`separable_verbs` of ``entries``, when already computed.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> e = [LexiconEntry("valt tegen", "x/negative", "polarity", "hiddenLabel")]
    >>> s = "De opkomst valt het eerste jaar tegen."
    >>> [(s[c.start : c.end], c.sign) for c in separated_cues(s, 0, len(s), e)]
    [('valt het eerste jaar tegen', -1)]
    >>> separated_cues("De opkomst valt tegen.", 0, 22, e)
    []
    >>> e = [LexiconEntry("werken samen", "x/positive", "polarity", "hiddenLabel")]
    >>> s = "Aanbieders werken meer samen dan voorheen."
    >>> [s[c.start : c.end] for c in separated_cues(s, 0, len(s), e)]
    ['werken meer samen']
    """
    found = []
    if verbs is None:
        verbs = separable_verbs(entries)
    spans = neg.clauses(text, start, end)
    for n in range(len(spans)):
        if verbs.keys().isdisjoint(map(itemgetter(2), neg.words(text, *spans[n]))):
            continue  # no verb of a cue in the clause: nothing opens a separated cue
        tokens, ends = _with_coordinated(text, spans, n)
        for i, (a, _b, w) in enumerate(tokens[: ends[0]]):
            for particle, sign in verbs.get(w, ()):
                # a predicate may follow a noun coordinated in its subject ("de lijnen tussen
                # het team en de huisartsen zijn kort"); a particle stays in its clause
                if particle in PARTICLES:
                    reach = min(ends[0], i + 8)
                else:
                    reach = min(len(tokens), i + _PREDICATE_REACH)
                # the particle closes the clause, as a separated particle does, or
                # only a comparison or a prepositional phrase follows it ("af van …")
                for k in range(i + 2, reach):
                    stop = next(e for e in ends if e > k)
                    tail = stop - 1 - k
                    after = tokens[k + 1][2] if tail else ""
                    closing = not tail or after in _AFTER_PARTICLE
                    # a subordinate clause puts its finite copula last: "dat de lijnen kort zijn"
                    if tokens[k][2] == particle and (closing or tail == 1 and after in COPULAS):
                        # a negator between verb and particle turns it ("valt niet mee")
                        found.append(
                            Cue(a, tokens[k][1], -sign if _split_by_negator(tokens, i, k) else sign)
                        )
                        break
    return sorted(found, key=lambda c: (c.start, c.end, c.sign))


def _split_by_negator(tokens: tuple, i: int, k: int) -> bool:
    """Whether a negator stands between the verb (token ``i``) and its particle (``k``).

    "Het valt niet mee", "de kosten vallen niet tegen": the scope rules look for a
    negator before a cue, and this one stands inside it. "Niet alleen" adds, "zonder"
    opens a phrase of its own: neither turns the verb.

    Examples
    --------
    >>> t = tuple((n, n + 1, w) for n, w in enumerate("dat valt niet mee".split()))
    >>> _split_by_negator(t, 1, 3), _split_by_negator(t, 0, 1)
    (True, False)
    """
    inside = [w for _a, _b, w in tokens[i + 1 : k]]
    for n, w in enumerate(inside):
        if w in neg.NEGATORS and w != "zonder" and not neg.not_negating(inside[n + 1 :]):
            return True
    return False


#: How far after its noun a predicate may close the clause ("de lijnen tussen het wijkteam
#: en de huisartsen zijn kort": the noun's complement stands between).
_PREDICATE_REACH = 12


def _with_coordinated(text: str, spans: list[tuple[int, int]], n: int) -> tuple[tuple, list[int]]:
    """The words of clause ``n`` and of the clauses after it opened by "en", with their ends.

    Returns the words and, per clause, the index after its last word.

    Examples
    --------
    >>> s = "De lijnen met het team en de huisartsen zijn kort, zegt men."
    >>> spans = neg.clauses(s, 0, len(s))
    >>> tokens, ends = _with_coordinated(s, spans, 0)
    >>> [w for _, _, w in tokens], ends
    (['de', 'lijnen', 'met', 'het', 'team', 'en', 'de', 'huisartsen', 'zijn', 'kort'], [5, 10])
    """
    tokens = neg.words(text, *spans[n])
    ends = [len(tokens)]
    for clause in spans[n + 1 :]:
        more = neg.words(text, *clause)
        if not more or more[0][2] != "en":
            break
        tokens += more
        ends.append(len(tokens))
    return tokens, ends


#: What joins the parts of one word ("Wmo-raad", "zo'n"): a clause may start at such a joint.
_JOINT = re.compile(r"([-’'])")


def may_separate(text: str, start: int, end: int, verbs: dict) -> bool:
    """Whether a verb of the separable-verb cues (``verbs``) and one of its particles
    stand as words in the claim.

    A claim without both has no separated cue: :mod:`kg.extract.findings` then skips
    :func:`separated_cues`, which reads every clause word by word.
    The claim's words are those the clauses are read in
    (:func:`kg.extract.negation.words`); a clause boundary inside a joined word
    ("hand-en-spandiensten") leaves a run of its parts as a word, so those count too.

    Examples
    --------
    >>> verbs = {"valt": [("tegen", -1)]}
    >>> s = "De opkomst Valt tegen. Het uitvalt. Het gaat x-valt-tegen. Het valt mee."
    >>> [may_separate(s, a, b, verbs) for a, b in ((0, 22), (23, 35), (36, 59), (60, len(s)))]
    [True, False, True, False]
    """
    gate = _gate(verbs)
    if gate is not None and not _pair_present(gate, text, start, end):
        return False  # no verb with one of its particles among the claim's parts (most claims)
    found = neg.words(text, start, end)
    words = set(map(itemgetter(2), found))
    if _holds_cue(verbs, words):
        return True
    if _JOINT.search(text, start, end) is None:
        return False  # no joined word: its parts were the words just tested
    for _, _, word in found:
        if "-" in word or "’" in word or "'" in word:
            parts = _JOINT.split(word)  # words and the joints between them
            words.update(
                "".join(parts[i : j + 1])
                for i in range(0, len(parts), 2)
                for j in range(i, len(parts), 2)
            )
    return _holds_cue(verbs, words)


#: Verbs (by identity) → (the verbs, their :func:`_word_gate`), kept alive with the verbs.
_GATES: dict[int, tuple[dict, tuple[WordSets, list[int]] | None]] = {}


def _gate(verbs: dict) -> tuple[WordSets, list[int]] | None:
    """:func:`_word_gate` of ``verbs``, built once per verbs."""
    kept = _GATES.get(id(verbs))
    if kept is None or kept[0] is not verbs:
        kept = _GATES[id(verbs)] = (verbs, _word_gate(verbs))
    return kept[1]


def _word_gate(verbs: dict) -> tuple[WordSets, list[int]] | None:
    """The word sets of the verbs (one each) and then of their particles (one each), with
    the bits of each verb's particles; None when a verb or particle holds a joint.

    A claim's words, with the parts of its joined words, are the parts
    :class:`kg.extract.wordgate.WordSets` reads (a joined word's longer pieces, such as
    "x-valt" of "x-valt-tegen", hold a joint). So a verb and one of its particles without
    a joint among :func:`may_separate`'s words are among those parts: a claim whose parts
    hold no such pair holds no separated cue.

    Examples
    --------
    >>> sets, particles = _word_gate({"valt": [("mee", 1), ("tegen", -1)], "werkt": [("mee", 1)]})
    >>> s = "Het valt tegen."
    >>> sets.present(s, 0, len(s)), particles
    (9, [12, 4])
    """
    names = list(verbs)
    ends = sorted({particle for pairs in verbs.values() for particle, _ in pairs})
    if any(_JOINT.search(word) for word in names + ends):
        return None
    bit = {particle: 1 << (len(names) + i) for i, particle in enumerate(ends)}
    particles = [sum({bit[particle] for particle, _ in verbs[name]}) for name in names]
    return WordSets([*({name} for name in names), *({particle} for particle in ends)]), particles


def _pair_present(gate: tuple[WordSets, list[int]], text: str, start: int, end: int) -> bool:
    """Whether the parts of ``text[start:end]`` hold a verb of the gate with one of its
    particles (:func:`_word_gate`)."""
    sets, particles = gate
    bits = sets.present(text, start, end)
    verbs = bits & ((1 << len(particles)) - 1)
    while verbs:  # the verbs present, lowest bit first (a claim holds few)
        low = verbs & -verbs
        if bits & particles[low.bit_length() - 1]:
            return True
        verbs ^= low
    return False


def _holds_cue(verbs: dict, words: set[str]) -> bool:
    """Whether ``words`` hold a verb of ``verbs`` and one of its particles (set tests).

    The claim's few words are looked up among the verbs: ``dict.keys() & set`` iterates
    the smaller side, here the claim's words.
    """
    return any(
        any(particle in words for particle, _ in verbs[word]) for word in verbs.keys() & words
    )
