"""Referrals to specialised care counted by the verb: "minder kinderen doorverwijzen".

The social-domain monitors count referrals to specialised care as a burden when high (the
noun is a ``bad_high`` quantity of ``kg/data/quantity-direction.toml``: "het aantal
verwijzingen daalt"). The same count is often said with the verb: "huisartsen verwijzen
minder kinderen door naar de jeugd-ggz", "dat er minder vaak naar specialistische hulp
wordt verwezen". Fewer such referrals is the aim of the transformation (help nearby
first), so "minder" with a form of "(door)verwijzen" to specialised care is positive, and
"meer" or "vaker" negative. A referral to the local team ("vaker naar het sociaal team")
is not a referral to specialised care and is not read here.

The cue lies on the degree word, so a negator before it turns it ("niet minder vaak").
Sources: the indicator "jeugdhulp via de huisarts" and the transformation aim of the
Jeugdwet (Memorie van Toelichting: "minder verwijzingen naar de specialistische zorg").
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["referral_cues"]

#: A form of "verwijzen" or "doorverwijzen" (the particle may stand apart: "verwijzen … door").
_VERB = re.compile(r"\b(?:door)?(?:verwijs|verwijst|verwijzen|verwees|verwezen)\b", re.IGNORECASE)

#: The degree word of the count: fewer (positive) or more, more often (negative).
#: "meer dan 40", "minder dan de helft" state a count, no change of it.
_DEGREE = re.compile(r"\b(?P<word>minder|meer|vaker)\b(?!\s+dan\b)", re.IGNORECASE)

#: Specialised care as the referral's target ("naar de jeugd-ggz", "naar specialistische
#: hulp", "naar de tweede lijn", "naar zorgaanbieders").
_SPECIALISED = re.compile(
    r"\bnaar\s+(?:de\s+|het\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]*ggz\b|specialis|tweede\s*lijn|tweedelijns|jeugdzorg\b|(?:zorg)?aanbieders?\b)",
    re.IGNORECASE,
)

#: What ends the reach of a degree word: a clause break.
_BREAK = re.compile(r"[,;:.!?]")


def referral_cues(text: str, start: int, end: int) -> list[Cue]:
    """The cues of fewer or more referrals to specialised care in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.

    Returns
    -------
    list of Cue
        A cue on the degree word of each referral counted, in text order.

    Examples
    --------
    >>> s = "Huisartsen verwijzen sindsdien minder kinderen door naar de jeugd-ggz."
    >>> [(s[c.start:c.end], c.sign) for c in referral_cues(s, 0, len(s))]
    [('minder', 1)]
    >>> s = "Huisartsen verwijzen vaker naar het sociaal team."
    >>> referral_cues(s, 0, len(s))
    []
    """
    if text.find("verw", start, end) < 0 and text.find("Verw", start, end) < 0:
        return []  # most claims name no referral
    cues: list[Cue] = []
    for verb in _VERB.finditer(text, start, end):
        # the stretch of the verb's clause: back to the last break, on to the next
        back = max((m.end() for m in _BREAK.finditer(text, start, verb.start())), default=start)
        ahead = _BREAK.search(text, verb.end(), end)
        stop = ahead.start() if ahead else end
        if not _SPECIALISED.search(text, back, stop):
            continue  # no referral to specialised care
        for degree in _DEGREE.finditer(text, back, stop):
            sign = 1 if degree["word"].lower() == "minder" else -1
            cue = Cue(degree.start(), degree.end(), sign)
            if cue not in cues:
                cues.append(cue)
    return sorted(cues, key=lambda c: c.start)
