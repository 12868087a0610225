"""Qualitative comparisons: indicator observations without a number.

Profiles often compare without giving a figure: "Het gebruik van de Wmo ligt
lager dan landelijk", "Het aantal gebruikers van jeugdzorg is laag",
"stapeling veel vaker voorkomt". Each such comparison becomes an observation
with ``value`` and ``unit`` None and its ``comparison`` (``higher``,
``lower``, ``more``, ``less``, ``equal``). The patterns are general Dutch:

- ``ligt / scoort … (veel|fors|iets) hoger|lager (dan gemiddeld|landelijk)``
- a quantity noun (aantal, aandeel, gebruik, cijfer, percentage, score,
  niveau) with a copula and ``(zo) hoog|laag|hoger|lager``
- ``(veel) vaker / minder vaak voorkomen`` (:mod:`kg.extract.changes`)
- ``er worden (wel) meer|minder … verstrekt|gebruikt|…``
- ``net zo weinig|veel … als …`` (equal)
- a parenthetical verdict after a topic: ``demografie (veel jongeren)``,
  ``(bovengemiddeld)``, ``(lage uitkering uit …)``
- ``De cijfers tonen een hoge X … een lage Y``
- ``(iets) achteruit|vooruit gegaan``; ``daalt|stijgt``
- a restriction that repeats the verdict: ``…, zeker waar het X betreft``
- a quantifier on a group the measure vocabulary names: ``er lopen weinig
  re-integratietrajecten``, ``minder inwoners kregen huishoudelijke hulp``

Further forms come from :mod:`kg.extract.changes`, :mod:`kg.extract.standings`
and :mod:`kg.extract.contrasts` (a quantity set against a reference in words);
a negated change (``het budget groeit niet mee``) is read first, as equal.
A comparison whose clause holds a number is left to the numeric indicator.
Two coordinated subjects ("Het aandeel Wmo gebruikers en de stapeling van …
ligt hoger") give one observation each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.document import Document
from kg.extract.asides import bracketed_verdicts
from kg.extract.becomingchanges import GATE_WORDS as BECOMING_WORDS
from kg.extract.becomingchanges import find_becoming
from kg.extract.changes import Change, find_changes
from kg.extract.changewords import (
    AVERAGE_OF,
    GATE_WORDS,
    OTHER_MUNICIPALITIES,
    QUANTIFIER_WORDS,
    REF,
    reference_in,
)
from kg.extract.comparedlevels import reference_after
from kg.extract.comparisonfigures import (
    PER_INHABITANT_MEASURE,
    Figures,
    balance_named_again,
    funding_level,
)
from kg.extract.comparisonhedges import hedged
from kg.extract.continuedsubjects import continued_subjects
from kg.extract.contrasts import GATE_WORDS as CONTRAST_WORDS
from kg.extract.contrasts import UNCHANGED_WORDS, find_contrasts, find_unchanged
from kg.extract.direction import quantity_sign
from kg.extract.finalsizes import find_final_sizes
from kg.extract.ifclauses import in_if_clause
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.prefixscan import search
from kg.extract.quantified import CLAUSE_START as _CLAUSE_START
from kg.extract.quantified import quantified
from kg.extract.recipients import COUNT_OF
from kg.extract.reversals import reversed_verdicts
from kg.extract.rulegates import SentenceGates
from kg.extract.spanindex import SpanIndex, after_figures, trimmed
from kg.extract.standings import GATE_WORDS as STANDING_WORDS
from kg.extract.standings import find_standings
from kg.extract.subjects import (
    FINITE,
    PLURAL_VERB,
    coordinated,
    enumerated,
    list_items,
    list_start,
    measure_phrases,
    subject_of_verb,
)
from kg.extract.subjects import names_quantity as _quantity

_DEGREE = r"(?:(?P<deg>veel|fors|iets|wat|flink|duidelijk|aanzienlijk|beduidend|sterk)\s+)?"
_REFERENCE = (
    r"(?:\s+dan\s+(?:(?:het\s+)?(?:" + AVERAGE_OF + r"\s+)?"
    r"(?:gemiddelde?(?:\s+in\s+(?:heel\s+)?(?:de\s+(?:provincie|regio)|(?-i:[A-Z])[\w-]+))?"
    r"|landelijk|gebruikelijk)(?:\s+voor\s+deze\s+grootteklasse)?"
    r"|(?:het\s+)?" + AVERAGE_OF + r"\s+(?:cijfer|percentage|niveau|beeld)"
    r"|in\s+(?:heel\s+)?nederland|in\s+de\s+(?:rest\s+van\s+)?(?:provincie|regio|nederland)"
    r"|(?:in\s+)?(?:de\s+)?" + OTHER_MUNICIPALITIES + r"|(?:in\s+)?de\s+buurgemeenten"
    r"|elders(?:\s+in\s+(?:het\s+land|nederland|de\s+regio|de\s+provincie|(?-i:[A-Z])[\w-]+))?"
    r"|in\s+(?:de\s+rest\s+van\s+|heel\s+)?(?-i:[A-Z])[\w-]+|" + REF + r")\b)?"
)
_WORDS = {
    "hoger": "higher",
    "hoog": "higher",
    "hoge": "higher",
    "lager": "lower",
    "laag": "lower",
    "lage": "lower",
    "veel": "more",
    "meer": "more",
    "vaker": "more",
    "weinig": "lower",  # a low level ("lopen er weinig trajecten"), not a decrease
    "minder": "less",
    "bovengemiddeld": "higher",
    "ondergemiddeld": "lower",
    "achteruit": "lower",
    "vooruit": "higher",
    "daalt": "lower",
    "dalen": "lower",
    "daalde": "lower",
    "daalden": "lower",
    "boven": "higher",
    "onder": "lower",
    "rond": "equal",
    "op": "equal",
    "gemiddeld": "equal",
    "stijgt": "higher",
    "stijgen": "higher",
    "steeg": "higher",
    "stegen": "higher",
}
_QUANTITY = re.compile(r"\b(?:aantal|aandeel|gebruik|cijfer|percentage|score|niveau)\b", re.I)

#: A word between a verb and its level that is not the start of a coordinated clause with a
#: subject of its own ("ligt boven het gemiddelde en de werkloosheid is lager": "lager" is
#: the second clause's).
_NOT_NEW_CLAUSE = r"(?:(?!\sen\s+(?:de|het|er)\s)[^,;:])"
_AND_END = re.compile(r"\sen\s*$", re.I)
_LIGT = re.compile(
    r"\b(?:ligt|liggen|lag|lagen|zit|zitten|zat|zaten|scoort|scoren|scoorde)\b"
    + _NOT_NEW_CLAUSE
    + r"{0,120}?\b"
    + _DEGREE
    + r"(?P<cmp>hoger|lager)\b(?:\s+niveau)?"  # "ligt op een hoger niveau dan …"
    + _REFERENCE,
    re.I,
)
#: A level against the average: "ligt boven het landelijk gemiddelde", "is gemiddeld".
_LEVEL = re.compile(
    r"\b(?:ligt|liggen|lag|lagen|zit|zitten|zat|zaten|is|zijn|was|waren|blijft|blijven|bleef"
    r"|bleven|scoort|scoren|scoorde|bevindt\s+zich|bevinden\s+zich|komt\s+uit|komen\s+uit)\b(?P<mid>"
    + _NOT_NEW_CLAUSE
    + r"{0,80}?)\s"
    r"(?:(?P<cmp>boven|onder|rond|op)\s+(?:het\s+(?:" + AVERAGE_OF + r"\s+)?"
    r"(?:gemiddelde|niveau|percentage)|(?:het\s+)?" + AVERAGE_OF + r"\s+(?:niveau|cijfer|beeld)"
    # the adjective for its noun, left out as said before: "ligt boven het landelijke"
    r"|het\s+(?:landelijke|provinciale|regionale)(?=\s*(?:$|[,.;:)]|en\b|maar\b)))\b"
    r"|(?P<avg>gemiddeld)(?=\s*(?:$|[,.;:)]|en\b|maar\b)))",
    re.I,
)
#: Whose level or average it is, after "het niveau": "van vergelijkbare gemeenten".
_LEVEL_OF = re.compile(r"\s+(?:van|in)\s+[^,;:.()\d]{1,60}?(?=\s*(?:[,;:.()]|$|en\s|maar\s))", re.I)
_COPULA = re.compile(
    r"\b(?:is|zijn|was|waren|blijft)\b(?:\s+(?:daarentegen|zo|erg|zeer|relatief|ook|nog|dat|dit"
    r"|juist|wel|echter|opvallend|bijzonder|vrij|heel"
    r"|het|de|\w*cijfer|aantal|aandeel))*\s+(?P<cmp>hoger|lager|hoog|laag)\b"
    r"(?=\s*(?:$|[,.;:)]|dan\b|in\b|als\b|bij\b|voor\b|afgezet\b|vergeleken\b|ten\b|t\.o\.v))"
    + _REFERENCE,
    re.I,
)
_ER_WORDEN = re.compile(
    r"\ber\s+worden\s+(?:wel\s+|juist\s+|ook\s+)?(?P<cmp>meer|minder)\s+(?P<what>[^,;.]{1,80}?)\s+"
    r"(?:verstrekt|gebruikt|geleverd|ingezet|aangevraagd|toegekend|verleend)\b",
    re.I,
)
_NET_ZO = re.compile(
    r"\bnet\s+zo\s+(?:veel|weinig|hoog|laag|groot|klein)\s+(?P<what>[^,;()]{0,80}?)\s+als\s+"
    r"(?P<ref>[^,;()]{1,80})",
    re.I,
)
_FIGURES = re.compile(r"\bcijfers\s+(?:tonen|toont|laten\s+zien|wijzen\s+op)\b", re.I)
_ADJ = re.compile(
    r"\b(?:een\s+)?(?P<cmp>hoge|lage)\s+(?P<what>[^,.;]{1,80}?)(?=\s*(?:,|\.|;|$)|\s+en\s+een\b)",
    re.I,
)
_TREND = re.compile(
    r"\b(?:(?P<deg>iets|fors|flink|sterk)\s+)?(?:op\s+)?(?P<cmp>achteruit|vooruit)\s+(?:ge)?gaan\b"
    r"(?:\s+t\.o\.v\.\s+[^,;]{1,80})?|\b(?P<cmp2>daalt|dalen|daalden?|stijgt|stijgen|steeg|stegen)\b",
    re.I,
)
#: A restriction that repeats the verdict of the clause before ("…, vooral waar het X betreft").
_RESTRICT = re.compile(
    r"\b(?:zeker|vooral|met\s+name|in\s+het\s+bijzonder|juist)\s+waar\s+het\s+"
    r"(?P<what>[^,;]{1,80}?)\s+betreft\b",
    re.I,
)
#: What stands before the verb of an inverted clause: "volgens …", "Onder 75-plussers ligt …".
_NO_SUBJECT = re.compile(r"\W*(?:(?:volgens|onder|bij|in|voor|binnen|buiten)\b.*)?", re.I)
#: "met" between a group and what it has: "jongeren met jeugdhulp".
_WITH = re.compile(r"\s+met\s+(?:een\s+)?", re.IGNORECASE)
_BOTH = re.compile(r"\s*zowel\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\baantal\b", re.IGNORECASE)  # a count, never a share
_YOUNG = frozenset(("jongeren", "kinderen"))  # the groups of the cues "jongeren met jeugdhulp"
#: Key words one of which every match of a pattern holds (see :mod:`kg.extract.gates`).
_GATES = {
    "cmp": ("hoger", "lager", "hoog", "laag"),  # _LIGT, _COPULA
    "level": (
        "gemiddeld",
        "niveau",
        "percentage",
        "cijfer",
        "landelijke",
        "provinciale",
        "regionale",
        "beeld",  # "onder het landelijk beeld"
    ),
    "worden": ("worden",),
    "net zo": ("net",),
    "paren": ("(",),
    "cijfers": ("cijfers",),
    "trend": ("achteruit", "vooruit", "daalt", "dalen", "daalde", "stijgt", "stijgen", "steeg")
    + ("stegen",),
    "zeker": ("betreft",),
    "quantifier": QUANTIFIER_WORDS,
    "changes": GATE_WORDS + ("langer", "korter"),  # "moeten langer wachten" (changes)
    "becoming": BECOMING_WORDS,
    "standings": STANDING_WORDS,
    "contrasts": CONTRAST_WORDS,
    "unchanged": UNCHANGED_WORDS,
}
_SENTENCE_GATES = SentenceGates(_GATES)


def _clause_start(text: str, floor: int, pos: int) -> int:
    start = max(floor, pos - 150)
    for m in _CLAUSE_START.finditer(text, start, pos):
        start = m.end()
    for m in _AFTER_FIGURE.finditer(text, start, pos):
        start = m.end()  # "telt 35.000 inwoners en het aandeel ouderen ligt hoger"
    for m in _AND_SUBJECT.finditer(text, start, pos):
        if FINITE.search(text, start, m.start()):
            start = m.end()  # "is hoog en de werkloosheid ligt onder …": a clause of its own
    relative = _RELATIVE_OF.search(text, max(floor, start - 60), start)
    return relative.start() if relative else start  # "het aantal ouderen dat … ligt hoger"


#: A quantity's noun phrase and the relative pronoun of a clause about it, right before it.
_RELATIVE_OF = re.compile(
    r"\b(?:het|de)\s+(?:aantal|aandeel|percentage|gebruik)\s+(?:[^\W\d][\w-]*\s+){0,2}"
    r"(?:dat|die)\s+$",
    re.IGNORECASE,
)


#: A figure's clause ended by "en" and a new subject: what follows compares that subject.
_AFTER_FIGURE = re.compile(
    r"\d[^,;:]*?\sen\s+(?:(?:ook|daarnaast|bovendien|juist|tegelijk)\s+)?(?=(?:de|het)\s)",
    re.IGNORECASE,
)


#: "en" and a new subject: after a clause with its own verb, a clause of its own begins.
_AND_SUBJECT = re.compile(
    r"\sen\s+(?:(?:ook|daarnaast|bovendien|juist|tegelijk)\s+)?(?=(?:de|het)\s)", re.I
)


#: A head noun before the group it is measured in: "de gezondheid van de inwoners".
_HEAD_OF = re.compile(r"(?:(?:de|het)\s+)?([^\W\d][\w-]*)\s+(?:van|onder|bij)\s", re.I)


class _Maker:
    """Makes the observations of one document, with measures from the vocabulary."""

    def __init__(self, measures: MeasureVocabulary) -> None:
        self.measures = measures

    def __call__(
        self,
        sentence_index: int,
        start: int,
        end: int,
        measure: str,
        cmp_word: str,
        reference: str | None = None,
        qualifier: str | None = None,
    ) -> Indicator:
        phrase = " ".join(measure.split())
        found = self.measures.cues_in(phrase, 0, len(phrase))
        head = _HEAD_OF.match(phrase)
        if head and quantity_sign(head.group(1)) and (not found or found[0][0] > head.start(1)):
            found = []  # "de gezondheid van de inwoners": a quantity the vocabulary lacks
        # "jongeren met jeugdbescherming": the group is the base of the measure of what it has
        nxt = [s for s, _, _ in found[1:]] + [-1]  # where the next cue starts
        cues = [c for i, (_, e, c) in enumerate(found) if not _WITH.fullmatch(phrase, e, nxt[i])]
        # so is a group named with what it has in one cue ("jongeren met jeugdhulp")
        cues = [c.split(" met ")[-1] if c.split(" met ")[0] in _YOUNG else c for c in cues]
        share = re.search(r"\b(?:aandeel|percentage)\b", phrase, re.I)
        # a share ("het aandeel jeugdigen met verblijf") is a percentage, never a count
        known = (
            self.measures.choose(
                cues, "percent" if share else None, None, free=not share, prefer="percent"
            )
            if share
            else self.measures.choose(cues, None, None, free=True, prefer="count")
        )
        if known and _NUMBER_OF.search(phrase):  # a count ("aantal 85-plussers") is no share
            kept = None if known.key.startswith("share-") and reference is None else known
            known = self.measures.measures.get(COUNT_OF.get(known.key, ""), kept)
        return Indicator(
            start=start,
            end=end,
            sentence=sentence_index,
            measure=known.key if known else None,
            measure_label=phrase,
            value=None,
            unit=None,
            approximate=qualifier is not None,
            qualifier=qualifier,
            comparison=_WORDS.get(
                cmp_word.lower().split()[0], "less" if "minder" in cmp_word else None
            ),
            reference=reference,
        )


def _in_sentence(
    doc: Document, sentence, gates: dict[str, set[int]], _make: _Maker
) -> list[Indicator]:  # noqa: ANN001, E501
    text, s0, s1 = doc.text, sentence.start, sentence.end
    found: list[Indicator] = []
    idx = sentence.index
    if idx not in gates["any"]:
        return found
    if idx in gates["unchanged"]:  # a negated change is none: before the words of change
        found += _changes(text, find_unchanged(text, s0, s1), idx, _make, found)
    found += _against_level(text, s0, s1, idx, gates, _make)
    for m in prefixed_finditer(_ER_WORDEN, text, s0, s1) if idx in gates["worden"] else ():
        ref = reference_in(text[max(s0, m.start() - 150) : min(s1, m.end() + 150)])
        found.append(_make(idx, m.start(), m.end(), m.group("what"), m.group("cmp"), ref))
    for m in prefixed_finditer(_NET_ZO, text, s0, s1) if idx in gates["net zo"] else ():
        ind = _make(idx, m.start(), m.end(), m.group("what"), "x", reference_in(m.group("ref")))
        found.append(_with_comparison(ind, "equal"))
    found += _parenthetical(text, s0, s1, idx, _make) if idx in gates["paren"] else []
    if idx in gates["cijfers"] and search(_FIGURES, text, s0, s1):
        for m in prefixed_finditer(_ADJ, text, s0, s1):
            found.append(_make(idx, m.start(), m.end(), m.group("what"), m.group("cmp")))
    for m in prefixed_finditer(_TREND, text, s0, s1) if idx in gates["trend"] else ():
        c0 = _clause_start(text, s0, m.start())
        word = m.group("cmp") or m.group("cmp2")
        subject, end = subject_of_verb(text, c0, m.start(), m.end(), s1)
        deg = m.group("deg")
        found.append(_make(idx, c0, end, " ".join(measure_phrases(subject)[:1]), word, None, deg))
    if idx in gates["changes"]:
        found += _changes(text, find_changes(text, s0, s1), idx, _make, found)
    if idx in gates["becoming"]:  # "sinds de dagbesteding korter werd"
        found += _changes(text, find_becoming(text, s0, s1), idx, _make, found)
    if idx in gates["standings"]:
        found += _changes(text, find_standings(text, s0, s1), idx, _make, found)
        found += _changes(text, find_final_sizes(text, s0, s1), idx, _make, found)  # "… klein is"
    if idx in gates["contrasts"]:
        found += _changes(text, find_contrasts(text, s0, s1), idx, _make, found)
    if idx in gates["quantifier"]:
        found += quantified(text, s0, s1, idx, _make)
    if found and idx in gates["zeker"]:
        found += _restrictions(text, s0, s1, idx, _make, found)
    return found


def _against_level(
    text: str, s0: int, s1: int, idx: int, gates: dict[str, set[int]], _make: _Maker
) -> list[Indicator]:
    """Comparisons of a subject with a level: "ligt hoger", "is laag", "ligt boven het …"."""
    found: list[Indicator] = []
    cmp = idx in gates["cmp"]
    for m in prefixed_finditer(_LIGT, text, s0, s1) if cmp else ():
        c0 = _clause_start(text, s0, m.start())
        subject = text[c0 : m.start()]
        after_verb = text[m.start() + len(m.group().split()[0]) : m.start("cmp")]
        # a verb first after "en" opens a clause of its own: "… gestegen en ligt het gebruik …"
        inverted = _quantity(after_verb) and (not _quantity(subject) or _AND_END.search(subject))
        if not subject.strip() or _NO_SUBJECT.fullmatch(subject.strip()) or inverted:
            # inverted order: "ligt met name de gezondheid bij … fors lager", "Daarnaast ligt
            # het aantal X hoger" (an adverb first: the quantity follows the verb)
            subject = text[m.start() : m.start("cmp")]
            subject = re.sub(r"^\w+\s+(?:met\s+name\s+)?", "", subject)
            c0 = m.start() + len(text[m.start() : m.start("cmp")]) - len(subject.lstrip())
        c0, measures = _subjects(text, s0, c0, subject, _make)
        ref, end = reference_after(text, m.group(), m.end(), s1)
        for measure in measures:
            found.append(_make(idx, c0, end, measure, m.group("cmp"), ref))
    for m in prefixed_finditer(_COPULA, text, s0, s1) if cmp else ():
        c0 = _clause_start(text, s0, m.start())
        c0 = list_start(text, s0, c0) if c0 > s0 else c0
        clause = text[c0 : m.end()]
        if not _QUANTITY.search(clause):
            continue
        subject = text[c0 : m.start()] if text[c0 : m.start()].strip() else clause
        c0, measures = _subjects(text, s0, c0, subject, _make)
        ref, end = reference_after(text, m.group(), m.end(), s1)
        for measure in measures:
            found.append(_make(idx, c0, end, measure, m.group("cmp"), ref))
    for m in prefixed_finditer(_LEVEL, text, s0, s1) if idx in gates["level"] else ():
        c0 = _clause_start(text, s0, m.start())
        subject = text[c0 : m.start()]
        if not subject.strip() or _NO_SUBJECT.fullmatch(subject.strip()):
            subject, c0 = m.group("mid"), m.start("mid")  # "Onder X ligt het gebruik boven …"
        word = m.group("cmp") or m.group("avg")
        if m.group("avg") and re.search(r"\b(?:dan|als)\s*$", m.group("mid"), re.I):
            continue  # "ongunstiger is dan gemiddeld": a comparison, not a level
        c0, measures = _subjects(text, s0, c0, subject, _make)
        ref, end = reference_in(m.group()), m.end()
        of = _LEVEL_OF.match(text, end, s1)  # "onder het niveau van vergelijkbare gemeenten"
        whose = reference_in(of.group()) if of and ref in {None, "national average"} else None
        if of and whose is not None:
            ref, end = whose, of.end()
        for measure in measures:
            found.append(_make(idx, c0, end, measure, word, ref or "national average"))
    return found


def _parenthetical(text: str, s0: int, s1: int, idx: int, _make: _Maker) -> list[Indicator]:
    """Verdicts in brackets after a topic (:mod:`kg.extract.asides`)."""
    found: list[Indicator] = []
    for c in bracketed_verdicts(text, s0, s1):
        ind = _make(idx, c.start, c.end, c.subject, "x", c.reference)
        found.append(replace(ind, comparison=c.comparison))
    return found


def _changes(
    text: str, changes: list[Change], idx: int, _make: _Maker, found: list[Indicator]
) -> list[Indicator]:
    """The ``changes`` (of :mod:`~kg.extract.changes`, :mod:`~kg.extract.standings`) that no
    pattern above (``found``) said."""
    out: list[Indicator] = []
    for change in changes:
        if any(change.start < f.end and f.start < change.end for f in found):
            continue  # said by a pattern above (the changes nest only in each other)
        if change.subject.lower() in _PREPOSITIONS:
            continue  # "is daar minder zeker van": a preposition alone names no quantity
        at = text.find(change.subject, change.start, change.end) if change.subject else -1
        if "als " in text[change.start : change.end].lower() and in_if_clause(
            text, max(at, change.start)
        ):
            continue  # "… op als de groei van de jeugdhulp aanhoudt": a condition, no change
        start, subjects = change.start, coordinated(change.subject)
        if len(subjects) == 1 and text[change.start : change.start + 1].strip():
            start, subjects = _subjects(
                text, max(0, change.start - 200), change.start, change.subject, _make
            )
            subjects = subjects if len(subjects) > 1 else [change.subject]
        for subject in subjects:
            ind = _make(idx, start, change.end, subject, "x", change.reference)
            label = ind.measure_label or " ".join(text[change.start : change.end].split())
            out.append(
                replace(
                    ind,
                    measure_label=label,
                    comparison=change.comparison,
                    qualifier=change.qualifier,
                    approximate=change.qualifier is not None,
                )
            )
    return out


_PREPOSITIONS = frozenset("van op aan in met voor bij over uit naar om tot door".split())  # noqa: SIM905


def _subjects(text: str, floor: int, c0: int, subject: str, _make: _Maker) -> tuple[int, list[str]]:
    """The start and the measure phrases of a subject, a list's items one each.

    A list of three or more ("het gebruik van jeugdhulp, Wmo en bijstand") or
    "zowel … als …" gives an observation per item; two items joined by "en"
    only when the vocabulary measures them apart ("het gebruik van jeugdhulp en
    Wmo"; "het aantal ouders en kinderen" is one quantity).
    """
    start = list_start(text, floor, c0) if c0 > floor else c0
    words = text[start:c0] + subject if start < c0 else subject
    if not re.search(r",|\s(?:en|of|als)\s", words):
        return c0, measure_phrases(subject)  # no list
    keys: dict[str, str | None] = {}  # each item's measure, read once

    def key(item: str) -> str | None:
        if item not in keys:
            keys[item] = _make(0, 0, 0, item, "x").measure
        return keys[item]

    items = list_items(words)
    both = coordinated(words) if not items and _BOTH.match(words) else []
    if len(both) > 1:  # "Zowel de werkloosheid als het aantal uitkeringen ligt …"
        return start, both
    if not items:
        after = text[c0 + len(subject) : c0 + len(subject) + 12]
        items = enumerated(words, plural=PLURAL_VERB.match(after) is not None)
        items = items if all(_quantity(i) or key(i) for i in items) else []
    if len(items) == 2 and not re.match(r"\s*zowel\b", words, re.IGNORECASE):
        first, second = key(items[0]), key(items[1])
        items = items if None not in (first, second) and first != second else []
    if items:
        return start, items
    return c0, measure_phrases(subject)


def _restrictions(
    text: str, s0: int, s1: int, idx: int, _make: _Maker, before: list[Indicator]
) -> list[Indicator]:
    """ "…, zeker waar het X betreft": X gets the verdict of the observation before it
    (the nearest one ending before the restriction; a later clause has its own verdict)."""
    found: list[Indicator] = []
    for m in prefixed_finditer(_RESTRICT, text, s0, s1):
        earlier = [f for f in before + found if f.end <= m.start()] or before
        base = max(earlier, key=lambda f: (f.end, f.start))
        ind = _make(idx, m.start(), m.end(), m.group("what"), "x", base.reference)
        found.append(ind if base.comparison is None else _with_comparison(ind, base.comparison))
    return found


def _with_comparison(ind: Indicator, comparison: str) -> Indicator:
    from dataclasses import replace

    return replace(ind, comparison=comparison)


def qualitative_comparisons(
    doc: Document, numeric: Iterable[Indicator], measures: MeasureVocabulary | None = None
) -> list[Indicator]:
    """Return the comparisons without a number, one observation per compared measure.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    numeric : iterable of Indicator
        The numeric observations already found; a comparison overlapping one
        of them is dropped (the number carries it).
    measures : MeasureVocabulary, optional
        Gives each comparison its measure; without it every measure is None.

    Returns
    -------
    list of Indicator
        With ``value`` and ``unit`` None.
    """
    numeric = list(numeric)
    numbers = SpanIndex((n.start, n.end) for n in numeric)
    figures = Figures.of(numeric)
    make = _Maker(measures if measures is not None else MeasureVocabulary(()))
    out: list[Indicator] = []
    seen: dict[str, SpanIndex] = {}
    gates = _SENTENCE_GATES.sentences(doc.text, doc.sentences)
    gates["any"] = set().union(*gates.values())
    for sentence in doc.sentences:
        for ind in _in_sentence(doc, sentence, gates, make):
            ind = hedged(doc.text, trimmed(doc.text, ind))
            if numbers.overlaps(ind.start, ind.end):
                after = after_figures(doc.text, ind, numbers)
                if after is None:
                    continue
                ind = after
            if figures.carry(doc.text, ind):
                continue
            same = seen.setdefault(ind.measure_label.lower(), SpanIndex())
            if same.overlaps(ind.start, ind.end):
                continue
            same.add((ind.start, ind.end))
            out.append(ind)
    # "Voor de jeugdhulp geldt het omgekeerde": the verdict before, turned round
    out += reversed_verdicts(doc, [*numeric, *out], lambda n, a, b, w: make(n, a, b, w, "x"))
    if measures is not None and PER_INHABITANT_MEASURE in measures.measures:
        out = [funding_level(doc.text, ind) for ind in out]
    out = [ind for ind in out if not balance_named_again(doc.text, ind, numeric)]
    return continued_subjects(doc.text, out)
