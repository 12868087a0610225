"""The subject of a comparison: what is compared, read from general Dutch grammar.

A comparison without a figure names what it compares in its subject. Three
grammatical cases are read here:

- coordinated noun phrases, each with its article: ``het aantal cliënten en de
  kosten`` (two quantities, compared alike), also ``zowel X als Y``; without a
  second article (``de gezondheid en redzaamheid``) it is one;
- the words of a subject, without its article and degree words (the measure
  phrase read for a measure);
- the subject after its verb, after a fronted phrase (Dutch inversion):
  ``In 2016 steeg het aantal cliënten``.
"""

from __future__ import annotations

import re

from kg.extract.changewords import QUANTITY
from kg.extract.direction import quantity_sign

ARTICLE = re.compile(r"^(?:de|het|een|dat|dit|deze|die)\s+", re.I)
_BOTH = re.compile(r"\bzowel\s+", re.IGNORECASE)
_BOTH_AND = re.compile(r"\s+als\s+(?=(?:de|het)\s)", re.IGNORECASE)
_COPULA_AFTER = re.compile(
    r"\s+(?:is|zijn|was|waren|wordt|worden|ligt|liggen|blijft|blijven)\b", re.IGNORECASE
)
#: The subject after its verb, up to the amount ("met 8%"), a conjunction or the clause's end.
_INVERTED = re.compile(
    r"\s+(?:(?:ook|nog|verder|fors|sterk|licht|flink|iets)\s+)*(?P<subject>(?:de|het)\s+"
    r"[^,;:.()]{1,60}?)(?=\s*(?:[,.;:)]|$)|\s+(?:met|tot|naar|van)\s+(?:\S+\s+)?[\d€]"
    r"|\s+(?:en|maar|door)\b)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\s+(?:met|tot|naar|van)\s+(?:\S+\s+)?[\d€]", re.IGNORECASE)


def measure_phrases(phrase: str) -> list[str]:
    """The measure phrases of a subject: one per coordinated noun phrase.

    Examples
    --------
    >>> measure_phrases("Het aandeel ouderen en de stapeling van voorzieningen ")
    ['aandeel ouderen', 'stapeling van voorzieningen']
    >>> measure_phrases("De werkloosheid daarentegen")
    ['werkloosheid']
    """
    phrase = re.sub(r"\s+(?:daarentegen|met name|vooral|ook|nog)\b", "", phrase.strip(" ,"))
    parts = re.split(r"\s+en\s+(?=(?:de|het)\s)", phrase)
    out = []
    for part in parts:
        words = ARTICLE.sub("", part.strip()).split()[:6]
        if words:
            out.append(" ".join(words))
    return out or [phrase]


def coordinated(subject: str) -> list[str]:
    """The quantities of a subject, one per coordinated noun phrase that names one.

    "het aantal cliënten en de kosten" are two quantities compared alike; "de
    gezondheid en redzaamheid" (no article) and "het aantal ouders en kinderen"
    (one quantity of two groups) are one.

    Examples
    --------
    >>> coordinated("Het aantal cliënten en de kosten van de zorg ")
    ['aantal cliënten', 'kosten van de zorg']
    >>> coordinated("het aantal ouders en kinderen")
    ['het aantal ouders en kinderen']
    >>> coordinated("Zowel het aantal ouderen als de kosten")
    ['aantal ouderen', 'kosten']
    """
    both = _BOTH.search(subject)
    if both:  # "zowel X als Y": as "X en Y"
        subject = _BOTH_AND.sub(" en ", subject[both.end() :])
    parts = measure_phrases(subject) if re.search(r"\sen\s+(?:de|het)\s", subject) else []
    parts = [_COPULA_AFTER.split(p, maxsplit=1)[0] for p in parts]  # the noun phrase only
    if len(parts) > 1 and all(QUANTITY.search(p) for p in parts):
        return parts
    return [subject]


def subject_of_verb(text: str, c0: int, start: int, end: int, ceiling: int) -> tuple[str, int]:
    """The subject of a verb of change at ``text[start:end]`` and the end of its quote.

    The clause before the verb (from ``c0``) names it, or, when that names no
    quantity, the noun phrase right after the verb does (an inversion), unless
    a figure after it states the change ("daalde het aantal X met 8%").

    Examples
    --------
    >>> t = "In 2016 steeg het aantal cliënten."
    >>> subject_of_verb(t, 0, 8, 13, len(t))
    ('het aantal cliënten', 33)
    >>> t = "In 2016 steeg het aantal cliënten met 8%."
    >>> subject_of_verb(t, 0, 8, 13, len(t))
    ('In 2016 ', 13)
    """
    before = text[c0:start]
    if QUANTITY.search(before):
        return before, end
    after = _INVERTED.match(text, end, ceiling)
    if after and QUANTITY.search(after.group("subject")) and not _AMOUNT.match(text, after.end()):
        return after.group("subject"), after.end("subject")
    return before, end


def names_quantity(words: str) -> bool:
    """True when ``words`` name a quantity (a quantity noun or a judged quantity).

    Examples
    --------
    >>> names_quantity("het aantal cliënten"), names_quantity("de gezondheid")
    (True, True)
    >>> names_quantity("het beleid")
    False
    """
    if QUANTITY.search(words):
        return True
    return any(quantity_sign(w.strip(".,;:()’'")) for w in words.split())


#: A finite verb: a segment holding one is a clause, not an item of a list.
FINITE = re.compile(
    r"\b(?:is|zijn|was|waren|ligt|liggen|lag|lagen|wordt|worden|werd|werden|blijft|blijven"
    r"|heeft|hebben|had|neemt|nemen|komt|komen|gaat|gaan|kent|kennen|telt|tellen|scoort|scoren)\b",
    re.IGNORECASE,
)
#: A subject whose last part closes a list: "… Wmo en bijstand", "… of de bijstand".
_LIST_END = re.compile(r"\s(?:en|of|en/of)\s", re.IGNORECASE)


def list_start(text: str, floor: int, start: int) -> int:
    """Where a subject starts when the clause at ``start`` closes a list begun before it.

    "Het gebruik van jeugdhulp, Wmo en bijstand ligt …": a clause start found
    after the last comma is moved back over the items before it (short
    segments without a verb), up to ``floor``.

    Examples
    --------
    >>> t = "Het gebruik van jeugdhulp, Wmo en bijstand ligt lager."
    >>> t[list_start(t, 0, t.index("Wmo")) :]
    'Het gebruik van jeugdhulp, Wmo en bijstand ligt lager.'
    >>> t = "Het gaat goed, de werkloosheid en de armoede zijn laag."
    >>> list_start(t, 0, t.index("de werk")) == t.index("de werk")
    True
    """
    verb = FINITE.search(text, start, min(len(text), start + 80))
    if verb is None or not _LIST_END.search(text, start, verb.start()):
        return start
    pos = start
    for _ in range(5):
        window = text[max(floor, pos - 64) : pos]
        before = re.search(r"(?:^|[,;:(.]\s*)([^,;:().]{1,60}),\s*$", window)
        if before is None:
            break
        item = before.group(1)
        if FINITE.search(item) or len(item.split()) > 6:
            break
        pos = pos - len(before.group()) + before.start(1) - before.start()
        if text[max(floor, pos - 2) : pos].strip() not in (",",):
            break
    return pos


_HEAD = re.compile(
    r"^(?:zowel\s+)?(?:(?:de|het)\s+)?(?P<head>(?:[\w-]+\s+){0,2}?(?:van|aan|voor|in|bij|onder|op)"
    r"\s+)(?P<rest>.+)$",
    re.IGNORECASE,
)


#: What separates the items of a list (a repeated preposition is left out).
ITEM_SEP = re.compile(
    r"\s*,\s*|\s+(?:en/of|en|of|als)\s+(?:(?:van|aan|voor|in|bij|onder|op)\s+)?", re.IGNORECASE
)


#: A plural verb: its coordinated subject names several things.
PLURAL_VERB = re.compile(
    r"\s*(?:zijn|waren|liggen|lagen|blijven|bleven|scoren|scoorden|komen|kwamen|nemen|namen)\b",
    re.IGNORECASE,
)


def enumerated(subject: str, plural: bool = False) -> list[str]:
    """The subjects of an enumeration: three or more items, or two before a plural verb.

    Each item is short and holds no verb; without its article ("Werkloosheid,
    bijstand en armoede liggen hoger"). Two items before a singular verb are
    one quantity ("het aandeel ouderen en jongeren is hoog").

    Examples
    --------
    >>> enumerated("Werkloosheid, bijstandsafhankelijkheid en armoede ")
    ['Werkloosheid', 'bijstandsafhankelijkheid', 'armoede']
    >>> enumerated("Jeugdhulp en Wmo-gebruik", plural=True)
    ['Jeugdhulp', 'Wmo-gebruik']
    >>> enumerated("het aandeel ouderen en jongeren")
    []
    """
    text = re.sub(r"^\s*zowel\s+", "", " ".join(subject.split()))
    items = [i.strip(" ,") for i in ITEM_SEP.split(text)]
    if len(items) < (2 if plural else 3) or len(items) > 8 or not _plain_items(items):
        return []
    return items


def _plain_items(items: list[str]) -> bool:
    """Whether every item of a list is a short phrase without a finite verb.

    Examples
    --------
    >>> _plain_items(["jeugdhulp", "de Wmo"]), _plain_items(["jeugdhulp", "de Wmo is hoog"])
    (True, False)
    """
    return all(i and len(i.split()) <= 5 and not FINITE.search(i) for i in items)


def list_items(subject: str) -> list[str]:
    """The quantities of a subject that lists what one quantity noun measures.

    "het gebruik van jeugdhulp, Wmo en bijstand" is the use of three things;
    empty when the subject lists nothing (or its head names no quantity).

    Examples
    --------
    >>> list_items("Het gebruik van jeugdhulp, Wmo en bijstand ")
    ['gebruik van jeugdhulp', 'gebruik van Wmo', 'gebruik van bijstand']
    >>> list_items("zowel het gebruik van jeugdhulp als van de Wmo")
    ['gebruik van jeugdhulp', 'gebruik van de Wmo']
    >>> list_items("het aantal cliënten")
    []
    """
    m = _HEAD.match(" ".join(subject.split()))
    if m is None or not QUANTITY.match(m.group("head")):
        return []
    rest = re.sub(r"^(?:van|aan|voor|in|bij|onder|op)\s+", "", m.group("rest"))
    rest = _COPULA_AFTER.split(rest, maxsplit=1)[0]
    items = [i.strip(" ,") for i in ITEM_SEP.split(rest)]
    if len(items) < 2 or not _plain_items(items):
        return []
    return [m.group("head") + i for i in items]
