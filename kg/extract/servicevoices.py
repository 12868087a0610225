"""A service that sees, reports or says something: the group that runs it.

The same holds for a desk ("loket") that the lexicon names as the staff behind it
("het Wmo-loket" for the Wmo consultants): it is that group only where it sees, reports or
says something ("Het Wmo-loket zegt dat …", "volgens het zorgloket"); a desk that is
opened, shared, housed or visited ("er is één Wmo-loket", "het Wmo-loket zit in het
stadskantoor", "bij het Wmo-loket binnenlopen") is a place or a service, no mention of a
group (:func:`silent_desk`).

Dutch names an organisation by the service it runs when it acts as a person would: "De
schuldhulpverlening zag het aantal aanvragen stijgen", "Volgens de nachtopvang slapen er
meer mensen buiten", "De wijkverpleging merkt dat …". The definite service noun of the
``[staff]`` table of ``kg/data/task-actors.toml`` (the services whose staff form a group)
as the subject of a verb of perceiving or saying, or after "volgens (de)", is a mention of
that group ("De schuldhulpverlening" → ``role/debt-counsellors``; gold README, the
``haarlem`` decision A6). The service named as work ("de schuldhulpverlening is belegd
bij …", "de wachttijd voor schuldhulpverlening") is not read: a name the lexicon already
matched is left alone as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.mentions import Mention
from kg.extract.problemclauses import alternation
from kg.extract.taskactors import staff_services

__all__ = ["service_voices", "silent_desk"]

#: Verbs of perceiving, reporting or saying in the present or past, third person.
_VERBS = (
    r"(?:ziet|zien|zag|zagen|merkt|merken|merkte|merkten|meldt|melden|meldde|meldden"
    r"|signaleert|signaleren|signaleerde|signaleerden|constateert|constateerde"
    r"|waarschuwt|waarschuwde|telt|telde|noemt|noemde|vindt|vond|verwacht|verwachtte"
    r"|schat|schatte|spreekt|sprak|wijst|wees|zegt|zeggen|zei|zeiden|vertelt|vertelde"
    r"|stelt|stelde|geeft|gaf|benadrukt|benadrukte|ervaart|ervoer|herkent|herkende)"
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The definite service before a verb of saying, or after "volgens (de/het)" (cached)."""
    words = alternation(list(staff_services()))
    return re.compile(
        rf"(?:(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?P<subject>{words})\s+{_VERBS}\b"
        rf"|(?<![\w-])[Vv]olgens\s+(?:de\s+|het\s+)?(?P<source>{words}))(?![\w-])",
        re.IGNORECASE,
    )


def service_voices(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """The services of ``text[start:end]`` that act as their staff, as mentions of the group.

    Examples
    --------
    >>> def read(text):
    ...     return [(m.text, m.entity.rsplit("/", 1)[-1])
    ...             for m in service_voices(text, 0, len(text), [])]
    >>> read("De schuldhulpverlening zag het aantal aanvragen stijgen.")
    [('schuldhulpverlening', 'debt-counsellors')]
    >>> read("Volgens de nachtopvang slapen er meer mensen buiten.")
    [('nachtopvang', 'maatschappelijke-opvang')]
    >>> read("De schuldhulpverlening is belegd bij de kredietbank.")
    []
    """
    out: list[Mention] = []
    for match in _pattern().finditer(text, start, end):
        group = "subject" if match.group("subject") else "source"
        s, e = match.span(group)
        if any(m.start < e and s < m.end for m in found):
            continue
        role = staff_services()[match.group(group).lower()]
        out.append(Mention(role, "role", s, e, match.group(group)))
    return out


#: A verb of perceiving, reporting or saying right after a desk.
_SAYS_AFTER = re.compile(rf"\s+{_VERBS}\b", re.IGNORECASE)
#: "volgens (de/het)" right before a desk.
_SOURCE_BEFORE = re.compile(r"\bvolgens\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def silent_desk(text: str, start: int, end: int) -> bool:
    """Whether the desk named at ``text[start:end]`` ("Wmo-loket", "zorgloket") neither sees
    nor says anything: then it is no mention of the group behind it (module docstring).

    Examples
    --------
    >>> s = "Sinds 2015 is er één Wmo-loket. Het Wmo-loket zegt dat het druk is."
    >>> silent_desk(s, 21, 30), silent_desk(s, 36, 45)
    (True, False)
    >>> s = "Volgens het zorgloket is de wachttijd kort; het sociaal team niet."
    >>> silent_desk(s, 12, 21), silent_desk(s, 48, 60)
    (False, False)
    """
    if "loket" not in text[start:end].lower():
        return False
    return not (
        _SAYS_AFTER.match(text, end) or _SOURCE_BEFORE.search(text, max(0, start - 16), start)
    )
