"""Who says it: speaker detection in one sentence, from general Dutch patterns.

An actor group (a role mention) speaks when it is

- the subject of a reporting verb or an attitude predicate at the start of a
  clause: "Ambtenaren vertellen", "De ambtelijke organisatie is trots op",
  "Raad en college zijn zoekende", "het college geeft aan", also an idiom of raising the
  alarm ("trekken aan de bel", "slaan alarm", "luiden de noodklok"), a stance taken
  ("stellen zich kritisch op") or a verdict announced ("De wethouder is duidelijk: …");
- named right after such a verb (inverted order): "geven raadsleden aan",
  "…, zo stelt de ambtelijke organisatie", "voelen de raadsleden goed", "Ook trekken
  huisartsen aan de bel";
- introduced by "volgens", "aldus", "naar de mening van", "in de ogen van" (opening
  the sentence), or as the source of a passive reporting verb: "Vanuit de
  zorgorganisaties wordt aangegeven", "wordt door verschillende gesprekspartners
  betwijfeld", "wordt herkend door de wijkteams", "Er wordt door de wethouder op gewezen";
- the holder of an inverted or fronted stance: "Over X zijn raadsleden tevreden",
  "Kritisch is de Wmo-raad", "Bij raadsleden leeft het gevoel dat", "Er is bij
  ambtenaren zorg over", "Wat de wethouder betreft", "De wethouder: “…”";
- the holder of a view or a certainty: "De ervaring van de consulenten is dat",
  "Voor de wethouder is het duidelijk dat", "Voor raadsleden is het de vraag of", "In
  het gesprek met de wethouder kwam naar voren dat", "Bij Stichting X ziet men dat", "Het
  beeld bij ambtenaren is dat", "Er is waardering voor het wijkteam bij de huisartsen",
  "Als het aan raadsleden ligt, …".

The reporting verbs include the perfect ("Raadsleden hebben aangegeven"), the past
("Ambtenaren benadrukten", "…, zo wees de wethouder op …"), "naar eigen zeggen", writing
and pledging ("Het college schreef ons dat", "zegde toe dat": :mod:`kg.extract.writtenreports`);
the vocabularies are in :mod:`kg.extract.speechcues`.

The group may be quantified or spoken for by one of its people ("een deel van de
raadsleden", "een van de huisartsen", "de voorzitter van de Wmo-raad", "een medewerker van
het wijkteam", "directeuren van scholen"); "de gemeente (zelf) ervaart" and "volgens de
gemeente" (unless it gives figures) speak through the civil servants (an annotation
guideline), and so does the adverb "ambtelijk" ("Ambtelijk wordt aangegeven", "Ambtelijk is
de indruk dat"); "bestuurlijk" speaks through the executive board; the study's talks ("Uit
de gesprekken blijkt …") are the interviewees' voice (these sources without a group in a
speaker's slot are in :mod:`kg.extract.impliedspeakers`).

A named organisation speaks in the same slots (a role noun in apposition to its name,
"Woningcorporatie Viverion", "Zorgverzekeraar Menzis", yields to the name), also after
"volgens" unless the clause gives figures or a comparison with an average ("volgens CBS iets
onder het landelijk gemiddelde": a source, not a voice). A subject also speaks through a
second, coordinated predicate ("De cliëntenraad wordt betrokken …, maar vindt dat …").
Evidence from data ("Uit de monitor blijkt …", "volgens de cijfers") is nobody's voice.

Groups coordinated with the speaker ("Raadsleden en de wethouder delen", "College- en
raadsleden vinden") speak with it. A group after a subject speaker is what the claim is
about, not a second speaker ("Zorgaanbieders zien zorgverzekeraars …"). A pronoun with a
reporting verb ("zo stellen zij", "Hij vertelt", "men ervaart") keeps the voice that is
already there. A group the role list lacks is minted by
:func:`kg.extract.speakergroups.discover`. What follows a subject is read by
:mod:`kg.extract.subjectreports`, the slots other than the subject's by
:mod:`kg.extract.speakerslots`; which mentions can speak, impersonal reports and pronouns by
:mod:`kg.extract.voiceforms`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.bracketsources import closing_sources
from kg.extract.caseloadcounts import counts_caseload
from kg.extract.clausecuts import conjunctions
from kg.extract.confirmedfacts import with_writers
from kg.extract.groupfacts import sentence_fact
from kg.extract.hearsay import reports_hearsay
from kg.extract.impliedspeakers import (
    CIVIL_SERVANTS,
    DATA,
    INTERVIEWEES,
    MUNICIPAL_VOICES,
    POLICY_AIM,
    implied_speaker,
    municipality_speaks,
    with_municipality,
)
from kg.extract.itemvoices import named_members
from kg.extract.kindnames import introduced_with_kind
from kg.extract.model import SentenceMention
from kg.extract.municipalacts import municipal_act
from kg.extract.organisedfacts import ORGANISING, organised_fact
from kg.extract.passiveviews import slot_or_passive
from kg.extract.prefixscan import search as prefix_search
from kg.extract.quotemarks import quoted_spans
from kg.extract.sharedviews import shares_view
from kg.extract.speakergroups import agent
from kg.extract.speakerslots import PEOPLE_SERVED
from kg.extract.speechcues import FUNCTION, QUANT
from kg.extract.subjectreports import past_reports, relative_clause_end, subject_reports, their_view
from kg.extract.subjectreports import reports_after as reports_after  # re-exported
from kg.extract.thirdparties import third_party_acts
from kg.extract.verbobjects import disputes, not_held
from kg.extract.voiceforms import PRONOUN_REPORT as PRONOUN_REPORT  # re-exported
from kg.extract.voiceforms import speaker_mentions
from kg.extract.voicereferents import both_parties
from kg.extract.wordtokens import lowered
from kg.extract.writtenreports import writes_or_pledges

#: Words that may stand before a clause-initial subject (an inflected adjective too:
#: "De geïnterviewde ambtenaren", "Lokale zorgaanbieders", "De ene beleidsmedewerker"; the
#: fixed uninflected "de verantwoordelijk wethouder").
_LEAD = (
    rf"(?:{QUANT}|verder|verantwoordelijk|ene|enige|[A-Z][a-zà-ÿ]+se|{FUNCTION}"
    # "het merendeel van de", "de meerderheid van de", "de helft van de" (the articles are
    # quantifiers of their own; here, not in QUANT, which patterns searched for hold)
    rf"|[a-zà-ÿ]{{2,}}[^\W\d_]e|(?:merendeel|meerderheid|helft)\s+van"
    # one who speaks for a body: "Een inspreker namens de cliëntenraad zegt" (the body speaks)
    rf"|[a-zà-ÿ]{{3,}}\s+namens(?:\s+(?:de|het))?)"
)
#: (after a mark, a contrastive clause may open with "waar" or "terwijl": "De oordelen zijn
#: verdeeld: waar ambtenaren de voordelen benadrukken, …", "…, terwijl raadsleden vinden")
_CLAUSE_START = re.compile(
    rf"(?:^|[,;:]\s*(?:(?:waar|terwijl)\s+)?|\b(?:maar|en)\s+)(?:{_LEAD}\s+)*\W*$", re.IGNORECASE
)
#: A type noun in apposition to a name: "Stichting X, de welzijnsorganisatie van de stad, …".
_APPOSITION = re.compile(r",\s*(?:de|het)\s+")
_COORD = re.compile(
    r"-?\s*(?:,|en|én|,\s*en|als|(?:,\s*)?(?:maar\s+)?ook)\s*(?:de|het)?\s*$", re.IGNORECASE
)
#: A group fronted by "net als" before the subject that speaks ("Net als de wethouder
#: vinden raadsleden …"): it holds the same view.
#: A question that asks for something ("Wat merken huisartsen van …?", "Hoe kijken ambtenaren
#: daarop terug?"): it names whom it asks about, who say nothing in it (the answer that
#: follows has its own speaker: gold guideline on questions).
_ASKING = re.compile(
    r"\W*(?:wat|hoe|waar|waarom|wie|welke|wanneer|hoeveel|in\s+hoeverre)\b[^?.!]*\?\W*$",
    re.IGNORECASE,
)
_FRONTED_LIKE = re.compile(r"\W*(?:net\s+als|evenals)\s+(?:de\s+|het\s+)?", re.IGNORECASE)

#: A sentence that opens with its source: "Volgens de wethouder …", "In de ogen van raadsleden …".
_SOURCE_OPENS = re.compile(
    r"\W*(?:volgens|naar\s+(?:de\s+mening|het\s+oordeel|de\s+ervaring)\s+van"
    r"|in\s+de\s+(?:ogen|beleving)\s+van)\s[^,;:]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Speech:
    """The speakers named in a sentence and how.

    Attributes
    ----------
    speakers : tuple of str
        Sorted role IRIs.
    trailing : bool
        True when the attribution closes the sentence ("…, zo stellen
        ambtenaren", "… aldus de wethouder"): it may cover the sentences
        before it.
    subject : str or None
        The role that opens the sentence as its subject, speaking or not.
    at : int or None
        Where the first speaker's mention starts in the text (None when none speaks).
    fact : bool
        No group speaks and the subject is described or acts ("De raad besloot …").
    closing : tuple of str
        The groups a bracket closing the sentence names as its sources ("…
        (beleidsmedewerkers, wethouder)."), also when the sentence has a speaker of its own:
        closing its paragraph, they hold the sentences before it.
    """

    speakers: tuple[str, ...] = ()
    trailing: bool = False
    subject: str | None = None
    at: int | None = None
    fact: bool = False
    third: bool = False
    closing: tuple[str, ...] = ()


def _group(text: str, roles: list[SentenceMention], i: int) -> tuple[list[int], int]:
    """Indices of the roles coordinated with ``roles[i]`` and the group's end (past the
    comma that closes an inserted member: "Ambtenaren, maar ook zorgaanbieders, vinden").

    Examples
    --------
    >>> s = "Ambtenaren, maar ook zorgaanbieders, vinden de lasten hoog."
    >>> a = SentenceMention("role/a", "role", 0, 10, "Ambtenaren", 0)
    >>> z = SentenceMention("role/z", "role", 21, 35, "zorgaanbieders", 0)
    >>> _group(s, [a, z], 0)
    ([0, 1], 36)
    """
    members, end = [i], roles[i].end
    j = i + 1
    while j < len(roles) and _COORD.fullmatch(text[end : roles[j].start] + " ") is not None:
        if _APPOSITION.fullmatch(text, end, roles[j].start) and roles[j - 1].kind != "role":
            break  # "Stichting X, de welzijnsorganisatie van …": what X is, no second group
        inserted = "," in text[end : roles[j].start]
        members.append(j)
        end = roles[j].end
        j += 1
    if len(members) > 1 and inserted and text.startswith(",", end):
        end += 1
    return members, end


#: The class noun before a name, after one of its staff too: "Zorgverzekeraar Menzis", "De
#: directeur van woonstichting De Hoven".
_TYPED = re.compile(
    rf"\W*(?:(?:de|het|een)\s+)?(?:{FUNCTION}\s+)?([A-Z][a-zà-ÿ]+)\s+", re.IGNORECASE
)


def _clause_initial(text: str, start: int, m: SentenceMention) -> bool:
    typed = m.kind != "role" and _TYPED.fullmatch(text, start, m.start)
    if typed and agent(typed.group(1)) is not None:
        return True  # "Zorgverzekeraar Menzis geeft aan": the class noun before the name
    if m.kind != "role" and introduced_with_kind(text, start, m):
        return True  # "Het sociale werkbedrijf X ziet": its kind, adjectives and article before it
    return _clause_start(text, start, m.start)


def _clause_start(text: str, start: int, end: int) -> bool:
    """Whether a clause opens in ``text[start:end]`` with only lead words after it up to the
    end (``_CLAUSE_START.search``), tried only where a clause may open: at the start, at
    the last comma, semicolon or colon, and at the last conjunction "maar" or "en".

    The last of each is enough. Between a clause's opening and the end stand only lead
    words (letters) and, last, no word characters: a mark after a clause's opening
    stands in that last part, where it opens a clause of its own; "maar" or "en" cannot
    stand after it (they are no lead word).

    Examples
    --------
    >>> s = "Het gaat goed, maar de lokale "
    >>> _clause_start(s, 0, len(s)), _clause_start(s, 0, s.index("goed"))
    (True, False)
    >>> bool(_CLAUSE_START.search(s)), bool(_CLAUSE_START.search(s[: s.index("goed")]))
    (True, False)
    >>> s = "Het gaat goed en die dat vinden; de "  # "die", "dat": clause words, not "en"
    >>> _clause_start(s, 0, len(s)), _clause_start(s, 0, s.index(";"))
    (True, False)
    """
    before = text[start:end]
    if _CLAUSE_START.match(before):
        return True
    mark = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    if mark >= 0 and _CLAUSE_START.match(before, mark):
        return True
    for at in reversed(conjunctions(text, start + 1, end)):
        if _CONJUNCTION.match(text, at):  # the last "maar" or "en"
            return _CLAUSE_START.match(before, at - start) is not None
    return False


#: A contrastive clause opening after a mark, up to its subject: ": waar ", ", terwijl de ".
_CONTRAST_OPENS = re.compile(r"[,;:]\s*(?:waar|terwijl)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def _contrast_opens(text: str, start: int, at: int) -> bool:
    """Whether the group at ``at`` opens a contrastive clause after a mark ("De oordelen zijn
    verdeeld: waar ambtenaren …"): it speaks, but the main clause may name its own speaker
    in an inverted slot ("…, wijzen zorgaanbieders op …").

    Examples
    --------
    >>> s = "Het is verdeeld: waar de ambtenaren het voordeel zien, wijzen raadsleden op de lasten."
    >>> _contrast_opens(s, 0, s.index("ambtenaren")), _contrast_opens(s, 0, s.index("raadsleden"))
    (True, False)
    """
    return (
        "waar" in text[max(start, at - 30) : at] or "terwijl" in text[max(start, at - 30) : at]
    ) and _CONTRAST_OPENS.search(text, max(start, at - 30), at) is not None


#: How a group feels or fares ("… voelen zich eenzaam", "hebben last van …"): of the people a
#: service serves, a description of how a population fares (often from a survey), not their
#: voice; of a body or a profession ("Raadsleden voelen zich verplicht …") a report.
_FEELS = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:(?:voelt|voelen|voelde|voelden)\s+zich"
    r"|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+)?last\s+van)\b",
    re.I,
)


#: The conjunctions at which :data:`_CLAUSE_START` may match (as whole runs).
_CONJUNCTION = re.compile(r"(?:maar|en)\b", re.IGNORECASE)


#: A group in apposition to a person's name: "Jan de Vries, directeur van Stichting X, vertelt",
#: "Mevrouw Bakker (wethouder) vertelt".
_APPOSED = re.compile(
    r"^\W*(?:(?:[A-Z][\w'-]*|de|den|der|van|ter|ten|heer|mevrouw)\s+){0,5}[A-Z][\w'-]*\s*"
    rf"[,(]\s*(?:de\s+|het\s+)?(?:{FUNCTION}\s+)?$"
)
#: The end of the apposition, a field the function names before it ("wethouder zorg, ",
#: "(raadslid voor de VVD)").
_APPOSED_END = re.compile(r"^(?:\s+[^\s,()]+){0,3}?\s*\)\s*,?|^(?:\s+[^\s,()]+){0,3}?,")


@lru_cache(maxsize=4)
def _quote_marks(text: str) -> tuple[int, ...]:
    """Where the marks that may open a quotation stand in the document, found once."""
    found = []
    for mark in "“„«‘'":  # each looked for by the string search, faster than a pattern
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    return tuple(sorted(found))


def _unquoted(
    text: str, start: int, end: int, roles: list[SentenceMention]
) -> list[SentenceMention]:
    """The groups named outside the quotations of the sentence ``text[start:end]``: a group a
    quoted speaker names ("‘Werkgevers willen wel’, stelt een adviseur") does not speak.

    Examples
    --------
    >>> s = "‘Ouders haken af’, zegt de wethouder."
    >>> ouders = SentenceMention("role/parents", "role", 1, 7, "Ouders", 0)
    >>> alderman = SentenceMention("role/alderman", "role", 29, 38, "wethouder", 0)
    >>> [m.entity for m in _unquoted(s, 0, len(s), [ouders, alderman])]
    ['role/alderman']
    """
    if not roles:
        return roles
    marks = _quote_marks(text)
    if not marks or bisect_left(marks, start) == bisect_left(marks, end):
        return roles  # no mark in the sentence
    spans = quoted_spans(text[start:end])
    return [m for m in roles if not any(a <= m.start - start < b for a, b in spans)]


def _speaking(
    text: str, start: int, end: int, mentions: list[SentenceMention]
) -> list[SentenceMention]:
    """The mentions that may speak in the sentence, outside quotations; none in a question
    that asks about the groups it names ("Wat merken huisartsen van …?").

    Examples
    --------
    >>> s = "Wat merken huisartsen ervan?"
    >>> m = SentenceMention("role/general-practitioners", "role", 10, 20, "huisartsen", 0)
    >>> _speaking(s, 0, len(s), [m])
    []
    """
    roles = _unquoted(text, start, end, speaker_mentions(text, mentions))
    if roles and text[end - 1 : end + 1].find("?") >= 0 and _ASKING.match(text, start, end):
        return []  # a question asks about the groups it names: none speaks in it
    return roles


def _subject_speaks(  # noqa: PLR0913
    text: str,
    end: int,
    m: SentenceMention,
    group_end: int,
    after: str,
    is_subject: bool,  # noqa: FBT001
) -> bool:
    """Whether the clause-initial group ``m`` (its group ending at ``group_end``, ``after``
    what follows it, an apposition passed over) reports, or gives its own view
    (``is_subject``: the sentence's subject); not a population telling how it fares ("Veel
    ouderen voelen zich eenzaam")."""
    hit = (
        subject_reports(after, is_subject)
        or past_reports(text, group_end, end)
        or (is_subject and (their_view(after) or writes_or_pledges(after) or disputes(after)))
    )
    return hit and not (_FEELS.match(after) and m.entity.rsplit("/", 1)[-1] in PEOPLE_SERVED)


def detect(text: str, start: int, end: int, mentions: list[SentenceMention]) -> Speech:
    """Find who speaks in the sentence ``text[start:end]`` of the cleaned text, whose
    mentions are ``mentions``: its :class:`Speech`."""
    roles = _speaking(text, start, end, mentions)
    sources = closing_sources(text, start, end, roles, mentions)
    if sources:
        roles = [m for m in roles if m not in sources]  # the bracket is read apart
    speakers: list[str] = []
    trailing = False
    subject_speaker = False
    subject: str | None = None
    subject_after = ""  # what follows the subject's group
    at: int | None = None
    subject_said: list[str] = []  # the groups the sentence's subject names, when they speak
    subject_end = 0  # where the speaking subject's group ends
    inner = 0  # the end of the reporting subject's relative clause (0: none)
    i = 0
    while i < len(roles):
        m = roles[i]
        members, group_end = _group(text, roles, i)
        after = text[group_end:end]
        shared = with_municipality(text, start, m.start)  # "De gemeente en de scholen …"
        initial = shared or _clause_initial(text, start, m)
        if initial and subject is None and not text[start : m.start].count(","):
            subject, subject_after = m.entity, after
        near = text[max(start, m.start - 30) : m.start]  # an apposition opens right before
        closing = _APPOSED_END.match(after) if "," in near or "(" in near else None
        if closing and _APPOSED.match(text[start : m.start]):
            initial, after = True, after[closing.end() :]  # "Jan de Vries, wethouder, vertelt"
        if inner > m.start:
            i = members[-1] + 1
            continue  # "Mantelzorgers, van wie er volgens het steunpunt …, signaleren dat …"
        hit = initial and _subject_speaks(text, end, m, group_end, after, subject == m.entity)
        subject_speaker = subject_speaker or (hit and not _contrast_opens(text, start, m.start))
        if hit and subject == m.entity and not inner:
            # a source inside the subject's relative clause speaks only there: the
            # reporting subject holds the claim
            inner = group_end + relative_clause_end(after)
        late = False
        if not hit:
            hit, late = slot_or_passive(text, start, end, m, after, initial, subject_speaker)
            hit = hit or shares_view(text, start, m.start)  # "Die zorg delen de huisartsen"
            if hit and not late and not_held(text, start, end, m.start, subject_end, subject_after):
                hit = False  # "X vertelt dat volgens Y …": Y's view passed on (a concern)
            # "Volgens de wethouder ervaren ambtenaren …": the fronted source inverts the
            # clause; its subject is what the source reports, as after a speaking subject
            subject_speaker = subject_speaker or bool(
                hit and _SOURCE_OPENS.match(text, start, m.start)
            )
        trailing = trailing or late
        if hit:
            said = [roles[k].entity for k in members] + [CIVIL_SERVANTS] * shared
            if subject_said and (late or reports_hearsay(text, subject_end, m.start)):
                # "Jongeren vinden lastig werk, aldus de consulenten"; hearsay: "Y vinden
                # volgens X dat …" (X tells Y's view)
                speakers = [sp for sp in speakers if sp not in subject_said]
            speakers += said
            if not subject_said and subject_speaker and not late:
                subject_said, subject_end = said, group_end
            at = m.start if at is None else at
        i = members[-1] + 1
    if (
        speakers
        and not MUNICIPAL_VOICES.intersection(speakers)
        and municipality_speaks(text[start:end])
    ):
        speakers.append(CIVIL_SERVANTS)  # "… wordt door de gemeente gezien, maar X waarschuwt"
    if speakers and (like := [r for r in roles if _FRONTED_LIKE.fullmatch(text, start, r.start)]):
        speakers += [r.entity for r in like]  # "Net als de wethouder vinden raadsleden …"
    speakers = named_members(text, start, end, roles, speakers)  # "Wat de betrokkenen zeggen: …"
    if speakers and at is not None:  # "X is zo, en de huisartsen herkennen dat"
        speakers = with_writers(text[start:end], at - start, speakers)
    if sources:
        return _with_sources(speakers, sources, trailing, subject, at)
    if not speakers:
        speakers = _unnamed_sources(text, start, end, roles, mentions)
    if speakers:
        return Speech(tuple(sorted(set(speakers))), trailing, subject, at)
    return _unspoken(text, start, end, roles, mentions, subject, subject_after)


def _with_sources(
    speakers: list[str],
    sources: tuple[SentenceMention, ...],
    trailing: bool,  # noqa: FBT001
    subject: str | None,
    at: int | None,
) -> Speech:
    """The speech of a sentence closed by a bracket of ``sources``: its own ``speakers``
    hold it, save those spoken with in general ("volgens de gesprekspartners … (huisartsen,
    jeugdconsulenten)": the bracket says who they were); with none of its own, the bracket's
    groups hold it as a closing attribution.

    Examples
    --------
    >>> gp = SentenceMention("role/general-practitioners", "role", 30, 40, "huisartsen", 0)
    >>> _with_sources([INTERVIEWEES], (gp,), False, None, 5).speakers
    ('role/general-practitioners',)
    >>> speech = _with_sources(["role/alderman"], (gp,), False, None, 0)
    >>> speech.speakers, speech.closing
    (('role/alderman',), ('role/general-practitioners',))
    """
    closing = tuple(sorted({m.entity for m in sources}))
    own = [sp for sp in speakers if sp != INTERVIEWEES]
    if own:
        return Speech(tuple(sorted(set(own))), trailing, subject, at, closing=closing)
    return Speech(closing, True, subject, sources[0].start, closing=closing)


def _unnamed_sources(
    text: str,
    start: int,
    end: int,
    roles: list[SentenceMention],
    mentions: list[SentenceMention],
) -> list[str]:
    """The speakers of a sentence no group's slot names: both parties it names closing it
    ("…, aldus beide partijen": :func:`kg.extract.voicereferents.both_parties`), a source
    without a group (:func:`kg.extract.impliedspeakers.implied_speaker`) or the
    municipality's name reporting."""
    if both := both_parties(text, start, end, roles):
        return list(both)
    low = lowered(text)  # the document's lower case, for the word pre-checks
    source = implied_speaker(
        text[start:end], None if low is None else low[start:end]
    ) or _town_reports(text, start, end, mentions)
    return [source] if source else []


def _unspoken(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    roles: list[SentenceMention],
    mentions: list[SentenceMention],
    subject: str | None,
    subject_after: str,
) -> Speech:
    """The speech of a sentence nobody speaks in: its subject, and whether it states a fact
    about it (:func:`kg.extract.groupfacts.sentence_fact`) or about a third party
    (:func:`kg.extract.thirdparties.third_party_acts`)."""
    # a fact needs a subject: a group, a named municipality or place, or "De gemeente/regio"
    fact = (
        subject is not None or bool(mentions) or text[start : start + 3].lower() in ("de ", "ook")
    ) and sentence_fact(text, start, end, roles, mentions, subject, subject_after)
    if (
        not fact
        and subject is not None
        and ("verklaring" in subject_after or "goed" in subject_after)
    ):
        fact = _AUDIT_OPINION.match(subject_after) is not None  # an act the authors report
    if not fact:  # "De gemeente heeft … verruimd": an act of administration
        fact = municipal_act(text, start, end, subject, subject_after)
    if not fact and subject is not None and third_party_acts(text, start, end, subject):
        return Speech(subject=subject, fact=True, third=True)
    if not fact and subject is not None and counts_caseload(subject_after):
        return Speech(subject=subject, third=True)  # "Veilig Thuis ontving 190 meldingen"
    if (
        not fact
        and start > 0
        and text[start - 1] != "\n"  # in a paragraph: one that opens with it is read in findings
        and prefix_search(ORGANISING, text, start, end)
        and organised_fact(text[start:end])
    ):
        return Speech(subject=subject, third=True)  # "De teams zijn per gebied aanbesteed"
    if subject is None and not fact:
        return _SILENT  # most sentences (a Speech is frozen: one serves them all)
    return Speech(subject=subject, fact=fact)


#: An auditor's opinion on the accounts, issued or withheld ("keurde de jaarrekening goed",
#: "heeft geen goedkeurende verklaring kunnen geven"): an act the authors report about the
#: auditor, no view of its own (gold README, settlement point 9), and a fact that ends the
#: account it interrupts.
_AUDIT_OPINION = re.compile(
    r"^\s+(?:keur(?:t|en|de|den)\s+(?:de\s+)?(?:jaarrekening|verantwoording)\b[^,;:.]{0,30}?\bgoed\b"
    r"|(?:heeft|hebben|had|hadden|geeft|geven|gaf|gaven|kon|konden|kan|kunnen)\b[^,;:.]{0,50}?"
    r"\b(?:goedkeurende|afkeurende)\s+(?:controle)?verklaring)",
    re.IGNORECASE,
)
#: "volgens" right before a municipality's name: the municipality as the source.
_VOLGENS_TOWN = re.compile(r"\b(?:volgens|aldus)\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)
#: What may stand before a municipality's name that opens a sentence as its subject.
_TOWN_OPENS = re.compile(r"\W*(?:ook\s+)?(?:de\s+gemeente\s+)?", re.IGNORECASE)


def _town_reports(text: str, start: int, end: int, mentions: list[SentenceMention]) -> str | None:
    """The civil servants when the sentence opens with the municipality's name as the subject
    of a report ("Teststad geeft aan dat …"), as "de gemeente" speaks through them.

    Examples
    --------
    >>> s = "Teststad geeft aan dat het goed gaat."
    >>> town = SentenceMention("municipality/teststad", "municipality", 0, 8, "Teststad", 0)
    >>> _town_reports(s, 0, len(s), [town]) == CIVIL_SERVANTS
    True
    >>> s = "Teststad ontvangt veel geld."
    >>> _town_reports(s, 0, len(s), [town]) is None
    True
    >>> s = "Volgens Teststad is de regio te groot."
    >>> town = SentenceMention("municipality/teststad", "municipality", 8, 16, "Teststad", 0)
    >>> _town_reports(s, 0, len(s), [town]) == CIVIL_SERVANTS
    True
    >>> s = "Volgens Teststad ligt de werkloosheid op 5%."
    >>> _town_reports(s, 0, len(s), [town]) is None
    True
    """
    for m in mentions:
        if m.kind == "municipality" and _TOWN_OPENS.fullmatch(text, start, m.start):
            after = text[m.end : end]
            if POLICY_AIM.match(after):  # "Teststad wil …": its policy, no view
                return None
            return CIVIL_SERVANTS if subject_reports(after, True) else None
        # "Volgens Teststad is de regio te groot" (as "volgens de gemeente"), not its figures
        if (
            m.kind == "municipality"
            and _VOLGENS_TOWN.search(text, max(start, m.start - 12), m.start)
            and not DATA.search(text, m.end, end)
        ):
            return CIVIL_SERVANTS
    return None


#: The speech of a sentence that names no speaker and opens with no group.
_SILENT = Speech()
