"""The fallback relation of an organisation: named as a source of money or as an employer.

An organisation or body that no other rule relates to the profile's municipality is still
related to it (``related-organisation``) when its clause names it as the source of
money ("een uitkering uit", "… uit het gemeentefonds", "een bijdrage van", "gesubsidieerd
door", "houdt toezicht op"; not the clients' own contribution it collects, "de eigen
bijdrage") or as an employer ("de grootste werkgever", "trekt … aan", "arbeidsplaatsen").
A negation in the clause gives none.

Examples
--------
>>> bool(MONEY.search("een bijdrage van X")), bool(EMPLOYER.search("trekt veel mensen aan"))
(True, True)
>>> bool(MONEY.search("de eigen bijdragen worden door X geïnd"))
False
>>> bool(MONEY.search("T ontving in 2015 € 640,- per inwoner uit het gemeentefonds"))
True
>>> bool(MONEY.search("X ontving in 2015 drie keer zoveel meldingen als voorzien"))
False
>>> bool(EMPLOYER.search("X is de grootste werkgever")), bool(EMPLOYER.search("met werkgevers"))
(True, False)
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.jointwork import NEGATION
from kg.extract.model import Relation, SentenceMention
from kg.vocab import as_relation_type

__all__ = ["EMPLOYER", "MONEY", "money_or_work", "unrelated"]

_F = re.IGNORECASE
MONEY = re.compile(
    # a client's own contribution ("eigen bijdrage") is money paid to, not by, its collector
    r"\b(?:uitkering|ontvang\w*|middelen|(?<!eigen\s)bijdrage\w*|subsidi\w*|gesubsidieerde?|financier\w*"
    r"|gefinancierd|geld|gelden|toezicht\w*"  # and a supervisor ("houdt toezicht op")
    # the scheme that tops up a deficit on the benefits budget ("de vangnetregeling van het
    # ministerie van SZW"; Participatiewet art. 74, Besluit Participatiewet)
    r"|vangnet\w*"
    # a fund as the source, in any tense of the verb ("ontving … uit het gemeentefonds")
    r"|uit\s+het\s+\w*fonds)\b",
    _F,
)
#: The party as an employer ("de grootste werkgever"); employers in the plural
#: ("samenwerking met werkgevers", "dienstverlening aan werkgevers") are other parties.
EMPLOYER = re.compile(
    r"\b(?:werkgever|arbeidsplaatsen|banen|werkgelegenheid)\b|\btrek\w*\b[^,;.]*\baan\b", _F
)


class _Sentence(Protocol):
    """What the fallback reads of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    start: int
    end: int
    parties: list[SentenceMention]

    def clause_start(self, pos: int) -> int: ...


def money_or_work(sen: _Sentence, clause_open: re.Pattern[str]) -> list[str]:
    """Organisations named as a source of money or as an employer in their clause.

    Parameters
    ----------
    sen : _Sentence
        The sentence with its parties (see :mod:`kg.extract.relations`).
    clause_open : re.Pattern
        What opens the next clause: a party's clause ends there.

    Returns
    -------
    list of str
        The organisations' IRIs, in text order.
    """
    out = []
    named = None  # whether the sentence names money or work at all (read once, if asked)
    for p in sen.parties:
        if p.kind not in ("organisation", "body"):
            continue
        if named is None:
            # a clause is a stretch of the sentence that opens and closes at a non-word
            # character: a clause that names money or work is in a sentence that does
            piece = sen.text[sen.start : sen.end]
            named = bool(MONEY.search(piece) or EMPLOYER.search(piece))
        if not named:
            break
        cs = sen.clause_start(p.start)
        nxt = clause_open.search(sen.text, p.end, sen.end)
        clause = sen.text[cs : nxt.start() if nxt else sen.end]
        if (MONEY.search(clause) or EMPLOYER.search(clause)) and not NEGATION.search(clause):
            out.append(p.entity)
    return out


def unrelated(
    relations: dict[tuple[str, str, str], Relation],
    own: str,
    implicit: list[tuple[str, tuple[int, int, int]]],
    fallback: list[tuple[str, tuple[int, int, int]]],
) -> None:
    """Add the task a party carries out for no one named ("X voert de Wmo uit": for the
    municipality), also where another relation links it to the municipality (a partner of
    the municipality's teams may also deliver a service: "De stichting levert de helft van
    de formatie"), then the relation of the parties nothing else relates to the
    municipality: the source of money or the employer (``related-organisation``)."""
    related = {o for _, s, o in relations if s == own} | {
        s for kind, s, o in relations if o == own and kind != "reports-on"
    }
    for org, span in implicit:
        key = ("executes-for", org, own)
        relations.setdefault(key, Relation(as_relation_type("executes-for"), org, own, *span))
    related |= {org for org, _ in implicit}
    for org, span in fallback:
        if org not in related:
            key = ("related-organisation", own, org)
            relations.setdefault(key, Relation("related-organisation", own, org, *span))
