"""Readings of tone cues in their context: when a cue judges, and which way.

A tone cue (``ontology/tone.ttl``) is matched on its form and lemma alone; some
readings of Dutch grammar change what it says before the scope rules of
:mod:`kg.extract.tone` weigh it:

Readings that judge nothing
    "zwaar" beside a verb of weighing is a degree ("die factoren wegen zwaar
    mee"); a positive verb after "het" names an activity, not a result
    ("het verbeteren van de toegang heeft voorrang"); a subject named in the
    complement of a negated noun is not itself negated ("geen klachten over de
    huishoudelijke hulp").
Readings that turn a cue
    A finite verb negated after it, as Dutch main-clause order puts the negator
    ("het lukt de gemeente niet"); "kan beter" closing a clause, the idiom of
    room for improvement; a difficulty named in a clause of decline ("de
    administratieve lasten zijn afgenomen") is a difficulty shrinking; a cue
    compared down ("minder banen verloren dan gevreesd") is less of it.

Readings of the frame (:mod:`kg.extract.toneframes`)
    A good thing said to be needed is lacking ("er is behoefte aan
    duidelijkheid"); a word of difficulty that classifies care, a group, a
    duration or a dependence judges nothing ("zware zorg", "jongeren met
    problemen"). A claim in which no cue judges may judge in its discourse: a
    direct quotation makes the speaker's point (a difficulty), "inmiddels"
    reports progress, "terwijl" inside the claim sets two facts at odds.

The cues are :class:`kg.extract.tone.Cue` objects; this module only reads their
fields and returns changed copies (the class is :class:`kg.extract.toneframes.Cue`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import itemgetter

from kg.extract import implied, toneframes
from kg.extract import negation as neg
from kg.extract.addressed import addressed
from kg.extract.compoundcues import compound_cues
from kg.extract.groupconditions import condition_of_group
from kg.extract.hedges import degree_of
from kg.extract.nolonger import no_longer
from kg.extract.predicates import judged_subjects
from kg.extract.prefixscan import search

#: Verbs of weighing and counting: "zwaar" beside one measures weight ("weegt zwaar mee").
_WEIGHING = frozenset(
    {"wegen", "weegt", "woog", "wogen", "gewogen", "meewegen", "tellen", "telt", "telde",
     "meetellen"}
)  # fmt: skip
#: Degree words of weight that are also words of burden ("zwaar").
_HEAVY = frozenset({"zwaar", "zwaarder", "zwaarst", "zwaarste"})
#: Nouns of a state that have the form of an infinitive: "het vertrouwen" is no activity.
_STATES = frozenset({"vertrouwen", "welbevinden", "genoegen"})
#: Words of pace: beside a verb of change they measure the change ("stijgen snel").
_PACE = frozenset({"snel", "sneller", "snelle"})
#: General Dutch verbs of rising, falling and changing, in their common forms.
_CHANGING = frozenset(
    {"stijgt", "stijgen", "steeg", "stegen", "gestegen", "daalt", "dalen", "daalde", "daalden",
     "gedaald", "groeit", "groeien", "groeide", "groeiden", "gegroeid", "neemt", "nemen", "nam",
     "namen", "toegenomen", "afgenomen", "loopt", "lopen", "liep", "liepen", "opgelopen",
     "teruggelopen", "krimpt", "krimpen", "verandert", "veranderen", "veranderde",
     "veranderd", "vergrijst", "vergrijzen", "vergrijsd", "vergrijsde"}
)  # fmt: skip
#: Verb forms whose lemma is that of an adjective cue but which are only the verb, and
#: judge nothing: "beperken" (to limit; "beperkt" is limited), "bezorgen" (to deliver;
#: "bezorgd" is worried).
_VERB_ONLY = frozenset({"beperken", "bezorgen", "bezorgt"})
#: Forms that a phrase cue matches by its lemma but that judge nothing: "zoekende"
#: (searching, "zijn zoekende naar criteria") is not "het is zoeken" (a struggle).
_NOT_JUDGING_FORMS = frozenset({"zoekende"})
#: "beperkt tot" is "confined to", no verdict.
_LIMITED = frozenset({"beperkt", "beperkte"})
#: Prepositions that open a noun's complement: a negator before the noun stops there.
_PREPOSITIONS = frozenset(
    {"over", "van", "voor", "met", "aan", "bij", "in", "op", "rond", "rondom", "tussen", "naar"}
)
#: Forms of "kunnen": "het kan beter" says it is not good enough.
_CAN = frozenset({"kan", "kunnen", "kon", "konden"})
#: "zou" and "zouden": "zou beter kunnen" is "kan beter", said with reserve.
_WOULD = frozenset({"zou", "zouden"})
#: Verbs of improving: "kan nog worden verbeterd" is room for improvement too.
_IMPROVE = frozenset({"verbeteren", "versterken", "optimaliseren"})
#: Words that may stand between "kan" and the comparative ("kan nog veel beter").
_DEGREE = frozenset({"nog", "veel", "wel", "altijd", "stukken", "een", "stuk", "zeker"})
#: Verbs and nouns of decline: a difficulty named with one shrinks; so does one brought
#: down ("de wachttijden zijn teruggebracht", "de wachtlijst is weggewerkt").
_DECLINE = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,6}af\b|\baf(?:neemt|nemen|genomen|name)\b"
    r"|\b(?:daalt|dalen|daalde|daalden|gedaald|daling|gehalveerd|halvering|teruggelopen)\b"
    r"|\b(?:teruggebracht|verkort|ingekort|verminderd|verlaagd|weggewerkt)\b"
    r"|\b(?:loopt|lopen|liep|liepen)\s+(?:\w+\s+){0,3}terug\b"
    # a level that became lower: "de drempel om hulp te vragen is lager geworden"
    r"|\b(?:lager|kleiner|korter|minder)\s+(?:ge)?worden\b"
    r"|\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+){0,2}?(?:lager|kleiner|korter)\b",
    re.IGNORECASE,
)


#: Punctuation inside a phrase cue: its words stand in two clauses ("leden, onder wie");
#: a decimal comma ("met 6,1% onder") divides nothing.
_PUNCTUATED = re.compile(r"(?<!\d),|,(?!\d)|[;:()]")
#: The start and the word of a token of :func:`kg.extract.negation.words`.
_START_OF, _WORD_OF = itemgetter(0), itemgetter(2)


def judging(text: str, start: int, end: int, cues: list) -> list:
    """The cues of the claim ``text[start:end]`` as their context reads them.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of kg.extract.tone.Cue
        The tone cues and problems found in the span.

    Returns
    -------
    list of kg.extract.tone.Cue
        The cues that judge, some with their sign turned, in the given order.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Bij de keuze weegt de reistijd zwaar mee."
    >>> judging(s, 0, len(s), [Cue(s.index("zwaar"), s.index(" mee"), -1)])
    []
    >>> s = "Het lukt de gemeente niet om de uitgaven te beheersen."
    >>> [c.sign for c in judging(s, 0, len(s), [Cue(4, 8, 1)])]
    [-1]
    """
    cues = compound_cues(text, start, end, cues)  # "aansluitingsproblemen": a head's cue
    spans = neg.clauses(text, start, end) if cues else []
    kept = []
    read_clauses: dict[tuple[int, int], tuple[list[int], list[str]]] = {}  # starts, words
    for cue in cues:
        if not cue.problem and _named(text, cue.start):
            continue  # "het gemeentehuis in Goor": a name, not a judgement
        clause = neg.clause_of(spans, cue.start)
        places = read_clauses.get(clause)
        if places is None:
            tokens = neg.words(text, *clause)  # cached: the scope rules read the same clause
            places = read_clauses[clause] = (
                list(map(_START_OF, tokens)),
                list(map(_WORD_OF, tokens)),
            )
        starts, names = places
        before = names[: bisect_left(starts, cue.start)]
        nxt = bisect_left(starts, cue.end)
        after = names[nxt:]
        if _grades(text, cue, starts[nxt:], cues):
            continue  # "het belangrijkste knelpunt": the noun's weight, judged by the noun
        if not cue.problem and _less_than(before, after):
            kept.append(replace(cue, sign=-cue.sign))  # "minder banen verloren dan gevreesd"
        elif not cue.problem and " " in (phrase := text[cue.start : cue.end].lower()):
            if (
                phrase.split()[-1] not in _NOT_JUDGING_FORMS
                and not degree_of(phrase, after)
                and not condition_of_group(text, clause, before + phrase.split()[:2])
                and before[-1:] != ["te"]  # "te klein voor de vraag": an excess
                and not _PUNCTUATED.search(phrase)  # "leden, onder wie": two clauses' words
            ):
                kept.append(cue)  # a phrase: its reading is its own ("mensen met een laag …" aside)
        elif cue.problem:
            read = _problem(text, clause, cue, before)
            if read is not None:
                kept.append(read)
        elif (read := _word(text, clause, cue, before, after)) is not None:
            kept.append(toneframes.lacking(text, clause, read))
    if not any(not c.subject for c in kept):  # a subject named judges only as a lack
        kept += _implicit(text, start, end)
        if not kept:
            return kept  # no cue (many claims): the readings below keep none
    kept = judged_subjects(text, end, kept)  # "het vertrouwen is beschadigd": the predicate's
    kept = toneframes.against_expectation(text, spans, toneframes.fewer(text, spans, kept))
    return _one_judgement(text, kept)


#: Adjectives of weight that grade the noun after them ("het belangrijkste knelpunt").
_WEIGHT = frozenset({"belangrijk", "belangrijke", "belangrijker", "belangrijkste"})


def _grades(text: str, cue, starts: list[int], cues: list) -> bool:  # noqa: ANN001
    """Whether a word of weight stands right before a difficulty it grades.

    "Het belangrijkste knelpunt", "een belangrijk probleem": the weight of a
    difficulty is no approval; the noun judges. ``starts`` are the starts of the
    clause's words after the cue.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het belangrijkste knelpunt is de wachtlijst."
    >>> a, b = s.index("belangrijkste"), s.index("knelpunt")
    >>> _grades(s, Cue(a, a + 13, 1), [b, b + 9], [Cue(a, a + 13, 1), Cue(b, b + 8, -1)])
    True
    """
    if cue.sign <= 0 or text[cue.start : cue.end].lower() not in _WEIGHT or not starts:
        return False
    return any(c.sign < 0 and c.start == starts[0] for c in cues)


def _named(text: str, at: int) -> bool:
    """Whether the word at ``at`` is written with a capital inside a sentence: a name.

    A tone word is matched in any case; with a capital after a word or a comma it
    is a name ("het gemeentehuis in Goor", "stichting De Goede Zorg"), not a verdict.
    At the start of a sentence, a line or a quotation the capital says nothing.

    Examples
    --------
    >>> s = "Het team werkt in Goor. Goed werk, zegt De Goede Zorg.\\nGoed zo."
    >>> [_named(s, s.index(w)) for w in ("Goor", "Goed ", "Goede", "Goed zo")]
    [True, False, True, False]
    """
    if not text[at : at + 1].isupper():
        return False
    before = text[max(0, at - 3) : at].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _implicit(text: str, start: int, end: int) -> list:
    """The cue of a claim that judges in its discourse, not in a word (quote, progress, tension).

    Examples
    --------
    >>> s = "“We zijn gaan bouwen voordat de tekening af was”, zegt een ambtenaar."
    >>> [(c.start, c.sign) for c in _implicit(s, 0, len(s))]
    [(0, -1)]
    """
    if (span := toneframes.relief(text, start, end)) is not None:
        return [toneframes.Cue(span[0], span[1], 1)]  # "hoeft niet meer te wachten": relief
    if (at := toneframes.quoted_voice(text, start, end)) is not None:
        return [toneframes.Cue(at, at + 1, -1)]  # "“We zijn gaan bouwen …”, zegt …": a voice quoted
    if (at := toneframes.progress(text, start, end)) is not None:
        return [toneframes.Cue(at, at + len("inmiddels"), 1)]  # "inmiddels": a change made
    if (at := toneframes.tension(text, start, end)) is not None:
        return [toneframes.Cue(at, at + len("terwijl"), -1)]  # "…, terwijl …": two facts at odds
    return []


def _one_judgement(text: str, cues: list) -> list:
    """Adjacent tone words of one sign as one cue: "goed bereikbaar" is one judgement.

    A judgement word that modifies the next ("goed bereikbaar", "zeer positief
    gewaardeerd") makes one verdict with it; counted twice it would outweigh the
    judgement of the other side ("goed bereikbaar; wel is de wachttijd lang").

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het loket is goed bereikbaar en snel."
    >>> [(s[c.start : c.end], c.sign) for c in _one_judgement(s, [Cue(13, 17, 1), Cue(18, 28, 1)])]
    [('goed bereikbaar', 1)]
    >>> s = "Het loket is slecht bereikbaar."
    >>> [(s[c.start : c.end], c.sign) for c in _one_judgement(s, [Cue(13, 19, -1), Cue(20, 30, 1)])]
    [('slecht bereikbaar', -1)]
    """
    merged: list = []
    for cue in cues:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not (cue.problem or last.problem or cue.subject or last.subject)
            and cue.start > last.end
            and not text[last.end : cue.start].strip()
            and (cue.sign == last.sign or _poorly(text, last, cue))
        ):
            merged[-1] = replace(last, end=cue.end)
        else:
            merged.append(cue)
    return merged


#: Adverbs of poor manner: one before a positive word says it holds poorly ("slecht
#: bereikbaar", "moeilijk toegankelijk", "beperkt zichtbaar").
_POORLY = frozenset(
    {"slecht", "moeilijk", "lastig", "matig", "beperkt", "onvoldoende", "gebrekkig", "moeizaam",
     "traag", "stroef", "zwak", "nauwelijks"}
)  # fmt: skip


def _poorly(text: str, adverb, cue) -> bool:  # noqa: ANN001
    """Whether a negative adverb of manner modifies the positive word after it.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "moeilijk bereikbaar"
    >>> _poorly(s, Cue(0, 8, -1), Cue(9, 19, 1)), _poorly(s, Cue(0, 8, 1), Cue(9, 19, -1))
    (True, False)
    """
    return adverb.sign < 0 < cue.sign and text[adverb.start : adverb.end].lower() in _POORLY


def _less_than(before: list[str], after: list[str]) -> bool:
    """Whether a cue stands in a comparison of less ("minder banen verloren dan gevreesd").

    "Minder" earlier in the clause and "dan" after the cue compare it down: less
    of what the cue names than its standard. "Minder" right before the cue (two
    words) is left to the scope rules, which read it as a diminisher.

    Examples
    --------
    >>> _less_than(["er", "zijn", "minder", "banen", "in", "de", "thuiszorg"], ["dan", "gevreesd"])
    True
    >>> _less_than(["er", "zijn", "minder"], ["dan", "gevreesd"])
    False
    >>> _less_than(["er", "zijn", "minder", "banen", "in", "de", "thuiszorg"], ["gegaan"])
    False
    """
    return "minder" in before[:-2] and "dan" in after


def _word(text: str, clause: tuple[int, int], cue, before: list[str], after: list[str]):  # noqa: ANN001, ANN202
    """A tone word's reading: None when it judges nothing, else the cue (perhaps turned).

    ``before`` and ``after`` are the clause's words before and after the cue.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het verbeteren van de toegang heeft voorrang."
    >>> _word(s, (0, len(s)), Cue(4, 14, 1), ["het"], ["van", "de", "toegang"]) is None
    True
    >>> s = "De samenwerking met de huisartsen kan beter."
    >>> c = Cue(s.index("beter"), s.index("."), 1)
    >>> _word(s, (0, len(s)), c, ["de", "samenwerking", "kan"], []).sign
    -1
    """
    word = text[cue.start : cue.end].lower()
    if " " in word:
        return cue
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if word in _HEAVY and (prev in _WEIGHING or nxt in _WEIGHING or nxt == "mee"):
        return None
    if cue.sign > 0 and word.endswith("en") and prev == "het" and word not in _STATES:
        return None  # "het verbeteren van …": an activity ("het vertrouwen" is a state)
    if word in _PACE and not _CHANGING.isdisjoint(before[-2:] + after[:2]):
        return None  # "de kosten stijgen snel": the pace of a change, read with the change
    if word in _VERB_ONLY or (word in _LIMITED and nxt == "tot"):
        return None  # "de uitgaven te beperken", "beperkt tot inwoners die …"
    if toneframes.describes(word, before, after):
        return None  # "zware zorg", "jongeren met problemen", "de duur van de indicatie"
    if cue.sign > 0 and _could_be_better(word, before, after):
        return replace(cue, sign=-1)
    if cue.sign > 0 and prev == "te" and not word.endswith("en"):
        return replace(cue, sign=-1)  # "een te rooskleurig beeld": too much of a good thing
    if implied.comparative(word) and _formerly(before + after):
        return replace(cue, sign=-cue.sign)  # "vroeger was de zorg beter geregeld"
    if _negated_after(word, after) and not neg.negated(text, clause, cue.start, cue.end):
        return replace(cue, sign=-cue.sign)
    pred = _predicate(after)
    if pred and _turned_by(cue.sign, pred) and not neg.negated(text, clause, cue.start, cue.end):
        return replace(cue, sign=-cue.sign)  # "de besparingen zijn niet gehaald", "… is gering"
    if _shrinking(text, clause, cue, before, after):
        return replace(cue, sign=-cue.sign)  # "het aantal klachten neemt af", "het draagvlak daalt"
    return cue


#: Finite copulas and auxiliaries after a subject, and the negators that deny its predicate.
_FINITE = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "bleef", "bleven", "komt", "komen", "kwam", "kwamen"}
)  # fmt: skip
_DENYING = frozenset({"niet", "nooit", "nauwelijks", "amper"})


def _predicate(after: list[str]) -> list[str]:
    """The first three words of the predicate of a subject named by a judgement word.

    A finite copula or auxiliary follows the word, right after it or after the
    noun's complement ("besparingen op de hulp zijn …"); [] when none does.

    Examples
    --------
    >>> _predicate(["zijn", "niet", "gehaald"]), _predicate(["op", "de", "hulp", "is", "gering"])
    (['niet', 'gehaald'], ['gering'])
    >>> _predicate(["neemt", "toe"])
    []
    """
    if after[:1] == [] or after[0] not in _FINITE and after[0] not in _PREPOSITIONS:
        return []  # the verb, or the noun's complement first
    k = next((k for k, w in enumerate(after[:7]) if w in _FINITE), None)
    return [] if k is None else after[k + 1 : k + 4]


#: Predicates of a low level: a judgement noun that is "gering" is little of it.
_LOW = frozenset({"gering", "laag", "klein", "minimaal", "miniem"})
#: Degree words that may stand before a low predicate ("is erg laag").
_DEGREES = frozenset({"erg", "zeer", "heel", "vrij", "relatief", "nog", "te", "nogal", "tamelijk"})


def _turned_by(sign: int, pred: list[str]) -> bool:
    """Whether the predicate turns the judgement noun before it.

    A good thing whose predicate is denied ("de beoogde besparingen zijn niet
    gehaald", "de verbetering werd nooit zichtbaar") is lacking; any judgement noun
    with a predicate of a low level ("het draagvlak is gering", "de risico's zijn
    klein") is little of it, and a denied low level turns it back ("niet gering").
    "Niet alleen" adds; "geen" denies a noun of its own ("het succes is geen toeval").

    Examples
    --------
    >>> _turned_by(1, ["niet", "gehaald"]), _turned_by(1, ["geen", "toeval"])
    (True, False)
    >>> _turned_by(-1, ["niet", "opgelost"]), _turned_by(-1, ["erg", "klein"])
    (False, True)
    >>> _turned_by(1, ["niet", "alleen", "hier"]), _turned_by(1, ["niet", "gering"])
    (False, False)
    """
    denied = any(
        w in _DENYING and not neg.not_negating(pred[n + 1 :]) for n, w in enumerate(pred[:2])
    )
    rest = [w for w in pred if w not in _DENYING]
    low = bool(rest) and (
        rest[0] in _LOW or rest[0] in _DEGREES and rest[1:2] != [] and rest[1] in _LOW
    )
    return low != denied if low or sign > 0 else False


#: Words before a noun that heads the clause's subject ("het draagvlak", "het aantal klachten").
_NOUN_OPENERS = frozenset({"de", "het", "aantal", "aandeel", "mate"})
#: Nouns of count: a judgement word in what they count shrinks with the count.
_COUNTED = frozenset({"aantal", "aandeel"})
#: Words right after a subject noun: a finite verb of change or "zijn", or a preposition
#: opening the noun's complement ("de tevredenheid van cliënten is gedaald").
_AFTER_SUBJECT = frozenset(
    {"neemt", "nemen", "nam", "namen", "is", "zijn", "was", "waren", "daalt", "dalen", "daalde",
     "daalden", "loopt", "lopen", "liep", "liepen", "van", "in", "onder", "bij", "voor", "met",
     "over", "op"}
)  # fmt: skip


def _shrinking(
    text: str, clause: tuple[int, int], cue, before: list[str], after: list[str]
) -> bool:  # noqa: ANN001
    """Whether a judgement noun is the subject of a clause of decline ("het draagvlak neemt af").

    Less of a good thing is bad news and less of a bad one good news: a noun cue
    after an article or a word of quantity, followed by the verb or its complement,
    with a verb of decline after it and no negator in the clause, is turned. An
    adjective ("dankzij de goede zorg dalen de kosten") is followed by its noun and
    does not count, unless in what a count counts ("het aantal … naar dure zorg").

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het aantal klachten neemt af."
    >>> _shrinking(s, (0, len(s)), Cue(11, 19, -1), ["het", "aantal"], ["neemt", "af"])
    True
    >>> s = "Het aantal verwijzingen naar dure zorg is afgenomen."
    >>> a = s.index("dure")
    >>> _shrinking(s, (0, len(s)), Cue(a, a + 4, -1), s[:a].lower().split(), ["zorg", "is"])
    True
    >>> s = "Dankzij de goede zorg dalen de kosten."
    >>> _shrinking(s, (0, len(s)), Cue(11, 16, 1), ["dankzij", "de"], ["zorg", "dalen"])
    False
    """
    if after[:1] == [] or not neg.NEGATORS.isdisjoint(before + after):
        return False
    # a judgement word in what a count counts ("het aantal verwijzingen naar dure zorg")
    counted = not _COUNTED.isdisjoint(before[-5:])
    subject = before[-1:] != [] and before[-1] in _NOUN_OPENERS and after[0] in _AFTER_SUBJECT
    if not (counted or subject):
        return False
    return search(_DECLINE, text, cue.end, clause[1]) is not None


#: Words of the former situation and past forms of "zijn" and of verbs of working and
#: going: a comparative said of the past ("het oude systeem werkte beter").
_FORMERLY = frozenset({"vroeger", "voorheen", "destijds", "oude", "eerder", "verleden"})
_WAS = frozenset(
    {"was", "waren", "werkte", "werkten", "ging", "gingen", "liep", "liepen", "verliep",
     "verliepen", "had", "hadden", "stond", "stonden"}
)  # fmt: skip


def _formerly(words: list[str]) -> bool:
    """Whether a clause compares the former situation ("vroeger was het beter geregeld").

    A comparative said of the past judges the present the other way round: what
    was better then is worse now. "Dan vroeger" is the standard of a comparison in
    the present ("is nu eenvoudiger dan vroeger") and does not count.

    Examples
    --------
    >>> _formerly(["vroeger", "was", "de", "zorg", "geregeld"])
    True
    >>> _formerly(["de", "aanvraag", "is", "nu", "dan", "vroeger"])
    False
    >>> _formerly(["het", "oude", "systeem", "werkte"])
    True
    """
    past = [i for i, w in enumerate(words) if w in _FORMERLY and words[i - 1 : i] != ["dan"]]
    return bool(past) and bool(_WAS & set(words))


def _could_be_better(word: str, before: list[str], after: list[str]) -> bool:
    """Whether a comparative closes a clause with "kan" ("de afstemming kan nog beter").

    Examples
    --------
    >>> _could_be_better("beter", ["het", "kan", "nog", "veel"], [])
    True
    >>> _could_be_better("verbeterd", ["de", "afstemming", "kan", "nog", "worden"], [])
    True
    >>> _could_be_better("beter", ["de", "afstemming", "zou", "nog"], ["kunnen"])
    True
    >>> _could_be_better("beter", ["inwoners", "kunnen"], ["geholpen", "worden"])
    False
    """
    if after == ["kunnen"] and not _WOULD.isdisjoint(before):
        before, after = [*before, "kan"], []  # "zou beter kunnen": "kan beter", supposed
    if any(w != "worden" for w in after) or not any(w in _CAN for w in before):
        return False  # something follows: "kunnen beter geholpen worden"
    from kg.extract.mentions import lemma_key

    lemma = lemma_key(word)
    if lemma in _IMPROVE and word != lemma:  # "kan nog worden verbeterd"
        for w in reversed(before):
            if w in _CAN:
                return True
            if w not in _DEGREE and w != "worden":
                return False
        return False
    # a comparative closing the clause: "kan nog beter", "al kan de afstemming beter"
    return not after and implied.comparative(word)


def _negated_after(word: str, after: list[str]) -> bool:
    """Whether a finite verb cue is negated after it ("het lukt de gemeente niet").

    Dutch puts the finite verb of a main clause second and the negator later;
    the scope rules look for a negator before a word. A verb form (its lemma an
    infinitive other than itself, not a participle) followed within four words
    by a negator is negated, unless the negator is "niet alleen" (the caller
    leaves out a cue the scope rules already see negated).

    Examples
    --------
    >>> _negated_after("slaagt", ["niet", "alleen", "in", "de", "stad"])
    False
    >>> _negated_after("lukt", ["de", "gemeente", "niet", "om"])
    True
    """
    found = [i for i, w in enumerate(after[:4]) if w in neg.NEGATORS and w != "zonder"]
    if not found:
        return False
    if neg.not_negating(after[found[0] + 1 :]):
        return False  # "niet alleen … maar ook", "niet meer dan"
    from kg.extract.mentions import lemma_key

    lemma = lemma_key(word)
    return not (
        lemma == word or not lemma.endswith("en") or word.startswith("ge") or word.endswith("en")
    )


def _problem(text: str, clause: tuple[int, int], cue, before: list[str]):  # noqa: ANN001, ANN202
    """A problem's reading: None for a subject outside a negator's reach, a decline turned.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Er zijn geen klachten over de huishoudelijke hulp."
    >>> a = s.index("huishoudelijke")
    >>> c = Cue(a, a + 19, -1, problem=True, subject=True)
    >>> _problem(s, (0, len(s)), c, ["er", "zijn", "geen", "klachten", "over", "de"]) is None
    True
    >>> s = "De administratieve lasten zijn afgenomen."
    >>> _problem(s, (0, len(s)), Cue(3, 25, -1, problem=True), ["de"]).sign
    1
    """
    if cue.subject:
        marks = [i for i, w in enumerate(before) if w in neg.NEGATORS or w in neg.DIMINISHERS]
        if marks and any(w in _PREPOSITIONS for w in before[marks[-1] + 1 :]):
            return None  # "geen klachten over de huishoudelijke hulp": the negator is the noun's
        return cue
    if condition_of_group(text, clause, before + text[cue.start : cue.end].lower().split()[:2]):
        return None  # "inwoners met schulden", "600 mensen met dementie": who is meant
    if addressed(text, clause, cue.start, cue.end) or toneframes.served(text, clause, cue.end):
        return None  # "de aanpak van eenzaamheid", "daklozen kunnen terecht in …": served
    if (at := no_longer(text, clause, cue)) is not None:
        return toneframes.Cue(at, at + 4, -1)  # "geen wachtlijsten meer": a difficulty gone
    # a decline named after "in plaats van" did not come about ("toegenomen in plaats van …")
    instead = text.find(" in plaats van ", clause[0], clause[1])
    if cue.lack or not search(_DECLINE, text, clause[0], clause[1] if instead < 0 else instead):
        return cue
    if not neg.NEGATORS.isdisjoint(map(itemgetter(2), neg.words(text, *clause))):
        return cue  # "de wachttijden zijn niet gedaald"
    return replace(cue, sign=1, problem=False)
