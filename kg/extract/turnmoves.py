"""The moves of a transcript or a report that claim nothing: a stage direction, a bare assent
that answers no question, the leader's announcement of the next topic, a legend of the people
spoken with, and a footnote that only cites its source. No claims.

A transcript of a podcast, a panel or a radio programme keeps, besides what is said, the
moves that only run the talk:

- a stage direction in square or round brackets on its own ("[lacht]", "(stilte)"), which
  :func:`kg.sentences.split_sentences` splits off as a piece of its own;
- a bare word of assent that opens a turn ("Henk: Zeker.", "Precies.", "Klopt.") after a
  statement: it only takes the turn (a backchannel), and what the speaker goes on to say is
  the claim. After a question it is the answer ("Werd het overgenomen? - Ja.") and stays a
  claim, as any other short answer ("Grotendeels.");
- the leader's hand-over, a question or a guest addressed by name in the second person
  under a leader's label ("Host Tom: Hoe stuurt de gemeente?", "Moderator: Sanne, jij ziet
  de gezinnen thuis."), as the hand-over questions of :mod:`kg.extract.handovers`;
- a turn broken off by the next speaker ("Henk: Dat snap ik, maar we …");
- the leader's announcement of the next topic under a leader's label (``kg/data/
  talk-leaders.txt``, with or without the leader's name: "Presentator Eva: Dan het geld.",
  "Host Tom: Eerst wat cijfers.", "Moderator: Wonen en zorg dan.", "Interviewer: Sanne,
  jouw terrein."): a phrase without a clause that hands the floor on, as a hand-over
  question does (gold README, nineteenth batch, decision 8; twentieth batch, decision 2).

A report of interviews keeps two lines of its apparatus:

- the legend of the people spoken with, each a participant's code and role ("Respondent A:
  beleidsmedewerker; Respondent B: huisarts."): it introduces who speaks, as a line of codes
  does, and claims nothing;
- a footnote that opens by citing its source, a conversation or a document with its date or
  year ("¹ Interview met de wethouder, 12 mei 2016.", "³ Stichting X, Jaarverslag 2015."):
  it says where the sentence it marks comes from, as a line of sources does (gold README,
  ninth batch: a "Bronnen:" line is no finding); a footnote that states something of its own
  ("² In de kern Y staan 40 woningen leeg.") stays a claim.

Source: general Dutch (words of assent, the adverbs that announce a next item, the nouns of a
conversation, the form of a citation), written for the construction, not from any profile.

Examples
--------
>>> t = "Wat vindt u ervan? Jan: Zeker."
>>> bare_assent(t, t.index("Jan"), len(t))
False
>>> t = "Dat was een zware tijd. Jan: Zeker."
>>> bare_assent(t, t.index("Jan"), len(t))
True
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.problemclauses import alternation
from kg.turnlabels import LABEL_WORDS

__all__ = [
    "bare_assent",
    "broken_off",
    "leader_announces",
    "leader_hands_over",
    "no_move_claim",
    "people_legend",
    "source_note",
]

#: A stage direction on its own: a few lower-case words in square or round brackets.
_STAGE = re.compile(r"\[[a-zà-ÿ][a-zà-ÿ ]{0,38}\]|\([a-zà-ÿ][a-zà-ÿ ]{0,38}\)")
#: A turn's label: a name or function of up to three capitalised words and a colon.
_LABEL = rf"(?:{LABEL_WORDS}\s*:\s*)?"
#: A turn's label that must be there: "Henk: ", "Host Tom: ".
_TURN = re.compile(rf"{LABEL_WORDS}\s*:\s")
#: A bare word of assent, the whole sentence after its label.
_ASSENT = re.compile(
    rf"{_LABEL}(?:ja(?:zeker|wel)?|zeker(?:\s+weten)?|precies|inderdaad|klopt|absoluut"
    r"|natuurlijk|helemaal|tuurlijk)\s*[.!]?",
    re.IGNORECASE,
)
#: The nouns of the one who leads a talk (``kg/data/talk-leaders.txt``) and the podcast's
#: "host", opening the label, with the leader's name or none: "Host Tom: ", "Moderator: ".
_LEADER_LABEL = re.compile(
    rf"(?:{alternation([*word_list('talk-leaders.txt'), 'host', 'hosts'])})"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s*:\s*",
    re.IGNORECASE,
)
#: The words that make a phrase a clause (``kg/data/clause-words.txt``).
_CLAUSE = re.compile(rf"\b(?:{alternation(list(word_list('clause-words.txt')))})\b", re.IGNORECASE)
#: The leader's announcement of a next topic: an adverb of sequence and a short noun phrase
#: ("Dan het geld.", "En nu de jeugd.", "Eerst wat cijfers.", "Tot slot de regio."), the
#: noun phrase with a closing "dan" ("Werk en inkomen dan."), or a guest named with the
#: topic that is theirs ("Sanne, jouw terrein.", "Meneer Bos, uw beurt.").
_ANNOUNCES = re.compile(
    r"(?:(?:en\s+)?(?:dan|nu|eerst|tot\s+slot|als\s+laatste|vervolgens|daarna)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}"
    r"|[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+dan"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s+(?:jouw|uw|jullie)\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"\s*\.",
    re.IGNORECASE,
)
#: A guest addressed by name in the second person: "Karin, jij komt …", "Meneer Bos, u ziet …".
_ADDRESSES = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s+(?:jij|je|u|jullie)\b",
    re.IGNORECASE,
)
#: One item of a legend of people: a participant's noun (``kg/data/participant-nouns.txt``)
#: and its code, a colon and a role of a few words ("Respondent B: wijkverpleegkundige").
_ENTRY = (
    rf"(?:{alternation(list(word_list('participant-nouns.txt')))})\s+(?:[A-Z]|\d{{1,2}})"
    r"\s*:\s*[^;:.]{2,80}"
)
_LEGEND = re.compile(rf"{_ENTRY}(?:\s*;\s*{_ENTRY})+\s*\.?", re.IGNORECASE)
#: A footnote's number before the sentence that opens its paragraph.
_NOTE_NUMBER = re.compile(r"(?:^|\n)[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])[ \t]+$")
#: A year, with the day and month before it or not ("12 mei 2016", "2015", "2015-2016").
_YEAR = r"(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?"
#: A citation: a conversation with someone and its date ("Interview met de wethouder, 12 mei
#: 2016", "Tweede gesprek met respondent B, 3 maart 2016"), or a named source and a
#: document with its year ("Gemeente X, Jaarrekening 2015", "GGD Y, Gezondheidsmonitor
#: 2016"), closing the sentence or its first clause.
_CITATION = re.compile(
    r"(?:(?:[a-z]+\s+)?(?:interview|gesprek|groepsgesprek|telefoongesprek|telefonisch\s+gesprek"
    r"|e-?mail|mailwisseling|correspondentie|focusgroep|werkbezoek)\b[^.;:]{0,80}?,\s*"
    rf"{_YEAR}|(?-i:[A-Z])[^.;:,]{{1,60}},\s*(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){{0,4}}?\s+{_YEAR})"
    r"\s*(?:[.;]|$)",
    re.IGNORECASE,
)
#: The longest sentence any of these moves is (a legend may name a dozen people).
_REACH = 600
#: The longest short move (a stage direction, an assent, an announcement).
_SHORT = 90


def bare_assent(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a bare word of assent after a statement.

    Examples
    --------
    >>> def said(t):
    ...     return bare_assent(t, t.rindex("\\n") + 1, len(t))
    >>> said("Het was onrustig.\\nPiet: Precies.")
    True
    >>> said("Klopt het cijfer?\\nPiet: Klopt."), said("Het was onrustig.\\nPiet: Dat klopt.")
    (False, False)
    """
    if end - start > _SHORT or _ASSENT.fullmatch(text, start, end) is None:
        return False
    return not text[:start].rstrip().endswith("?")


def leader_announces(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is the announcement of a next topic under the
    label of the one who leads the talk, with no clause of its own.

    Examples
    --------
    >>> def said(t):
    ...     return leader_announces(t, 0, len(t))
    >>> said("Host Anna: Dan de mantelzorg."), said("Gespreksleider: Jeugd en onderwijs dan.")
    (True, True)
    >>> said("Presentator Kees: Ahmed, jouw terrein."), said("Host Anna: Dat klinkt goed.")
    (True, False)
    >>> said("Host Anna: Dan gaan we naar de jeugd."), said("Ahmed: Dan de mantelzorg.")
    (False, False)
    """
    if end - start > _SHORT or text[end - 1 : end] != ".":
        return False
    label = _LEADER_LABEL.match(text, start, end)
    if label is None:
        return False
    return (
        _ANNOUNCES.fullmatch(text, label.end(), end) is not None
        and _CLAUSE.search(text, label.end(), end) is None
    )


def leader_hands_over(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` hands the floor over in a turn under the label
    of the one who leads the talk (the label opens the sentence's line): a question
    ("Host Tom: Hoe stuurt de gemeente?", "… Henk?") or a guest addressed by name in the
    second person ("Host Eline: Karin, jij komt achter de voordeur.").

    Examples
    --------
    >>> def said(t, first=0):
    ...     return leader_hands_over(t, t.index(first) if first else 0, len(t))
    >>> said("Host Lia: Hoe zit het met wonen?"), said("Presentator Bo: Dan dit. Sanne?", "S")
    (True, True)
    >>> said("Host Lia: Sanne, jij ziet de gezinnen thuis.")
    True
    >>> said("Sanne: Hoe zit het met wonen?"), said("Host Lia: Dat klinkt zorgelijk.")
    (False, False)
    """
    if end - start > _SHORT * 2:
        return False
    line = text.rfind("\n", 0, start) + 1
    label = _LEADER_LABEL.match(text, line, end)
    if label is None:
        return False
    if text[end - 1 : end] == "?":
        return True
    at = max(start, label.end())
    return _ADDRESSES.match(text, at, end) is not None


def broken_off(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` breaks off a turn under a speaker's label: it
    ends in an ellipsis after a word ("Henk: Dat snap ik, maar we …") and closes its line,
    cut short by the next speaker.

    Examples
    --------
    >>> t = "Henk: Dat snap ik, maar we …\\nKarin: Laat me even uitpraten."
    >>> broken_off(t, 0, t.index("\\n"))
    True
    >>> t = "De kosten, de regels, de wachtlijsten …\\nZo gaat het."
    >>> broken_off(t, 0, t.index("\\n"))
    False
    """
    if not text.endswith((" …", " ..."), start, end) or text[end : end + 1] not in ("", "\n"):
        return False
    line = text.rfind("\n", 0, start) + 1
    return _TURN.match(text, line, end) is not None


def people_legend(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a legend of the people spoken with: two or
    more participants' codes, each with its role.

    Examples
    --------
    >>> t = "Respondent 1: wethouder; Respondent 2: huisarts in het dorp."
    >>> people_legend(t, 0, len(t))
    True
    >>> t = "Respondent 1: de wachttijden zijn te lang."
    >>> people_legend(t, 0, len(t))
    False
    """
    return end - start <= _REACH and _LEGEND.fullmatch(text, start, end) is not None


def source_note(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens a footnote by citing its source.

    Examples
    --------
    >>> t = "De wachttijd is lang.¹\\n\\n¹ Gesprek met twee consulenten, 4 juli 2017."
    >>> source_note(t, t.index("Gesprek"), len(t))
    True
    >>> t = "De wachttijd is lang.¹\\n\\n¹ In de kern Y staan 40 woningen leeg, sinds 2015."
    >>> source_note(t, t.index("In de"), len(t))
    False
    """
    if _NOTE_NUMBER.search(text, max(0, start - 8), start) is None:
        return False
    return _CITATION.match(text, start, end) is not None


def no_move_claim(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is one of the moves above: no claim.

    Examples
    --------
    >>> t = "Het kost veel. [zucht] Maar het werkt."
    >>> no_move_claim(t, t.index("["), t.index("]") + 1)
    True
    >>> no_move_claim(t, 0, t.index("["))
    False
    """
    if end - start <= _SHORT and _STAGE.fullmatch(text, start, end) is not None:
        return True
    return (
        bare_assent(text, start, end)
        or leader_announces(text, start, end)
        or leader_hands_over(text, start, end)
        or broken_off(text, start, end)
        or people_legend(text, start, end)
        or source_note(text, start, end)
    )
