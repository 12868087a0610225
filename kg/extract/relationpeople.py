"""Relations read from the people of a party or from a pronoun for the parties named
before, where no cue phrase stands between two parties.

- "de cliënten van X", "klanten van X": a body or organisation whose clients the
  profile discusses serves the municipality, when nothing else relates it (the
  executor for no one named of :mod:`kg.extract.relationforms`);
- "Samen kopen zij …", "Samen werken ze …": the municipalities coordinated in the
  sentence before ("A, B en de gemeente …") act together: the profile's municipality
  cooperates with each of the others.
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP
from kg.extract.prefixscan import search

__all__ = ["clients_in", "clients_of", "together_in", "together_they"]

_F = re.IGNORECASE
#: The people a party serves, right before its name.
_PEOPLE_OF = re.compile(
    r"\b(?:cliënten|clienten|klanten|deelnemers|bezoekers|hulpvragers)\s+van\s+"
    r"(?:(?:de|het)\s+)?$",
    _F,
)
#: The people's nouns alone, to find the sentences that may name a party's people.
_PEOPLE_WORD = re.compile(
    r"\b(?:cliënten|clienten|klanten|deelnemers|bezoekers|hulpvragers)\s+van\b", _F
)
#: "Samen kopen zij …": the subject pronoun of a joint act after "Samen" and its verb.
_TOGETHER_THEY = re.compile(r"Samen\s+(?-i:[a-z])\w+\s+(?:zij|ze)\b")
_EXECUTORS = frozenset({"body", "organisation"})


def clients_in(lowered: str) -> bool:
    """Whether a document (lower case) names a party's people (:func:`clients_of`).

    Examples
    --------
    >>> clients_in("veel cliënten van x wonen alleen."), clients_in("de gemeente groeit.")
    (True, False)
    """
    return _PEOPLE_WORD.search(lowered) is not None


def together_in(text: str) -> bool:
    """Whether a document may open a sentence with "Samen" (:func:`together_they`).

    Examples
    --------
    >>> together_in("Zo. Samen kopen zij in."), together_in("Zij werken samen.")
    (True, False)
    """
    return "Samen " in text


def clients_of(sen: _Sentence) -> list[str]:
    """The bodies and organisations named as having clients ("cliënten van X").

    Examples
    --------
    >>> bool(_PEOPLE_OF.search("Veel cliënten van de ")), bool(_PEOPLE_OF.search("de kosten van "))
    (True, False)
    """
    text = sen.text
    if search(_PEOPLE_WORD, text, sen.start, sen.end) is None:
        return []  # no "cliënten van" in the sentence
    return [
        p.entity
        for p in sen.parties
        if p.kind in _EXECUTORS and _PEOPLE_OF.search(text, max(sen.start, p.start - 40), p.start)
    ]


def together_they(sen: _Sentence, add: Add) -> None:
    """cooperates-with for "Samen kopen zij …" after a sentence that coordinates the
    profile's municipality with others ("Teststad, Heerlen en Kerkrade liggen …")."""
    if not sen.text.startswith("Samen", sen.start) or not sen.earlier:
        return
    if not _TOGETHER_THEY.match(sen.text, sen.start, sen.end):
        return
    named = [p for p in sen.earlier if p.kind == "municipality"]
    joined = named[-1:]
    for p in reversed(named[:-1]):  # the list that ends the sentence before
        if not LIST_GAP.match(sen.text[p.end : joined[0].start]):
            break
        joined.insert(0, p)
    members = {p.entity for p in joined}
    if sen.own in members and len(members) > 1:
        for other in sorted(members - {sen.own}):
            add("cooperates-with", sen.own, other)
