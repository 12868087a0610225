"""Fact-sheet blocks headed by their source, and key-value lines whose key is a topic.

A fact sheet groups what one party said under a line that names the party and closes with a
colon, on a paragraph of its own: "Uit de gesprekken met ambtenaren:", "Uit het gesprek met
de wethouder:", "In gesprekken met huisartsen:", "Volgens de aanbieders:". The line makes no
claim of its own; it gives its voice to the lines after it that name no speaker of their own,
until the section ends, the next such line, or a line that names another party as its speaker
(the text has moved on to another source).

A key-value line opens with its key and a colon ("Het Rijk: te laat met de budgetten.",
"Veilig Thuis X: meldingen gestegen."). When the key is a group or an organisation and the
value is a verbless fragment that judges or describes the key, the key is what the line is
about, not its speaker; the key speaks only when the value opens with a quotation, with the
key's own stance ("De wethouder: optimistisch over 2018", "Wmo-adviesraad: zorgen over de
eigen bijdrage") or with a clause of its own ("De cliëntenraad: de eigen bijdrage is te
hoog"), or when the key is one person ("Een raadslid: te weinig grip").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.datafiles import word_list
from kg.extract.linekeys import key_end
from kg.extract.servedpeople import PEOPLE_SERVED
from kg.extract.sourceheadings import source_heading as names_source
from kg.extract.speechcues import STANCE

if TYPE_CHECKING:
    from kg.document import Sentence
    from kg.extract.model import SentenceMention

__all__ = [
    "Blocks",
    "actor_key",
    "heading_voice_of",
    "key_is_topic",
    "key_value",
    "keyed",
    "source_heading",
    "spoken_key",
]

#: The kinds of mention that can speak for a block.
_SPEAKING_KINDS = ("role", "organisation", "body")
#: What opens a value the key speaks: a quotation mark, the key's stance (an attitude
#: predicate of :data:`kg.extract.speechcues.STANCE`, or a noun of concern, doubt, praise or
#: reservation), or a clause of its own (an article or a personal pronoun first).
_KEY_SPEAKS = re.compile(
    rf"\s*:\s*(?:\W{{0,2}}[“\"‘„'«]|(?:(?:zeer|erg|heel|vrij|wat|iets|licht|ronduit|minder)\s+)?"
    rf"(?:{STANCE})\b|(?:zorgen|zorg|kanttekening|kanttekeningen|twijfel|twijfels|kritiek|lof"
    r"|waardering|bezwaar|bezwaren|vertrouwen|hoop)\b"
    r"|(?:de|het|die|dat|deze|dit|er|we|wij|ze|zij|hij|ik|men|je|jij|u|ons|onze|hun|mijn)\s)",
    re.IGNORECASE,
)
#: A key that names what a group said, thought or expects ("Vooruitblik van het college:",
#: "Oordeel van de raad:", "Reactie van de wethouder:", in telegram style without "van":
#: "Verwachting college:"): the noun of speech and "van" before the group.
_SPOKEN_KEY = re.compile(
    r"\W*(?:vooruitblik|terugblik|oordeel|reactie|visie|mening|advies|conclusie|standpunt"
    r"|verwachting|inschatting|boodschap|kritiek|zorg|zorgen|wens|wensen|prioriteit"
    r"|prioriteiten)\s+(?:van\s+(?:de\s+|het\s+)?)?$",
    re.IGNORECASE,
)
#: A value that opens with a quotation mark ("Een ambtenaar: ‘…’").
_QUOTE_OPENS = re.compile(r"\s*\W{0,2}[“\"‘„'«]")
#: One person (an indefinite singular) before the key's group: "Een raadslid:", "één ambtenaar:".
_ONE_PERSON = re.compile(r"\b(?:een|één)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def source_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is the heading line of a block of what one
    party said: a paragraph of its own, at most 110 characters, that names a source
    (:func:`kg.extract.sourceheadings.source_heading`) and closes with a colon.

    Examples
    --------
    >>> t = "Uit de gesprekken met huisartsen:\\n\\nOverleg: beter."
    >>> source_heading(t, 0, 33), source_heading(t, 35, len(t))
    (True, False)
    >>> source_heading("Uit het gesprek met de voorzitter van de cliëntenraad:", 0, 54)
    True
    >>> source_heading("Volgens de consulenten:", 0, 23)
    True
    >>> t = "Ze zeggen het volgende over de gesprekken met ouders:"
    >>> source_heading(t, 0, len(t))
    False
    """
    if end <= start or text[end - 1] != ":" or end - start > 110:
        return False  # the cheap gate: a short line closed by a colon
    if text[max(0, start - 1) : start] not in ("", "\n") or text[end : end + 1] not in ("", "\n"):
        return False  # a line of its own
    # no lead-in before "volgens": "Knelpunten volgens X:" opens a bullet list, whose voice
    # the list openers carry; a block (key-value lines only) would take the line from them
    return names_source(text, start, end, lead_in=False)


def key_value(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a key-value line: a key
    (:func:`kg.extract.linekeys.key_end`), a colon and a value ("Werkdruk: hoog, vooral in
    het centrum.").

    Examples
    --------
    >>> key_value("Werkdruk: hoog, vooral in het centrum.", 0, 38)
    True
    >>> t = "De gemeente deelt met de buurgemeente sinds 2016 één meldpunt."
    >>> key_value(t, 0, len(t))
    False
    """
    return key_end(text, start, end) is not None


def heading_voice_of(mentions: list[SentenceMention]) -> tuple[str, ...]:
    """The voice a block's heading line gives: the organisations it names, else the groups
    (a kind noun before a name yields to the name: "welzijnsorganisatie Stichting X").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> ms = [SentenceMention("role/welfare", "role", 22, 40, "welzijnsorganisatie", 0),
    ...       SentenceMention("organisation/x", "organisation", 41, 50, "Stichting X", 0)]
    >>> heading_voice_of(ms)
    ('organisation/x',)
    >>> heading_voice_of([SentenceMention("role/civil-servants", "role", 0, 9, "ambtenaren", 0)])
    ('role/civil-servants',)
    """
    named = [m for m in mentions if m.kind in _SPEAKING_KINDS]
    organisations = sorted({m.entity for m in named if m.kind == "organisation"})
    if organisations:
        return tuple(organisations)
    return tuple(sorted({m.entity for m in named}))


def spoken_key(text: str, start: int, m: SentenceMention, after: str) -> bool:
    """Whether the group ``m`` is named in the key of a line that opens the sentence starting
    at ``start`` as the one whose words, view or expectation the value gives ("Vooruitblik van
    het college: tekorten kleiner."); ``after`` is what follows the group.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Oordeel van de raad: te weinig zicht op de regio."
    >>> m = SentenceMention("role/council-members", "role", 15, 19, "raad", 0)
    >>> spoken_key(t, 0, m, t[19:])
    True
    >>> t = "Verwachting college: tekort kleiner in 2018."
    >>> m = SentenceMention("role/executive-board", "role", 12, 19, "college", 0)
    >>> spoken_key(t, 0, m, t[19:])
    True
    >>> t = "Rol van de raad: vooral achteraf."
    >>> m = SentenceMention("role/council-members", "role", 11, 15, "raad", 0)
    >>> spoken_key(t, 0, m, t[15:])
    False
    """
    if after[:3].lstrip()[:1] != ":":
        return False  # the cheap gate: the colon right after the group
    return _SPOKEN_KEY.match(text, start, m.start) is not None


def key_is_topic(text: str, start: int, m: SentenceMention, after: str) -> bool:
    """Whether the group ``m`` that opens the sentence starting at ``start`` is the key of a
    key-value line and what the value is about, not its speaker (``after``: what follows the
    group, its colon first).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> def key(t, w, entity="role/x", kind="role"):
    ...     at = t.index(w)
    ...     m = SentenceMention(entity, kind, at, at + len(w), w, 0)
    ...     return key_is_topic(t, 0, m, t[at + len(w):])
    >>> key("Het Rijk: te laat met de budgetten.", "Rijk", "role/national-government")
    True
    >>> key("Woningcorporatie Noord: wachttijd ruim vier jaar.", "Woningcorporatie Noord",
    ...     "organisation/noord", "organisation")
    True
    >>> key("Teamleider: caseload gestegen.", "Teamleider")
    False
    >>> key("De wethouder: optimistisch over volgend jaar.", "wethouder")
    False
    >>> key("De cliëntenraad: de eigen bijdrage is te hoog.", "cliëntenraad")
    False
    >>> key("Een raadslid: te weinig grip op de regio.", "raadslid")
    False
    >>> key("De wethouder: ‘Het kan beter.’", "wethouder")
    False
    """
    if ":" not in after[:40]:
        return False  # the cheap gate: the colon near the group
    colon = key_end(text, start, m.end + len(after))
    if colon is None or colon < m.end or _KEY_SPEAKS.match(text, colon) is not None:
        return False
    if actor_key(text, start, m, colon):
        return False  # "Teamleider: caseload gestegen": the function reports
    return _ONE_PERSON.search(text, start, m.start) is None


#: Roles a key names as what the line judges, not as its reporter
#: (``kg/data/key-subject-roles.txt``).
_JUDGED_ROLES = word_list("key-subject-roles.txt")
#: What may stand in a key around an actor's name: an article before it, a qualifier in
#: brackets after it ("Raadslid (oppositie)").
_KEY_ARTICLE = re.compile(r"\s*(?:(?:de|het)\s+)?$", re.IGNORECASE)
_KEY_QUALIFIER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*$")


def actor_key(text: str, start: int, m: SentenceMention, colon: int) -> bool:
    """Whether the key of the line at ``start`` (its ``colon``) is the actor group ``m`` alone,
    at most with an article or a qualifier in brackets: a function, profession or council of
    the role list or minted by its noun ("Teamleider:", "Wijkverpleegkundigen:", "De
    accountant:"), not a party named by its name (an organisation or body: "Woningcorporatie
    Noord: wachttijd …" gives figures about it) nor the people served ("Statushouders:
    taakstelling …"). A slide or memo that lists such a key gives that group's own report or
    view (gold README: a label line "states the party's own view or act").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> t = "Teamleider: caseload per consulent gestegen."
    >>> actor_key(t, 0, SentenceMention("r/teamleider", "role", 0, 10, "Teamleider", 0), 10)
    True
    >>> t = "Statushouders: taakstelling niet gehaald."
    >>> actor_key(t, 0, SentenceMention("r/statushouder", "role", 0, 13, "Statushouders", 0), 13)
    False
    >>> t = "Wachtlijst huisartsen: lang."
    >>> actor_key(t, 0, SentenceMention("r/gp", "role", 11, 21, "huisartsen", 0), 21)
    False
    """
    return (
        m.kind == "role"
        and (role := m.entity.rsplit("/", 1)[-1]) not in PEOPLE_SERVED
        and role not in _JUDGED_ROLES
        and _KEY_ARTICLE.fullmatch(text, start, m.start) is not None
        and _KEY_QUALIFIER.fullmatch(text, m.end, colon) is not None
        and not _judges_key(text, colon)
    )


#: The words that open a verbless judgement of the key (``kg/data/predicative-openers.txt``)
#: and the endings of predicative adjectives ("nuttig", "bereikbaar", "kritisch").
_PREDICATIVE = word_list("predicative-openers.txt")
_ADJECTIVE_ENDINGS = ("lijk", "lijke", "ig", "baar", "isch", "loos", "zaam", "ief")
_FIRST_WORD = re.compile(r":\s*([^\W\d_]+)")


def _judges_key(text: str, colon: int) -> bool:
    """Whether the value after the key's ``colon`` opens with a degree adverb or a predicative
    adjective ("te laat", "moeilijk bereikbaar", "nuttig"): it judges the key.

    Examples
    --------
    >>> _judges_key("Het Rijk: te laat.", 8), _judges_key("Teamleider: caseload gestegen.", 10)
    (True, False)
    >>> _judges_key("VNG: nuttig in de voorbereiding.", 3)
    True
    """
    first = _FIRST_WORD.match(text, colon)
    if first is None:
        return False
    word = first.group(1).lower()
    return word in _PREDICATIVE or word.endswith(_ADJECTIVE_ENDINGS)


def keyed(
    text: str,
    sentence: Sentence,
    speakers: tuple[str, ...],
    trailing: bool,  # noqa: FBT001
    mentions: list[SentenceMention],
) -> bool:
    """Whether the ``speakers`` of a key-value line (``sentence``, its ``mentions``) are only
    named in its key, before the colon ("Wmo-raad: kritisch, maar gehoord."), none ``trailing``
    and the value no quotation: in a block headed by its source, the line is the source's
    account of the key.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.model import SentenceMention
    >>> t = "Wmo-raad: kritisch, maar gehoord."
    >>> m = SentenceMention("role/wmo-council", "role", 0, 8, "Wmo-raad", 0)
    >>> keyed(t, Sentence(0, 0, len(t), 0, 0), ("role/wmo-council",), False, [m])
    True
    >>> t = "Een ambtenaar: ‘Het kan beter.’"
    >>> m = SentenceMention("role/civil-servants", "role", 4, 13, "ambtenaar", 0)
    >>> keyed(t, Sentence(0, 0, len(t), 0, 0), ("role/civil-servants",), False, [m])
    False
    """
    colon = key_end(text, sentence.start, sentence.end)
    if (
        colon is None
        or trailing
        or not speakers
        or _QUOTE_OPENS.match(text, colon + 1, sentence.end)
    ):
        return False
    keys = {m.entity for m in mentions if m.start < colon}
    return set(speakers) <= keys and not any(
        m.entity in speakers for m in mentions if m.start > colon
    )


class Blocks:
    """The fact-sheet block being read: the voice its heading line gives and its section.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.model import SentenceMention
    >>> t = "Uit de gesprekken met huisartsen:\\n\\nOverleg: beter."
    >>> heading, line = Sentence(1, 0, 33, 0, 0), Sentence(2, 35, len(t), 0, 1)
    >>> gp = SentenceMention("role/gp", "role", 22, 32, "huisartsen", 1)
    >>> blocks = Blocks(t, {1: [gp]})
    >>> blocks.heading([heading]), blocks.heading([line])
    (True, False)
    >>> blocks.lead(line, (), False, [])
    ('role/gp',)
    """

    def __init__(self, text: str, by_sentence: dict[int, list[SentenceMention]]) -> None:
        self.text = text
        self.by_sentence = by_sentence
        self.voice: tuple[str, ...] = ()
        self.section: int | None = None

    def heading(self, unit: list[Sentence]) -> bool:
        """Whether the claim ``unit`` is a block's heading line (it opens the block); a block
        ends with its section."""
        first = unit[0]
        if self.voice and first.section != self.section:
            self.voice = ()
        if len(unit) > 1 or not source_heading(self.text, first.start, first.end):
            return False
        voice = heading_voice_of(self.by_sentence.get(first.index, []))
        if voice:
            self.voice, self.section = voice, first.section
        return bool(voice)

    def lead(
        self,
        sentence: Sentence,
        named: tuple[str, ...],
        trailing: bool,  # noqa: FBT001
        mentions: list[SentenceMention],
    ) -> tuple[str, ...]:
        """The block's voice for the claim opening with ``sentence`` that names ``named`` (its
        ``mentions``): a key-value line that names no speaker, or only its key; none else (a
        line that names another source ends the block)."""
        if not self.voice:
            return ()
        if (not named and key_value(self.text, sentence.start, sentence.end)) or keyed(
            self.text, sentence, named, trailing, mentions
        ):
            return self.voice
        if named and not set(named) <= set(self.voice):
            self.voice = ()  # the text has moved on to another source
        return ()
