""" "Zorgkantoor": the care office of the region, not the health insurers in general.

The Long-term Care Act (Wlz, until 2015 the AWBZ) is carried out per region by one care
office ("zorgkantoor") on behalf of the health insurers; in 2015 it passed its client data
to the municipalities. The word names that office, an actor of its own
(``role/zorgkantoor``, below ``role/health-insurers``), with or without an article and in
the plural ("het zorgkantoor", "besluiten van gemeente en zorgkantoor", "van
zorgkantoren"): the settlement of the thirty-seventh session (gold README, point 6) gives
every file the minted key, as the guideline asks for the most specific role.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.model import SentenceMention

__all__ = ["care_offices"]

#: The words of the care office (lower case), singular and plural.
_OFFICE_WORDS = frozenset({"zorgkantoor", "zorgkantoren"})


def care_offices(
    text: str, mentions: Sequence[SentenceMention], insurers: str, office: str
) -> list[SentenceMention]:
    """``mentions`` with each "zorgkantoor(en)" of the ``insurers`` read as the ``office``
    (``text`` is the document the mentions' offsets point into; the word itself decides).

    Examples
    --------
    >>> text = "De gegevens van het zorgkantoor kwamen laat; gemeente en zorgkantoor overleggen."
    >>> ms = [SentenceMention("r/ins", "role", s, s + 11, "zorgkantoor", 0)
    ...       for s in (text.index("zorgkantoor"), text.rindex("zorgkantoor"))]
    >>> [m.entity for m in care_offices(text, ms, "r/ins", "r/office")]
    ['r/office', 'r/office']
    >>> ins = SentenceMention("r/ins", "role", 0, 16, "Zorgverzekeraars", 0)
    >>> [m.entity for m in care_offices("Zorgverzekeraars betalen.", [ins], "r/ins", "r/office")]
    ['r/ins']
    """
    out = list(mentions)
    for k, m in enumerate(out):
        if m.entity == insurers and m.text.lower() in _OFFICE_WORDS:
            out[k] = SentenceMention(office, m.kind, m.start, m.end, m.text, m.sentence)
    return out
