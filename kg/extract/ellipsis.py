"""Comparisons whose verb or verdict stands in another clause.

Statistical summaries state one verdict and let it carry over to more
subjects, in general Dutch ways:

- gapping, the verb left out of a second clause: ``het gebruik van jeugdhulp
  ligt hoger dan gemiddeld, dat van de Wmo lager``, ``de werkloosheid is
  laag, de bijstandsafhankelijkheid eveneens``, ``…, het aandeel jongeren
  daaronder``;
- a part or a likewise-compared quantity after the verdict: ``…, vooral de
  jeugd-ggz``, ``(met name onder ouderen)``, ``…, net als het aantal
  uitkeringen``;
- a sentence that applies the verdict before it to named things: ``Dit geldt
  vooral voor de Wmo en de jeugdhulp``, ``Het gaat met name om …``.

Each subject is a :class:`~kg.extract.changes.Change` with the direction (and,
for a comparative, the reference) of the clause it leans on. Source: Dutch
grammar of coordination and ellipsis (Algemene Nederlandse Spraakkunst),
written without reading any profile.
"""

from __future__ import annotations

import re

from kg.extract.changes import Change, clause_start
from kg.extract.changewords import compared_with
from kg.extract.figureless import direction_of
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.prefixscan import search
from kg.extract.subjects import FINITE
from kg.extract.subjects import names_quantity as _quantity

#: Level words of an elliptic clause and of the clause it leans on.
_GAP_LEVEL = (
    r"hoger|lager|hoog|laag|groter|kleiner|groot|klein|beter|slechter|gunstiger|ongunstiger"
    r"|gunstig|ongunstig|meer|minder"
)
#: A clause with its verb and level: "Het gebruik van jeugdhulp ligt hoger dan gemiddeld".
_LEANED_ON = re.compile(
    r"\b(?:is|zijn|was|waren|ligt|liggen|lag|lagen|scoort|scoren|blijft|blijven)\s+"
    r"(?:[^\W\d][\w-]*\s+){0,4}?(?P<cmp>" + _GAP_LEVEL + r"|boven|onder|goed|slecht)\b"
    r"(?:\s+(?:het\s+)?(?P<ref>(?:dan|gemiddelde|landelijk)\b[^,;:.()]{0,60}))?",
    re.IGNORECASE,
)
#: The level word that ends an elliptic clause, right before the end of its clause.
_GAP_END = (
    r"(?P<cmp>" + _GAP_LEVEL + r"|eveneens|ook|eronder|daaronder|erboven|daarboven)"
    r"(?=\s*(?:[.;)]|$|,\s|\s+(?:en|maar)\b))"
)
#: An elliptic clause after it, its verb left out: ", dat van de Wmo lager", ", het aantal
#: bijstandsontvangers lager", "en het aandeel mensen met overgewicht laag", ", onder
#: ouderen juist laag", ", de bijstandsafhankelijkheid eveneens".
_GAPPED = re.compile(
    r"(?:,|;|\s(?:en|maar|terwijl))\s+(?P<what>(?:(?:dat|die)\s+(?:van|in|bij|onder)\s+"
    r"|(?:de|het)\s+|(?:onder|bij|voor)\s+)[^,;:.()]{1,60}?)\s+"
    r"(?:(?:juist|ook|wat|iets|veel|fors|duidelijk|daarentegen|wel|relatief)\s+)*" + _GAP_END,
    re.IGNORECASE,
)
#: The level word that ends every match of ``_GAPPED``: a sentence without one holds none,
#: and is not scanned (the level words begin with letters, found once per document).
_GAP_ENDS = re.compile(_GAP_END, re.IGNORECASE)
#: "eronder", "daarboven": below or above the reference of the clause before.
_THERE = {"eronder": "onder", "daaronder": "onder", "erboven": "boven", "daarboven": "boven"}
#: A part or a likewise-compared quantity after a comparison: ", vooral de jeugd-ggz",
#: "(met name onder ouderen)", ", net als het aantal uitkeringen", "; hetzelfde geldt voor X".
_FOLLOWER = re.compile(
    r"(?:[,(]\s*|\s)(?:(?P<part>vooral|met\s+name|in\s+het\s+bijzonder|zeker|voornamelijk"
    r"|hoofdzakelijk)|(?P<like>net\s+als|evenals|alsook|(?:en\s+)?(?:dat|dit|hetzelfde)\s+geldt"
    r"\s+(?:ook\s+|eveneens\s+)?voor))\s+(?P<what>(?!waar\b)[^,;:.()]{2,60}?)"
    r"(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)


def _leaned_on(text: str, floor: int, pos: int) -> re.Match | None:
    """The last clause with a verb and a level in ``text[floor:pos]`` (None for none)."""
    prior = None
    for p in prefixed_finditer(_LEANED_ON, text, floor, pos):
        prior = p
    return prior


def _verdict(prior: re.Match, word: str | None = None) -> tuple[str, str | None]:
    """The comparison of ``word`` (else of the clause leaned on) and the clause's reference.

    A comparative or "boven" / "onder" keeps the reference; a level ("laag") has none.
    """
    word = word or prior.group("cmp").lower()
    ref = prior.group("ref")
    ref = compared_with(ref) if ref and word.endswith(("er", "boven", "onder")) else None
    return direction_of(word), ref


def gapped(text: str, start: int, end: int) -> list[Change]:
    """A second subject whose verb the text leaves out: ", dat van de Wmo lager".

    The clause it leans on gives the verb, and, for "eveneens" or a
    comparative without its own "dan", the direction or the reference.

    Examples
    --------
    >>> s = "Het gebruik van jeugdhulp ligt hoger dan gemiddeld, dat van de Wmo lager."
    >>> [(c.subject, c.comparison, c.reference) for c in gapped(s, 0, len(s))]
    [('gebruik van de Wmo', 'lower', 'national average')]
    >>> s = "De werkloosheid is laag, de bijstandsafhankelijkheid eveneens."
    >>> [(c.subject, c.comparison) for c in gapped(s, 0, len(s))]
    [('de bijstandsafhankelijkheid', 'lower')]
    >>> gapped("Het aandeel ouderen is hoog en neemt verder toe.", 0, 48)
    []
    """
    out: list[Change] = []
    if search(_GAP_ENDS, text, start, end) is None:
        return out
    for m in _GAPPED.finditer(text, start, end):
        what = m.group("what")
        if FINITE.search(what):
            continue
        prior = _leaned_on(text, start, m.start())
        if prior is None:
            continue
        word = _THERE.get(m.group("cmp").lower(), m.group("cmp").lower())
        cmp, ref = _verdict(prior, None if word in ("eveneens", "ook") else word)
        head = clause_start(text, start, prior.start())
        before = text[head : prior.start()].split()
        what = _completed(what, before)
        if not (_quantity(what) or _quantity(" ".join(before))):
            continue
        out.append(Change(m.start("what"), m.end(), what, cmp, ref))
    return out


def followers(text: str, start: int, end: int) -> list[Change]:
    """A part or a likewise-compared quantity named after a comparison.

    Examples
    --------
    >>> s = "Het gebruik van jeugdhulp is hoger dan gemiddeld, vooral de jeugd-ggz."
    >>> [(c.subject, c.comparison, c.reference) for c in followers(s, 0, len(s))]
    [('de jeugd-ggz', 'higher', 'national average')]
    >>> s = "De werkloosheid is hoog, net als het aantal uitkeringen."
    >>> [(s[c.start : c.end], c.comparison) for c in followers(s, 0, len(s))]
    [('het aantal uitkeringen', 'higher')]
    >>> followers("Het gebruik is hoog, vooral omdat er veel ouderen wonen.", 0, 56)
    []
    >>> s = "Het gebruik ligt boven het landelijk niveau, vooral door de huishoudelijke hulp."
    >>> followers(s, 0, len(s))
    []
    """
    out: list[Change] = []
    for m in _FOLLOWER.finditer(text, start, end):
        what = m.group("what")
        if FINITE.search(what) or _NO_PART.match(what):
            continue
        prior = _leaned_on(text, start, m.start())
        if prior is None or _CLAUSE_BREAK.search(text, prior.end(), m.start()):
            continue
        cmp, ref = _verdict(prior)
        head = clause_start(text, start, prior.start())
        before = text[head : prior.start()].split()
        what = _completed(what, before)
        if m.group("like") and not _quantity(what):
            continue  # "net als andere gemeenten": a reference, not a second quantity
        out.append(Change(m.start("what"), m.end("what"), what, cmp, ref))
    return out


#: What opens no part of the quantity but a clause or a cause ("…, vooral omdat er veel ouderen
#: wonen", "…, vooral door de huishoudelijke hulp", "…, met name vanwege de vergrijzing"): the
#: reason the level stands where it does, not a second quantity (prepositions of cause, ANS).
_NO_PART = re.compile(
    r"(?:omdat|doordat|als|toen|bij\s+de\s+start|door|dankzij|vanwege|wegens|als\s+gevolg\s+van"
    r"|ten\s+gevolge\s+van|onder\s+invloed\s+van)\b",
    re.IGNORECASE,
)
#: What ends the clause a follower leans on: another clause with its own verb.
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:maar|terwijl|omdat|doordat|want)\b", re.IGNORECASE)


def _completed(what: str, before: list[str]) -> str:
    """The subject of an elliptic clause with the noun it leaves out put back."""
    words = what.split()
    nouns = [w for w in before if w.lower() not in ("de", "het", "een")]
    if words[0].lower() in ("dat", "die") and nouns:
        return " ".join([nouns[0], *words[1:]])  # "dat van de Wmo": the use of the Wmo
    if words[0].lower() in ("onder", "bij", "voor") and nouns:
        return " ".join([nouns[0], *words])  # "onder ouderen": unemployment among them
    return what


#: Degree words of an applied verdict.
_PART = (
    r"(?:(?:vooral|met\s+name|in\s+het\s+bijzonder|zeker|voornamelijk|hoofdzakelijk|zowel|ook"
    r"|eveneens|dan\s+vooral|onder\s+meer|bijvoorbeeld|met\s+uitzondering\s+van)\s+)*"
)
#: A sentence applying the verdict before it to named things: "Dit geldt vooral voor de Wmo
#: en de jeugdhulp", "Het gaat met name om jeugdhulp met verblijf", "Dat betreft vooral X".
_APPLIES = re.compile(
    r"\b(?:dit|dat|het|hetzelfde|deze|die)\s+(?:(?:geldt|gold|gelden|golden)\s+(?P<d1>"
    + _PART
    + r")(?:ook\s+|eveneens\s+)?voor|(?:betreft|betreffen|betrof)\s+(?P<d2>"
    + _PART
    + r")|(?:gaat|ging)\s+(?:het\s+)?(?P<d3>"
    + _PART
    + r")om|(?:zit|zat)\s+(?P<d4>"
    + _PART
    + r")(?:in|bij))\s+(?P<what>[^;:.()]{2,120}?)(?=\s*(?:[.;:)]|$))",
    re.IGNORECASE,
)
#: An item of a list, up to a comma or a joining word.
_ITEM = re.compile(r"(?:(?!\s*,|\s+(?:en/of|en|of|als)\s).)+")
_ITEM_LEAD = re.compile(
    r"^(?:(?:en/of|en|of|als)\s+)?(?:zowel\s+|ook\s+)?(?:(?:voor|bij|in|om|van)\s+)?",
    re.IGNORECASE,
)


def _item_span(text: str, item: re.Match, lead: re.Match | None) -> tuple[int, str]:
    """Where an item of a list starts, past its joining word, and its words."""
    s0 = item.start() + (lead.end() if lead else 0)
    raw = text[s0 : item.end()]
    return s0 + len(raw) - len(raw.lstrip()), raw.strip()


def applied(text: str, start: int, end: int) -> list[Change]:
    """The things a verdict of the clause or sentence before is applied to.

    Examples
    --------
    >>> s = "Het zorggebruik ligt hoger dan gemiddeld. Dit geldt voor de Wmo en de jeugdhulp."
    >>> t0 = s.index("Dit")
    >>> [(s[c.start : c.end], c.comparison, c.reference) for c in applied(s, t0, len(s))]
    [('de Wmo', 'higher', 'national average'), ('de jeugdhulp', 'higher', 'national average')]
    >>> applied("Het gaat goed. Dit geldt voor iedereen.", 15, 39)
    []
    """
    out: list[Change] = []
    for m in prefixed_finditer(_APPLIES, text, start, end):
        prior = _leaned_on(text, max(0, start - 250), m.start())
        if prior is None or text.count(". ", prior.end(), m.start()) > 1:
            continue
        head = clause_start(text, max(0, prior.start() - 120), prior.start())
        before = text[head : prior.start()]
        if not _quantity(before):
            continue
        cmp, ref = _verdict(prior)
        for item in _ITEM.finditer(text, m.start("what"), m.end("what")):
            lead = _ITEM_LEAD.match(item.group())
            s0, words = _item_span(text, item, lead)
            if not words or FINITE.search(words) or len(words.split()) > 6:
                continue
            out.append(Change(s0, s0 + len(words), words, cmp, ref))
    return out


#: Each rule with the key words one of which its every match holds.
RULES = (
    (
        ("hoger", "lager", "hoog", "laag", "groter", "kleiner", "groot", "klein", "beter")
        + ("slechter", "gunstig", "meer", "minder", "eveneens", "ook", "eronder", "daaronder")
        + ("erboven", "daarboven"),
        gapped,
    ),
    (
        ("vooral", "met name", "bijzonder", "zeker", "voornamelijk", "hoofdzakelijk", "net als")
        + ("evenals", "alsook", "geldt"),
        followers,
    ),
    (
        ("geldt", "gold", "gelden", "golden", "betreft", "betreffen", "betrof", " om ", "zit"),
        applied,
    ),
)
