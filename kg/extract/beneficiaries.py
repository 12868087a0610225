"""For whom a task is carried out: the party after "voor" in "voert … uit (voor …)".

:mod:`kg.extract.relations` reads "X voert … uit voor A" and "X voert voor A … uit"
as X executes for A. The beneficiary is the party right after "voor" (an article or
"(de) gemeente(n)" may come first), with the parties listed after it ("voor A, B en
de gemeente"); "voor de gemeente" is the profile's municipality and "voor de hele
regio" the region named last.
"""

from __future__ import annotations

import re

from kg.extract.grouplists import _Sentence
from kg.extract.jointwork import LIST_GAP, OWN_OBJECT
from kg.extract.model import SentenceMention

__all__ = ["beneficiary", "executes_objects"]

_F = re.IGNORECASE
#: Between "voor" and the party it is done for: an article, "(de) gemeente(n)" ("voor de
#: gemeenten A, B en C").
_BENEFICIARY_GAP = re.compile(
    r"\s*(?:(?:de|het|alle)\s+)?(?:(?:\w+\s+)?gemeenten?\s+"
    r"(?:(?:in|van|uit|binnen)\s+(?:(?:de|het)\s+)?(?:regio\s+)?)?)?",
    _F,
)
_WHOLE_GROUP = re.compile(
    r"\s*(?:de|die|deze)\s+(?:hele\s+|gehele\s+)?regio\b(?!\s+(?-i:[A-Z]))", _F
)


def executes_objects(sen: _Sentence, m: re.Match[str]) -> list[SentenceMention]:
    """For whom "voert … uit (voor …)" says the work is done ("de gemeente": the profile's)."""
    text = sen.text
    if m.group(0).lower().endswith("voor"):
        start, end = m.end(), sen.window_end(m.end())
        return beneficiary(sen, start, end)
    for found in re.finditer(r"\bvoor\s+", text[m.start("mid") : m.end("mid")], _F):
        got = beneficiary(sen, m.start("mid") + found.end(), m.end("mid"))
        if got:
            return got
    return []


def beneficiary(sen: _Sentence, start: int, end: int) -> list[SentenceMention]:
    """The party right after "voor" (an article may come first), or the municipality."""
    text = sen.text
    own = SentenceMention(sen.own, "municipality", start, start, "", None)
    if re.match(r"\s*(?:de|onze)\s+gemeente\b(?!\s+(?-i:[A-Z]))", text[start:end], _F):
        first = [own]
    elif _WHOLE_GROUP.match(text, start, end):  # "voor de hele regio": the group named last
        group = sen.last_group(start, document=True, prefer="region")
        first = [group] if group is not None else []
    else:
        first = sen.between(start, end)[:1]
        if not first or not _BENEFICIARY_GAP.fullmatch(text, start, first[0].start):
            return []
    anchor = OWN_OBJECT.match(text, start) or first[0]
    out, pos = list(first), anchor.end() if isinstance(anchor, re.Match) else anchor.end
    for p in sen.between(pos, end):  # "voor A, B en de gemeente"
        if not LIST_GAP.match(text[pos : p.start]):
            break
        out, pos = [*out, p], p.end
    tail = re.match(r"(?:\s*,\s*|\s+en\s+|\s*,\s*en\s+)(?:de|onze)\s+gemeente\b", text[pos:end], _F)
    if tail and sen.own not in {p.entity for p in out}:
        out.append(own)
    return out
