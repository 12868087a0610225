"""A dated narrative sentence: the authors' chronology, not the voice carried before it.

A sentence that opens with a date adverbial naming a moment of the calendar ("Sinds januari
2015 loopt de toegang via de wijkteams.", "Eind 2014 waren er nog zes teams.", "In het
najaar van 2015 schreef de wethouder een brief.", "Halverwege 2016 bleek uit een evaluatie
…", "In de eerste helft van 2015 wachtte een gezin zes weken.") and names no speaker tells
what happened or was the case at that moment: the profile's own chronology. The voice of a
speaker named before it in its paragraph is not carried over it (that voice goes on after
it: the dated sentence only interrupts the account). The adverbial comes first, the finite
verb right after it (inversion), in any tense; its head is a preposition or time word of
``kg/data/dated-moments.txt`` before a year ("in 2015", "tot 2016", "vanaf 1 januari 2015",
"in het schooljaar 2014-2015", "tussen 2014 en 2016", "ook in 2016").

A time counted on from the account's own moment ("Een jaar later ging het vaker om
schulden.", "Sindsdien …", "Inmiddels …") names no year: it goes on with the account. Nor
when the sentence speaks by a pronoun or in the first person ("In 2016 hadden zij …", "In
2015 zagen we …"), names a source ("volgens", "aldus", "naar verwachting") or quotes; nor
when the speaker carried is the sentence's own subject (a group that spoke tells of its own
doings), nor for the voice a section's heading gives the floor to.

Source: general Dutch word order (a fronted adverbial of time with inversion) and the
annotation guidelines (a fact with no source is the authors'); written for the construction,
not from one profile.

Examples
--------
>>> fronted_date("Sinds januari 2015 loopt de toegang via de wijkteams.")
True
>>> fronted_date("Een jaar later ging het vaker om schulden.")
False
>>> fronted_date("In 2016 hadden zij meer tijd.")
False
"""

from __future__ import annotations

import re
from typing import Any

from kg.datafiles import word_list
from kg.extract.datedcounts import carried_count
from kg.extract.speechcues import REPORTING

__all__ = ["carried_moment", "dated_narrative", "fronted_date"]

#: The words that may open a date adverbial before its year (``kg/data/dated-moments.txt``).
MOMENT_WORDS = word_list("dated-moments.txt")
#: A year, alone or as a range ("2014-2015", "2014/15").
_YEAR = re.compile(r"(?:19[89]\d|20[0-3]\d)(?:[-–/](?:\d\d|19[89]\d|20[0-3]\d))?[,:]?")
#: A day of a month ("1 januari 2015").
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")
#: A word that joins two years ("tussen 2014 en 2016", "van 2014 tot 2016").
_JOINS = ("en", "of", "tot", "t/m")
#: What keeps the voice: a pronoun for a speaker or the first person, a source named, a
#: quotation.
_SPOKEN = re.compile(
    r"\b(?:we|wij|ons|onze|ik|mijn|ze|zij|hij|hun|hen|haar|men|volgens|aldus|naar\s+"
    r"(?:verwachting|eigen|schatting|zeggen))\b|[‘“\"]",
    re.IGNORECASE,
)
#: The words a preposition or particle may open an adverbial with (not an article alone).
_OPENERS = MOMENT_WORDS - {"het", "de", "van"}


def fronted_date(sentence: str) -> bool:
    """Whether ``sentence`` opens with a date adverbial naming a year, followed by more of
    the clause, and neither speaks by a pronoun nor names a source.

    A digit among the sentence's first 60 characters is looked for first (a character
    test).

    Examples
    --------
    >>> fronted_date("Eind 2014 waren er nog zes teams, halverwege 2016 elf.")
    True
    >>> fronted_date("In het najaar van 2015 schreef de wethouder een brief.")
    True
    >>> fronted_date("In de begroting 2016 is een bezuiniging opgenomen.")
    False
    >>> fronted_date("In 2016 waren de achterstanden volgens de gemeente weggewerkt.")
    False
    """
    head = sentence[:60]
    if not any(map(str.isdigit, head)):  # no generator: one frame resume per character
        return False
    words = sentence.split()
    if not words or words[0].lower() not in _OPENERS:
        return False
    for i, word in enumerate(words[:9]):
        low = word.lower()
        if _YEAR.fullmatch(low):
            at = i + 1
            if (
                at + 1 < len(words)
                and words[at].lower() in _JOINS
                and _YEAR.fullmatch(words[at + 1])
            ):
                at += 2  # "tussen 2014 en 2016", "van 2014 tot 2016"
            return at < len(words) and _SPOKEN.search(sentence) is None
        if low not in MOMENT_WORDS and not _DAY.fullmatch(low):
            return False
    return False


def _opened_by(claims: list[Any], k: int, voice: tuple[str, ...]) -> Any | None:
    """The claim before ``claims[k]`` in its section that named ``voice``, or None."""
    section = claims[k].section
    for j in range(k - 1, -1, -1):
        before = claims[j]
        if before.section != section:
            return None
        if before.explicit and before.speech.speakers == voice:
            return before
    return None


def tells_account(text: str, claim: Any) -> bool:
    """Whether ``claim`` (``text``: the document) opens with its speaker as the subject of a
    reporting verb in its first clause ("De schuldhulpverleners zien …", "Huisartsen in de
    stad vertellen dat …"): the speaker tells an account the sentences after it go on with,
    dated or not. A source named in passing ("volgens X", "…, zegt X", a second clause:
    "X verwees …; zij zeggen …") vouches for its own sentence.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "De huisartsen zien meer aanmeldingen."
    >>> speech = SimpleNamespace(speakers=("r/h",), subject="r/h", at=3)
    >>> tells_account(t, SimpleNamespace(start=0, end=len(t), speech=speech))
    True
    >>> t = "Huisartsen verwezen veel; zij zeggen dat het moet."
    >>> speech = SimpleNamespace(speakers=("r/h",), subject="r/h", at=0)
    >>> tells_account(t, SimpleNamespace(start=0, end=len(t), speech=speech))
    False
    """
    speech = claim.speech
    if speech.subject not in speech.speakers or speech.at is None or speech.at > claim.start + 4:
        return False
    first = re.split(r"[;:]", text[speech.at : claim.end], maxsplit=1)[0]
    return REPORTING.search(first) is not None


def dated_narrative(  # noqa: PLR0913
    claims: list[Any],
    k: int,
    whole: str,
    voice: tuple[str, ...],
    carried: tuple[str, ...],
    floor: tuple[str, ...],
) -> bool:
    """Whether the ``voice`` the unattributed claim ``claims[k]`` would hold, the one
    ``carried`` on from a speaker before it (not the section heading's ``floor``), gives
    way to the authors' for a dated narrative sentence (:func:`fronted_date`), unless the
    speaker is its own subject or told an account it goes on with (:func:`tells_account`;
    ``whole``: the document).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "Volgens ambtenaren gaat het goed. Sinds mei 2016 werkt het college aan een plan."
    >>> said = SimpleNamespace(section=0, start=0, end=33, explicit=True,
    ...     speech=SimpleNamespace(speakers=("r/a",), subject=None, at=8))
    >>> plain = SimpleNamespace(section=0, start=34, end=len(t), explicit=False,
    ...     speech=SimpleNamespace(speakers=(), subject=None, at=None))
    >>> dated_narrative([said, plain], 1, t, ("r/a",), ("r/a",), ())
    True
    >>> dated_narrative([said, plain], 1, t, ("r/a",), ("r/a",), ("r/a",))
    False
    """
    claim = claims[k]
    if claim.explicit or not voice or voice != carried or voice == floor:
        return False
    if claim.speech.subject in voice or not fronted_date(whole[claim.start : claim.end]):
        return False
    source = _opened_by(claims, k, voice)
    return source is None or not tells_account(whole, source)


def carried_moment(  # noqa: PLR0913
    claims: list[Any],
    k: int,
    whole: str,
    voice: tuple[str, ...],
    carried: tuple[str, ...],
    floor: tuple[str, ...],
) -> bool:
    """Whether the voice carried to the unattributed claim ``claims[k]`` gives way to the
    authors' at a dated moment: a dated count (:func:`kg.extract.datedcounts.carried_count`)
    or a dated narrative sentence (:func:`dated_narrative`); ``whole``: the document.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "In 2016 waren dat er 85."
    >>> claim = SimpleNamespace(section=0, start=0, end=len(t), explicit=False,
    ...     speech=SimpleNamespace(speakers=(), subject=None, at=None))
    >>> carried_moment([claim], 0, t, ("r/a",), ("r/a",), ())
    True
    """
    claim = claims[k]
    text = whole[claim.start : claim.end]
    return carried_count(claim, text, voice, carried, floor) or dated_narrative(
        claims, k, whole, voice, carried, floor
    )
