"""Whether a number word counts: a slogan, a pronoun or an idiom does not; a gapped list does.

:func:`kg.extract.numbers.find_numbers` asks :func:`slogan_or_pronoun` of each number word
it reads ("de één", "één loket", "op één lijn", "per vier
weken") and :func:`counts_without_noun` of a number word before a function word that counts
all the same ("alle vier de gemeenten", "acht aanbieders voor begeleiding en zes voor …").
The word lists are the lexicon of :mod:`kg.extract.numberwords`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.changewords import FINITE
from kg.extract.numberwords import DISCOURSE_NOUNS, ONE_IDIOMS

# Patterns of slogan_or_pronoun, compiled once (they run per number word).
#: A fixed expression around "één" ("op één lijn"): the words before and after it.
_IDIOM_BEFORE = re.compile(
    rf"\b(?:{'|'.join({i.split()[0] for i in ONE_IDIOMS})})\s+$", re.IGNORECASE
)
_IDIOMS = frozenset(" ".join((i.split()[0], i.split()[2])) for i in ONE_IDIOMS)

#: What separates the "één" of a slogan from another clause's: a colon, a semicolon, a
#: bracket or a quote mark (a comma joins the parts of "één gezin, één plan").
_CLAUSE_MARK = re.compile(r"[:;()\"“”‘’]")
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het)\s+$", re.I)
_ONE_WORD = re.compile(r"\b(?:é[ée]n|eén)\b", re.IGNORECASE)


def slogan_or_pronoun(text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """True for a number word that names no amount: a pronoun ("de één"), a slogan or
    principle ("één gezin, één plan": another "één" in the same clause; a lone "één loket"
    counts), one item of what is said ("één ding is zeker"), a negated one ("niet één
    klacht"; a denied one before an arrangement, "niet in één product", counts) or the one
    of a kind of case that grows more frequent ("steeds vaker door één oudere bewoond"); also
    the denominator of a rate ("€ 17,50 per vier weken") and a decade ("in de jaren zeventig").

    Examples
    --------
    >>> s = "Eén ding is zeker: er zijn drie teams."
    >>> slogan_or_pronoun(s, 0, 3, 0, len(s)), slogan_or_pronoun(s, 27, 31, 0, len(s))
    (True, False)
    >>> s = "Dat kost € 17,50 per vier weken, als in de jaren zeventig."
    >>> [slogan_or_pronoun(s, s.index(w), s.index(w) + len(w), 0, 60) for w in ("vier", "zeventig")]
    [True, True]
    >>> s = "Het motto is één gezin, één plan."
    >>> [slogan_or_pronoun(s, m.start(), m.end(), 0, len(s)) for m in _ONE_WORD.finditer(s)]
    [True, True]
    >>> s = "Er is nu één loket voor zorg en werk."
    >>> slogan_or_pronoun(s, 9, 12, 0, len(s))
    False
    """
    if _RATE_OR_DECADE.search(text, max(floor, start - 7), start):
        return True  # "per vier weken": the span a rate is stated for; "de jaren zeventig"
    word = text[start:end]
    if word.lower() not in {"één", "eén"}:
        return False
    if _ARTICLE_BEFORE.search(text[max(floor, start - 8) : start]):
        return True  # "de één": a pronoun
    if _DISCOURSE_ONE.match(text[end : end + 30]):
        return True  # "één ding is zeker": one item of what is said ("één punt hoger" counts)
    if _idiom(text, start, end, floor):
        return True  # "op één lijn zitten": a fixed expression, no count
    before = text[max(floor, start - 60) : start]
    if _NEGATED_ONE.search(before):
        return True  # "niet één klacht": not a single one, no count of one
    if _TREND_BEFORE.search(CLAUSE_CUT.split(before)[-1]):
        return True  # "worden steeds vaker door één oudere bewoond": a kind of case, no count
    # "één gezin, één plan": a slogan; "één" alone before the same nouns counts ("voor één
    # gezin", "in één loket"), and so does one past a colon or quote mark ("koos voor één
    # toegang: 'je hoeft maar één keer …'")
    near = _CLAUSE_MARK.split(text[max(floor, start - 40) : start])[-1]
    near += _CLAUSE_MARK.split(text[end : min(ceiling, end + 40)])[0]
    return _ONE_WORD.search(near) is not None


def _idiom(text: str, start: int, end: int, floor: int) -> bool:
    """Whether "één" at ``text[start:end]`` is part of a fixed expression ("op één lijn").

    Examples
    --------
    >>> s = "Zes gemeenten in één adem, op één lijn; aan één tafel."
    >>> [_idiom(s, m.start(), m.end(), 0) for m in re.finditer("één", s)]
    [True, True, False]
    """
    before = _IDIOM_BEFORE.search(text, max(floor, start - 8), start)
    if before is None:
        return False
    after = _NEXT_WORD.match(text, end)
    return bool(
        after and f"{before.group(0).split()[0].lower()} {after.group(1).lower()}" in _IDIOMS
    )


_NEXT_WORD = re.compile(r"\s+([^\W\d]+)")
#: "per" or "jaren" right before a number word: a rate's denominator or a decade.
_RATE_OR_DECADE = re.compile(r"\b(?:per|jaren)\s+$", re.IGNORECASE)
#: A noun of discourse after "één", not a difference ("één punt hoger" is one of points).
_DISCOURSE_ONE = re.compile(
    rf"\s+(?:{'|'.join(DISCOURSE_NOUNS)})\b(?!\s+(?:hoger|lager|boven|onder|meer|minder)\b)",
    re.IGNORECASE,
)
#: "niet één" right after the negation: not a single one, no count of one. A denied "één"
#: before an arrangement ("niet met één loket op te lossen", "niet in één product passen")
#: counts 1 (gold README, thirty-ninth session, point 12; thirty-third session, decision 8).
_NEGATED_ONE = re.compile(r"\bniet\s+$", re.IGNORECASE)
#: A frequency or trend earlier in the clause: what "één" qualifies is the kind of case that
#: grows more or less frequent ("steeds vaker door één oudere bewoond", "vaker één ouder").
_TREND_BEFORE = re.compile(r"\b(?:steeds\s+(?:vaker|meer|minder)|vaker|minder\s+vaak)\b", re.I)
#: What ends a clause within a sentence (shared with :mod:`kg.extract.notfigures`).
CLAUSE_CUT = re.compile(r"[,;:()]")


#: "alle vier de gemeenten": all of a counted group.
_ALL_OF = re.compile(r"\balle\s+$", re.IGNORECASE)
#: A noun left out after a list's joint: "acht aanbieders voor begeleiding en zes voor …".
_GAPPED = re.compile(r"(?:[,:]|\ben|\bof|\bmaar)\s+$", re.IGNORECASE)
_GAP_NEXT = frozenset(("voor", "in", "bij", "op", "uit", "met", "van", "aan", "per"))
#: A later moment opening a clause with nothing but the count after it: "zes teams, halverwege
#: 2016 elf", "…; een jaar later negen", "en in 2016 twaalf" (the verb and noun left out).
_GAPPED_MOMENT = re.compile(
    r"(?:[,;]|\ben)\s+(?:(?:in|eind|begin|medio|halverwege)\s+(?:19|20)\d\d"
    r"|(?:een|één|twee|drie)\s+jaar\s+(?:later|daarna|erna))\s+(?:(?:nog|al|ruim|bijna|maar)\s+)?$",
    re.IGNORECASE,
)


def counts_without_noun(before: str, nxt: re.Match | None, value: Decimal, counted: bool) -> bool:
    r"""A number word before a function word that counts all the same.

    "alle vier de gemeenten" counts the group; "acht aanbieders voor
    begeleiding en zes voor huishoudelijke hulp" counts the noun of the count
    before it (left out, as Dutch gapping leaves it; ``counted``: the sentence
    counted a noun before), as does one after a later moment ("zes teams, eind 2016 elf");
    so does "één" after such a count ("vijf teams, één per gebied",
    "vier teams: drie voor de dorpen en één voor de stad"), not without one ("één voor jeugd
    en één voor volwassenen" names the items of a pair).

    Examples
    --------
    >>> nxt = re.match(r"\s+(\w+)", " voor dagbesteding")
    >>> counts_without_noun("aanbieders en ", nxt, Decimal(6), True)
    True
    >>> counts_without_noun("aanbieders en ", nxt, Decimal(6), False)
    False
    >>> counts_without_noun("zes teams, eind 2016 ", None, Decimal(11), True)
    True
    """
    if counted and _GAPPED_MOMENT.search(before):
        return True  # "zes teams, eind 2016 elf": the count of a later moment, noun left out
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if _ALL_OF.search(before):
        return word in {"de", "het"}
    return value >= 1 and word in _GAP_NEXT and _GAPPED.search(before) is not None and counted


#: A finite verb of change before its subject, "tot"/"naar" closing the clause: the inverted
#: order after a fronted adverbial or in a question ("In 2016 steeg het aantal meldingen tot
#: 140", "Daarna daalde de wachtlijst naar 80", "groeiden de kosten tot").
_INVERTED_CHANGE = re.compile(
    rf"\b(?:{'|'.join(FINITE[:10])}|groeide|groeit|zakte|zakten|liep|liepen|nam|namen)\s+"
    r"(?:de|het|hun|zijn|haar|dat|dit|die)\s+[^,;:()]*?\s(?:tot|naar)\s+$",
    re.IGNORECASE,
)


def inverted_change_to(before: str) -> bool:
    """Whether a verb of change stands before its subject and the clause closes on "tot" or
    "naar" right before the number: the number is the level the change reaches, no age bound.

    Examples
    --------
    >>> inverted_change_to("Daarna daalde het aantal klachten tot ")
    True
    >>> inverted_change_to("In 2016 nam het aantal meldingen toe tot ")
    True
    >>> inverted_change_to("Dat geldt voor jongeren tot ")
    False
    """
    clause = CLAUSE_CUT.split(before)[-1]
    if "tot " not in clause[-5:] and "naar " not in clause[-6:]:  # a cheap test first
        return False
    return _INVERTED_CHANGE.search(clause) is not None
