"""A place where people are served, closed or run down: a service lost.

"Het UWV heeft zijn vestiging in Helmond gesloten", "sinds het ziekenhuis een deel van
zijn afdelingen heeft afgebouwd": a facility noun (a branch, an office, a counter, a
ward, a community centre, a library …) with a participle of closing or running down
("gesloten", "afgebouwd", "dichtgegaan", "opgeheven", "wegbezuinigd") in one clause says
a service was lost, bad news as the losses of :func:`kg.extract.implied.lost` are. A body
dissolved ("het Sociaal Bureau werd opgeheven") is an administrative change and no
facility. The participles are rare, so the rule is gated by them (a word bit of
:data:`kg.extract.cueless.CUELESS_WORDS`) before the clause's words are read.
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract import negation as neg
from kg.extract.wordtokens import words

#: Participles of closing or running down a facility, and the past tense of closing ("doordat
#: het kantoor in 2014 sloot").
CLOSING = frozenset(
    {"gesloten", "afgebouwd", "dichtgegaan", "opgeheven", "wegbezuinigd", "sloot", "sloten",
     "dichtging", "dichtgingen"}
)  # fmt: skip
#: Places where people are served.
FACILITIES = frozenset(
    {"vestiging", "vestigingen", "locatie", "locaties", "kantoor", "kantoren", "loket",
     "loketten", "balie", "afdeling", "afdelingen", "ziekenhuis", "buurthuis", "buurthuizen",
     "wijkcentrum", "wijkcentra", "bibliotheek", "zwembad", "steunpunt", "verzorgingshuis",
     "verzorgingshuizen", "huisartsenpost", "inloop", "spreekuur"}
)  # fmt: skip
_WORD_OF = itemgetter(2)


def closed_facility(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says a facility was closed or run down (not negated).

    Examples
    --------
    >>> s = "dat het UWV in 2015 zijn vestiging in Helmond heeft gesloten"
    >>> closed_facility(s, (0, len(s)))
    True
    >>> s = "Het gezamenlijke sociaal bureau werd in 2014 opgeheven."
    >>> closed_facility(s, (0, len(s)))
    False
    >>> s = "doordat het kantoor in de stad in 2014 sloot"
    >>> closed_facility(s, (0, len(s)))
    True
    >>> s = "Het loket is niet gesloten."
    >>> closed_facility(s, (0, len(s)))
    False
    """
    found = list(map(_WORD_OF, words(text, *clause)))
    at = next((i for i, w in enumerate(found) if w in CLOSING), None)
    if at is None or FACILITIES.isdisjoint(found[:at]):
        return False  # the facility is named before the participle ("… heeft … gesloten")
    return neg.NEGATORS.isdisjoint(found[:at])
