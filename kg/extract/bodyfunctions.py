"""A body speaking through one of its functions named bare: "De voorzitter noemt …".

Right after a sentence that names a body ("De Wmo-raad bevestigt dat."), a
definite function noun with no "van …" after it ("De voorzitter", "De leden",
"Het bestuur") is that body's function: when it reports, the body speaks (as
"De voorzitter van de Wmo-raad" does, :mod:`kg.extract.speakergroups`). A body
is a named body or organisation, or an actor group whose name ends in a noun of
a body ("-raad", "-team", "-commissie", …); a group of people ("Ambtenaren")
has no chair.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> before = [SentenceMention("role/wmo-council", "role", 3, 11, "Wmo-raad", 0)]
>>> s = "De voorzitter noemt de adviesaanvraag een formaliteit."
>>> bare_function(s, 0, len(s))
(0, 13)
>>> body_before(before)
'role/wmo-council'
"""

from __future__ import annotations

import re

from kg.extract.model import SentenceMention
from kg.extract.speakers import reports_after

__all__ = ["bare_function", "body_before", "function_speaker"]

#: A definite function noun of a body opening a sentence, with no "van …" after it.
_BARE_FUNCTION = re.compile(
    r"\W*(?:ook\s+)?(?:de|het)\s+(?:voorzitter|leden|bestuursleden|directeur|directie|bestuur"
    r"|woordvoerder|secretaris)\b(?!\s+(?:van|uit)\b)",
    re.IGNORECASE,
)
#: The last word of a body's name: a noun of a body, not of a group of people.
_BODY_END = re.compile(
    r"(?:raad|team|bestuur|platform|commissie|vereniging|stichting|organisatie|corporatie"
    r"|instelling|dienst|bond|bureau|coöperatie|cooperatie)$",
    re.IGNORECASE,
)
_BODY_KINDS = frozenset({"body", "organisation"})


def bare_function(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a bare definite function noun opening ``text[start:end]`` (None: none).

    Examples
    --------
    >>> bare_function("De voorzitter van de raad zegt het.", 0, 35) is None
    True
    >>> bare_function("Het bestuur vindt het goed.", 0, 27)
    (0, 11)
    """
    found = _BARE_FUNCTION.match(text, start, end)
    return (found.start(), found.end()) if found else None


def body_before(mentions: list[SentenceMention]) -> str | None:
    """The body the last of ``mentions`` that names one stands for (None: none).

    Examples
    --------
    >>> m = SentenceMention("role/civil-servants", "role", 0, 10, "Ambtenaren", 0)
    >>> body_before([m]) is None
    True
    """
    for m in reversed(mentions):
        if m.kind in _BODY_KINDS or (m.kind == "role" and _BODY_END.search(m.text.strip())):
            return m.entity
    return None


def function_speaker(
    text: str, start: int, end: int, before: list[SentenceMention]
) -> tuple[str, tuple[int, int]] | None:
    """The body that speaks through a bare function noun opening the sentence
    ``text[start:end]`` as the subject of a report, with the noun's span; ``before`` are
    the mentions of the sentence before it in its paragraph.

    Examples
    --------
    >>> before = [SentenceMention("role/client-council", "role", 3, 15, "cliëntenraad", 0)]
    >>> s = "De leden vinden dat zij te laat worden betrokken."
    >>> function_speaker(s, 0, len(s), before)
    ('role/client-council', (0, 8))
    >>> s = "De leden zijn in 2014 benoemd."
    >>> function_speaker(s, 0, len(s), before) is None
    True
    """
    span = bare_function(text, start, end)
    if span is None or not reports_after(text[span[1] : end]):
        return None
    body = body_before(before)
    return (body, span) if body else None
