"""Setbacks in plain words: work done again, a long wait before help, a count stalled.

A claim with no judgement word may still report a setback by what it says happened:

- work that had to be done again: a past obligation ("moest", "dwongen") with a word of
  repetition ("opnieuw", "nogmaals", "twee keer"): "de gemeente moest 900 indicaties
  opnieuw bekijken", "moesten beleid twee keer schrijven" (not a comparison, "twee keer
  zo veel", nor a frequency, "twee keer per jaar");
- a stretch of time before help came: a duration in the clause of "voordat" ("zorgde
  vier jaar voor haar man voordat er een plek kwam"), not a duration that names a thing
  ("achterstanden van twee maanden");
- a count that stalled or is still short of what was meant: "bleef steken op 9",
  "heeft nu pas twaalf plekken" ("pas" before a count, not before a time: that is a
  delay, :mod:`kg.extract.lateness`), "minder dan de helft van wat het Rijk vraagt";
- a burden borne: a perfect of "moeten" ("heeft een extra medewerker moeten aannemen",
  "hebben een korting moeten slikken"), what someone was made to do (not "had … moeten",
  what should have been, nor one denied: "hebben niet lang moeten wachten");
- a target filled in part, the aim named before the count or in a relative clause after
  it ("van de 30 plekken die de gemeente had beoogd, zijn er 18 ingevuld", also a number
  set as a task: "van de twaalf plekken die de gemeente moest realiseren"), and an
  expected count set against a smaller outcome ("verwachtte dat 80 mensen zouden
  uitstromen; eind 2016 waren het er 55").

Each is read only of a claim that nothing else judges (:func:`kg.extract.tone.polarity`),
and each pattern needs a word the caller tests first.
"""

from __future__ import annotations

import re

from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.prefixscan import search
from kg.extract.wordtokens import lower_span

#: A word of the text: letters, digits, joined words.
_W = r"[\w'’-]+"
#: A repetition, not of a comparison ("twee keer zo veel") nor a frequency ("per jaar").
_AGAIN = r"(?:opnieuw|nogmaals|overnieuw|tweemaal|twee\s+keer)\b(?!\s+(?:zo|zoveel|per)\b)"
#: A past obligation: "moest", or being forced ("dwongen de gemeente om …").
_HAD_TO = r"(?:moest|moesten|dwong|dwongen)\b"

#: Work that had to be done again: the obligation before or after the repetition.
REDONE = re.compile(
    rf"\b{_HAD_TO}(?:\s+{_W}){{0,10}}?\s+{_AGAIN}|\b{_AGAIN}(?:\s+{_W}){{0,6}}?\s+{_HAD_TO}",
    re.IGNORECASE,
)

#: Words that stop a perfect of "moeten" from reaching its auxiliary: a clause opens ("dat",
#: "om") or a negator denies the burden ("hebben niet lang moeten wachten").
_NOT_IN_PERFECT = (
    r"(?:dat|die|om|omdat|doordat|of|als|wat|wie|waar|zodat|terwijl|niet|geen|nooit|"
    r"nauwelijks|zelden|hoeven|hoefde|hoefden)\b"
)
#: A burden borne: a perfect of "moeten" with its infinitive ("heeft een extra medewerker
#: moeten aannemen", "hebben er een kracht bij moeten nemen", "hebben een korting moeten
#: slikken"), what someone was made to do; not the counterfactual "had … moeten" (what
#: should have been: :mod:`kg.extract.negation`) nor a "moeten" of a clause of its own
#: ("hebben gezegd dat zij moeten kiezen").
BORNE = re.compile(
    rf"\b(?:heeft|hebben|heb|hebt)(?:\s+(?!{_NOT_IN_PERFECT}){_W}){{0,10}}?\s+moeten"
    r"\s+[\w-]+en\b(?!\s+(?:dat|om|te)\b)",
    re.IGNORECASE,
)

#: A count in words or figures.
_COUNT = (
    r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien|"
    r"enkele|een\s+paar|een\s+half|anderhalf)"
)
#: A time unit of a wait.
_UNIT = r"(?:dagen|weken|maanden|jaar|jaren)\b"

#: A duration (not one that names a thing: "achterstanden van twee maanden") and "voordat".
WAITED = re.compile(
    rf"(?<!\bvan\s)\b{_COUNT}\s+{_UNIT}(?:\s+{_W}){{0,8}}?\s+voordat\b", re.IGNORECASE
)

#: A count that stalled ("bleef steken op 9") or is only so far ("nu pas twaalf plekken",
#: "zijn er pas 2 ingevuld"), not a time ("pas twee weken"): that is a delay.
STALLED = re.compile(
    r"\b(?:bleef|bleven|blijft|blijven)\b(?:\s+[\w'’-]+){0,5}?\s+steken\b"
    rf"|\bpas\s+{_COUNT}\b(?!\s+(?:{_UNIT}|uur|keer))",
    re.IGNORECASE,
)

#: A count short of what was meant: "minder dan de 120 die de gemeente zich had voorgenomen",
#: "minder dan de helft van wat het Rijk vraagt", "minder plekken dan gepland" (not a
#: forecast, "minder dan verwacht", nor a budget, "minder dan begroot": less of a cost
#: than foreseen is no shortfall).
SHORT_OF_AIM = re.compile(
    rf"\bminder\s+(?:{_W}\s+){{0,3}}?dan\b(?:\s+{_W}){{0,8}}?\s+"
    r"(?:voorgenomen|gepland|geplande|beoogd|beoogde|afgesproken|nagestreefd|gevraagd|vraagt|"
    r"vroeg|eist|vereist|nodig|taakstelling|streefcijfer|streefwaarde|doelstelling|norm)\b",
    re.IGNORECASE,
)

#: A count in figures or in words (up to "honderd") for a target and what was filled of it.
_NUMBER = r"\d+|" + "|".join(w for w in WORD_NUMBERS if WORD_NUMBERS[w] >= 2)  # noqa: PLR2004
#: The participles of an aim a relative clause names ("die de gemeente had beoogd"), or
#: an obligation or an intention with its infinitive ("die de gemeente moest realiseren",
#: "die de corporatie zou bouwen"): a number set as a task is a target as well.
_AIMED = (
    r"(?:beoogd|gepland|voorgenomen|afgesproken|toegezegd|nagestreefd"
    r"|(?:moest|moesten|moet|moeten|zou|zouden)\s+[\w'’-]+en)"
)
#: What was filled of a target: "Van de taakstelling van 31 werkplekken zijn er twaalf
#: ingevuld", "van de 40 geplande plaatsen waren er eind 2016 25 gerealiseerd", "van de
#: 30 plekken die het college had beoogd, zijn er 18 ingevuld" (the aim in a relative clause).
FILLED = re.compile(
    r"\bvan\s+de\s+(?:(?P<aim>taakstelling|doelstelling|opgave)\s+van\s+)?"
    r"(?:(?P<planned>beoogde|geplande|afgesproken|toegezegde)\s+)?"
    rf"(?P<target>{_NUMBER})\s+(?:(?P<after>beoogde|geplande|afgesproken|toegezegde)\s+)?"
    rf"(?:{_W}\s+){{0,6}}?"
    rf"(?:(?:die|dat)\s+(?:{_W}\s+){{0,8}}?(?P<relative>{_AIMED})(?:\s+{_W}){{0,2}}?,\s+)?"
    rf"(?:zijn|waren|is|was|werden|worden)\s+er\s+(?:{_W}\s+){{0,4}}?"
    rf"(?P<done>{_NUMBER})\s+(?:ingevuld|gerealiseerd|bezet|gehaald|vervuld|geplaatst|gehuisvest"
    r"|gebouwd|opgeleverd)\b",
    re.IGNORECASE,
)
#: The words :data:`FILLED` needs one of (a target named as such).
_TARGET_WORDS = ("taakstelling", "doelstelling", "opgave", "beoogd", "gepland", "afgesproken",
                 "toegezegd", "voorgenomen", "nagestreefd", "moest", "moet", "zou")  # fmt: skip
#: A count not a year ("in 2016" names no target).
_AMOUNT = rf"(?!(?:19|20)\d\d\b)(?:{_NUMBER})"
#: An expected or intended count set against a smaller outcome after a semicolon or a
#: comma: "verwachtte dat 150 mensen aan het werk zouden komen; eind 2016 waren het er 110",
#: "de gemeente had 40 plaatsingen voorgenomen, maar het werden er 26".
EXPECTED = re.compile(
    r"(?:\b(?:verwachtte|verwachtten|voorzag|voorzagen|beoogde|beoogden|mikte|mikten|streefde"
    rf"|streefden|rekende|rekenden)\b[^.;:?!]{{0,160}}?\b(?P<target>{_AMOUNT})"
    rf"|\b(?:had|hadden)\b[^.;:?!]{{0,80}}?\b(?P<planned>{_AMOUNT})\b[^.;:?!]{{0,80}}?"
    r"\b(?:voorgenomen|beoogd|gepland|verwacht))"
    r"\b[^.;:?!]{0,120}?[;,]\s+(?:maar\s+)?"
    rf"(?:{_W}\s+){{0,4}}?(?:(?:waren|werden|zijn|was|werd)\s+het\s+er"
    r"|het\s+(?:waren|werden|zijn|was|werd)\s+er)\s+"
    rf"(?:{_W}\s+){{0,2}}?(?P<done>{_AMOUNT})\b",
    re.IGNORECASE,
)
#: The words one of which :data:`EXPECTED` needs (the outcome's "het … er").
_OUTCOME_WORDS = ("het er ", "het werden er", "het waren er", "het zijn er", "het was er")


def filled_short(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports a target filled only in part: fewer filled
    than the target named ("van de taakstelling van 14 werkplekken waren er 6 ingevuld").

    Examples
    --------
    >>> s = "Van de taakstelling van 31 beschutte werkplekken zijn er twaalf ingevuld."
    >>> filled_short(s, 0, len(s))
    True
    >>> s = "Van de 20 geplande plaatsen waren er in juni 20 bezet."
    >>> filled_short(s, 0, len(s))
    False
    >>> s = "Van de 200 cliënten zijn er 40 geplaatst."
    >>> filled_short(s, 0, len(s))
    False
    """
    chunk = text[start:end].lower()
    if "van de " not in chunk or not any(w in chunk for w in _TARGET_WORDS):
        return False  # most claims
    found = search(FILLED, text, start, end)
    if found is None or not (
        found["aim"] or found["planned"] or found["after"] or found["relative"]
    ):
        return False
    return _value(found["done"]) < _value(found["target"])


def expected_more(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sets an expected or intended count against a smaller
    outcome ("verwachtte … 150 …; eind 2016 waren het er 110").

    Examples
    --------
    >>> s = "De wethouder verwachtte dat 80 mensen zouden uitstromen; eind 2016 waren het er 55."
    >>> expected_more(s, 0, len(s))
    True
    >>> s = "Het team verwachtte 40 aanvragen; in juni waren het er al 60."
    >>> expected_more(s, 0, len(s))
    False
    """
    chunk = lower_span(text, start, end)
    if not any(w in chunk for w in _OUTCOME_WORDS):
        return False  # most claims
    found = search(EXPECTED, text, start, end)
    return found is not None and _value(found["done"]) < _value(found["target"] or found["planned"])


def _value(number: str) -> float:
    """The value of a count in figures or words ("12", "twaalf")."""
    number = number.lower()
    return float(number) if number.isdigit() else float(WORD_NUMBERS[number])


#: Each pattern with the words (lower case) one of which it needs: a cheap test first.
_GATED = (
    (REDONE, ("moest", "dwong")),
    (WAITED, ("voordat",)),
    (STALLED, ("steken", "pas ")),
    (SHORT_OF_AIM, ("minder",)),
    (BORNE, ("moeten ",)),
)


def setback(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports work redone, a long wait or a stalled count.

    Examples
    --------
    >>> s = "De gemeente moest daarna ongeveer 900 indicaties opnieuw bekijken."
    >>> setback(s, 0, len(s))
    True
    >>> s = "De corporatie moest 200 statushouders huisvesten, twee keer zo veel als in 2015."
    >>> setback(s, 0, len(s))
    False
    >>> s = "Een mantelzorger zorgde vier jaar voor haar man voordat er een plek kwam."
    >>> setback(s, 0, len(s))
    True
    >>> s = "Dat is minder dan de helft van wat het Rijk vraagt."
    >>> setback(s, 0, len(s)), setback("Er kwamen minder meldingen dan verwacht.", 0, 40)
    (True, False)
    >>> s = "Het werkbedrijf heeft nu pas twaalf plekken."
    >>> setback(s, 0, len(s)), setback("Het team bestaat pas twee jaar.", 0, 31)
    (True, False)
    """
    chunk = lower_span(text, start, end)  # most claims hold none of the words the patterns need
    for p, words in _GATED:  # a plain loop: this runs for every claim
        for w in words:
            if w in chunk:
                if search(p, text, start, end):
                    return True
                break
    return ("van de " in chunk and filled_short(text, start, end)) or expected_more(
        text, start, end
    )


def short_of_aim(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` measures a result against what was meant and finds it
    short ("85 mensen aan een baan geholpen, minder dan de 120 die waren voorgenomen").

    Examples
    --------
    >>> s = "Er werden 85 mensen geholpen, minder dan de 120 die de gemeente zich had voorgenomen."
    >>> short_of_aim(s, 0, len(s))
    True
    """
    return (
        text.find("minder", start, end) >= 0 and search(SHORT_OF_AIM, text, start, end) is not None
    )
