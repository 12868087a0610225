"""The accountant as a claim's speaker is not, by that alone, the auditor's requirements.

The ontology gives the bare word "accountant" to the problem of the auditor's
requirements as well as to the group of auditors: naming the auditor in a claim about
the municipality is naming the control of its spending ("accountants kunnen daar niets
mee"). When the accountant is who speaks, the word names the speaker; the claim is about
the auditor's requirements only if it names what the control is about
(``kg/data/audit-words.txt``: the annual accounts, the statement, the providers'
claims): "De accountant plaatste bij de jaarrekening een kanttekening" is, "De
accountant is daar minder zeker van" and "De accountant wijst erop dat de reserve
uitgeput raakt" are not (:func:`voice_only`).
"""

from __future__ import annotations

from functools import lru_cache

from kg.datafiles import word_list
from kg.extract import prefixscan
from kg.namespaces import CONCEPT

__all__ = ["AUDITORS", "AUDIT_REQUIREMENTS", "voice_only"]

#: The group of auditors and the problem of their requirements.
AUDITORS = CONCEPT + "role/auditors"
AUDIT_REQUIREMENTS = CONCEPT + "problem/auditor-requirements"


@lru_cache(maxsize=1)
def _audit_words() -> tuple[str, ...]:
    """The stems of what an audit is about (cached)."""
    return tuple(sorted(word_list("audit-words.txt")))


def voice_only(text: str, start: int, end: int, speakers) -> set[str]:  # noqa: ANN001
    """The auditor's requirements when the accountant only speaks the claim.

    Returns the problem to take off a claim spoken by the auditors that names nothing an
    audit is about; an empty set otherwise.

    Examples
    --------
    >>> s = "De accountant is daar minder zeker van."
    >>> voice_only(s, 0, len(s), (AUDITORS,)) == {AUDIT_REQUIREMENTS}
    True
    >>> s = "De accountant plaatste bij de jaarrekening een kanttekening."
    >>> voice_only(s, 0, len(s), (AUDITORS,))
    set()
    >>> s = "Accountants kunnen daar niets mee, zeggen ambtenaren."
    >>> voice_only(s, 0, len(s), ("r/civil-servants",))  # the accountant is the subject
    set()
    """
    if AUDITORS not in speakers:
        return set()
    if prefixscan.may_hold_in(text, start, end, _audit_words()):
        return set()
    return {AUDIT_REQUIREMENTS}
