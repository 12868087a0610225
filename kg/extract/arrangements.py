"""How the work is organised: a plain statement of an arrangement is the authors' fact.

A sentence that states an organisational arrangement between parties (who takes part
in what, who works with whom, who buys through whom, who carries out a task, where
inhabitants go for their care: the evidence of a typed relation of
:mod:`kg.extract.relations`) describes how the field is laid out. When it opens a
paragraph, names no speaker of its own, gives no judgement (its tone is neutral), no
reason and does not open by going on with the account before it ("Daarbij …", "Ook …",
"Zij …"), it is the authors' statement, not a continuation of the voice the paragraph
before it ended in (the annotation guideline: the voice is not carried over plain facts
about third parties, as :mod:`kg.extract.groupfacts` reads for the facts about one
group; a paragraph that opens by describing a group starts in the authors' voice too).
Within a paragraph the account a speaker gives may go on through such a sentence.

Examples
--------
>>> arrangement("De jeugdhulp wordt ingekocht via het inkoopbureau.", {"purchases-via"})
True
>>> arrangement("Het beheer is belegd bij OZJT, omdat die kennis daar zit.", {"executes-for"})
False
>>> arrangement("Daarbij komt dat de gemeente aan Lochem grenst.", {"borders-on"})
False
>>> arrangement("De wachttijd is lang.", set())
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ARRANGEMENTS", "arrangement", "ended"]

#: The relation types that lay out the field: membership, cooperation, execution of a
#: task, buying, dependence and orientation, a lead municipality, a neighbour. Not
#: "reports-on" (a source of figures), "compares-with" (a comparison the text makes)
#: or "bound-by-rulings-of" (a court's rulings, mostly told as an experience).
ARRANGEMENTS = frozenset(
    {
        "member-of",
        "cooperates-with",
        "executes-for",
        "purchases-via",
        "depends-on",
        "oriented-towards",
        "lead-municipality",
        "related-organisation",
        "borders-on",
    }
)

#: What makes the sentence more than the arrangement: a reason or a consequence, or an
#: opening that goes on with the account before it (a connective of addition or a
#: personal pronoun, as a paragraph that goes on in :mod:`kg.extract.claims`).
_MORE = re.compile(
    r"\b(?:omdat|doordat|daardoor|daarom|waardoor|want|zodat|dankzij|vanwege)\b"
    r"|^\W*(?:zij|ze|hij|men|daarnaast|daarbij|verder|bovendien|ook|tevens|evenmin|eveneens"
    r"|dat|dit|die|deze)\b",
    re.IGNORECASE,
)


def arrangement(text: str, relation_types: Iterable[str]) -> bool:
    """Whether a claim's ``text`` plainly states an arrangement of the field.

    ``relation_types`` are the types of the relations whose evidence is one of the
    claim's sentences. The caller checks that the claim opens its paragraph, names no
    speaker and reads as neutral.
    """
    return not ARRANGEMENTS.isdisjoint(relation_types) and _MORE.search(text) is None


#: An arrangement that held until a moment before the profile's time: "Tot 2015 voerde X de
#: schuldhulpverlening uit", "Tot 1 januari 2016 verzorgde de dienst …".
_ENDED = re.compile(
    r"^\W*tot\s+(?:en\s+met\s+)?(?:(?:begin|eind|medio|half|halverwege)\s+)?"
    r"(?:\d{4}|\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{4})\s+(?!is\b|zijn\b|was\b|waren\b)",
    re.IGNORECASE,
)


def ended(text: str) -> bool:
    """Whether a claim opens by stating what held until an earlier moment: a past
    arrangement (the annotation guideline: an ended relation does not hold at the time
    the profile describes; told with no speaker, it is the authors' account of it).

    Examples
    --------
    >>> ended("Tot 2015 voerde Helmond de schuldhulpverlening samen met Geldrop-Mierlo uit.")
    True
    >>> ended("Tot 1 januari 2016 verzorgde de dienst ook de Wmo-loketten van Veere.")
    True
    >>> ended("Tot nu toe gaat het goed."), ended("In 2015 werkte Helmond samen met Asten.")
    (False, False)
    """
    return _ENDED.match(text) is not None
