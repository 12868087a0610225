"""Legends of coded respondents: "R1 – wethouder Zorg en Welzijn".

A study that keeps its interviewees anonymous may list them once, by code, and cite
them by that code afterwards ("R4 stelt dat …", "(R1, R4, R6)"). A line of such a
legend opens with the code and a dash or a colon ("R1 – wethouder", "G2: huisarts",
"Respondent 3: raadslid"), or with a bracketed code ("[A] directeur van X", "(i4)
beleidsmedewerker"), and names the person's function or organisation. The lines are
items of a list, so running text (not headings), and each is read alone.

A code is a capital or two (three at most) with a number, a bracketed letter or
number, or "Respondent" (or "Geïnterviewde", "Gesprekspartner", "Interview") with a
number. :func:`code_key` gives a code's form in a citation ("[A]" and "A" cite the same
respondent).
"""

from __future__ import annotations

import re

#: A respondent's code: "R1", "G12", "RA3", "[A]", "[3]", "(i4)", "Respondent 3".
CODE = (
    r"(?:[A-Z]{1,3}-?\d{1,2}|\[[A-Z0-9]{1,3}\]|\([A-Za-z]{0,2}\d{1,2}\)"
    r"|(?:Respondent|Geïnterviewde|Gesprekspartner|Interview)\s+\d{1,2})"
)
#: A legend line: its code, then a dash or colon (a bracketed code may stand alone before
#: the description), then the description, which opens with a word.
_ITEM = re.compile(
    rf"({CODE})(?:\s*[–—:-]\s+|(?<=[\])])\s+)(?=[^\W\d_])",
)
#: Longer than this a line is prose, not a legend's item.
_LONGEST = 120


def legend_code(line: str) -> str | None:
    """The code a legend line opens with, or None for any other line.

    Examples
    --------
    >>> legend_code("R1 – wethouder Zorg en Welzijn"), legend_code("G2: huisarts")
    ('R1', 'G2')
    >>> legend_code("[A] directeur van Stichting Welzijn"), legend_code("(i4) beleidsmedewerker")
    ('[A]', '(i4)')
    >>> legend_code("Respondent 3: raadslid"), legend_code("R4 stelt dat het goed gaat.")
    ('Respondent 3', None)
    >>> legend_code("A2 – de snelweg naar het zuiden is aangelegd in 1970 en heeft sindsdien "
    ...             "het verkeer door de kernen sterk verminderd, zo blijkt uit de tellingen.")
    """
    if len(line) > _LONGEST or line[:1] not in _OPENERS:
        return None
    found = _ITEM.match(line)
    return found.group(1) if found else None


#: The characters a code may open with (a cheap test before the pattern).
_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ[(")


def code_key(code: str) -> str:
    """A code's form in a citation: without brackets, hyphen or space, in capitals.

    Examples
    --------
    >>> code_key("[A]"), code_key("(i4)"), code_key("R-1"), code_key("Respondent 3")
    ('A', 'I4', 'R1', 'RESPONDENT3')
    """
    return re.sub(r"[\s\[\]()-]", "", code).upper()


def legend_item(line: str, before: str, after: str | None) -> bool:
    """Whether ``line`` is an item of a legend: a legend line after a line that opens a list
    (``before``, the line before it, ends in a colon) or beside another legend line
    (``before`` or ``after``, the line after it).

    Examples
    --------
    >>> legend_item("R1 – wethouder", "met een code:", "Zorg")
    True
    >>> legend_item("R1 – wethouder", "Inleiding", "R2 – raadslid")
    True
    >>> legend_item("R1 – wethouder", "Inleiding", "Zorg"), legend_item("Zorg", "R1 – x", None)
    (False, False)
    """
    if legend_code(line) is None:
        return False
    return (
        before.endswith(":")
        or legend_code(before) is not None
        or (after is not None and legend_code(after) is not None)
    )


def legend_items(texts: list[str]) -> frozenset[int]:
    """The positions of the lines of ``texts`` (empty ones for blank lines) that are items of
    a legend (:func:`legend_item`, read against the lines of text before and after each).

    Examples
    --------
    >>> sorted(legend_items(["met een code:", "", "R1 – wethouder", "R2 – raadslid", "", "Zorg"]))
    [2, 3]
    >>> legend_items(["Verkeer", "", "A2 – de weg", "", "De weg is druk."])
    frozenset()
    """
    out: set[int] = set()
    before = ""
    following: list[str | None] = [None] * len(texts)
    nxt: str | None = None
    for k in range(len(texts) - 1, -1, -1):  # the next line of text, read back to front once
        following[k] = nxt
        nxt = texts[k] or nxt
    for k, text in enumerate(texts):
        if not text:
            continue
        if text[:1] in _OPENERS and legend_item(text, before, following[k]):
            out.add(k)
        before = text
    return frozenset(out)
