"""Follow-through that fails: words not turned into deeds.

Dutch evaluation says a plan or an agreement was not carried out by saying that it
stayed with words ("het blijft bij woorden", "het is bij goede voornemens
gebleven", "het blijft bij praten"). The verb of staying ("blijven") with "bij" and a
noun of talk or intent, in any word order, is a negative judgement (:func:`cues`);
approving words inside it ("goede voornemens", "mooie woorden") name what stayed
unrealised and do not count for themselves. A negated one ("het blijft niet bij
woorden") is none. Plans that do not get off the ground ("komt niet van de grond"),
stall or stay on the shelf are phrase cues of ``ontology/tone.ttl`` read with the
scope rules of :mod:`kg.extract.negation`. General Dutch idiom.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import finditer
from kg.extract.toneframes import Cue

#: Nouns of talk and intent: what stays unrealised when "it stays with" it.
_TALK = (
    r"woorden|praten|papier|intenties|voornemens|bedoelingen|plannen|ideeën|beloften"
    r"|toezeggingen|goede\s+bedoelingen|een\s+(?:plan|intentie|voornemen|idee|belofte)"
    r"|intentieverklaringen|een\s+intentieverklaring|afspraken\s+op\s+papier"
)
#: "blijft/bleef (het) (nog) bij (mooie|goede) woorden", "is bij woorden gebleven".
_STAYED = re.compile(
    r"\b(?:blijft|blijven|bleef|bleven|gebleven)\s+(?:het\s+|dat\s+|dit\s+)?(?:\w+\s+){0,2}?"
    r"bij\s+(?:(?:mooie|goede|vage|loze|de|het|veel)\s+)?(?:" + _TALK + r")\b"
    r"|\bbij\s+(?:(?:mooie|goede|vage|loze|de|het|veel)\s+)?(?:" + _TALK + r")\s+"
    r"(?:\w+\s+){0,2}?(?:gebleven|blijven|bleef|bleven|blijft)\b",
    re.IGNORECASE,
)
#: A negator right before the verb or "bij": "het blijft niet bij woorden".
_DENIED = re.compile(r"\b(?:niet|nooit|geen)\s+(?:\w+\s+)?bij\b", re.IGNORECASE)


def cues(text: str, start: int, end: int) -> list[Cue]:
    """Negative cues for follow-through that stays with words in the span.

    Examples
    --------
    >>> s = "Tot nu toe is het bij woorden gebleven."
    >>> [(s[c.start : c.end], c.sign) for c in cues(s, 0, len(s))]
    [('bij woorden gebleven', -1)]
    >>> s = "Het bleef bij goede voornemens."
    >>> [(s[c.start : c.end], c.sign) for c in cues(s, 0, len(s))]
    [('bleef bij goede voornemens', -1)]
    >>> s = "Het blijft niet bij woorden: er is een loket geopend."
    >>> cues(s, 0, len(s))
    []
    """
    if text.find(" bij ", start, end) < 0 or (
        text.find("blij", start, end) < 0 and text.find("ble", start, end) < 0
    ):
        return []  # no "bij" or no form of "blijven" (almost every claim)
    out = []
    for match in finditer(_STAYED, text, start, end):
        a, b = match.span()
        if _DENIED.search(text, a, b):
            continue  # "het blijft niet bij woorden": follow-through granted
        out.append(Cue(a, b, -1))
    return out
