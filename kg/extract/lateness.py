"""Delay: a clause that says something comes only late or takes long.

"Pas" before a late time ("pas maanden later", "pas na drie maanden", "pas in
2016"), or before a clause of what had already happened ("pas als het besluit al
genomen is"), having to wait ("moeten maanden wachten") and taking long ("het
duurt lang") say that help, money or information came too late: a shortfall, read
by :func:`kg.extract.cueless.excess_or_delay` in a clause with no cue covering it.
Moved out of :mod:`kg.extract.implied`, which re-exports it.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import finditer

#: "pas" before a time that comes late: "pas maanden later", "pas (erg) laat"; having to
#: wait ("moeten maanden wachten", "lang wachten").
_LATE = re.compile(
    r"\bpas\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:later|laat)\b"
    # only after a stretch of time: "pas na drie maanden", "pas na een half jaar"
    r"|\bpas\s+na\s+(?:[\w-]+\s+){0,2}?(?:(?:tot|à|a)\s+[\w-]+\s+)?"
    r"(?:dagen|weken|maanden|jaar|jaren|tijd)\b"  # a range: "pas na tien tot twaalf weken"
    # not until a year or a season: "zijn elkaar pas in 2016 gaan opzoeken"
    r"|\bpas\s+(?:in|sinds|vanaf|per|eind|begin|medio)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:19|20)\d\d|najaar|voorjaar|zomer|winter)\b"
    # not until something has already happened: "krijgen de stukken pas als het besluit al
    # genomen is", "komen pas wanneer de deurwaarder al voor de deur staat"
    r"|\bpas\s+(?:[\w-]+\s+){0,3}?(?:als|wanneer|nadat|zodra)\s+(?:[\w-]+\s+){0,8}?al\b"
    # only afterwards: "de raad wordt vooral achteraf geïnformeerd", "pas achteraf gehoord",
    # "zien vooral een rol achteraf" (not "achteraf bezien", in hindsight)
    r"|\b(?:pas|vooral|alleen|meestal|steeds)\s+(?:[\w-]+\s+){0,2}?achteraf\b"
    r"|\b(?:moet|moeten|moest|moesten|lang|lange\s+tijd)\s+(?:[\w-]+\s+){0,4}?wachten\b"
    # months or years of waiting before the verb: "maanden op een woning wachten"
    r"|\b(?:maanden|maandenlang|jaren|jarenlang)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:wachten|wacht|wachtte|wachtten)\b"
    # what should have come earlier, a counterfactual obligation ("had ons een halfjaar
    # eerder moeten zien", "had eerder moeten ingrijpen"): it came late
    r"|\b(?:had|hadden)\s+(?:[\w-]+\s+){0,5}?eerder\s+(?:[\w-]+\s+){0,2}?moeten\b"
    # taking long: "de indicatie duurt erg lang", "het duurt lang voordat …" (not "niet lang")
    r"|\b(?:duurt|duren|duurde|duurden)\s+(?:(?!niet\b)[\w-]+\s+){0,5}?(?:lang|langer)\b"
    # waiting months, or five weeks or more (beyond the four weeks of the Treeknormen, the
    # Dutch norms for access to care): "wachten kinderen gemiddeld elf weken op hulp", also
    # with the subject and a place between, as a fronted adverbial puts them ("volgens hem
    # wachten ouders in Tiel vaak vijf maanden"), four or five words not past what is waited
    # for ("wachten op de cijfers van dit jaar")
    r"|\b(?:wacht|wachten|wachtte|wachtten)\s+(?:(?:(?!niet\b)[\w-]+\s+){0,3}?"
    r"|(?:(?!(?:niet|op|van)\b)[\w-]+\s+){4,5}?)"
    r"(?:(?:[5-9]|\d\d+|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien)\s+weken"
    r"|(?:[\w-]+\s+)?(?:maanden|maand|jaar|jaren))\b",
    re.IGNORECASE,
)


def late(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that say something comes only late ("pas maanden later", "moeten … wachten").

    Examples
    --------
    >>> s = "De declaraties komen pas maanden later binnen."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['pas maanden later']
    >>> s = "Ouders moeten drie maanden wachten op hulp."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['moeten drie maanden wachten']
    >>> late("Het werk begint pas na de overdracht.", 0, 36)
    []
    >>> s = "De indicatie kwam pas na drie maanden."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['pas na drie maanden']
    >>> late("Niemand hoeft lang te wachten.", 0, 30)
    []
    >>> s = "Dit gezin had ons een jaar eerder moeten bellen."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['had ons een jaar eerder moeten']
    >>> s = "Volgens de bond wachten ouders in Zwolle gemiddeld zeven maanden op een plek."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['wachten ouders in Zwolle gemiddeld zeven maanden']
    >>> late("Wij wachten op de cijfers van dit jaar.", 0, 38)
    []
    >>> s = "Cliënten zeggen dat zij maanden op een woning wachten."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['maanden op een woning wachten']
    >>> s = "De raad krijgt de stukken pas als het besluit al genomen is."
    >>> [s[a:b] for a, b in late(s, 0, len(s))]
    ['pas als het besluit al']
    >>> [s[a:b] for a, b in late(s, 0, s.index("als"))]
    ['pas']
    >>> s = "De raad wordt vaak pas gevraagd als het beleid al vastligt."
    >>> [s[a:b] for a, b in late(s, 0, s.index("als"))]
    ['pas']
    """
    found = [
        (m.start(), m.end())
        for m in finditer(_LATE, text, start, end)
        if _SHORT.isdisjoint(w for _, _, w in neg.words(text, start, m.end()))
    ]
    # "pas" (and at most three words, as in the pattern: "pas gevraagd") closing the clause
    # before its "als" clause (the clauses are cut at "als")
    if text.find("pas", max(start, end - 40), end) >= 0 and _UNTIL_ALREADY.match(text, end):
        tail = _PAS_CLOSING.search(text, max(start, end - 40), end)
        if tail is not None:
            found.append((tail.start(), tail.start() + 3))
    return found


#: "pas" and at most three words closing a clause ("… pas", "… pas gevraagd").
_PAS_CLOSING = re.compile(r"\bpas(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


#: The "als" clause of a "pas" that closed the clause before it, with "al": "… pas | als het
#: besluit al genomen is".
_UNTIL_ALREADY = re.compile(
    r"\s*(?:als|wanneer|nadat|zodra)\s+(?:[\w-]+\s+){0,8}?al\b", re.IGNORECASE
)


#: Words that make a wait short: "hoeven niet lang te wachten", "niemand hoeft lang te
#: wachten", "minder lang wachten".
_SHORT = (neg.NEGATORS - {"zonder"}) | {"minder", "hoeft", "hoeven"}


#: "pas" before a date: not until then ("pas in 2016", "pas in de loop van 2016").
_NOT_UNTIL_DATE = re.compile(r"pas\s+(?:in|sinds|vanaf|per|eind|begin|medio)\b", re.IGNORECASE)


def withheld(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a good came too late to count ("kregen pas laat
    duidelijkheid", "moeten maanden wachten op hulp"): a delay that is not only a date.

    A good that came "pas in" a date ("de samenwerking kwam pas in 2016 op gang", "pas in
    de zomer van 2014 kwam er ruimte") came: it is granted, and its date is the
    counterweight (the claim is mixed), so that alone withholds nothing.

    Examples
    --------
    >>> withheld("Zij kregen pas laat duidelijkheid.", 0, 34)
    True
    >>> withheld("De samenwerking kwam pas in 2016 op gang.", 0, 41)
    False
    """
    return any(not _NOT_UNTIL_DATE.match(text, a) for a, _b in late(text, start, end))
