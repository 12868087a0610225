"""Dissent: a party that thinks otherwise or contradicts what was said before.

"De vrijwilligerscentrale denkt daar anders over", "een teamleider spreekt dat tegen":
a report sets a second view against the one before it, most often against the
account of the municipality, so a claim that states dissent and judges nothing else
is critical, negative. Read only of a claim that nothing else judges
(:func:`kg.extract.tone.polarity`): when the dissent says what it holds ("spreekt dat
tegen: er zijn geen wachtlijsten"), what it holds judges.
"""

from __future__ import annotations

import re

from kg.extract.gatedpatterns import GatedPattern

#: Thinking or looking otherwise ("denkt daar anders over", "kijken er anders tegenaan") or
#: contradicting what was said ("spreekt dat tegen", "spreken dit beeld tegen", "wordt
#: tegengesproken").
DISSENT = re.compile(
    r"\b(?:denkt|denken|dacht|dachten)\s+(?:daar|er|hier)\s+(?:\w+\s+){0,2}?anders\s+over\b"
    # looking at it otherwise ("kijken er anders tegenaan", "kijkt daar heel anders tegen aan")
    r"|\b(?:kijkt|kijken|keek|keken)\s+(?:daar|er|hier)\s+(?:\w+\s+){0,2}?anders\s+tegen\s*aan\b"
    r"|\b(?:spreekt|spreken|sprak|spraken)\s+(?:dat|dit|die|deze|het)\s+(?:\w+\s+)?tegen\b"
    r"|\btegengesproken\b",
    re.IGNORECASE,
)
#: The reading, behind its gate ("anders over" or "tegen" in the lower-cased claim).
_DISSENT = GatedPattern(DISSENT, (("anders over", "tegen"),), lower=True)


def dissents(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states dissent from a view said before.

    Examples
    --------
    >>> s = "De vrijwilligerscentrale denkt daar anders over."
    >>> dissents(s, 0, len(s))
    True
    >>> s = "Een teamleider spreekt dat tegen: ruim 60 huishoudens wachtten."
    >>> dissents(s, 0, len(s))
    True
    >>> s = "De aanbieders kijken er anders tegenaan."
    >>> dissents(s, 0, len(s))
    True
    >>> s = "Zij denken na over een andere aanpak."
    >>> dissents(s, 0, len(s))
    False
    """
    return _DISSENT.reads(text, start, end)
