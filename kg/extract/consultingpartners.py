"""Parties coordinated as the subject of a regular consultation, role groups included.

General Dutch names the parties of a standing consultation as one coordinated subject:
"De wijkagent en het sociaal team overleggen wekelijks", "Corporatie en wijkteams houden
elke maand een gezamenlijk overleg", "De huisartsen en de gemeente voeren maandelijks
casusoverleg", and in a label line "Wijkagent en sociaal team → maandelijks casusoverleg".
The gold reads such parties as working together: "An organisation and a role group that the
text names as working together ('… houden elke maand een gezamenlijk overleg') give
`cooperates-with` between them" (tests/gold/README.md, relations, third batch).

:mod:`kg.extract.coordinatedpartners` reads the named parties before a plural "overleggen";
this rule adds the actor groups (a role mention: "de wijkagent", "het sociaal team", "de
huisartsen") as members, and the predicates "houden / hebben / voeren … overleg" and an
arrow or colon before "… overleg" in a label line. The first member cooperates with each of
the others; the profile's municipality ("de gemeente", its name) is the first where it is
one of them. A negation between the members and the predicate gives nothing ("houden geen
overleg"), nor a coordination inside a prepositional phrase ("met de school en de wijkagent
overleggen": the partners of another subject).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.document import Document
from kg.extract.model import SentenceMention
from kg.extract.wordtokens import lowered

__all__ = ["consultations", "consulting_partners", "in_document"]

_F = re.IGNORECASE
#: The predicate of a standing consultation: the plural verb, a verb of holding with
#: "overleg" as its object, or an arrow or colon before it in a label line.
_PREDICATE = re.compile(
    r"\b(?:overleggen|overlegden)\b"
    r"|\b(?:houden|hielden|hebben|hadden|voeren|voerden)\s+(?:[\w-]+\s+){0,4}?[\w-]*overleg\b"
    r"|\s(?:→|->|:)\s+(?:[\w-]+\s+){0,2}?[\w-]*overleg\b",
    _F,
)
#: A negation between the coordination and the predicate's noun ("houden geen overleg").
_NEGATION = re.compile(r"\b(?:geen|niet|nooit|nauwelijks|zelden)\b", _F)
#: What joins two members: a comma or "en" (an article may follow).
_JOIN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:(?:de|het)\s+)?", _F)
#: What may stand between the last member and the predicate: up to three adverbs.
_ADVERBS = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?", _F)
#: A preposition right before the first member: the list is no subject.
_IN_PHRASE = re.compile(
    r"\b(?:in|binnen|voor|bij|met|van|uit|naar|op|over|via|tot|aan|door|onder|tussen)\s+"
    r"(?:(?:de|het)\s+)?$",
    _F,
)
#: "de gemeente" standing for the profile's municipality.
_MUNICIPALITY = re.compile(r"\b(?:de\s+)?gemeente\b(?!\s+(?-i:[A-Z]))", _F)
#: Where a clause opens: the members stand after it.
_OPENER = re.compile(r"[;:.]\s|\b(?:dat|omdat|doordat|zodat|waardoor|terwijl|hoewel|nu)\b", _F)
_KINDS = frozenset({"municipality", "body", "organisation", "role"})


def in_document(lowered: str) -> bool:
    """Whether a document (lower case) may name a consultation.

    Examples
    --------
    >>> in_document("de wijkagent en het team overleggen"), in_document("de regio groeit")
    (True, False)
    """
    return "overleg" in lowered


def consulting_partners(
    text: str, span: tuple[int, int], mentions: Sequence[SentenceMention], own: str
) -> list[tuple[str, str, str]]:
    """The cooperates-with links between the coordinated parties of a consultation.

    Parameters
    ----------
    text : str
        The document text.
    span : tuple of int
        The sentence's start and end.
    mentions : sequence of SentenceMention
        The document's mentions (parties and role groups), sorted by start; those of the
        sentence are read.
    own : str
        The IRI of the profile's municipality.

    Returns
    -------
    list of tuple
        ``("cooperates-with", first, other)`` for each other member, in text order.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> text = "De wijkagent en het sociaal team overleggen wekelijks."
    >>> police = M("role/police", "role", 3, 12, "wijkagent", 0)
    >>> team = M("role/social-team", "role", 20, 32, "sociaal team", 0)
    >>> consulting_partners(text, (0, len(text)), [police, team], "m/own")
    [('cooperates-with', 'role/police', 'role/social-team')]
    >>> text = "De wijkagent en het sociaal team houden geen overleg."
    >>> consulting_partners(text, (0, len(text)), [police, team], "m/own")
    []
    """
    start, end = span
    starts = [m.start for m in mentions]
    here = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    found: list[tuple[str, str, str]] = []
    for predicate in _PREDICATE.finditer(text, start, end):
        opened = list(_OPENER.finditer(text, start, predicate.start()))
        begin = opened[-1].end() if opened else start
        members = _members(text, (begin, predicate.start()), here, own)
        if len(members) < 2 or _NEGATION.search(text, members[-1][1], predicate.end()):
            continue
        entities = list(dict.fromkeys(entity for _, _, entity in members))
        first = own if own in entities else entities[0]
        found += [("cooperates-with", first, other) for other in entities if other != first]
    return list(dict.fromkeys(found))


def _members(
    text: str, span: tuple[int, int], mentions: Sequence[SentenceMention], own: str
) -> list[tuple[int, int, str]]:
    """The coordination that ends right before the predicate at ``span[1]`` (up to three
    adverbs between), as (start, end, entity); empty unless "en" joins its last member."""
    start, end = span
    spans = [
        (m.start, m.end, m.entity)
        for m in mentions
        if start <= m.start and m.end <= end and m.kind in _KINDS
    ]
    spans += [(m.start(), m.end(), own) for m in _MUNICIPALITY.finditer(text, start, end)]
    run: list[tuple[int, int, str]] = []
    for one in sorted(spans, key=lambda s: (s[0], -s[1])):  # the longer first
        if run and one[0] < run[-1][1]:
            continue  # "de gemeente" inside a name, a role inside a party's name
        if run and _JOIN.fullmatch(text, run[-1][1], one[0]):
            run.append(one)
        else:
            run = [one]
    if len(run) < 2 or not _ADVERBS.fullmatch(text, run[-1][1], end):
        return []
    if " en " not in text[run[-2][1] : run[-1][0] + 1] or _IN_PHRASE.search(
        text, max(start, run[0][0] - 16), run[0][0]
    ):
        return []
    return run


def consultations(
    doc: Document, mentions: Sequence[SentenceMention], own: str
) -> dict[int, list[tuple[str, str, str]]]:
    """The consultation links of each sentence that has any, read once per document.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : sequence of SentenceMention
        The document's mentions.
    own : str
        The IRI of the profile's municipality.

    Returns
    -------
    dict
        Sentence index → its links (:func:`consulting_partners`).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("X\\n\\nDe regio groeit.", "x")
    >>> consultations(doc, [], "m/x")
    {}
    """
    low = lowered(doc.text) or doc.text.lower()
    if not in_document(low):
        return {}
    held = sorted((m for m in mentions if m.kind in _KINDS), key=lambda m: (m.start, m.end))
    out: dict[int, list[tuple[str, str, str]]] = {}
    for sentence in doc.sentences:
        if low.find("overleg", sentence.start, sentence.end) < 0:
            continue
        links = consulting_partners(doc.text, (sentence.start, sentence.end), held, own)
        if links:
            out[sentence.index] = links
    return out
