"""A whole group: "alle inwoners", "in alle wijken" is a share of 100 percent.

"alle" before a plural noun of people, organisations or places (a countable group,
:func:`kg.extract.vagueamounts.counts_group`) without a number says for how many of
them a statement holds: all, a share of 100 percent with "alle" as its qualifier ("door
alle gemeenten in de regio", "volgens alle partijen", "uit alle kernen"; "in alle delen
van de stad" names the parts of a place). "niet alle X", "niet in alle X" is a vague
share: not all, no figure (qualifier "niet alle", "niet … alle" with a word between). So is
everyone the writer or the researchers spoke to ("Iedereen die ik sprak", "iedereen met wie
we hebben gesproken"): the interviewees as a whole, as "alle gesprekspartners". Nearly
none or far from every one of a group is a vague share too (gold README: "lang niet alle",
"vrijwel alle" are vague shares, unit percent): "vrijwel geen van de gesprekspartners",
"bijna geen van hen", "lang niet iedere inwoner", "lang niet elke
school" (not before a unit of time: "lang niet elke week" is a frequency). Not wholes:

- things, kinds and activities ("alle regelgeving", "alle maatregelen", "alle
  indicaties": no countable group), also countable cases ("alle aanvragen", "alle
  meldingen");
- "alle" with a number ("alle drie de decentralisaties", "alle zes gemeenten": a count,
  :mod:`kg.extract.numberwordcounts`) or an opener of a vague share ("vrijwel alle",
  "bijna alle": :mod:`kg.extract.vagueamounts`);
- the base of a share ("de helft van alle verwijzingen", "van alle jongeren"), and the
  pronoun "alle anderen".
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.datafiles import DATA
from kg.extract.numberform import Number
from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.spokento import spoken_to
from kg.extract.vagueamounts import counts_group
from kg.extract.wordtokens import lowered

__all__ = ["group_wholes"]

#: The countable cases of ``kg/data/quantity-groups.txt`` (its last section: "aanvragen",
#: "meldingen", "dossiers"): things, not people, organisations or places ("alle aanvragen op
#: tijd afhandelen" is no share).
_CASES = tuple(
    (DATA / "quantity-groups.txt")
    .read_text(encoding="utf-8")
    .split("# countable cases", 1)[1]
    .split()
)
#: "alle", at most two adjectives in -e or a place's adjective in -er ("alle Groninger
#: gemeenten"), then the noun (read by :func:`counts_group`).
_ALL = re.compile(
    r"\balle\s+(?P<adj>(?:(?:[^\W\d][\w-]*e|(?-i:[A-Z])[\w-]*er)\s+){0,2})"
    r"(?P<noun>[^\W\d][\w’'-]*)\b",
    re.IGNORECASE,
)
#: The parts of a place: "alle delen van de stad / gemeente".
_PARTS = re.compile(r"\s+van\s+(?:de|het)\s+(?:stad|gemeente|regio|dorp|provincie)\b", re.I)
#: What before "alle" makes it no whole: an opener of a vague share or the base of a share.
_NOT_AFTER = re.compile(
    r"\b(?:vrijwel|bijna|nagenoeg|haast|van|onder|op\s+één\s+na)\s+$", re.IGNORECASE
)
#: "niet" before "alle" (with a preposition between): not all, a vague share.
_NOT = re.compile(r"\bniet\s+(?P<gap>(?:in|op|bij|voor|door|uit|van|om)\s+)?$", re.IGNORECASE)


#: "iedereen" before a clause of the interviewers speaking to a group (read by
#: :func:`kg.extract.spokento.spoken_to`): "Iedereen die ik sprak", "iedereen met wie we
#: hebben gesproken", "iedereen die de onderzoekers interviewden" (the interviewees as a
#: whole, a share of 100 percent as "alle gesprekspartners").
_EVERYONE = re.compile(r"\b(?P<q>iedereen)\s+", re.IGNORECASE)


def _everyone_spoken_to(text: str, low: str | None, start: int, end: int) -> list[Number]:
    """ "Iedereen die ik sprak": 100 percent of the interviewees (qualifier "iedereen")."""
    if low is not None and low.find("iedereen", start, end) < 0:
        return []
    found = []
    for m in _EVERYONE.finditer(text, start, end):
        if (clause := spoken_to(text, m.end(), end)) is None:
            continue  # "iedereen die hulp nodig heeft": no interviewees
        negated = _NOT_EVERYONE.search(text, max(start, m.start() - 6), m.start())
        if negated is not None:  # "Niet iedereen die ik sprak": not all, a vague share
            said = f"{negated.group(1)} {m.group('q')}"
            found.append(Number(negated.start(), clause.end(), None, "percent", "vague", said))
        else:
            whole = Number(m.start(), clause.end(), Decimal(100), "percent", "all", m.group("q"))
            found.append(whole)
    return found


_NOT_EVERYONE = re.compile(r"\b(niet)\s+$", re.IGNORECASE)

#: Nearly none of a group ("vrijwel geen van de gesprekspartners", "bijna geen van hen") and
#: far from every one of it ("lang niet iedere inwoner"): vague shares, the hedge and its
#: quantifier the qualifier.
_FEW_OF = re.compile(
    r"\b(?P<q>(?:vrijwel|bijna|nagenoeg|haast)\s+geen)\s+van\s+"
    r"(?:de|hun|onze|die|deze|hen|ons|hiervan|daarvan)\b"
    r"|\b(?P<e>lang\s+niet\s+(?:iedere?|elke?))\s+"
    r"(?!(?:dag|week|maand|jaar|keer|kwartaal|uur|moment|avond|ochtend)\b)[^\W\d]",
    re.IGNORECASE,
)


def _few_of(text: str, low: str | None, start: int, end: int) -> list[Number]:
    """ "vrijwel geen van de X", "lang niet iedere X": a vague share (qualifier the hedge)."""
    if (
        low is not None
        and low.find(" geen van", start, end) < 0
        and low.find("lang niet", start, end) < 0
    ):
        return []
    found = []
    for m in _FEW_OF.finditer(text, start, end):
        group = "q" if m.group("q") is not None else "e"
        said = " ".join(m.group(group).split())
        found.append(Number(m.start(), m.end(group), None, "percent", "vague", said))
    return found


def group_wholes(text: str, start: int, end: int) -> list[Number]:
    """The whole groups in ``text[start:end]``: "alle X" (``Number`` 100 percent, form
    ``all``, qualifier "alle"), everyone the writer spoke to ("iedereen die ik sprak", the
    same) and "niet alle X" (no value, form ``vague``).

    Examples
    --------
    >>> s = "Het team is in alle wijken aanwezig, maar niet alle ouders weten ervan."
    >>> [(s[n.start : n.end], n.value, n.form) for n in group_wholes(s, 0, len(s))]
    [('alle', Decimal('100'), 'all'), ('niet alle', None, 'vague')]
    >>> s = "Alle regelgeving geldt voor alle drie de gemeenten, en de helft van alle cliënten."
    >>> group_wholes(s, 0, len(s))
    []
    >>> s = "Iedereen die we spraken, noemt de wachttijd; iedereen weet dat."
    >>> [(s[n.start : n.end], n.value) for n in group_wholes(s, 0, len(s))]
    [('Iedereen die we spraken', Decimal('100'))]
    >>> s = "Vrijwel geen van de ouders kent het loket, en lang niet iedere school."
    >>> [(s[n.start : n.end], n.value) for n in group_wholes(s, 0, len(s))]
    [('Vrijwel geen', None), ('lang niet iedere', None)]
    """
    low = lowered(text)
    found = _everyone_spoken_to(text, low, start, end)  # "iedereen die ik sprak"
    found += _few_of(text, low, start, end)  # "vrijwel geen van de X", "lang niet iedere X"
    if (low.find("alle", start, end) if low is not None else 0) < 0:
        return found  # most sentences: no "alle"
    for m in _ALL.finditer(text, start, end):
        noun = m.group("noun").lower()
        adjectives = m.group("adj").lower().split()
        if noun in WORD_NUMBERS or any(a in WORD_NUMBERS for a in adjectives):
            continue  # "alle drie de …": a count
        if noun == "delen" and not adjectives:
            if _PARTS.match(text, m.end(), end) is None:
                continue
        elif noun == "anderen" or noun.endswith(_CASES) or not counts_group(noun):
            continue
        if _NOT_AFTER.search(text, max(start, m.start() - 16), m.start()):
            continue
        word_end = m.start() + 4
        negated = _NOT.search(text, max(start, m.start() - 12), m.start())
        if negated is not None:
            said = "niet … alle" if negated.group("gap") else "niet alle"  # "niet om alle …"
            found.append(Number(negated.start(), word_end, None, "percent", "vague", said))
        else:
            found.append(Number(m.start(), word_end, Decimal(100), "percent", "all", "alle"))
    return found
