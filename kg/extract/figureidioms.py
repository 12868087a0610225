"""Figure-less levels in set phrases of Dutch statistics prose.

More forms in which a report states a level without a figure, each a
:class:`~kg.extract.changes.Change` read by :mod:`kg.extract.contrasts` with
the rules of :mod:`kg.extract.figureless`:

- a degree put first, the verb and "er" between it and its quantifier:
  ``naar verhouding wonen er veel ouderen``, ``verhoudingsgewijs zijn er weinig
  jongeren``, ``meer dan gemiddeld wonen er ouderen in de kernen``;
- a place lagging behind on a domain: ``de gemeente blijft achter bij de regio
  wat betreft arbeidsparticipatie``, ``op het gebied van werkgelegenheid blijft
  de gemeente achter`` (the domain is what is low; the place is the subject);
- money left over or short without its amount: ``op de Wmo bleef geld over``,
  ``de gemeente hield geld over``, ``voor de jeugdhulp kwam de gemeente geld
  tekort`` (a surplus or a deficit).

Ageing named as a trait ("een vergrijsde gemeente") characterises the place and is
no observation (the figure that states it is).

Source: general Dutch of statistics and policy reports (CBS, SCP,
waarstaatjegemeente.nl), written without reading any profile. Every
pattern is bounded and tried only on sentences holding its key words.
"""

from __future__ import annotations

import re

from kg.extract.changes import Change, clause_start
from kg.extract.changewords import compared_with
from kg.extract.prefixscan import finditer
from kg.extract.subjects import names_quantity

__all__ = ["RULES", "fronted_degrees", "lagging_on", "left_over"]

#: What stands before a clause that opens with its degree.
_OPENINGS = (", ", ". ", "; ", ": ", "(")
#: A verb of being, living or having between a fronted degree and its quantifier.
_VERB = (
    r"(?:wonen|woonden|zijn|waren|leven|leefden|werken|werkten|zitten|zaten|telt|tellen"
    r"|heeft|hebben|kent|kennen)"
)
#: A degree put first: "Naar verhouding wonen er veel ouderen (in de kernen)", "Meer dan
#: gemiddeld wonen er ouderen"; the quantifier names how many, the degree that it is relative.
_FRONTED = re.compile(
    r"\b(?:(?P<deg>relatief|naar\s+verhouding|verhoudingsgewijs|in\s+verhouding)\s+"
    + _VERB
    + r"\s+(?:er\s+)?(?:(?:in|binnen)\s+(?:de\s+|het\s+)?[\w-]+\s+)?(?P<cmp>veel|weinig)"
    r"|(?P<than>meer|minder)\s+dan\s+(?P<ref>gemiddeld|landelijk|elders|in\s+de\s+regio)\s+"
    + _VERB
    + r"(?:\s+er)?)\s+(?P<what>(?:[^\W\d][\w-]*e\s+)?(?:\d+-)?[^\W\d][\w-]*(?:en|s)\b"
    r"(?:\s+met\s+(?:een\s+)?[^\W\d][\w-]*)?)",
    re.IGNORECASE,
)
#: The heads of the groups of people (or homes) a fronted degree counts: a compound counts
#: by its head ("eenpersoonshuishoudens", "75-plussers"); "veel vragen" counts no group.
_GROUP_HEADS = (
    "mensen",
    "personen",
    "inwoners",
    "bewoners",
    "huishoudens",
    "gezinnen",
    "ouderen",
    "jongeren",
    "jeugdigen",
    "kinderen",
    "volwassenen",
    "alleenstaanden",
    "plussers",
    "werklozen",
    "gerechtigden",
    "mantelzorgers",
    "statushouders",
    "cliënten",
    "opgeleiden",
    "woningen",
    "ontvangers",
    "gebruikers",
)
_FRONTED_CMP = {"veel": "more", "weinig": "lower", "meer": "more", "minder": "less"}
#: A domain named after or before "achter blijven": "wat betreft X", "op het gebied van X".
_DOMAIN = r"(?:(?:voor\s+)?wat\s+betreft|op\s+het\s+gebied\s+van|als\s+het\s+gaat\s+om|qua)"
_LAG = r"(?:blijft|blijven|bleef|bleven|loopt|lopen|liep|liepen)"
_LAG_AFTER = re.compile(
    r"\b" + _LAG + r"\s+(?:(?:nog|duidelijk|sterk|wat|iets|ook|fors)\s+)*achter\b"
    r"(?:\s+(?:bij|op)\s+(?P<ref>[^,;:.()]{1,50}?))?\s*,?\s+"
    + _DOMAIN
    + r"\s+(?P<what>[^,;:.()]{1,50}?)(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)
_LAG_FIRST = re.compile(
    r"\b(?:(?:voor\s+)?wat\s+(?P<what>[^,;:.()]{1,50}?)\s+betreft"
    r"|(?:op\s+het\s+gebied\s+van|als\s+het\s+gaat\s+om|qua|(?:voor\s+)?wat\s+betreft)\s+"
    r"(?P<what2>[^,;:.()]{1,50}?))\s*,?\s+"
    + _LAG
    + r"\s+[^,;:.()]{1,40}?\s+achter\b(?:\s+(?:bij|op)\s+(?P<ref>[^,;:.()]{1,50}?))?"
    r"(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)
#: Money left over or short: "bleef er geld over", "hield geld over", "kwam geld tekort",
#: "bleef in 2015 geld over"; the participle: "is er geld overgebleven", "geld overgehouden".
_LEFT_OVER = re.compile(
    r"\b(?:bleef|blijft|blijven|bleven|hield|hielden|houdt|houden|kwam|kwamen|komt|komen)\s+"
    r"(?:(?:er|de\s+gemeente|zij|ze|wij|we|nog|wel|ook|juist|flink|veel|wat|iets"
    r"|in\s+(?:19|20)\d\d)\s+){0,3}"
    r"geld\s+(?P<what>over|tekort)\b"
    r"|\bgeld\s+(?P<what2>over)(?:gebleven|gehouden)\b",
    re.IGNORECASE,
)


def fronted_degrees(text: str, start: int, end: int) -> list[Change]:
    """A degree put first in its clause, its quantifier after the verb.

    Examples
    --------
    >>> s = "Naar verhouding wonen er veel ouderen in de gemeente."
    >>> [(c.subject, c.comparison, c.reference) for c in fronted_degrees(s, 0, len(s))]
    [('ouderen', 'more', None)]
    >>> s = "Meer dan gemiddeld wonen er jongeren in de kernen."
    >>> [(c.subject, c.comparison, c.reference) for c in fronted_degrees(s, 0, len(s))]
    [('jongeren', 'more', 'national average')]
    >>> fronted_degrees("Het is relatief veel werk.", 0, 26)
    []
    """
    out: list[Change] = []
    for m in finditer(_FRONTED, text, start, end):
        opening = m.start() == start or text[max(start, m.start() - 2) : m.start()] in _OPENINGS
        if not opening:
            continue  # "In X wonen relatief veel …" is read where the degree follows the verb
        head = m.group("what").lower().split(" met ")[0].split()[-1]  # "mensen met een …"
        if not head.endswith(_GROUP_HEADS):
            continue  # "relatief zijn er veel vragen": no group counted
        word = (m.group("cmp") or m.group("than")).lower()
        ref = compared_with("dan " + m.group("ref")) if m.group("ref") else None
        out.append(Change(m.start(), m.end(), m.group("what"), _FRONTED_CMP[word], ref))
    return out


def lagging_on(text: str, start: int, end: int) -> list[Change]:
    """A place lagging behind on a domain: the domain's level is low.

    Examples
    --------
    >>> s = "De gemeente blijft achter bij de regio wat betreft arbeidsparticipatie."
    >>> [(c.subject, c.comparison, c.reference) for c in lagging_on(s, 0, len(s))]
    [('arbeidsparticipatie', 'lower', 'region')]
    >>> s = "Op het gebied van werkgelegenheid blijft de gemeente achter."
    >>> [(c.subject, c.comparison) for c in lagging_on(s, 0, len(s))]
    [('werkgelegenheid', 'lower')]
    >>> s = "Wat betreft de planning blijft het project achter."
    >>> lagging_on(s, 0, len(s))
    []
    """
    out: list[Change] = []
    for m in finditer(_LAG_AFTER, text, start, end):
        if names_quantity(m.group("what")):
            ref = compared_with("dan " + m.group("ref")) if m.group("ref") else None
            c0 = clause_start(text, start, m.start())
            out.append(Change(c0, m.end(), m.group("what"), "lower", ref))
    for m in finditer(_LAG_FIRST, text, start, end):
        what = m.group("what") or m.group("what2")
        if names_quantity(what):
            ref = compared_with("dan " + m.group("ref")) if m.group("ref") else None
            out.append(Change(m.start(), m.end(), what, "lower", ref))
    return out


def left_over(text: str, start: int, end: int) -> list[Change]:
    """Money left over or short without its amount: a surplus or a deficit.

    Examples
    --------
    >>> s = "Op de Wmo bleef geld over."
    >>> [(s[c.start : c.end], c.subject) for c in left_over(s, 0, len(s))]
    [('Op de Wmo bleef geld over', 'overschot')]
    >>> s = "Voor de jeugdhulp kwam de gemeente geld tekort."
    >>> [c.subject for c in left_over(s, 0, len(s))]
    ['tekort']
    """
    out: list[Change] = []
    for m in finditer(_LEFT_OVER, text, start, end):
        c0 = clause_start(text, start, m.start())
        what = "overschot" if (m["what"] or m["what2"]).lower() == "over" else "tekort"
        out.append(Change(c0, m.end(), what, None))
    return out


#: Each rule with the key words one of which its every match holds.
RULES = (
    (("relatief", "verhouding", "verhoudingsgewijs", "gemiddeld", "landelijk"), fronted_degrees),
    (("elders", "regio"), fronted_degrees),
    (("achter",), lagging_on),
    (("geld over", "geld tekort"), left_over),
)
