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
    """
    groups = sorted((m.start, m.end, m.entity) for m in mentions if m.kind in SPEAKER_KINDS)
    if not groups:
        return ()
    masked, at = [], 0
    for start, end, _ in groups:
        masked += [heading[at:start], "\x00"]
        at = end
    masked.append(heading[at:])
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
