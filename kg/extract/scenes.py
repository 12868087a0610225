"""Scenes of a journalistic profile: the figures of a scene tell its story.

A feature may open a paragraph with a scene set at a time of day ("Om negen uur staat
Yusuf in de kantine …", "Terug in de wijk sluit het spreekuur om half twaalf."). What the
paragraph then counts ("Er zijn vijftien mensen geweest", "Hij begeleidt er drie jongens")
is what the reporter saw, no statistic: as with a case vignette
(:mod:`kg.extract.casestories`), the figures tell the story, so such a sentence is a finding
of the authors (gold, fifteenth batch, decision 1: the narration of a scene is a case story
the authors introduce).
"""

from __future__ import annotations

import re

from kg.document import Document

__all__ = ["clock_time", "paragraph_scene", "scene_paragraph"]

_HOURS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
#: A time of day: "om negen uur", "om half twaalf", "om 9 uur", "om 14.30 uur", "om 8:15".
_CLOCK = re.compile(
    rf"\bom\s+(?:half\s+{_HOURS}\b|(?:{_HOURS}|\d{{1,2}})\s+uur\b|\d{{1,2}}[.:][0-5]\d\b)",
    re.IGNORECASE,
)


def clock_time(text: str) -> bool:
    """Whether ``text`` sets something at a time of day.

    Examples
    --------
    >>> clock_time("Om negen uur staat Yusuf in de kantine.")
    True
    >>> clock_time("Het spreekuur sluit om half twaalf."), clock_time("om 14.30 uur")
    (True, True)
    >>> clock_time("De gemeente koos om twee redenen voor X.")
    False
    >>> clock_time("Het gaat om 12 gezinnen."), clock_time("om 2015 te halen")
    (False, False)
    """
    if "om" not in text.lower():
        return False  # a plain test first
    return _CLOCK.search(text) is not None


def scene_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is a scene: it sets what it tells at a time
    of day (:func:`clock_time`).

    Examples
    --------
    >>> t = "Terug in de wijk sluit het spreekuur om half twaalf. Er zijn tien mensen geweest."
    >>> scene_paragraph(t, 0, len(t))
    True
    >>> t = "In 2016 kwamen er tien mensen per week op het spreekuur."
    >>> scene_paragraph(t, 0, len(t))
    False
    """
    return clock_time(text[start:end])


def paragraph_scene(doc: Document, paragraph: int) -> bool:
    """Whether the paragraph numbered ``paragraph`` (from 1) is a scene set at a time of day
    (:func:`scene_paragraph`): its figures tell the story.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Het spreekuur sluit om half twaalf. Er zijn tien mensen geweest."
    >>> paragraph_scene(N(text=t, paragraphs=[N(start=0, end=len(t))]), 1)
    True
    >>> paragraph_scene(N(text=t, paragraphs=[]), 1)
    False
    """
    if not 0 < paragraph <= len(doc.paragraphs):
        return False
    block = doc.paragraphs[paragraph - 1]
    return scene_paragraph(doc.text, block.start, block.end)
