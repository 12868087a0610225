"""Verdicts in brackets after a topic: "demografie (veel jongeren)", "(bovengemiddeld)".

A profile's summary often names a topic and gives its standing in brackets,
without a verb: ``vanwege de demografie (veel jongeren)``, ``de sociaaleconomische
situatie (bovengemiddeld)``, ``de financiën sociaal domein (een hoge uitkering
per inwoner)``, ``(ongunstig)``, ``(gemiddeld)``, ``(onder het landelijk
gemiddelde)``, and the demographic trends ``(krimp en vergrijzing)``. Each is a
:class:`~kg.extract.changes.Change` whose subject is the bracket's noun (``veel
jongeren``: the young) or, for a bare verdict, the topic before the bracket.
General Dutch of report summaries; each pattern reads one bracket.
"""

from __future__ import annotations

import re

from kg.extract.changes import Change
from kg.extract.changewords import reference_in

#: A verdict in brackets after a topic of one or two words.
_PAREN = re.compile(
    r"(?P<topic>\b[\wÀ-ÿ-]+(?:\s+[\wÀ-ÿ-]+)?)\s*\(\s*(?:een\s+)?(?P<cmp>veel|weinig|hoge?|lage?"
    r"|hoger|lager|bovengemiddeld|ondergemiddeld|gemiddeld|gunstig|ongunstig|gunstiger"
    r"|ongunstiger|(?:boven|onder)(?=\s+het\s+(?:\w+\s+)?(?:gemiddelde|niveau)))"
    r"\b(?P<rest>[^()]{0,120})\)",
    re.IGNORECASE,
)
_WORDS = {"veel": "more", "weinig": "lower", "hoge": "higher", "hoog": "higher", "hoger": "higher"}
_WORDS.update(lage="lower", laag="lower", lager="lower", bovengemiddeld="higher")
_WORDS.update(ondergemiddeld="lower", gemiddeld="equal", boven="higher", onder="lower")
_WORDS.update(gunstig="better", gunstiger="better", ongunstig="worse", ongunstiger="worse")
#: Verdicts about the topic itself, not about a noun in the bracket.
_ON_TOPIC = frozenset(
    ("hoger", "lager", "bovengemiddeld", "ondergemiddeld", "gemiddeld", "boven", "onder")
    + ("gunstig", "gunstiger", "ongunstig", "ongunstiger")
)
#: Demographic trends in brackets: "(krimp en vergrijzing)", "(sterke vergrijzing)".
_TRENDS = re.compile(
    r"\(\s*(?P<items>(?:(?:een\s+)?(?:(?:sterke|forse|snelle|bovengemiddelde)\s+)?"
    r"(?:bevolkings)?(?:krimp|vergrijzing|ontgroening|daling|groei)(?:\s*,\s*|\s+en\s+)?)+)\)",
    re.IGNORECASE,
)
_TREND_WORD = re.compile(r"(?:bevolkings)?(?P<w>krimp|vergrijzing|ontgroening|daling|groei)", re.I)
#: What each trend changes, and which way.
_TREND_OF = {
    "krimp": ("inwoners", "lower"),
    "daling": ("inwoners", "lower"),
    "groei": ("inwoners", "higher"),
    "vergrijzing": ("vergrijzing", "higher"),
    "ontgroening": ("jongeren", "lower"),
}
_ARTICLE = re.compile(r"^(?:de|het|een)\s+", re.IGNORECASE)
#: A figure opening a bracket's rest: "(gemiddeld 45 …)", "(gemiddeld € 600 …)".
_FIGURE = re.compile(r"(?:€\s*)?\d")
_LAST_ARTICLE = re.compile(r"(?:^|\s)(?:de|het|een|dit|dat|deze|die)$", re.IGNORECASE)


def bracketed_verdicts(text: str, start: int, end: int) -> list[Change]:
    """The verdicts in brackets after a topic in ``text[start:end]``.

    Examples
    --------
    >>> s = "vanwege de demografie (veel jongeren) en de sociaaleconomische situatie (gemiddeld)"
    >>> [(c.subject, c.comparison, c.reference) for c in bracketed_verdicts(s, 0, len(s))]
    [('jongeren', 'more', None), ('sociaaleconomische situatie', 'equal', 'national average')]
    >>> s = "De gemeente vraagt een (hoge) eigen bijdrage"
    >>> bracketed_verdicts(s, 0, len(s))
    []
    """
    out: list[Change] = []
    for m in _PAREN.finditer(text, start, end):
        topic = m.group("topic")
        if _LAST_ARTICLE.search(topic):
            continue  # "De (hoge) eigen bijdrage": an aside on the noun after it, no verdict
        word = m.group("cmp").lower()
        rest = m.group("rest").strip()
        if word == "gemiddeld" and _FIGURE.match(rest):
            continue  # "(gemiddeld 45 huishoudens per generalist)": on average, no verdict
        subject = topic if word in _ON_TOPIC or not rest else _ARTICLE.sub("", rest)
        ref = reference_in(word + " " + m.group("rest"))
        if word == "gemiddeld" and not rest:
            ref = "national average"
        out.append(Change(m.start(), m.end(), subject, _WORDS[word], ref))
    for m in _TRENDS.finditer(text, start, end):
        ref = reference_in(m.group("items"))  # "(een bovengemiddelde vergrijzing)"
        for item in _TREND_WORD.finditer(m.group("items")):
            subject, cmp = _TREND_OF[item.group("w").lower()]
            out.append(Change(m.start(), m.end(), subject, cmp, ref))
    return out
