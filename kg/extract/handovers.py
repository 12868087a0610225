"""A question put to the person spoken with: the hand-over of a transcript. No claim.

In a transcript of a programme, a panel or an interview, the one who leads the talk hands the
floor over with a question addressed to the other in the second person: "Wethouder, hoe gaat u
dat oplossen?", "Herkent u dat beeld?", "Wat is jouw ervaring met het wijkteam?". It asks and
states nothing; the answer after it is the claim (gold README, nineteenth batch, decision 8:
hand-over questions are no findings; the interviewer's "V:" questions make none either). A
question in the third person ("Hoe lang houdt een gezin dat vol?") is the writer's own
rhetorical point and stays a claim, as do a question to the reader ("Wat betekent dat voor
u als inwoner?", no label and no one named) and a question inside a quotation. Under the
label of the one who leads the talk ("Moderator: Wat is er veranderd?", ``kg/data/
talk-leaders.txt``) a question hands the floor over in any person (gold README, twentieth
batch, decision 2).

Source: general Dutch (the second-person pronouns u, uw, je, jij, jouw, jullie in a direct
question), written for the construction, not from any profile.

Examples
--------
>>> t = "Mevrouw Bos, hoe kijkt u daartegen aan?"
>>> hand_over(t, 0, len(t))
True
>>> t = "Hoe lang houdt een gezin dat vol?"
>>> hand_over(t, 0, len(t))
False
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.problemclauses import alternation
from kg.extract.quotemarks import holds_quote

__all__ = ["hand_over"]

#: A pronoun of the person addressed, as a word of its own.
_ADDRESSED = re.compile(r"\b(?:u|uw|je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
#: Whom a hand-over names: a title or function, or a capitalised name.
_WHOM = (
    r"(?:(?:meneer|mevrouw|wethouder|dokter|burgemeester|voorzitter)(?:\s+[A-Z][\w'’-]*){0,3}"
    r"|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
)
#: A turn's label at the start of its line ("Presentator: …", "Beller uit Edam: …").
_LABEL = re.compile(r"[A-Z][\w.'’ -]{0,30}:\s")
#: The person addressed by name or function, opening ("Wethouder, hoe …") or closing ("…,
#: dokter?") the question.
_VOCATIVE = re.compile(rf"(?:\W*{_WHOM}\s*,|.*,\s*{_WHOM}\s*\?$)", re.IGNORECASE)
#: The label of the one who leads the talk (``kg/data/talk-leaders.txt``) opening the turn:
#: the question under it hands the floor over whomever it names ("Moderator: Wat is er
#: sinds 2015 veranderd?", "Interviewer: Krijgen de consulenten genoeg ruimte?").
_LEADER_LABEL = re.compile(
    rf"\W*(?:{alternation(list(word_list('talk-leaders.txt')))})\s*:\s",
    re.IGNORECASE,
)
#: The most characters of a hand-over question.
_REACH = 200


def hand_over(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a question put to the person spoken with.

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
    >>> def asks(t):
    ...     return hand_over(t, 0, len(t))
    >>> [asks(t) for t in ("Presentator: Herkent u dat?", "Wat is jouw ervaring, Sanne?")]
    [True, True]
    >>> asks("Gespreksleider: Wat is er sinds 2015 veranderd in het wijkteam?")
    True
    >>> [asks(t) for t in ("U vraagt zich af of dat kan.", "‘Kunt u mij helpen?’",
    ...     "Wat betekent dat voor u als inwoner?")]
    [False, False, False]
    """
    if end - start > _REACH or text[end - 1 : end] != "?":
        return False  # plain tests first: a short sentence that asks
    if holds_quote(text, start, end):
        return False
    if _LEADER_LABEL.match(text, start, end) is not None:
        return True  # the leader's question, in the second person or not
    if _ADDRESSED.search(text, start, end) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    return (
        _LABEL.match(text, line, end) is not None or _VOCATIVE.match(text, start, end) is not None
    )
