"""Negation, denial, hypothesis and contrast in Dutch sentences: the scope rules.

These are closed-class function words of Dutch grammar (negators, contrast
conjunctions, modal verbs of supposition), not vocabulary: they live here,
while the evaluative words (the tone cues) are data in ``ontology/tone.ttl``.

Clause
    A stretch of the sentence between punctuation (``, ; : ( )`` and dashes)
    or a conjunction that opens a new clause (``maar``, ``omdat``,
    ``terwijl`` …). Negation does not reach across a clause boundary
    (:mod:`kg.extract.clausecuts` finds them; :func:`clauses` is its own).
Negated
    A negator (``niet``, ``geen``, ``nooit``, ``nauwelijks`` …) stands in the
    same clause at most a few words before the word ("werkt niet altijd
    goed"), or the clause closes on a negator after it ("Een wachtlijst is er
    niet", "vertrouwen de gemeente niet meer").
Denied
    A negated problem, or a clause saying it is not seen as one ("wordt niet
    als probleem gezien", "is geen knelpunt").
Hypothetical
    The clause supposes rather than states (``zou``, ``mocht``, ``indien``, ``misschien`` …).
Contrast
    ``maar``, ``echter``, ``toch``, ``hoewel``, ``weliswaar`` … set two judgements
    against each other; a concession ("weliswaar …, maar …") is mixed by construction.

What a clause implies without a judgement word (excess, delay, need, scarcity,
removal, growth, initiative) is :mod:`kg.extract.implied`.
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract.clausecuts import clauses as clauses
from kg.extract.litotes import denied_without, litotes
from kg.extract.negatedfacts import arrangement
from kg.extract.prefixscan import may_hold_in, search
from kg.extract.suppositions import HYPOTHETICAL as HYPOTHETICAL
from kg.extract.suppositions import hypothetical as hypothetical
from kg.extract.wordtokens import words as words

#: Words that negate what follows them in their clause.
NEGATORS: frozenset[str] = frozenset(
    {"niet", "geen", "nooit", "niets", "niemand", "nergens", "nauwelijks", "allerminst",
     "noch", "evenmin", "zonder", "onvoldoende", "amper", "allesbehalve", "zelden"}
)  # fmt: skip
#: Words that weaken what follows to its opposite in tone ("weinig problemen"); "beperkt"
#: as a quantifier ("een beperkt aantal klachten", "beperkte mogelijkheden").
DIMINISHERS = frozenset({"weinig", "minder", "amper", "nauwelijks", "beperkt", "beperkte"})
#: Conjunctions and adverbs that set two judgements against each other ("tegelijkertijd",
#: "tegelijk": at the same time, between a judgement and its opposite).
CONTRAST = frozenset(
    {"maar", "echter", "toch", "hoewel", "ofschoon", "weliswaar", "desondanks", "daarentegen",
     "anderzijds", "niettemin", "ondanks", "wel", "tegelijkertijd", "tegelijk"}
)  # fmt: skip
#: Concessive words: a judgement conceded before a "maar".
CONCESSIVE = frozenset({"weliswaar", "hoewel", "ofschoon", "ondanks", "enerzijds"})
#: "niet als probleem gezien", "geen knelpunt", "is geen sprake van".
_NOT_A_PROBLEM = re.compile(
    r"\b(?:niet|geen)\s+(?:als\s+)?(?:een\s+)?(?:probleem|knelpunt|punt\s+van\s+zorg|zorgpunt"
    r"|issue|belemmering)\b|\b(?:is|zijn|was|waren)\s+(?:er\s+)?geen\s+sprake\b",
    re.IGNORECASE,
)
#: How many words before a word a negator still reaches.
REACH = 4
#: The word of a token of :func:`words`.
_WORD_OF = itemgetter(2)


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause span holding ``pos`` (the last one that starts at or before it)."""
    found = spans[0] if spans else (pos, pos)
    for span in spans:
        if span[0] <= pos:
            found = span
    return found


def negated(text: str, clause: tuple[int, int], start: int, end: int, case: bool = False) -> bool:
    """Whether the word(s) ``text[start:end]`` are negated within ``clause``.

    ``case``: the words name a case of something (a problem), which a clause that
    closes on a denial of any case also negates ("van wachtlijsten is nauwelijks sprake").

    Examples
    --------
    >>> s = "Ook het meldingssysteem werkt niet altijd goed."
    >>> i = s.index("goed")
    >>> negated(s, (0, len(s)), i, i + 4)
    True
    >>> s = "Een wachtlijst is er niet."
    >>> negated(s, (0, len(s)), 4, 14)
    True
    >>> s = "Het loket werkt goed, maar niet iedereen weet het."
    >>> negated(s, clauses(s, 0, len(s))[0], 16, 20)
    False
    >>> s = "De raad is niet alleen tevreden over de inhoud."
    >>> i = s.index("tevreden")
    >>> negated(s, (0, len(s)), i, i + 8)
    False
    >>> s = "Van wachtlijsten is nauwelijks sprake."
    >>> negated(s, (0, len(s)), 4, 16, case=True), negated(s, (0, len(s)), 4, 16)
    (True, True)
    >>> s = "Er is van wachtlijsten nauwelijks sprake."
    >>> i = s.index("wachtlijsten")
    >>> negated(s, (0, len(s)), i, i + 12, case=True), negated(s, (0, len(s)), i, i + 12)
    (True, False)
    """
    before = words(text, clause[0], start)
    near = list(map(_WORD_OF, before[-REACH:]))
    if not NEGATORS.isdisjoint(near) and not _without_closed(near):
        # "niet alleen tevreden over …, maar ook …" adds rather than denies
        found = [w for w in near if w in NEGATORS]
        if len(found) == 2 and found[1] == "zonder" and denied_without(near):
            return False  # "verliep niet zonder schade": the absence denied, the damage stated
        if found == ["niet"] and forbidden(list(map(_WORD_OF, before))):
            return False  # "een melding mag niet blijven liggen": what is feared
        if len(found) == 1 and litotes(near[len(near) - 1 - near[::-1].index(found[0]) + 1 :]):
            return False  # "geen geringe uitdaging": the negator denies only the smallness
        return found != ["niet"] or not not_negating(near[near.index("niet") + 1 :])
    # "er is geen echte sprake van samenwerking": the negator reaches through "sprake van"
    seen = list(map(_WORD_OF, before))
    if "sprake" in seen and not NEGATORS.isdisjoint(seen[: seen.index("sprake")]):
        return True
    # "wordt niet overal in de regio gewaardeerd": a denied "everywhere" or "always" reaches
    # to the clause's verb, however far
    if not _UNIVERSAL.isdisjoint(seen) and any(
        w == "niet" and seen[k + 1 : k + 2] and seen[k + 1] in _UNIVERSAL
        for k, w in enumerate(seen)
    ):
        return True
    after = list(map(_WORD_OF, words(text, end, clause[1])))
    if after[-1:] == ["zonder"] and word_after(text, clause[1]) == "dat":
        after.pop()  # "… thuis wonen zonder dat er …": "zonder dat" opens the next clause
    if after[-1:] and after[-1] in _FINAL_BE and after[-2:-1] and after[-2] in _CASE_ENDS:
        after.pop()  # a subordinate clause puts its verb last: "dat er … geen sprake is"
    # the clause closes on a negator: "… is er niet", "… speelt (nog) niet"; or denies
    # that there is any case of it: "van wachtlijsten is nauwelijks sprake"
    last = after[-2:]  # "niet meer", "niet langer": no longer
    # a fronted "van" phrase is what a closing "geen sprake" denies, for any word in it:
    # "van grote problemen is geen sprake", "van verbetering was nauwelijks sprake"
    case = case or bool(before) and before[0][2] == "van"
    if case and last and last[-1] in ("meer", "langer"):
        last = after[-3:-1]  # "van wachtlijsten is geen sprake meer": no longer any case
    return bool(after) and (after[-1] in NEGATORS or last in _NO_MORE or case and last in _NO_CASE)


#: Words of "everywhere", "always", "everyone" that a "niet" before them denies in part.
_UNIVERSAL = frozenset({"overal", "altijd", "iedereen", "steeds", "allemaal", "allen"})
#: Finite verbs that close the phrase a "zonder" opens: "zonder auto is het moeilijk".
_CLOSING_VERBS = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "heeft", "hebben", "had", "hadden", "kan", "kunnen", "kon", "konden", "moet", "moeten"}
)  # fmt: skip


def _without_closed(near: list[str]) -> bool:
    """Whether the only negator of ``near`` is a "zonder" whose phrase a finite verb closed
    ("zonder auto is het moeilijk": it negates its own noun, not the clause's verdict).

    Examples
    --------
    >>> _without_closed("zonder auto is het".split()), _without_closed("zonder veel".split())
    (True, False)
    """
    if "zonder" not in near or not NEGATORS.isdisjoint(set(near) - {"zonder"}):
        return False
    at = len(near) - 1 - near[::-1].index("zonder")
    return not _CLOSING_VERBS.isdisjoint(near[at + 1 :])


#: A clause that closes on a denial of a case: "van X is geen sprake".
_NO_CASE = [[n, w] for n in sorted(NEGATORS - {"zonder"}) for w in ("sprake", "spreken")]
#: Words that close a denial ("geen sprake", "niet spreken" of it, "niet meer") and the
#: forms of "zijn" a subordinate clause puts after them ("dat er geen sprake is").
_CASE_ENDS, _FINAL_BE = (
    NEGATORS | {"sprake", "spreken", "meer", "langer"},
    {"is", "zijn", "was", "waren"},
)
_NO_MORE = [["niet", "meer"], ["niet", "langer"], ["nooit", "meer"]]

#: Present forms of "mogen": "mag niet" forbids (the past "mocht" supposes: HYPOTHETICAL).
_MAY = frozenset({"mag", "mogen"})


def forbidden(before: list[str]) -> bool:
    """Whether the last "niet" of the words ``before`` forbids: "mag (het) niet".

    A prohibition does not deny what it forbids but names it as a thing to be
    kept from happening ("jongeren mogen niet tussen wal en schip vallen"): a
    word of difficulty under it keeps its sign.

    Examples
    --------
    >>> forbidden("een melding mag niet op een stapel".split())
    True
    >>> forbidden("dat mag het niet".split()), forbidden("het loket werkt niet".split())
    (True, False)
    """
    if "niet" not in before:
        return False
    at = len(before) - 1 - before[::-1].index("niet")
    return not _MAY.isdisjoint(before[max(0, at - 3) : at])


def diminished(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether a diminisher ("weinig", "minder") stands right before the word (two words)."""
    return not DIMINISHERS.isdisjoint(map(_WORD_OF, words(text, clause[0], start)[-2:]))


def not_a_problem(text: str, start: int, end: int) -> bool:
    """Whether the span says something is not seen as a problem ("niet als probleem gezien").

    Examples
    --------
    >>> not_a_problem("De wachttijd wordt niet als probleem gezien.", 0, 44)
    True
    >>> not_a_problem("De wachttijd is een probleem.", 0, 29)
    False
    """
    if not may_hold_in(text, start, end, ("niet", "geen")):
        return False  # every match holds "niet" or "geen" (most clauses have neither)
    return bool(_NOT_A_PROBLEM.search(text, start, end))


COUNTERFACTUAL = re.compile(
    r"\b(?:was|waren|had|hadden|zou|zouden)\b[^,;:]*\b(?:geweest|moeten|mogen|gekund)\b"
    r"|\b(?:had|hadden)\s+(?:\w+\s+)?(?:liever|graag)\b|\b(?:had|hadden)\b[^,;:]*\bkunnen\b"
    r"|\b(?:kon|konden)\b[^,;:]*\bbeter\b"
    # a wish: "het zou goed zijn als …" says the present falls short
    r"|\b(?:zou|zouden)\s+(?:\w+\s+){0,2}?(?:goed|beter|mooi|fijn|prettig|wenselijk)\s+zijn\b",
    re.IGNORECASE,
)
#: What after "niet" keeps it from negating a judgement: "niet alleen … maar ook" (and
#: "enkel", "slechts", "zozeer", "zo zeer") adds rather than denies, "niet meer dan" sets
#: an upper bound. One list for the bare-negation rule here and the verb cues negated
#: after them (:mod:`kg.extract.cuereadings`). The two used to be twins that differed:
#: the cue readings' copy lacked "meer dan" and took a bare "zo" for "zo zeer". A bare
#: "zo" is no exception ("het lukt niet zo goed" is negated) and "meer dan" is one in
#: both places now; neither difference occurred in the seeds or the dev set.
NOT_NEGATING = ("alleen", "enkel", "slechts", "zozeer", "zo zeer", "meer dan")
_NOT_JUDGING = re.compile(
    r"\bniet\s+(?:" + "|".join(p.replace(" ", r"\s+") for p in NOT_NEGATING) + r")\b", re.I
)


def not_negating(after: list[str] | tuple[str, ...]) -> bool:
    """Whether the words right after a "niet" keep it from negating (:data:`NOT_NEGATING`).

    Examples
    --------
    >>> not_negating(["alleen", "de", "gemeente"]), not_negating(["meer", "dan", "twee"])
    (True, True)
    >>> not_negating(["zo", "goed"]), not_negating(["meer"])
    (False, False)
    """
    return any(list(after[: p.count(" ") + 1]) == p.split() for p in NOT_NEGATING)


def counterfactual(text: str, start: int, end: int) -> bool:
    """Whether the span says what should have been ("was beter geweest", "had moeten").

    A positive judgement in a counterfactual criticises what happened.

    Examples
    --------
    >>> counterfactual("Een langere aanloop was beter geweest.", 0, 38)
    True
    >>> counterfactual("De aanloop was goed.", 0, 20)
    False
    >>> counterfactual("De raad had graag eerder duidelijkheid gehad.", 0, 45)
    True
    """
    return search(COUNTERFACTUAL, text, start, end) is not None  # at its words only


#: Auxiliaries in an infinitive after "te": "om te kunnen investeren".
_TE_AUXILIARIES = frozenset({"kunnen", "worden", "laten", "gaan", "blijven", "mogen"})


def purpose(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the word names an aim, not a verdict: "om … te …", "voor een betere …".

    The infinitive of the purpose clause counts too ("om beleid te
    stimuleren"), and so does a word right after "voor het/de/een" (an aim
    named as a noun phrase: "een taak voor het beter faciliteren van de raad"), and
    so does what a word of need is needed for ("noodzakelijk voor innovatie").

    Examples
    --------
    >>> s = "Zij betalen zelf, om goed beleid te stimuleren."
    >>> [purpose(s, (0, len(s)), s.index(w)) for w in ("goed", "stimuleren")]
    [True, True]
    >>> s = "Er ligt een taak voor het beter faciliteren van de raad."
    >>> purpose(s, (0, len(s)), s.index("beter"))
    True
    >>> s = "Geld is noodzakelijk voor innovatie."
    >>> purpose(s, (0, len(s)), s.index("innovatie"))
    True
    >>> s = "Het loket werkt goed."
    >>> purpose(s, (0, len(s)), s.index("goed"))
    False
    >>> s = "Het is te kort om te kunnen investeren."
    >>> purpose(s, (0, len(s)), s.index("investeren"))
    True
    """
    before = list(map(_WORD_OF, words(text, clause[0], start)))
    if before[-2:] in (["voor", "het"], ["voor", "de"], ["voor", "een"]):
        return True
    if before[-1:] == ["voor"] and len(before) > 1 and before[-2] in _NEEDED:
        return True  # "geld is noodzakelijk voor innovatie": what it is needed for
    after = list(map(_WORD_OF, words(text, start, clause[1])))
    # "om … te stimuleren", "om te kunnen investeren" (an auxiliary between "te" and it)
    te = before[-1:] == ["te"] or before[-2:-1] == ["te"] and before[-1] in _TE_AUXILIARIES
    return "om" in before and ("te" in after or te)


#: Words of need: what they are needed "voor" is an aim ("nodig voor een goede start").
_NEEDED = frozenset({"nodig", "noodzakelijk", "vereist", "onmisbaar", "onontbeerlijk"})


#: Openings of an open question or condition ("of …", "als …"): nothing is stated.
_OPEN_QUESTION = frozenset({"of", "als", "indien", "wanneer", "tenzij"})
#: Words after which "of" asks "whether" rather than joins two options ("weet niet of"),
#: and conjunctions ("en of het lukt"): "of" never joins options right after them.
ASKING: frozenset[str] = frozenset(
    {"vraag", "vragen", "vraagt", "af", "weet", "weten", "wist", "onduidelijk", "onzeker",
     "benieuwd", "twijfel", "twijfelt", "twijfelen", "nagaan", "nagegaan", "bekijken",
     "bekeken", "kijken", "kijkt", "toetsen", "toetst", "beoordelen", "bepalen", "na",
     "onderzoekt", "onderzoeken", "onderzocht", "afwachten", "zeggen", "blijken", "blijkt",
     "vaststellen", "inschatten", "beoordeeld", "vastgesteld", "en", "maar", "dan",
     "betwijfelt", "betwijfelen", "betwijfelde", "betwijfelden", "betwijfeld", "twijfelde"}
)  # fmt: skip


def opens_open_question(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause opens a condition or a question ("als …", "of …"): nothing is stated.

    "Of" asks "whether" at the head of a sentence or a clause, or after a word
    of asking ("de vraag is of", "weet niet of"); elsewhere it joins two
    options ("overleggen of een pendel") and the clause is a statement.

    Examples
    --------
    >>> s = "Van overleggen of een pendel is geen sprake."
    >>> opens_open_question(s, (s.index("of "), len(s)))
    False
    >>> s = "Het is de vraag of dat lukt."
    >>> opens_open_question(s, (s.index("of "), len(s)))
    True
    >>> s = "Als het niet lukt, stopt de proef."
    >>> opens_open_question(s, (0, s.index(",")))
    True
    """
    found = words(text, *clause)
    if not found or found[0][2] not in _OPEN_QUESTION:
        return False
    if found[0][2] != "of":
        return True
    before = word_before(text, clause[0])
    return not before or before in ASKING


#: Prepositions that open the rejected option of a choice ("in de reserve en niet naar …").
PREPOSITIONS = frozenset(
    {"naar", "als", "op", "in", "bij", "om", "voor", "met", "aan", "van", "via", "door", "uit"}
)


def bare_negation(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause negates a statement ("werd niet gehonoreerd"), "niet alleen" aside.

    Examples
    --------
    >>> s = "De aanvraag werd niet gehonoreerd."
    >>> bare_negation(s, (0, len(s)))
    True
    >>> s = "Het gaat niet alleen om geld."
    >>> bare_negation(s, (0, len(s)))
    False
    >>> s = "De gemeente koos ervoor om niet eerst naar hulp te kijken."
    >>> bare_negation(s, (0, len(s)))
    False
    >>> s = "Zij bouwen daarop voort en niet als eerste op hulp."
    >>> bare_negation(s, (s.index("en niet"), s.index("als")))
    False
    >>> s = "Er kwam geen kind zonder zorg te zitten."
    >>> bare_negation(s, (0, len(s)))
    False
    >>> s = "Draait niet alles om het welzijn van inwoners?"
    >>> bare_negation(s, (0, len(s)))
    False
    >>> s = "De gemeente wil niet over ieder besluit meebeslissen."
    >>> bare_negation(s, (0, len(s)))
    False
    >>> s = "Er zijn nauwelijks of geen klachten."
    >>> bare_negation(s, (0, s.index("of")))
    False
    """
    if search(_NOT_JUDGING, text, *clause):
        return False
    found = list(map(_WORD_OF, words(text, *clause)))
    # the word after "en niet" may open the next clause ("… en niet als eerste …")
    third = found[2] if len(found) > 2 else word_after(text, clause[1])
    # "en niet, zoals elders, vanuit de Wmo": the rejected option after a comma
    choice = found[:2] == ["en", "niet"] and (third in PREPOSITIONS or len(found) == 2)
    # "gericht op Zwolle, niet op Lelystad": the alternative set aside after a comma (not
    # "niet als vanzelf", "niet om … te")
    choice = choice or found[:1] == ["niet"] and found[1:2] != [] and found[1] in PREPOSITIONS - {
        "als", "om"} and word_before(text, clause[0]) == ""  # fmt: skip
    if choice or opens_open_question(text, clause):
        return False  # "… en niet naar de reserve": a choice; "als … niet": a condition
    if text[clause[0] : clause[1]].rstrip().endswith("?"):
        return False  # a question states nothing
    if found[-1:] and found[-1] in NEGATORS and word_after(text, clause[1]) == "of":
        return False  # "nauwelijks of geen wachtlijsten": the negation is the next clause's
    if double_negation(text, clause):
        return False  # "geen kind zonder zorg": a reassurance
    negators = [i for i, w in enumerate(found) if w in NEGATORS - {"zonder"}]
    if negators and all(litotes(found[i + 1 :]) for i in negators):
        return False  # "niet onbelangrijk", "geen kleine prestatie": an understatement
    if negators and "om" in found[: negators[0]] and "te" in found[negators[0] :]:
        return False  # "om niet als eerste naar hulp te kijken": part of an aim
    if negators and restrictive_relative(text, clause):
        return False  # "inwoners die het niet zelf kunnen": who is meant, not a verdict
    if negators and _WILL & set(found) and not HYPOTHETICAL & set(found):
        return False  # "wil niet over ieder besluit meebeslissen": a choice, not a failure
    if negators and corrected(text, clause, found):
        return False  # "het gaat niet om het geld, maar om de kwaliteit": a focus
    if negators and arrangement(found, negators):
        return False  # "maakt geen deel uit van", "moet niet … hoeven": an arrangement, an aim
    return bool(negators)


def corrected(text: str, clause: tuple[int, int], found: list[str]) -> bool:
    """Whether the clause's negation is corrected by the next clause: a "maar" that repeats
    the preposition after the negator ("het gaat niet om het geld, maar om de kwaliteit",
    "geen kwestie van geld, maar van tijd") sets one focus against another and denies
    nothing; ``found``: the clause's words.

    Examples
    --------
    >>> s = "Het gaat niet om het geld, maar om de kwaliteit."
    >>> clause = (0, s.index(","))
    >>> corrected(s, clause, [w for _a, _b, w in words(s, *clause)])
    True
    >>> s = "De hulp komt niet op tijd, maar pas na weken."
    >>> clause = (0, s.index(","))
    >>> corrected(s, clause, [w for _a, _b, w in words(s, *clause)])
    False
    """
    at = next((i for i, w in enumerate(found) if w in ("niet", "geen")), None)
    if at is None:
        return False
    prep = next((w for w in found[at + 1 : at + 4] if w in PREPOSITIONS), None)
    if prep is None:
        return False
    after = list(map(_WORD_OF, words(text, clause[1], min(len(text), clause[1] + 60))))
    return after[:1] == ["maar"] and prep in after[1:4]


#: Forms of "willen": a negated intent states a choice ("wil de regeling niet uitbreiden").
_WILL = frozenset({"wil", "willen", "wilde", "wilden"})
#: Relative pronouns of persons and things ("inwoners die …", "voor wie …").
_RELATIVES = frozenset({"die", "wie"})


def restrictive_relative(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause is a restrictive relative clause ("inwoners die het niet kunnen").

    A relative pronoun right after its noun, with no comma between, narrows
    down who or what is meant: a negation in it describes them and judges
    nothing. So does the clause after a "wie" that closes the clause before
    ("voor wie dat zelf niet meer kan"), and a clause coordinated to a restrictive
    relative one ("… die het niet zelf kunnen en het ook niet kunnen betalen").

    Examples
    --------
    >>> s = "Hulp gaat naar inwoners die het niet zelf kunnen."
    >>> restrictive_relative(s, (s.index("die"), len(s)))
    True
    >>> s = "Het plan, die kans is er niet."
    >>> restrictive_relative(s, (s.index("die"), len(s)))
    False
    >>> s = "Er wordt gekookt voor wie dat niet meer kan."
    >>> restrictive_relative(s, (s.index("dat"), len(s)))
    True
    >>> s = "Hulp gaat naar inwoners die het niet kunnen en het ook niet kunnen betalen."
    >>> restrictive_relative(s, (s.index("en het"), len(s)))
    True
    """
    found = words(text, *clause)
    before = word_before(text, clause[0])
    if not found or not before:
        return False  # the claim's first clause, or a comma before: no restrictive relative
    if found[0][2] in ("en", "of"):  # "… die het niet zelf kunnen en het ook niet kunnen betalen"
        m = _RELATIVE_BEFORE.search(text, max(0, clause[0] - 120), clause[0])
        return m is not None and restrictive_relative(text, (m.start(1), clause[0]))
    return found[0][2] in _RELATIVES or before == "wie"


#: The last relative clause before a coordinated one, with no punctuation after it.
_RELATIVE_BEFORE = re.compile(r"\b(die|wie)\b[^,;:.()]*$", re.IGNORECASE)


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos``, lower case; "" after punctuation or a line break.

    Examples
    --------
    >>> word_before("inwoners die", 9), word_before("Het loket, die", 11)
    ('inwoners', '')
    >>> word_before("Titel\\n\\nOf het lukt", 7)
    ''
    """
    begin = max(0, pos - 40)
    window = text[begin:pos]
    head = window.rstrip()
    if not head or not head[-1].isalpha() or "\n" in window[len(head) :]:
        return ""
    # the words of the text's own span (its pattern looks at nothing outside a match:
    # those of ``head`` read on its own), not of a new string the word table splits anew
    found = words(text, begin, begin + len(head))
    return found[-1][2] if found else ""


def word_after(text: str, pos: int) -> str:
    """The word right after ``pos`` when only spaces stand between, lower case; else "".

    Examples
    --------
    >>> word_after("en niet als eerste", 7), word_after("en niet, als", 7)
    ('als', '')
    """
    found = words(text, pos, min(len(text), pos + 40))
    return found[0][2] if found and not text[pos : found[0][0]].strip() else ""


def double_negation(text: str, clause: tuple[int, int]) -> bool:
    """Whether a negator and "zonder" cancel out ("geen kind kwam zonder zorg te zitten").

    Examples
    --------
    >>> s = "Geen inwoner bleef zonder hulp."
    >>> double_negation(s, (0, len(s)))
    True
    >>> s = "Inwoners bleven zonder hulp."
    >>> double_negation(s, (0, len(s)))
    False
    """
    found = list(map(_WORD_OF, words(text, *clause)))
    if "zonder" not in found:
        return False
    return any(w in NEGATORS - {"zonder"} for w in found[: found.index("zonder")])


#: Comparatives that take a standard after "dan" ("minder … dan gevreesd").
COMPARATIVES = frozenset(
    {"minder", "meer", "beter", "slechter", "groter", "kleiner", "hoger", "lager", "eerder",
     "later", "sneller", "trager", "vaker", "anders", "dichterbij"}
)  # fmt: skip


def standard(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the word at ``start`` is the standard of a comparison ("dan gevreesd").

    "Er gingen minder banen verloren dan gevreesd": the fear is what the facts
    are measured by, not a judgement of them.

    Examples
    --------
    >>> s = "Er gingen minder banen verloren dan gevreesd."
    >>> standard(s, (0, len(s)), s.index("gevreesd"))
    True
    >>> s = "Dan is het lastig."
    >>> standard(s, (0, len(s)), s.index("lastig"))
    False
    """
    before = list(map(_WORD_OF, words(text, clause[0], start)))
    return bool(before) and before[-1] == "dan" and bool(COMPARATIVES & set(before[:-1]))


#: Words that open a clause turning against the one before ("…, maar …").
TURNS = frozenset(
    {"maar", "echter", "toch", "daarentegen", "anderzijds", "desondanks", "niettemin"}
)
