"""Who a section heading gives the floor to: "Ervaringen van huisartsen", "De wethouder aan
het woord", "Huisartsen".

A heading that names a group alone, or its experiences, view or words, opens a section
told in that group's voice (:func:`floors`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.voiceforms import SPEAKER_KINDS

if TYPE_CHECKING:
    from kg.document import Document

__all__ = ["floors", "heading_voice"]


#: A heading that gives the floor to a group: the group alone ("Huisartsen",
#: "Cliëntenraad en Wmo-raad") or its view ("Ervaringen van zorgaanbieders",
#: "Wat raadsleden zeggen", "De wethouder aan het woord"); the group stands as ``\0``.
_HEADING_VOICE = re.compile(
    r"^\W*(?:(?:de|het)\s+)?"
    r"(?:(?:ervaringen|ervaring|visie|oordeel|mening|perspectief|kijk|stem|beeld|geluiden"
    r"|signalen|reacties|reactie)\s+(?:van|bij|uit)\s+(?:de\s+|het\s+)?|wat\s+(?:de\s+|het\s+)?"
    # "Het woord aan de wethouder", "In gesprek met zorgaanbieders", "Wat zeggen raadsleden?"
    r"|het\s+woord\s+aan\s+(?:de\s+|het\s+)?|in\s+gesprek\s+met\s+(?:de\s+|het\s+)?"
    # "Gesprekken met zorgaanbieders", "Het verhaal van de huisartsen", "Volgens raadsleden"
    r"|(?:gesprek(?:ken)?|interviews?)\s+met\s+(?:de\s+|het\s+)?"
    r"|het\s+verhaal\s+van\s+(?:de\s+|het\s+)?|(?:volgens|vanuit)\s+(?:de\s+|het\s+)?"
    r"|wat\s+(?:zeggen|zegt|vinden|vindt|vertellen|vertelt|ervaren|ervaart)\s+(?:de\s+|het\s+)?)?"
    r"\x00(?:\s*(?:,|en|&)\s*(?:de\s+|het\s+)?\x00)*"
    r"(?:\s+(?:aan\s+het\s+woord|zeggen|zegt|vinden|vindt|vertellen|vertelt|ervaren|ervaart)"
    r"|\s+over\s+[^\x00]+)?"  # "Huisartsen over de samenwerking": the group's view of a subject
    r"\W*$",
    re.IGNORECASE,
)


#: The header of an interview's summary or a conversation's report, naming the person
#: spoken with right after its label: "Gesprek 3 – jeugdarts GGD Noord, 13 april 2016",
#: "Interview 2: teamleider sociaal team (mei 2016)", "Gesprek met twee huisartsen"; the
#: person (the group named first, ``\0``) speaks the block under it, whatever follows (the
#: organisation, a date).
_INTERVIEW_HEADER = re.compile(
    r"^\W*(?:gesprek|interview|gespreksverslag|verslag\s+van\s+(?:het\s+)?gesprek)"
    r"(?:\s+(?:nr\.?\s*)?\d{1,3}[a-z]?)?\s*(?:[–—:-]|\bmet\b)\s*"
    r"(?:(?:de|het|een|twee|drie|vier|vijf|zes)\s+)?\x00",
    re.IGNORECASE,
)


def heading_voice(heading: str, mentions) -> tuple[str, ...]:  # noqa: ANN001
    """The groups a section heading gives the floor to, or ``()``.

    Parameters
    ----------
    heading : str
        The heading text.
    mentions : iterable
        Mentions found in the heading, with ``entity``, ``kind`` and ``start``/``end``
        relative to the heading.

    Returns
    -------
    tuple of str
        Sorted entity IRIs.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> gp = M("role/gp", "role", 15, 25, "huisartsen", None)
    >>> heading_voice("Ervaringen van huisartsen", [gp])
    ('role/gp',)
    >>> heading_voice("De rol van huisartsen", [M("role/gp", "role", 11, 21, "huisartsen", None)])
    ()
    >>> h = "Gesprek 2 – wijkcoach Stichting Zon, 3 mei 2016"
    >>> heading_voice(h, [M("role/coach", "role", 12, 20, "wijkcoach", None),
    ...                   M("organisation/zon", "organisation", 21, 34, "Stichting Zon", None)])
    ('role/coach',)
    """
    groups = sorted((m.start, m.end, m.entity) for m in mentions if m.kind in SPEAKER_KINDS)
    if not groups:
        return ()
    masked, at = [], 0
    for start, end, _ in groups:
        masked += [heading[at:start], "\x00"]
        at = end
    masked.append(heading[at:])
    if _INTERVIEW_HEADER.match(masked[0] + "\x00") is not None:
        return (groups[0][2],)  # the person an interview's header names first speaks
    if not _HEADING_VOICE.match("".join(masked)):
        return ()
    return tuple(sorted({entity for _, _, entity in groups}))


def floors(doc: Document, lexicon) -> dict[int, tuple[str, ...]]:  # noqa: ANN001
    """The groups each section's heading gives the floor to ("Ervaringen van huisartsen").

    A heading of the profiles' own outline ("Bestuur", "Organisatie") names a theme,
    not a voice.
    """
    out = {}
    for section in doc.sections:
        if section.theme is not None:
            continue
        found = lexicon.matcher.find(doc.text, section.start, section.heading_end)
        rel = [replace(m, start=m.start - section.start, end=m.end - section.start) for m in found]
        if voice := heading_voice(section.heading, rel):
            out[section.index] = voice
    return out
