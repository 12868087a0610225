"""A named team that holds the access to care is the municipality's social team.

Where a municipality gives its front-door team a name of its own ("Team Samenleving",
"Team Sociaal", "Team Toegang"), the open-world naming step mints it as an organisation.
The annotation guidelines read every wijkteam, gebiedsteam or sociaal team as
``role/social-team``: the team that holds the access ("de toegang") to the Wmo, youth care or
the Participatiewet. So a minted name that opens with the word "Team" is that role when a
sentence that names it speaks of the access ("De toegang tot de drie wetten ligt bij Team
Sociaal", "de toegang … in één Team X heeft ondergebracht"); every occurrence of the name follows,
and the minted organisation is dropped. Without such a sentence the name stays what the text
licensed (a "Team Werk en Inkomen" of the sociale dienst is no access team).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.mentionrules import STAFF_NOUNS
from kg.extract.model import Entity, SentenceMention
from kg.namespaces import CONCEPT

__all__ = ["SOCIAL_TEAM", "access_teams"]

#: The role the guidelines give every access team of the social domain.
SOCIAL_TEAM = CONCEPT + "role/social-team"

#: "van het" / "van de" between a staff noun and the team it works in.
_OF_THE = re.compile(r" van (?:het|de) ")

#: "de toegang", "toegang tot …", "de toegangspoort": the word a sentence uses for the access.
_ACCESS = re.compile(r"(?<![\w-])toegang(?:spoort)?(?![\w-])", re.I)


def _named_team(entity: Entity) -> bool:
    """Whether a minted entity is a team named by "Team" and a capitalised word."""
    words = entity.label.split()
    return len(words) > 1 and words[0] == "Team" and words[1][:1].isupper()


def access_teams(
    doc: Document, mentions: list[SentenceMention], minted: dict[str, Entity]
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """``mentions`` and ``minted`` with each named access team read as ``role/social-team``.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions so far, the minted organisations among them.
    minted : dict
        The minted entities by IRI.

    Returns
    -------
    mentions, minted
        Unchanged unless a minted "Team X" is named in a sentence on the access; then its
        mentions name the social team and it is no longer minted.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = (
    ...     "Teststad heeft de toegang tot de drie wetten bij Team Zorg ondergebracht. "
    ...     "De medewerkers van het Team Zorg zijn positief."
    ... )
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> team = Entity("urn:x:team-zorg", "organisation", "Team Zorg", minted=True)
    >>> found = [
    ...     SentenceMention(team.iri, "organisation", s, s + 9, "Team Zorg", i)
    ...     for i, s in ((0, doc.text.index("Team Zorg")), (1, doc.text.rindex("Team Zorg")))
    ... ]
    >>> m = doc.text.index("medewerkers")
    >>> staff = SentenceMention("role/civil-servants", "role", m, m + 11, "medewerkers", 1)
    >>> mentions, minted = access_teams(doc, found + [staff], {team.iri: team})
    >>> [m.entity.rsplit("/", 1)[-1] for m in mentions], minted
    (['social-team', 'social-team'], {})
    """
    teams = {iri for iri, e in minted.items() if _named_team(e)}
    if not teams:
        return mentions, minted
    sentences = {s.index: s for s in doc.sentences}
    access = set()
    for m in mentions:
        if m.entity in teams and m.entity not in access and m.sentence in sentences:
            s = sentences[m.sentence]
            if _ACCESS.search(doc.text, s.start, s.end):
                access.add(m.entity)
    if not access:
        return mentions, minted
    starts = {m.start for m in mentions if m.entity in access}
    out = [
        SentenceMention(SOCIAL_TEAM, "role", m.start, m.end, m.text, m.sentence)
        if m.entity in access
        else m
        for m in mentions
        if not _staff_of(doc.text, m, starts)
    ]
    return out, {iri: e for iri, e in minted.items() if iri not in access}


def _staff_of(text: str, m: SentenceMention, teams: set[int]) -> bool:
    """Whether ``m`` is a staff noun before "van het" and a team ("de medewerkers van het Team
    X"): the team's staff are the team (annotation guidelines), no group of their own."""
    if m.kind != "role" or m.text.lower() not in STAFF_NOUNS:
        return False
    of = _OF_THE.match(text, m.end)
    return of is not None and of.end() in teams
