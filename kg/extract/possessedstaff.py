"""Staff nouns owned by a possessive pronoun that points to another organisation.

"Woningcorporatie De Linde is voorzichtiger: haar medewerkers zijn niet opgeleid voor
…", "Een thuiszorgaanbieder vertelt dat zijn medewerkers veel reistijd kwijt zijn": the
staff ("medewerkers", "consulenten", …; :data:`~kg.extract.speakergroups.STAFF`) belong
to the organisation the pronoun stands for, the one named last before it in the claim, not
to the municipality: they are no mention of its civil servants as a concern. Where that
organisation is the municipality or one of its own groups ("De wethouder zegt dat haar
medewerkers …", "De gemeente vraagt veel van haar consulenten") the staff stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import SentenceMention
from kg.extract.speakergroups import STAFF

__all__ = ["possessed_staff"]

#: A possessive pronoun right before the staff noun.
_POSSESSIVE = re.compile(r"(?i:zijn|haar|hun)\s+$")
#: The municipality's own groups (keys of ``ontology/roles.ttl``): their staff are its staff.
_OWN_GROUPS = frozenset(
    {
        "alderman",
        "civil-servants",
        "council-members",
        "executive-board",
        "mayor",
        "municipal-secretary",
        "policy-officers",
        "klantmanager",
        "griffier",
        "controller",
        "authors",
        "interviewees",
        "residents",
    }
)
_OTHERS = frozenset({"organisation", "body", "role"})


def possessed_staff(
    text: str, mention: SentenceMention, mentions: Sequence[SentenceMention]
) -> bool:
    """Whether the staff noun ``mention`` is owned by another organisation through a pronoun.

    Parameters
    ----------
    text : str
        The document's text.
    mention : SentenceMention
        A role mention (the staff noun).
    mentions : sequence of SentenceMention
        The claim's mentions.

    Returns
    -------
    bool

    Examples
    --------
    >>> M = SentenceMention
    >>> t = "Stichting Hoeksteen is kritisch: haar medewerkers zijn overbelast."
    >>> org = M("organisation/stichting-hoeksteen", "organisation", 0, 19, "Stichting Hoeksteen", 0)
    >>> staff = M("role/civil-servants", "role", 38, 48, "medewerkers", 0)
    >>> possessed_staff(t, staff, [org, staff])
    True
    >>> t = "De wethouder zegt dat haar medewerkers overbelast zijn."
    >>> alderman = M("role/alderman", "role", 3, 12, "wethouder", 0)
    >>> staff = M("role/civil-servants", "role", 27, 38, "medewerkers", 0)
    >>> possessed_staff(t, staff, [alderman, staff])
    False
    """
    if text[mention.start : mention.end].lower() not in STAFF:
        return False
    if not _POSSESSIVE.search(text, max(0, mention.start - 6), mention.start):
        return False
    before = [m for m in mentions if m.end <= mention.start and m.kind != "problem"]
    if not before:
        return False
    owner = max(before, key=lambda m: m.start)
    if owner.kind == "municipality" and len(before) > 1:
        # "Een aanbieder uit Schagen vertelt dat zijn medewerkers …": a place of origin
        # after the owner's noun is not who owns the staff
        earlier = [m for m in before if m is not owner and m.kind != "municipality"]
        owner = max(earlier, key=lambda m: m.start) if earlier else owner
    return owner.kind in _OTHERS and owner.entity.rsplit("/", 1)[-1] not in _OWN_GROUPS
