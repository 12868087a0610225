"""Relations read from the people of a party or from a pronoun for the parties named
before, where no cue phrase stands between two parties.

- "de cliënten van X", "klanten van X": a body or organisation whose clients the
  profile discusses serves the municipality, when nothing else relates it (the
  executor for no one named of :mod:`kg.extract.relationforms`);
- "Samen kopen zij …", "Samen werken ze …": the municipalities coordinated in the
  sentence before ("A, B en de gemeente …") act together: the profile's municipality
  cooperates with each of the others;
- "Via X koopt A jeugdhulp in, samen met B en C": a body that buys for a named group of
  municipalities is their joint office, so the buyer and each partner named in the same
  clause are members of it (a purchase and a cooperation in clauses of their own, "werkt
  samen met B in de regio R; de inkoop loopt via X", state no membership);
- "Het UWV stelt dat de samenwerking op het Werkplein pas in 2016 op gang kwam", "De directeur
  van X is over de samenwerking met de gemeente positief": a party that opens the sentence
  and judges "the cooperation" with no other partner named (or with "de gemeente") is the
  municipality's partner (gold decision of the sixth batch, 4).
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, NEGATION

__all__ = [
    "bought_together",
    "clients_in",
    "clients_of",
    "judged_cooperation",
    "together_in",
    "together_they",
]

_F = re.IGNORECASE
#: The people a party serves, right before its name.
_PEOPLE_OF = re.compile(
    r"\b(?:cliënten|clienten|klanten|deelnemers|bezoekers|hulpvragers)\s+van\s+"
    r"(?:(?:de|het)\s+)?$",
    _F,
)
#: The people's nouns alone, to find the documents that may name a party's people.
_PEOPLE_NOUNS = ("cliënten", "clienten", "klanten", "deelnemers", "bezoekers", "hulpvragers")
#: "Samen kopen zij …": the subject pronoun of a joint act after "Samen" and its verb.
_TOGETHER_THEY = re.compile(r"Samen\s+(?-i:[a-z])\w+\s+(?:zij|ze)\b")
_EXECUTORS = frozenset({"body", "organisation"})
#: What a purchase may run through: a body or bureau, or a region that buys for its
#: municipalities (gold README, eighth batch, decision 8: "a purchase by a region or bureau").
_OFFICES = _EXECUTORS | {"region"}
#: "samen met" before the partners of a joint act.
_WITH_PARTNERS = re.compile(r"\bsamen\s+met\s+", _F)
#: "de samenwerking" with no partner after it, or with the municipality ("met de gemeente").
_THE_COOPERATION = re.compile(
    r"\bde\s+samenwerking\b(?!\s+(?:met|tussen|van)\b(?!\s+de\s+gemeente\b))", _F
)
#: What may open a sentence before the party that judges: an article, its head ("De directeur
#: van (de stichting) X"), a type noun.
_JUDGE_LEAD = re.compile(
    r"(?:(?:de|het)\s+)?(?:(?:directeur|directie|voorzitter|woordvoerder|bestuurder)\s+van\s+"
    r"(?:(?:de|het)\s+)?)?(?:[a-z][\w-]*\s+)?",
    _F,
)
#: What separates two clauses a purchase and its partners may not stand in across.
_CLAUSE_BREAK = re.compile(r"[;:]")


def clients_in(lowered: str) -> bool:
    """Whether a document (lower case) names a party's people (:func:`clients_of`).

    Examples
    --------
    >>> clients_in("veel cliënten van x wonen alleen."), clients_in("de gemeente groeit.")
    (True, False)
    """
    return any(noun + " van " in lowered for noun in _PEOPLE_NOUNS)  # no regex over the text


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


def bought_together(sen: _Sentence, bought: list[tuple[str, str]], add: Add) -> None:
    """member-of for the buyer and its partners of "koopt … in via X, samen met A en B":
    ``bought`` holds the (buyer, office) pairs the sentence's purchase cues read; X is a body,
    an organisation or a region ("via de regio Y, samen met A en nog elf andere gemeenten").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Via het RIJ koopt Meppel in, samen met Hoogeveen."
    >>> parties = [M("b/rij", "body", 8, 11, "RIJ", 0), M("m/meppel", "municipality", 18, 24,
    ...            "Meppel", 0), M("m/hoogeveen", "municipality", 39, 48, "Hoogeveen", 0)]
    >>> sen = Sentence(text, 0, len(text), parties, "m/meppel", [])
    >>> found = []
    >>> bought_together(sen, [("m/meppel", "b/rij")], lambda *r: found.append(r))
    >>> found
    [('member-of', 'm/meppel', 'b/rij'), ('member-of', 'm/hoogeveen', 'b/rij')]
    """
    text = sen.text
    offices = {o: s for s, o in bought}
    for with_ in _WITH_PARTNERS.finditer(text, sen.start, sen.end):
        partners = [
            p.entity
            for p in sen.between(with_.end(), sen.window_end(with_.end()))
            if p.kind == "municipality"
        ]
        if not partners:
            continue
        for p in sen.parties:
            buyer = offices.get(p.entity)
            if buyer is None or p.kind not in _OFFICES:
                continue
            a, b = sorted((p.end, with_.start()))
            if _CLAUSE_BREAK.search(text, a, b):
                continue  # "…; de inkoop loopt via X": a clause of its own
            for member in [buyer, *partners]:
                add("member-of", member, p.entity)


def judged_cooperation(sen: _Sentence, add: Add) -> None:
    """cooperates-with the party that opens the sentence and judges "de samenwerking" (no
    other partner named): the cooperation is its own with the municipality.

    Examples
    --------
    >>> bool(_THE_COOPERATION.search("de samenwerking op het Werkplein"))
    True
    >>> bool(_THE_COOPERATION.search("de samenwerking met de huisartsen"))
    False
    >>> bool(_THE_COOPERATION.search("de samenwerking met de gemeente"))
    True
    """
    text = sen.text
    if not sen.parties or "samenwerking" not in text[sen.start : sen.end]:
        return
    first = sen.parties[0]
    if first.kind not in _EXECUTORS or not _JUDGE_LEAD.fullmatch(text, sen.start, first.start):
        return
    if _THE_COOPERATION.search(text, first.end, sen.end) and not NEGATION.search(
        text, sen.start, sen.end
    ):
        add("cooperates-with", sen.own, first.entity)
