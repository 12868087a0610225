"""A body speaking through one of its functions named bare: "De voorzitter noemt …".

Right after a sentence that names a body ("De Wmo-raad bevestigt dat."), a
definite function noun with no "van …" after it ("De voorzitter", "De leden",
"Het bestuur"), or one its possessive pronoun owns ("Zijn voorzitter", "Haar
medewerkers"), is that body's function: when it reports, the body speaks (as
"De voorzitter van de Wmo-raad" does, :mod:`kg.extract.speakergroups`). A body
is a named body or organisation, or an actor group whose name ends in a noun of
a body ("-raad", "-team", "-commissie", …); a group of people ("Ambtenaren")
has no chair. A chair named bare with no body before who reports on the committee or
council ("De voorzitter concludeert dat de commissie …") leads the meeting: the council
members speak (:func:`chaired_meeting`).

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
from typing import TYPE_CHECKING

from kg.extract.model import SentenceMention
from kg.extract.speakers import Speech, reports_after
from kg.namespaces import CONCEPT

if TYPE_CHECKING:
    from kg.document import Sentence

__all__ = [
    "bare_function",
    "body_before",
    "chaired_meeting",
    "function_speaker",
    "through_function",
]

#: A definite function noun of a body opening a sentence, with no "van …" after it; or one
#: the body's possessive pronoun owns ("Zijn voorzitter", "Haar medewerkers", also as the
#: source: "Volgens haar directeur"; a body is "het" or a "de" word, never a plural, so "hun"
#: is left out).
_BARE_FUNCTION = re.compile(
    r"\W*(?:ook\s+)?(?:(?:de|het)\s+(?:voorzitter|leden|bestuursleden|directeur|directie|bestuur"
    r"|woordvoerder|secretaris)\b(?!\s+(?:van|uit)\b)"
    r"|(?P<source>volgens\s+)?(?:zijn|haar)\s+(?:voorzitter|leden|bestuursleden|directeur|directie|bestuur|woordvoerder"
    r"|secretaris|medewerkers|coördinator|teamleider|leiding|leidinggevende)\b)",
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
    >>> bare_function("Haar medewerkers zien dat het krap is.", 0, 38)
    (0, 16)
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
    >>> s = "Volgens haar voorzitter komen de vragen te laat."
    >>> function_speaker(s, 0, len(s), before)
    ('role/client-council', (0, 23))
    """
    found = _BARE_FUNCTION.match(text, start, end)
    if found is None:
        return None
    span = (found.start(), found.end())
    if found.group("source") is None and not reports_after(text[span[1] : end]):
        return None  # ("Volgens zijn voorzitter …" is a report by itself)
    body = body_before(before) or chaired_meeting(text, span, end)
    return (body, span) if body else None


#: The council members, whose meeting a chair named bare may lead.
COUNCIL = CONCEPT + "role/council-members"
#: A chair named bare ("De voorzitter"), and what the sentence says of the meeting the chair
#: leads: the committee, the council or the meeting itself ("… concludeert dat de commissie …").
_CHAIR = re.compile(r"\W*(?:ook\s+)?de\s+voorzitter\b", re.IGNORECASE)
_MEETING = re.compile(r"(?<![\w-])(?:commissie|raad|raadscommissie|vergadering)\b", re.IGNORECASE)


def chaired_meeting(text: str, span: tuple[int, int], end: int) -> str | None:
    """The council members for a chair named bare (``span``) who reports on the committee, the
    council or the meeting the sentence (ending at ``end``) names: the chair of the meeting
    speaks as its members (gold README, seventeenth batch, decision 2; sixth batch, decision 1:
    "commissie" and the chair of the meeting are the council members).

    Examples
    --------
    >>> s = "De voorzitter stelt vast dat de commissie het voorstel steunt."
    >>> chaired_meeting(s, (0, 13), len(s)) == COUNCIL
    True
    >>> s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    >>> chaired_meeting(s, (0, 13), len(s)) is None
    True
    >>> s = "De voorzitter zegt dat de Wmo-raad te laat is gevraagd."
    >>> chaired_meeting(s, (0, 13), len(s)) is None
    True
    """
    if _CHAIR.fullmatch(text, span[0], span[1]) is None:
        return None
    return COUNCIL if _MEETING.search(text, span[1], end) else None


def through_function(
    text: str,
    sentence: Sentence,
    speech: Speech,
    own: list[SentenceMention],
    before: list[SentenceMention],
) -> tuple[Speech, list[SentenceMention]]:
    """The speech of a sentence whose bare function noun ("De voorzitter noemt …") reports
    for the body the sentence before it names, also across a paragraph break in its section
    (:mod:`kg.extract.bodyfunctions`), and the
    sentence's mentions without the function's own; ``own`` and ``before`` are the mentions
    of the sentence and of the one before it. The function ("voorzitter" minted as a group)
    is the body speaking, not a group the claim is about.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "De Wmo-raad vergaderde. De voorzitter vertelt dat het krap is."
    >>> body = SentenceMention("role/wmo-council", "role", 3, 11, "Wmo-raad", 0)
    >>> chair = SentenceMention("role/voorzitter", "role", 27, 37, "voorzitter", 1)
    >>> speech = Speech(("role/voorzitter",), subject="role/voorzitter", at=27)
    >>> said, left = through_function(t, Sentence(1, 24, 62, 0, 0), speech, [chair], [body])
    >>> said.speakers, left
    (('role/wmo-council',), [])
    """
    if text[sentence.start : sentence.start + 3].lower() not in (
        "de ",
        "het",
        "ook",
        "zij",
        "haa",
        "vol",
    ):
        return speech, own  # a plain test of the opening first
    found = function_speaker(text, sentence.start, sentence.end, before)
    if found is None:
        return speech, own
    body, (a, b) = found
    # the function's own mention ("voorzitter" minted as a group) gives way to the body
    rest = [m for m in own if not a <= m.start < b]
    others = {sp for sp in speech.speakers if any(m.entity == sp for m in rest)}
    return Speech(tuple(sorted({body, *others})), speech.trailing, body, a), rest
