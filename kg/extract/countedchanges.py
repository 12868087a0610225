"""What changes when the clause names no noun of quantity: a plural, a group, a "van" phrase.

:mod:`kg.extract.changes` reads a word of change as a quantity's change when its clause
holds a noun of quantity ("het aantal meldingen is toegenomen"). Dutch states the same
without one in three general ways (ANS: the subject of an intransitive verb of change is
what changes; a nominalised verb takes that subject in a "van" phrase):

- a plural or collective subject of an intransitive verb of change, whose number changes:
  ``meldingen van huiselijk geweld zijn toegenomen``, ``de groep ouderen groeit``;
- the antecedent of a relative clause that holds only the verb: ``een bevolking die
  krimpt``;
- a noun of change and its "van" phrase: ``de toename van huurachterstanden``, ``de groei
  van de logistiek`` (not "afname", also the purchase of care: "afname van zorg").

Transitive verbs ("verlaagd", "afgebouwd") are left out: their subject is who acts, and in
the passive ("uren werden verminderd") a measure taken, not a level that moved.

Examples
--------
>>> s = "Ook de meldingen van huiselijk geweld zijn toegenomen."
>>> i = s.index("toegenomen")
>>> counted_subject(s, 0, i, i + len("toegenomen"), len(s))
'Ook de meldingen van huiselijk geweld zijn '
"""

from __future__ import annotations

import re

from kg.extract.changewords import QUANTITY

#: Forms of the intransitive verbs of change, whose subject is what changes: toenemen,
#: afnemen, groeien, krimpen, stijgen, dalen, oplopen, teruglopen, slinken (all forms that
#: are one word; "neemt … toe" is read apart).
INTRANSITIVE = frozenset(
    ("toeneemt", "toenemen", "toenam", "toenamen", "toegenomen")
    + ("afneemt", "afnemen", "afnam", "afnamen", "afgenomen")
    + ("groeit", "groeien", "groeide", "groeiden", "gegroeid")
    + ("krimpt", "krimpen", "kromp", "krompen", "gekrompen")
    + ("stijgt", "stijgen", "steeg", "stegen", "gestegen")
    + ("daalt", "dalen", "daalde", "daalden", "gedaald")
    + ("oploopt", "oplopen", "opliep", "opliepen", "opgelopen")
    + ("terugloopt", "teruglopen", "terugliep", "terugliepen", "teruggelopen")
    + ("slinkt", "slinken", "slonk", "slonken", "geslonken")
)
#: Nouns of change that take what changes in a "van" phrase ("afname" is also a purchase).
_OF_NOUNS = frozenset(("toename", "stijging", "groei", "daling", "krimp", "teruggang"))
#: Collective nouns whose size is a number of people: "de groep", "het bestand".
COLLECTIVE = ("groep", "groepen", "bevolking", "populatie", "doelgroep")
#: The subject at a clause's start: an article or demonstrative, adjectives, the head noun.
_SUBJECT = re.compile(
    r"(?:(?:ook|juist|vooral|wel|zelfs|dan)\s+)?(?:(?P<art>de|deze|die|het|dit|een)\s+)?"
    r"(?:[^\W\d][\w-]*e\s+){0,2}(?P<head>[^\W\d][\w-]*)\b",
    re.IGNORECASE,
)
#: A plural head: "-en" of three or more letters before it, or "-ers", "-ies", "-jes".
_PLURAL = re.compile(r"[^\W\d][\w-]{2,}en|[\w-]+(?:ers|ies|jes|ten)", re.IGNORECASE)
#: Not plurals: nouns and infinitives ending like one ("wonen", "leven", "examen").
_NOT_PLURAL = frozenset(("wonen", "leven", "eten", "examen", "teken", "wapen", "keuken"))
#: The antecedent right before a relative clause: "een bevolking die", "het aantal dat".
_ANTECEDENT = re.compile(
    r"\b(?P<np>(?:de|het|een)\s+(?:[^\W\d][\w-]*e\s+)?[^\W\d][\w-]*)\s+(?:die|dat)\s+$",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+van\s+(?=\S)", re.IGNORECASE)
#: The auxiliary of an inverted clause, a plural subject after it: the clause opens with an
#: adjunct ("Volgens de gemeente zijn de klachten afgenomen", "In 2016 zijn de wachtlijsten
#: gegroeid"), the subject follows the finite verb (ANS, inversion).
_INVERTED = re.compile(r"^\W*\w.*?\s(?:zijn|waren)\s+(?=(?:ook\s+)?(?:de|deze|die)\s)", re.I)


def counted_subject(text: str, c0: int, start: int, end: int, ceiling: int) -> str | None:
    """What the word of change at ``text[start:end]`` changes the number of, or None.

    ``c0`` is where its clause starts (after a relative pronoun); ``ceiling`` where it ends.

    Examples
    --------
    >>> s = "Het is een stad met een bevolking die krimpt."
    >>> counted_subject(s, s.index("krimpt"), s.index("krimpt"), len(s) - 1, len(s))
    'een bevolking'
    >>> s = "Zij wijzen op de groei van de logistiek."
    >>> i = s.index("groei")
    >>> counted_subject(s, 0, i, i + 5, len(s))
    'de logistiek.'
    >>> s = "De kennis neemt toe en de nabijheid is gegroeid."
    >>> i = s.index("gegroeid")
    >>> counted_subject(s, s.index("de nabijheid"), i, i + 8, len(s)) is None
    True
    >>> s = "Men verwacht dat de groep op termijn zal toenemen."
    >>> i = s.index("toenemen")
    >>> counted_subject(s, s.index("de groep"), i, i + 8, len(s)) is None
    True
    >>> s = "Volgens de gemeente zijn de klachten in 2016 afgenomen."
    >>> i = s.index("afgenomen")
    >>> counted_subject(s, 0, i, i + 9, len(s))
    'de klachten in 2016 '
    """
    word = text[start:end].lower()
    if word in _OF_NOUNS:
        of = _OF.match(text, end, ceiling)
        return text[of.end() : ceiling] if of else None
    if word not in INTRANSITIVE:
        return None
    before = text[c0:start]
    if not before.strip():
        antecedent = _ANTECEDENT.search(text, max(0, c0 - 60), c0)
        if antecedent and _counted(antecedent.group("np")):
            return antecedent.group("np")
        return None
    inverted = _INVERTED.search(before)
    first = _SUBJECT.match(before)
    if inverted and not (first and _counted(first.group())):
        before = before[inverted.end() :]  # "Volgens de gemeente zijn de klachten afgenomen"
    subject = _SUBJECT.match(before)
    if subject is None or (subject.group("art") or "").lower() in {"het", "dit"}:
        return None  # a neuter noun is no plural
    if subject.group("head").lower() in COLLECTIVE and not QUANTITY.search(before):
        members = _MEMBERS.match(before, subject.end())
        return before if members else None  # "de groep" alone points back: it names no one
    return before if _counted(subject.group()) else None


#: The members a collective names right after it: "de groep (alleenwonende) ouderen".
_MEMBERS = re.compile(r"\s+(?:[^\W\d][\w-]*e\s+)?[^\W\d][\w-]{2,}(?:en|ers|s)\b", re.I)


def _counted(phrase: str) -> bool:
    """Whether a noun phrase counts people or things: a plural, a group, a quantity."""
    if QUANTITY.search(phrase):
        return True
    head = phrase.split()[-1].lower()
    if head in COLLECTIVE:
        return True
    return bool(_PLURAL.fullmatch(head)) and head not in _NOT_PLURAL
