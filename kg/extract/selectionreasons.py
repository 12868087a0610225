"""Reasons for selection: why a municipality is in the study characterises it, judges nothing.

Each profile of the study opens by saying why the municipality was chosen ("X is in
de selectie opgenomen vanwege …", "Ook speelde bij de keuze een rol dat …", "Bij de
selectie telde ook mee dat …"). Such a sentence names the traits that set the
municipality apart from others, so a comparison in it ("een sociaaleconomisch profiel
dat zwakker is dan gemiddeld", "een vergrijzing die sneller gaat dan elders") is a trait
by which it was selected, not the authors' verdict. A comparative judgement word followed
by "dan" in such a claim counts for nothing; a judgement word of its own ("vanwege de ongunstige
positie") still counts. So do the traits the reason names before a colon: a level ("als
krimpgemeente met een hoge werkloosheid") and a problem are what sets the municipality apart,
while a statement after the colon ("vanwege haar positie: de werkloosheid ligt ver boven het
landelijk niveau") is the authors' own and keeps its cues.

Every claim of the section "Waarom in de selectie?" (the first theme of the profiles'
outline, ``theme:selectie`` in ``ontology/vocabularies.ttl``) is such an account: it names
the criteria of the choice (size, place, demography, the socio-economic position, money, a
way of working), so a word that rates or describes a criterion ("de ongunstige positie",
"de hechte samenwerking", "ongunstiger dan gemiddeld") judges nothing there
(:func:`beyond_criteria`). What it says beyond the criterion keeps its tone: a quotation,
a judgement of how things go in a negated clause ("niet zonder bestuurlijke spanningen"),
and the municipality's own result on its budget ("sloot 2015 af met een tekort").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract import implied
from kg.extract import negation as neg
from kg.extract.direction import judged_levels
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: The verbs of being selected: "(in de selectie) opgenomen / gekozen vanwege/als/omdat",
#: and what weighed in the choice, a past verb of weighing with the choice named in the
#: sentence ("speelde(n) bij de keuze mee / een rol", "bij de selectie telde mee"): a bare
#: "speelde een rol" or "telde mee" is no reason for selection.
SELECTED = re.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:[\w-]+\s+){0,3}?(?:in\s+de\s+selectie\s+)?"
    r"(?:opgenomen|gekozen)\s+(?:vanwege|als|omdat|om)\b"
    r"|\b(?:speelde|speelden|telde|telden|woog|wogen)\b[^.;:]*?\b(?:keuze|selectie)\b"
    r"|\b(?:keuze|selectie)\b[^.;:]*?\b(?:speelde|speelden|telde|telden|woog|wogen)\b",
    re.IGNORECASE,
)
#: Cheap test before :data:`SELECTED`: one of these stands in every match (as written).
_KEYS = ("opgenomen", "gekozen", "speelde", "telde", "woog", "wogen")
#: The words one of which every match of :data:`SELECTED` holds (a claim-level word gate).
SELECTION_WORDS = frozenset(
    {"opgenomen", "gekozen", "speelde", "speelden", "telde", "telden", "woog", "wogen"}
)


def selection_reason(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` gives a reason the municipality was selected.

    Examples
    --------
    >>> s = "De gemeente is opgenomen vanwege haar ligging aan de kust."
    >>> selection_reason(s, 0, len(s))
    True
    >>> s = "Ook speelde bij de keuze een rol dat de stad snel groeit."
    >>> selection_reason(s, 0, len(s))
    True
    >>> s = "Het college heeft gekozen voor vier wijkteams."
    >>> selection_reason(s, 0, len(s))
    False
    """
    if not any(text.find(key, start, end) >= 0 for key in _KEYS):
        return False
    return search(SELECTED, text, start, end) is not None


def _compared(text: str, cue: Cue, end: int) -> bool:
    """Whether the cue is a comparative with "dan" after it in the claim (up to ``end``).

    Examples
    --------
    >>> s = "een profiel dat zwakker is dan gemiddeld"
    >>> _compared(s, Cue(s.index("zwakker"), s.index(" is"), -1), len(s))
    True
    >>> _compared("een zwak profiel", Cue(4, 8, -1), 16)
    False
    """
    words = text[cue.start : cue.end].split()
    if len(words) != 1 or not implied.comparative(words[0]):
        return False
    return re.search(r"\bdan\b", text[cue.end : end]) is not None


def without_traits(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim less the comparisons that state a reason for selection.

    Examples
    --------
    >>> s = ("De gemeente is opgenomen vanwege een profiel dat zwakker is dan gemiddeld"
    ...      " en een ongunstige ligging.")
    >>> cues = [Cue(s.index("zwakker"), s.index(" is dan"), -1),
    ...         Cue(s.index("ongunstige"), s.index(" ligging"), -1)]
    >>> [s[c.start:c.end] for c in without_traits(s, 0, len(s), cues)]
    ['ongunstige']
    >>> s = "De wachttijd is langer dan gemiddeld."
    >>> len(without_traits(s, 0, len(s), [Cue(16, 22, -1)]))
    1
    >>> s = "Zij is opgenomen als krimpgemeente met een hoge werkloosheid."
    >>> without_traits(s, 0, len(s), [Cue(s.index("hoge"), len(s) - 1, -1)])
    []
    """
    if not cues or not selection_reason(text, start, end):
        return cues
    cues = [c for c in cues if c.problem or not _compared(text, c, end)]
    colon = text.find(":", start, end)
    stop = colon if colon >= 0 else end
    levels = {(a, b) for a, b, _sign in judged_levels(text, start, stop)}
    return [c for c in cues if c.end > stop or not (c.problem or (c.start, c.end) in levels)]


#: The heading of the section that gives the reasons for selection (``theme:selectie``).
_HEADING = re.compile(r"^Waarom in de selectie\?[ \t]*$", re.MULTILINE)
#: A block of the cleaned text: what stands between blank lines. (Its text is read as runs
#: of characters other than a line break and line breaks no blank line follows, possessive:
#: ``(.*?)(?=\n\s*\n|\Z)`` with DOTALL ends at the same place, but tried its look-ahead
#: after every character.)
_BLOCK = re.compile(r"\n\s*\n((?:[^\n]++|\n(?!\s*\n))*+)")
#: Words of a municipality's own result on its budget (``kg/data/budget-results.txt``).
BUDGET_RESULTS = word_list("budget-results.txt")
#: Quotation marks: a claim that holds one keeps its speaker's tone.
_QUOTES = ("‘", "“", "„", '"')


@lru_cache(maxsize=4)
def section_span(text: str) -> tuple[int, int] | None:
    """The span of the section "Waarom in de selectie?" in the cleaned ``text``: from the
    end of its heading to the next heading (a block of at most 12 words that ends without
    a sentence's punctuation), or None.

    Examples
    --------
    >>> s = "Waarom in de selectie?\\n\\nZij is gekozen.\\n\\nZorggebruik\\n\\nHet gebruik is laag."
    >>> a, b = section_span(s)
    >>> s[a:b].strip()
    'Zij is gekozen.'
    >>> section_span("Zorggebruik\\n\\nHet gebruik is laag.") is None
    True
    """
    found = _HEADING.search(text)
    if found is None:
        return None
    pos = found.end()
    for block in _BLOCK.finditer(text, pos):
        words = block.group(1).strip()
        if words and len(words.split()) <= 12 and words[-1] not in ".!?:;”’'\")":
            return pos, block.start()
    return pos, len(text)


def in_section(text: str, start: int) -> bool:
    """Whether the claim that starts at ``start`` stands in the section of reasons.

    Examples
    --------
    >>> s = "Waarom in de selectie?\\n\\nZij is gekozen.\\n\\nZorggebruik\\n\\nHet gebruik is laag."
    >>> in_section(s, s.index("Zij")), in_section(s, s.index("Het"))
    (True, False)
    """
    span = section_span(text)
    return span is not None and span[0] <= start < span[1]


def _negated(text: str, start: int, end: int, cue: Cue) -> bool:
    """Whether a negator stands before the cue in its clause (up to a comma)."""
    before = text[max(start, text.rfind(",", start, cue.start) + 1) : cue.start].lower()
    return not neg.NEGATORS.isdisjoint(re.findall(r"\w+", before))


def beyond_criteria(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim of the section of reasons that say more than a criterion: a
    negated judgement and a word of the budget's result; a quotation keeps all.

    Examples
    --------
    >>> s = "Zij is gekozen vanwege de ongunstige positie en sloot 2015 met een tekort."
    >>> cues = [Cue(s.index("ongunstige"), s.index(" positie"), -1),
    ...         Cue(s.index("tekort"), len(s) - 1, -1, problem=True)]
    >>> [s[c.start:c.end] for c in beyond_criteria(s, 0, len(s), cues)]
    ['tekort']
    >>> s = "een rol die niet zonder bestuurlijke spanningen wordt ingevuld"
    >>> len(beyond_criteria(s, 0, len(s), [Cue(s.index("spanningen"), len(s) - 12, -1)]))
    1
    """
    if not cues or any(q in text[start:end] for q in _QUOTES):
        return cues
    return [
        c
        for c in cues
        if not BUDGET_RESULTS.isdisjoint(re.findall(r"\w+", text[c.start : c.end].lower()))
        or _negated(text, start, end, c)
    ]
