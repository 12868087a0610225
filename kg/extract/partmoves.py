"""Moves that open a part of a meeting or frame the text: no claim of their own.

A live blog, the minutes of a meeting or a report tells, besides what was said, how the
meeting went on and what form the text takes. Three such moves state nothing about the
social domain (gold README: a line that only opens or closes a part is no finding, as "De
voorzitter opent het agendapunt" and a hand-over question are none):

Topic up
    A topic coming up, with at most words of time ("De jeugdhulp komt als laatste aan bod.",
    "Daarna komt de schuldhulp aan de orde.", "De Wmo komt pas laat op de avond aan bod.").
    A topic that comes up too little ("komt nauwelijks aan bod", "komt niet aan de orde")
    is a verdict and stays a claim: any other word between the verb and "aan bod" leaves it.
Opening or closing with a form of speech
    A speaker who opens or closes with a look ahead, a summary or an explanation, and no
    content ("De wethouder sluit af met een vooruitblik.", "De voorzitter opent met een korte
    toelichting."): the content follows in the next sentence.
The meeting's course
    A meeting suspended, resumed or going on ("De vergadering wordt geschorst.", "De
    voorzitter hervat de vergadering.", "De commissie gaat verder met het volgende
    agendapunt."), as the chair's opening of an item, says nothing about the social domain.
The text's own form
    A sentence that says what form the text takes or in what order its parts stand ("Dit
    profiel heeft de vorm van een dagboek.", "Dit verslag is opgezet als een reeks brieven.",
    "De bijdragen staan in de volgorde waarin ze binnenkwamen."). The study's own sources and
    participants ("De onderzoekers spraken met …") are a finding, not its form.

Source: general Dutch (the idioms "aan bod komen", "aan de orde komen", "afsluiten met";
the nouns of a text's form), written for the construction, not from any profile.

Examples
--------
>>> t = "De jeugdhulp komt als laatste aan bod."
>>> part_move(t, 0, len(t))
True
>>> t = "De eenzaamheid komt in het plan nauwelijks aan bod."
>>> part_move(t, 0, len(t))
False
"""

from __future__ import annotations

import re

__all__ = ["part_move"]

_F = re.IGNORECASE
#: Words of time that may stand beside a topic coming up.
_TIME = (
    r"(?:pas|nog|nu|dan|daarna|vervolgens|eindelijk|laat|later|vroeg|eerst|even|kort"
    r"|als\s+(?:eerste|tweede|laatste)|tot\s+slot|ten\s+slotte|vanavond|vandaag"
    r"|aan\s+het\s+(?:begin|eind|einde)(?:\s+van\s+de\s+(?:avond|vergadering|middag))?"
    r"|op\s+de\s+(?:avond|middag|ochtend)|in\s+de\s+(?:vergadering|middag|avond))"
)
_COMES = r"(?:komt|komen|kwam|kwamen)"
_UP = r"aan\s+(?:bod|de\s+orde)"
#: The topic: a noun phrase with an article or a name, no comma, no negation.
_TOPIC = r"(?:de|het|een|[A-Z])(?:(?!\b(?:niet|geen|nauwelijks|weinig|te)\b)[^,;:.!?])*?"
#: "<topic> komt <time> aan bod." or "<time> komt <topic> <time> aan bod.".
_TOPIC_UP = re.compile(
    rf"(?:{_TOPIC}\s+{_COMES}|(?:{_TIME}\s+)+{_COMES}\s+{_TOPIC})(?:\s+{_TIME})*\s+{_UP}\s*\.",
    _F,
)
#: "<speaker> sluit af met een vooruitblik.": a form of speech and nothing after it.
_FORM_OF_SPEECH = re.compile(
    r"[^,;:.!?]{1,50}?\s(?:opent|opende|sluit|sloot|begint|begon|eindigt|eindigde)\s+(?:af\s+)?"
    r"met\s+(?:een\s+)?(?:korte\s+|kleine\s+|persoonlijke\s+)?(?:vooruitblik|terugblik"
    r"|samenvatting|inleiding|toelichting|presentatie|overzicht|dankwoord|woord\s+van\s+dank)"
    r"\s*\.",
    _F,
)
_MEETING = r"(?:vergadering|raad|gemeenteraad|commissie|voorzitter|debat|zitting|sessie)"
#: "De vergadering wordt geschorst.", "De voorzitter hervat de zitting.", "De raad gaat verder
#: met agendapunt 4.": nothing after the move but the next item.
_COURSE = re.compile(
    rf"(?:de|het)\s+{_MEETING}\s+(?:(?:wordt|werd)\s+(?:kort\s+|even\s+)?(?:geschorst|hervat"
    rf"|voortgezet)|(?:schorst|schorste|hervat|hervatte|sluit|sloot)\s+(?:de|het)\s+{_MEETING}"
    r"|(?:gaat|ging)\s+(?:weer\s+)?verder(?:\s+met\s+(?:het\s+volgende\s+|de\s+volgende\s+)?"
    r"(?:agendapunt|onderwerp|punt|spreker|vraag|ronde)(?:\s+\d{1,2})?)?)\s*\.",
    _F,
)
_TEXT_NOUNS = (
    r"(?:profiel|blog|stuk|verslag|hoofdstuk|artikel|pagina|bijdrage|document|portret"
    r"|overzicht|rapport)"
)
#: "Dit profiel heeft de vorm van …", "Dit verslag is opgezet als …", "De bijdragen staan
#: in de volgorde waarin …".
_TEXT_FORM = re.compile(
    rf"(?:dit|deze|het)\s+{_TEXT_NOUNS}\s+(?:(?:heeft|had|krijgt|kreeg)\s+de\s+vorm\s+van"
    r"|(?:is|werd)\s+(?:opgezet|geschreven|opgebouwd|vormgegeven)\s+als)\b"
    r"|(?:de|deze)\s+(?:berichten|bijdragen|fragmenten|stukken|hoofdstukken|citaten|passages)"
    r"\s+(?:staan|volgen\s+elkaar\s+op)\s+in\s+(?:de|een|chronologische)\s+(?:\w+\s+)?volgorde\b",
    _F,
)
#: The cheap words each move needs (plain substring tests): "aan bod", "aan de orde"; " met
#: een "; the text's form.
_UP_WORDS = ("aan bod", "aan de orde")
_FORM_WORDS = ("vorm", "volgorde", "opgezet", "geschreven", "opgebouwd")


def part_move(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` only opens a part or frames the text.

    Examples
    --------
    >>> t = "De wethouder sluit af met een vooruitblik."
    >>> part_move(t, 0, len(t))
    True
    >>> t = "Dit profiel heeft de vorm van een dagboek. Het begint in mei."
    >>> part_move(t, 0, t.index(" Het"))
    True
    >>> t = "De wethouder sluit af met een oproep aan de raad om te investeren."
    >>> part_move(t, 0, len(t))
    False
    """
    if end - start > 300:
        return False
    if any(text.find(w, start, end) >= 0 for w in _UP_WORDS):
        return _TOPIC_UP.fullmatch(text, start, end) is not None
    if (
        end - start < 90
        and text.find(" met ", start, end) >= 0
        and _FORM_OF_SPEECH.fullmatch(text, start, end) is not None
    ):
        return True  # "De wethouder sluit af met een vooruitblik."
    if end - start < 90 and _COURSE.fullmatch(text, start, end) is not None:
        return True  # "De vergadering wordt geschorst."
    return (
        any(text.find(w, start, end) >= 0 for w in _FORM_WORDS)
        and _TEXT_FORM.match(text, start, end) is not None
    )
