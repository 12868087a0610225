"""Denials of a problem beyond a plain negator before it: the claim says it is none.

:func:`kg.extract.deniedproblems.denied` keeps a denied problem out of a claim's concerns
(and so out of what the municipality reports). Besides a negated mention
(:func:`kg.extract.negation.negated`) and "not seen as a problem"
(:func:`kg.extract.negation.not_a_problem`), Dutch denies a problem by

Degree
    "geen groot probleem", "niet echt een knelpunt", "niet zo'n probleem": a
    word of degree between the negator and the noun of difficulty.
Theme
    "laaggeletterdheid is geen thema": not an issue that is discussed as one.
No role
    "armoede speelt geen rol", "speelt nauwelijks een rol", "geen grote rol speelt".
Few or none of an unwanted thing
    "er zijn weinig bezwaarschriften", "nauwelijks klachten": good news, no shortfall
    (the tone's reading, :func:`few_unwanted`).
No case
    "van armoede is nauwelijks sprake": the clause closes on a denial of any case.
Not come about
    "armoede komt nauwelijks voor", "de bezuinigingen zijn uitgebleven", "wachtlijsten
    bleven uit", "de vrees voor wachtlijsten is niet uitgekomen": what was expected did
    not happen (or hardly occurs). Only a problem
    that is the subject of such a verb is denied ("een oplossing voor de wachtlijsten
    bleef uit" denies the solution, not the waiting lists).

A supposed problem ("als er wachtlijsten zouden ontstaan", "er dreigen wachtlijsten")
is not denied: the claim discusses it (``tests/gold/README.md``: a problem the claim
discusses is a concern, whatever its tone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in, search
from kg.extract.sentencecache import memo


class Cue(Protocol):
    """What the two readings below ask of a tone cue (:class:`kg.extract.toneframes.Cue`)."""

    @property
    def start(self) -> int: ...  # noqa: D102
    @property
    def end(self) -> int: ...  # noqa: D102
    @property
    def problem(self) -> bool: ...  # noqa: D102
    @property
    def lack(self) -> bool: ...  # noqa: D102
    @property
    def subject(self) -> bool: ...  # noqa: D102


#: Words of degree between a negator and a noun of difficulty ("geen groot probleem"), and
#: of its growth or urgency ("niet als groeiend probleem gezien", "geen nijpend probleem").
_DEGREE = (
    r"(?:echt|echte|zo'n|zo’n|erg|heel|groot|grote|wezenlijk|wezenlijke|serieus|serieuze"
    r"|groeiend|groeiende|toenemend|toenemende|nijpend|nijpende"
    r"|ernstig|ernstige|urgent|urgente|acuut|acute|noemenswaardig|noemenswaardige|bijzonder"
    r"|bijzondere|belangrijk|belangrijke|dringend|dringende|enkel|enkele|structureel"
    r"|structurele|heus|heuse|grootste|belangrijkste)"
)
#: Nouns that deny a difficulty when negated ("geen probleem", "geen thema").
_DIFFICULTY = r"(?:probleem|knelpunt|punt\s+van\s+zorg|zorgpunt|issue|belemmering|thema|vraagstuk)"
#: A form of "spelen" (of "een rol spelen").
_PLAY = r"spe(?:elt|len|elde|elden)"
#: "geen (grote) rol", "nauwelijks een rol", "niet echt een rol".
_NO_ROLE = (
    r"(?:geen\s+|(?:nauwelijks|amper|nooit|niet\s+(?:echt|meer|langer))\s+(?:een\s+)?)"
    r"(?:" + _DEGREE + r"\s+)?rol"
)
_DENIAL = re.compile(
    r"\b(?:niet|geen|nauwelijks|amper)\s+(?:als\s+)?(?:" + _DEGREE + r"\s+){0,2}"
    # "het" only before a superlative: "niet als het grootste probleem gezien"
    r"(?:een\s+|het\s+(?=grootste|belangrijkste))?"
    r"(?:" + _DEGREE + r"\s+){0,2}" + _DIFFICULTY + r"\b"
    r"|\b" + _PLAY + r"\b[^,;:.?!]*?\b" + _NO_ROLE + r"\b"
    r"|\b" + _NO_ROLE + r"\s+(?:\w+\s+){0,2}?" + _PLAY + r"\b",
    re.IGNORECASE,
)  # fmt: skip
#: Words one of which every match of :data:`_DENIAL` holds.
_DENIAL_WORDS = ("niet", "geen", "nauwelijks", "amper", "nooit")


@memo
def no_problem(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says what it names is no problem (or plays no role).

    Asked of a clause per problem it names, by the concerns and the tone: kept per
    document.

    Examples
    --------
    >>> s = "Schulden zijn hier geen groot probleem."
    >>> no_problem(s, (0, len(s)))
    True
    >>> s = "Armoede speelt in de gemeente nauwelijks een rol."
    >>> no_problem(s, (0, len(s)))
    True
    >>> s = "Laaggeletterdheid is geen thema."
    >>> no_problem(s, (0, len(s)))
    True
    >>> s = "Dakloosheid wordt niet als groeiend probleem gezien."
    >>> no_problem(s, (0, len(s)))
    True
    >>> s = "Eenzaamheid is een groot probleem."
    >>> no_problem(s, (0, len(s)))
    False
    """
    if neg.not_a_problem(text, *clause):
        return True
    if not may_hold_in(text, clause[0], clause[1], _DENIAL_WORDS):
        return False
    return search(_DENIAL, text, *clause) is not None


#: What did not come about, right after its subject: "uitgebleven", "bleef uit", "is niet
#: uitgekomen" (a fear), "zijn niet ontstaan".
_UNREALISED = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:uitgebleven\b|(?:blijft|blijven|bleef|bleven)\s+(?:\w+\s+){0,4}?uit\b"
    r"|(?:is|zijn|was|waren)\s+(?:\w+\s+){0,2}?niet\s+(?:uitgekomen|bewaarheid|ontstaan"
    r"|opgetreden|gekomen)\b|(?:kwam|kwamen)\s+(?:\w+\s+){0,2}?niet\s+uit\b"
    # what (almost) never occurs: "armoede komt nauwelijks voor"
    r"|(?:komt|komen|kwam|kwamen)\s+(?:\w+\s+){0,4}?(?:niet|nauwelijks|amper|zelden)"
    r"\s+(?:meer\s+)?voor\b(?!\s+(?:rekening|de|het|een|zijn|haar|hun)\b))",
    re.IGNORECASE,
)
#: Nouns of fear and expectation: a problem after them ("de vrees voor wachtlijsten") is
#: what was feared, the subject of its coming true or not.
_FEAR = frozenset(
    {"vrees", "angst", "zorgen", "verwachting", "verwachtingen", "voorspelling",
     "dreiging", "risico"}
)  # fmt: skip
#: Prepositions: one before the problem makes it part of another subject ("een oplossing
#: voor de wachtlijsten").
_PREPOSITIONS = neg.PREPOSITIONS | {"over", "tegen", "tot", "onder"}
#: Words one of which every match of :data:`_UNREALISED` holds (its verbs and negators).
_UNREALISED_WORDS = (
    "uitgebleven", "blijft", "blijven", "bleef", "bleven", "niet", "nauwelijks", "amper",
    "zelden",
)  # fmt: skip


def unrealised(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the problem ``text[start:end]`` is the subject of what did not come about.

    Examples
    --------
    >>> s = "De bezuinigingen zijn uitgebleven."
    >>> unrealised(s, (0, len(s)), 3, 16)
    True
    >>> s = "De vrees voor wachtlijsten is niet uitgekomen."
    >>> at = s.index("wachtlijsten")
    >>> unrealised(s, (0, len(s)), at, at + 12)
    True
    >>> s = "Een oplossing voor de wachtlijsten bleef uit."
    >>> at = s.index("wachtlijsten")
    >>> unrealised(s, (0, len(s)), at, at + 12)
    False
    """
    if not may_hold_in(text, end, clause[1], _UNREALISED_WORDS):
        return False
    if _UNREALISED.match(text, end, clause[1]) is None:
        return False
    before = [w for _, _, w in neg.words(text, clause[0], start)]
    return all(
        w not in _PREPOSITIONS or (i and before[i - 1] in _FEAR) for i, w in enumerate(before)
    )


def denied_at(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the clause denies the problem ``text[start:end]`` it names: says it is no
    problem (:func:`no_problem`) or did not come about (:func:`unrealised`).

    Examples
    --------
    >>> s = "Wachtlijsten bleven uit."
    >>> denied_at(s, (0, len(s)), 0, 12)
    True
    """
    return (
        no_problem(text, clause)
        or unrealised(text, clause, start, end)
        # "van X is nauwelijks sprake" (only a clause holding "sprake" is read for it)
        or may_hold_in(text, end, clause[1], ("sprake",))
        and neg.negated(text, clause, start, end, case=True)
    )


#: Nouns of things nobody wants, common in reports on services: objections, complaints,
#: errors, incidents, disputes, drop-out, nuisance, fraud. Little or none of them is good
#: news (:func:`few_unwanted`), not a shortfall
#: (:func:`kg.extract.scarcity.scarce`).
UNWANTED = frozenset(
    {"bezwaar", "bezwaren", "bezwaarschrift", "bezwaarschriften", "bezwaarzaken", "klacht",
     "klachten", "incident", "incidenten", "fout", "fouten", "vergissingen", "geschil",
     "geschillen", "conflict", "conflicten", "overlast", "verzuim", "uitval", "uitvallers",
     "recidive", "terugval", "fraude", "misbruik", "storing", "storingen", "escalaties",
     "huisuitzettingen", "uithuisplaatsingen", "ontruimingen", "afsluitingen", "rechtszaken",
     "ongelukken", "ongevallen", "wachtenden", "achterstanden"}
)  # fmt: skip
#: Words before an unwanted noun that say there is little or none of it.
_FEW_OR_NONE = frozenset({"weinig", "amper", "nauwelijks", "geen", "zelden"})


def few_unwanted(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says there is little or none of an unwanted thing ("weinig
    bezwaarschriften", "nauwelijks formele klachten"): good news, not a shortfall.

    Examples
    --------
    >>> s = "Er zijn weinig bezwaarschriften."
    >>> few_unwanted(s, (0, len(s)))
    True
    >>> s = "Er komen nauwelijks formele klachten binnen."
    >>> few_unwanted(s, (0, len(s)))
    True
    >>> s = "Er zijn weinig vrijwilligers."
    >>> few_unwanted(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    return any(
        w in _FEW_OR_NONE and not UNWANTED.isdisjoint(found[i + 1 : i + 3])
        for i, w in enumerate(found)
    ) and not neg.hypothetical(text, clause)


def complement_of(text: str, cue: Cue, own: Sequence[Cue]) -> bool:
    """Whether the subject ``cue`` follows another cue of the clause, as its complement.

    "Een wachtlijst voor schuldhulpverlening is er niet" denies the waiting list, "de
    wachttijd voor schuldhulp is teruggebracht" shortens the wait: the service they are
    for is not said to be lacking or cut (a subject cue of the tone after a problem and a
    preposition).

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Een wachtlijst voor schuldhulpverlening is er niet."
    >>> w = Cue(4, 14, -1, problem=True)
    >>> complement_of(s, Cue(20, 39, -1, True, subject=True), [w])
    True
    """
    for c in own:
        if not c.subject and not c.lack and c.end <= cue.start <= c.end + 40:
            between = [w for _, _, w in neg.words(text, c.end, cue.start)]
            if between and between[0] in neg.PREPOSITIONS and len(between) <= 3:
                return True
    return False


def little_or_none(text: str, clause: tuple[int, int], cue: Cue, may: int) -> bool:
    """Whether the clause says there is little of the problem ("weinig schulden"; not of
    a lack) or that it is none ("speelt geen rol": :func:`no_problem`); ``may``: the
    clause's words (bit 32: a diminisher), as in :func:`kg.extract.tone._clause_score`.

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Er zijn weinig schulden."
    >>> little_or_none(s, (0, len(s)), Cue(15, 23, -1, problem=True), 32)
    True
    """
    if not cue.lack and may & 32 and neg.diminished(text, clause, cue.start):
        return True
    return no_problem(text, clause)
