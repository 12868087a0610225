"""The parties that staff a named joint desk are its members.

"Het Werkplein X wordt samen met het UWV bemand", "het UWV, dat met de sociale dienst het
Werkplein X bemant": the municipality (or its service) and the UWV staff the desk, so each is
a member of it (``member-of``; tests/gold/README.md, decisions of the twenty-seventh session,
5: the parties that work together in a named Werkplein, staff it, share it or are housed in it).
The desk is a named body whose name holds a desk noun (``werkplein``, ``servicepunt``); its
staffers are the parties after "met" in the sentence and the profile's municipality.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "Het Werkplein X wordt samen met het UWV bemand."
>>> desk = SentenceMention("b/werkplein-x", "body", 4, 15, "Werkplein X", 0)
>>> uwv = SentenceMention("o/uwv", "organisation", 36, 39, "UWV", 0)
>>> staffed(text, 0, len(text), [desk, uwv], "m/own")
[('m/own', 'b/werkplein-x'), ('o/uwv', 'b/werkplein-x')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import SentenceMention
from kg.extract.wordtokens import lowered

__all__ = ["staffed", "staffing_verb"]

_F = re.IGNORECASE
#: Staffing a desk: "bemannen" and "bemensen" in every form.
_STAFF = re.compile(r"\bbeman(?:t|d|nen|de|den)\b|\bbemens(?:t|d|en|te|ten)\b", _F)
#: A joint desk by its name ("Werkplein X", "Werkgeversservicepunt X").
_DESK = re.compile(r"(?:werkplein|servicepunt)", _F)
_WITH = re.compile(r"\bmet\s+(?:(?:de|het)\s+)?$", _F)
_STAFFERS = frozenset({"municipality", "body", "organisation"})


def staffing_verb(text: str, start: int, end: int) -> int:
    """Where the verb of staffing stands in ``text[start:end]``, or -1.

    Examples
    --------
    >>> staffing_verb("Het UWV, dat het Werkplein X bemant.", 0, 36)
    29
    """
    low = lowered(text)  # the document's lower case: every match opens with "bem"
    if (low.find("bem", start, end) if low is not None else 0) < 0:
        return -1  # almost every sentence
    verb = _STAFF.search(text, start, end)
    return verb.start() if verb else -1


def staffed(
    text: str,
    start: int,
    end: int,
    parties: Sequence[SentenceMention],
    own: str,
    subject: str | None = None,
) -> list[tuple[str, str]]:
    """``(member, desk)`` for a sentence ``text[start:end]`` that says a named desk is staffed:
    the staffing clause's ``subject`` when it names one other than the desk ("het UWV, dat
    met de sociale dienst het Werkplein X bemant": the UWV), else the profile's
    municipality, and the parties after "met"."""
    if not _STAFF.search(text, start, end):
        return []
    desk = next((p for p in parties if p.kind == "body" and _DESK.search(p.text)), None)
    if desk is None:
        return []
    partners = [
        p.entity
        for p in parties
        if p is not desk
        and p.kind in _STAFFERS
        and _WITH.search(text, max(start, p.start - 16), p.start)
    ]
    if not partners:
        return []
    first = subject if subject and subject != desk.entity else own
    return [(member, desk.entity) for member in dict.fromkeys([first, *partners])]
