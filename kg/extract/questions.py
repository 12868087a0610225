"""Questions and turns between the clauses of a claim, for :mod:`kg.extract.tone`.

Indirect question
    A clause opened by "of" right after a word of asking ("het is de vraag of
    …", "de raad vraagt zich af of …", "het is onduidelijk of …") asks whether
    something holds: what it holds is not stated, and neither is a "dat" clause
    that continues it with no punctuation between ("de vraag of dat lukt"). The
    word of asking itself may judge ("onduidelijk", "vraagt zich af").
Denied complement
    A negated verb of meaning before a "dat" clause ("dat betekent niet dat
    …", "het is niet zo dat …") states nothing itself and turns what its "dat"
    clause says (moved here from :mod:`kg.extract.tone`).
Cause
    A clause opened by "doordat" or "omdat" after a judged clause gives the
    cause of that verdict and does not weigh against it.
Opening question
    A sentence that opens with "of" ("Of dat volstaat, moet nog blijken") states
    nothing up to its first comma, colon or semicolon (moved here from
    :mod:`kg.extract.negation`).
Unanswered contrast
    A contrast word that turns against a judgement with no judgement word of its
    own ("huisartsen zijn tevreden, maar missen een aanspreekpunt").

Split out of :mod:`kg.extract.tone`.
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in

#: The word of a token of :func:`kg.extract.negation.words`.
_WORD_OF = itemgetter(2)
#: Words that continue an indirect question in the next clause ("of dat lukt").
_CONTINUING = frozenset({"dat", "die", "wat"})


def asks_whether(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause is an indirect question after a word of asking ("de vraag of …").

    An "of" that joins two options ("overleggen of een pendel") or opens the
    sentence (:func:`opening_question`) does not count.

    Examples
    --------
    >>> s = "Het is de vraag of het lukt."
    >>> asks_whether(s, (s.index("of"), len(s)))
    True
    >>> s = "De vraag is of het lukt."
    >>> asks_whether(s, (s.index("of"), len(s)))
    True
    >>> s = "Van overleggen of een pendel is geen sprake."
    >>> asks_whether(s, (s.index("of "), len(s)))
    False
    """
    head = text[clause[0] : clause[0] + 3].lower()
    if head[:2] != "of" or head[2:].isalnum():
        return False  # most clauses: three characters read
    before = neg.word_before(text, clause[0])
    if before in _IS:  # "de vraag is of …"
        return [w for _, _, w in neg.words(text, max(0, clause[0] - 12), clause[0])][-2:-1] == [
            "vraag"
        ]
    if before in _NOT_KNOWN:  # "weten nog steeds niet of …": a verb of asking, negated
        found = [w for _, _, w in neg.words(text, max(0, clause[0] - 60), clause[0])][-6:-1]
        return not _ASKING_VERBS.isdisjoint(found) and "." not in text[clause[0] - 60 : clause[0]]
    return before in neg.ASKING


#: Negators between a verb of asking and its question ("weet niet of …").
_NOT_KNOWN = frozenset({"niet", "nooit"})
#: The verbs of asking and knowing among :data:`kg.extract.negation.ASKING`.
_ASKING_VERBS = neg.ASKING - {"en", "maar", "dan", "af", "na", "vraag", "twijfel"}
#: Words of a state that goes on: "nog steeds niet weten of …" is a complaint.
_STILL = frozenset({"steeds", "altijd"})


def deferred(
    text: str, clause: tuple[int, int], cues: list, pos: int, neg_: int
) -> tuple[int, int]:
    """The weight of a clause that asks an indirect question ("het valt nog niet te
    zeggen of …"): none, a judgement deferred judges nothing, unless a judgement word of
    its own judges (its weight ``pos``, ``neg_`` stands) or it complains that it is still
    not known ("we weten nog steeds niet of …": negative).

    Examples
    --------
    >>> s = "We weten nog steeds niet "
    >>> deferred(s, (0, len(s)), [], 0, 1), deferred("Het valt niet te zeggen ", (0, 24), [], 0, 1)
    ((0, 1), (0, 0))
    """
    if any(clause[0] <= c.start < clause[1] and c.sign for c in cues):
        return pos, neg_
    found = [w for _, _, w in neg.words(text, *clause)]
    still = any(w == "nog" and found[i + 1 : i + 2] and found[i + 1] in _STILL
                for i, w in enumerate(found))  # fmt: skip
    return (0, 1) if still and not _NOT_KNOWN.isdisjoint(found) else (0, 0)


def questioned(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The clauses (indices into ``spans``) that an indirect question holds.

    Examples
    --------
    >>> s = "Het is maar de vraag of dat goed gaat, zegt de raad."
    >>> spans = neg.clauses(s, 0, len(s))
    >>> [s[spans[i][0] : spans[i][1]] for i in sorted(questioned(s, spans))]
    ['of ', 'dat goed gaat']
    >>> s = "Het loket werkt goed."
    >>> questioned(s, neg.clauses(s, 0, len(s)))
    set()
    """
    found: set[int] = direct(text, spans)
    if not spans or not may_hold_in(text, spans[0][0], spans[-1][1], (" of ",)):
        return found  # no "of" after a word (most claims)
    for i, clause in enumerate(spans):
        if asks_whether(text, clause):
            found.add(i)
        elif i - 1 in found and not text[spans[i - 1][1] : clause[0]].strip():
            words = neg.words(text, *clause)
            if words and words[0][2] in _CONTINUING:
                found.add(i)  # "of dat lukt": the question goes on
    return found


#: Words that open a direct question: interrogatives and finite verbs put first.
QUESTION_OPENERS = frozenset(
    {"wat", "hoe", "wie", "waarom", "wanneer", "welke", "welk", "waar", "hoeveel", "is",
     "zijn", "was", "kan", "kunnen", "moet", "moeten", "wil", "willen", "heeft", "hebben",
     "gaat", "gaan", "wordt", "worden", "zou", "zouden", "mag", "mogen", "draait", "klopt",
     "weet", "weten", "doet", "doen", "blijft", "krijgt", "ligt", "hoort"}
)  # fmt: skip


#: The words a direct question opens with besides :data:`QUESTION_OPENERS`: a preposition
#: before an interrogative ("Met wie …?", "In hoeverre …?", "Op welke manier …?", "Tot
#: wanneer …?").
_PREPOSITIONS = frozenset(
    {"met", "in", "op", "voor", "van", "tot", "door", "naar", "aan", "bij", "uit", "over",
     "om", "tegen", "onder"}
)  # fmt: skip
_INTERROGATIVES = frozenset({"wat", "wie", "welke", "welk", "hoeverre", "wanneer", "hoe", "waar"})
#: Words that open with "waar" or "hoe" and ask nothing ("Hoewel …", "Waarschijnlijk …").
_NO_QUESTION = frozenset({"hoewel", "waarschijnlijk", "waarbij", "waarna"})
#: The words after a finite verb that opens a yes/no question: an article, a demonstrative
#: or a personal pronoun ("Werkt de toegang?", "Lukt het?", "Helpen zij …?").
_SUBJECT_OPENERS = frozenset(
    {"de", "het", "een", "er", "die", "dit", "deze", "dat", "zij", "ze", "hij", "men", "u",
     "je", "jij", "we", "wij", "jullie", "inwoners", "ouders", "cliënten"}
)  # fmt: skip


def opens_question(text: str) -> bool:
    """Whether a sentence that ends with a question mark is a direct question of its own: it
    opens with an interrogative (:data:`QUESTION_OPENERS`, a compound of "waar" or "hoe":
    "Waarmee …?", "Hoelang …?"), a preposition before an interrogative ("Met wie werkt de
    gemeente samen?", "In hoeverre …?", "Op welke manier …?") or a finite verb before its
    subject ("Werkt de toegang?", "Bereiken de teams de ouderen?"). A question that closes a
    statement ("Het is lastig, maar wanneer is dat zo?") is none.

    Examples
    --------
    >>> opens_question("Met wie werkt de gemeente samen?"), opens_question("Werkt de toegang?")
    (True, True)
    >>> opens_question("Waarmee begint het?"), opens_question("Het is lastig, maar wanneer?")
    (True, False)
    """
    if not text.endswith("?"):
        return False
    words = text.lower().split(None, 2)
    if not words:
        return False
    first = words[0].strip("‘“\"'(")
    second = words[1].strip(",") if len(words) > 1 else ""
    return (
        first in QUESTION_OPENERS
        or (first.startswith(("waar", "hoe")) and first.isalpha() and first not in _NO_QUESTION)
        or (first in _PREPOSITIONS and second in _INTERROGATIVES)
        or (
            first.isalpha()
            and first.endswith(("t", "en"))
            and first not in _PREPOSITIONS
            and second in _SUBJECT_OPENERS
        )
    )


def direct(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The clauses of a claim that is a direct question: they ask, and state nothing.

    A claim that ends with a question mark and opens with an interrogative or a finite
    verb ("Draait niet het hele beleid om het welzijn van inwoners?", "Hoe houd je grip
    op …?"). A question that closes a statement ("…, maar is dat terecht?") doubts what
    the statement says and is left to it.

    Examples
    --------
    >>> s = "Hoe houd je grip op een domein dat zo in beweging is?"
    >>> len(direct(s, neg.clauses(s, 0, len(s)))) == len(neg.clauses(s, 0, len(s)))
    True
    >>> s = "Het is lastig, maar wanneer is dat zo?"
    >>> direct(s, neg.clauses(s, 0, len(s))), direct("Het werkt goed.", [(0, 15)])
    (set(), set())
    """
    if not spans or "?" not in text[spans[-1][1] - 3 : spans[-1][1]]:
        return set()  # no question mark at the end (most claims)
    found = [w for _, _, w in neg.words(text, spans[0][0], min(spans[0][1], spans[0][0] + 40))]
    return set(range(len(spans))) if found[:1] and found[0] in QUESTION_OPENERS else set()


def asking(spans: list[tuple[int, int]], questioned: set[int], asked: int) -> set[int]:
    """The clauses that ask the claim's indirect questions: the one before a questioned
    clause ("het is te vroeg om te zeggen | of …") and the one after an opening question
    that ends at ``asked`` ("Of dat helpt, | valt nog niet te zeggen"); -1: none opens it.

    Examples
    --------
    >>> sorted(asking([(0, 5), (5, 9), (9, 12)], {1}, -1))
    [0]
    >>> sorted(asking([(0, 5), (6, 9)], set(), 5))
    [1]
    """
    found = {i - 1 for i in questioned if i and i - 1 not in questioned}
    if asked >= 0:
        found.update(
            i for i, c in enumerate(spans) if c[0] >= asked and (not i or spans[i - 1][1] <= asked)
        )
    return found


#: Copulas before "de vraag": "het is (nog maar) de vraag of …" doubts.
_IS = frozenset({"is", "blijft", "was", "bleef"})


def doubts(text: str, clause: tuple[int, int], spans: list[tuple[int, int]], cues: list) -> bool:
    """Whether the clause before an indirect question doubts it ("het is de vraag of …").

    "Het is (nog maar) de vraag of het budget volstaat" says it may well not: a
    doubt, negative. A question that holds a negator or a negative word ("of de
    aanvraag niet wordt ingewilligd") doubts a bad outcome: no verdict.
    ``spans`` are the claim's clauses, ``cues`` its cues.

    Examples
    --------
    >>> s = "Het is de vraag of het lukt."
    >>> doubts(s, (0, s.index(" of")), neg.clauses(s, 0, len(s)), [])
    True
    >>> s = "Het is de vraag of het niet lukt."
    >>> doubts(s, (0, s.index(" of")), neg.clauses(s, 0, len(s)), [])
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    if found[-3:-1] == ["de", "vraag"] and found[-1] in _IS:
        found = ["is", "de", "vraag"]  # "de vraag is of …"
    if found[-2:] != ["de", "vraag"] or _IS.isdisjoint(found[:-2]):
        return False
    rest = (clause[1], spans[-1][1])  # the question and what follows it in the claim
    if any(rest[0] <= c.start < rest[1] and c.sign < 0 for c in cues):
        return False
    return neg.NEGATORS.isdisjoint(w for _, _, w in neg.words(text, *rest))


def unanswered_contrast(judged: list[tuple[bool, bool]]) -> bool:
    """Whether a contrast word turns against a judgement with no judgement word of its own.

    ``judged`` holds, per clause, whether it opens with a contrast word and
    whether it carries a judgement. "Huisartsen zijn tevreden, maar missen een
    aanspreekpunt": the turn itself opposes the judgement before it. When the
    judgement follows the turn ("X gebeurt, maar het is lastig") it is the point
    of the claim and keeps its sign.

    Examples
    --------
    >>> unanswered_contrast([(False, True), (True, False)])
    True
    >>> unanswered_contrast([(False, False), (True, True)])
    False
    """
    for i, (turn, _) in enumerate(judged):
        if turn and i:
            return any(j for _, j in judged[:i]) and not any(j for _, j in judged[i:])
    return False


#: The end of an opening question: the first comma, colon or semicolon.
_QUESTION_END = re.compile(r"[,;:]")


def opening_question(text: str, start: int, end: int) -> int:
    """The end of an indirect question that opens the claim ("Of dat volstaat, …"), else ``start``.

    A sentence that opens with "of" asks whether something holds: what the
    question contains is not stated, up to the first comma, colon or semicolon.

    Examples
    --------
    >>> s = "Of dat de raad voldoende houvast biedt, moet nog blijken."
    >>> s[: opening_question(s, 0, len(s))]
    'Of dat de raad voldoende houvast biedt'
    >>> opening_question("Ouders of verzorgers zijn tevreden.", 0, 34)
    0
    """
    found = neg.words(text, start, end)
    if not found or found[0][2] != "of":
        return start
    m = _QUESTION_END.search(text, found[0][1], end)
    return m.start() if m else start


#: Verbs of meaning and implication: negated before a "dat" clause they deny what it says.
_MEANING = frozenset(
    {"betekent", "betekende", "betekenen", "betekenden", "impliceert", "impliceren",
     "zeggen", "inhoudt", "houdt", "hield", "wijst", "duidt"}
)  # fmt: skip

#: Nouns of evidence: "geen signalen dat …" denies what the "dat" clause says.
_EVIDENCE = (
    "signalen", "signaal", "aanwijzingen", "aanwijzing", "indicaties", "tekenen", "bewijs",
    "reden",
)  # fmt: skip


def denied_complements(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The clauses that deny the "dat" clause after them ("dat betekent niet dat …").

    "Dat betekent niet dat er geen problemen zijn", "het is niet zo dat alles goed
    gaat": the negated verb of meaning (or "is niet zo") states nothing itself; it
    turns what its "dat" clause says.

    Examples
    --------
    >>> s = "Dat betekent niet dat er geen problemen zijn."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    [0]
    >>> s = "Het is niet zo dat alles goed gaat, maar het loket werkt."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    [0]
    >>> s = "Dat betekent echter niet dat alles goed gaat."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    [1]
    >>> s = "Er zijn geen signalen dat mensen tussen wal en schip vallen."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    [0]
    >>> s = "De raad wist niet dat er een tekort was."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    []
    >>> s = "Het is zeker niet zo dat het slecht gaat."
    >>> sorted(denied_complements(s, neg.clauses(s, 0, len(s))))
    [0]
    """
    denied: set[int] = set()
    if len(spans) < 2:
        return denied
    if not may_hold_in(text, spans[1][0], spans[-1][0] + 3, ("dat",)):
        return denied  # no clause after the first opens with "dat" (most claims)
    for i, (a, b) in enumerate(spans[:-1]):
        opening = text[spans[i + 1][0] : spans[i + 1][0] + 4].lower()
        if opening[:3] != "dat" or opening[3:].isalnum():
            continue  # no "dat" clause after it (most clauses)
        if not text[a:b].rstrip().lower().endswith(("niet", "t zo", "niet zeggen", *_EVIDENCE)):
            continue  # the denial stands at the end of its clause, before "dat""
        found = list(map(_WORD_OF, neg.words(text, a, b)))
        if i and found[:1] == ["echter"]:  # "dat betekent echter niet dat …": cut at "echter"
            found = list(map(_WORD_OF, neg.words(text, spans[i - 1][0], b)))
        nxt = neg.words(text, *spans[i + 1])
        if not nxt or nxt[0][2] != "dat":
            continue
        if (found[-1:] == ["niet"] or found[-2:] == ["niet", "zeggen"]) and _MEANING & set(found):
            denied.add(i)  # "dat betekent niet", "wil niet zeggen"
        elif found[-2:] == ["niet", "zo"] and _SO_COPULAS & set(found[-4:-2]):
            denied.add(i)  # "het is niet zo dat …", "het is zeker niet zo dat …"
        elif found[-2:-1] == ["geen"] and found[-1] in _EVIDENCE:
            denied.add(i)  # "er zijn geen signalen dat …": no evidence of what it says
    return denied


#: Copulas of "het is niet zo dat …" (an adverb may stand between: "is zeker niet zo").
_SO_COPULAS = frozenset({"is", "was"})


#: Conjunctions that open the cause of what the clause before states.
_CAUSES = frozenset({"doordat", "omdat"})


def gives_cause(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause opens with a conjunction of cause ("doordat", "omdat").

    Such a clause gives the reason for the verdict before it ("op de Wmo was er een
    overschot, doordat minder inwoners hulp kregen"): what it says of the reason
    does not weigh against that verdict.

    Examples
    --------
    >>> s = "Er was een overschot, doordat minder inwoners hulp kregen."
    >>> gives_cause(s, (s.index("doordat"), len(s))), gives_cause(s, (0, s.index(",")))
    (True, False)
    """
    found = neg.words(text, clause[0], min(clause[1], clause[0] + 8))
    return bool(found) and found[0][2] in _CAUSES
