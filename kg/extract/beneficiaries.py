"""For whom a task is carried out: the party after "voor" in "voert … uit (voor …)".

:mod:`kg.extract.relations` reads "X voert … uit voor A" and "X voert voor A … uit"
as X executes for A. The beneficiary is the party right after "voor" (an article or
"(de) gemeente(n)" may come first), with the parties listed after it ("voor A, B en
de gemeente"); "voor de gemeente" is the profile's municipality and "voor de hele
regio" the region named last. A passive cue names the beneficiary before it: "De
jeugdhulp voor A en B wordt uitgevoerd door X" (see :func:`named_before`).
"""

from __future__ import annotations

import re

from kg.extract.grouplists import _Sentence
from kg.extract.jointwork import LIST_GAP, OWN_OBJECT
from kg.extract.model import SentenceMention

__all__ = ["beneficiary", "executes_objects", "fronted", "named_before", "served_in"]

_F = re.IGNORECASE
#: Between "voor" and the party it is done for: an article, "(de) gemeente(n)" ("voor de
#: gemeenten A, B en C").
_BENEFICIARY_GAP = re.compile(
    r"\s*(?:(?:de|het|alle)\s+)?(?:(?:\w+\s+)?gemeenten?\s+"
    r"(?:(?:in|van|uit|binnen)\s+(?:(?:de|het)\s+)?(?:regio\s+)?)?)?",
    _F,
)
#: "verzorgt … in A en B": the municipalities a task is done in are those it is done for.
_IN = re.compile(r"\bin\s+(?=(?-i:[A-Z]))", _F)
_VOOR = re.compile(r"\bvoor\s+", _F)
_OWN = re.compile(r"\s*(?:de|onze)\s+gemeente\b(?!\s+(?-i:[A-Z]))", _F)
#: The member municipalities of the executor's group, none named: the profile's is one.
_MEMBERS = re.compile(
    r"\s*(?:de|alle|(?=(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s))"
    r"\s*(?!(?:andere|overige|omliggende|omringende|naburige)\b)(?:\w+\s+)?"
    r"(?:regio|lid)?gemeenten\b(?!\s+(?-i:[A-Z]))"
    # "de gemeenten in de regio X" names X; "alle gemeenten in de regio" is the group's
    r"(?!\s+(?:van|in|uit|binnen)\s+(?:(?:de|het)\s+)?(?:regio\s+)?(?-i:[A-Z]))",
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
    return served_in(sen, m.start("mid"), m.end("mid"))


def served_in(sen: _Sentence, start: int, end: int) -> list[SentenceMention]:
    """The municipalities right after "in" in ``[start, end)`` ("verzorgt het welzijnswerk in
    A en B", "voert in A de Wmo uit"): a task done in a municipality is done for it (the
    guideline's "verzorgt … in"). Only municipalities: "in de regio" is the setting.

    Examples
    --------
    >>> bool(_IN.search("het welzijnswerk in Heerlen")), bool(_IN.search("in de wijken"))
    (True, False)
    """
    text = sen.text
    for found in _IN.finditer(text, start, end):
        first = sen.between(found.end(), end)[:1]
        if not first or first[0].start != found.end() or first[0].kind != "municipality":
            continue
        out, pos = list(first), first[0].end
        for p in sen.between(pos, end):  # "in A, B en C"
            if not LIST_GAP.match(text[pos : p.start]) or p.kind != "municipality":
                break
            out, pos = [*out, p], p.end
        return out
    return []


def beneficiary(
    sen: _Sentence, start: int, end: int, whole_group: bool = True
) -> list[SentenceMention]:
    """The party right after "voor" (an article may come first), or the municipality;
    with ``whole_group``, "voor de hele regio" is the region named last."""
    text = sen.text
    own = SentenceMention(sen.own, "municipality", start, start, "", None)
    # "voor de gemeente", "voor de deelnemende gemeenten" (the profile's is one of them)
    if _OWN.match(text, start, end) or _MEMBERS.match(text, start, end):
        first = [own]
    elif whole_group and _WHOLE_GROUP.match(
        text, start, end
    ):  # "voor de hele regio": the group named last
        group = sen.last_group(start, document=True, prefer="region")
        if group is None:
            return []  # no region named before: no party to read it as
        first = [group]
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


def named_before(sen: _Sentence, start: int, end: int) -> list[SentenceMention]:
    """The parties a task is done for, named after "voor" in ``[start, end)``: the clause
    before a passive cue ("De jeugdhulp voor A en B wordt uitgevoerd door X") or a fronted
    one ("Voor A en B voert X de jeugdhulp uit"). A region referred back to ("voor de hele
    regio") is left to the rules that know which one is meant."""
    if "voor" not in sen.text[start:end].lower():
        return []
    for found in _VOOR.finditer(sen.text, start, end):
        got = beneficiary(sen, found.end(), end, whole_group=False)
        if got:
            return got
    return []


def fronted(sen: _Sentence, pos: int) -> list[SentenceMention]:
    """The parties of "voor A en B" right before a task cue at ``pos``: "Voor A en B voert X
    de jeugdhulp uit" (not "Voor A geldt dat X de jeugdhulp uitvoert")."""
    got = named_before(sen, sen.clause_start(pos), pos)
    return got if got and not sen.text[got[-1].end : pos].strip(" ,") else []
