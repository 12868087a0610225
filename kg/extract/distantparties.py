"""A party that stands apart: "de provincie speelt nauwelijks een rol", "met X is weinig contact".

Said of a party (a tier of government, a public body, a named organisation:
``kg/data/distant-parties.txt`` or a capitalised name), "speelt geen (nauwelijks een) rol"
and "er is weinig (nauwelijks, beperkt) contact met", "heeft weinig te maken met" tell how
far apart the municipality and the party stand: a description of the relation, no
judgement, as the guideline reads the polarity "as the claim reads" (the settled files
read them `neutral`). It holds only where nothing else in the claim judges: a contrast
("het contact is goed, maar de provincie speelt een kleine rol") or a judgement outside the
phrase ("…, en dat is jammer") is weighed as ever. Said of no party ("preventie speelt
nauwelijks een rol", "ouderen hebben weinig contact met hun buren") the phrase is left
alone: a shortcoming or the loneliness of a group. General Dutch.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

__all__ = ["apart"]

#: The nouns of parties (``kg/data/distant-parties.txt``).
PARTY_NOUNS = frozenset(word_list("distant-parties.txt"))
#: No or hardly any part: a form of "spelen", then within six words "geen rol",
#: "nauwelijks een rol", "geen rol van betekenis".
_NO_PART = re.compile(
    r"\b(?:speelt|spelen|speelde|speelden|gespeeld)\b(?:\s+[\w-]+){0,6}?\s+"
    r"(?:geen|nauwelijks|amper|haast\s+geen|vrijwel\s+geen|bijna\s+geen)\s+(?:een\s+)?rol\b"
    r"(?:\s+van\s+(?:betekenis|belang))?"
    r"|\bgeen\s+rol\s+van\s+(?:betekenis|belang)\b(?:\s+speelt)?",
    re.IGNORECASE,
)
#: Little contact or little to do with a party: "weinig contact", "het contact is beperkt"
#: (also inverted, "met X is het contact beperkt"),
#: "heeft … weinig te maken met".
_LITTLE_CONTACT = re.compile(
    r"\b(?:weinig|nauwelijks|amper|beperkt|gering|sporadisch)\s+(?:\w+\s+)?(?:contact|mee\s+te\s+maken"
    r"|te\s+maken)\b|\bcontact\s+(?:met\s+[^,;:.]{1,40}?\s+)?(?:(?:is|was)\s+)?(?:\w+\s+){0,3}?"
    r"(?:beperkt|gering|summier|minimaal)\b",
    re.IGNORECASE,
)
#: "met" and the party it names: a noun of the list or a capitalised name ("met de VNG").
_WITH = re.compile(r"\bmet\s+(?:de\s+|het\s+)?(?P<party>[\w-]+)", re.IGNORECASE)
#: Words of a turn or a concession that set another side against the phrase.
_TURNS = frozenset({"maar", "echter", "toch", "wel", "daarentegen", "hoewel", "weliswaar"})


def _party(word: str) -> bool:
    """Whether ``word`` names a party: a noun of the list or a capitalised name.

    Examples
    --------
    >>> _party("provincie"), _party("VNG"), _party("buren")
    (True, True, False)
    """
    return word.lower() in PARTY_NOUNS or word[:1].isupper()


def _names_party(text: str, start: int, end: int, contact: bool) -> bool:
    """Whether the claim names a party: after "met" for a contact, anywhere for a part."""
    if contact:
        return any(_party(m["party"]) for m in _WITH.finditer(text, start, end))
    words = text[start:end].split()
    return any(w.strip(".,;:'\"()").lower() in PARTY_NOUNS for w in words) or any(
        w[:1].isupper() for w in words[1:]
    )


def apart(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Whether the claim only tells that a party plays no part or has little contact.

    ``cues`` are the claim's cues: one outside the phrase judges something else.

    Examples
    --------
    >>> s = "Met het ministerie is nauwelijks contact over de jeugdhulp."
    >>> apart(s, 0, len(s), [])
    True
    >>> s = "Het waterschap speelt bij de schuldhulp geen rol van betekenis."
    >>> apart(s, 0, len(s), [])
    True
    >>> s = "Preventie speelt in het beleid nauwelijks een rol."
    >>> apart(s, 0, len(s), [])
    False
    >>> s = "Het contact is goed, maar de provincie speelt nauwelijks een rol."
    >>> apart(s, 0, len(s), [])
    False
    """
    if (
        text.find("rol", start, end) < 0
        and text.find("te maken", start, end) < 0
        and (text.find("contact", start, end) < 0)
    ):
        return False
    found = search(_NO_PART, text, start, end)
    contact = found is None
    if contact:
        found = search(_LITTLE_CONTACT, text, start, end)
    if found is None or not _names_party(text, start, end, contact):
        return False
    if any(w.strip(".,;:'\"()").lower() in _TURNS for w in text[start:end].split()):
        return False
    return all(found.start() <= c.start < found.end() for c in cues if c.sign or c.problem)
