"""Who says it: speaker detection in one sentence, from general Dutch patterns.

An actor group (a role mention) speaks when it is

- the subject of a reporting verb or an attitude predicate at the start of a
  clause: "Ambtenaren vertellen", "De ambtelijke organisatie is trots op",
  "Raad en college zijn zoekende", "het college geeft aan";
- named right after such a verb (inverted order): "geven raadsleden aan",
  "…, zo stelt de ambtelijke organisatie", "voelen de raadsleden goed";
- introduced by "volgens", "aldus", "naar de mening van", or as the source of a
  passive reporting verb: "Vanuit de zorgorganisaties wordt aangegeven", "wordt
  door verschillende gesprekspartners betwijfeld", "wordt herkend door de wijkteams";
- the holder of an inverted or fronted stance: "Over X zijn raadsleden tevreden",
  "Kritisch is de Wmo-raad", "Bij raadsleden leeft het gevoel dat", "Wat de
  wethouder betreft", "De wethouder: “…”".

The group may be quantified or spoken for by one of its people ("een deel van
de raadsleden", "een van de huisartsen", "de voorzitter van de Wmo-raad", "een
medewerker van het wijkteam"); "de gemeente (zelf) ervaart" speaks through the
civil servants (an annotation guideline).

A named organisation speaks in the same slots (a role noun in apposition to
its name, "Woningcorporatie Viverion", yields to the name), also after
"volgens" unless the clause gives figures or a comparison with an average
("volgens CBS iets onder het landelijk gemiddelde": a source, not a voice). A
subject also speaks through a second, coordinated predicate ("De cliëntenraad
wordt betrokken …, maar vindt dat …"). Evidence from data ("Uit de monitor
blijkt …", "volgens de cijfers") is nobody's voice.

Groups coordinated with the speaker ("Raadsleden en de wethouder delen",
"College- en raadsleden vinden") speak with it. A group after a subject
speaker is what the claim is about, not a second speaker ("Zorgaanbieders
zien zorgverzekeraars …"). A pronoun with a reporting verb ("zo stellen zij",
"Hij vertelt", "men ervaart") keeps the voice that is already there. A group
the role list lacks is minted (:func:`discover`) only as the subject of a
reporting verb, after "volgens"/"aldus", as a passive source or inverted after
the verb: a stance alone ("Oud-werknemers zijn teleurgesteld") describes a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.mentionrules import staff_stems
from kg.extract.model import SentenceMention
from kg.namespaces import CONCEPT

#: Reporting verbs (full forms). "geven … aan", "nemen … waar", "merken … op" and
#: "voegen … toe" need their particle; "vindt … plaats" and "ziet … toe" are not reporting.
_VERBS = (
    r"vertel(?:t|len|de|den)|stel(?:t|len|de|den)|vind(?:t|en)?|vond(?:en)?|ervaa?r(?:t|en)?"
    r"|ervoer(?:en)?|zie(?:t|n)?|zag(?:en)?|me(?:ent|nen)|meende(?:n)?|verkla(?:art|ren|arde|arden)"
    r"|oorde(?:elt|len|elde|elden)|zeg(?:t|gen)|zei(?:den)?|spre(?:ekt|ken)|sprak(?:en)?"
    r"|beschrij(?:ft|ven)|beschreven|de(?:elt|len|elde|elden)|herken(?:t|nen)|erken(?:t|nen)"
    r"|constate(?:ert|ren|erde|erden)|onderken(?:t|nen)|noem(?:t|en|de|den)|benadruk(?:t|ken)"
    r"|den(?:kt|ken)|verwacht(?:en)?|ho(?:ort|ren)|voel(?:t|en)|conclude(?:ert|ren)"
    r"|bevestig(?:t|en)|waarschuw(?:t|en)|betwijfel(?:t|en)|wij(?:st|zen)\s+(?:erop|op)"
    r"|ge(?:eft|ven)\b[^,;:.]{0,40}?\baan|gaf\b[^,;:.]{0,40}?\baan|gaven\b[^,;:.]{0,40}?\baan"
    r"|ne(?:emt|men)\b[^,;:.]{0,30}?\bwaar|mer(?:kt|ken)\b[^,;:.]{0,30}?\bop"
    r"|voeg(?:t|en)\b[^,;:.]{0,30}?\btoe|trek(?:t|ken)\s+de\s+conclusie"
    r"|meld(?:t|en|de|den)|signale(?:ert|ren|erde|erden)|pleit(?:en|te|ten)?|erkenn?(?:en|de|den)"
    r"|va(?:t|tten)\b[^,;:.]{0,30}?\bsamen|zijn\s+van\s+mening|is\s+van\s+mening"
    r"|schat(?:ten|te|tten)?|wij(?:t|ten)|wijtte(?:n)?"
    r"|waarde(?:ert|ren|erde|erden)|type(?:ert|ren|erde|erden)|vre(?:est|zen|esde|esden)"
    r"|betreu(?:rt|ren|rde|rden)|onderstre(?:ept|pen)|bea(?:amt|men)|juich(?:t|en)\s+(?:\w+\s+){0,3}?toe"
    r"|beklaag(?:t|en)|klaag(?:t|en)|klaagde(?:n)?|prijst"
    r"|mer(?:kt|ken|kte|kten)\s+(?:\w+\s+)?dat|(?:laat|laten|liet|lieten)\s+weten"
    r"|leg(?:t|gen|de|den)\b[^,;:.]{0,30}?\buit\b|licht(?:en|te|ten)?\b[^,;:.]{0,30}?\btoe\b"
    r"|(?:plaats|plaatsen|zet|zetten)\s+(?:\w+\s+)?(?:kanttekeningen|vraagtekens)"
    r"|(?:uit|uiten|uitte|uitten)\s+(?:\w+\s+){0,2}?(?:zorgen|zorg|kritiek|twijfels|onvrede)"
    r"|vra(?:agt|gen)\s+zich\s+(?:\w+\s+)?af|vroeg(?:en)?\s+zich\s+(?:\w+\s+)?af"
    r"|ho(?:opt|pen)|twijfel(?:t|en|de|den)|ga(?:at|an)\s+ervan\s+uit"
    r"|ge(?:eft|ven)\s+toe|beoorde(?:elt|len|elde|elden)|benoem(?:t|en|de|den)"
    r"|schets(?:t|en|te|ten)|advise(?:ert|ren|erde|erden)|voorzie(?:t|n)|ra(?:adt|den)\s+aan"
    r"|mis(?:t|sen|te|ten)|onderschrij(?:ft|ven)|ontken(?:t|nen)|betwist(?:en)?"
    r"|omschrij(?:ft|ven)|omschreven|karakterise(?:ert|ren|erde|erden)|bestempel(?:t|en|de|den)"
    r"|ge(?:eft|ven)\s+als\s+voorbeeld|gaf\s+als\s+voorbeeld|gaven\s+als\s+voorbeeld"
)
#: Attitude predicates: the subject's stance, as good as a reporting verb.
_STANCE = (
    r"(?:trots|tevreden|tevredener|positief|positiever|negatief|negatiever|kritisch|kritischer"
    r"|bezorgd|zoekende|lovend|enthousiast|somber|somberder|ontevreden|optimistisch"
    r"|pessimistisch|sceptisch|terughoudend|overtuigd|verdeeld|te\s+spreken"
    r"|het\s+(?:\w+\s+)?(?:eens|oneens)|blij|bang|ongerust|gerust|content|teleurgesteld"
    r"|verheugd|van\s+oordeel|voorstander|tegenstander|voorstanders|tegenstanders)"
)
_ATTITUDE = (
    rf"(?:is|zijn|was|waren)\s+(?:\w+\s+){{0,2}}?{_STANCE}"
    r"|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?(?:de\s+indruk|het\s+idee|het\s+gevoel"
    r"|het\s+beeld|moeite|liever|zorgen|twijfels|bedenkingen|waardering|kritiek)"
    r"|(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\w+\s+)?zorgen"
    r"|(?:kijkt|kijken|keek|keken)\s+(?:met\b|positief|kritisch|tevreden|somber|anders|terug)"
    r"|(?:wil|willen|wilde|wilden)\b|naar\s+eigen\s+zeggen"
)
REPORTING = re.compile(rf"\b(?:{_VERBS})\b|\b(?:{_ATTITUDE})\b", re.IGNORECASE)
_NOT_REPORTING = re.compile(r"^\s*(?:vindt|vinden|vond)\b[^,;:.]*\bplaats\b|^\s*ziet\s+toe\b", re.I)

#: A person or part of a group who speaks for it: "een medewerker van het wijkteam",
#: "de voorzitter van de Wmo-raad", "een bestuurder van een zorgorganisatie".
_FUNCTION = (
    r"(?:lid|leden|medewerkers?|vertegenwoordigers?|professionals?|voorzitters?|directeur(?:en|s)?"
    r"|directie|bestuurders?|managers?|coördinator(?:en)?|woordvoerders?|teamleiders?"
    r"|leidinggevenden?|hoofd|hoofden)\s+van\s+(?:de|het|een)"
)
#: Determiners and quantifiers of a group that speaks: "een van de", "een deel van de",
#: "niet alle", "vooral", "met name", "zowel".
_QUANT = (
    r"(?:de|het|een|één|deze|die|dezelfde|ook|zelfs|vooral|met\s+name|juist|zowel|verschillende"
    r"|alle|niet\s+alle"
    r"|veel|vele|weinig|sommige|enkele|diverse|meerdere|de\s+meeste|vrijwel|bijna|nagenoeg"
    r"|geen\s+van\s+de|(?:een|één|eén)\s+van\s+(?:de|het)|een\s+aantal"
    r"|een\s+(?:(?:groot|klein)\s+)?(?:deel|meerderheid|minderheid)\s+van\s+(?:de|het))"
)
#: Words that may stand before a clause-initial subject (an inflected adjective too:
#: "De geïnterviewde ambtenaren", "Lokale zorgaanbieders").
_LEAD = rf"(?:{_QUANT}|verder|[A-Z][a-zà-ÿ]+se|{_FUNCTION}|[a-zà-ÿ]{{2,}}[^\W\d_]e)"
_CLAUSE_START = re.compile(rf"(?:^|[,;:]\s*|\b(?:maar|en)\s+)(?:{_LEAD}\s+)*\W*$", re.IGNORECASE)
_BEFORE_INVERTED = re.compile(
    rf"\b(?:{_VERBS})\s+(?:{_QUANT}\s+)*(?:{_FUNCTION}\s+)?(?:[A-Z][a-zà-ÿ]+se\s+)?$",
    re.IGNORECASE,
)
#: A stance with the subject inverted: "Over X zijn raadsleden tevreden", "Kritisch is de
#: Wmo-raad over …", "Over de tarieven maken zorgaanbieders zich zorgen".
_STANCE_BEFORE = re.compile(
    rf"\b(?:is|zijn|was|waren|maakt|maken|maakte|maakten)\s+(?:{_QUANT}\s+)*$", re.IGNORECASE
)
_STANCE_AFTER = re.compile(
    rf"^\s+(?:\w+\s+){{0,2}}?{_STANCE}\b|^\s+zich\s+(?:\w+\s+)?zorgen\b", re.IGNORECASE
)
_STANCE_FRONTED = re.compile(
    rf"^\W*(?:(?:erg|zeer|heel|vrij|minder|niet)\s+)?{_STANCE}\s+(?:is|zijn|was|waren)\s+"
    rf"(?:{_QUANT}\s+)*$",
    re.IGNORECASE,
)
#: "Wat de wethouder betreft …": the speaker's view.
_AS_FOR = re.compile(r"\bwat\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
#: Verbs split around an inverted subject: "geeft het college aan", "heeft het bestuur het gevoel".
_SPLIT_BEFORE = re.compile(
    r"\b(?:geeft|geven|gaf|gaven|neemt|nemen|merkt|merken|voegt|voegen|heeft|hebben|had|hadden)"
    r"\s+(?:(?:de|het)\s+)?(?:[A-Z][a-zà-ÿ]+se\s+)?$"
)
_SPLIT_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:aan|waar|op|toe)\b|^\s+(?:\w+\s+)?(?:het\s+gevoel|de\s+indruk"
    r"|het\s+idee|het\s+beeld|moeite|zorgen|twijfels|bedenkingen|liever)\b",
    re.IGNORECASE,
)
#: What makes "volgens <organisation>" a source of figures, not a voice ("volgens CBS
#: iets onder het landelijk gemiddelde", "is volgens CBS laag"): a number, a comparison
#: with an average, a level ("laag", not the verdict "te laag").
_DATA = re.compile(
    r"\d|%|\bprocent\b|\bgemiddeld|\blandelijk|\bcijfers?\b|\bpercentage"
    r"|(?<!\bte\s)\b(?:laag|hoog|lager|hoger)\b",
    re.IGNORECASE,
)
_VOLGENS = re.compile(
    r"\b(?:volgens|aldus|naar\s+(?:de\s+mening|het\s+oordeel|de\s+ervaring|het\s+idee|zeggen)\s+van"
    r")\s+(?:de\s+|het\s+|een\s+)?"
    rf"(?:{_FUNCTION}\s+)?(?:{_QUANT}\s+|meeste\s+)*$",
    re.I,
)
_SOURCE = re.compile(
    rf"\b(?:vanuit|van\s+de\s+kant\s+van|door)\s+(?:{_QUANT}\s+)*$",
    re.IGNORECASE,
)
#: Participles of a passive report: "wordt door zorgaanbieders bevestigd".
_PARTICIPLES = (
    r"(?:aangegeven|gezegd|gesteld|verteld|ervaren|betwijfeld|genoemd|benadrukt|opgemerkt"
    r"|gemeld|bevestigd|onderschreven|herkend|gedeeld|erkend|beaamd|gesignaleerd|geconstateerd"
    r"|beschreven|benoemd|betwist|omschreven)"
)
_PASSIVE_AFTER = re.compile(
    rf"^\s*(?:(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,2}}?)?{_PARTICIPLES}\b",
    re.IGNORECASE,
)
#: The participle first: "Dat wordt herkend door de wijkteams".
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,2}}?{_PARTICIPLES}\s+door\s+"
    rf"(?:{_QUANT}\s+)*$",
    re.IGNORECASE,
)
_COORD = re.compile(r"-?\s*(?:,|en|,\s*en|als)\s*(?:de|het)?\s*$", re.IGNORECASE)
#: Impersonal passive reporting, or evidence from data ("Uit de monitor blijkt …",
#: "volgens de cijfers"): the text says nobody in particular says it.
IMPERSONAL = re.compile(
    r"^[^,;:]*?\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?(?:ervaren|aangegeven|gezegd|gesteld|genoemd)\b"
    r"|^\W*uit\s+(?:de\s+|het\s+|een\s+)?[\w-]*(?:monitor|cijfers|onderzoek|rapport|peiling"
    r"|enquête|gegevens|statistiek|statistieken|registratie|data|evaluatie|meting)\b"
    r"[^,;:.]{0,80}?\b(?:blijkt|blijken|bleek|bleken)\b"
    r"|\bvolgens\s+(?:de\s+|het\s+)?(?:landelijke\s+)?(?:cijfers|gegevens|data|statistieken"
    r"|registratie|monitor)\b",
    re.I,
)
#: "De gemeente (zelf) ervaart …": the municipality as the subject of a reporting verb
#: or stance speaks through its civil servants (an annotation guideline).
_MUNICIPALITY_SPEAKS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:ook\s+)?de\s+gemeente\s+(?:zelf\s+)?"
    rf"(?:(?:\w+\s+){{0,2}}?)(?:{_VERBS}|{_ATTITUDE})\b",
    re.IGNORECASE,
)
CIVIL_SERVANTS = CONCEPT + "role/civil-servants"
#: The interviewees as a whole: "wordt door niemand betwist", "Iedereen is het erover
#: eens", "een zorg die in vrijwel alle gesprekken terugkomt" (a profile built on
#: interviews; "gesprekken met cliënten" are the service's talks, not the study's).
_EVERYONE = re.compile(
    rf"\bdoor\s+(?:vrijwel\s+|bijna\s+|nagenoeg\s+)?(?:niemand|iedereen)\s+(?:\w+\s+)?"
    rf"{_PARTICIPLES}\b"
    rf"|(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:niemand|iedereen)\s+"
    rf"(?:\w+\s+)?(?:{_VERBS}|{_ATTITUDE}|is\s+het\s+(?:\w+\s+)?eens)\b"
    r"|\bin\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:alle|veel|vele|de\s+meeste|meerdere|verschillende"
    r"|diverse)\s+(?:\w+\s+)?gesprekken\b(?!\s+met\b)",
    re.IGNORECASE,
)
INTERVIEWEES = CONCEPT + "role/interviewees"
#: A stance that lives in a group: "Bij raadsleden leeft het gevoel dat …",
#: "Onder zorgaanbieders bestaat twijfel over …".
_AMONG = re.compile(
    r"\b(?:bij|onder)\s+(?:de\s+|het\s+)?(?:(?:veel|vele|sommige|enkele|de\s+meeste|alle)\s+)?$",
    re.IGNORECASE,
)
_LIVES = re.compile(
    r"^\s*(?:leeft|leven|bestaat|bestaan|heerst|heersen|overheerst|is|zijn)\s+(?:\w+\s+){0,2}?"
    r"(?:het\s+gevoel|het\s+idee|de\s+indruk|de\s+zorg|zorgen|het\s+beeld|twijfels?|onvrede"
    r"|ongerustheid|onbegrip|de\s+wens|weerstand|scepsis|frustratie|waardering|tevredenheid"
    r"|de\s+overtuiging|het\s+besef)\b",
    re.IGNORECASE,
)
#: A sentence that opens with a quotation mark: direct speech.
QUOTED = re.compile(r"^\W{0,3}[“\"‘„]")
#: A personal pronoun reporting ("zo stellen zij", "Hij vertelt", "volgens hen"): the
#: group named last speaks ("men" is impersonal and does not resolve).
PRONOUN_REPORT = re.compile(
    rf"\b(?:zij|ze|hij)\s+(?:\w+\s+)?(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?:zij|ze|hij)\b"
    rf"|\b(?:zij|ze|hij)\s+(?:{_ATTITUDE})\b"
    r"|\b(?:volgens|aldus)\s+(?:hen|haar|hem)\b|\bnaar\s+(?:hun|haar|zijn)\s+(?:mening|oordeel)\b",
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
    """

    speakers: tuple[str, ...] = ()
    trailing: bool = False
    subject: str | None = None


def _group(text: str, roles: list[SentenceMention], i: int) -> tuple[list[int], int]:
    """Indices of the roles coordinated with ``roles[i]`` and the group's end."""
    members, end = [i], roles[i].end
    j = i + 1
    while j < len(roles) and _COORD.fullmatch(text[end : roles[j].start] + " ") is not None:
        members.append(j)
        end = roles[j].end
        j += 1
    return members, end


def _inverted_stance(text: str, start: int, at: int, after: str) -> bool:
    """Whether the group at ``at`` holds a stance with inverted order ("Over X zijn raadsleden
    tevreden", "Kritisch is de Wmo-raad")."""
    before = text[max(start, at - 60) : at]
    if _STANCE_BEFORE.search(before) and _STANCE_AFTER.match(after):
        return True
    return bool(_STANCE_FRONTED.search(text[start:at]))


def _clause_initial(text: str, start: int, m: SentenceMention) -> bool:
    before = text[start : m.start]
    return bool(_CLAUSE_START.search(before))


#: Kinds of mentions that can speak: actor groups and named organisations.
SPEAKER_KINDS = frozenset({"role", "organisation", "body"})
_COORDINATOR = re.compile(r"\b(?:en|of|maar)\s$", re.IGNORECASE)
#: A second predicate of the same subject that reports: "…, maar vindt dat", "… en horen".
_COORDINATED = re.compile(
    rf"(?:,\s*|\s)(?:maar|en)\s+(?:(?:ook|wel|zelf|tegelijk|daarnaast|vooral)\s+)?(?:{_VERBS})\b"
    rf"|(?:,\s*|\s)(?:maar|en)\s+(?:{_ATTITUDE})\b",
    re.IGNORECASE,
)


def _coordinated_report(after: str) -> bool:
    """Whether the sentence goes on with a reporting predicate of its subject (no new subject)."""
    verb = _COORDINATED.search(after)
    return verb is not None and not _NOT_REPORTING.match(after[verb.end() - 1 :])


def _speaker_mentions(text: str, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """Mentions that can speak, in text order; a role noun in apposition to a proper name
    ("Woningcorporatie Viverion", "de welzijnsorganisatie Salut") yields to the name."""
    found = sorted((m for m in mentions if m.kind in SPEAKER_KINDS), key=lambda m: m.start)
    out: list[SentenceMention] = []
    for m in found:
        if (
            out
            and out[-1].kind == "role"
            and m.kind != "role"
            and not text[out[-1].end : m.start].strip()
        ):
            out[-1] = replace(m, start=out[-1].start)  # the phrase starts at the role noun
            continue
        out.append(m)
    return out


def _subject_reports(after: str, is_subject: bool) -> bool:
    """Whether a clause-initial group is the subject of a reporting verb or stance."""
    if _NOT_REPORTING.match(after):
        return False
    # the finite verb within a few words after the subject
    window = re.match(r"^(?:\s+[^\s,;:.]+){0,5}", after)
    span = window.group() if window else ""
    verb = REPORTING.search(after[: len(span) + 40])
    if (
        verb
        and verb.start() <= len(span)
        and not _COORDINATOR.search(after[: verb.start()].rstrip()[-4:] + " ")
        and not _NOT_REPORTING.match(after[verb.start() :])
    ):
        return True
    # "De cliëntenraad wordt betrokken …, maar vindt dat …"
    return is_subject and _coordinated_report(after)


def _other_slot(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    m: SentenceMention,
    after: str,
    initial: bool,
    subject_speaker: bool,
) -> tuple[bool, bool]:
    """Whether the group ``m`` speaks from a slot other than the subject's, and whether the
    attribution closes the sentence (``(hit, trailing)``)."""
    before = text[max(start, m.start - 60) : m.start]
    if not subject_speaker and _BEFORE_INVERTED.search(before):
        return True, m.start - start > (end - start) // 2
    if not subject_speaker and _SPLIT_BEFORE.search(before) and _SPLIT_AFTER.match(after):
        return True, False
    if _VOLGENS.search(before) and (m.kind == "role" or not _DATA.search(after)):
        closing = re.search(r"\baldus\s+\S*\s*$", before, re.I) or (
            re.search(r",\s*(?:zo\s+)?volgens\s+\S*\s*$", before, re.I)
            and not re.search(r"\w", after)  # "…, volgens de wethouder."
        )
        return True, bool(closing)
    hit = (
        (_SOURCE.search(before) and _PASSIVE_AFTER.match(after))
        or (_AMONG.search(before) and _LIVES.match(after))  # "Bij raadsleden leeft het gevoel"
        or (not subject_speaker and _inverted_stance(text, start, m.start, after))
        or _PASSIVE_BEFORE.search(before)  # "Dat wordt herkend door de wijkteams"
        or (_AS_FOR.search(before) and re.match(r"^\s+betreft\b", after))  # "Wat X betreft"
        or (initial and re.match(r"^\s*:\s*\W{0,2}[“\"‘„]", after))  # "De wethouder: “…”"
    )
    return bool(hit), False


def _municipality_speaks(sentence: str) -> bool:
    """Whether "de gemeente (zelf)" is the subject of a reporting verb or stance."""
    said = _MUNICIPALITY_SPEAKS.search(sentence)
    if said is None:
        return False
    return not _NOT_REPORTING.match(sentence[said.end() - len(said.group().split()[-1]) :])


def detect(text: str, start: int, end: int, mentions: list[SentenceMention]) -> Speech:
    """Find who speaks in the sentence ``text[start:end]``.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The sentence.
    mentions : list of SentenceMention
        The sentence's mentions.

    Returns
    -------
    Speech
    """
    roles = _speaker_mentions(text, mentions)
    speakers: list[str] = []
    trailing = False
    subject_speaker = False
    subject: str | None = None
    i = 0
    while i < len(roles):
        m = roles[i]
        members, group_end = _group(text, roles, i)
        after = text[group_end:end]
        initial = _clause_initial(text, start, m)
        if initial and subject is None and not text[start : m.start].count(","):
            subject = m.entity
        hit = initial and _subject_reports(after, subject == m.entity)
        subject_speaker = subject_speaker or hit
        late = False
        if not hit:
            hit, late = _other_slot(text, start, end, m, after, initial, subject_speaker)
        trailing = trailing or late
        if hit:
            speakers += [roles[k].entity for k in members]
        i = members[-1] + 1
    if not speakers and _municipality_speaks(text[start:end]):
        speakers = [CIVIL_SERVANTS]
    if not speakers and _EVERYONE.search(text[start:end]):
        speakers = [INTERVIEWEES]
    return Speech(tuple(sorted(set(speakers))), trailing and bool(speakers), subject)


#: Endings of Dutch nouns for people and groups (agent nouns and bodies), singular.
_AGENT_ENDINGS = (
    "er", "aar", "ent", "ant", "ist", "eur", "ier", "arts", "kundige", "coach", "team",
    "raad", "platform", "organisatie", "corporatie", "instelling", "dienst", "lid", "partner",
    "bestuur", "directie", "commissie", "vereniging", "stichting", "bond", "groep", "loket",
    "deskundige", "professional", "ouder", "oudere", "jongere", "ambtenaar", "man", "vrouw",
    "kracht", "coördinator", "functionaris", "therapeut", "pedagoog", "psycholoog", "maatje",
)  # fmt: skip
#: Words ending like an agent noun that are not one.
_NOT_AGENT = frozenset(
    {"nummer", "meer", "later", "verder", "daarnaast", "water", "oktober", "november",
     "december", "september", "cijfer", "cijfers", "winter", "zomer", "centrum", "ander",
     "andere", "moment", "student", "procent", "percent", "component", "document",
     "argument", "instrument", "element", "budget", "resultaat", "punt", "plan", "beleid",
     "onderzoek", "rapport", "ervaring", "gemeente", "gemeenten", "iemand", "ieder", "elk",
     "wie", "men", "zij", "hij", "ze", "het", "dat", "dit", "er", "hier", "daar", "maar",
     "over", "onder", "voor", "naar", "haar", "waar", "weer", "zeer", "eerder", "minder",
     "zeker", "wanneer", "echter", "achter", "tegenover", "jaar", "paar", "klaar", "zwaar",
     "elkaar", "daarover", "hierover", "waarover", "erover", "vroeger", "hoger", "lager",
     "groter", "kleiner", "beter", "sneller", "langer", "nader", "kracht", "veerkracht",
     "draagkracht", "zeggingskracht", "daadkracht", "slagkracht", "werkkracht", "drijfkracht"}
)  # fmt: skip
_NP = r"((?:[a-zà-ÿ]+(?:e|ele|en)\s+)?[A-Za-zà-ÿ][a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)"
_DET = r"(?:(?:de|het|een|alle|veel|sommige|enkele|verschillende|diverse|betrokken|ook\s+de)\s+)?"
#: Where an unknown group speaks: subject of a reporting verb, after "volgens"/"aldus",
#: source of a passive report, or inverted after the verb.
_SPEAKER_SLOTS = (
    re.compile(rf"(?:^|[,;:“”\"]\s*|\b(?:maar|en|ook)\s+){_DET}{_NP}\s+(?=\b(?:{_VERBS})\b)",
               re.IGNORECASE),
    re.compile(rf"\b(?:volgens|aldus)\s+{_DET}{_NP}\b", re.IGNORECASE),
    re.compile(rf"\b(?:vanuit|door)\s+{_DET}{_NP}\s+(?:wordt|worden|werd|werden)\s+"
               r"(?:\w+\s+){0,2}?(?:aangegeven|gezegd|gesteld|verteld|genoemd|benadrukt|gemeld)",
               re.IGNORECASE),
    re.compile(rf"\b(?:{_VERBS})\s+{_DET}{_NP}\s*(?:[.,;:]|$|\b(?:dat|aan|op|toe|samen)\b)",
               re.IGNORECASE),
)  # fmt: skip


def _agent(phrase: str) -> str | None:
    """The singular lemma of a group-denoting noun phrase, or None when it names no group.

    Examples
    --------
    >>> _agent("teamleiders"), _agent("lokale ervaringsdeskundigen"), _agent("cijfers")
    ('teamleider', 'lokale ervaringsdeskundige', None)
    """
    from kg.extract.mentions import singular

    words = phrase.lower().split()
    head = words[-1]
    if head in _NOT_AGENT or len(head) < 5 or any(w in _NOT_AGENT for w in words):
        return None
    lemma = singular(head)
    if lemma in _NOT_AGENT or not lemma.endswith(_AGENT_ENDINGS):
        return None
    return " ".join([*words[:-1], lemma])


def discover(text: str, sentences, known) -> list[tuple[str, str]]:  # noqa: ANN001
    """Speaker groups no list foresaw: ``(surface form, singular lemma)`` pairs, sorted.

    Parameters
    ----------
    text : str
        The cleaned text.
    sentences : iterable of kg.document.Sentence
        Where to look.
    known : callable
        ``known(phrase) -> bool``: whether the phrase already names a known
        entity (a role, organisation, municipality …); such phrases are skipped.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> s = "Teamleiders vertellen dat de wachttijd oploopt, aldus de ervaringsdeskundigen."
    >>> discover(s, [Sentence(1, 0, len(s), None, 1)], lambda p: False)
    [('Teamleiders', 'teamleider'), ('ervaringsdeskundigen', 'ervaringsdeskundige')]
    """
    found: set[tuple[str, str]] = set()
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        for slot in _SPEAKER_SLOTS:
            for m in slot.finditer(chunk):
                phrase = m.group(1)
                first = phrase.split()[0]
                if first[:1].isupper() and m.start(1) > 0 and chunk[: m.start(1)].strip():
                    continue  # a proper name mid-sentence: an organisation, not a group
                if " " in phrase and phrase.split()[-1][:1].isupper():
                    continue  # "Welzijnsorganisatie Zonnewijzer": a name after its role noun
                lemma = _agent(phrase)
                if lemma is None and " " in phrase:  # "ervaringsdeskundigen is": no adjective
                    phrase = phrase.split()[0]
                    lemma = _agent(phrase)
                if lemma is None or known(phrase) or known(phrase.split()[-1]):
                    continue
                if any(known(stem) for stem in staff_stems(phrase.split()[-1])):
                    continue  # "wijkteammedewerkers": the team's staff, the team speaks
                found.add((phrase, lemma))
    return sorted(found)


#: A heading that gives the floor to a group: the group alone ("Huisartsen",
#: "Cliëntenraad en Wmo-raad") or its view ("Ervaringen van zorgaanbieders",
#: "Wat raadsleden zeggen", "De wethouder aan het woord"); the group stands as ``\0``.
_HEADING_VOICE = re.compile(
    r"^\W*(?:(?:de|het)\s+)?"
    r"(?:(?:ervaringen|ervaring|visie|oordeel|mening|perspectief|kijk|stem|beeld|geluiden"
    r"|signalen)\s+(?:van|bij|uit)\s+(?:de\s+|het\s+)?|wat\s+(?:de\s+|het\s+)?)?"
    r"\x00(?:\s*(?:,|en|&)\s*(?:de\s+|het\s+)?\x00)*"
    r"(?:\s+(?:aan\s+het\s+woord|zeggen|zegt|vinden|vindt|vertellen|vertelt|ervaren|ervaart))?"
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
