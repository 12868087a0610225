"""Blocks of a fact sheet headed by their source: what the lines under such a heading say.

A fact sheet may group its key-value lines under a line that names where they come from and
closes with a colon: "Uit de gesprekken met ambtenaren:", "Uit het gesprek met de
wethouder:", "Knelpunten volgens de aanbieders:". The lines under it, up to the next such
line or the end of the section, are what that source told (the gold decision on list-opening
lines: their voice carries into the lines that name no speaker of their own). A figure in
such a line ("Caseload: rond de 120 klanten per klantmanager.", "Mantelzorgers bij het
steunpunt: ongeveer 2.300.") is then attributed, so the line is a finding, not data (the
guideline: a figure sentence attributed to someone is a finding). A heading that names no
source ("Kerncijfers:", "De cijfers op een rij:") heads data.
"""

from __future__ import annotations

from kg.extract.sourceheadings import source_heading as names_source

__all__ = ["source_heading", "under_source_heading"]

#: Most characters of such a heading line.
_HEADING_REACH = 160


def source_heading(line: str) -> bool:
    """Whether a line (one paragraph) of at most :data:`_HEADING_REACH` characters heads a
    block of lines with their source (:func:`kg.extract.sourceheadings.source_heading`).

    Examples
    --------
    >>> source_heading("Uit de gesprekken met ambtenaren:")
    True
    >>> source_heading("Uit het gesprek met de wethouder:")
    True
    >>> source_heading("Uit interviews met ouders:")
    True
    >>> source_heading("Knelpunten volgens de Wmo-consulenten:")
    True
    >>> source_heading("Kerncijfers:"), source_heading("De cijfers op een rij:")
    (False, False)
    >>> source_heading("Uit de gesprekken met ambtenaren bleek dat de tijd krap was.")
    False
    """
    line = line.strip()
    return line.endswith(":") and len(line) <= _HEADING_REACH and names_source(line)


def under_source_heading(text: str, floor: int, at: int) -> bool:
    """Whether the line at offset ``at`` of ``text`` stands under a source heading: the last
    line before it closing with a colon, from ``floor`` (its section's start) on, is one
    (:func:`source_heading`).

    Examples
    --------
    >>> t = "Zorg\\n\\nUit de gesprekken met teamleden:\\n\\nCaseload: 60 cliënten per coach."
    >>> under_source_heading(t, 0, t.index("Caseload"))
    True
    >>> t = "Zorg\\n\\nKerncijfers:\\n\\nInwoners: 41.000.\\n\\nHuishoudens: 18.000."
    >>> under_source_heading(t, 0, t.index("Huishoudens"))
    False
    >>> under_source_heading("Inwoners: 41.000.", 0, 0)
    False
    """
    colon = text.rfind(":\n", floor, at)
    if colon < 0:
        return False
    line_start = text.rfind("\n", floor, colon) + 1
    return source_heading(text[max(line_start, floor) : colon + 1])
