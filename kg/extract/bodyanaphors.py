"""Definite descriptions of a joint body named before: the body they stand for.

A joint body of municipalities is named once ("Werkbedrijf Waterweg", "het Inkoopbureau
Jeugd Zeeland", "Regionaal Inkoopteam Jeugd Zuidwest-Drenthe (RIJZ)") and then taken up by
a definite description of what it is:

Kind nouns
    "het werkbedrijf" (the body whose name holds "werkbedrijf"), "het inkoopbureau",
    "de (regionale) inkooporganisatie" (the body the municipality buys through: the
    object of a ``purchases-via`` relation, or a body whose name holds "inkoop"),
    nearest before the claim in the document. Not "de regionale inkoop": the regional
    purchasing as a cooperation is no description of a body (the adjective makes no
    region or body a concern, tests/gold/README.md, thirty-ninth session's settlement,
    decision 6).
Arrangement nouns
    "de GR" / "de gemeenschappelijke regeling": the body named last before the claim in
    the document; a bare "de samenwerking" / "die samenwerking" (not "de samenwerking met
    / tussen / van / binnen …", not "de regionale samenwerking", the cooperation in
    general): the body named last before the claim in its paragraph (thirty-eighth
    session, decision 6); after a demonstrative ("die / deze samenwerking") also an
    organisation ("Tot 2015 werkte Goes samen met de Kredietbank. Die samenwerking is
    gestopt."): the cooperation just told, where "de samenwerking" of a team's members
    with an organisation is the team's own.

A claim that names a body itself keeps what it names; a body that speaks is no concern
(guideline). Gated on a plain word test before any pattern is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.extract.model import Relation, SentenceMention
from kg.extract.prefixscan import may_hold_in

__all__ = ["body_anaphors"]

#: Words one of which every match of :data:`_ANAPHOR` holds (lower case).
_KEYS = ("werkbedrijf", "inkoop", "gr", "gemeenschappelijke regeling", "samenwerking")
#: The descriptions, each in a group of its own kind; a capital after the noun is a name
#: ("het Werkbedrijf Waterweg"), which the mentions already read.
_ANAPHOR = re.compile(
    r"\b(?i:het|dat|dit)\s+(?P<work>(?i:werkbedrijf))\b(?!\s+[A-Z])"
    r"|\b(?i:het|dat|dit)\s+(?P<buy>(?i:inkoopbureau))\b(?!\s+[A-Z])"
    r"|\b(?i:de|die|deze)\s+(?:(?i:regionale)\s+)?(?P<org>(?i:inkooporganisatie))\b(?!\s+[A-Z])"
    r"|\b(?i:de|die|deze)\s+(?P<gr>GR|(?i:gemeenschappelijke\s+regeling))\b(?!\s+[A-Z])"
    r"|\b(?:(?i:die|deze)\s+(?P<that>(?i:samenwerking))|(?i:de)\s+(?P<coop>(?i:samenwerking)))\b"
    r"(?!\s+(?i:met|tussen|van|binnen|op|rond|rondom|tot|bij)\b)(?!\s+(?i:in)\s+(?!de\s+regio\b))"
)
_BODY = "body"
_ORGANISATION = "organisation"
_PURCHASES = "purchases-via"


def _described(text: str) -> str | None:
    """The kind of joint body ``text`` describes definitely, or None.

    >>> _described("Ambtenaren zijn tevreden over de regionale inkooporganisatie.")
    'org'
    >>> _described("Ambtenaren zijn tevreden over de regionale inkoop.") is None
    True
    >>> _described("Raadsleden vinden de GR soms ver weg.")
    'gr'
    >>> _described("De cliëntenraad van het werkbedrijf is kritisch.")
    'work'
    >>> _described("De samenwerking met het UWV verloopt goed.") is None
    True
    >>> _described("Het Werkbedrijf Lekstroom voert de wet uit.") is None
    True
    """
    lowered = text.lower()
    if not any(key in lowered for key in _KEYS):
        return None
    match = _ANAPHOR.search(text)
    return match.lastgroup if match else None


def _slug(entity: str) -> str:
    return entity.rsplit("/", 1)[-1]


def _fits(kind: str, entity: str, bought: frozenset[str]) -> bool:
    """Whether the body ``entity`` is one the description of ``kind`` can stand for."""
    if kind == "work":
        return "werkbedrijf" in _slug(entity)
    if kind in ("buy", "org"):
        return entity in bought or "inkoop" in _slug(entity)
    return True


def body_anaphors(
    text: str,
    start: int,
    end: int,
    own: Sequence[SentenceMention],
    mentions: Iterable[SentenceMention],
    relations: Iterable[Relation],
) -> set[str]:
    """The joint body a definite description in ``text[start:end]`` stands for.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The claim's span.
    own : sequence of SentenceMention
        The claim's own mentions: a claim that names a body has no anaphor to resolve.
    mentions : iterable of SentenceMention
        Every mention of the document, in order of position.
    relations : iterable of Relation
        The document's relations (the bodies it buys through).

    Returns
    -------
    set of str
        The body's IRI, or nothing.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "Goes werkt met Werkbedrijf Oosterland.\\n\\nDe raad vindt het werkbedrijf ver weg."
    >>> body = M("body/werkbedrijf-oosterland", "body", 15, 37, "Werkbedrijf Oosterland", 0)
    >>> sorted(body_anaphors(t, 39, len(t), [], [body], []))
    ['body/werkbedrijf-oosterland']
    >>> t = "Het Inkoopteam Zuid koopt in.\\n\\nDe wethouder noemt de samenwerking goed."
    >>> team = M("body/inkoopteam-zuid", "body", 4, 19, "Inkoopteam Zuid", 0)
    >>> body_anaphors(t, 31, len(t), [], [team], [])  # another paragraph
    set()
    """
    if not may_hold_in(text, start, end, _KEYS):
        return set()  # the gate of :func:`_described` in the document's lower case
    kind = _described(text[start:end])
    if kind is None or any(m.kind == _BODY for m in own):
        return set()
    bought = frozenset(r.object for r in relations if r.type == _PURCHASES)
    floor = text.rfind("\n\n", 0, start) if kind in ("coop", "that") else -1
    found: tuple[int, str] | None = None
    for mention in mentions:
        if (
            floor < mention.start < start
            and (mention.kind == _BODY or (kind == "that" and mention.kind == _ORGANISATION))
            and (found is None or mention.start > found[0])
            and _fits(kind, mention.entity, bought)
        ):
            found = (mention.start, mention.entity)
    return {found[1]} if found else set()
