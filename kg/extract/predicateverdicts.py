"""Approvals that judge only as a predicate: "noemt de samenwerking ‘vanzelfsprekend’".

A few Dutch adjectives approve of what they are said of only when they are its predicate:
"praktisch" (Van Dale 2: doelmatig, handig: "noemt de samenwerking praktisch"),
"vanzelfsprekend" (as a matter of course, no longer in question: "in 2018 noemen zij haar
‘vanzelfsprekend’") and "degelijk" (solide, betrouwbaar: "de voorbereiding wordt als
degelijk omschreven"). Elsewhere they judge nothing: "praktische hulp" classifies,
"vanzelfsprekend moet de gemeente …" and "het is vanzelfsprekend dat …" mean "of course",
"wel degelijk" means "indeed", "praktisch onmogelijk" "nearly". So they are no tone cues
of ``ontology/tone.ttl``; this module reads them in the three frames of a verdict:

- "noemen" + what is named + the adjective (in quotes or not): "noemt de samenwerking
  ‘klein, maar praktisch’";
- "als" + the adjective + a verb of describing: "als degelijk omschreven / getypeerd /
  ervaren / gezien";
- a form of "zijn" + the adjective at the end of its clause: "de samenwerking is praktisch.",
  "mantelzorg is hier vanzelfsprekend:".

Each is a positive cue on the adjective, which a negator before it turns ("niet
vanzelfsprekend").
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["predicate_verdicts"]

#: The adjectives that approve as a predicate only.
_ADJECTIVE = r"(?P<adj>praktisch|vanzelfsprekend|degelijk)"
#: Quotation marks that may stand around the adjective.
_QUOTES = "‘’'\"“”„«»"
_VERDICT = re.compile(
    # "noemt de samenwerking (…) praktisch": at most eight words between, no sentence end
    r"\bnoem(?:t|en|de|den|d)\b(?:\s+[^\s.;:?!]+){0,8}?\s+[" + _QUOTES + r"]?" + _ADJECTIVE
    + r"\b(?!\s+(?!en\b|maar\b)[a-zà-ÿ])"  # not "praktisch onmogelijk" (nearly)
    # "als degelijk omschreven"
    r"|\bals\s+" + _ADJECTIVE.replace("adj", "adj2")
    + r"\s+(?:(?:wordt|worden|werd|werden)\s+)?"
    r"(?:omschreven|beschreven|getypeerd|gekenschetst|bestempeld|ervaren|gezien|beschouwd)\b"
    # "is (hier) praktisch." at the end of its clause
    r"|\b(?:is|zijn|was|waren)\s+(?:(?:hier|daar|er|nu|inmiddels)\s+)?"
    + _ADJECTIVE.replace("adj", "adj3") + r"(?=\s*[.,;:!?" + _QUOTES + r"]|\s*$)",
    re.IGNORECASE,
)  # fmt: skip


def predicate_verdicts(text: str, start: int, end: int) -> list[Cue]:
    """The positive cues of a predicate-only approval in a verdict frame, in
    ``text[start:end]`` (the span is the adjective's).

    Examples
    --------
    >>> s = "Zij noemt de samenwerking ‘vanzelfsprekend’."
    >>> [(s[c.start:c.end], c.sign) for c in predicate_verdicts(s, 0, len(s))]
    [('vanzelfsprekend', 1)]
    >>> s = "De voorbereiding wordt als degelijk omschreven."
    >>> [(s[c.start:c.end], c.sign) for c in predicate_verdicts(s, 0, len(s))]
    [('degelijk', 1)]
    >>> s = "Het is vanzelfsprekend dat de gemeente praktische hulp biedt."
    >>> predicate_verdicts(s, 0, len(s))
    []
    """
    if not any(text.find(w, start, end) >= 0 for w in _STEMS):
        return []  # most claims
    found = []
    for m in _VERDICT.finditer(text, start, end):
        group = next(g for g in ("adj", "adj2", "adj3") if m.group(g))
        if text[max(start, m.start(group) - 4) : m.start(group)].lower().endswith("wel "):
            continue  # "wel degelijk": indeed
        found.append(Cue(m.start(group), m.end(group), 1))
    return found


#: The lower-case stems the gate looks for (the adjectives are lower case in a verdict).
_STEMS = ("praktisch", "vanzelfsprek", "degelijk")
