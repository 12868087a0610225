"""Which regions "de regio" of a claim stands for: the municipality's own, and a
labour-market region only in a claim about work and income.

"De regio" and the phrases of ``kg/data/home-region-cues.toml`` ("de omliggende
gemeenten") stand for the regions the municipality belongs to
(:func:`home_region_named`). The adjective "regionaal" / "regionale" (and the adverb,
"regionaal ingekocht") does not: it names no entity and says how an arrangement works
("de regionale inkoop", "regionale besluiten", "de regionale samenwerking"), not which
area the claim is about (gold decision 6 of the thirty-ninth session: 99 of the 125
claims with it whose sentence names no region or body had none). A labour-market region
(one of the 35 "arbeidsmarktregio's" in which municipalities and the UWV serve employers
and job seekers) covers work and income only: when it is the only region a profile
relates its municipality to, "de regio" in a claim on youth care, support or shelter
("de toewijzing van jeugdhulp loopt via de regio") does not stand for it; in a claim on
jobs, benefits or re-integration it does (:func:`regions_for`). The words of the field
are data (``kg/data/work-income-words.txt``).
Split out of :mod:`kg.extract.concerns`.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.datafiles import word_list
from kg.extract import prefixscan
from kg.extract.problemclauses import alternation
from kg.extract.sentencecache import memo

__all__ = ["about_work", "home_region_cues", "home_region_named", "regions_for"]

#: The noun "regio" (not "regionaal", "regionale", "regio's").
_REGIONAL = re.compile(r"\bregio\b", re.IGNORECASE)
#: Kinds of mentions that are names.
_NAMES = frozenset({"region", "body", "organisation", "municipality", "place"})

HOME_REGION_FILE = Path(__file__).resolve().parent.parent / "data" / "home-region-cues.toml"


@lru_cache(maxsize=4)
def home_region_cues(path: str | Path = HOME_REGION_FILE) -> re.Pattern[str]:
    """The pattern of the phrases that stand for the home region besides "de regio" (cached).

    Examples
    --------
    >>> bool(home_region_cues().search("De intergemeentelijke samenwerking loopt."))
    True
    >>> bool(home_region_cues().search("De samenwerking met de school loopt."))
    False
    """
    phrases = tomllib.loads(Path(path).read_text(encoding="utf-8"))["phrases"]
    return re.compile(rf"\b(?:{alternation(phrases)})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _home_region_keys(path: str | Path = HOME_REGION_FILE) -> tuple[str, ...]:
    """The longest word of each home-region phrase (lower case): a claim holding none of
    them holds no phrase, and :func:`home_region_cues` need not be tried."""
    phrases = tomllib.loads(Path(path).read_text(encoding="utf-8"))["phrases"]
    return tuple(sorted({max(p.lower().split(), key=len) for p in phrases}))


@memo
def _keys_in(text: str) -> tuple[str, ...]:
    """The :func:`_home_region_keys` the document holds (once per document): a claim
    holds only those."""
    return tuple(k for k in _home_region_keys() if prefixscan.may_hold_in(text, 0, len(text), (k,)))


def home_region_named(text: str, start: int, end: int, mentions) -> bool:  # noqa: ANN001
    """Whether "de regio" stands in the span outside a name, or a phrase that stands for
    the home region (:func:`home_region_cues`); the adjective "regionaal" does not.

    "Regio" inside a name ("Jeugdzorg Regio Noord") or right before
    one ("de regio Midden-Holland") names that region, not the home region.

    Examples
    --------
    >>> home_region_named("De regio Rivierenland werkt samen.", 0, 34, [])
    False
    >>> home_region_named("In de regio werkt men samen.", 0, 28, [])
    True
    >>> home_region_named("Met de omliggende gemeenten gaat het goed.", 0, 42, [])
    True
    >>> home_region_named("Het is een gemeente in een landelijke regio.", 0, 44, [])
    False
    >>> home_region_named("De regionale samenwerking loopt.", 0, 32, [])
    False
    """
    if prefixscan.may_hold_in(text, start, end, _keys_in(text)) and (
        prefixscan.search(home_region_cues(), text, start, end)
    ):
        return True
    for m in prefixscan.finditer(_REGIONAL, text, start, end):  # only where "regio" begins
        if any(n.start <= m.start() < n.end and n.kind in _NAMES for n in mentions):
            continue  # part of a name
        after = text[m.end() : m.end() + 2]
        if m.group().lower() == "regio" and after[:1] == " " and after[1:].isupper():
            continue  # "de regio Midden-Holland": a named region
        if m.group().lower() == "regio" and (
            after[:1] in "'’" or _ANY_REGION.search(text, max(start, m.start() - 40), m.start())
        ):
            continue  # "een landelijke regio", "elke regio", "regio's": no region of its own
        return True
    return False


#: An indefinite or distributive determiner (with up to two adjectives) before "regio":
#: any region, not the municipality's own.
_ANY_REGION = re.compile(
    r"\b(?:een|elke|iedere|welke|andere|geen)\s+(?:[a-zà-ÿ-]+e?\s+){0,2}$", re.IGNORECASE
)


#: How the IRI of a labour-market region reads (minted from its name, "Arbeidsmarktregio X").
_LABOUR_REGION = "/region/arbeidsmarktregio-"
#: "de regio" with a definite article or demonstrative: a reference back to a region named
#: before ("de omliggende gemeenten" describe an arrangement instead).
_THE_REGION = re.compile(r"\b(?:de|die|deze)\s+regio\b", re.IGNORECASE)
#: The Participatiewet, the law of work and income.
_WORK_LAW = "/law/participatiewet"


@lru_cache(maxsize=1)
def _work_words() -> re.Pattern[str]:
    """The pattern of the words of work and income, whole words (cached)."""
    words = sorted(word_list("work-income-words.txt"), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def about_work(text: str, start: int, end: int, mentions=()) -> bool:  # noqa: ANN001
    """Whether the claim ``text[start:end]`` is about work and income: it names the
    Participatiewet or uses a word of the field.

    Examples
    --------
    >>> s = "Het aantal banen in de regio groeit."
    >>> about_work(s, 0, len(s))
    True
    >>> s = "De jeugdhulp wordt via de regio ingekocht; de gemeenten werken samen."
    >>> about_work(s, 0, len(s))
    False
    """
    if any(m.entity.endswith(_WORK_LAW) for m in mentions):
        return True
    return _work_words().search(text, start, end) is not None


def regions_for(regions, text: str, start: int, end: int, mentions=()) -> list[str]:  # noqa: ANN001
    """The ``regions`` (IRIs) "de regio" of the claim may stand for: a labour-market
    region only when the claim is about work and income (:func:`about_work`).

    Examples
    --------
    >>> amr = "c/region/arbeidsmarktregio-x"
    >>> s = "De regionale inkoop van jeugdhulp loopt goed."
    >>> regions_for([amr], s, 0, len(s))
    []

    The noun with its article ("de regio") points back to the region named before it,
    which may be the labour-market region itself:

    >>> s = "De toewijzing van jeugdhulp loopt via de regio."
    >>> regions_for([amr], s, 0, len(s))
    ['c/region/arbeidsmarktregio-x']
    >>> s = "Werkgevers in de regio zoeken personeel."
    >>> regions_for([amr, "c/region/y"], s, 0, len(s))
    ['c/region/arbeidsmarktregio-x', 'c/region/y']
    """
    if (
        not any(_LABOUR_REGION in r for r in regions)
        or _THE_REGION.search(text, start, end) is not None
        or about_work(text, start, end, mentions)
    ):
        return list(regions)
    return [r for r in regions if _LABOUR_REGION not in r]
