"""The set formulas of a letter: the salutation ("Geachte raad,", "Geachte leden van de
gemeenteraad,", "Beste raadsleden,") and the close ("Met vriendelijke groet,", "Hoogachtend,",
"Namens het college,").

A profile may quote a letter whole (the college writing to the council). Its salutation and
close are a letter's form, no claim: the annotation guideline makes one finding per sentence of
running text, and a bare line without a full stop is a heading, no finding (gold README,
seventh batch, decision 1). General Dutch letter formulas.

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

#: A whole line that greets or closes: a salutation to its addressee or the body a letter is
#: signed for, a few words ending on a comma or nothing (a full stop makes a sentence); a
#: closing formula, ending on a comma, a full stop or nothing.
_FORMULA = re.compile(
    r"\s*(?:(?:(?:geachte|beste|lieve)(?:\s+[\w'-]+){1,6}|namens(?:\s+[\w'-]+){1,6})\s*,?"
    r"|(?:met\s+(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?|hoogachtend)\s*[,.]?)\s*",
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
    """
    return _FORMULA.fullmatch(text) is not None
