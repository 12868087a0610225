"""An attribution set between commas inside a clause: "is, zo meldt de controller, verlaagd".

Dutch sets the source of what is reported into the sentence between commas ("Het budget
is, zo meldt de controller, met 7% verlaagd", "de kosten liggen, naar de inschatting van de
regio, boven het gemiddelde", "Werkzaak is, aldus de wethouder, …"). Such an insertion does
not end the clause it stands in: the subject before it and the predicate after it belong
together. :func:`kg.extract.direction.judged_levels` reads a quantity and its direction
across it. The openings are those of the attribution (general Dutch: "zo" + a verb of
saying, "aldus", "volgens", "naar de inschatting/mening/het oordeel van", "in de woorden
/ogen van").
"""

from __future__ import annotations

import re

#: The opening of an inserted attribution (the whole clause between the two commas).
_SOURCE = re.compile(
    r"(?:zo\s+(?:meldt|melden|meldde|meldden|zegt|zeggen|zei|zeiden|vertelt|vertellen"
    r"|vertelde|vertelden|stelt|stellen|stelde|stelden|schrijft|schrijven|schreef|schreven"
    r"|merkt|merken|merkte|merkten|geeft|geven|gaf|gaven|legt|leggen|legde|legden|benadrukt"
    r"|benadrukken|erkent|erkennen)"
    r"|aldus|volgens|naar\s+(?:de|het|hun|haar|zijn|eigen)\s+(?:\w+\s+){0,2}?"
    r"(?:inschatting|mening|oordeel|zeggen|idee|indruk|ervaring|schatting)"
    r"|in\s+(?:de|het)\s+(?:woorden|ogen|oordeel)\s+van)\b",
    re.IGNORECASE,
)
#: Most characters of an inserted attribution.
_LONGEST = 80


def joined(
    text: str, spans: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(the clauses with each inserted attribution joined to the clauses around it, the
    insertions): an insertion is a clause between two commas, opened by an attribution,
    with a clause before and after it.

    Examples
    --------
    >>> from kg.extract import negation as neg
    >>> s = "Het budget is, zo meldt de controller, met 7% verlaagd."
    >>> spans, inserted = joined(s, neg.clauses(s, 0, len(s)))
    >>> [s[a:b] for a, b in spans], [s[a:b] for a, b in inserted]
    (['Het budget is, zo meldt de controller, met 7% verlaagd.'], ['zo meldt de controller'])
    >>> s = "De kosten stijgen, zo meldt de controller."
    >>> [s[a:b] for a, b in joined(s, neg.clauses(s, 0, len(s)))[0]]
    ['De kosten stijgen', 'zo meldt de controller.']
    """
    if len(spans) < 3 or text.count(",", spans[0][0], spans[-1][1]) < 2:
        return spans, []  # most claims: no clause between two commas
    out: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        a, b = spans[k]
        if (
            out
            and k + 1 < len(spans)
            and b - a <= _LONGEST
            and text[out[-1][1] : a].strip() == ","
            and text[b : spans[k + 1][0]].strip() == ","
            and _SOURCE.match(text, a, b)
        ):
            inserted.append((a, b))
            out[-1] = (out[-1][0], spans[k + 1][1])  # before, the insertion, after: one clause
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out, inserted


def outside(
    tokens: tuple[tuple[int, int, str], ...], inserted: list[tuple[int, int]]
) -> tuple[tuple[int, int, str], ...]:
    """The tokens that stand in no insertion.

    Examples
    --------
    >>> outside(((0, 2, "de"), (4, 6, "zo"), (8, 10, "is")), [(4, 6)])
    ((0, 2, 'de'), (8, 10, 'is'))
    """
    if not inserted:
        return tokens
    return tuple(t for t in tokens if not any(a <= t[0] < b for a, b in inserted))


def after(first: int, tokens: tuple[tuple[int, int, str], ...], inserted: list) -> int:
    """Where a span from ``first`` to the last of ``tokens`` starts in the clause of that
    last word: at the first word after the last insertion between them (a cue stays within
    one clause of the tone).

    Examples
    --------
    >>> tokens = ((0, 2, "de"), (31, 35, "hoog"))
    >>> after(0, tokens, [(4, 29)]), after(0, tokens, []), after(0, tokens, [(50, 60)])
    (31, 0, 0)
    """
    last = tokens[-1][0]
    ends = [b for a, b in inserted if first <= a and b <= last]
    if not ends:
        return first
    return next((t[0] for t in tokens if t[0] >= max(ends)), first)
