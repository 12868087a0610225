"""The voice of a list item opened by its speaker and a colon.

A report that sums up what several people said often gives each one an item of its own,
the speaker first and a colon before the words ("- de wethouder: de proeftuinen hebben
veel geleerd; - een raadslid: de monitor bevat weinig verhalen"). The construction is the
same in a bullet list, a numbered list, items between semicolons and a sentence that opens
with its speaker ("De cliëntenraad: de eigen bijdrage is te hoog."): a group standing at
the start of an item, at most with an article, a number or a short "van"/"uit" phrase of
its own ("een raadslid van de oppositie"), and a colon right after it, speaks the words
after the colon. A colon after a group that stands inside a clause ("komen uit de raad
zelf:") opens no item of that group's words.

Where a sentence names its speakers so, one by one, a collective that introduces them ("Wat
de betrokkenen ervan zeggen, laat zich in vier punten samenvatten: - de wethouder: …") is
their summary, no voice of its own: :func:`named_members` drops it.
"""

from __future__ import annotations

import re

from kg.extract.model import SentenceMention
from kg.extract.servedpeople import PEOPLE_SERVED
from kg.extract.sourceblocks import actor_key, key_is_topic, spoken_key
from kg.extract.speechcues import FUNCTION, STANCE

__all__ = ["item_voice", "named_members"]

#: What may open a list item before its speaker: the sentence's start, a bullet, a semicolon
#: or colon (with a bullet), a number or a letter with a point or bracket; then an article
#: or numeral, a function of the group ("een woordvoerder van de") and an inflected
#: adjective ("een ervaren huisarts").
_ITEM_OPENS = re.compile(
    r"(?:^\W*|[-–•·*▪]\s*|[;:]\s*(?:[-–•·*▪]\s*)?|(?<!\d)\d{1,2}[.)]\s*|\b[a-z][.)]\s+)"
    rf"(?:(?:de|het|een|één|twee|drie|vier|enkele|sommige|alle|veel)\s+)?(?:{FUNCTION}\s+)?"
    r"(?:[a-zà-ÿ]{2,}e\s+)?$",
    re.IGNORECASE,
)
#: After the group: at most a short phrase of its own ("van de oppositie", "uit Noord",
#: "jeugd", a name between commas is no part of it), then the colon and the item's words
#: (a letter or an opening quotation mark, no figure: "- ouderen: 1.200" counts).
_ITEM_SPEAKS = re.compile(
    r"^(?:\s+(?:van|uit|bij|in)\s+(?:de\s+|het\s+|een\s+)?[\w-]+(?:\s+[\w-]+)?|\s+[a-zà-ÿ-]+)?"
    r"\s*:\s*[‘“'\"„«]?[^\W\d_]",
    re.IGNORECASE,
)

#: The collective that introduces the people who speak ("de betrokkenen", "de
#: gesprekspartners"): its role key (``ontology/roles.ttl``).
_COLLECTIVE = "role/interviewees"


def item_voice(text: str, start: int, m: SentenceMention, after: str) -> bool:
    """Whether the group ``m`` opens a list item of the sentence starting at ``start`` with
    a colon after it (``after``: what follows the group), so that it speaks the item.

    Examples
    --------
    >>> s = "Drie reacties: - de wethouder: het gaat goed; - een raadslid: het kan beter."
    >>> m = SentenceMention("role/alderman", "role", 20, 29, "wethouder", 0)
    >>> item_voice(s, 0, m, s[29:])
    True
    >>> s = "De kritiek komt uit de raad zelf: de monitor is te dun."
    >>> m = SentenceMention("role/council-members", "role", 23, 27, "raad", 0)
    >>> item_voice(s, 0, m, s[27:])
    False
    """
    if ":" not in after[:40]:
        # the cheap gate: no colon after the group (an arrow may stand for the colon)
        return "→" in after[:45] and _arrow_stance(text, start, m, after)
    opener = text[start : m.start]
    if not (_ITEM_SPEAKS.match(after) and _ITEM_OPENS.search(opener)):
        # "Vooruitblik van het college: …", "Leerplichtambtenaar: 14 thuiszitters …"
        return spoken_key(text, start, m, after) or _reported_count(text, start, m, after)
    # a line that opens with its key ("Het Rijk: te laat …"): the key may be its topic
    key_line = not opener.strip() or opener.replace(" ", "").isalpha()
    return not key_line or not key_is_topic(text, start, m, after)


#: An arrow after the group (a qualifier in brackets may stand between), then its stance:
#: "Scholen (intern begeleiders) → positief over het team", "Huisartsen → kritisch".
_ARROW_STANCE = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?\s*→\s*(?:(?:zeer|erg|heel|vrij|wat|iets|ronduit|minder|meer)\s+)?"
    rf"(?:{STANCE})\b",
    re.IGNORECASE,
)


def _arrow_stance(text: str, start: int, m: SentenceMention, after: str) -> bool:
    """Whether the group ``m`` alone opens the line at ``start`` and an arrow leads from it
    to its own stance (:data:`_ARROW_STANCE`): the notes of a slide say who holds what view
    so ("Wijkteams → tevreden over de samenwerking"); an arrow to an act or an effect
    ("Huisartsen → verwijzen nog vaak door") reports about the group, not its view.

    Examples
    --------
    >>> t = "Scholen (intern begeleiders) → positief over het team"
    >>> m = SentenceMention("role/schools", "role", 0, 7, "Scholen", 0)
    >>> _arrow_stance(t, 0, m, t[7:])
    True
    >>> t = "Huisartsen → verwijzen nog vaak door"
    >>> m = SentenceMention("role/gp", "role", 0, 10, "Huisartsen", 0)
    >>> _arrow_stance(t, 0, m, t[10:])
    False
    """
    return (
        _ARROW_STANCE.match(after) is not None
        and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED
        and not text[start : m.start].strip(" -–•*").strip()
    )


#: A value that opens with a count of something ("14 thuiszitters", "ruim 300 meldingen"),
#: not of the key's own staff or members ("12 fte", "11 leden"): what the key reports.
_COUNT_VALUE = re.compile(
    r"\s*:\s*(?:(?:ruim|circa|ca\.|ongeveer|bijna|zo'n)\s+)?\d[\d.,]*\s+"
    r"(?!(?:fte|medewerkers?|leden|lid|formatieplaatsen|personen|mensen|teams?|locaties?)\b)"
    r"[a-zà-ÿ]{4,}",
    re.IGNORECASE,
)


def _reported_count(text: str, start: int, m: SentenceMention, after: str) -> bool:
    """Whether the group ``m`` is the key of a line of its own (an actor alone:
    :func:`kg.extract.sourceblocks.actor_key`) whose value opens with a count it reports
    (:data:`_COUNT_VALUE`): "Leerplichtambtenaar: 14 thuiszitters, tegen 22 een jaar eerder".

    Examples
    --------
    >>> t = "Leerplichtambtenaar: 9 thuiszitters, tegen 12 vorig jaar."
    >>> m = SentenceMention("role/leerplicht", "role", 0, 19, "Leerplichtambtenaar", 0)
    >>> _reported_count(t, 0, m, t[19:])
    True
    >>> t = "Consulenten: 12 fte."
    >>> m = SentenceMention("role/consulent", "role", 0, 11, "Consulenten", 0)
    >>> _reported_count(t, 0, m, t[11:])
    False
    """
    if _COUNT_VALUE.match(after) is None:
        return False
    colon = text.find(":", m.end)
    return actor_key(text, start, m, colon)


def named_members(
    text: str, start: int, end: int, roles: list[SentenceMention], speakers: list[str]
) -> list[str]:
    """``speakers`` without the collective that introduces speakers the sentence names one
    by one in its items (:func:`item_voice`).

    Examples
    --------
    >>> s = "Wat de betrokkenen zeggen: - de wethouder: het gaat goed."
    >>> roles = [SentenceMention("role/interviewees", "role", 7, 18, "betrokkenen", 0),
    ...          SentenceMention("role/alderman", "role", 32, 41, "wethouder", 0)]
    >>> named_members(s, 0, len(s), roles, ["role/interviewees", "role/alderman"])
    ['role/alderman']
    """
    if not any(sp.endswith(_COLLECTIVE) for sp in speakers) or ":" not in text[start:end]:
        return speakers
    named = [
        m.entity
        for m in roles
        if not m.entity.endswith(_COLLECTIVE) and item_voice(text, start, m, text[m.end : end])
    ]
    if not named:
        return speakers
    return [sp for sp in speakers if not sp.endswith(_COLLECTIVE)]
