"""The person a closing "zegt ze" refers to: the one a scene introduced before the quotation.

A journalistic profile introduces a person first, by name and function in apposition
("Marieke, wijkverpleegkundige in Oost, opent de deur.") or as one of a group ("Een raadslid
van de oppositie loopt de zaal uit."), and then quotes the person with an attribution that
closes the quotation with a personal pronoun ("“…”, zegt ze.", "“…”, vertelt hij."). The
pronoun takes up that person, whose function is the speaker, as the annotation guideline has
it for roles named by function. Only the paragraph before the quotation is read: a person
introduced there and not since replaced by another.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.model import SentenceMention

__all__ = [
    "closing_name",
    "closing_pronoun",
    "introduced_person",
    "introduced_voices",
    "named_person",
]

#: A quotation closed by a reporting verb and a singular personal pronoun: "“…”, zegt ze.",
#: "‘…’, vertelt hij lachend.", "“…”, legt zij uit." (at most three words after the pronoun).
_CLOSING_PRONOUN = re.compile(
    r"[”’\"']\s*,\s*(?:zegt|zei|vertelt|vertelde|stelt|stelde|meent|benadrukt|benadrukte"
    r"|verzucht|verzuchtte|erkent|erkende|merkt|merkte|legt|legde|voegt|voegde|waarschuwt"
    r"|waarschuwde|vervolgt|vervolgde|concludeert|antwoordt|antwoordde|geeft|gaf|vindt|vond"
    r"|zucht|lacht|beaamt|relativeert|nuanceert)\s+(?:ze|zij|hij)\b(?:\s+[\w-]+){0,3}\s*[.!?]$",
    re.IGNORECASE,
)
#: A quotation closed by a reporting verb and a first name: "“…”, zegt Yusuf." (the name a
#: scene introduced before, with the person's function in apposition).
_CLOSING_NAME = re.compile(
    r"[”’\"']\s*,\s*(?:zegt|zei|vertelt|vertelde|stelt|stelde|meent|benadrukt|verzucht|erkent"
    r"|vervolgt|concludeert|antwoordt|lacht|beaamt|relativeert)\s+([A-Z][a-zà-ÿ]+)\s*[.!?]$"
)
#: A name and a comma right before a function in apposition: "Yusuf, jobcoach", "Marieke de
#: Vries, wijkverpleegkundige".
_APPOSED = re.compile(r"\b[A-Z][a-zà-ÿ]+(?: (?:(?:de|van|der|den|ter|ten) )*[A-Z][\w-]*)*, +$")
#: One of a group, not after a preposition: "loopt een raadslid", "Een wijkagent".
_ONE_OF = re.compile(
    r"(?:^|[^\s]\s+)(?<!\bin\s)(?<!\bbij\s)(?<!\bvan\s)(?<!\bnaar\s)(?<!\bmet\s)(?<!\bvoor\s)"
    r"(?<!\bop\s)(?<!\buit\s)(?<!\baan\s)(?<!\bover\s)\b(?:een|één)\s+(?:[a-zà-ÿ-]+e\s+)?$",
    re.IGNORECASE,
)


def closing_pronoun(text: str) -> bool:
    """Whether the claim ``text`` is a quotation closed by a reporting verb and a singular
    personal pronoun.

    Examples
    --------
    >>> closing_pronoun("“Het gaat beter dan vorig jaar”, zegt ze.")
    True
    >>> closing_pronoun("‘We doen wat we kunnen’, vertelt hij.")
    True
    >>> closing_pronoun("“Het gaat beter”, zegt de wethouder.")
    False
    >>> closing_pronoun("Zij zegt dat het beter gaat.")
    False
    """
    if not text.endswith((".", "!", "?")) or "," not in text[-60:]:
        return False  # the cheap gate: a comma near the end
    return _CLOSING_PRONOUN.search(text, max(0, len(text) - 60)) is not None


def closing_name(text: str) -> str | None:
    """The first name that closes the quotation ``text`` as its speaker ("“…”, zegt Yusuf.");
    None if none does.

    Examples
    --------
    >>> closing_name("“Het gaat beter dan vorig jaar”, zegt Anouk.")
    'Anouk'
    >>> closing_name("“Het gaat beter”, zegt de wethouder.") is None
    True
    """
    if not text.endswith((".", "!", "?")) or "," not in text[-40:]:
        return None  # the cheap gate: a comma near the end
    found = _CLOSING_NAME.search(text, max(0, len(text) - 40))
    return found.group(1) if found else None


def named_person(text: str, mentions: list[SentenceMention], name: str) -> str | None:
    """The group of the function ``mentions`` give in apposition to the first ``name``
    ("Anouk, jobcoach bij een bedrijf, …"); None if none does.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Daar staat Anouk, jobcoach bij een bedrijf."
    >>> named_person(t, [SentenceMention("role/jobcoach", "role", 18, 26, "jobcoach", 0)], "Anouk")
    'role/jobcoach'
    >>> named_person(t, [SentenceMention("role/jobcoach", "role", 18, 26, "jobcoach", 0)], "Sem")
    """
    for m in mentions:
        if m.kind != "role":
            continue
        apposed = _APPOSED.search(text, max(0, m.start - 60), m.start)
        if apposed is not None and apposed.group(0).split()[0].rstrip(",") == name:
            return m.entity
    return None


def introduced_person(text: str, mentions: list[SentenceMention]) -> str | None:
    """The group of the person the paragraph introduced last, ``mentions`` being the role
    mentions of its sentences before the quotation (in order): a function in apposition to a
    name, or a group's noun after "een" that no preposition governs; None if none.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> def ms(t, *pairs):
    ...     return [SentenceMention(e, "role", t.index(w), t.index(w) + len(w), w, 0)
    ...             for e, w in pairs]
    >>> t = "Om negen uur staat Anouk, jobcoach bij een bedrijf, in de hal van een school."
    >>> introduced_person(t, ms(t, ("role/jobcoach", "jobcoach"), ("role/schools", "school")))
    'role/jobcoach'
    >>> t = "Na de vergadering loopt een raadslid van de oppositie naar buiten."
    >>> introduced_person(t, ms(t, ("role/council-members", "raadslid")))
    'role/council-members'
    >>> t = "Hij werkt in een huisartsenpraktijk."
    >>> introduced_person(t, ms(t, ("role/general-practitioners", "huisartsenpraktijk"))) is None
    True
    """
    found = None
    for m in mentions:
        if m.kind != "role":
            continue
        before = text[max(0, m.start - 60) : m.start]
        if _APPOSED.search(before):
            found = m.entity  # "Yusuf, jobcoach": the person's function
        elif found is None and _ONE_OF.search(before):
            found = m.entity  # "loopt een raadslid": one of the group
    return found


def introduced_voices(text: str, claims: Sequence[Any]) -> None:
    """Give a quotation closed by a pronoun ("“…”, zegt ze.") or a first name ("“…”, zegt Anouk.")
    that no voice holds the person its paragraph introduced before it (:func:`introduced_person`,
    :func:`named_person`); ``claims`` are those of
    :mod:`kg.extract.claims`.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.model import SentenceMention
    >>> t = "Daar staat Anouk, jobcoach bij een bedrijf. “Het werkt”, zegt ze."
    >>> m = SentenceMention("role/jobcoach", "role", 18, 26, "jobcoach", 0)
    >>> claims = [Claim([Sentence(0, 0, 43, 0, 0)], [m]), Claim([Sentence(1, 44, len(t), 0, 0)])]
    >>> introduced_voices(t, claims)
    >>> claims[1].voice
    ('role/jobcoach',)
    """
    first = 0
    for k, claim in enumerate(claims):
        if k and claim.paragraph != claims[k - 1].paragraph:
            first = k
        if claim.voice or claim.explicit or k == first:
            continue
        said = text[claim.start : claim.end]
        pronoun = closing_pronoun(said)
        name = None if pronoun else closing_name(said)
        if not pronoun and name is None:
            continue
        before = [m for c in claims[first:k] for m in c.mentions]
        who = introduced_person(text, before) if name is None else named_person(text, before, name)
        if who is not None:
            claim.voice = (who,)
