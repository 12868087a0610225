"""Problem labels that stand in another sense ("uitstroom uit de bijstand" is no move-on
from sheltered housing, "een korting op de eigen bijdrage" no budget cut).

``kg/data/problem-senses.toml`` lists, per problem, the label words that also
have another sense and what gives that sense away: a phrase right after the
word, a word right before it, or the absence of the words the problem's sense
needs in the claim (:func:`other_sense`). A word whose other sense a fixed
phrase cannot state is read by code here: "tekort" of people or places, or of
falling short (:func:`no_deficit`). A wait for a (social) rental home is no other
sense: how long people wait for one is the taxonomy's "wachttijd" (gold decision 3
of the twenty-seventh session's second review).
:func:`kg.extract.deniedproblems.denied` denies such a mention: the claim does not name
the problem.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.problemclauses import alternation
from kg.extract.topicforms import short_particle
from kg.namespaces import CONCEPT

__all__ = [
    "Sense",
    "load_senses",
    "load_tasks",
    "no_deficit",
    "other_sense",
    "tasked",
]

SENSES_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-senses.toml"


class Sense(NamedTuple):
    """What shows that a label word of ``problem`` stands in another sense."""

    problem: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    excludes: re.Pattern[str] | None = None
    tasked: bool = False


def _pattern(words: list[str], template: str) -> re.Pattern[str] | None:
    """The compiled ``template`` around an alternation of ``words`` (None for no words)."""
    return re.compile(template.format(alternation(words)), re.IGNORECASE) if words else None


@lru_cache(maxsize=4)
def load_senses(path: str | Path = SENSES_FILE) -> dict[str, tuple[Sense, ...]]:
    """Label word (lower case) → the senses that take it away from its problem (cached).

    Examples
    --------
    >>> [s.problem.rsplit("/", 1)[-1] for s in load_senses()["uitstroom"]]
    ['sheltered-housing']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, list[Sense]] = {}
    for item in data["sense"]:
        sense = Sense(
            CONCEPT + "problem/" + item["problem"],
            _pattern(item.get("after", []), r"\s+(?:{})\b"),
            _pattern(item.get("before", []), r"\b(?:{})\s+(?:\w+\s+){{0,3}}$"),
            _pattern(item.get("requires", []), r"\b(?:{})\b"),
            _pattern(item.get("excludes", []), r"\b(?:{})\b"),
            bool(item.get("tasked", False)),
        )
        for word in item["words"]:
            out.setdefault(word.lower(), []).append(sense)
    return {word: tuple(senses) for word, senses in out.items()}


#: "Tekort" that is no deficit of a budget: a shortage of something ("een tekort aan
#: personeel", "aan pleeggezinnen"; not "aan geld", "aan middelen"); falling short ("schiet
#: tekort", "komen tekort": the separable verbs tekortschieten, tekortkomen, read by
#: :func:`kg.extract.topicforms.short_particle`) is none either.
_NO_DEFICIT_AFTER = re.compile(r"\s+aan\s+(?!(?:geld|middelen|budget|financi)\w*)", re.IGNORECASE)


def no_deficit(text: str, start: int, end: int) -> bool:
    """Whether the word "tekort(en)" at ``text[start:end]`` names no budget deficit.

    A shortage of people or places ("een tekort aan pleeggezinnen") and falling
    short ("het toezicht schiet tekort") use the word of a budget deficit
    without naming one; a shortage of money still does ("tekort aan middelen").

    Examples
    --------
    >>> sentences = ("Er is een tekort aan pleeggezinnen.", "Er is een tekort aan middelen.",
    ...     "Het toezicht schiet vaak tekort.", "Er is een tekort op de jeugdhulp.",
    ...     "Er komt een tekort van een miljoen.")
    >>> [no_deficit(s, s.index("tekort"), s.index("tekort") + 6) for s in sentences]
    [True, False, True, False, False]
    """
    if text[start:end].lower() not in ("tekort", "tekorten"):
        return False
    return bool(_NO_DEFICIT_AFTER.match(text, end, min(len(text), end + 40))) or short_particle(
        text, start, end
    )


class Tasks(NamedTuple):
    """The patterns of a claim that says who carries out a task: the verbs of arranging
    it, and the finite forms of "uitvoeren" whose particle comes later."""

    arranged: re.Pattern[str]
    separable: re.Pattern[str]
    passive: re.Pattern[str]


@lru_cache(maxsize=4)
def load_tasks(path: str | Path = SENSES_FILE) -> Tasks:
    """The ``[tasks]`` table of ``kg/data/problem-senses.toml``, compiled once.

    Examples
    --------
    >>> bool(load_tasks().arranged.search("Dat is belegd bij de kredietbank."))
    True
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))["tasks"]
    return Tasks(
        re.compile(rf"\b(?:{alternation(data['phrases'])})\b", re.IGNORECASE),
        re.compile(
            rf"\b(?:{alternation(data['separable'])})\b[^,;:.]{{0,80}}?\b{data['particle']}\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b{data['agent']}\b[^,;:.]{{1,80}}?\b(?:{alternation(data['participles'])})\b",
            re.IGNORECASE,
        ),
    )


#: A count or amount: a number that is no year ("2015") and no day of a date ("1 januari").
_COUNT = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\b(?!\s+(?:januari|februari|maart|april|mei|juni"
    r"|juli|augustus|september|oktober|november|december)\b)",
    re.IGNORECASE,
)


def tasked(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` says who carries out or arranges a task
    ("wordt uitgevoerd door", "is belegd bij", "verzorgt", "werkte samen met", "voert …
    uit") and counts nothing: a service named there is the task, not its problem.

    Examples
    --------
    >>> s = "Schuldhulpverlening wordt uitgevoerd door de kredietbank."
    >>> tasked(s, 0, len(s))
    True
    >>> s = "Tot 1 januari 2016 voerde de kredietbank de schuldhulp voor de stad uit."
    >>> tasked(s, 0, len(s))
    True
    >>> s = "Tot 2015 werd de schuldhulp door de kredietbank uitgevoerd."
    >>> tasked(s, 0, len(s))
    True
    >>> s = "De kredietbank, die de schuldhulp uitvoert, telde 900 aanmeldingen."
    >>> tasked(s, 0, len(s))  # a count: the demand for the service
    False
    >>> s = "De schuldhulpverlening kampt met lange wachttijden."
    >>> tasked(s, 0, len(s))
    False
    """
    tasks = load_tasks()
    if not any(p.search(text, start, end) for p in tasks):
        return False
    return _COUNT.search(text, start, end) is None


def other_sense(text: str, claim: tuple[int, int], mention, doc=None) -> bool:  # noqa: ANN001
    """Whether the problem ``mention`` of the claim ``text[claim[0]:claim[1]]`` stands
    in another sense of its word; a service the claim says is carried out by someone
    (``tasked``) is the task, also in a paragraph's first claim (gold decision 10 of the
    twenty-eighth session). ``doc`` is not read.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> s = "De uitstroom uit de bijstand blijft achter."
    >>> m = SentenceMention(CONCEPT + "problem/sheltered-housing", "problem", 3, 12, "uitstroom", 0)
    >>> other_sense(s, (0, len(s)), m)
    True
    >>> s = "De uitstroom uit beschermd wonen stokt."
    >>> other_sense(s, (0, len(s)), m)
    False

    The allocation of the bijstand budget is no allocation of care money:

    >>> s = "Het verdeelmodel voor de bijstand benadeelt steden."
    >>> m = SentenceMention(CONCEPT + "problem/historical-allocation", "problem", 4, 16,
    ...     "verdeelmodel", 0)
    >>> other_sense(s, (0, len(s)), m)
    True
    """
    if no_deficit(text, mention.start, mention.end):
        return True
    senses = load_senses().get(text[mention.start : mention.end].lower())
    if not senses:
        return False
    start, end = claim
    for sense in senses:
        if sense.problem != mention.entity:
            continue
        if sense.after is not None and sense.after.match(
            text, mention.end, min(end, mention.end + 60)
        ):
            return True
        if sense.before is not None and sense.before.search(
            text, max(start, mention.start - 30), mention.start
        ):
            return True
        if sense.requires is not None and not sense.requires.search(text, start, end):
            return True
        if sense.excludes is not None and sense.excludes.search(text, start, end):
            return True
        if sense.tasked and tasked(text, start, end):
            return True
    return False
