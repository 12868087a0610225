"""The chair and the committee of a council meeting whose minutes a profile follows.

Minutes of a council committee ("De voorzitter opent het agendapunt …", "Agendapunt 2:
jeugdhulp.") speak of "de voorzitter" and "de commissie" bare: the chair of the meeting and
the committee of council members that meets. Both stand for the council members
(tests/gold/README.md, minutes of a meeting: '"commissie" and the chair of the meeting are
``role/council-members``, as "raad" and "voorzitter"'). Outside minutes a bare "voorzitter"
is the chair of whatever body the text speaks of (a Wmo-raad, a cliëntenraad), so the words
are read as the council members only in a text that shows the form of council minutes: the
items of an agenda ("Agendapunt 2: …", "De voorzitter opent het agendapunt"). A meeting alone
("De voorzitter opende de vergadering") may be any body's, whose chair is no mention of the
council. General Dutch minute-taking, not any profile's wording.

Examples
--------
>>> meeting_words("De voorzitter opent het agendapunt over de jeugdhulp.")
('voorzitter', 'commissie')
>>> meeting_words("De voorzitter van de Wmo-raad is tevreden.")
()
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lowered

__all__ = ["COUNCIL_MEMBERS", "WORDS", "meeting_words"]

#: The role key the chair and the committee of a council meeting stand for.
COUNCIL_MEMBERS = "council-members"
#: The bare words of a meeting that name the council members.
WORDS = ("voorzitter", "commissie")
#: The form of council minutes: the items of an agenda ("agendapunt", "agendapunten").
_MINUTES = re.compile(r"\bagendapunt", re.IGNORECASE)


def meeting_words(text: str) -> tuple[str, ...]:
    """The words that name the council members in ``text`` (:data:`WORDS` when the text
    shows the forms of minutes, else none).

    Examples
    --------
    >>> meeting_words("Agendapunt 3: Wmo. Mevrouw Bos vraagt of de commissie dat weet.")
    ('voorzitter', 'commissie')
    >>> meeting_words("De voorzitter opende de vergadering; de commissie zweeg.")
    ()
    """
    # the document's lower case, read once for it (:func:`~kg.extract.wordtokens.lowered`)
    if "agendapunt" not in (lowered(text) or text.lower()):
        return ()  # almost every profile
    return WORDS if _MINUTES.search(text) else ()
