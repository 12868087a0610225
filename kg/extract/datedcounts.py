"""A count of a dated moment, told plainly: the authors' data, not a voice carried to it.

A sentence that gives a number for a named year ("in 2016 waren dat er 85", "telde in de
winter van 2015 gemiddeld 38 bezoekers", "nam in 2015 nog toe met 8%") and names no
speaker reports a registered figure: the annotation guidelines give figures to the authors,
so the voice of a speaker named before it is not carried over it (its own voice goes on
after it). A number in words counts as a figure before a noun of the register ("eind 2015
zeven weken", "in 2016 tien plaatsen", "heeft sinds 2015 elf leden": the nouns of
``kg/data/counted-units.txt`` and ``kg/data/worded-figure-nouns.txt``) or in a ratio ("in
2016 vier van de vijf"); before any other noun ("in 2015 nog in twee wijken") it names how
many take part, no figure. Not when it speaks in the first person or by a pronoun ("We
hebben in 2016 ruim 400 casussen", "Zij wijzen op de caseload, die in 2015 opliep tot
55"), opens a quotation, concedes a point within the account ("Wel kost …"), sets a
reason, a cause, a view or an expectation against the figure ("omdat", "daardoor",
"volgens", "naar verwachting", "dwong") or judges it against a norm ("terwijl de norm vier
weken is"); a verb of view counts only when finite ("beschikbaar te stellen" names no
one's view). Nor for money (euros, budgets, deficits, reserves): a budget's figures are the
account of whoever keeps it. The personal budget ("persoonsgebonden budget", "pgb") is a
form of care, not money kept: a count of its holders or complaints is a count.

Examples
--------
>>> dated_count("Ook statushouders moeten een plek krijgen: in 2016 waren dat er 85.")
True
>>> dated_count("Dat zegt veel: we hadden in 2016 ruim 400 casussen.")
False
>>> dated_count("De wachttijd is in 2016 opgelopen.")
False
"""

from __future__ import annotations

import re
from typing import Any

from kg.datafiles import word_list
from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.prefixscan import search_runs

__all__ = [
    "carried_count",
    "changed_count",
    "dated_count",
    "size_fact",
    "waiting_count",
    "worded_figure",
]

#: A digit: without one no year is named (a character test before the year's pattern).
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
#: The speaker's own words, a pronoun for a speaker, or a reason, a cause, a view, an
#: expectation or a norm set against the figure (a figure judged against a norm is weighed,
#: not only reported).
_MORE = re.compile(
    r"\b(?:we|wij|ons|onze|ik|mijn|ze|zij|hij|zich|hun|hen|maar|omdat|want|volgens|aldus"
    r"|vindt|vinden|stelt|stellen|zegt|zeggen|daardoor|daarom|doordat|dankzij|verwachting"
    r"|verwacht|dwong|dwongen|leidde|leidden|zorgde|zorgden|norm|normen|streefcijfer"
    r"|streefwaarde)\b",
    re.IGNORECASE,
)
#: A verb of view as an infinitive with "te" ("beschikbaar te stellen", "nauwelijks te vinden",
#: "valt niet te zeggen"): it names no one's view, it is part of what was done or found.
_INFINITIVE = re.compile(r"\bte\s+(?:stellen|vinden|zeggen)\b", re.IGNORECASE)
#: A point conceded within an account ("Wel kost …"): the speaker's.
_CONCEDES = re.compile(r"\W*wel\b", re.IGNORECASE)
#: Money: a budget's figures are the account of whoever keeps it.
_MONEY = re.compile(
    r"\b(?:euro|miljoen|ton|bezuinig\w*|\w*budget\w*|\w*tekort\w*|\w*overschot\w*|reserve\w*)\b",
    re.IGNORECASE,
)
#: The personal budget ("persoonsgebonden budget", "pgb"): a form of care, not money kept in
#: a budget (what it counts are its holders, "budgethouders", and payments).
_CARE_FORM = re.compile(r"\bpersoonsgebonden\s+budget\w*|\bpgb\w*|\bbudgethouder\w*", re.IGNORECASE)
_QUOTES = "‘“\"'"
#: A cardinal written in words (not "een": an article as often as a number).
_WORD = "|".join(sorted((w for w in WORD_NUMBERS if w not in {"een", "één", "eén"}), key=len)[::-1])
#: The nouns after which a number in words is a figure of the register.
_FIGURE_NOUNS = word_list("counted-units.txt") | word_list("worded-figure-nouns.txt")
#: A number in words before one of those nouns (an adjective may come between: "zeven
#: lange weken"), or in a ratio ("vier van de vijf").
_WORDED = re.compile(
    rf"\b(?:{_WORD})\s+(?:van\s+de\s+(?:{_WORD}|\d+)\b|(?:[a-zà-ÿ-]+\s+)?(?P<noun>[a-zà-ÿ-]+))",
    re.IGNORECASE,
)


def worded_figure(sentence: str) -> bool:
    """Whether ``sentence`` gives a number in words as a figure: before a noun of the
    register or in a ratio.

    Examples
    --------
    >>> worded_figure("De wachttijd bedroeg eind 2015 zeven weken.")
    True
    >>> worded_figure("In 2016 nam het college er vier van de vijf over.")
    True
    >>> worded_figure("In 2015 werkte het team in twee wijken.")
    False
    """
    for m in _WORDED.finditer(sentence):
        noun = m.group("noun")
        if noun is None or noun.lower() in _FIGURE_NOUNS:
            return True
        # "zeven lange weken": the noun may be the word before the one read
        words = sentence[m.start() : m.end()].split()
        if len(words) == 3 and words[1].lower() in _FIGURE_NOUNS:
            return True
    return False


def dated_count(sentence: str) -> bool:
    """Whether ``sentence`` gives a figure besides a year it names, and no more.

    A digit is looked for first (a character test), so most sentences cost one scan.

    Examples
    --------
    >>> dated_count("Het aantal meldingen nam toe met ruim een kwart (2015: 118; 2016: 151).")
    True
    >>> dated_count("Sinds 2015 werkt het team in drie wijken.")
    False
    >>> dated_count("Het tekort liep in 2016 op tot 3 miljoen.")
    False
    """
    if _DIGIT.search(sentence) is None or sentence.lstrip()[:1] in _QUOTES:
        return False
    years = {m.start() for m in _YEAR.finditer(sentence)}
    if not years:
        return False
    if not any(m.start() not in years for m in _NUMBER.finditer(sentence)) and not (
        worded_figure(sentence)
    ):
        return False
    if "€" in sentence or _CONCEDES.match(sentence) or _MONEY.search(_CARE_FORM.sub("", sentence)):
        return False
    return _MORE.search(_INFINITIVE.sub("", sentence)) is None


#: A quantity's change told in the past up to or down to a level ("liep op tot vijf weken",
#: "steeg naar 900", "daalde tot 12%"): the level reached is a figure of the register.
_CHANGED = re.compile(
    r"\b(?:liep|liepen)\s+(?:\S+\s+){0,3}?op\s+tot\b"
    r"|\b(?:steeg|stegen|daalde|daalden|groeide|groeiden|zakte|zakten|kromp|krompen)"
    r"\s+(?:\S+\s+){0,3}?(?:tot|naar)\b",
    re.IGNORECASE,
)


def changed_count(sentence: str) -> bool:
    """Whether ``sentence`` tells, with no year, that a quantity rose or fell to a figure, and
    no more (:func:`dated_count`'s tests of what makes more of it): a count, which the voice
    of a speaker before it is not carried over (gold README, ninth batch, point 12; sixteenth
    batch, decision 7).

    Examples
    --------
    >>> changed_count("De wachttijd voor een eerste gesprek liep op tot vijf weken.")
    True
    >>> changed_count("Het aantal meldingen steeg naar ruim 300 per jaar.")
    True
    >>> changed_count("De wachttijd liep op tot vijf weken, omdat er te weinig consulenten zijn.")
    False
    >>> changed_count("De druk op de teams liep op tot het onhoudbare.")
    False
    """
    if sentence.lstrip()[:1] in _QUOTES or search_runs(_CHANGED, sentence) is None:  # its search
        return False
    if not _NUMBER.search(sentence) and not worded_figure(sentence):
        return False
    if "€" in sentence or _CONCEDES.match(sentence) or _MONEY.search(_CARE_FORM.sub("", sentence)):
        return False
    return _MORE.search(_INFINITIVE.sub("", sentence)) is None


#: How long people wait, as a figure: a form of "wachten" before it ("wacht in de stad
#: inmiddels ruim vier jaar") or the waiting time stated ("De wachttijd is zes weken").
_WAITS = re.compile(
    rf"\bwacht(?:en|te|ten)?\b(?:\s+[^\s,;:.]+){{0,6}}?\s+(?:\d+|{_WORD})\s+"
    r"(?:dagen|weken|maanden|jaar)\b"
    r"|\bwachttijd\w*\s+(?:\S+\s+){0,6}?(?:is|was|bedraagt|bedroeg|ligt|lag)\b[^,;:.]{0,30}?"
    rf"\b(?:\d+|{_WORD})\s+(?:dagen|weken|maanden|jaar)\b",
    re.IGNORECASE,
)


def waiting_count(sentence: str) -> bool:
    """Whether ``sentence`` states how long people wait, as a figure, and no more
    (:func:`dated_count`'s tests of what makes more of it): a waiting-list count, which the
    voice of a speaker before it is not carried over (gold README: the voice is not carried
    over "a waiting-list count", also inside a speaker's paragraph).

    Examples
    --------
    >>> waiting_count("Wie een huurwoning zoekt, wacht in de stad inmiddels ruim vier jaar.")
    True
    >>> waiting_count("De wachttijd voor een keukentafelgesprek is zes weken.")
    True
    >>> waiting_count("Volgens hen wachten gezinnen zes weken op hulp.")
    False
    >>> waiting_count("Gezinnen wachten lang op hulp.")
    False
    """
    if "wacht" not in sentence.lower() or sentence.lstrip()[:1] in _QUOTES:
        return False
    if _WAITS.search(sentence) is None or _CONCEDES.match(sentence):
        return False
    return _MORE.search(_INFINITIVE.sub("", sentence)) is None


#: A body's size: its members, staff or teams counted ("heeft elf leden", "telt 40
#: medewerkers", "bestaat uit acht teamleden").
_SIZE = re.compile(
    r"\b(?:heeft|hebben|had|hadden|telt|tellen|telde|telden|bestaat|bestaan|bestond|bestonden)"
    rf"\s+(?:\S+\s+){{0,3}}?(?:\d[\d.,]*|{_WORD})\s+(?:leden|medewerkers|fte|teamleden|teams"
    r"|wijkteams|consulenten)\b",
    re.IGNORECASE,
)

#: The nouns :data:`_SIZE` counts, as plain substrings ("teams" also in "wijkteams").
_SIZE_NOUNS = ("leden", "medewerkers", "fte", "teams", "consulenten")


def size_fact(sentence: str) -> bool:
    """Whether ``sentence`` gives the size of a body: how many members, staff or teams it
    has. The annotation guidelines make that a plain fact of organisation, the authors',
    also about the speaker itself ("De Wmo-raad, opgericht in 2015, heeft elf leden").

    Examples
    --------
    >>> size_fact("De adviesraad, die in 2015 begon, heeft elf leden.")
    True
    >>> size_fact("Het team bestaat sinds 2016 uit 14 medewerkers.")
    True
    >>> size_fact("Het team bestaat uit 14 medewerkers.")
    True
    >>> size_fact("De raad heeft in 2016 drie adviezen gegeven.")
    False
    """
    low = sentence.lower()
    if not any(noun in low for noun in _SIZE_NOUNS):
        return False  # a plain word test before the pattern
    return _SIZE.search(sentence) is not None


def carried_count(
    claim: Any, text: str, voice: tuple[str, ...], carried: tuple[str, ...], floor: tuple[str, ...]
) -> bool:
    """Whether the ``voice`` an unattributed ``claim`` (``text``) would hold, the one
    ``carried`` on from a speaker before it (not the section heading's ``floor``), gives
    way to the authors' for a dated count, a change to a figure or a waiting time (not
    about the speaker itself: "De corporatie kon in 2015 118 statushouders huisvesten" is its
    own deed; but the size of the speaker's own body is a plain fact of organisation,
    :func:`size_fact`).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> claim = SimpleNamespace(explicit=False, speech=SimpleNamespace(subject=None))
    >>> t = "Ook statushouders moeten een plek krijgen: in 2016 waren dat er 85."
    >>> carried_count(claim, t, ("r/a",), ("r/a",), ())
    True
    >>> carried_count(claim, t, ("r/a",), ("r/a",), ("r/a",))
    False
    """
    if claim.explicit or not voice or voice != carried or voice == floor:
        return False
    if not (dated_count(text) or changed_count(text) or waiting_count(text)):
        return False
    return claim.speech.subject not in voice or size_fact(text)
