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
from operator import attrgetter, itemgetter

from kg.extract import changespeed, cuewords, followthrough, needs, onpaper, toneframes
from kg.extract import negation as neg
from kg.extract.addressed import addressed
from kg.extract.compoundcues import compound_cues
from kg.extract.cuewords import (
    NOT_JUDGING_FORMS,
    PREPOSITIONS,
    declines,
    divides_tasks,
    word_reading,
)
from kg.extract.groupconditions import condition_of_group
from kg.extract.hedges import degree_of
from kg.extract.labelquotes import labelled_quote
from kg.extract.nolonger import no_longer
from kg.extract.predicates import judged_subjects
from kg.extract.servicefields import field_of_service
from kg.extract.subjectcues import predicate_over_subject

#: Punctuation inside a phrase cue: its words stand in two clauses ("leden, onder wie");
#: a decimal comma ("met 6,1% onder") divides nothing.
_PUNCTUATED = re.compile(r"(?<!\d),|,(?!\d)|[;:()]")
#: The start and the word of a token of :func:`kg.extract.negation.words`.
_START_OF, _WORD_OF = itemgetter(0), itemgetter(2)


def judging(text: str, start: int, end: int, cues: list, name_only: bool = True) -> list:
    """The cues of the claim ``text[start:end]`` as their context reads them.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of kg.extract.tone.Cue
        The tone cues and problems found in the span.
    name_only : bool
        False when the span holds none of the words of :data:`NAME_ONLY` (a word gate
        told the caller): the on-paper and follow-through readings are skipped.

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
        if not cue.problem and (_named(text, cue.start) or _compound_part(text, cue.end)):
            continue  # "het gemeentehuis in Goor", "een zorg- en winkelcentrum": no judgement
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
        if _grades(text, cue, starts[nxt:], cues) or _speed(text, cue, before, after):
            continue  # "het belangrijkste knelpunt": the noun judges; "stijgt snel": a change
        if not cue.problem and _less_than(before, after):
            kept.append(replace(cue, sign=-cue.sign))  # "minder banen verloren dan gevreesd"
        elif not cue.problem and " " in (phrase := text[cue.start : cue.end].lower()):
            if (
                phrase.split()[-1] not in NOT_JUDGING_FORMS
                and not degree_of(phrase, after)
                and not condition_of_group(text, clause, before + phrase.split()[:2])
                and before[-1:] != ["te"]  # "te klein voor de vraag": an excess
                and not _PUNCTUATED.search(phrase)  # "leden, onder wie": two clauses' words
                and not divides_tasks(phrase, before, after)  # "is de gemeente aangewezen op X"
            ):
                kept.append(cue)  # a phrase: its reading is its own ("mensen met een laag …" aside)
        elif cue.problem:
            read = _problem(text, clause, cue, before)
            if read is not None:
                kept.append(read)
        elif (read := word_reading(text, clause, cue, before, after)) is not None:
            kept.append(needs.lacking(text, clause, read))
    if name_only and _name_only_words(text, start, end):  # "op papier", "blijft bij woorden"
        kept = _in_name_only(text, start, end, kept)
    if not any(not c.subject for c in kept):  # a subject named judges only as a lack
        kept += _implicit(text, start, end)
        if not kept:
            return kept  # no cue (many claims): the readings below keep none
    kept = judged_subjects(text, end, kept)  # "het vertrouwen is beschadigd": the predicate's
    kept = predicate_over_subject(text, spans, kept)  # "het vinden van geschikte … is lastig"
    kept = toneframes.against_expectation(text, spans, toneframes.fewer(text, spans, kept))
    return _one_judgement(text, kept)


def _speed(text: str, cue, before: list[str], after: list[str]) -> bool:  # noqa: ANN001
    """Whether the cue is a word of speed that measures a change ("stijgt snel"):
    :func:`kg.extract.changespeed.measures_change`."""
    if cue.problem:
        return False  # tested before the word is cut out: most cues fail here or next
    return changespeed.measures_change(text[cue.start : cue.end].lower(), before, after)


def _in_name_only(text: str, start: int, end: int, kept: list) -> list:
    """``kept`` with the cues of what exists in name only: on paper (:mod:`kg.extract.onpaper`)
    or in words that were not followed by deeds (:mod:`kg.extract.followthrough`).

    A tone word inside such a phrase ("bij goede voornemens gebleven") names what
    stayed unrealised and gives way to it.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het bleef bij goede voornemens."
    >>> [(s[c.start : c.end], c.sign) for c in _in_name_only(s, 0, len(s), [Cue(14, 19, 1)])]
    [('bleef bij goede voornemens', -1)]
    """
    extra = onpaper.cues(text, start, end, kept) + followthrough.cues(text, start, end)
    if not extra:
        return kept  # most claims
    kept = [c for c in kept if not any(e.start <= c.start and c.end <= e.end for e in extra)]
    return sorted(kept + extra, key=_START)


#: The words the on-paper and follow-through readings need, as a pattern for a word gate.
NAME_ONLY = re.compile(
    r"\b(?:papier|theorie|blijft|blijven|bleef|bleven|gebleven)\b", re.IGNORECASE
)


def _name_only_words(text: str, start: int, end: int) -> bool:
    """Whether the span holds what :func:`_in_name_only` needs: "papier", "theorie", or "bij"
    with a form of "blijven" (plain string searches: a case-blind pattern with no literal
    prefix is tried at every character, and cost more than all the tone rules together).

    Examples
    --------
    >>> _name_only_words("Het blijft bij woorden.", 0, 23), _name_only_words("Het loket.", 0, 10)
    (True, False)
    """
    find = text.find
    if find("papier", start, end) >= 0 or find("theorie", start, end) >= 0:
        return True
    return find("bij ", start, end) >= 0 and (
        find("lijf", start, end) >= 0 or find("lijv", start, end) >= 0
        or find("leef", start, end) >= 0 or find("gebleven", start, end) >= 0
        or find("leven", start, end) >= 0
    )  # fmt: skip


#: The start of a cue: the order of the cues in the text.
_START = attrgetter("start")
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


def _compound_part(text: str, end: int) -> bool:
    """Whether a cue ending at ``end`` is the first part of a compound: a hyphen follows,
    of omission ("een zorg- en winkelcentrum", the head left out) or of joining.

    Examples
    --------
    >>> s = "De stad is een zorg- en winkelcentrum."
    >>> _compound_part(s, s.index("-")), _compound_part(s, s.index(" en"))
    (True, False)
    """
    return text[end : end + 1] == "-"


def _named(text: str, at: int) -> bool:
    """Whether the word at ``at`` is written with a capital inside a sentence: a name.

    A tone word is matched in any case; with a capital after a word or a comma it
    is a name ("het gemeentehuis in Goor", "stichting De Goede Zorg"), not a verdict,
    and so it is after an opening quotation mark that follows a word: the title of a
    plan or a note ("het beleidsplan ‘Dichtbij in de kern’"). At the start of a
    sentence, a line or a quotation after a colon the capital says nothing.

    Examples
    --------
    >>> s = "Het team werkt in Goor. Goed werk, zegt De Goede Zorg.\\nGoed zo."
    >>> [_named(s, s.index(w)) for w in ("Goor", "Goed ", "Goede", "Goed zo")]
    [True, False, True, False]
    >>> s = "De nota ‘Goed thuis’ is klaar. Zij zegt: ‘Goed gedaan.’"
    >>> [_named(s, s.index(w)) for w in ("Goed thuis", "Goed gedaan")]
    [True, False]
    """
    if not text[at : at + 1].isupper():
        return False
    before = text[max(0, at - 3) : at].rstrip(" ")
    if before[-1:] in _OPENING_QUOTES:  # a title after a word: "de nota ‘Goed thuis’"
        before = text[max(0, at - 4) : at - 1].rstrip(" ")
        return before[-1:].isalnum()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


#: Opening quotation marks (a straight one opens as often as it closes).
_OPENING_QUOTES: frozenset[str] = frozenset("‘“„'\"«")


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
    if (at := labelled_quote(text, start, end)) is not None:
        return [
            toneframes.Cue(at, at + 1, -1)
        ]  # "Een ambtenaar: ‘…’": a voice quoted under a label
    if (at := toneframes.coined_label(text, start, end)) is not None:
        return [toneframes.Cue(at, at + 1, -1)]  # "spreekt van ‘de grote broer …’": a label coined
    if (at := toneframes.progress(text, start, end)) is not None and not _trend(
        text, start, end, at
    ):
        return [toneframes.Cue(at, at + len("inmiddels"), 1)]  # "inmiddels": a change made
    if (at := toneframes.tension(text, start, end)) is not None:
        return [toneframes.Cue(at, at + len("terwijl"), -1)]  # "…, terwijl …": two facts at odds
    return []


def _trend(text: str, start: int, end: int, at: int) -> bool:
    """Whether the clause of "inmiddels" at ``at`` states a change of level with a verb or
    noun of change (:data:`kg.extract.cuewords.CHANGING`: "is inmiddels opgelopen tot 60",
    "vergrijzen inmiddels snel"): a trend, which its quantity judges, not progress made.

    Examples
    --------
    >>> s = "De caseload is inmiddels opgelopen tot 60."
    >>> _trend(s, 0, len(s), s.index("inmiddels"))
    True
    >>> s = "Het loket is inmiddels open."
    >>> _trend(s, 0, len(s), s.index("inmiddels"))
    False
    """
    for a, b in neg.clauses(text, start, end):
        if a <= at < b:
            return not cuewords.CHANGING.isdisjoint(map(_WORD_OF, neg.words(text, a, b)))
    return False


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
        if marks and any(w in PREPOSITIONS for w in before[marks[-1] + 1 :]):
            return None  # "geen klachten over de huishoudelijke hulp": the negator is the noun's
        return cue
    if condition_of_group(text, clause, before + text[cue.start : cue.end].lower().split()[:2]):
        return None  # "inwoners met schulden", "600 mensen met dementie": who is meant
    if field_of_service(before):
        return None  # "het meldpunt bij huiselijk geweld": what a service is for
    if addressed(text, clause, cue.start, cue.end) or toneframes.served(text, clause, cue.end):
        return None  # "de aanpak van eenzaamheid", "daklozen kunnen terecht in …": served
    if (at := no_longer(text, clause, cue)) is not None:
        return toneframes.Cue(at, at + 4, -1)  # "geen wachtlijsten meer": a difficulty gone
    # a decline named after "in plaats van" did not come about ("toegenomen in plaats van …")
    instead = text.find(" in plaats van ", clause[0], clause[1])
    if cue.lack or not declines(text, clause[0], clause[1] if instead < 0 else instead):
        return cue
    if not neg.NEGATORS.isdisjoint(map(itemgetter(2), neg.words(text, *clause))):
        return cue  # "de wachttijden zijn niet gedaald"
    return replace(cue, sign=1, problem=False)
