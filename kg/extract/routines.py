"""Routine statements of organisation: difficulties named as the work, not as a verdict.

How the work is organised names difficulties without saying the municipality has
them: the topic of a meeting ("in het overleg wordt gesproken over eenzaamheid", "op
de agenda staan de wachtlijsten", "het overleg over de tekorten vindt maandelijks
plaats"), a body's responsibility or task ("het team is verantwoordelijk voor de
bestrijding van armoede", "houdt zich bezig met schulden"), a case passed on in a
procedure ("meldingen van huiselijk geweld worden doorgegeven aan Veilig Thuis",
"huurachterstanden worden doorgegeven aan het wijkteam"). In such a claim the problems
it names judge nothing (:func:`without_routines`); a judgement word ("het overleg
verloopt moeizaam") still does. After a colon, a list of the tasks, themes or
indicators the clause before it announces ("richt zich op drie thema's: armoede,
eenzaamheid en schulden") names items, so no word in it judges; a list announced as
difficulties ("de knelpunten zijn: …") is not such a list. General Dutch words of
meeting, responsibility and referral; the difficulties a procedure applies to or
watches for are :mod:`kg.extract.procedures`.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: A meeting and its topic, a responsibility or task, a case passed on; every branch opens
#: with a word of its own, so a word gate skips the claims without one.
ROUTINE = re.compile(
    # the topic of a meeting
    r"\b(?:overleg|overleggen|bijeenkomst|bijeenkomsten|vergadering|vergaderingen|beraad"
    r"|gesprek|gesprekken|sessie|sessies)\s+(?:\w+\s+){0,3}?(?:over|rond|rondom)\b"
    r"|\bgesproken\s+(?:\w+\s+)?over\b"
    r"|\bagenda(?:punt|punten)?\b|\bonderwerp(?:en)?\s+van\s+(?:het\s+)?"
    r"(?:gesprek|overleg|bespreking|de\s+bijeenkomst|de\s+vergadering)\b"
    r"|\b(?:overleg|bijeenkomst|vergadering|gesprek)\s+gaat\s+over\b"
    r"|\b(?:besproken|bespreekt|bespreken|besprak|bespraken)\b"
    # a responsibility or a task
    r"|\b(?:verantwoordelijk|bevoegd)\s+voor\b|\bbelast\s+met\b|\bbezig\s+met\b"
    r"|\btaak\s+(?:om|van|heeft|hebben)\b"
    # a case passed on in a procedure
    r"|\b(?:doorgegeven|doorgeven|doorgeleid|doorgezet|overgedragen|overdragen)\s+"
    r"(?:aan|naar)\b|\b(?:doorverwezen|doorverwijzen|verwezen)\s+naar\b",
    re.IGNORECASE,
)
#: Nouns before a colon that announce a list of items of work, not a verdict.
_ITEMS = frozenset(
    {"taken", "taak", "thema's", "themas", "thema", "onderwerpen", "onderwerp", "indicatoren",
     "domeinen", "terreinen", "werkzaamheden", "functies", "rollen", "onderdelen",
     "doelgroepen", "activiteiten", "speerpunten", "pijlers", "werkvelden", "gebieden",
     "lijnen", "sporen", "programma's", "aandachtsgebieden", "producten", "diensten",
     # the principles and steps a plan lists, and the groups or categories a
     # classification lists ("rust op vier uitgangspunten: …", "in vier groepen in: …");
     # not priorities or aims, which may announce problems ("twee prioriteiten: de …")
     "uitgangspunten", "principes", "beginselen", "stappen", "fasen", "fases", "bouwstenen",
     "kernwaarden", "groepen", "categorieën", "categorieen", "soorten", "typen", "treden"}
)  # fmt: skip
_WORD = re.compile(r"[\w'’-]+")


def without_routines(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` without the problems a routine statement names and the words of an item list.

    Examples
    --------
    >>> s = "In het overleg wordt gesproken over eenzaamheid onder ouderen."
    >>> a = s.index("eenzaamheid")
    >>> without_routines(s, 0, len(s), [Cue(a, a + 11, -1, problem=True)])
    []
    >>> s = "Het overleg over de wachtlijsten verloopt moeizaam."
    >>> m = s.index("moeizaam")
    >>> [s[c.start : c.end] for c in without_routines(s, 0, len(s), [Cue(m, m + 8, -1)])]
    ['moeizaam']
    >>> s = "Het team is verantwoordelijk voor de zorg, maar er zijn wachtlijsten."
    >>> a = s.index("wachtlijsten")
    >>> len(without_routines(s, 0, len(s), [Cue(a, a + 12, -1, problem=True)]))
    1
    """
    if not cues:
        return cues
    cut = _item_list(text, start, end)
    if cut is not None:
        cues = [c for c in cues if c.start < cut]
    if not any(c.problem and not c.subject for c in cues):
        return cues  # no problem named (most claims)
    found = search(ROUTINE, text, start, end)
    if found is None:
        return cues
    # the clauses the frame stands in: a problem in another clause is stated apart
    spans = _scope(text, start, end, found.start(), found.end())
    return [
        c for c in cues if not c.problem or c.subject or not any(a <= c.start < b for a, b in spans)
    ]


#: Words that open a clause coordinated with the one before ("armoede en schulden").
_JOINING = frozenset({"en", "of", "zoals", "waaronder", "evenals", "alsook"})


def _scope(text: str, start: int, end: int, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of the frame ``text[a:b]``: its own and those coordinated after it.

    Examples
    --------
    >>> s = "Het team is verantwoordelijk voor armoede en schulden, maar kampt met tekorten."
    >>> [s[x:y].strip() for x, y in _scope(s, 0, len(s), 12, 36)][-1]
    'en schulden'
    """
    spans = neg.clauses(text, start, end)
    first = next((i for i, c in enumerate(spans) if c[0] < b and a < c[1]), None)
    if first is None:
        return []
    last = first
    while last + 1 < len(spans):
        words = neg.words(text, *spans[last + 1])
        if not words or words[0][2] not in _JOINING:
            break
        last += 1
    return spans[first : last + 1]


def outside(cues: list[Cue], dropped: list[Cue]) -> list[Cue]:
    """``cues`` without those inside a dropped problem's span ("achterstanden" in
    "huurachterstanden": the head of a compound read as a tone word).

    Examples
    --------
    >>> outside([Cue(4, 17, -1), Cue(20, 25, 1)], [Cue(0, 17, -1, problem=True)])
    [Cue(start=20, end=25, sign=1, problem=False, lack=False, subject=False)]
    """
    return [c for c in cues if not any(d.start <= c.start and c.end <= d.end for d in dropped)]


def _item_list(text: str, start: int, end: int) -> int | None:
    """Where a list of items of work starts after a colon, or None.

    The words right before the colon (up to four) name items of work ("drie thema's",
    "de taken van het team zijn"), and the text after it holds a comma, a semicolon or
    "en".

    Examples
    --------
    >>> s = "Het wijkteam richt zich op drie thema's: armoede, eenzaamheid en schulden."
    >>> _item_list(s, 0, len(s)) == s.index(":") + 1
    True
    >>> s = "Het plan kent drie uitgangspunten: (1) preventie eerst; (2) één plan; (3) maatwerk."
    >>> _item_list(s, 0, len(s)) == s.index(":") + 1
    True
    >>> s = "De knelpunten zijn: wachtlijsten, tekorten en personeel."
    >>> _item_list(s, 0, len(s)) is None
    True
    """
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    head = _WORD.findall(text[max(start, colon - 60) : colon].lower())[-4:]
    if _ITEMS.isdisjoint(head):
        return None
    rest = text[colon + 1 : end]
    return colon + 1 if "," in rest or ";" in rest or " en " in rest else None
