"""A kind noun said by a coded respondent is the organisation the legend gives the code.

A profile with a legend of coded respondents ("R6 – directeur Stichting Samen Oost",
"R10 – manager van Woonstichting Noord") lets a respondent speak of the organisation they
work for by its kind: "R6 stelt dat de stichting een extra medewerker heeft moeten
aannemen", "Volgens R10 kan de corporatie dat niet alleen". The description points to the
organisation of the speaker's legend line, also where another organisation of that kind
was named nearer before it (the speaker fixes the referent, as "zijn stichting" would).

Read only in a sentence a code opens ("R6 stelt dat …", "R6 en R2 zien …") or that
opens with "Volgens" and a code; the noun follows a definite article, has no capitalised
name after it, and is a word of the organisation's name or the tail of its first word
("stichting" in "Stichting X" and in "Woonstichting X"), or a noun of the
``[definite_names]`` table of kg/data/organisation-cues.toml whose word parts the name holds
("de corporatie" for "Woonstichting X").
"""

from __future__ import annotations

import re

from kg.codedlegend import CODE, code_key
from kg.document import Document
from kg.extract.model import SentenceMention
from kg.extract.pointback import load_definite_names

__all__ = ["coded_referents"]

#: The codes that open a sentence, with the codes coordinated with them ("R6 en R2").
_OPENING = re.compile(rf"(?:Volgens\s+)?({CODE}(?:(?:\s*,\s*|\s+en\s+){CODE})*)(?!\w)")
_ONE = re.compile(CODE)
#: A definite article and a lower-case noun with no capitalised name after it.
_DEFINITE = re.compile(r"(?<![\w-])(?:de|het)\s+([a-z]{5,})(?![\w-])(?!\s+[A-Z])")
_NAMED = frozenset({"body", "organisation"})


def _fits(noun: str, name: str, parts: dict[str, tuple[str, ...]]) -> bool:
    """Whether the kind ``noun`` describes the organisation called ``name``."""
    words = name.lower().split()
    if noun in words or words[0].endswith(noun):
        return True
    return any(p in name.lower() for p in parts.get(noun, ()))


def coded_referents(
    doc: Document, lines: list, mentions: list[SentenceMention]
) -> list[SentenceMention]:
    """``mentions`` with each kind noun said by a coded respondent read as the organisation
    of the code's legend line.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    lines : list
        The legend's lines, ``(start, end, code)``
        (:func:`kg.extract.respondentcodes.legend_lines`).
    mentions : list of SentenceMention
        The mentions so far.

    Returns
    -------
    list of SentenceMention

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> from kg.extract.respondentcodes import legend_lines
    >>> text = ("Stad\\n\\nIntro\\n\\nWe spraken met:\\n\\nR1 – directeur Stichting Oost\\n"
    ...         "R2 – wethouder\\n\\nZorg\\n\\nWoonstichting Zuid bouwt. "
    ...         "R1 stelt dat de stichting groeit.\\n")
    >>> doc = parse_profile(text, "s")
    >>> a, b = doc.text.index("Stichting Oost"), doc.text.index("Woonstichting")
    >>> known = [
    ...     SentenceMention("o/oost", "organisation", a, a + 14, "Stichting Oost", None),
    ...     SentenceMention("o/zuid", "organisation", b, b + 18, "Woonstichting Zuid", None),
    ... ]
    >>> [(m.text, m.entity) for m in coded_referents(doc, legend_lines(doc), known)][2:]
    [('stichting', 'o/oost')]
    """
    text = doc.text
    owners: dict[str, SentenceMention] = {}
    for start, end, code in lines:
        inside = [m for m in mentions if start <= m.start and m.end <= end and m.kind in _NAMED]
        named = [m for m in inside if m.text[:1].isupper() and " " in m.text.strip()]
        if named or inside:
            owners[code_key(code)] = (named or inside)[0]
    if not owners:
        return mentions
    parts = dict(load_definite_names())
    added: list[SentenceMention] = []
    replaced: set[tuple[int, int]] = set()  # a nearer name read by the kind alone gives way
    for sentence in doc.sentences:
        opening = _OPENING.match(text, sentence.start, sentence.end)
        if opening is None:
            continue
        speakers = [owners.get(code_key(c.group())) for c in _ONE.finditer(opening.group(1))]
        orgs = [o for o in speakers if o is not None]
        for found in _DEFINITE.finditer(text, opening.end(), sentence.end):
            s, e = found.span(1)
            fitting = {o.entity: o for o in orgs if _fits(found.group(1), o.text, parts)}
            over = [m for m in mentions if m.start < e and s < m.end]
            if len(fitting) != 1 or any(
                (m.start, m.end) != (s, e) or m.kind not in _NAMED for m in over
            ):
                continue
            owner = next(iter(fitting.values()))
            replaced.update((m.start, m.end) for m in over)
            added.append(SentenceMention(owner.entity, owner.kind, s, e, text[s:e], sentence.index))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.entity))
