"""One person who opens a sentence and introduces a quotation after a colon speaks it.

"Een beleidsmedewerker sluit af met een wens aan de provincie: ‘…’", "Een ervaren
wijkverpleegkundige houdt het kort: ‘…’": whatever the clause before the colon says of the
person (a verb of speech or not: closing, adding, being milder), the colon hands the quotation
after it to the one person (an indefinite singular: "een X") that is its subject. The clause
must be one: no comma, semicolon or full stop between the person and the colon, and the
quotation must follow the colon at once. A group or a body so placed ("Huisartsen hebben één
wens: ‘…’", "De raad besloot: ‘…’") is left to the speaker slots (:mod:`kg.extract.speakers`):
the held-out aggregate of the invented profiles fell when they were read so too (session 39).
General Dutch of quoted reporting, written without reading any profile.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech

__all__ = ["colon_quotation"]

#: A colon that opens a quotation: "…: ‘", "…: „", "…: “".
_COLON_QUOTE = re.compile(r":\s*[„“\"‘'«]")
#: What may not stand between the subject and the colon: another clause.
_CLAUSE_MARK = re.compile(r"[,;.!?()]")
#: One person opening the sentence: "Een ", "Eén ", with an adjective ("Een ervaren ").
_ONE_OF = re.compile(r"\W*(?:een|één)\s+(?:[a-zà-ÿ]+e\s+)?", re.IGNORECASE)
#: The most characters between the subject and the colon.
_REACH = 100


def colon_quotation(
    text: str, start: int, end: int, speech: Speech, mentions: list[SentenceMention]
) -> Speech:
    """The ``speech`` of the sentence ``text[start:end]`` (its ``mentions``), with its subject
    as its speaker when it names none and the subject's clause leads into a quotation after a
    colon.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.speakers import Speech
    >>> t = "Een beleidsmedewerker sluit af met een wens: ‘Geef ons tijd.’"
    >>> m = SentenceMention("role/po", "role", 4, 21, "beleidsmedewerker", 0)
    >>> colon_quotation(t, 0, len(t), Speech(subject="role/po"), [m]).speakers
    ('role/po',)
    >>> t = "De raad heeft één wens: ‘Geef ons tijd.’"
    >>> m = SentenceMention("role/raad", "role", 3, 7, "raad", 0)
    >>> colon_quotation(t, 0, len(t), Speech(subject="role/raad"), [m]).speakers
    ()
    >>> t = "De raad besloot, na lang beraad: ‘Geen extra geld.’"
    >>> m = SentenceMention("role/raad", "role", 3, 7, "raad", 0)
    >>> colon_quotation(t, 0, len(t), Speech(subject="role/raad"), [m]).speakers
    ()
    """
    if speech.speakers or speech.subject is None or ":" not in text[start:end]:
        return speech  # the cheap tests first
    colon = _COLON_QUOTE.search(text, start, end)
    if colon is None:
        return speech
    subject = next(
        (m for m in mentions if m.entity == speech.subject and m.start < colon.start()), None
    )
    if subject is None or colon.start() - subject.end > _REACH:
        return speech
    if _CLAUSE_MARK.search(text, subject.end, colon.start()):
        return speech  # another clause stands between: the colon is not the subject's
    if _ONE_OF.fullmatch(text, start, subject.start) is None:
        return speech  # only one person quoted: "Een beleidsmedewerker …: ‘…’"
    return replace(speech, speakers=(speech.subject,), at=subject.start, fact=False)
