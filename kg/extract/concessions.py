"""Concessions: a judgement conceded and another set against it.

"Weliswaar …, maar …", "hoewel …", "ondanks …" (the concessive words of
:data:`kg.extract.negation.CONCESSIVE`) and a clause opened by a concessive "al" ("…, al
vindt de raad dat …") grant one side and set the other against it, which makes a claim
mixed by construction, and so does a denial before "maar wel" ("niet …, maar wel …":
:func:`granted_after`). A bare "wel" before "maar" grants a fact, not a judgement
(:func:`conceded_by_wel`). Closed-class Dutch grammar, split from
:mod:`kg.extract.negation`.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from kg.datafiles import word_list
from kg.extract import admissions, limitedbuffers
from kg.extract.negation import CONCESSIVE
from kg.extract.prefixscan import may_hold_in, search
from kg.extract.wordtokens import words

#: The word of a token of :func:`kg.extract.wordtokens.words`.
_WORD_OF = itemgetter(2)


#: A concessive clause opened by "al" + a finite verb ("…, al erkennen zij dat …"), also
#: an irregular one ("…, al zijn er nog knelpunten", "…, al kan het beter"); not "al" of
#: time before a duration ("…, al zeven jaar", "al tien jaren", "al heel lang"), whose
#: first word may look like a plural verb. A singular verb in -t is finite whatever follows
#: ("…, al vindt een medewerker …", "…, al wordt in de wijk …").
_CONCESSIVE_AL = re.compile(
    r",\s+al\s+(?!\w*[^\Wt]\s+(?:jaren|lang|een|sinds|in|tijden)\b)"
    r"(?:[a-z]+(?:t|en|de|te|den|ten)|is|zijn|was|kan|kon|zal|zou|wil|mag|had|werd)\b"
)


def concessive(text: str, start: int, end: int) -> bool:
    """Whether the span concedes one judgement and sets another against it.

    A clause opened by a concessive "al" ("…, al vindt de raad dat …") also
    concedes, and so does "hoewel" or "ofschoon" with no "maar".

    Examples
    --------
    >>> s = "Er is weliswaar een loket, maar de drempel is hoog."
    >>> concessive(s, 0, len(s))
    True
    >>> s = "Het loket werkt goed, hoewel het aantal aanvragen toeneemt."
    >>> concessive(s, 0, len(s))
    True

    A point admitted before "maar" (:mod:`kg.extract.admissions`) is granted too:

    >>> s = "Ambtenaren erkennen dat, maar wijzen op de regio."
    >>> concessive(s, 0, len(s))
    True

    And so is one understood ("begrijpt de kritiek, maar …": :func:`understood`):

    >>> s = "De wethouder begrijpt de kritiek, maar wijst op de resultaten."
    >>> concessive(s, 0, len(s))
    True

    So is a buffer that lasts a stated time (:mod:`kg.extract.limitedbuffers`):

    >>> s = "De reserve is genoeg voor ongeveer twee jaar."
    >>> concessive(s, 0, len(s))
    True
    """
    if _concessive_al(text, start, end) or search(_ALTHOUGH, text, start, end):  # at its words only
        return True
    if two_sided(text, start, end):
        return True  # "enerzijds …; anderzijds …": two sides by construction
    if limitedbuffers.lasts(text, start, end):
        return True  # "genoeg voor twee jaar": a buffer granted, its end set against it
    head = _conceded(text, start, end)
    return head is not None and (
        bool(head & CONCESSIVE)
        or (not head.isdisjoint(_DENIERS) and granted_after(text, start, end))
        or "wel" in head
        or not head.isdisjoint(admissions.verbs()[0])
        or understood(head)
    )  # "erkennen dat, maar …": a point admitted before the turn is granted


#: Negators that deny the first side of "niet …, maar wel …".
_DENIERS = frozenset({"niet", "geen", "nooit"})


def granted_after(text: str, start: int, end: int) -> bool:
    """Whether the first "maar" of the span is followed by "wel" ("…, maar wel aan de
    mogelijkheid om te sturen"): with a denial before it (:func:`concessive` asks), one
    side is denied and the other granted, as in "Er wordt niet getwijfeld aan de inzet,
    maar wel aan de mogelijkheid om te sturen" or "geen wachtlijst, maar wel een
    wachttijd"; "niet …, maar …" alone corrects ("niet om meer regio, maar om betere
    afspraken") and "maar ook" adds.

    Examples
    --------
    >>> s = "Er wordt niet getwijfeld aan de inzet, maar wel aan de mogelijkheid om te sturen."
    >>> granted_after(s, 0, len(s))
    True
    >>> s = "Het gaat niet om meer regio, maar om betere afspraken."
    >>> granted_after(s, 0, len(s))
    False
    """
    found = list(map(_WORD_OF, words(text, start, end)))
    if "maar" not in found:
        return False
    at = found.index("maar")
    return found[at + 1 : at + 2] == ["wel"]


@cache
def _understanding() -> frozenset[str]:
    """The forms of the verbs of understanding (``kg/data/understanding-verbs.txt``)."""
    return word_list("understanding-verbs.txt")


#: Negators that make a verb of understanding grant nothing ("begrijpt niet waarom …").
_NO_GRANT = frozenset({"niet", "geen", "nooit", "niets"})


def understood(head: set[str]) -> bool:
    """Whether the words ``head`` before a "maar" grant a point by understanding it ("De
    wethouder begrijpt de kritiek, maar …", "heeft begrip voor de zorgen, maar …"), not
    negated ("begrijpt niet waarom …, maar …").

    Examples
    --------
    >>> understood({"de", "wethouder", "begrijpt", "de", "kritiek"})
    True
    >>> understood({"de", "raad", "begrijpt", "niet", "waarom"}), understood({"de", "raad"})
    (False, False)
    """
    return not head.isdisjoint(_understanding()) and head.isdisjoint(_NO_GRANT)


#: The second half of a correlative pair of sides ("enerzijds … anderzijds", "aan de ene
#: kant … aan de andere kant"), after its first half.
_OTHER_SIDE = re.compile(
    r"\b(?:enerzijds|aan\s+de\s+ene\s+kant)\b.+\b(?:anderzijds|aan\s+de\s+andere\s+kant)\b",
    re.IGNORECASE | re.DOTALL,
)


def two_sided(text: str, start: int, end: int) -> bool:
    """Whether the span sets two sides against each other with a correlative pair:
    "enerzijds … anderzijds", "aan de ene kant … aan de andere kant" (either first half
    with either second). Closed-class Dutch: the claim weighs two sides by construction.

    Examples
    --------
    >>> s = "Enerzijds erkennen zij dat het nodig is; anderzijds voelt de raad zich buitenspel."
    >>> two_sided(s, 0, len(s))
    True
    >>> s = "Aan de andere kant voelde de gemeente zich overvallen."
    >>> two_sided(s, 0, len(s))
    False
    """
    if text.find("kant", start, end) < 0 and text.find("rzijds", start, end) < 0:
        return False  # most claims: neither "anderzijds" nor "andere kant"
    return _OTHER_SIDE.search(text, start, end) is not None


#: "hoewel" and "ofschoon" (although) concede with no "maar" ("…, hoewel het aantal
#: ouderen toeneemt", "Hoewel de start moeizaam was, …").
_ALTHOUGH = re.compile(r"\b(?:hoewel|ofschoon)\b", re.IGNORECASE)


def subordinate(text: str, start: int, end: int) -> bool:
    """Whether the span concedes only in a subordinate clause: "hoewel" or "ofschoon", or a
    concessive "al", with no "maar" and no correlative pair of sides.

    Such a clause grants a fact against the main clause; when neither states a judgement
    ("Hoewel de gemeente in Utrecht ligt, hoort zij bij een Gelderse regio") the claim
    weighs nothing: the caller leaves it to the other rules.

    Examples
    --------
    >>> s = "Hoewel de gemeente in Utrecht ligt, hoort zij bij een Gelderse regio."
    >>> subordinate(s, 0, len(s))
    True
    >>> s = "Er is weliswaar een loket, maar de drempel is hoog."
    >>> subordinate(s, 0, len(s))
    False
    """
    if _conceded(text, start, end) is not None or two_sided(text, start, end):
        return False
    return _ALTHOUGH.search(text, start, end) is not None or _concessive_al(text, start, end)


def _concessive_al(text: str, start: int, end: int) -> bool:
    """Whether a concessive "al" clause (:data:`_CONCESSIVE_AL`) stands in the span; a span
    without a comma (which every match opens with) is not searched.

    Examples
    --------
    >>> s = "Het loket werkt, al vindt de raad het traag."
    >>> _concessive_al(s, 0, len(s)), _concessive_al(s, 0, s.index(","))
    (True, False)
    """
    return text.find(",", start, end) >= 0 and _CONCESSIVE_AL.search(text, start, end) is not None


#: The word :func:`_conceded` turns at, as a gate of the span's lower case.
_BUT = ("maar",)


def _conceded(text: str, start: int, end: int) -> set[str] | None:
    """The words before "maar" in the span (None: no "maar")."""
    if not may_hold_in(text, start, end, _BUT):
        return None  # most claims: no "maar" in the span's lower case, no word to read
    found = list(map(_WORD_OF, words(text, start, end)))
    return set(found[: found.index("maar")]) if "maar" in found else None


def conceded_by_wel(text: str, start: int, end: int) -> bool:
    """Whether the span's concession rests on "wel" alone ("heeft wel een rol, maar …").

    "Wel" grants a fact; with no concessive word ("weliswaar", "hoewel") nor a
    concessive "al" it sets no judgement of its own against the other side.

    Examples
    --------
    >>> s = "De gemeente heeft wel een rol, maar die is beperkt."
    >>> conceded_by_wel(s, 0, len(s))
    True
    >>> s = "Er is weliswaar een loket, maar de drempel is hoog."
    >>> conceded_by_wel(s, 0, len(s))
    False
    """
    head = _conceded(text, start, end)
    if head is None or _concessive_al(text, start, end):
        return False
    return "wel" in head and not head & CONCESSIVE and not _affirmed(text, start, end)


def _affirmed(text: str, start: int, end: int) -> bool:
    """Whether the last "wel" before "maar" closes its clause or stands before its last word
    only ("Respijtzorg is er wel, maar …", "adviezen worden wel gelezen, maar …", "werkgevers
    willen wel, maar …"): it affirms that the thing is or happens, a grant of its own, not a
    fact that the other side qualifies ("heeft wel een rol, maar die is beperkt").

    Examples
    --------
    >>> s = "Adviezen worden wel gelezen, maar komen te laat."
    >>> _affirmed(s, 0, len(s))
    True
    >>> s = "De gemeente heeft wel een rol, maar die is beperkt."
    >>> _affirmed(s, 0, len(s))
    False
    """
    found = list(map(_WORD_OF, words(text, start, end)))
    turn = found.index("maar")
    at = len(found) - 1 - found[::-1].index("wel", len(found) - turn)
    return turn - at <= _AFFIRMED_WORDS


#: At most this many words after an affirming "wel" and up to "maar": the clause's last
#: word (a verb or a predicate) and "wel" itself.
_AFFIRMED_WORDS = 2
