"""Two turns of a voice within a paragraph: an aside that takes up no account, and the
bare head of a body who speaks for the group named just before.

A group named only in a concessive clause closing a sentence ("Met de provincie zijn er
afspraken, al zijn die volgens ambtenaren nog weinig concreet") remarks on the fact the
sentence states: the sentences after it do not go on with its account. The head of a body
named without the body ("De Wmo-raad herkent dat. Volgens de voorzitter …") is that body's
voice. A paragraph whose first named source is another than the voice brought over its
break took up no account: what it said before that source is the authors'
(:func:`new_source`). Split out of :mod:`kg.extract.claims`, which asks both.
"""

from __future__ import annotations

import re

from kg.extract.impliedspeakers import CIVIL_SERVANTS, MUNICIPAL_VOICES, implied_speaker
from kg.extract.model import SentenceMention

__all__ = ["bare_staff", "conceded", "head_of", "new_source", "team_staff"]

#: The head of a body, named bare ("de voorzitter", "de directeur"): minted as a role of
#: its own when no body follows it.
_HEADS = frozenset({"voorzitter", "directeur", "woordvoerder", "bestuurder"})


def head_of(voice: tuple[str, ...]) -> bool:
    """Whether ``voice`` is only the bare head of a body ("Volgens de voorzitter …"), who
    speaks for the group the claim before it gave the floor to.

    >>> head_of(("x/role/voorzitter",)), head_of(("x/role/wmo-council",))
    (True, False)
    """
    return len(voice) == 1 and voice[0].rsplit("/", 1)[-1] in _HEADS


#: A staff noun named bare: "zegt een medewerker", "Medewerkers vertellen".
_STAFF = frozenset({"medewerker", "medewerkers"})
#: What follows a staff noun that says whose staff they are: "een medewerker van de corporatie".
_OF_BODY = re.compile(r"\s+(?:van|bij)\s", re.IGNORECASE)
#: The front-door staff named bare ("Een consulent vertelt"), with no field after them:
#: "consulent werk en inkomen", "consulenten voor de Wmo" are the town hall's.
_CONSULTANTS = frozenset({"consulent", "consulenten"})
_FIELD = re.compile(r"\s+(?:van|bij|voor|werk|wmo|jeugd|schuldhulp\w*)\b", re.IGNORECASE)
#: The team whose staff a bare staff noun names after it in the paragraph.
_TEAM = "/social-team"


def bare_staff(
    text: str, mentions: list[SentenceMention], voice: tuple[str, ...], before: tuple[str, ...]
) -> bool:
    """Whether a claim (its ``mentions`` in the document ``text``) names as its speaker only
    a bare staff noun ("…, zegt een medewerker") that ``voice`` reads as the civil servants,
    right after a claim of its paragraph held by one organisation or team outside the town
    hall (``before``): the staff member speaks for that body ("team staff are the team", an
    annotation guideline), not for the municipality.

    Examples
    --------
    >>> t = "‘Het is druk’, zegt een medewerker."
    >>> m = SentenceMention(CIVIL_SERVANTS, "role", 27, 37, "medewerker", 0)
    >>> bare_staff(t, [m], (CIVIL_SERVANTS,), ("x/role/social-team",))
    True
    >>> bare_staff(t, [m], (CIVIL_SERVANTS,), (CIVIL_SERVANTS,))
    False
    """
    if voice != (CIVIL_SERVANTS,) or len(before) != 1 or before[0] in MUNICIPAL_VOICES:
        return False
    said = [m for m in mentions if m.entity == CIVIL_SERVANTS]
    return bool(said) and all(
        m.text.lower() in _STAFF and not _OF_BODY.match(text, m.end) for m in said
    )


def team_staff(text: str, claims, k: int, first: int, voice: tuple[str, ...]) -> tuple[str, ...]:  # noqa: ANN001
    """The voice of the claim ``k`` (``text`` the document; ``first`` its paragraph's first
    claim) that names as its speaker only the bare consultants read as the civil servants
    ("Volgens de consulenten …", "Een consulent vertelt …"), in a paragraph that named the
    social team before it: the team's staff are the team ("team staff are the team", an
    annotation guideline); else ``voice``.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Het wijkteam werkt in de wijk. Een consulent vertelt dat het druk is."
    >>> team = SentenceMention("r/role/social-team", "role", 4, 12, "wijkteam", 0)
    >>> staff = SentenceMention(CIVIL_SERVANTS, "role", 35, 44, "consulent", 1)
    >>> claims = [N(mentions=[team]), N(mentions=[staff])]
    >>> team_staff(t, claims, 1, 0, (CIVIL_SERVANTS,))
    ('r/role/social-team',)
    >>> team_staff(t, claims, 1, 1, (CIVIL_SERVANTS,)) == (CIVIL_SERVANTS,)
    True
    """
    if voice != (CIVIL_SERVANTS,) or k <= first:
        return voice
    said = [m for m in claims[k].mentions if m.entity == CIVIL_SERVANTS]
    if not said or any(
        m.text.lower() not in _CONSULTANTS or _FIELD.match(text, m.end) for m in said
    ):
        return voice
    for claim in claims[first:k]:
        for m in claim.mentions:
            if m.entity.endswith(_TEAM):
                return (m.entity,)
    return voice


#: A concessive clause closing a sentence ("…, al zijn die volgens ambtenaren …"), or a
#: relative clause on the sentence or on a noun in apposition to it ("…, wat ambtenaren
#: toeschrijven aan …", "…, een ontwikkeling die door de gemeente in verband wordt gebracht
#: met …", "…, hetgeen …").
_CONCEDES = re.compile(
    r",\s*(?:al|hoewel|ofschoon|zij\s+het|wat|hetgeen"
    r"|(?:een|de|het)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+\s+(?:die|dat))\s",
    re.IGNORECASE,
)


def conceded(text: str, at: int | None, start: int) -> bool:
    """Whether the speakers of an explicit claim (``text``, from ``start`` in its document;
    its first speaker named at ``at``) are named only in a concessive or relative clause that
    closes it ("Met X zijn er afspraken, al zijn die volgens ambtenaren nog weinig concreet",
    "Het aantal steeg, een stijging die ambtenaren toeschrijven aan …"): they remark on the
    fact the sentence states, and take up no account. A source named without a group
    (``at`` None: "…, een ontwikkeling die door de gemeente … wordt gebracht met …") is
    read by :func:`kg.extract.impliedspeakers.implied_speaker` in the clause alone.

    Examples
    --------
    >>> s = "Er zijn afspraken, al zijn die volgens ambtenaren vaag."
    >>> conceded(s, 40, 0), conceded("Ambtenaren vinden het vaag, al is het goed.", 0, 0)
    (True, False)
    >>> s = "Het aantal steeg, een stijging die door de gemeente wordt toegeschreven aan X."
    >>> conceded(s, None, 0), conceded("Volgens de gemeente steeg het, wat opvalt.", None, 0)
    (True, False)
    """
    if "," not in text:
        return False
    if at is None:
        found = _CONCEDES.search(text)
        return (
            found is not None
            and implied_speaker(text[: found.start()]) is None
            and implied_speaker(text[found.start() :]) is not None
        )
    found = _CONCEDES.search(text, 0, at - start)
    return found is not None and found.end() <= at - start


def new_source(claims, k: int, para_start: int, text: str, brought: tuple[str, ...]) -> None:  # noqa: ANN001
    """Give the authors' voice back to the claims of a paragraph before its first named source
    ``claims[k]`` (``text``, naming a voice other than ``brought``) that held only the voice
    ``brought`` over the paragraph break: the paragraph opened a new point ("Ook dakloosheid
    is zichtbaarder geworden. Volgens het Leger des Heils …" after a general practitioner's
    paragraph), not the account before. A source that speaks "too" ("Ook leden van het
    college beschrijven …") joins the account: nothing changes.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> first, second = N(voice=("r/gp",), explicit=False), N(voice=(), explicit=True)
    >>> new_source([first, second], 1, 0, "Volgens de opvang is het druk.", ("r/gp",))
    >>> first.voice
    ()
    >>> first.voice = ("r/gp",)
    >>> new_source([first, second], 1, 0, "Ook het college ziet dat.", ("r/gp",))
    >>> first.voice
    ('r/gp',)
    """
    if not brought or text.startswith(("Ook ", "ook ")):
        return  # nothing brought over, or a source that joins the account
    if any(c.explicit for c in claims[para_start:k]):
        return  # not the paragraph's first named source
    for claim in claims[para_start:k]:
        if claim.voice == brought:
            claim.voice = ()
