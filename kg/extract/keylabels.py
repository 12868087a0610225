"""A role noun that is only the label of a key-value line: no mention of the group.

Fact sheets write "<key>: <value>." lines. Where the key is a role noun alone (with at most
a reference date in brackets) the noun names what the line records, not a group that acts
or is spoken of:

- the value is a bare figure: "Inwoners (2015): 118.800." is the population's size, a
  statistic whose label happens to be a group noun (as a column heading is);
- the value opens with a name: "Bestuur: Drechtraad en Drechtstedenbestuur." says which
  bodies govern; the names are the mentions, the key ("bestuur", also the executive
  board's label) is the attribute they fill.

A key the value judges stays a mention ("Wmo-adviesraad: kritisch, maar gehoord.", "VNG:
nuttig in de voorbereiding."), as does a key with more than the noun ("Mantelzorgers bij
het steunpunt: ongeveer 2.300.", "Aanbieders onder contract: ruim 140.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.linekeys import key_end
from kg.extract.mentions import Mention

__all__ = ["key_labels", "label_only"]

#: A key (:func:`kg.extract.linekeys.key_end`) of one capitalised word and an optional
#: bracketed date: the role noun alone.
_KEY = re.compile(r"\s*(?P<key>[A-Z][\w-]+)(?:\s*\(\d{4}(?:[-/]\d{2,4})?\))?\s*$")
#: A value that is a figure alone: "118.800.", "ongeveer 56.000", "ruim 4.000 (2016).".
_FIGURE = re.compile(
    r"(?:(?:ongeveer|circa|ca\.|ruim|bijna|rond|zo'n)\s+)?\d[\d.,]*\s*%?"
    r"(?:\s*\(\d{4}\))?\s*\.?\s*$",
    re.IGNORECASE,
)
#: A value that opens with a name: a capital past the first letter of a word of two letters
#: or more ("Drechtraad en …"), not a figure nor a lower-case judgement.
_NAME = re.compile(r"[A-Z][a-zà-ÿ]*[A-Za-zà-ÿ]")


def label_only(text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Whether the noun at ``text[m_start:m_end]`` is the whole key of the key-value line
    ``text[start:end]`` and only labels its value (see the module docstring).

    Examples
    --------
    >>> def test(line):
    ...     key = line.split(":")[0].split(" (")[0]
    ...     return label_only(line, 0, len(line), 0, len(key))
    >>> test("Inwoners (2015): 118.800."), test("Bestuur: Drechtraad en Drechtstedenbestuur.")
    (True, True)
    >>> test("Wmo-adviesraad: kritisch, maar gehoord."), test("VNG: nuttig, volgens ambtenaren.")
    (False, False)
    >>> test("Vrijwilligers: voldoende, maar ouder wordend."), test("Mantelzorgers: 2.300, veel.")
    (False, False)
    """
    colon = key_end(text, start, end)
    if colon is None:
        return False
    key = _KEY.match(text, start, colon)
    if key is None or key.start("key") != m_start or key.end("key") != m_end:
        return False
    line_end = text.find("\n", colon, end)
    value = text[colon + 1 : end if line_end < 0 else line_end].lstrip()
    return bool(_FIGURE.match(value) or _NAME.match(value))


def key_labels(
    text: str, start: int, end: int, mentions: Sequence[Mention]
) -> set[tuple[int, int]]:
    """The spans of the role ``mentions`` that only label the line ``text[start:end]``.

    Examples
    --------
    >>> line = "Inwoners (2016): ruim 41.000."
    >>> ms = [Mention("role/residents", "role", 0, 8, "Inwoners")]
    >>> key_labels(line, 0, len(line), ms)
    {(0, 8)}
    >>> line = "Inwoners: tevreden over de wijkteams."
    >>> key_labels(line, 0, len(line), ms)
    set()
    """
    if text.find(":", start, min(end, start + 40)) < 0:
        return set()  # most sentences are no key-value line
    return {
        (m.start, m.end)
        for m in mentions
        if m.kind == "role" and label_only(text, start, end, m.start, m.end)
    }
