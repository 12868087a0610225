"""Forms of a sentence's voice read apart from the group slots of :mod:`kg.extract.speakers`.

- the mentions that can speak in a sentence (:func:`speaker_mentions`): actor groups and
  named organisations, a role noun in apposition to a name yielding to the name
  ("Woningcorporatie Viverion"), a staff noun to the group it works for ("een bestuurder
  van een zorgorganisatie"), a group's name that qualifies a document ("de GGD-monitor")
  left out;
- reports that name nobody in particular (:func:`impersonal`): an impersonal passive
  ("Er wordt vaak aangegeven …") and evidence from data ("Uit de monitor blijkt …");
- a personal pronoun that reports (:data:`PRONOUN_REPORT`, :func:`pronoun_subject`) and a
  quotation (:data:`QUOTED`).

Split out of :mod:`kg.extract.speakers`; general Dutch grammar, not any profile's wording.
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import attrgetter

from kg.extract.model import SentenceMention
from kg.extract.prefixscan import search_runs
from kg.extract.speakergroups import STAFF
from kg.extract.speakerslots import PEOPLE_SERVED
from kg.extract.speechcues import (
    ANY_TENSE,
    ATTITUDE,
    NOT_REPORTING,
    PAST,
    PERFECT,
    STANCE,
    VERBS,
)
from kg.extract.taskactors import staffed_service
from kg.namespaces import CONCEPT

__all__ = [
    "PRONOUN_REPORT",
    "PROVIDERS",
    "QUOTED",
    "SPEAKER_KINDS",
    "impersonal",
    "impersonal_voice",
    "kinds_of_providers",
    "pronoun_report",
    "pronoun_subject",
    "speaker_mentions",
]

#: Impersonal passive reporting, or evidence from data ("Uit de monitor blijkt …",
#: "volgens de cijfers"): the text says nobody in particular says it (:func:`impersonal`).
#: The forms that open the sentence (tried there only) and the one found anywhere: the
#: passive (:data:`_PASSIVE_OPENS`, whose every match holds "word"), and the data and the
#: report's conclusion (:data:`_IMPERSONAL_OPENS`, "uit" or "conclusie").
_PASSIVE_OPENS = re.compile(
    r"^[^,;:]*?\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?(?:ervaren|aangegeven|gezegd|gesteld|genoemd)\b",
    re.I,
)
_IMPERSONAL_OPENS = re.compile(
    r"^\W*uit\s+(?:de\s+|het\s+|een\s+)?[\w-]*(?:monitor|cijfers|onderzoek|rapport|peiling"
    r"|enquête|gegevens|statistiek|statistieken|registratie|data|evaluatie|meting)\b"
    # (a relative clause may say whose it is: "Uit de woonmonitor die de corporatie
    # jaarlijks maakt, blijkt …")
    r"[^,;:.]{0,80}?(?:,\s*)?\b(?:blijkt|blijken|bleek|bleken)\b"
    # the report's own conclusion: "Een tweede conclusie is dat …"
    r"|^\W*(?:de|een)\s+(?:\w+\s+)?conclusie\s+(?:is|was|luidt)\s+dat\b",
    re.I,
)
_BY_DATA = re.compile(
    r"\bvolgens\s+(?:de\s+|het\s+)?(?:landelijke\s+)?(?:cijfers|gegevens|data|statistieken"
    r"|registratie|monitor)\b",
    re.I,
)
#: The answers to a survey are data too: "Toch gaven jongeren in een enquête aan dat …",
#: "in een enquête van de gemeente zegt 61% …" (not "dit onderzoek": the study's interviews).
_SURVEY = re.compile(
    r"\bin\s+(?:een|de|het)\s+(?:\w+\s+)?[\w-]*(?:enquête|peiling|vragenlijst"
    r"|tevredenheidsonderzoek|ervaringsonderzoek)\b",
    re.I,
)
#: Words one of which a survey's name holds (the gate of :data:`_SURVEY`).
_SURVEY_WORDS = ("enquête", "peiling", "vragenlijst", "onderzoek")
#: What cannot (yet) be told, said impersonally: "Hoe groot de eenzaamheid is, laat zich
#: moeilijk vaststellen", "Of de gemeente in evenwicht komt, valt pas over jaren te
#: beoordelen": the authors' own weighing, nobody's report.
_UNTOLD = re.compile(
    r"\b(?:laat|laten|liet|lieten)\s+zich\s+(?:\w+\s+){0,2}?(?:vaststellen|zeggen|beoordelen"
    r"|voorspellen|meten|schatten|overzien)\b"
    r"|\b(?:valt|viel)\s+(?:\w+\s+){0,10}?te\s+(?:zeggen|beoordelen|voorspellen|overzien"
    r"|bepalen|vast\s+te\s+stellen)\b",
    re.I,
)


def impersonal(text: str, lower: str | None) -> bool:
    """Whether the sentence reports impersonally or from data (:data:`_IMPERSONAL_OPENS`,
    :data:`_BY_DATA`): the text says nobody in particular says it.

    ``lower`` is the text in lower case when ``str.lower`` reads it as the patterns do
    (:func:`kg.extract.wordtokens.plain`), else None: a form none of whose words
    ("word…", "uit"; "volgens") stands there is not tried.

    Examples
    --------
    >>> s = "Volgens de cijfers stijgt het aantal."
    >>> impersonal(s, s.lower()), impersonal(s, None), impersonal("Het stijgt.", "het stijgt.")
    (True, True, False)
    >>> impersonal("Er wordt vaak aangegeven dat het goed gaat.", None)
    True
    >>> s = "Toch gaven jongeren in een enquête aan dat zij het team niet kennen."
    >>> impersonal(s, s.lower())
    True
    >>> impersonal("Of het werkt, valt pas over enkele jaren te zeggen.", None)
    True
    """
    if lower is None:
        return bool(
            _PASSIVE_OPENS.match(text)
            or _IMPERSONAL_OPENS.match(text)
            or _BY_DATA.search(text)
            or _UNTOLD.search(text)
            or _SURVEY.search(text)
        )
    # each pattern only where a word its every match holds stands
    if "word" in lower and _PASSIVE_OPENS.match(text):
        return True
    if ("uit" in lower or "conclusie" in lower) and _IMPERSONAL_OPENS.match(text):
        return True
    if "volgens" in lower and _BY_DATA.search(text) is not None:
        return True
    if ("zich" in lower or "valt" in lower or "viel" in lower) and _UNTOLD.search(text):
        return True
    for word in _SURVEY_WORDS:
        if word in lower:
            return _SURVEY.search(text) is not None
    return False


#: An agentless passive of opinion ("wordt als lastig ervaren", "wordt … niet als groot
#: probleem gezien", "wordt niet overal gewaardeerd", "er wordt geklaagd"): a view whose
#: holders the text leaves unnamed (annotation guideline on unnamed sources).
_OPINION_PASSIVE = re.compile(
    r"\b(?:wordt|worden|werd|werden)\s+(?:(?!door\b)[\w-]+\s+){0,6}?"
    r"(?:als\s+(?:[\w-]+\s+){0,4}?(?:ervaren|gezien|beschouwd|beleefd)|ervaren|gewaardeerd"
    r"|betwijfeld|geklaagd|gemopperd|gesuggereerd|gevreesd|aangegeven|gezegd|gesteld|genoemd)\b",
    re.I,
)
#: Those spoken with: the voice of an unnamed source.
_INTERVIEWEES = CONCEPT + "role/interviewees"


def impersonal_voice(
    text: str, lower: str | None, start: int, carried: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The voice of a sentence that names nobody in particular as its source, or None.

    An agentless passive of opinion (:data:`_OPINION_PASSIVE`) into which no voice carries
    (``carried`` empty) is those spoken with (annotation guideline: unnamed sources are
    ``role/interviewees``); any other impersonal report or evidence from data
    (:func:`impersonal`) has no voice (the authors'); None: the sentence is neither, or an
    opinion passive goes on with the voice ``carried``. ``lower`` is the document in lower
    case, where the sentence starts at ``start`` (None: not read so).

    Examples
    --------
    >>> impersonal_voice("De verklaring wordt als lastig ervaren.", None, 0, ())
    ('https://w3id.org/kg-decentralisatie/concept/role/interviewees',)
    >>> impersonal_voice("Dat wordt niet overal gewaardeerd.", None, 0, ("role/a",)) is None
    True
    >>> impersonal_voice("Volgens de cijfers stijgt het aantal.", None, 0, ())
    ()
    >>> impersonal_voice("Het aantal stijgt.", None, 0, ()) is None
    True
    """
    low = text.lower() if lower is None else lower[start : start + len(text)]
    passive = "word" in low or "werd" in low  # every match holds one of the two
    if passive and "door " not in low and _OPINION_PASSIVE.search(text):
        return None if carried else (_INTERVIEWEES,)
    return () if impersonal(text, None if lower is None else low) else None


#: A sentence that opens with a quotation mark: direct speech.
QUOTED = re.compile(r"^\W{0,3}[“\"‘„'«]")
#: A personal pronoun reporting ("zo stellen zij", "Hij vertelt", "volgens hen"): the
#: group named last speaks ("men" is impersonal and does not resolve).
PRONOUN_REPORT = re.compile(
    rf"\b(?:zij|ze|hij)\s+(?:\w+\s+)?(?:{VERBS})\b|\b(?:{VERBS})\s+(?:zij|ze|hij)\b"
    rf"|\b(?:zij|ze|hij)\s+{PERFECT}\b"
    rf"|\b(?:zij|ze|hij)\s+(?:{ATTITUDE})\b"
    r"|\b(?:volgens|aldus)\s+(?:hen|haar|hem)\b|\bnaar\s+(?:hun|haar|zijn)\s+(?:mening|oordeel)\b"
    # "Het is hun oordeel dat …": the view of the group named last
    r"|\bhet\s+(?:is|was)\s+(?:ook\s+)?(?:hun|haar|zijn)\s+(?:mening|oordeel|overtuiging|indruk"
    r"|ervaring|inschatting|conclusie)\s+dat\b",
    re.IGNORECASE,
)


#: The impersonal "men" reporting or holding a stance: "Over het Rijk is men kritisch",
#: "men ervaart", "vindt men".
_MEN_REPORT = re.compile(
    rf"\bmen\s+(?:\w+\s+)?(?:{VERBS})\b|\b(?:{VERBS})\s+men\b|\bmen\s+(?:{ATTITUDE})\b"
    rf"|\b(?:is|was)\s+men\s+(?:\w+\s+){{0,3}}?{STANCE}",
    re.IGNORECASE,
)


def men_report(text: str, lower: str) -> bool:
    """Whether the impersonal "men" reports or holds a stance in ``text`` (``lower``: its
    lower case, for a plain pre-check of the word).

    Examples
    --------
    >>> s = "Over het Rijk is men in Emmen niet te spreken."
    >>> men_report(s, s.lower()), men_report("Men bouwt een school.", "men bouwt een school.")
    (True, False)
    """
    if " men " not in lower and not lower.startswith("men "):
        return False
    return _MEN_REPORT.search(text) is not None


#: A pronoun report in the past closing the sentence ("…, zo benadrukten zij."), matched
#: at the verb :func:`pronoun_report` finds before the last word, not searched for.
_PAST_CLOSING = re.compile(rf"(?:{PAST})\s+(?:zij|ze|hij)\W*$", re.IGNORECASE)
_PRONOUNS = frozenset({"zij", "ze", "hij"})


def pronoun_report(text: str) -> re.Match | None:
    """The first personal pronoun that reports in ``text`` (:data:`PRONOUN_REPORT`), or one
    that closes it with a past verb (:data:`_PAST_CLOSING`), or None.

    Examples
    --------
    >>> pronoun_report("Het gaat goed, zo stellen zij.").group()
    'stellen zij'
    >>> pronoun_report("Het gaat goed, zo benadrukten zij.").group()
    'benadrukten zij.'
    >>> pronoun_report("Het gaat goed.") is None
    True
    """
    found = search_runs(PRONOUN_REPORT, text)
    if found is not None:
        return found
    tail = text.rstrip(" .;!?”\"’'")
    last = tail.rfind(" ")
    if tail[last + 1 :].lower() not in _PRONOUNS:
        return None
    return _PAST_CLOSING.match(text, tail.rfind(" ", 0, last) + 1)


#: A sentence that opens with a subject pronoun and a report: "Zij geven aan dat …",
#: "Ook zij zijn kritisch", "Hij vertelt".
_PRONOUN_OPENS = re.compile(
    rf"^\W*(?:ook\s+|daarbij\s+|wel\s+)?(?:zij|ze|hij)(?P<verb>\s+(?:\w+\s+)?(?:{ANY_TENSE}|{ATTITUDE}))\b"
    # the perfect: "Zij hebben daarover meermaals geklaagd", "Hij heeft erop gewezen dat …"
    rf"|^\W*(?:ook\s+|daarbij\s+|wel\s+)?(?:zij|ze|hij)\s+{PERFECT}\b"
    # "Volgens hen verloopt dat goed": the source taken up by a pronoun
    r"|^\W*(?:ook\s+)?(?:volgens|aldus)\s+(?:hen|haar|hem)\b(?P<source>)"
    # "Hun ervaring is dat …", "Zijn conclusie luidt …": the view of the one taken up
    # (or the view after "het is": "Het is hun oordeel dat …")
    r"|^\W*(?:ook\s+)?(?:hun|zijn|haar)\s+(?:\w+\s+)?(?:ervaring|ervaringen|indruk|mening"
    r"|beeld|conclusie|zorg|zorgen|verwachting|overtuiging|idee|gevoel|oordeel|inschatting"
    r"|standpunt|boodschap|advies|wens)\s+(?:is|was|luidt|luidde)\b(?P<view>)"
    r"|^\W*het\s+(?:is|was)\s+(?:ook\s+)?(?:hun|zijn|haar)\s+(?:\w+\s+)?(?:ervaring|indruk"
    r"|mening|conclusie|overtuiging|oordeel|inschatting|verwachting)\s+dat\b",
    re.IGNORECASE,
)

#: Adverbs of time that set a report against an earlier one ("Nu zeggen zij …", "Inmiddels
#: vinden zij …"): fronted, they put the pronoun after the verb.
_THEN_AND_NOW = (
    r"nu|inmiddels|tegenwoordig|achteraf|destijds|toen|sindsdien|intussen|aanvankelijk"
    r"|eerst|later|thans|momenteel|ondertussen"
)
#: A subject pronoun after the verb, something fronted before them (verb-second order): a
#: report after an adverb of time ("Nu zeggen zij …"; after any fronted words, measured, it
#: took up the wrong group), a stance after a fronted phrase ("Over de inkoop, die …, zijn
#: zij somber"), "naar eigen zeggen" ("Nu besteden zij naar eigen zeggen meer tijd …").
_PRONOUN_INVERTED = re.compile(
    rf"^\W*(?:{_THEN_AND_NOW})\s+(?P<verb>{ANY_TENSE})\s+(?:zij|ze|hij)\b"
    rf"|^[^.;:?!]{{0,120}}?\s(?:is|zijn|was|waren)\s+(?:zij|ze|hij)\s+(?:\w+\s+){{0,2}}?{STANCE}"
    r"|^\W*(?:[^\W\d]+\s+){1,3}?(?:zij|ze|hij)\s+naar\s+eigen\s+zeggen\b",
    re.IGNORECASE,
)
#: A subject pronoun after white space, which every match of :data:`_PRONOUN_INVERTED`
#: holds: searched first (most sentences hold none), where that pattern is tried at each
#: of up to 120 characters.
_PRONOUN_AFTER = re.compile(r"\s(?:zij|ze|hij)\b", re.IGNORECASE)


def pronoun_subject(text: str, previous_subject: str | None) -> str | None:
    """The group a sentence that opens with "Zij"/"Ze"/"Hij" and a report points back to.

    A subject pronoun takes up the subject of the sentence before it: "Huisartsen zijn
    een belangrijke schakel. Zij geven aan dat …" is the general practitioners' report,
    whatever voice the text carried before.

    Parameters
    ----------
    text : str
        The sentence.
    previous_subject : str or None
        The role or organisation that opens the sentence before it as its subject.

    Returns
    -------
    str or None
        ``previous_subject`` when the sentence reports through a pronoun, else None.

    Examples
    --------
    >>> pronoun_subject("Zij geven aan dat de lijnen kort zijn.", "role/gp")
    'role/gp'
    >>> pronoun_subject("Zij verwijzen door naar de jeugdhulp.", "role/gp") is None
    True
    >>> pronoun_subject("Hun ervaring is dat de lijnen kort zijn.", "role/gp")
    'role/gp'

    After a fronted adverbial the pronoun follows the verb (Dutch verb-second order):

    >>> pronoun_subject("Nu zeggen zij dat de rust is teruggekeerd.", "role/gp")
    'role/gp'
    >>> pronoun_subject("Over de inkoop, die regionaal loopt, zijn zij somber.", "role/gp")
    'role/gp'
    >>> pronoun_subject("Nu besteden zij naar eigen zeggen meer tijd aan preventie.", "role/gp")
    'role/gp'
    >>> pronoun_subject("In 2015 waren zij nog met drie.", "role/gp") is None
    True
    """
    if previous_subject is None:
        return None
    opens = _PRONOUN_OPENS.match(text) or (
        _PRONOUN_AFTER.search(text) and _PRONOUN_INVERTED.match(text)
    )
    if opens is None:
        return None
    if opens.group("verb") is not None and NOT_REPORTING.match(text[opens.start("verb") :]):
        return None
    return previous_subject


#: The first part of a hyphenated compound glued to a mention: "Wmo-" in "Wmo-cliëntenraad".
_GLUED = re.compile(r"\b[^\W\d_]+-$")
#: Kinds of mentions that can speak: actor groups and named organisations.
SPEAKER_KINDS = frozenset({"role", "organisation", "body"})


_START = attrgetter("start")


#: A document or figures a group's name qualifies in a compound ("de GGD-monitor", "de
#: CBS-cijfers"): the source of figures, not the group speaking.
_DOCUMENT = re.compile(
    r"-(?:monitor|rapport|rapportage|onderzoek|cijfers|gegevens|peiling|enquête|registratie"
    r"|jaarverslag|gezondheidsmonitor|jeugdmonitor|ouderenmonitor)\b",
    re.IGNORECASE,
)


def speaker_mentions(text: str, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """Mentions that can speak, in text order; a role noun in apposition to a proper name
    ("Woningcorporatie Viverion", "de welzijnsorganisatie Salut") yields to the name, and a
    person's name to the title of the office before it ("Wethouder Jansen", :data:`TITLES`)."""
    found = [
        m
        for m in mentions
        if m.kind in SPEAKER_KINDS
        and not (text[m.end : m.end + 1] == "-" and _DOCUMENT.match(text, m.end))
    ]
    if not found:
        return found  # most sentences name none
    if any(m.entity == PROVIDERS for m in found):  # "aanbieders van GGZ": one group
        # (also "aanbieders van jeugd-ggz", the lower-case care form read as the form of care)
        care = [m for m in mentions if m.kind not in SPEAKER_KINDS and _CARE_FORM.fullmatch(m.text)]
        found = [m for m in kinds_of_providers(text, found + care) if m.kind in SPEAKER_KINDS]
    found.sort(key=_START)
    out: list[SentenceMention] = []
    for k, m in enumerate(found):
        if m.kind == "role" and k + 1 < len(found) and _others_staff(text, m, found[k + 1]):
            continue  # "een bestuurder van een zorgorganisatie": that organisation speaks
        # "medewerkers van de opvang": the staff of a service speak as its group
        if (
            m.kind == "role"
            and text[m.start : m.end].lower() in STAFF
            and not own_role(text, m)
            and (served := staffed_service(text, m.end)) is not None
        ):
            m = replace(m, entity=served[0], end=served[1])  # noqa: PLW2901
        # "Wmo-cliëntenraad" ("$" may stand before a closing line break)
        glued = "-" in text[max(0, m.start - 2) : m.start] and _GLUED.search(
            text, max(0, m.start - 40), m.start
        )
        if glued:
            m = replace(m, start=glued.start())  # noqa: PLW2901
        if (
            out
            and out[-1].kind == "role"
            and m.kind != "role"
            and not text[out[-1].end : m.start].strip()
        ):
            if text[out[-1].start : out[-1].end].lower() in TITLES:
                continue  # "Wethouder Jansen": a person holding the office, who speaks as it
            out[-1] = replace(m, start=out[-1].start)  # the phrase starts at the role noun
            continue
        if out and out[-1].kind != "role" and m.kind == "role" and _what_it_is(text, out[-1], m):
            continue  # "Eemwerk, het vroegere sw-bedrijf dat …": what the named one is
        out.append(m)
    return out


#: A definite noun phrase in apposition to a name, saying what the named one is, up to its
#: noun: ", het vroegere ", ", de grootste "; and after the noun its own relative clause or
#: phrase (no coordination: "X, de huisartsen en de scholen vinden" lists three).
_APPOSED_TYPE = re.compile(r",\s*(?:de|het)\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)
_TYPE_GOES_ON = re.compile(r"\s+(?:dat|die|van|in|voor|bij|uit|met|op)\s", re.IGNORECASE)


def _what_it_is(text: str, name: SentenceMention, m: SentenceMention) -> bool:
    """Whether the role ``m`` is a definite noun in apposition to the name before it, saying
    what it is ("Eemwerk, het vroegere sw-bedrijf dat …, ziet"): the name speaks, not a group.

    Examples
    --------
    >>> s = "Eemwerk, het vroegere sw-bedrijf dat veel mensen telt, ziet"
    >>> name = SentenceMention("organisation/eemwerk", "organisation", 0, 7, "Eemwerk", 0)
    >>> sw = SentenceMention("role/employers", "role", 22, 32, "sw-bedrijf", 0)
    >>> _what_it_is(s, name, sw)
    True
    >>> s = "Eemwerk, de werkgevers en de scholen zien"
    >>> sw = SentenceMention("role/employers", "role", 12, 22, "werkgevers", 0)
    >>> _what_it_is(s, name, sw)
    False
    """
    return (
        _APPOSED_TYPE.fullmatch(text, name.end, m.start) is not None
        and _TYPE_GOES_ON.match(text, m.end) is not None
    )


#: Titles of an office one person holds, written before the person's name ("Wethouder
#: Jansen", "burgemeester De Vries", "raadslid Bakker"): the name is a person's, who speaks
#: as the office (the annotation guideline's "Wethouder X: “…”"), not an organisation.
TITLES = frozenset(
    {"wethouder", "burgemeester", "raadslid", "gemeentesecretaris", "griffier", "directeur",
     "voorzitter", "beleidsmedewerker", "beleidsambtenaar", "ambtenaar", "teamleider",
     "huisarts", "wijkverpleegkundige", "consulent", "coördinator", "manager"}
)  # fmt: skip
#: A staff or board noun (``STAFF``) of the group named right after it speaks for
#: that group ("een bestuurder van een zorgorganisatie").
_OF_NEXT = re.compile(r"\s+van\s+(?:(?:een|de|het)\s+)?$", re.IGNORECASE)


def _others_staff(text: str, m: SentenceMention, following: SentenceMention) -> bool:
    """Whether the role ``m`` is a staff or board noun of the group ``following`` names.

    Examples
    --------
    >>> s = "Een bestuurder van een zorgorganisatie zegt"
    >>> board = SentenceMention("role/board", "role", 4, 14, "bestuurder", 0)
    >>> org = SentenceMention("role/care", "role", 23, 38, "zorgorganisatie", 0)
    >>> _others_staff(s, board, org), _others_staff(s, org, board)
    (True, False)
    """
    return (
        text[m.start : m.end].lower() in STAFF
        and not own_role(text, m)
        and following.start > m.end
        and _OF_NEXT.fullmatch(text, m.end, following.start) is not None
    )


def own_role(text: str, m: SentenceMention) -> bool:
    """Whether the staff noun ``m`` names a role of its own in the role list (its key is
    the noun: "klantmanagers" is ``role/klantmanager``), a function that speaks as itself
    rather than for the service named after it ("klantmanagers van de ISD"); a general
    staff noun ("medewerkers", "consulenten") is read as its broader group.

    Examples
    --------
    >>> s = "Klantmanagers van de ISD zien dat"
    >>> own_role(s, SentenceMention("c/role/klantmanager", "role", 0, 13, "Klantmanagers", 0))
    True
    >>> s = "Medewerkers van de ISD zien dat"
    >>> own_role(s, SentenceMention("c/role/civil-servants", "role", 0, 11, "Medewerkers", 0))
    False
    """
    return text[m.start : m.end].lower().startswith(m.entity.rsplit("/", 1)[-1])


#: Care providers in general, as a noun with a kind of provider after it.
PROVIDERS = CONCEPT + "role/care-providers"
#: "aanbieders van (de) GGZ", "aanbieders van jeugd-GGZ": the kind of provider follows.
_KIND_OF = re.compile(r"\s+van\s+(?:(?:de|het)\s+)?(?:[^\W\d_]{1,5}-)?", re.IGNORECASE)
#: Mental health care providers: "aanbieders van (jeugd-)ggz" are GGZ providers also where the
#: lower-case care form is read as the form of care (the Youth Act) rather than its providers.
MENTAL_HEALTH = CONCEPT + "role/mental-health-care"
_CARE_FORM = re.compile(r"(?:[^\W\d_]{1,5}-)?ggz$", re.IGNORECASE)


def kinds_of_providers(
    text: str, mentions: list[SentenceMention], merge: bool = True
) -> list[SentenceMention]:
    """``mentions`` without a general noun of care providers ("aanbieders",
    "zorgaanbieders") followed by "van" and the kind of provider, another actor group not
    of the people served ("aanbieders van GGZ" are GGZ providers, as "GGZ-aanbieders"): the
    phrase names one group, the narrower, as speaker and as concern. With ``merge`` the
    narrower group's mention starts at the general noun (the phrase speaks as a whole);
    without, it is left as it is (its words stay its own for the topics).

    Examples
    --------
    >>> s = "Aanbieders van jeugd-GGZ geven aan dat het krap is."
    >>> gen = SentenceMention(PROVIDERS, "role", 0, 10, "Aanbieders", 0)
    >>> ggz = SentenceMention("c/role/mental-health-care", "role", 21, 24, "GGZ", 0)
    >>> [(m.entity, m.start) for m in kinds_of_providers(s, [gen, ggz])]
    [('c/role/mental-health-care', 0)]
    >>> ggz = SentenceMention("c/role/mental-health-care", "role", 15, 24, "jeugd-GGZ", 0)
    >>> [(m.entity, m.start) for m in kinds_of_providers(s, [gen, ggz])]
    [('c/role/mental-health-care', 0)]
    >>> s = "Aanbieders van ouderenzorg en de GGZ zijn kritisch."
    >>> ggz = SentenceMention("c/role/mental-health-care", "role", 33, 36, "GGZ", 0)
    >>> len(kinds_of_providers(s, [gen, ggz]))
    2
    >>> s = "Aanbieders van GGZ geven aan dat het krap is."
    >>> ggz = SentenceMention("c/role/mental-health-care", "role", 15, 18, "GGZ", 0)
    >>> [(m.entity, m.start) for m in kinds_of_providers(s, [gen, ggz], merge=False)]
    [('c/role/mental-health-care', 15)]
    >>> s = "Aanbieders van jeugd-ggz melden wachttijden."
    >>> care = SentenceMention("c/law/jeugdwet", "law", 15, 24, "jeugd-ggz", 0)
    >>> [(m.entity.rsplit("/", 1)[-1], m.start) for m in kinds_of_providers(s, [gen, care])]
    [('mental-health-care', 0)]
    """
    for m in mentions:
        if m.entity == PROVIDERS:
            break
    else:
        return mentions  # most sentences: none
    out: list[SentenceMention | None] = []
    general = -1  # where the last general noun stands in ``out`` (-1: none)
    for m in sorted(mentions, key=_START):
        if general >= 0 and m.kind != "role" and _CARE_FORM.fullmatch(m.text):
            m = replace(m, entity=MENTAL_HEALTH, kind="role")  # noqa: PLW2901
        if m.kind != "role":
            out.append(m)  # (a problem may overlap the group: "jeugd-GGZ")
            continue
        providers = out[general] if general >= 0 else None
        if providers is not None and _kind_of(text, providers, m):
            if merge:
                m = replace(m, start=providers.start)  # noqa: PLW2901
            out[general] = None  # the phrase names the narrower group, from its noun on
        general = len(out) if m.entity == PROVIDERS else -1
        out.append(m)
    return [m for m in out if m is not None]


def _kind_of(text: str, providers: SentenceMention, m: SentenceMention) -> bool:
    """Whether ``m`` names the kind of the care ``providers`` named before it."""
    kind = _KIND_OF.match(text, providers.end)
    return (
        kind is not None
        # ("jeugd-" glued before it: "aanbieders van jeugd-GGZ", or part of it: "jeugd-ggz")
        and (
            kind.end() == m.start
            or (
                kind.group().endswith("-") and kind.end() - len(kind.group().split()[-1]) == m.start
            )
        )
        and m.kind == "role"
        and m.entity != PROVIDERS
        and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED
    )
