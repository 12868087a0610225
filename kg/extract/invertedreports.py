"""A reporting verb right before a group: the group named after it reports (inverted order).

Reads the words before a group (a window of up to 60 characters) and what follows it:
whether a reporting verb in the present or the past stands right before the group with
only its lead words between ("geven raadsleden aan", "…, zo benadrukte de wethouder"),
whether the group then reports, closing the sentence after a comma or in a short sentence
that points back ("…, zo stellen raadsleden", "Dat zeggen huisartsen."), or not (a pronoun
before the verb is its subject, a particle after the group may turn the verb: "stellen de
consulenten een plan op"), and whether a group may close a sentence as an attribution. The
vocabularies are in :mod:`kg.extract.speechcues`; :func:`kg.extract.speakerslots.other_slot`
asks these of one group. Split out of :mod:`kg.extract.speakerslots`.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search_runs
from kg.extract.speechcues import (
    FUNCTION,
    FUNCTION_WORDS,
    NOT_REPORTING,
    PAST_WORDS,
    QUANT,
    QUANT_LISTED,
    VERBS,
)

#: A reporting verb (or an answer: "Op de vraag …, antwoordt de wethouder …") before the group.
BEFORE_INVERTED = re.compile(
    rf"\b(?:{VERBS}|antwoord(?:t|en|de|den))\s+(?:{QUANT}\s+)*(?:{FUNCTION}\s+)?(?:[A-Z][a-zà-ÿ]+se\s+)?$",
    re.IGNORECASE,
)
#: What may stand between an inverted verb and its group (as :data:`BEFORE_INVERTED`).
_INVERTED_LEAD = re.compile(
    rf"(?:{QUANT}\s+)*(?:{FUNCTION}\s+)?(?:[A-Z][a-zà-ÿ]+se\s+)?", re.IGNORECASE
)
#: The past forms of one word as a pattern, only for its word gate (never searched): a
#: window none of whose words is one is not looked through for a past verb.
PAST_GATE = re.compile(rf"\b(?:{'|'.join(sorted(PAST_WORDS))})\b", re.IGNORECASE)
#: The words of :data:`_INVERTED_LEAD` (a word outside it ends the look back for a verb).
_LEAD_WORDS = frozenset(
    form
    for word in re.findall(r"[a-zà-ÿ]+", f"{QUANT_LISTED} {FUNCTION_WORDS} van")
    # the singular of an optional plural ending ("medewerkers?") and the plurals in "(?:en)?"
    for form in (word, word[:-1] if word.endswith(("s", "n")) else word, word + "en", word + "e")
)
#: "dat" or "op" closing a reporting verb before a group: the group opens the clause reported
#: ("merkt zij dat ouders …") or is the verb's object ("wijst op de inwoners").
_COMPLEMENT = re.compile(r"\b(?:dat|op)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
#: A personal pronoun right before a verb: its subject.
_PRONOUN_BEFORE = re.compile(r"\b(?:zij|ze|hij|wij|we|ik|men)\s+$", re.IGNORECASE)
#: Nothing but marks after a group: it closes the sentence.
CLOSES = re.compile(r"^\W*$")
#: "vast" closing the sentence right after the group: "…, stelt de Wmo-raad vast."
_CONCLUDES = re.compile(r"^\s+vast\s*[.;]?\s*$", re.IGNORECASE)
#: What stands before the verb of a closing attribution: a comma ("…, zo stellen zij") or,
#: opening the sentence, a word that points back ("Dat zeggen ook de huisartsen").
_AFTER_COMMA = re.compile(
    r"(?:[,;:–—-]\s*(?:(?:zo|dat|althans)\s+)?"
    r"|^\W*(?:dat|dit|datzelfde|hetzelfde|dat\s+beeld|dit\s+beeld|die\s+mening|zo)\s+)$",
    re.IGNORECASE,
)


def may_close(before: str, at: int, length: int, after: str) -> bool:
    """Whether a group at ``at`` in a sentence of ``length`` may close it as an attribution
    after a comma: in its second half, a comma before it, nothing but marks after it.

    Examples
    --------
    >>> may_close("Het gaat goed, zo stellen ", 26, 37, "."), may_close("Over de ", 8, 30, ".")
    (True, False)
    """
    return at > length // 2 and "," in before and CLOSES.match(after) is not None


def inverted_report(text: str, start: int, end: int, verb: int, at: int, after: str) -> bool | None:
    """Whether the group at ``at`` after a reporting verb at ``verb`` reports, closing the
    sentence ``text[start:end]`` (True) or not (False), or None when it does not report.

    Examples
    --------
    >>> s = "Het gaat goed, zo stellen raadsleden."
    >>> inverted_report(s, 0, len(s), 18, 26, ".")
    True
    >>> s = "Dat zeggen huisartsen."
    >>> inverted_report(s, 0, len(s), 4, 11, ".")
    True
    >>> s = "Zij noemen het wijkteam goed bereikbaar."
    >>> inverted_report(s, 0, len(s), 4, 15, " goed bereikbaar.") is None
    True
    """
    if (
        # "Bij het loket melden veel inwoners zich", "stellen de consulenten een plan op":
        # the verb with its particle after the group does not report ("…, stelt de
        # Wmo-raad vast." closing a claim does: the group concludes what went before)
        (NOT_REPORTING.match(text[verb:end]) and not _CONCLUDES.match(after))
        # "Zij noemen het wijkteam goed bereikbaar": a pronoun before the verb is its
        # subject, the group after it the object
        or _PRONOUN_BEFORE.search(text, start, verb)
    ):
        return None
    # a closing attribution stands after a comma ("…, zo stellen raadsleden"), or makes up
    # the whole of a short sentence that points back ("Dat zeggen huisartsen."); a fronted
    # phrase before the verb ("Door de kortere lijnen ervaren ouders …") opens the group's
    # own report
    return (
        at - start > (end - start) // 2 or CLOSES.match(after) is not None
    ) and _AFTER_COMMA.search(text[start:verb]) is not None


def inverted_verb(before: str, shut: frozenset[int]) -> int | None:
    """Where the reporting verb right before a group begins in ``before`` (the words before
    the group), or None: a present or past form (:data:`BEFORE_INVERTED`, its gate open),
    else a past form of one word (:data:`kg.extract.speechcues.PAST_WORDS`), looked up for
    the last few words only.

    Examples
    --------
    >>> inverted_verb("Het gaat goed, zo benadrukte de ", frozenset())
    18
    >>> inverted_verb("Het gaat goed, zo stellen ", frozenset())
    18
    >>> inverted_verb("Het gaat goed, zo werkt de ", frozenset()) is None
    True
    >>> inverted_verb("Wel merkt zij dat ", frozenset()) is None
    True
    """
    if id(BEFORE_INVERTED) not in shut and (found := search_runs(BEFORE_INVERTED, before)):
        # "Wel merkt zij dat mantelzorgers …", "…, die wijst op de inwoners": no speaker
        return None if _COMPLEMENT.search(found.group()) else found.start()
    if id(PAST_GATE) in shut:
        return None  # no past form stands in the window
    cut = len(before.rstrip())
    for _ in range(6):  # the verb and at most five words of the group's lead
        space = before.rfind(" ", 0, cut)
        word = before[space + 1 : cut].lower()
        if word in PAST_WORDS:
            return space + 1 if _INVERTED_LEAD.fullmatch(before, cut + 1) else None
        if space < 0 or (word not in _LEAD_WORDS and not word.endswith("se")):
            return None  # a word that cannot stand between the verb and the group
        cut = space
    return None
