"""First-person reporting: a writer who tells what they saw, read and heard ("ik").

A profile may be written as a researcher's own account (a field diary, a visit report).
General Dutch forms of that account, not any profile's wording:

Writer's view
    "Mijn indruk: …", "Mijn eerste indruk na het gesprek: …", "Onze conclusie: …": the
    writer's own verdict, the authors' finding; it ends any account carried before it
    (:func:`writer_view`).
Heard from a group
    "Van de dorpsbelangen hoor ik dat …", "Bij de wijkteams begrijp ik dat …": the group
    heard speaks (:func:`first_person`).
Everyone spoken with
    "Iedereen die ik sprak, verwacht dat …", "Iedereen met wie we spraken, noemt …": the
    interviewees (gold README, seventh batch: unnamed sources are the interviewees).
Introduced person
    "Ik spreek de wethouder, die het beleid samenvat als “…”", "Ik vraag de directeur naar
    de wachtlijst, en zij vertelt dat …": the person the writer meets speaks in the relative
    clause that quotes or reports, or as the pronoun that takes them up in the same sentence;
    the person is the sentence's subject for the pronouns after it ("Hij vertelt dat …").
Organisation visited
    "Bij Stichting X vertelt de coördinator dat …", "Bij het UWV zegt een medewerker …": a
    generic function speaks as the organisation the place names (gold README: staff of a
    named organisation speak as the organisation). Likewise a team the staff work in: "In
    het wijkteam Noord vertellen medewerkers dat …", "’s Middags in het gebiedsteam zeggen
    twee consulenten dat …" (the team's staff speak as the team).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.impliedspeakers import INTERVIEWEES
from kg.extract.speakergroups import GENERIC_STAFF
from kg.extract.spokento import spoken_to
from kg.extract.subjectreports import subject_reports

if TYPE_CHECKING:
    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech

__all__ = ["first_person", "meets", "writer_speaks", "writer_view"]

#: The writer's own verdict opening a claim: a possessive of the first person, at most two
#: words before the noun of a view and at most eight after it, then a colon.
_VIEW = re.compile(
    r"\W*(?:mijn|onze)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:indruk|conclusie|inschatting|oordeel"
    r"|observatie|waarneming|beeld|gevoel|samenvatting)(?:\s+[^:;.?!]{1,60}?)?\s*:",
    re.IGNORECASE,
)
#: A greeting that opens a mail or a note ("Hoi Marieke, …", "Beste Joost, …").
_GREETING = r"(?:(?:hoi|hallo|beste|dag|lieve)\s+[^\W\d_][\w-]*\s*,\s*)?"
#: The writer's own judgement or doing, outside any quotation: the first person singular
#: opening the sentence after a greeting ("Ik vond het …", "Ik verwacht …", "Mij viel op
#: …", "Volgens mij …"), after a fronted word or two ("Opvallend vond ik …", "Eerlijk gezegd
#: vond ik …", "Wel denk ik …"), or the writer's view with "is dat" ("Mijn indruk na het
#: bezoek is dat …").
_OWN = re.compile(
    rf"[^\w“‘\"„«]*{_GREETING}(?:(?:ik|mij|me)\b|volgens\s+mij\b"
    r"|(?:[^\W\d_]+\s+){1,2}?(?:vond|vind|denk|dacht|verwacht|zie|zag|merk|merkte|hoop)\s+ik\b"
    r"|(?:mijn|onze)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:indruk|conclusie|inschatting|oordeel|gevoel)"
    r"(?:\s+[^:;.?!“‘\"]{1,60}?)?\s+(?:is|was)\s+dat\b)",
    re.IGNORECASE,
)
#: A group heard by the writer: "Van de dorpsbelangen hoor ik", "Bij X begreep ik".
_HEARD = re.compile(
    r"\W*(?:van|bij|uit)\s+[^,;:.]{2,60}?\s+(?:hoor|hoorde|begrijp|begreep|verneem|vernam)\s+ik\b",
    re.IGNORECASE,
)
#: Everyone the writer spoke with, as the subject: "Iedereen die ik sprak,", "Iedereen met
#: wie we hebben gesproken" (the quantifier here, the clause read by
#: :func:`kg.extract.spokento.spoken_to`, then an optional comma).
_EVERYONE = re.compile(r"\W*(?:iedereen|allen|alle\s+gesprekspartners)\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,?")
_MEET_VERB = (
    r"(?:spreek|sprak|spraken|spreken|vraag|vroeg|vroegen|interview|interviewde|interviewden"
    r"|bezoek|bezocht|bezochten)"
)
#: Being with a group: "was ik bij de controller", "we zaten aan tafel met drie wijkcoaches".
_STAY_VERB = r"(?:was|waren|zat|zaten)"
_WRITER = r"(?:ik|we|wij)"
#: The writer (or the writers) meeting someone, after a greeting and a time or a connective:
#: "Ik spreek de wethouder", "’s Avonds spreek ik", "Ik vraag", "Hoi Anna, vanmiddag spraken
#: we twee huisartsen", "Daarna spraken we twee budgethouders", "gisteravond zat ik bij de
#: adviesraad", "we zaten aan tafel met drie wijkcoaches".
_MEETS = re.compile(
    rf"\W*{_GREETING}(?:(?:[’'`]s\s+)?[^\W\d_]+\s+){{0,3}}?"
    rf"(?:(?:{_WRITER}\s+{_MEET_VERB}|{_MEET_VERB}\s+{_WRITER})\s+(?:nog\s+(?:eens\s+)?|ook\s+)?"
    rf"(?:met\s+)?"
    rf"|(?:{_WRITER}\s+{_STAY_VERB}|{_STAY_VERB}\s+{_WRITER})\s+(?:nog\s+|ook\s+)?"
    r"(?:bij|aan\s+tafel\s+(?:met|bij))\s+)",
    re.IGNORECASE,
)
#: The kinds of mention the writer may meet: a group, or the organisation a function is of
#: ("de directeur van Stichting X": a generic function speaks as its organisation).
_MET_KINDS = ("role", "organisation", "body")
#: What makes the met person speak in the same sentence: a relative clause that quotes, or a
#: pronoun that reports after "en" ("…, en hij vertelt dat").
_RELATIVE_QUOTES = re.compile(r"[^.;]*?,\s*die\b[^.;“‘\"]*[“‘\"]")
_AND_PRONOUN = re.compile(r"[^.;]*?,?\s+en\s+(?:hij|zij|ze)\s+", re.IGNORECASE)
#: A place that names an organisation, then a reporting verb and a generic function:
#: "Bij Stichting X vertelt de coördinator".
#: Also a team the staff work in, after a time of day: "’s Middags in het wijkteam Noord
#: zeggen twee consulenten dat …", "Bij het gebiedsteam vertellen medewerkers dat …".
_AT = re.compile(
    r"\W*(?:[’'`]s\s+[a-zà-ÿ]+\s+)?(?P<prep>bij|in)\s+(?:de\s+|het\s+)?", re.IGNORECASE
)
_FUNCTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*)?\s+[a-zà-ÿ]+\s+(?:(?:de|het|een|twee|drie|vier|vijf|zes|\d{1,2})\s+)?"
    r"([a-zà-ÿ]+)\b(?:\s+[a-zà-ÿ]+)?\s+(?:dat|of)\b"
)
#: The teams of the role list whose staff speak as the team (gold README, seventeenth batch,
#: decision 12: "twee consulenten" of a gebiedsteam are the team's staff), and the staff
#: nouns that name no group of their own inside a team besides the generic functions.
_TEAMS = frozenset({"social-team", "youth-team"})
_TEAM_STAFF = frozenset({"consulent", "consulenten", "teamlid", "teamleden"})
#: The opening words :func:`first_person` reads a place from (a plain test before the pattern).
_PLACE_OPENINGS = ("bij", "in ", "’s ", "'s ", "`s ")


def writer_view(text: str) -> bool:
    """Whether the claim ``text`` opens with the writer's own verdict ("Mijn indruk: …").

    Examples
    --------
    >>> writer_view("Mijn indruk: de teams doen wat ze kunnen.")
    True
    >>> writer_view("Mijn eerste indruk na het bezoek: het loket is te ver weg.")
    True
    >>> writer_view("Onze conclusie: de regio is te groot.")
    True
    >>> writer_view("Mijn collega vertelt dat het druk is.")
    False
    """
    return text[:1] in "MmOo" and _VIEW.match(text) is not None


def writer_speaks(text: str) -> bool:
    """Whether the claim ``text`` is the writer's own judgement or doing in the first person
    singular (:data:`_OWN`): the writer's, not the account of anyone met before it.

    Examples
    --------
    >>> writer_speaks("Opvallend vond ik dat niemand over preventie begon.")
    True
    >>> writer_speaks("Hoi Anna, ik verwacht dat de kosten blijven stijgen.")
    True
    >>> writer_speaks("Mijn indruk na het bezoek is dat het team overbelast is.")
    True
    >>> writer_speaks("Volgens mij loopt de wachtlijst weer op.")
    True
    >>> writer_speaks("De wethouder vond dat het goed ging.")
    False
    >>> writer_speaks("“Ik vind het te veel”, zegt een consulent.")
    False
    """
    return _OWN.match(text) is not None


def first_person(
    text: str, start: int, end: int, mentions: list[SentenceMention], speech: Speech
) -> Speech:
    """The speech of the sentence ``text[start:end]`` (its ``mentions``, the ``speech`` read
    so far) when the writer reports in the first person what others say: the group heard, the
    interviewees, the person met, the organisation visited (see the module docstring).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> from kg.extract.speakers import Speech
    >>> s = "Van de ouderenbonden hoor ik dat de dorpen vergrijzen."
    >>> first_person(s, 0, len(s), [M("role/elderly", "role", 7, 20, "ouderenbonden", 0)],
    ...              Speech()).speakers
    ('role/elderly',)
    >>> s = "Iedereen met wie ik sprak, vindt de wachttijd te lang."
    >>> first_person(s, 0, len(s), [], Speech()).speakers == (INTERVIEWEES,)
    True
    >>> s = "Ik spreek de directeur, die het samenvat als “eerst wonen, dan zorg”."
    >>> said = first_person(s, 0, len(s), [M("role/d", "role", 13, 22, "directeur", 0)], Speech())
    >>> said.speakers, said.subject
    (('role/d',), 'role/d')
    """
    if text[start : start + 3].lower() in _PLACE_OPENINGS and (
        (visited := _visited(text, start, end, mentions, speech)) is not speech
    ):
        return visited
    low = text[start:end].lower()
    opening = low[:30]  # a plain test first: most sentences open without "iedereen", "alle(n)"
    if (
        ("iedereen" in opening or "alle" in opening)
        and not speech.speakers
        and _everyone_spoken_to(text, start, end)
    ):
        return replace(speech, speakers=(INTERVIEWEES,), at=start)
    if not _names_writer(low):
        return speech  # a plain test first: the other forms name the writer, "ik", "we"
    if not speech.speakers and (heard := _HEARD.match(text, start, end)):
        groups = [m for m in mentions if start < m.start < heard.end()]
        if groups:
            return replace(speech, speakers=(groups[0].entity,), at=groups[0].start)
    if (meets := _MEETS.match(text, start, end)) is not None:
        return _met(text, end, meets.end(), mentions, speech)
    return speech


def _names_writer(low: str) -> bool:
    """Whether the lower-case sentence ``low`` holds "ik", "we" or "wij" as a word (a plain
    test before the patterns of the writer's first person)."""
    padded = f" {low.replace(',', ' ')} "
    return " ik " in padded or " we " in padded or " wij " in padded


def meets(text: str) -> bool:
    """Whether the claim ``text`` opens with the writer meeting someone (:data:`_MEETS`).

    Examples
    --------
    >>> meets("Hoi Anna, vanmiddag spraken we twee wijkagenten.")
    True
    >>> meets("Gisteren zat ik bij de cliëntenraad.")
    True
    >>> meets("De wethouder sprak over de begroting.")
    False
    """
    return _MEETS.match(text) is not None


def _everyone_spoken_to(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens with everyone the writer or the
    researchers spoke to as the subject of a report ("Iedereen die ik sprak, vindt …",
    "Iedereen met wie we hebben gesproken, noemt …").

    Examples
    --------
    >>> s = "Iedereen die de onderzoekers spraken, noemt de wachttijd te lang."
    >>> _everyone_spoken_to(s, 0, len(s))
    True
    >>> s = "Iedereen die hulp nodig heeft, vindt de weg naar het loket."
    >>> _everyone_spoken_to(s, 0, len(s))
    False
    """
    if (everyone := _EVERYONE.match(text, start, end)) is None:
        return False
    if (clause := spoken_to(text, everyone.end(), end)) is None:
        return False
    after = _COMMA.match(text, clause.end(), end)
    return after is not None and subject_reports(" " + text[after.end() : end], True)


def _met(text: str, end: int, at: int, mentions: list[SentenceMention], speech: Speech) -> Speech:
    """The speech of a sentence in which the writer meets the group named first at ``at``."""
    met = next((m for m in mentions if at <= m.start < at + 40 and m.kind in _MET_KINDS), None)
    if met is None:
        return speech
    speaks = (
        _RELATIVE_QUOTES.match(text, met.end, end) is not None
        or _AND_PRONOUN.match(text, met.end, end) is not None
    )
    if speaks and not speech.speakers:
        return replace(speech, speakers=(met.entity,), subject=met.entity, at=met.start)
    if not speech.speakers:
        # the meeting alone is the writer's participants sentence (gold README, tenth batch,
        # decision 6): a fact that ends the account before it; the group met is the subject
        # the pronouns after it take up ("Zij zeiden dat …")
        return replace(speech, subject=met.entity, fact=True)
    return replace(speech, subject=speech.subject or met.entity)


def _visited(
    text: str, start: int, end: int, mentions: list[SentenceMention], speech: Speech
) -> Speech:
    """The speech of "Bij <organisation> vertelt de <function> dat …": the organisation;
    of "In/Bij <team> vertellen <staff> dat …": the team.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> from kg.extract.speakers import Speech
    >>> s = "Bij Stichting Zon vertelt de directeur dat de wachtlijst groeit."
    >>> org = M("organisation/zon", "organisation", 4, 17, "Stichting Zon", 0)
    >>> _visited(s, 0, len(s), [org], Speech()).speakers
    ('organisation/zon',)
    >>> s = "Bij Stichting Zon werken veertig vrijwilligers."
    >>> _visited(s, 0, len(s), [org], Speech()).speakers
    ()
    >>> s = "In het wijkteam Oost zeggen twee consulenten dat de lijnen kort zijn."
    >>> team = M("role/social-team", "role", 7, 15, "wijkteam", 0)
    >>> _visited(s, 0, len(s), [team], Speech()).speakers
    ('role/social-team',)
    """
    if (at := _AT.match(text, start, end)) is None:
        return speech
    place = next((m for m in mentions if m.start == at.end()), None)
    team = place is not None and place.kind == "role" and place.entity.rsplit("/", 1)[-1] in _TEAMS
    if place is None or not (
        team or (place.kind in ("organisation", "body") and at.group("prep").lower() == "bij")
    ):
        return speech
    function = _FUNCTION_AFTER.match(text, place.end, end)
    if function is None or not (
        (word := function.group(1).lower()) in GENERIC_STAFF or (team and word in _TEAM_STAFF)
    ):
        return speech
    if speech.speakers and (speech.at or 0) < function.start(1):
        return speech  # a speaker named before the function ("Bij X zegt de wethouder …")
    return replace(speech, speakers=(place.entity,), subject=place.entity, at=place.start)
