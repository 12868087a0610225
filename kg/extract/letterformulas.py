"""The set formulas of a letter or an e-mail: the salutation ("Geachte raad,", "Geachte leden
van de gemeenteraad,", "Beste raadsleden,", "Hoi Marieke,") and the close, with or without the
signature after it ("Met vriendelijke groet,", "Hoogachtend,", "Namens het college,", "Groet,
Joost.", "Met vriendelijke groet, Ingrid de Vries, beleidsmedewerker Wmo.").

A profile may quote a letter whole (the college writing to the council) or be written as a
thread of e-mails. Their salutation and close are a letter's form, no claim: the annotation
guideline makes one finding per sentence of running text, a bare line without a full stop is a
heading, no finding (gold README, seventh batch, decision 1), and the sign-offs of e-mails
"claim nothing and are no findings" (nineteenth batch, decision 6). A greeting that opens a
sentence with a claim ("Hoi Joost, de reserve bedroeg …") stays part of that sentence. General
Dutch letter and e-mail formulas.

Examples
--------
>>> letter_formula("Geachte leden van de raad,")
True
>>> letter_formula("Geachte raad, de wachttijden zijn opgelopen.")
False
"""

from __future__ import annotations

import re

__all__ = ["letter_formula"]

#: A whole line that greets: a salutation to its addressee or the body a letter is signed
#: for, a few words ending on a comma or nothing (a full stop makes a sentence); an e-mail's
#: or a broadcast's greeting ("Hoi Marieke,", "Hallo allemaal,", "Goedemorgen.") also alone.
_SALUTATION = (
    r"(?:(?:geachte|beste|lieve)(?:\s+[\w'-]+){1,6}|namens(?:\s+[\w'-]+){1,6}"
    r"|(?:hoi|hallo|hai|goedemorgen|goedemiddag|goedenavond)(?:\s+[\w'-]+){0,3}\s*[.!]?)\s*,?"
)
#: A closing formula of a letter or an e-mail: a greeting ("Met vriendelijke groet",
#: "Groet", "Hartelijke groeten", "Groetjes", "Liefs"), "Hoogachtend", thanks that close
#: ("Alvast bedankt", "Dank en groet") or a "see you" ("Tot morgen", "Tot snel").
_CLOSE = (
    r"(?:(?:met\s+)?(?:(?:vriendelijke|hartelijke|collegiale|beste|lieve|warme|goede)\s+)?"
    r"groet(?:en|jes)?|hoogachtend|(?:veel\s+)?liefs"
    r"|(?:alvast\s+)?(?:hartelijk\s+)?(?:dank|bedankt)(?:\s+en\s+groet(?:en)?)?"
    r"|tot\s+(?:gauw|snel|straks|morgen|ziens|volgende\s+week))"
)
#: The signature after a close: a name of capitalised words and name particles ("Joost",
#: "Ingrid de Vries"), then up to two parts of function words after a comma
#: ("beleidsmedewerker Wmo", "gemeente Zeewolde"). The name is read case-sensitively.
_SIGNATURE = (
    r"(?:\s*,?\s*(?-i:[A-Z][\w'-]*(?:\s+(?:van|de|der|den|ter|ten|te|het|in|[A-Z][\w'-]*)){0,4})"
    r"(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+){0,5}){0,2})?"
)
_FORMULA = re.compile(
    rf"\s*(?:{_SALUTATION}|{_CLOSE}\s*(?:[,.!]|{_SIGNATURE}\s*[.!]?)?)\s*",
    re.IGNORECASE,
)


def letter_formula(text: str) -> bool:
    """Whether the sentence ``text`` is a letter's salutation or close, whole.

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    bool

    Examples
    --------
    >>> [letter_formula(t) for t in ("Met vriendelijke groet,", "Hoogachtend,", "Beste raad,")]
    [True, True, True]
    >>> letter_formula("Namens het college schrijft de wethouder dat het goed gaat.")
    False
    >>> letter_formula("Beste resultaat was de daling van de wachttijd.")
    False
    >>> closes = ("Groet, Pieter.", "Hartelijke groeten, Els van Dam, wijkcoach.")
    >>> [letter_formula(t) for t in closes]
    [True, True]
    >>> letter_formula("Groeten uit Oss, waar het loket al om acht uur opengaat.")
    False
    """
    return _FORMULA.fullmatch(text) is not None
