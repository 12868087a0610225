"""Late without "te" or "pas": "de budgetten werden laat bekend", "in een laat stadium".

An account of how money, plans or papers arrived often says that they came late with the
bare adverb: "de budgetten werden laat bekendgemaakt", "waardoor de begroting laat sluitend
kon worden gemaakt", "de stukken komen in een laat stadium bij de raad". Late is a
shortfall of timing, as "te laat" and "pas laat" are (tone cues of ``ontology/tone.ttl``):
a negative cue, which a negator before it turns ("niet laat bekend").

"Laat" is also a form of the verb "laten" (let, leave: "laat zien", "laat ruimte", "laat
geld liggen"), which takes an infinitive or a noun, never a participle. So the adverb is
read only before a past participle of a weak verb ("laat gevraagd", "laat betaald",
"laat bekendgemaakt"), before the predicative adjectives of a state reached ("laat
bekend", "laat sluitend"; not "laat bekend maken", the verb with an infinitive) and in
"een (te) laat stadium" (Van Dale "laat" 1: na de gewone, bepaalde of gewenste tijd).
After "te" or "pas" the phrase is the lexicon's cue already and is not read twice.
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["late_adverbs"]

#: What may follow the participle of "laat" + participle: an auxiliary, a preposition or
#: a conjunction ("laat betaald werden", "laat gevraagd over"), not a noun it would qualify
#: as an adjective ("laat betaald werk over": the verb "laten" with its object).
_AFTER: frozenset[str] = frozenset(
    {"worden", "wordt", "werd", "werden", "is", "zijn", "was", "waren", "kon", "konden", "kan",
     "kunnen", "en", "of", "maar", "door", "aan", "bij", "in", "op", "naar", "van", "over",
     "via", "omdat", "waardoor", "zodat", "dan", "toen"}
)  # fmt: skip
#: "laat" + a weak past participle (ge-/be-/ver-/ont-/her-/er- … -d/-t, the joined
#: "bekendgemaakt" too) before a word of :data:`_AFTER` or a stop, or a predicative
#: adjective of a state reached not followed by an infinitive ("laat bekend maken" is the
#: verb); "een laat stadium".
_LATE = re.compile(
    r"\b(?<!te\s)(?<!pas\s)laat\s+(?:"
    r"(?:ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}(?:[dt]|gemaakt|gesteld)\b"
    r"(?=\s*[.,;:!?)’”'\"]|\s*$|\s+(?:" + "|".join(sorted(_AFTER)) + r")\b)"
    r"|(?:bekend|sluitend)(?:gemaakt)?\b(?!\s+(?:zien|maken|weten|merken|blijken|horen)\b)"
    r")"
    r"|\been\s+(?:te\s+)?laat\s+stadium\b",
    re.IGNORECASE,
)
#: Nouns of the same shape as a participle that "laat" (let, leave) takes as its object:
#: "laat geld liggen", "laat beleid maken", "laat bericht achter".
_NOUNS = frozenset(
    {"geld", "beleid", "gebied", "bericht", "gezicht", "besluit", "verband", "beeld", "geluid"}
)


def late_adverbs(text: str, start: int, end: int) -> list[Cue]:
    """The negative cues of a bare "laat" of time in ``text[start:end]``.

    Examples
    --------
    >>> s = "De budgetten werden laat bekendgemaakt."
    >>> [(s[c.start:c.end], c.sign) for c in late_adverbs(s, 0, len(s))]
    [('laat bekendgemaakt', -1)]
    >>> s = "De stukken komen in een laat stadium bij de raad."
    >>> [(s[c.start:c.end], c.sign) for c in late_adverbs(s, 0, len(s))]
    [('een laat stadium', -1)]
    >>> s = "Het college laat geld liggen en laat bekend maken dat het stopt."
    >>> late_adverbs(s, 0, len(s))
    []
    """
    if text.find("laat", start, end) < 0:
        return []  # most claims
    found = []
    for m in _LATE.finditer(text, start, end):
        words = m.group().split()
        if words[0].lower() == "laat" and words[1].lower() in _NOUNS:
            continue  # "laat geld liggen": the verb "laten" with its object
        found.append(Cue(m.start(), m.end(), -1))
    return found
