"""A count of a group and its share in brackets: one group, stated twice.

"900 jongeren (12%) krijgen jeugdhulp" gives the number of young people who
receive youth care and their share: the percentage is not the share of young
people in the population but the share of them in youth care, and the count is
a count of clients. The clause after the brackets names what the group
receives, has or uses; its first cue with a share measure in the vocabulary is
the percentage's measure, and the count measure of that provision
(:data:`kg.extract.recipients.COUNT_OF`) is the count's, when the count's own
words named only the group (or nothing). The order may be turned round: "12%
(900 jongeren) krijgt jeugdhulp".

A count of inhabitants whose predicate names a group the vocabulary measures only as a
share ("Ruim 5.000 inwoners zijn ouder dan 65 jaar", "… zijn 65-plusser") is a count of
that group, not the population; the vocabulary has no count measure for it, so the count
keeps none (:func:`narrowed_population`). So does a count narrowed to any age ("3.100
inwoners zijn 75 jaar of ouder": the count of the elderly, which the vocabulary measures
only as a share), also when it is taken out of the inhabitants named before it ("30.000
inwoners, van wie 3.100 75 jaar of ouder zijn", "Van de 30.000 inwoners zijn er 900 ouder
dan 80").

A comparison without a figure of a group narrowed by what it has ("relatief veel
inwoners hebben een laag inkomen", "het aantal inwoners met een uitkering is hoger") is
a level of what the group has, not of the population (:func:`narrowed_groups`); with no
cue for it, the comparison keeps no measure.

Source: the general Dutch of statistics prose, which puts a restatement of a
figure in brackets right after it; written without reading any profile.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.measures import Measure, MeasureVocabulary
from kg.extract.model import Indicator
from kg.extract.recipients import COUNT_OF

__all__ = ["bracketed_shares", "narrowed_groups", "narrowed_population"]

#: Between the first figure and the one it restates: an opening bracket.
_OPEN = re.compile(r"\s*\(\s*")
#: After the restated figure: the closing bracket.
_CLOSE = re.compile(r"\s*\)")
#: Where the clause after the brackets stops naming what the group receives.
_STOP = re.compile(r"[,.;:()]|\s(?:en|maar|terwijl|omdat|waarvan)\s", re.IGNORECASE)
#: The measures a count's own words may name and still be only the group counted.
_GROUPS = frozenset(("inhabitants", "households"))
#: The copula of a predicate that narrows a count of inhabitants, after the count (and a
#: restatement of it in brackets): "5.000 inwoners (18%) zijn (al) …".
_COPULA = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:zijn|waren)\s+(?:(?:al|nog|ook|inmiddels)\s+)?", re.I
)
#: An age as the predicate of a count of people: "75 jaar of ouder", "ouder dan 80", "tussen
#: de 18 en 27 jaar", "boven de 75" (the figure is a word or digits).
_AGE_PREDICATE = re.compile(
    r"(?:[\w-]+\s+jaar\s+(?:of|en)\s+(?:ouder|jonger)|(?:ouder|jonger)\s+dan\s+[\w-]+"
    r"|tussen\s+(?:de\s+)?[\w-]+\s+en\s+[\w-]+\s+jaar|(?:boven|onder)\s+de\s+[\w-]+)\b",
    re.IGNORECASE,
)
#: A count taken out of a group named before it: "…, van wie 3.100 …", "waarvan 900",
#: "Van de 30.000 inwoners zijn er 3.100 …" (the figure's own words name no group).
_PART_OF = re.compile(
    r"(?:\b(?:waarvan|daarvan|van\s+wie|van\s+hen|van\s+deze)\s+(?:er\s+)?"
    r"|\bvan\s+de\s+[\d.]+\s+inwoners\s+(?:\w+\s+){1,2}?er\s+)"
    r"(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer\s+dan|minder\s+dan)\s+)?$",
    re.IGNORECASE,
)
#: A group of people and what narrows it: "inwoners met (een) …", "inwoners hebben …".
_NARROWED = re.compile(
    r"\b(?:inwoners|mensen|personen|huishoudens|gezinnen)\s+(?:met|hebben|hadden|ontvangen"
    r"|ontvingen|krijgen|kregen|leven\s+(?:van|in|op)|zitten\s+in)\s+",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
#: How far after the brackets the provision may be named.
_REACH = 60


def _share_after(vocab: MeasureVocabulary, text: str, start: int) -> Measure | None:
    """The share measure of the first cue in the clause from ``start``, if it has one."""
    stop = _STOP.search(text, start, start + _REACH)
    end = stop.start() if stop else min(len(text), start + _REACH)
    for _a, _b, cue in vocab.cues_in(text, start, end):
        shares = [m for m in vocab.measures_of(cue) if "percent" in m.units]
        return shares[0] if shares else None
    return None


def bracketed_shares(
    text: str, found: list[Indicator], vocab: MeasureVocabulary
) -> list[Indicator]:
    """``found`` with the measures of a count and its share in brackets read together.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kg.extract.measures import load_measures
    >>> s = "In 2016 kregen 900 jongeren (12%) jeugdhulp."
    >>> count = Indicator(15, 27, 1, None, "jongeren", Decimal(900), "count")
    >>> share = Indicator(29, 32, 1, "share-under-25", "", Decimal(12), "percent")
    >>> [i.measure for i in bracketed_shares(s, [count, share], load_measures())]
    ['clients', 'share-youth-care']
    """
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if {first.unit, second.unit} != {"count", "percent"}:
            continue
        if not _OPEN.fullmatch(text, first.end, second.start):
            continue
        close = _CLOSE.match(text, second.end)
        share = _share_after(vocab, text, close.end()) if close else None
        if share is None:
            continue
        count, percent = (i, i + 1) if first.unit == "count" else (i + 1, i)
        out[percent] = replace(out[percent], measure=share.key)
        count_key = COUNT_OF.get(share.key)
        if count_key in vocab.measures and (out[count].measure or "inhabitants") in _GROUPS:
            out[count] = replace(out[count], measure=count_key)
    return out


#: Inhabitants narrowed by what they have: "het aantal inwoners met dementie".
_WITH_SOMETHING = re.compile(r"\binwoners\s+met\s+(?:een\s+)?[^\W\d]", re.IGNORECASE)


def narrowed_population(
    text: str, found: list[Indicator], vocab: MeasureVocabulary
) -> list[Indicator]:
    """``found`` without the population measure where a predicate narrows the inhabitants
    counted to a group the vocabulary measures only as a share.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kg.extract.measures import load_measures
    >>> s = "Ruim 5.000 inwoners zijn ouder dan 65 jaar."
    >>> ind = Indicator(0, 19, 1, "inhabitants", "inwoners", Decimal(5000), "count")
    >>> narrowed_population(s, [ind], load_measures())[0].measure is None
    True
    >>> s = "Ongeveer 3.100 inwoners zijn 75 jaar of ouder."
    >>> ind = Indicator(0, 23, 1, "inhabitants", "inwoners", Decimal(3100), "count")
    >>> narrowed_population(s, [ind], load_measures())[0].measure is None
    True
    >>> s = "Het aantal inwoners met dementie wordt geschat op 900."
    >>> ind = Indicator(0, 52, 1, "inhabitants", "inwoners", Decimal(900), "count")
    >>> narrowed_population(s, [ind], load_measures())[0].measure is None
    True
    >>> s = "Er wonen 30.000 mensen, van wie 900 ouder dan 80."
    >>> ind = Indicator(32, 35, 1, "inhabitants", "", Decimal(900), "count")
    >>> narrowed_population(s, [ind], load_measures())[0].measure is None
    True
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.measure != "inhabitants" or ind.unit != "count":
            continue
        if _WITH_SOMETHING.search(text, max(0, ind.start - 40), ind.end + 20):
            out[i] = replace(ind, measure=None)  # "het aantal inwoners met dementie": a group
            continue
        copula = _COPULA.match(text, ind.end)
        if copula and _AGE_PREDICATE.match(text, copula.end()):
            out[i] = replace(ind, measure=None)  # "3.100 inwoners zijn 75 jaar of ouder"
            continue
        if (
            "inwoner" not in text[ind.start : ind.end].lower()
            and _AGE_PREDICATE.match(text, ind.end + 1)
            and _PART_OF.search(text, max(0, ind.start - 60), ind.start)
        ):
            out[i] = replace(ind, measure=None)  # "…, van wie 3.100 75 jaar of ouder zijn"
            continue
        cue = vocab.cue_at(text, copula.end(), copula.end() + _REACH) if copula else None
        measures = vocab.measures_of(cue) if cue else ()
        if measures and all(m.units == ("percent",) for m in measures):
            out[i] = replace(ind, measure=None)
        elif not copula and (does := _what_they_do(vocab, text, ind.end)):
            out[i] = replace(ind, measure=does)  # "16.000 inwoners geven mantelzorg"
    return out


def _what_they_do(vocab: MeasureVocabulary, text: str, end: int) -> str | None:
    """The count measure of people that the verb phrase right after a count of inhabitants
    names ("16.000 inwoners geven mantelzorg", "… mantelzorg geven": informal carers)."""
    space = _SPACE.match(text, end)
    cue = vocab.cue_at(text, space.end(), space.end() + _REACH) if space else None
    counts = [m for m in vocab.measures_of(cue or "") if "count" in m.units]
    keys = [m.key for m in counts if m.key not in _GROUPS]
    return keys[0] if cue and " " in cue and keys else None


def narrowed_groups(text: str, found: list[Indicator], vocab: MeasureVocabulary) -> list[Indicator]:
    """``found`` with a figure-less level of a narrowed group measured by what it has.

    Examples
    --------
    >>> from kg.extract.measures import load_measures
    >>> s = "Relatief veel inwoners hebben een laag inkomen."
    >>> ind = Indicator(0, 22, 1, "inhabitants", "inwoners", None, None, comparison="more")
    >>> [i.measure for i in narrowed_groups(s, [ind], load_measures())]
    ['share-low-income']
    >>> s = "Het aantal inwoners met een beperking is hoog."
    >>> ind = Indicator(0, 45, 1, "inhabitants", "", None, None, comparison="higher")
    >>> [i.measure for i in narrowed_groups(s, [ind], load_measures())]
    [None]
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.value is not None or ind.measure not in _GROUPS:
            continue
        group = _NARROWED.search(text, ind.start, min(len(text), ind.end + 20))
        if group is None:
            continue
        stop = _STOP.search(text, group.end(), group.end() + _REACH)
        end = stop.start() if stop else min(len(text), group.end() + _REACH)
        cues = [
            cue
            for _a, _b, cue in vocab.cues_in(text, group.start(), end)
            if not all(m.key in _GROUPS for m in vocab.measures_of(cue))
        ]
        count = "aantal" in text[ind.start : group.start()].lower()
        measure = vocab.choose(cues, None, None, free=True, prefer="count" if count else "percent")
        out[i] = replace(ind, measure=measure.key if measure else None)
    return out
