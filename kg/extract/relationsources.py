"""The GGD named by its function as the source of figures about the municipality.

Every municipality has exactly one regional health service (Wet publieke gezondheid,
art. 14), so "de GGD" names one organisation even where the profile gives no regional
name: the actor group ``role/ggd`` is then the subject of ``reports-on`` where it is the
source of a figure (gold README: "a bare 'De GGD schat …' gives `reports-on` from
`role/ggd`"):

- "volgens de GGD" in a clause with a figure the indicators read ("zijn dat er volgens
  de GGD bijna twee keer zoveel");
- "de GGD" as the subject of a verb of counting or estimating with a figure after it
  ("De GGD schat dat 1.200 ouderen …").

The group is read as the gold reads it also where the profile names its GGD before
("De GGD Zeeland schat …. Over twintig jaar zijn dat er volgens de GGD …": ``role/ggd``).
A negated clause gives none.

A named organisation that gives a figure "volgens eigen opgave" (by its own account; also
"naar eigen zeggen", "naar eigen schatting", "volgens (de) eigen (jaar)cijfers") as its
clause's subject, or as the antecedent of the relative clause that gives it ("X, dat volgens
eigen cijfers … 90 meldingen ontving"), is the source of that figure too (:func:`own_account`).

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "Er zijn volgens de GGD 400 eenzame ouderen."
>>> ggd = SentenceMention("x/role/ggd", "role", 19, 22, "GGD", 0)
>>> role_sources(text, 0, len(text), [ggd], "m/x", [(23, 26)])
[('reports-on', 'x/role/ggd', 'm/x')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention
from kg.extract.statedlinks import clause_around

__all__ = ["amounts_by_sentence", "own_account", "role_sources", "source_roles"]

_F = re.IGNORECASE
#: The actor groups that name one organisation per municipality (``ontology/roles.ttl``).
_SOURCE_ROLES = ("/role/ggd",)
#: "volgens (de) X" right before the group.
_ACCORDING_TO = re.compile(r"\bvolgens\s+(?:de\s+)?$", _F)
#: A verb of counting or estimating right after the group.
_COUNTS = re.compile(
    r"\s+(?:(?:zelf|ook)\s+)?(?:schat|schatte|schatten|registreert|registreerde|telt|telde"
    r"|becijfert|becijferde|berekent|berekende|meldt|meldde|verwacht|verwachtte)\b",
    _F,
)
#: The end of a clause: the clause a cue, its group and the figure share.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:maar|terwijl|omdat|want|waardoor|zodat|wat|dat)\b", _F)


def source_roles(mentions: Sequence[SentenceMention]) -> dict[int, list[SentenceMention]]:
    """The mentions of a source group, by sentence.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> m = SentenceMention("x/role/ggd", "role", 0, 3, "GGD", 4)
    >>> source_roles([m, SentenceMention("x/role/police", "role", 5, 9, "politie", 4)])
    {4: [SentenceMention(entity='x/role/ggd', kind='role', start=0, end=3, text='GGD', sentence=4)]}
    """
    out: dict[int, list[SentenceMention]] = {}
    for m in mentions:
        if m.kind == "role" and m.sentence is not None and m.entity.endswith(_SOURCE_ROLES):
            out.setdefault(m.sentence, []).append(m)
    return out


#: Units of time: a duration ("over twintig jaar") is when, not what the source counts.
_DURATIONS = frozenset(
    {"years", "months", "weeks", "days", "hours", "year", "month", "week", "day"}
)


def amounts_by_sentence(indicators: Sequence) -> dict[int, list[tuple[int, int]]]:
    """The spans of the amounts the indicators read (not durations), by sentence.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> amounts_by_sentence([N(sentence=2, start=5, end=9, unit="ratio"),
    ...                      N(sentence=2, start=0, end=4, unit="years")])
    {2: [(5, 9)]}
    """
    out: dict[int, list[tuple[int, int]]] = {}
    for ind in indicators:
        if ind.sentence is not None and (ind.unit or "") not in _DURATIONS:
            out.setdefault(ind.sentence, []).append((ind.start, ind.end))
    return out


def role_sources(
    text: str,
    start: int,
    end: int,
    roles: Sequence[SentenceMention],
    own: str,
    figures: Sequence[tuple[int, int]],
) -> list[tuple[str, str, str]]:
    """The ``reports-on`` links of the source groups of one sentence.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The sentence's span.
    roles : sequence of SentenceMention
        The source-group mentions of the sentence (:func:`source_roles`).
    own : str
        The IRI of the profile's municipality.
    figures : sequence of (int, int)
        The spans of the figures the indicators read in the sentence.

    Returns
    -------
    list of tuple
        ``(type, subject, object)`` triples.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "De GGD schat dat 1.200 ouderen eenzaam zijn."
    >>> ggd = SentenceMention("x/role/ggd", "role", 3, 6, "GGD", 0)
    >>> role_sources(text, 0, len(text), [ggd], "m/x", [(17, 22)])
    [('reports-on', 'x/role/ggd', 'm/x')]
    >>> text = "Volgens de GGD is het beleid goed."
    >>> role_sources(text, 0, len(text), [SentenceMention("x/role/ggd", "role", 11, 14,
    ...              "GGD", 0)], "m/x", [])
    []
    """
    found: list[tuple[str, str, str]] = []
    for r in roles:
        cs, ce = clause_around(text, start, end, r.start, _CLAUSE_END)
        according = _ACCORDING_TO.search(text, max(start, r.start - 12), r.start)
        counts = None if according else _COUNTS.match(text, r.end)
        if according is None and counts is None:
            continue
        lo = cs if according else counts.end()  # type: ignore[union-attr]
        if not any(lo <= a < ce for a, _ in figures):
            continue
        if NEGATION.search(text, cs, ce):
            continue
        found.append(("reports-on", r.entity, own))
    return found


#: "by its own account": the clause's subject is the source of what it states.
#: The records are also the yearly ones ("volgens de eigen jaarcijfers") and may take an
#: article or a possessive ("volgens haar eigen registratie").
_OWN_ACCOUNT = re.compile(
    r"\b(?:volgens|naar)\s+(?:(?:de|haar|zijn|hun)\s+)?eigen\s+"
    r"(?:opgave|zeggen|schatting|(?:jaar|maand)?cijfers|(?:jaar)?telling|registratie|gegevens"
    r"|jaarverslag|jaarrapportage|jaaroverzicht)\b",
    _F,
)
#: What may stand before the subject at its clause's start: an article, a kind noun
#: ("Woningcorporatie X", "de welzijnsstichting X").
_SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:de|het)\s+)?(?:[\w-]*(?:corporatie|stichting|organisatie|instelling|bedrijf)\s+)?",
    _F,
)
#: A relative clause's opening ("X, dat volgens eigen cijfers …", "X, die naar eigen zeggen
#: …"): the party right before it, its antecedent, is the clause's subject.
_RELATIVE_OPEN = re.compile(r",\s+(?:dat|die)\s", _F)


def own_account(
    text: str,
    start: int,
    end: int,
    parties: Sequence[SentenceMention],
    own: str,
    figures: Sequence[tuple[int, int]],
) -> list[tuple[str, str, str]]:
    """``reports-on`` from a named organisation or body that opens its clause and gives a
    figure "volgens eigen opgave".

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Het Werkbedrijf Noord plaatste volgens eigen opgave 140 mensen."
    >>> wb = SentenceMention("b/wb", "body", 4, 21, "Werkbedrijf Noord", 0)
    >>> own_account(text, 0, len(text), [wb], "m/x", [(52, 62)])
    [('reports-on', 'b/wb', 'm/x')]
    >>> own_account(text, 0, len(text), [wb], "m/x", [])
    []
    """
    found: list[tuple[str, str, str]] = []
    for m in _OWN_ACCOUNT.finditer(text, start, end):
        cs, ce = clause_around(text, start, end, m.start(), _CLAUSE_END)
        relatives = list(_RELATIVE_OPEN.finditer(text, start, m.start()))
        if relatives:  # "X, dat volgens eigen cijfers …": the last one's antecedent
            subject = _antecedent(text, start, relatives[-1].start(), parties)
        else:
            subject = next((p for p in parties if cs <= p.start < m.start()), None)
            if subject is not None and not _SUBJECT_LEAD.fullmatch(text, cs, subject.start):
                subject = None
        if (
            subject is None
            or subject.kind not in ("body", "organisation")
            or not any(m.end() <= a < ce for a, _ in figures)
            or NEGATION.search(text, cs, ce)
        ):
            continue
        found.append(("reports-on", subject.entity, own))
    return found


def _antecedent(
    text: str, start: int, comma: int, parties: Sequence[SentenceMention]
) -> SentenceMention | None:
    """The party right before the comma that opens a relative clause (", dat"/", die"): its
    antecedent ("X, dat volgens eigen cijfers": X); none where another word stands between.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Men wijst op Stichting X, die volgens eigen opgave 40 gezinnen hielp."
    >>> x = SentenceMention("o/x", "organisation", 13, 24, "Stichting X", 0)
    >>> _antecedent(t, 0, t.index(","), [x]).entity
    'o/x'
    >>> t = "Stichting X werkt met vrijwilligers, die volgens eigen opgave 20 uur helpen."
    >>> _antecedent(t, 0, t.index(","), [x]) is None
    True
    """
    return next(
        (p for p in parties if start <= p.end <= comma and not text[p.end : comma].strip()), None
    )
