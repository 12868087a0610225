"""The course of a group talk: what its leader did, and how a speaker took the turn.

A report of focus groups, a panel or an interview tells, besides what was said, how the talk
went. A sentence that only tells what the one who leads the talk did to lead it ("De
moderator opende het gesprek met enkele cijfers.", "Als laatste vroeg de gespreksleider of
…", "Het tweede gesprek begon met de vraag hoe …") states nothing about the social domain:
it hands the floor over or announces the figures that follow, and is no claim (gold
README, twentieth batch, decision 2: a question or opening line that only announces the
next part is no finding, as the nineteenth batch's hand-over questions). A sentence that
introduces a speaker and tells only how they took the turn ("Deelnemer 4, Wmo-consulent,
reageerde als eerste.", "R2 zuchtte hoorbaar.") announces the quotation under that
speaker's label right after it ("D4: “…”") and forms one claim with it (the guideline:
"the first announces the second"). One with a claim of its own ("… zag het anders.",
"… had een heel andere ervaring.") stays a claim of its own.

Source: general Dutch (the leader's nouns of ``kg/data/talk-leaders.txt``; the verbs of
opening, asking, showing and handing the floor; the verbs of taking a turn), written for
the construction, not from any profile.

Examples
--------
>>> t = "Daarna vroeg de gespreksleider of de toegang beter kan."
>>> course_of_talk(t, 0, len(t))
True
>>> t = "Een oudere vrouw vroeg de gespreksleider of de zorg betaalbaar blijft."
>>> course_of_talk(t, 0, len(t))
False
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.problemclauses import alternation
from kg.extract.quotemarks import holds_quote

__all__ = ["course_of_talk", "leads_turn", "opens_turn"]

#: The one who leads the talk (``kg/data/talk-leaders.txt``), with its article.
_LEADER = rf"(?:de\s+)?(?:{alternation(list(word_list('talk-leaders.txt')))})"
#: The verbs of leading a talk: opening, asking, showing, handing the floor, closing.
_LEADS = (
    r"(?:opende|opent|openden|begon|begint|begonnen|startte|start|legde|legt|legden|vroeg|vraagt"
    r"|vroegen|liet|laat|lieten|toonde|toont|toonden|presenteerde|presenteert|stelde|stelt"
    r"|stelden|sloot|sluit|sloten|leidde|leidt|gaf|geeft|introduceerde|introduceert)"
)
#: An adverbial that may open a sentence before its verb: "Als laatste", "Daarna", "Tot slot".
_OPENER = (
    r"(?:als\s+(?:eerste|laatste|afsluiting|opening)|daarna|vervolgens|toen|tot\s+slot"
    r"|ten\s+slotte|tenslotte|eerst|daarop|hierna|opnieuw|ook|aan\s+het\s+(?:begin|eind|einde)"
    r"|tegen\s+het\s+(?:eind|einde)|na\s+de\s+pauze|in\s+de\s+tweede\s+ronde)"
)
#: The leader as the subject before the verb ("De moderator opende …", "De gespreksleider
#: van de avond legde …") or after it, behind an adverbial ("Als laatste vroeg de moderator").
_LEADER_ACTS = re.compile(
    rf"\W*(?:{_LEADER}(?:\s+[\w-]+){{0,3}}\s+{_LEADS}|{_OPENER}\s*,?\s+{_LEADS}\s+{_LEADER})\b",
    re.IGNORECASE,
)
#: A talk that opened with a question, a round or figures ("Het tweede gesprek, in Norg,
#: begon met de vraag hoe …", "De sessie opende met een voorstelronde."); not a presentation
#: or an introduction, which carry content of their own, nor an evening or a meeting open to
#: the public, which is an event and not the talk of a group.
_TALK_OPENS = re.compile(
    r"\W*(?:het|de)\s+(?:[\w-]+\s+)?(?:gesprek|groepsgesprek|sessie|interview|gespreksronde)"
    r"\b[^.;:]{0,60}?\b(?:begon|begint|opende|opent|startte|start)\s+met\s+"
    r"(?:de|een|enkele|een\s+paar)?\s*(?:vraag|vragen|voorstelronde|kennismakingsronde|rondje"
    r"|cijfers|tabel)\b",
    re.IGNORECASE,
)
#: A clause of its own: the leader who states something ("… merkte op dat …") makes a claim.
_CLAUSE = re.compile(r"\b(?:dat|omdat|want|maar)\b", re.IGNORECASE)
#: The most characters of a sentence that tells the course of the talk.
_REACH = 220

#: How a speaker took the turn, closing the sentence, with an adverb of manner.
_TAKES_TURN = re.compile(
    r"\s(?:reageerde|reageert|reageerden|(?:nam|neemt)\s+(?:als\s+eerste\s+)?het\s+woord"
    r"|sprak\s+als\s+eerste|spreekt\s+als\s+eerste|zuchtte|zucht|knikte|knikt|lachte|lacht"
    r"|aarzelde|aarzelt|vulde\s+aan|vult\s+aan"
    r"|(?:was|is)\s+(?:uitgesproken|stellig|openhartig|resoluut))"
    r"(?:\s+(?:als\s+eerste|als\s+laatste|meteen|direct|fel|hoorbaar|diep|instemmend|kort"
    r"|even|verbaasd|geëmotioneerd))?\s*\.$",
    re.IGNORECASE,
)
#: A clause, a colon or a question in an introduction: it says more than how the turn began.
_MORE = re.compile(r"\b(?:dat|of|omdat|want|maar)\b|[:;?]", re.IGNORECASE)
#: A turn under a speaker's short label with a quotation: "D4: “…”", "Respondent B: ‘…’".
_TURN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,2}:\s*[“\"‘„«']")


def course_of_talk(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` only tells what the talk's leader did to lead
    it, or how a talk opened.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The sentence's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> def told(t):
    ...     return course_of_talk(t, 0, len(t))
    >>> told("De moderator liet de deelnemers een grafiek van de uitgaven zien.")
    True
    >>> told("Het derde gesprek begon met een rondje langs de tafels.")
    True
    >>> told("De gespreksleider merkte op dat de groep het oneens bleef.")
    False
    """
    if end - start > _REACH:
        return False
    if not (_LEADER_ACTS.match(text, start, end) or _TALK_OPENS.match(text, start, end)):
        return False  # anchored patterns first: most sentences fail on their first words
    if holds_quote(text, start, end):
        return False
    return _CLAUSE.search(text, start, end) is None or _asks(text, start, end)


#: The leader's indirect question: "vroeg (…) of …", "vroeg hoe …", without a "dat" of its own.
_ASKS = re.compile(r"\b(?:vroeg|vraagt|vroegen)\b[^.]*?\b(?:of|hoe|wat|waarom|wie|welke)\b", re.I)


def _asks(text: str, start: int, end: int) -> bool:
    """Whether the leader's sentence asks a question in indirect speech whose ``dat`` belongs
    to the question ("vroeg of de teams merken dat …").

    Examples
    --------
    >>> t = "De moderator vroeg of de deelnemers merken dat de wachttijd groeit."
    >>> _asks(t, 0, len(t))
    True
    """
    ask = _ASKS.search(text, start, end)
    if ask is None:
        return False
    clause = _CLAUSE.search(text, start, end)
    return clause is None or clause.start() > ask.end()


def leads_turn(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` only introduces a speaker by how they took the
    turn ("Deelnemer 4, Wmo-consulent, reageerde als eerste.").

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The sentence's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> def lead(t):
    ...     return leads_turn(t, 0, len(t))
    >>> lead("Respondent C, ambtenaar jeugd, nam als eerste het woord."), lead("R2 zuchtte diep.")
    (True, True)
    >>> lead("De huisarts reageerde fel, maar de consulent bleef kalm.")
    False
    """
    if end - start > _REACH or holds_quote(text, start, end):
        return False
    match = _TAKES_TURN.search(text, start, end)
    # the introduction's apposition may hold "en" ("klantmanager werk en inkomen")
    return match is not None and _MORE.search(text, start, match.start()) is None


def opens_turn(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a turn under a speaker's short label that
    opens with a quotation ("D4: “…”").

    Examples
    --------
    >>> t = "R3: “Dat duurt veel te lang.”"
    >>> opens_turn(t, 0, len(t)), opens_turn("Zij zei: “Nee.”", 0, 15)
    (True, False)
    """
    return _TURN.match(text, start, end) is not None
