"""Turns under speaker labels, and the people a document names once with their role.

A transcript (a podcast, a group talk, interview notes) sets each turn as a paragraph that
opens with its speaker's label and a colon ("Marieke: Dat klopt.", "Host Joost: Welkom.",
"Interviewer: En de raad?"). The labels are short forms of people the text introduced once
in full with their role ("Aan tafel zit Marieke de Boer, schuldhulpverlener bij X."): a
first name, a surname or the full name, or a code of :mod:`kg.extract.codealiases`.

Labels
    A label is one to three capitalised words before a colon at a paragraph's start. A
    label that names the hosts or interviewers ("Host", "Presentator", "Interviewer", with
    or without a name after it) is the researchers' own turn: ``role/authors``, as the
    guidelines say; a name once labelled so is a host wherever it labels a turn.
People
    A person is introduced as a first name and a surname followed by a comma and a
    description of the person's function ("Karel Smit, wijkagent in Oost."): the group the
    description names (:func:`kg.extract.codealiases.description_voice`) is the person's
    voice, under the full name, the first name and the surname. Only the single names that
    label a turn and are no mention of their own ("Wethouder:" is a role's label) are looked
    for, so a document without labels costs a glance at each paragraph's first characters.
Turns
    A finding in a labelled paragraph that the text gives no other speaker (the authors by
    default) is the labelled person's; a finding with a source of its own ("Volgens de
    monitor van de GGD …") keeps it. A label of a person never introduced changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.document import Document
from kg.extract.model import SentenceMention
from kg.namespaces import CONCEPT

__all__ = ["HOST_WORDS", "introduced_people", "turn_labels"]

AUTHORS = CONCEPT + "role/authors"
#: Nouns that label the researchers' own turns (a host of a podcast, an interviewer).
HOST_WORDS = frozenset(
    {
        "host",
        "hosts",
        "presentator",
        "presentatrice",
        "interviewer",
        "interviewster",
        "gespreksleider",
        "gespreksleidster",
        "moderator",
        "onderzoeker",
        "verslaggever",
    }
)
#: The particles of a Dutch surname ("de Wit", "van der Berg").
_PARTICLES = r"(?:(?:van|de|der|den|ter|te|ten|in\s+'t|het|la|le|el|al)\s+)*"
#: A turn label at a paragraph's start: one to three capitalised words (a surname's
#: particles between them) and a colon.
_LABEL = re.compile(
    rf"(?P<label>[A-Z][\w'’-]*(?:\s+{_PARTICLES}[A-Z][\w'’-]*){{0,2}})\s*:\s+(?=\S)",
)
#: How far into a paragraph a label's colon may stand.
_LABEL_REACH = 40
#: A surname after a first name: optional particles, then one or two capitalised parts.
_SURNAME = rf"{_PARTICLES}[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
#: The description after an introduced name: between a comma and the clause's end.
_DESCRIPTION = re.compile(r"\s*,\s+(?P<desc>[^,.;:()“”\"?!]{3,120}?)\s*(?=[,.;!?)]|\s+en\s|$)")


def turn_labels(doc: Document) -> list[tuple[int, int, str]]:
    """The paragraphs that open with a speaker's label: ``(start, end, label)``.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nHost Joost: Welkom.\\n\\nMarieke: Dat klopt, hoor.\\n\\n"
    ...         "Dit is gewoon tekst: met een dubbele punt.\\n")
    >>> doc = parse_profile(text, "s")
    >>> [label for _, _, label in turn_labels(doc)]
    ['Host Joost', 'Marieke']
    """
    text = doc.text
    out: list[tuple[int, int, str]] = []
    for para in doc.paragraphs:
        if text.find(":", para.start, min(para.start + _LABEL_REACH, para.end)) < 0:
            continue
        found = _LABEL.match(text, para.start, para.end)
        if found is not None:
            out.append((para.start, para.end, " ".join(found.group("label").split())))
    return out


def host_label(label: str, hosts: frozenset[str]) -> bool:
    """Whether ``label`` names the researchers: a host word, or a name labelled so elsewhere.

    Examples
    --------
    >>> host_label("Host Joost", frozenset()), host_label("Interviewer", frozenset())
    (True, True)
    >>> host_label("Joost", frozenset({"JOOST"})), host_label("Marieke", frozenset({"JOOST"}))
    (True, False)
    """
    words = label.split()
    return words[0].lower() in HOST_WORDS or label.replace(" ", "").upper() in hosts


def host_names(labels: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names (in capitals) that follow a host word in some label ("Host Joost" → JOOST).

    Examples
    --------
    >>> sorted(host_names([(0, 9, "Host Joost"), (10, 20, "Marieke"), (21, 30, "Interviewer")]))
    ['JOOST']
    """
    return frozenset(
        "".join(words[1:]).upper()
        for _, _, label in labels
        if len(words := label.split()) > 1 and words[0].lower() in HOST_WORDS
    )


def introduced_people(
    doc: Document,
    labels: list[tuple[int, int, str]],
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> dict[str, str]:
    """The voices of the people the turn ``labels`` name, from their introduction (see the
    module docstring): key (name in capitals, no spaces) → group; hosts → ``role/authors``.
    ``voice_of(text, start, end, mentions)`` reads a description. A short form shared by two
    people is left out.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nHost Joost: Aan tafel zit Marieke de Boer, "
    ...         "schuldhulpverlener in Stad.\\n\\nMarieke: Dat klopt.\\n")
    >>> doc = parse_profile(text, "s")
    >>> at = doc.text.index("schuld")
    >>> debt = SentenceMention("role/debt", "role", at, at + 18, "schuldhulpverlener", 0)
    >>> def voice(t, a, b, ms):
    ...     return next((m.entity for m in ms if a <= m.start < b), None)
    >>> people = introduced_people(doc, turn_labels(doc), [debt], voice)
    >>> sorted((k, v.rsplit("/", 1)[-1]) for k, v in people.items())
    [('DEBOER', 'debt'), ('JOOST', 'authors'), ('MARIEKE', 'debt'), ('MARIEKEDEBOER', 'debt')]
    """
    hosts = host_names(labels)
    out: dict[str, str] = {host: AUTHORS for host in hosts}
    shared: set[str] = set()
    starts = {m.start for m in mentions}  # a label that is a mention ("Wethouder:") is no name
    firsts = {
        label
        for start, _, label in labels
        if " " not in label and not host_label(label, hosts) and start not in starts
    }
    text = doc.text
    for first in sorted(firsts):
        for found in re.finditer(rf"(?<![\w-]){re.escape(first)}\s+(?P<last>{_SURNAME})", text):
            description = _DESCRIPTION.match(text, found.end())
            if description is None or _named(mentions, found.start(), found.end()):
                continue
            voice = voice_of(text, *description.span("desc"), mentions)
            if voice is None:
                continue
            last = found.group("last")
            for key in (first, last, f"{first}{last}"):
                key = re.sub(r"\s+", "", key).upper()
                if out.get(key, voice) != voice:
                    shared.add(key)
                out.setdefault(key, voice)
            break
    for key in shared:
        out.pop(key, None)
    return out


def _named(mentions: list[SentenceMention], start: int, end: int) -> bool:
    """Whether a mention overlaps ``start:end`` (the words name an organisation or place)."""
    return any(m.start < end and start < m.end for m in mentions)
