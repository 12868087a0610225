"""Partners who work together in a group, named in a relative clause: they cooperate.

"de regio X, waarin de acht gemeenten A, B, C en D samenwerken", "het Werkgeversservicepunt
X, waarin de gemeenten en het UWV samenwerken", "de wijkteams, waarin medewerkers van A, B
en de thuiszorg samen optrekken": the parties of the clause work together with each other,
whatever the group they do it in (its membership is read by
:func:`kg.extract.grouplists.membership_lists`). Where the profile's municipality is one of
them, named or as "de gemeente(n)", it cooperates with each of the others; where it is not,
the first named party cooperates with each of the others ("waarin medewerkers van A, B en C
samenwerken"). Only municipalities, organisations and bodies are partners (a role, "de
thuiszorg", "het maatschappelijk werk", names no one). A clause with "met" ("waarin A met B
samenwerkt") is read by the cue rules, a negated one gives none.

Source: general Dutch: a relative clause with "waarin" / "waarbinnen" after a group and the
verb "samenwerken" (or "samen optrekken") with a plural subject, the coordinated parties
(ANS 10.3, 26.2); gold of the invented and study-style tuning profiles (every such clause
with a named partner gives ``cooperates-with``).

Examples
--------
>>> bool(gate("de regio x, waarin a en b samenwerken."))
True
>>> bool(gate("de regio x, waarin a en b zitting hebben."))
False
"""

from __future__ import annotations

import re

from kg.extract.cuerelations import Add
from kg.extract.jointwork import NEGATION
from kg.extract.relationsentence import Sentence

__all__ = ["gate", "wherein_partners"]

_F = re.IGNORECASE
#: The relative clause after its group (after a comma).
_WHEREIN = re.compile(r",\s+waar(?:in|binnen)\s+", _F)
#: Its verb of working together, at the clause's end.
_TOGETHER = re.compile(
    r"\bsamen(?:werken|werkt|werkten|werkte|\s+(?:werken|werkt|optrekken|optrekt))\b", _F
)
#: What ends the clause before its verb could: another sentence part or a bracket.
_BREAK = re.compile(r"[;:()]")
#: "met" in the clause: "waarin A met B samenwerkt" is read by the cue rules.
_WITH = re.compile(r"\bmet\b", _F)
#: The profile's municipality unnamed: "de gemeente", "de gemeenten", "alle (N) gemeenten".
_OWN = re.compile(r"\b(?:de|alle|onze)\s+(?:[\w-]+\s+){0,2}?gemeenten?\b", _F)
#: Kinds of mentions that are partners.
_PARTNERS = frozenset({"municipality", "organisation", "body"})
#: How far the verb may stand from "waarin" (characters).
_REACH = 240


def gate(low: str) -> bool:
    """Whether a document (lower case) may hold the clause: "waarin" or "waarbinnen" and
    "samen".

    Examples
    --------
    >>> gate("waarin a en b samen optrekken"), gate("waarin a en b zitten")
    (True, False)
    """
    return ("waarin" in low or "waarbinnen" in low) and "samen" in low


def wherein_partners(sen: Sentence, add: Add) -> None:
    """Add ``cooperates-with`` between the partners of each "…, waarin A en B samenwerken"
    of the sentence ``sen``.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "De regio R, waarin Teststad, Aa en Bee samenwerken."
    >>> ps = [M("m/teststad", "municipality", 19, 27, "Teststad", 0),
    ...       M("m/aa", "municipality", 29, 31, "Aa", 0),
    ...       M("m/bee", "municipality", 35, 38, "Bee", 0)]
    >>> sen = N(text=t, start=0, end=len(t), own="m/teststad", parties=ps,
    ...         between=lambda a, b: [p for p in ps if a <= p.start and p.end <= b])
    >>> found = []
    >>> wherein_partners(sen, lambda *r: found.append(r))
    >>> found
    [('cooperates-with', 'm/teststad', 'm/aa'), ('cooperates-with', 'm/teststad', 'm/bee')]
    """
    text = sen.text
    for rel in _WHEREIN.finditer(text, sen.start, sen.end):
        verb = _TOGETHER.search(text, rel.end(), min(sen.end, rel.end() + _REACH))
        if verb is None:
            continue
        a, b = rel.end(), verb.start()
        if _BREAK.search(text, a, b) or _WITH.search(text, a, b) or NEGATION.search(text, a, b):
            continue
        partners = [p.entity for p in sen.between(a, b) if p.kind in _PARTNERS]
        partners = list(dict.fromkeys(partners))
        if sen.own in partners or (partners and _OWN.search(text, a, b)):
            for other in partners:
                if other != sen.own:
                    add("cooperates-with", sen.own, other)
        elif len(partners) > 1:
            for other in partners[1:]:
                add("cooperates-with", partners[0], other)
