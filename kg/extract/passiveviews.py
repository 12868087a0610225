"""The agent of a passive view read over its whole clause: who characterises something.

The speaker slots (:mod:`kg.extract.speakerslots`) read the agent of a passive report when
its participle follows it within a few words ("wordt door raadsleden als zwaar ervaren").
A writer who fronts the agent or puts a long object between the auxiliary and the
participle still names who holds the view:

- "Door de ambtelijke organisatie wordt de voorbereiding op de decentralisaties als degelijk
  omschreven", "Door raadsleden wordt deze groep als nuttig beschouwd";
- "De verhouding met het Rijk wordt door het college als afstandelijk getypeerd" (a verb of
  characterising, ``kg/data/view-participles.txt``);
- "Een zorg die door meerdere gesprekspartners naar voren wordt gebracht, betreft …";
- closing the sentence, any participle after "zo": "…, zo wordt door ambtenaren
  vastgesteld" (the attribution's form makes it a report, whatever the verb).

The participle must stand in the agent's clause (no comma, colon or semicolon between),
with a passive auxiliary in that clause; the people served ("door cliënten") are not read
here: what they appreciate or find describes the service (:func:`passive_view`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract.model import SentenceMention
from kg.extract.servedpeople import PEOPLE_SERVED
from kg.extract.speakerslots import other_slot
from kg.extract.speechcues import AGENT_PARTICIPLES, QUANT

__all__ = ["passive_view", "slot_or_passive"]

#: The auxiliaries of a passive (present, past and perfect).
_AUX = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren)\b", re.IGNORECASE)
#: "door" with the group's quantifiers and an adjective, right before the group.
_DOOR = re.compile(
    rf"\bdoor\s+(?:{QUANT}\s+)*(?:[a-zà-ÿ]{{2,}}[^\W\d_]e\s+)?$",
    re.IGNORECASE,
)
#: The closing form: "…, zo wordt door X" before the group.
_ZO_DOOR = re.compile(
    rf",\s*zo\s+(?:wordt|worden|werd|werden|is|zijn)\s+(?:\w+\s+){{0,2}}?door\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
#: A participle closing the sentence right after the group ("… vastgesteld.").
_CLOSING_PARTICIPLE = re.compile(
    r"^(?:\s+(?:ook|al|wel|nog|daarbij|eveneens)){0,2}\s+[a-zà-ÿ]*(?:ge|ver|be|er|her|ont)"
    r"[a-zà-ÿ]+[dt]\s*[.!]?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _participle_later() -> re.Pattern[str]:
    """A view's participle in the clause after the group (cached): within six words, or
    further on right after what the group takes it for ("als degelijk omschreven")."""
    extra = "|".join(_phrase(p) for p in sorted(word_list("view-participles.txt"), key=len)[::-1])
    word = r"[^\s,;:.()]+"
    return re.compile(
        rf"^(?:\s+{word}){{0,6}}?\s+(?:{AGENT_PARTICIPLES}|{extra})\b"
        rf"|^(?:\s+{word}){{0,10}}?\s+als(?:\s+{word}){{1,3}}?\s+(?:{AGENT_PARTICIPLES}|{extra})\b",
        re.IGNORECASE,
    )


def _phrase(participle: str) -> str:
    """The pattern of a participle of the data file; a phrase may take the auxiliary before
    its last word ("naar voren wordt gebracht").

    Examples
    --------
    >>> bool(re.fullmatch(_phrase("naar voren gebracht"), "naar voren wordt gebracht"))
    True
    """
    *lead, last = participle.split()
    if not lead:
        return re.escape(last)
    aux = r"(?:(?:wordt|worden|werd|werden|is|zijn)\s+)?"
    return r"\s+".join(map(re.escape, lead)) + r"\s+" + aux + re.escape(last)


def passive_view(text: str, start: int, m: SentenceMention, after: str) -> tuple[bool, bool]:
    """Whether the group ``m`` is the agent of a passive view in its sentence (from
    ``start`` in ``text``; ``after``: what follows the group), and whether that attribution
    closes the sentence: ``(hit, closing)``.

    Examples
    --------
    >>> s = "Door raadsleden wordt deze groep als nuttig beschouwd."
    >>> m = SentenceMention("role/council-members", "role", 5, 15, "raadsleden", 0)
    >>> passive_view(s, 0, m, s[15:])
    (True, False)
    >>> s = "Het loopt goed, zo wordt door ambtenaren vastgesteld."
    >>> m = SentenceMention("role/civil-servants", "role", 30, 40, "ambtenaren", 0)
    >>> passive_view(s, 0, m, s[40:])
    (True, True)
    >>> s = "De begroting wordt door de raad vastgesteld."
    >>> m = SentenceMention("role/council", "role", 27, 31, "raad", 0)
    >>> passive_view(s, 0, m, s[31:])
    (False, False)
    """
    if text.find("oor ", max(start, m.start - 70), m.start) < 0:
        return False, False  # no "door" before the group: no agent
    if m.entity.rsplit("/", 1)[-1] in PEOPLE_SERVED:
        return False, False
    before = text[start : m.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    if _ZO_DOOR.search(before) and _CLOSING_PARTICIPLE.match(after):
        return True, True
    clause = before[cut + 1 :]
    if _DOOR.search(clause) is None:
        return False, False
    later = _participle_later().match(after)
    if later is None or _AUX.search(clause + after[: later.end()]) is None:
        return False, False
    return True, False


def slot_or_passive(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    m: SentenceMention,
    after: str,
    initial: bool,  # noqa: FBT001
    subject_speaker: bool,  # noqa: FBT001
) -> tuple[bool, bool]:
    """The speaker slots of :func:`kg.extract.speakerslots.other_slot`, then the agent of a
    passive view over its clause (:func:`passive_view`): ``(hit, closing)``.

    Examples
    --------
    >>> s = "Door raadsleden wordt deze groep als nuttig beschouwd."
    >>> m = SentenceMention("role/council-members", "role", 5, 15, "raadsleden", 0)
    >>> slot_or_passive(s, 0, len(s), m, s[15:], True, False)
    (True, False)
    """
    hit, late = other_slot(text, start, end, m, after, initial, subject_speaker)
    return (hit, late) if hit else passive_view(text, start, m, after)
