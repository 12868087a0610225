"""Laws named by their stem alone in a coordination with another law ("Wmo, jeugd en participatie").

A law named "<stem>wet" may be named by its stem alone in a coordination with
another law: Dutch leaves out the shared part of coordinated compounds (with a
hyphen in writing: ``Jeugd- en Participatiewet``), and the three decentralised
laws are commonly listed so. :func:`kg.extract.mentionrules.find_mentions` adds
the stems next to a law mention as mentions of their laws.
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention

#: A word after a law in a list ("Wmo, jeugd en participatie"), and one before it.
_GAP_AFTER = re.compile(r"(?:\s*,\s*|\s+en\s+|\s+of\s+|\s*,\s*en\s+)(\w+)(?![\w-])")
_GAP_BEFORE = re.compile(r"(?<![\w-])(\w+)-?(?:\s*,\s*|\s+en\s+|\s+of\s+|\s*,\s*en\s+)$")


def law_stems(entries) -> dict[str, Mention]:  # noqa: ANN001
    """``{stem: template}`` for the laws labelled "<stem>wet" (``jeugd`` → Jeugdwet).

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> stems = law_stems([LexiconEntry("Jeugdwet", "law/jeugdwet", "law", "prefLabel")])
    >>> stems["jeugd"].entity
    'law/jeugdwet'
    """
    out: dict[str, Mention] = {}
    for e in entries:
        if e.kind == "law" and e.label.lower().endswith("wet") and " " not in e.label:
            out.setdefault(e.label.lower()[:-3], Mention(e.iri, "law", 0, 0, ""))
    return out


def elliptic_laws(
    text: str, start: int, end: int, found: list[Mention], stems: dict[str, Mention]
) -> list[Mention]:
    """Law stems coordinated with a law mention ("Wmo, jeugd en participatie").

    Examples
    --------
    >>> text = "voor Wmo, jeugd en participatie."
    >>> wmo = Mention("law/wmo", "law", 5, 8, "Wmo")
    >>> stems = {"jeugd": Mention("law/jeugdwet", "law", 0, 0, "")}
    >>> [(m.text, m.entity) for m in elliptic_laws(text, 0, len(text), [wmo], stems)]
    [('jeugd', 'law/jeugdwet')]
    """
    laws = sorted((m for m in found if m.kind == "law"), key=lambda m: m.start)
    if not laws:
        return []  # most sentences name no law: nothing to walk from
    taken = {(m.start, m.end) for m in found}
    law_at = {m.start: m for m in laws} | {m.end: m for m in laws}
    out: list[Mention] = []

    def add(word: str, s: int, e: int) -> bool:
        stem = stems.get(word.lower())
        if stem is None or (s, e) in taken:
            return False
        out.append(Mention(stem.entity, "law", s, e, word))
        taken.add((s, e))
        return True

    for law in laws:
        for forward in (True, False):  # along the list to the right, then to the left
            pos = law.end if forward else law.start
            while True:
                m = (
                    _GAP_AFTER.match(text, pos, end)
                    if forward
                    else _GAP_BEFORE.search(text, start, pos)
                )
                if m is None:
                    break
                s, e = m.span(1)
                near, far = (s, e) if forward else (e, s)
                if near in law_at:  # another law of the list: walk past it
                    pos = law_at[near].end if forward else law_at[near].start
                elif add(m.group(1), s, e):
                    pos = far
                else:
                    break
    return out
