"""Minutes' records: "Toezegging: …", "Actiepunt: …" record an undertaking, no verdict.

Council and committee minutes (notulen) end an item with the lists every Dutch council
keeps: the commitments of the executive ("toezegging": the alderman will send, report,
present) and the action points ("actiepunt": the clerk will invite, find out). Such a
line says what someone will do, so the words in it ("een overzicht van de verwijzingen",
"de wachttijd") name its subject and judge nothing. Source: the general practice of
Dutch council minutes (lijst van toezeggingen, actiepuntenlijst).
"""

from __future__ import annotations

#: The labels of the records, as a line of minutes opens with them.
LABELS = ("toezegging:", "toezeggingen:", "actiepunt:", "actiepunten:", "afspraak:")


def records(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` is a record of the minutes ("Toezegging: …").

    Examples
    --------
    >>> s = "Toezegging: de wethouder stuurt de commissie een overzicht."
    >>> records(s, 0, len(s))
    True
    >>> s = "Het overzicht is een toezegging van de wethouder."
    >>> records(s, 0, len(s))
    False
    """
    return text[start : min(end, start + 16)].lower().startswith(LABELS)
