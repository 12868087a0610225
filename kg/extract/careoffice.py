""" "Het zorgkantoor": the care office of the region, not the health insurers in general.

The Long-term Care Act (Wlz, until 2015 the AWBZ) is carried out per region by one care
office ("zorgkantoor") on behalf of the health insurers; in 2015 it passed its client data
to the municipalities. With the definite article in the singular ("het zorgkantoor", "van
het zorgkantoor") the word names that one office, an actor of its own
(``role/zorgkantoor``, below ``role/health-insurers``); without an article, coordinated
with other funders ("besluiten van gemeente en zorgkantoor"), or in the plural
("zorgkantoren") it names the insurers' side in general and stays their mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import SentenceMention

__all__ = ["care_offices"]

#: "het" right before the word (at most one adjective between: "het regionale zorgkantoor").
_DEFINITE = re.compile(r"(?<!\w)het\s+(?:[a-zà-ÿ]+e\s+)?$", re.IGNORECASE)


def care_offices(
    text: str, mentions: Sequence[SentenceMention], insurers: str, office: str
) -> list[SentenceMention]:
    """``mentions`` with each "het zorgkantoor" of the ``insurers`` read as the ``office``.

    Examples
    --------
    >>> text = "De gegevens van het zorgkantoor kwamen laat; gemeente en zorgkantoor overleggen."
    >>> ms = [SentenceMention("r/ins", "role", s, s + 11, "zorgkantoor", 0)
    ...       for s in (text.index("zorgkantoor"), text.rindex("zorgkantoor"))]
    >>> [m.entity for m in care_offices(text, ms, "r/ins", "r/office")]
    ['r/office', 'r/ins']
    """
    out = list(mentions)
    for k, m in enumerate(out):
        if m.entity != insurers or m.text.lower() != "zorgkantoor":
            continue
        if _DEFINITE.search(text, max(0, m.start - 30), m.start):
            out[k] = SentenceMention(office, m.kind, m.start, m.end, m.text, m.sentence)
    return out
