"""Time spent on administration: "besteden een groot deel van hun tijd aan registratie".

"Behandelaars besteden ruim 15% van hun tijd aan registratie", "de helft van de tijd van
een consulent gaat op aan registratie": the share of working time that goes to
registering, accounting and paperwork is how professionals and providers in the study of
the decentralisation state its administrative burden, a complaint even with no word of
judgement (asked by :func:`kg.extract.unjudged.unjudged`, as
:mod:`kg.extract.duplicatework` is). Less of it is not read ("minder tijd aan
administratie"), nor time given to anything else ("meer tijd aan preventie").
General Dutch: "tijd besteden aan", "opgaan aan" (Van Dale "opgaan": verbruikt worden).
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lower_span

#: "tijd" and at most four words ("van een consulent") before "(op) aan" + a noun of
#: registering, accounting or paperwork.
_TIME_ON = re.compile(
    r"(?:(?P<before>[\w-]+)\s+)?\btijd\b(?:\s+[\w-]+){0,4}?\s+(?:op\s+)?aan\s+(?:de\s+|het\s+)?"
    r"(?:registratie|administratie|administratieve|verantwoording|papierwerk|formulieren"
    r"|facturen|declaraties|rapportages|bureaucratie)"
)
#: Words before "tijd" that make it little: "minder tijd", "weinig tijd", "geen tijd".
_LITTLE = frozenset({"minder", "weinig", "geen", "niet", "nauwelijks", "amper"})


def time_on_admin(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states working time spent on administration.

    Examples
    --------
    >>> s = "Behandelaars besteden ruim 15% van hun tijd aan registratie."
    >>> time_on_admin(s, 0, len(s))
    True
    >>> s = "De helft van de tijd van een consulent gaat op aan registratie."
    >>> time_on_admin(s, 0, len(s))
    True
    >>> s = "Sinds de nieuwe werkwijze gaat minder tijd aan administratie."
    >>> time_on_admin(s, 0, len(s))
    False
    >>> s = "Zij besteden meer tijd aan preventie."
    >>> time_on_admin(s, 0, len(s))
    False
    """
    if text.find("tijd", start, end) < 0:
        return False  # most claims
    low = lower_span(text, start, end)
    return any(m["before"] not in _LITTLE for m in _TIME_ON.finditer(low))
