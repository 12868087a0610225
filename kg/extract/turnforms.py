"""Forms that tell whose turn a claim is: a bare plural group, a singular pronoun, a later clause.

Bare plural
    A sentence that opens with a group as a bare plural ("Zorgaanbieders werken meer samen")
    tells what the group as a whole finds or does: a later report of that group in the
    paragraph claims it. A group with an article or a name ("De gemeenteraad heeft …",
    "Woonstichting X moest …") is a body whose doings the authors describe
    (:func:`generic_group`).
Singular pronoun
    A personal pronoun that reports means one person when it is "hij", "haar", "hem", or
    "zij"/"ze" with a verb in -t ("…, zegt zij."), a group with a plural verb ("…, zeggen
    zij"; :func:`singular_report`).
Later clause
    Speakers named only after a conjunction ("…, maar ambtenaren vrezen dat …") leave the
    first clause to the account before (:func:`contrasted`); a main clause after a
    contrastive one ("Waar ambtenaren tevreden zijn, vinden raadsleden …") names the
    speakers a pronoun takes up (:func:`main_clause_speakers`).

Split out of :mod:`kg.extract.claims`; general Dutch grammar.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.nounforms import singular
from kg.extract.voiceforms import pronoun_report
from kg.extract.wordtokens import plain

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech

__all__ = ["contrasted", "generic_group", "main_clause_speakers", "plural", "singular_report"]

#: The clause a named speaker opens after a first clause that names none: "…, maar
#: ambtenaren vrezen dat …" (a conjunction and at most one word before the group).
_DIGIT = re.compile(r"%|(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,%]))\d")  # a figure, not a year
_LATER_CLAUSE = re.compile(r"[,;]\s+(?:maar|terwijl|hoewel|doch|en)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A singular personal pronoun: "hij", "haar", "hem", or "zij"/"ze" with a verb in -t.
_SINGULAR = re.compile(r"\b(?:hij|haar|hem)\b|\b\w+t\s+(?:zij|ze)\b|\b(?:zij|ze)\s+\w+t\b", re.I)
#: The pronouns every match of :data:`_SINGULAR` holds, looked for in the lower case first.
_PRONOUNS = re.compile(r"hij|haar|hem|zij|ze")
#: A claim opening with a contrastive clause ("Waar ambtenaren tevreden zijn, …").
_CONTRAST = re.compile(r"\W*(?:waar|terwijl)\s[^,;:]{3,120},", re.IGNORECASE)


def contrasted(text: str, start: int, speech: Speech, carried: tuple[str, ...]) -> bool:
    """Whether the speakers of the claim at ``start`` (its ``speech``), none of them in the
    ``carried`` voice, speak only from a later clause: the first clause goes on with the
    account the paragraph gives.

    Examples
    --------
    >>> from kg.extract.speakers import Speech
    >>> t = "De teams worden goed gevonden, maar ambtenaren vrezen dat niet iedereen komt."
    >>> s = Speech(("r/c",), at=t.index("amb"))
    >>> contrasted(t, 0, s, ("r/raad",)), contrasted(t, 0, s, ("r/c",))
    (True, False)
    """
    at = speech.at
    if at is None or set(carried) & set(speech.speakers):
        return False
    later = _LATER_CLAUSE.search(text, start, at)
    # a first clause of figures is the authors' data ("Het aandeel daalde naar 3,1%, maar …")
    return later is not None and _DIGIT.search(text, start, later.start()) is None


def plural(phrase: str) -> bool:
    """Whether a noun phrase ends in a plural noun ("Inwoners", "de huisartsen").

    Examples
    --------
    >>> plural("Inwoners"), plural("de wethouder"), plural("de gemeentesecretaris")
    (True, False, False)
    """
    word = phrase.rsplit(None, 1)[-1] if phrase.strip() else phrase
    return word.isalpha() and singular(word) != word.lower()


def singular_report(text: str) -> bool:
    """Whether a personal pronoun that reports in ``text`` means one person ("…, zegt zij.",
    "…, vindt hij", "volgens haar"), not a group ("…, zeggen zij").

    Examples
    --------
    >>> singular_report("‘Er blijft weinig tijd over,’ zegt zij.")
    True
    >>> singular_report("‘Er blijft weinig tijd over,’ zeggen zij.")
    False
    """
    if plain(text) and _PRONOUNS.search(text.lower()) is None:
        return False  # no singular pronoun at all: the pronoun report is not read
    said = pronoun_report(text)
    return said is not None and _SINGULAR.search(said.group()) is not None


def main_clause_speakers(
    whole: str, start: int, end: int, mentions: Iterable[SentenceMention], speakers: tuple[str, ...]
) -> tuple[str, ...]:
    """The ``speakers`` that the main clause of the claim ``whole[start:end]`` names when it
    opens with a contrastive clause ("Waar ambtenaren tevreden zijn, vinden raadsleden …":
    the council members); none else. ``mentions`` are the claim's.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Waar ambtenaren tevreden zijn, vinden raadsleden het te traag."
    >>> ms = [SentenceMention("r/a", "role", 5, 15, "ambtenaren", 0),
    ...       SentenceMention("r/r", "role", 38, 48, "raadsleden", 0)]
    >>> main_clause_speakers(t, 0, len(t), ms, ("r/a", "r/r"))
    ('r/r',)
    """
    clause = _CONTRAST.match(whole, start, end)
    if clause is None:
        return ()
    after = {m.entity for m in mentions if m.start >= clause.end()}
    return tuple(sp for sp in speakers if sp in after)


def generic_group(
    whole: str, start: int, mentions: Iterable[SentenceMention], group: str | None
) -> bool:
    """Whether the claim at ``start`` (with its ``mentions``) opens with ``group`` as a bare
    plural ("Raadsleden kijken er kritischer naar"), not with an article or a name.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Raadsleden kijken er kritischer naar."
    >>> generic_group(t, 0, [SentenceMention("r/c", "role", 0, 10, "Raadsleden", 0)], "r/c")
    True
    >>> t = "De raad heeft een kaderbesluit genomen."
    >>> generic_group(t, 0, [SentenceMention("r/c", "role", 3, 7, "raad", 0)], "r/c")
    False
    """
    if group is None:
        return False
    lead = whole[start : start + 3]
    at = start + len(lead) - len(lead.lstrip(" \"'‘“("))
    return any(m.entity == group and m.start == at and plural(m.text) for m in mentions)
