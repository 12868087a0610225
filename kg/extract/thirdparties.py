"""Facts about third parties: what a named organisation or body does, told by the authors.

A sentence nobody speaks in whose subject is a named organisation or body, and which plainly
tells what it does or is ("Stichting Welzijn verzorgt het opbouwwerk in de wijken"), is a
fact about a third party, in the authors' voice (an annotation guideline: the voice is not
carried over plain facts about third parties); the account carried on around it goes on
after it. Split out of :mod:`kg.extract.speakers`, which asks it.
"""

from __future__ import annotations

import re

from kg.extract.voiceforms import pronoun_report

__all__ = ["third_party_acts", "told_by_authors"]

#: What makes a sentence more than a plain statement of a third party's doings: a second
#: clause set against it or an aside (a colon, a semicolon, "maar", "al", "echter",
#: "hoewel", "terwijl"), a passive (what others make of the party: "wordt gezien als"),
#: the impersonal "men" of a carried voice, or a figure (what an organisation counts is its
#: own report: "De kredietbank telde 900 aanmeldingen").
_TURNS = re.compile(
    r"[;:\d]|\b(?:maar|al|echter|hoewel|terwijl|wordt|worden|werd|werden|men)\b", re.IGNORECASE
)


def third_party_acts(text: str, start: int, end: int, subject: str) -> bool:
    """Whether the sentence ``text[start:end]``, in which nobody speaks, plainly tells what a
    named organisation or body (``subject``, the entity opening it) does or is: a fact about
    a third party, in the authors' voice (an annotation guideline), which an account
    carried on around it does not take up.

    Examples
    --------
    >>> s = "Stichting Welzijn verzorgt het opbouwwerk in de stad."
    >>> third_party_acts(s, 0, len(s), "https://x/id/organisation/stichting-welzijn")
    True
    >>> s = "Stichting Welzijn verzorgt het opbouwwerk, maar heeft te weinig geld."
    >>> third_party_acts(s, 0, len(s), "https://x/id/organisation/stichting-welzijn")
    False
    >>> s = "Ouderen verzorgen elkaar."
    >>> third_party_acts(s, 0, len(s), "https://x/concept/role/oudere")
    False
    """
    return ("/organisation/" in subject or "/body/" in subject) and _TURNS.search(
        text, start, end
    ) is None


def told_by_authors(third: bool, text: str) -> bool:
    """Whether a claim (``text``) whose speech tells what a third party does (``third``:
    :func:`third_party_acts` held of it) is the authors' own: no pronoun reports it ("Het
    ministerie heeft volgens hen te weinig oog …" is the voice before it).

    Examples
    --------
    >>> told_by_authors(True, "Stichting X verzorgt het opbouwwerk.")
    True
    >>> told_by_authors(True, "Het ministerie heeft volgens hen te weinig oog voor de wijk.")
    False
    """
    return third and pronoun_report(text) is None
