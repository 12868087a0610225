"""Difficulties a procedure names: the case it applies to, what it watches for or prevents.

A description of how the work goes names difficulties without stating that they
are there: "bij een vermoeden van huiselijk geweld wordt Veilig Thuis
ingeschakeld", "in geval van schulden verwijst het team door", "als er sprake is
van een wachtlijst, …" name the case a procedure applies to; "het team let op
signalen van eenzaamheid", "getraind in het herkennen van laaggeletterdheid" name
what is watched for; "wie dakloos raakt, kan terecht in …" names whoever is in a case;
"om overbelasting te voorkomen" names what is prevented; "een
monitor met het aantal cliënten en de wachttijden" names what is reported. A
negative cue (a problem or a word of difficulty) right after such a frame judges
nothing. General Dutch words of condition, detection, prevention and reporting open the frame;
what the claim says besides ("… maar de meldingen blijven liggen") is read by the
other rules.
"""

from __future__ import annotations

import re

from kg.extract.negation import NEGATORS
from kg.extract.prefixscan import may_hold_in, search
from kg.extract.reportwords import REPORT_NOUNS, is_report_word
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import words

#: Before the difficulty: a frame of condition or detection and up to two words
#: ("bij een vermoeden van ernstige", "als er sprake is van een").
_CASE = re.compile(
    r"\b(?:(?:bij\s+)?(?:een\s+|het\s+)?vermoeden\s+van"
    r"|(?:in|bij)\s+(?:het\s+)?geval(?:len)?\s+van"
    r"|(?:als|wanneer|indien|zodra)\s+er\s+(?:\w+\s+)?sprake\s+is\s+van"
    r"|bij\s+(?:een\s+)?melding(?:en)?\s+van"
    r"|(?:op|bij|naar)\s+(?:\w+\s+)?signalen\s+van"
    r"|(?:het\s+)?(?:herkennen|signaleren|opsporen|vroegsignalering)\s+van)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Before the difficulty: a free relative "wie" that opens a sentence or a part after a
#: semicolon or colon, and up to four words ("Wie in het dorp dakloos raakt, …", "…; wie
#: schulden heeft, …"): whoever is in that case, the case a provision applies to (the
#: clause closes with a comma before the main clause: :func:`_whoever`).
_WHOEVER = re.compile(r"(?:\bWie|(?<=[;:]\s)wie)\s+(?:[\w-]+\s+){0,4}$")
#: The rest of the "wie"-clause after the difficulty, up to its comma ("raakt,").
_WHOEVER_END = re.compile(r"[^,.;:?!()]{0,40},")
#: After the difficulty: up to two words, then an infinitive of prevention ("te voorkomen").
_PREVENTED = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?te\s+(?:voorkomen|vermijden|verminderen|beperken|bestrijden)\b"
    r"|\s*(?:[\w-]+\s+){0,2}?tegen\s+te\s+gaan\b",
    re.IGNORECASE,
)
#: Words between the report and the problem that make the problem a statement of the
#: report ("de monitor laat zien dat de wachttijden oplopen") or a judgement of it.
_STATED = frozenset({"dat", "of", "hoe", "waaruit", "omdat", "want", "welke", "hoeveel"})
#: Words right before an item a report lists ("het aantal cliënten en de wachttijden").
_ITEM_OPENERS = frozenset({"de", "het", "en", "over", "in", "met", "van", "aantal", "naar", "op"})
#: Substrings one of which every frame of each kind holds in the cleaned text (white space
#: collapsed), cheap tests before the patterns run: a case or detection, a prevention, a
#: report.
_CASE_GATE = (
    "vermoeden van", "geval van", "gevallen van", "sprake is van", "melding van",
    "meldingen van", "signalen van", "herkennen van", "signaleren van", "opsporen van",
    "signalering van", "wie ",
)  # fmt: skip
_PREVENT_GATE = (
    "te voorkomen", "te vermijden", "te verminderen", "te beperken", "te bestrijden",
    "tegen te gaan",
)  # fmt: skip
_REPORT_GATE = ("rapport", "registr", "toon", "tonen") + tuple(
    n for n in REPORT_NOUNS if not n.startswith(("rapport", "registr"))
)
#: All of them as a pattern, so that :func:`kg.extract.prefixscan.search` finds their
#: places once per document and a claim asks only whether one lies in its span.
_ANY_GATE = re.compile(
    "|".join(re.escape(g) for g in _CASE_GATE + _PREVENT_GATE + _REPORT_GATE), re.IGNORECASE
)


def framed_by_procedure(
    text: str, start: int, end: int, kinds: tuple[bool, bool, bool] = (True, True, True)
) -> bool:
    """Whether the negative cue ``text[start:end]`` is a procedure's case, aim or item.

    ``kinds`` says which frames may hold in the claim (case, prevention, report).

    Examples
    --------
    >>> s = "Bij een vermoeden van huiselijk geweld wordt Veilig Thuis ingeschakeld."
    >>> a = s.index("huiselijk")
    >>> framed_by_procedure(s, a, a + 16)
    True
    >>> s = "De zorgverlening wordt versterkt om overbelasting te voorkomen."
    >>> a = s.index("overbelasting")
    >>> framed_by_procedure(s, a, a + 13)
    True
    >>> s = "Het huiselijk geweld neemt toe."
    >>> framed_by_procedure(s, 4, 20)
    False
    """
    head = text[max(0, start - 80) : start]
    if kinds[0] and (_CASE.search(head) or _whoever(text, head, end)):
        return True
    if kinds[2] and _reported(text, start):
        return True
    if not kinds[1] or _PREVENTED.match(text[end : end + 60]) is None:
        return False
    return re.search(r"\bom\s+(?:[\w-]+\s+){0,3}$", head, re.IGNORECASE) is not None


def _whoever(text: str, head: str, end: int) -> bool:
    """Whether the difficulty before ``end`` (``head``: the text before it) stands in a free
    relative "wie"-clause closed by a comma: "Wie dakloos raakt, kan terecht in de opvang"
    names whoever is in that case, as "bij een vermoeden van" does, and states no problem.
    A question ("Wie betaalt de schulden?") has no comma to close it.

    Examples
    --------
    >>> s = "Wie in Epe dakloos raakt, kan terecht in de nachtopvang in Apeldoorn."
    >>> _whoever(s, s[: s.index("dakloos")], s.index(" raakt"))
    True
    >>> s = "Wie betaalt de schulden?"
    >>> _whoever(s, s[: s.index("schulden")], len(s) - 1)
    False
    >>> s = "Het team weet niet bij wie eenzaamheid speelt, zegt zij."
    >>> _whoever(s, s[: s.index("eenzaamheid")], s.index(" speelt"))
    False
    """
    return _WHOEVER.search(head) is not None and _WHOEVER_END.match(text, end) is not None


def _reported(text: str, start: int) -> bool:
    """Whether a word of a report comes before ``start`` in its clause, nothing stated between.

    Examples
    --------
    >>> s = "De raad ontvangt een monitor met het aantal cliënten en de wachttijden."
    >>> _reported(s, s.index("wachttijden"))
    True
    >>> s = "De monitor laat zien dat de wachttijden oplopen."
    >>> _reported(s, s.index("wachttijden"))
    False
    >>> s = "De monitor toont oplopende wachttijden."
    >>> _reported(s, s.index("wachttijden"))
    False
    """
    begin = max(text.rfind(".", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    before = [w for _a, _b, w in words(text, max(begin + 1, start - 160), start)]
    if not before or before[-1] not in _ITEM_OPENERS:
        return False  # "toont oplopende wachttijden": the problem is qualified, a statement
    for word in reversed(before):
        if word in _STATED or word in NEGATORS:
            return False
        if is_report_word(word):  # a noun or a verb of reporting
            return True
    return False


def without_procedures(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the claim without the difficulties a procedure names.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of Cue
        Its tone cues and problems.

    Returns
    -------
    list of Cue
        ``cues`` without each negative cue :func:`framed_by_procedure` finds.

    Examples
    --------
    >>> s = "In geval van schulden verwijst het wijkteam door naar de kredietbank."
    >>> a = s.index("schulden")
    >>> without_procedures(s, 0, len(s), [Cue(a, a + 8, -1, problem=True)])
    []
    """
    for c in cues:  # a loop: any() of a generator costs a frame per call
        if c.sign < 0:
            break
    else:
        return cues  # no negative cue
    if search(_ANY_GATE, text, start, end) is None:
        return cues  # most claims: the frame words' places are found once per document
    kinds = (
        may_hold_in(text, start, end, _CASE_GATE),
        may_hold_in(text, start, end, _PREVENT_GATE),
        may_hold_in(text, start, end, _REPORT_GATE),
    )
    return [c for c in cues if c.sign > 0 or not framed_by_procedure(text, c.start, c.end, kinds)]
