"""A rising count of people in care: "het aantal cliënten met begeleiding steeg".

"Het aantal jongeren met jeugdhulp nam met 8% toe", "het aantal mensen met dementie
groeit", "het aantal aanvragen steeg van 610 naar 740": a count of the people who receive
or ask for care that rises (or will rise) reads as a growing demand on the municipality's
care, negative, also with its cause named (tests/gold/README.md, twenty-ninth session,
point 7). What is counted is a noun of care (``kg/data/care-counts.txt``: "cliënten",
"aanvragen", "mantelzorgers") or a noun of people with the group named after it
("jongeren met jeugdhulp", "jeugdigen met een indicatie"); a growing number of the
elderly ("het aantal 75-plussers groeit met een derde") is the ageing the taxonomy names
as a problem, a coming demand on care as well. :func:`kg.extract.tone.polarity`
asks this only of a claim that judges nothing else: good news set against the rise ("…,
maar de uitgaven bleven binnen de begroting") is weighed as ever. General Dutch (the
verbs of rising, conjugated) and the vocabulary of the three social-domain laws.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.prefixscan import search

#: Nouns of the demand on care that a count counts (``kg/data/care-counts.txt``).
CARE_COUNTS = word_list("care-counts.txt")
#: Nouns of people that a group named after them ("met …") makes a group in care.
_PEOPLE = (
    r"(?:jongeren|jeugdigen|kinderen|mensen|inwoners|ouderen|volwassenen|huishoudens|gezinnen)"
)
#: Every form of the verbs of rising: "stijgen", "toenemen", "groeien", "verdubbelen",
#: "oplopen" (present, past, participle; the particle of "nam … toe", "liep … op" apart).
_RISES = (
    r"(?:stijgt|stijgen|steeg|stegen|gestegen|groeit|groeien|groeide|groeiden|gegroeid"
    r"|verdubbelt|verdubbelen|verdubbelde|verdubbelden|verdubbeld|toegenomen|toeneemt|toenam"
    r"|opgelopen|oploopt|opliep"
    r"|(?:neemt|nemen|nam|namen|loopt|lopen|liep|liepen)\b[^.;:,]{0,60}?\b(?:toe|op))\b"
)
#: "het aantal <noun> …" (or "het <noun>" of a register: "het bijstandsbestand"): the
#: counted noun, then (before the verb of rising, in the same clause) anything that is not
#: a comma, colon or semicolon.
_COUNT = re.compile(
    r"\bhet\s+(?:aantal\s+(?:\w+\s+){0,2}?(?P<noun>[\w\u00e0-\u00ff-]+)|(?P<register>\w+bestand))"
    r"(?P<rest>[^.;:,]{0,120}?)\b" + _RISES,
    re.IGNORECASE,
)
#: The inverted order after a fronted phrase: "Volgens het CBS groeit het aantal 75-plussers
#: …" (the finite verb before its subject; the verbs with no particle to wait for).
_INVERTED = re.compile(
    r"\b(?:stijgt|steeg|groeit|groeide|verdubbelt|verdubbelde)\s+(?:\w+\s+){0,3}?"
    r"het\s+aantal\s+(?:\w+\s+){0,2}?(?P<noun>[\w\u00e0-\u00ff-]+)(?P<rest>)",
    re.IGNORECASE,
)
#: The stems of the verbs :data:`_INVERTED` opens with (a cheap test before the search).
_RISING_FIRST = ("stijgt", "steeg", "groei", "verdubbel")
#: The words of the elderly whose growing number is the ageing of the population (problem
#: "vergrijzing" of the taxonomy): "75-plussers", "ouderen", "hoogbejaarden".
_ELDERLY = ("plussers", "ouderen", "hoogbejaarden", "senioren")
#: A remark after the rise, in a clause of its own; not an apposition that restates the
#: figure ("…, een toename van ruim 20%", "…, 8% meer dan in 2015").
_REMARK = re.compile(
    r";\s*\w|,\s*(?!(?:een\s+)?(?:toename|stijging|groei|verdubbeling|\d)|ruim\s|bijna\s)\w",
    re.IGNORECASE,
)
#: The group named after a noun of people: "jongeren met jeugdhulp".
_GROUP = re.compile(r"^\s+(?:met|in|die|dat)\b", re.IGNORECASE)


#: A growing number: "steeds meer", "alsmaar meer", "een groeiend aantal".
_GROWING = re.compile(
    r"\b(?:steeds|alsmaar|almaar|telkens)\s+meer\b|\been\s+groeiend\s+aantal\b", re.IGNORECASE
)
#: The verbs of coming to ask for help: "aankloppen" (Van Dale: "om hulp vragen"), "zich
#: melden", "zich aanmelden", every form, the particle "aan" of "kloppen … aan" apart.
_ASK_HELP = re.compile(
    r"\b(?:aankloppen|aanklopt|aanklopte|aanklopten|aangeklopt"
    r"|(?:klopt|kloppen|klopte|klopten)\b[^.;:]{0,60}?\baan"
    r"|(?:meldt|melden|meldde|meldden|aangemeld|aanmelden)\s+zich"
    r"|zich\s+(?:\w+\s+){0,3}?(?:melden|meldt|meldde|meldden|aanmelden|aanmeldt))\b",
    re.IGNORECASE,
)


def asks_help(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb of coming to ask for help ("kloppen aan",
    "meldden zich").

    Examples
    --------
    >>> s = "In 2015 meldden zich 480 huishoudens bij de kredietbank."
    >>> asks_help(s, 0, len(s)), asks_help("Het loket meldt een storing.", 0, 28)
    (True, False)
    """
    return search(_ASK_HELP, text, start, end) is not None


def growing_demand(text: str, start: int, end: int) -> bool:
    """Whether the claim says a growing number come to ask for help ("steeds meer gezinnen
    kloppen aan", "een groeiend aantal ouderen meldt zich"): a growing demand for care.

    Examples
    --------
    >>> s = "Volgens hem kloppen steeds meer jonge gezinnen aan."
    >>> growing_demand(s, 0, len(s))
    True
    >>> s = "Steeds meer gezinnen weten het wijkteam te vinden."
    >>> growing_demand(s, 0, len(s))
    False
    """
    if text.find("meer", start, end) < 0 and text.find("groeiend", start, end) < 0:
        return False
    return bool(search(_GROWING, text, start, end) and search(_ASK_HELP, text, start, end))


def rising_care(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` says a count of people in care rises, with a
    remark on it: a clause before it ("de wethouder meldt dat …") or after it ("…, vooral
    door de jeugd-ggz"). A bare rise ("Het aantal cliënten steeg van 610 naar 720.")
    reports a figure: an indicator, no judgement.

    Examples
    --------
    >>> s = "Het aantal cliënten met begeleiding steeg van 780 naar 900, vooral door de AWBZ."
    >>> rising_care(s, 0, len(s))
    True
    >>> s = "Het aantal cliënten met begeleiding steeg van 780 naar 900."
    >>> rising_care(s, 0, len(s))
    False
    >>> s = "De wethouder meldt dat het aantal jongeren met jeugdhulp nam toe met 8%."
    >>> rising_care(s, 0, len(s))
    True
    >>> s = "De wethouder antwoordt dat het bijstandsbestand toch verder groeide."
    >>> rising_care(s, 0, len(s))
    True
    >>> s = "Het college meldt dat het aantal aanvragen steeg."
    >>> rising_care(s, 0, len(s))
    True
    >>> s = "Het aantal inwoners steeg tot 44.000."
    >>> rising_care(s, 0, len(s))
    False
    >>> s = "Het aantal cliënten met huishoudelijke hulp nam met 9% af."
    >>> rising_care(s, 0, len(s))
    False
    """
    if text.find("aantal", start, end) < 0 and text.find("bestand", start, end) < 0:
        return False
    found = search(_COUNT, text, start, end)
    if found is None and any(text.find(v, start, end) >= 0 for v in _RISING_FIRST):
        found = search(_INVERTED, text, start, end)  # "Volgens het CBS groeit het aantal …"
    if found is None:
        return False
    if not text[start : found.start()].strip() and not _REMARK.search(text, found.end(), end):
        return False  # a bare rise: a figure
    noun = (found.group("noun") or found.group("register")).lower().rsplit("-", 1)[-1]
    if noun in CARE_COUNTS or noun.endswith(_ELDERLY):
        return True  # "Wmo-cliënten", "75-plussers": the tail of a joined word counts
    return re.fullmatch(_PEOPLE, noun) is not None and _GROUP.match(found.group("rest")) is not None
