"""The slots other than the subject's from which a group speaks in one sentence.

A group that is not the clause-initial subject of a reporting verb speaks when it is
named right after such a verb (inverted order: "geven raadsleden aan", "…, zo stelt de
ambtelijke organisatie"), after "volgens", "aldus" or "naar de mening van", as the
source of a passive reporting verb ("Vanuit de zorgorganisaties wordt aangegeven",
"wordt herkend door de wijkteams"), as the holder of an inverted or fronted stance or
of a feeling among a group ("Over X zijn raadsleden tevreden", "Bij raadsleden leeft het
gevoel dat", "Er is waardering voor … bij de huisartsen"), of a view, a question or a
certainty ("De ervaring van de consulenten is dat", "Voor de wethouder is het duidelijk
dat", "Voor raadsleden is het de vraag of"), of a wish ("Als het aan raadsleden ligt"),
as the subject of an idiom of raising the alarm or a remark split around it ("Ook trekken
huisartsen aan de bel", "Wel plaatst de wethouder een kanttekening"), or when it introduces
a quotation ("De wethouder: “…”"). A verb in the past before the inverted group reads as
one in the present ("…, zo benadrukte de wethouder"); with a subject that speaks, only an
attribution closing the sentence after a comma is read ("Jongeren vinden lastig werk, zo
stellen de consulenten": the consultants report what the subject's clause says). :func:`other_slot`
asks these of one group; :mod:`kg.extract.speakers` asks the subject's slot first and
describes the whole.

Each slot reads what follows the group and the words before it (a window of up to 60
characters). A pattern searched in that window whose opening words
(:mod:`kg.extract.wordgate`) none stand there cannot match and is not searched. Split
out of :mod:`kg.extract.speakers`; the patterns of views, feelings and talks a group
holds are in :mod:`kg.extract.voiceviews`, the reporting verb right before a group (inverted
order) is read by :mod:`kg.extract.invertedreports`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import voiceviews as vv
from kg.extract.finalreports import reports_last
from kg.extract.impliedspeakers import DATA, figure_source
from kg.extract.invertedreports import BEFORE_INVERTED as _BEFORE_INVERTED
from kg.extract.invertedreports import (
    CLOSES,
    PAST_GATE,
    inverted_report,
    inverted_verb,
    may_close,
)
from kg.extract.itemvoices import item_voice
from kg.extract.model import SentenceMention
from kg.extract.servedpeople import PEOPLE_SERVED
from kg.extract.speakergroups import agent
from kg.extract.speechcues import (
    AGENT_PARTICIPLES,
    FUNCTION,
    NOT_REPORTING,
    PARTICIPLES,
    QUANT,
    RELATIVE_REPORTS,
    REPORTED,
    REPORTING,
    STANCE,
    VERBS,
)
from kg.extract.speechcues import ONE_SPLIT_AFTER as _ONE_SPLIT_AFTER
from kg.extract.speechcues import ONE_SPLIT_BEFORE as _ONE_SPLIT_BEFORE
from kg.extract.wordgate import Gates

__all__ = ["PEOPLE_SERVED", "other_slot"]


#: A stance with the subject inverted: "Over X zijn raadsleden tevreden", "Kritisch is de
#: Wmo-raad over …", "Over de tarieven maken zorgaanbieders zich zorgen".
_STANCE_BEFORE = re.compile(
    # (inflected adjectives may stand before the group: "zijn de Zwolse raadsleden")
    rf"\b(?:is|zijn|was|waren|maakt|maken|maakte|maakten)\s+(?:{QUANT}\s+)*"
    r"(?:[^\W\d_]+e\s+){0,2}$",
    re.IGNORECASE,
)
_STANCE_AFTER = re.compile(
    rf"^\s+(?:\w+\s+){{0,3}}?{STANCE}\b|^\s+zich\s+(?:\w+\s+)?zorgen\b", re.IGNORECASE
)
_STANCE_FRONTED = re.compile(
    rf"^\W*(?:(?:erg|zeer|heel|vrij|minder|niet)\s+)?{STANCE}\s+(?:is|zijn|was|waren)\s+"
    rf"(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
#: "Wat de wethouder betreft …": the speaker's view.
_AS_FOR = re.compile(r"\bwat\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
#: "Wat X betreft", "Wat raadsleden opvalt, is …", "Wat ambtenaren vooral zien, is …".
_AS_FOR_AFTER = re.compile(
    rf"^\s+(?:\w+\s+){{0,2}}?(?:betreft\b|(?:opvalt|opviel|{VERBS})\s*,)", re.IGNORECASE
)
#: Verbs split around an inverted subject: "geeft het college aan", "heeft het bestuur het
#: gevoel", "Wel wijzen ambtenaren op …".
_SPLIT_BEFORE = re.compile(
    r"\b(?:geeft|geven|gaf|gaven|neemt|nemen|merkt|merken|voegt|voegen|heeft|hebben|had|hadden"
    r"|wijst|wijzen|wees|wezen|vat|vatten|vatte|vatten|legt|leggen|legde|legden|licht|lichten"
    r"|lichtte|lichtten|vult|vullen|vulde|vulden|laat|laten|liet|lieten)"
    r"\s+(?:(?:de|het)\s+)?(?:[A-Z][a-zà-ÿ]+se\s+)?$"
)
#: A remark split around an inverted subject: "Wel plaatst de wethouder een kanttekening bij
#: …", "Daarbij zetten raadsleden vraagtekens bij …".
_REMARK_BEFORE = re.compile(
    rf"\b(?:plaatst|plaatsen|plaatste|plaatsten|zet|zetten|zette)\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
_REMARK_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:kanttekeningen|kanttekening|vraagtekens|vraagteken)\b",
    re.IGNORECASE,
)
#: An idiom of raising the alarm split around an inverted subject: "Ook trekken huisartsen
#: aan de bel", "Daarom sloeg de cliëntenraad alarm", "luidt de Wmo-raad de noodklok".
_ALARM_BEFORE = re.compile(
    r"\b(?:trekt|trekken|trok|trokken|slaat|slaan|sloeg|sloegen|luidt|luiden|luidde|luidden)"
    rf"\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
_ALARM_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:aan\s+de\s+(?:alarm)?bel|alarm\b|de\s+(?:noodklok|alarmklok|alarmbel))",
    re.IGNORECASE,
)
_COMMA_BEFORE = re.compile(r",\s*(?:zo\s+)?$")
#: A reply or a sound that closes a quotation, after a comma: "…”, reageert een
#: zorgaanbieder", "…”, klinkt het bij de huisartsen".
_REPLIES = re.compile(
    r"\b(?:reageert|reageren|reageerde|reageerden|antwoordt|antwoorden|antwoordde|antwoordden"
    # what is said or heard at a group: "…”, zo zegt men bij de huisartsen", "hoor je bij …"
    r"|(?:klinkt|klonk|zegt|zei|zeggen|zeiden|hoor|hoort|hoorde)\s+(?:het|men|je|ze)"
    r"\s+(?:bij|onder|vanuit|uit)|is\s+te\s+horen\s+(?:bij|onder|vanuit|uit))"
    rf"\s+(?:{QUANT}\s+)*(?:{FUNCTION}\s+)?$",
    re.IGNORECASE,
)
#: A subject pronoun right before the split verb ("Wij hebben het college geadviseerd", "Zij
#: heeft de wethouder gevraagd"): the verb has its subject, so the group after it is its
#: object, the one advised or asked, not an inverted subject.
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:wij|we|ik|zij|ze|hij|jij|u)\s+\w+\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_SPLIT_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:aan|waar|op|erop|toe|weten)\b|^\s+(?:het\s+)?(?:samen|uit|vast)\W*$"
    # the particle closing an attribution between commas: "…, zo leggen de teamleiders uit, …"
    r"|^\s+(?:het\s+)?(?:uit|aan|toe)\s*,"
    r"|^\s+(?:\S+\s+){1,2}?samen\W*$|^\s+(?:\w+\s+)?(?:het\s+gevoel|de\s+indruk"
    r"|het\s+idee|het\s+beeld|de\s+ervaring|moeite|zorgen|twijfels|bedenkingen|liever)\b"
    rf"|^\s+(?:\w+\s+){{0,3}}?{REPORTED}\b",  # "In 2015 hebben ambtenaren gemerkt dat"
    re.IGNORECASE,
)
#: A lower-case class noun right before an organisation's name ("woonstichting Valleiland",
#: "zorgverzekeraar Menzis"), an agent noun (:func:`kg.extract.speakergroups.agent`); also a
#: compound after an abbreviation and a hyphen ("de GGZ-instelling Rivierzicht").
_CLASS_NOUN = re.compile(r"\s((?:[A-Za-zà-ÿ]{2,}-)?[a-zà-ÿ]{4,})\s+$")
_VOLGENS = re.compile(
    r"\b(?:volgens|aldus|in\s+de\s+woorden\s+van"
    # the source's own judgement named: "volgens de inschatting van de wethouder"
    r"|volgens\s+(?:de|het)\s+(?:inschatting|ervaring|mening|oordeel|indruk|opvatting|zeggen)\s+van"
    r"|naar\s+(?:de\s+mening|het\s+oordeel|de\s+ervaring|het\s+idee|zeggen"
    r"|de\s+inschatting|de\s+opvatting|de\s+overtuiging|de\s+indruk)\s+van"
    # "In de ogen van raadsleden is …" opening the sentence (later in it, "… en in de ogen
    # van de accountant onmogelijk" is a view the speaker reports)
    r"|^\W*in\s+de\s+(?:ogen|beleving|woorden)\s+van"
    # the point of view it is seen from, opening the sentence: "Vanuit het perspectief van
    # de teamleden gaat dat niet ver genoeg", "Uit het oogpunt van werkgevers …"
    r"|^\W*(?:ook\s+)?(?:vanuit|uit)\s+het\s+(?:perspectief|oogpunt|gezichtspunt)\s+van"
    r")\s+(?:de\s+|het\s+|een\s+)?"
    # (an adjective before the group, "de geïnterviewde", also the fixed "de verantwoordelijk")
    rf"(?:{FUNCTION}\s+)?(?:{QUANT}\s+|meeste\s+)*(?:[a-zà-ÿ]{{2,}}[^\W\d_]e\s+|verantwoordelijk\s+)?$",
    re.I,
)
#: The auxiliaries of a passive: present and past ("wordt", "werd") and perfect ("is", "zijn",
#: "was", "waren", "is … geweest"): "Door zorgaanbieders is aangegeven dat …".
_PASSIVE_AUX = r"wordt|worden|werd|werden|is|zijn|was|waren"
_SOURCE = re.compile(
    rf"\b(?:vanuit|van\s+de\s+(?:kant|zijde)\s+van|uit\s+de\s+hoek\s+van|door|binnen|in)\s+"
    rf"(?:{QUANT}\s+)*(?:{FUNCTION}\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_AFTER = re.compile(
    rf"^\s*(?:(?:{_PASSIVE_AUX})\s+(?:\w+\s+){{0,4}}?(?:als\s+(?:[\w-]+\s+){{1,3}}?)?)?{PARTICIPLES}\b"
    # the agent's own phrase and an adverb before the auxiliary, the verb last in a relative
    # clause: "die door de schuldhulpverleners van de gemeente vooral wordt toegeschreven aan"
    r"|^\s+(?:(?:van|bij|in|uit)\s+(?:de\s+|het\s+)?[\w-]+(?:\s+en\s+[\w-]+)?\s+)?"
    rf"(?:\w+\s+){{0,3}}?(?:{_PASSIVE_AUX})\s+(?:\w+\s+){{0,3}}?{AGENT_PARTICIPLES}\b"
    # what the agent regards it as, past a relative clause of the agent: "hetgeen door de
    # politie, die …, als een zwakke schakel wordt aangemerkt"
    r"|^(?:\s*,\s*(?:die|dat)\s[^,;:.]{1,100},)?\s+als\s+(?:[\w-]+\s+){1,5}?"
    rf"(?:wordt|worden|werd|werden)\s+{AGENT_PARTICIPLES}\b"
    # "Vanuit de scholen komt het signaal dat …", "… klinkt de kritiek dat …"
    r"|^\s*(?:komt|komen|kwam|kwamen|klinkt|klinken|klonk|klonken)\s+(?:\w+\s+){0,3}?"
    r"(?:signaal|signalen|geluid|geluiden|kritiek|klacht|klachten|naar\s+voren|wens|wensen"
    r"|roep|oproep|verzoek|opmerkingen|opmerking|kanttekeningen|kanttekening|suggesties?"
    r"|voorstel|voorstellen|waarschuwing|pleidooi|(?:de|een)\s+vraag)\b"
    # what sounds is said: "Vanuit de cliëntenraad klinkt de zorg dat …" (after "komt", "de
    # zorg" is care delivered: "Vanuit het wijkteam komt de zorg bij mensen thuis")
    r"|^\s*(?:klinkt|klinken|klonk|klonken)\s+(?:\w+\s+){0,3}?(?:zorg|zorgen|vraag|vragen"
    r"|twijfel|twijfels|waarschuwing|pleidooi)\b"
    # a view that exists there: "Vanuit de raad is er kritiek op …", "Binnen het team bestaat
    # er onvrede" ("zorg voor" is care given, not a worry)
    r"|^\s*(?:is|zijn|was|waren|bestaat|bestaan|leeft|leven|heerst|heersen)\s+er\s+"
    r"(?:ook\s+|vooral\s+|veel\s+|wel\s+|grote\s+|brede\s+)?(?:kritiek|behoefte|onvrede"
    r"|ontevredenheid|tevredenheid|waardering|zorgen|zorg\s+(?:over|dat|om)|twijfels?|onbegrip"
    r"|frustratie|scepsis|weerstand|bezorgdheid|enthousiasme|draagvlak|de\s+wens|het\s+gevoel"
    r"|de\s+indruk|het\s+idee|het\s+beeld)\b",
    re.IGNORECASE,
)
#: The agent between the auxiliary and a participle that follows a few words on: "Er wordt
#: door de wethouder op gewezen dat …", "Dat werd door raadsleden ook genoemd".
_PASSIVE_AGENT = re.compile(
    rf"\b(?:{_PASSIVE_AUX})\s+(?:\w+\s+){{0,3}}?door\s+(?:{QUANT}\s+)*"
    r"(?:[A-Za-zà-ÿ]{2,}[^\W\d_]e\s+)?$",  # an adjective: "door Edese ambtenaren"
    re.I,
)
#: (a remark between commas may stand between the agent and the participle: "wordt door
#: Vallei Welzijn, anders dan elders, niet als probleem gezien")
#: (a quoted word may stand among the words before it: "wordt door de adviesraad als ‘ver weg
#: en onbegrijpelijk’ omschreven")
_PARTICIPLE_SOON = re.compile(
    rf"^(?:\s*,[^,;:.]{{1,60}},)?\s+(?:[‘“'\"]?\w+[’”'\"]?\s+){{0,6}}?{AGENT_PARTICIPLES}\b",
    re.IGNORECASE,
)
#: Appreciated by the agent (a group that is not served by what it appreciates: "De VNG wordt
#: door ambtenaren gewaardeerd"; "wordt door cliënten gewaardeerd" describes the service).
_APPRECIATED_SOON = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:gewaardeerd|geapprecieerd)\b", re.IGNORECASE
)
#: A question the group holds, named last: "Of dat lukt, is voor veel gesprekspartners de vraag."
_QUESTION_FOR = re.compile(
    rf"\b(?:is|was|blijft|bleef)\s+(?:het\s+)?(?:nog\s+)?voor\s+(?:{QUANT}\s+)*$", re.IGNORECASE
)
_QUESTION_AFTER = re.compile(
    r"^\s+(?:nog\s+)?(?:maar\s+)?(?:de|een)\s+(?:open\s+|grote\s+)?vraag\b", re.IGNORECASE
)
#: An answer split around an inverted group: "De vraag of …, beantwoorden de meeste
#: gesprekspartners met een voorzichtig nee".
_ANSWER_BEFORE = re.compile(rf"\bbeantwoord(?:t|en|de|den)\s+(?:{QUANT}\s+)*$", re.IGNORECASE)
_ANSWER_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,2}?met\s+(?:een\s+)?(?:\w+\s+)?(?:ja|nee)\b", re.IGNORECASE
)
#: A relative clause of the group that gives its own words: "…, dat de klachten naar eigen
#: zeggen serieus neemt"; or its own words right after it, the subject after its verb ("Over
#: de jeugdhulp weten raadsleden naar eigen zeggen weinig").
_OWN_WORDS_AFTER = re.compile(
    r"^(?:\s*,\s*(?:die|dat)\s[^,;:.]{0,60}?|\s)\b(?:naar|volgens)\s+eigen\s+(?:zeggen|opgave)\b",
    re.IGNORECASE,
)
#: The field an office holder is named with after the group: "de wethouder van Werk en
#: Inkomen".
_FIELD_OF = re.compile(r"\s+van\s+(?-i:[A-Z])[\w-]*(?:\s+(?:en|&)\s+(?-i:[A-Z])[\w-]*)?")
#: "in de ogen van" many of a group later in a sentence no subject speaks in: "Schulden zijn
#: in de ogen van vrijwel alle gesprekspartners het grootste probleem" (a view counted
#: among the group; "… en in de ogen van de accountant onmogelijk" is one the account reports)
_IN_EYES = re.compile(
    r"\bin\s+de\s+(?:ogen|beleving)\s+van\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:alle|de\s+meeste"
    r"|veel|vele|meerdere|verschillende|diverse|sommige|enkele)\s+$"
    # right after the main clause's copula: "Armoede is in de ogen van de wijkteams vooral
    # een probleem van …" (the view the clause states is the group's)
    r"|\b(?:is|zijn|was|waren)\s+(?:\w+\s+)?in\s+de\s+(?:ogen|beleving)\s+van\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)
#: An attribution set between commas in its sentence: "een kwart van hen is, in de ogen van
#: de mantelzorgconsulent, overbelast", "Het team is, bij monde van de teamleider, van
#: mening …" (the one who speaks for a group), "…, vanuit het perspectief van werkgevers,
#: …" (:data:`_INSERTED_END` closes it after the group).
_INSERTED = re.compile(
    r",\s*(?:in\s+de\s+(?:ogen|beleving)|bij\s+monde|(?:vanuit|uit)\s+het\s+(?:perspectief"
    rf"|oogpunt|gezichtspunt))\s+van\s+(?:de\s+|het\s+|een\s+)?(?:{FUNCTION}\s+)?$",
    re.IGNORECASE,
)
_INSERTED_END = re.compile(r"^(?:\s+(?:zelf|zelve))?\s*,")
#: An account received from a group: "krijgt van de wethouder eerst een verhaal over …",
#: "kregen van huisartsen te horen dat …" (the group is the source of what is told).
_RECEIVED_FROM = re.compile(
    r"\b(?:krijg|krijgt|krijgen|kreeg|kregen)\s+(?:\w+\s+)?van\s+(?:de\s+|het\s+|een\s+)?$",
    re.IGNORECASE,
)
_ACCOUNT_RECEIVED = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:verhaal|antwoord|uitleg|toelichting|reactie|signalen|signaal"
    r"|te\s+horen)\b",
    re.IGNORECASE,
)
#: The participle first: "Dat wordt herkend door de wijkteams".
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:{_PASSIVE_AUX})\s+(?:\w+\s+){{0,2}}?{PARTICIPLES}\s+door\s+"
    rf"(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
#: "Bij Stichting X ziet men dat …", "Bij de huisartsen is men tevreden": the
#: impersonal "men" of a reporting verb, placed at the group.
_MEN_AFTER = re.compile(r"^\s+\w+\s+men\b", re.IGNORECASE)
#: "naar eigen zeggen": the clause's subject says so ("De raad staat naar eigen zeggen …").

#: An attribution that closes the sentence ("… aldus de wethouder", "…, volgens X.").
#: (a function of the group may stand before it: "… aldus de consulenten van Werkzaak")
_ALDUS_CLOSING = re.compile(r"\baldus\s+(?:[^\s,;:.]+\s+){0,4}$", re.I)
_VOLGENS_CLOSING = re.compile(r",\s*(?:zo\s+)?volgens\s+(?:[^\s,;:.]+\s+){0,4}$", re.I)
_ANY_WORD = re.compile(r"\w")
#: "De wethouder: “…”", "Wethouder X: “…”": the group introduces a quotation.
#: (a bracketed aside may stand before the colon: "Een wethouder (in een gesprek): ‘…’")
_COLON_QUOTE = re.compile(
    r"^(?:\s+[^\s,;:.“”\"‘’'«»()]+){0,6}?(?:\s*\([^()]{1,80}\))?\s*:\s*\W{0,2}[“\"‘„'«]"
)


def _inverted_stance(text: str, start: int, at: int, after: str, shut: frozenset[int]) -> bool:
    """Whether the group at ``at`` holds a stance with inverted order ("Over X zijn raadsleden
    tevreden", "Kritisch is de Wmo-raad", "Naar het Rijk kijken raadsleden met zorg":
    :func:`kg.extract.voiceviews.looks_on`); ``shut``: the gates closed before the group."""
    before = text[max(start, at - 60) : at]
    if (
        id(_STANCE_BEFORE) not in shut
        and _STANCE_AFTER.match(after)
        and _STANCE_BEFORE.search(before)
    ):
        return True
    if vv.looks_on(before, after):
        return True  # "Naar Den Haag kijken ambtenaren met gemengde gevoelens"
    return bool(_STANCE_FRONTED.match(text[start:at]))  # "^": only at its start


def other_slot(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    m: SentenceMention,
    after: str,
    initial: bool,
    subject_speaker: bool,
) -> tuple[bool, bool]:
    """Whether the group ``m`` speaks from a slot other than the subject's, and whether the
    attribution closes the sentence (``(hit, trailing)``).

    ``text[start:end]`` is the sentence, ``after`` what follows the group (and those
    coordinated with it), ``initial`` whether it opens a clause and ``subject_speaker``
    whether a subject of the sentence speaks already.

    Examples
    --------
    >>> s = "Volgens raadsleden gaat het goed."
    >>> m = SentenceMention("role/council", "role", 8, 18, "raadsleden", 0)
    >>> other_slot(s, 0, len(s), m, s[18:], True, False)
    (True, False)
    >>> s = "Het gaat goed, zo stellen raadsleden."
    >>> m = SentenceMention("role/council", "role", 26, 36, "raadsleden", 0)
    >>> other_slot(s, 0, len(s), m, s[36:], False, False)
    (True, True)
    >>> s = "Raadsleden krijgen veel informatie."
    >>> m = SentenceMention("role/council", "role", 0, 10, "Raadsleden", 0)
    >>> other_slot(s, 0, len(s), m, s[10:], True, False)
    (False, False)
    """
    if "eigen " in after and (_OWN_WORDS_AFTER.match(after) or (initial and vv.own_count(after))):
        return True, False  # "X, dat … naar eigen zeggen", "X telt naar eigen opgave 30 …"
    if after[:5] == " van " and (field := _FIELD_OF.match(after)) is not None:
        after = after[field.end() :]  # "zo vat de wethouder van Werk en Inkomen het samen"
    at = max(start, m.start - 60)
    before = text[at : m.start]
    # the patterns searched in the words before the group: those none of whose opening
    # words stands there cannot match (kg.extract.wordgate), and are not searched
    shut = _before_gates().closed(text, at, m.start)
    # with a subject that speaks, only an attribution closing the sentence ("Jongeren vinden
    # lastig werk, zo stellen de consulenten"): the group the subject's clause reports
    if (not subject_speaker or may_close(before, m.start - start, end - start, after)) and (
        inverted := inverted_verb(before, shut)
    ) is not None:
        said = inverted_report(text, start, end, at + inverted, m.start, after)
        if said is not None and (said or not subject_speaker):
            return True, said
    if (
        not subject_speaker
        and id(_SPLIT_BEFORE) not in shut
        and _SPLIT_AFTER.match(after)
        and (split := _SPLIT_BEFORE.search(before))
        and not _PRONOUN_SUBJECT.search(before, max(0, split.start() - 8))
    ):
        return True, False
    if _one_closes(before, after, shut, subject_speaker):
        return True, m.start - start > (end - start) // 2  # closing: it may cover more
    if m.kind != "role" and (typed := _CLASS_NOUN.search(before)) and agent(typed.group(1)):
        before = before[: typed.start() + 1]  # "volgens woonstichting X": the name's class noun
    if (
        id(_VOLGENS) not in shut
        and _VOLGENS.search(before)
        # an organisation with figures is their source only if figures are its trade
        and (m.kind == "role" or not DATA.search(after) or not figure_source(m.text))
    ):
        closing = _ALDUS_CLOSING.search(before) or (
            _VOLGENS_CLOSING.search(before)
            and not _ANY_WORD.search(after)  # "…, volgens de wethouder."
        )
        return True, bool(closing)
    if not subject_speaker and _open(shut, _IN_EYES, before):
        return True, False
    if "van" in before and _INSERTED.search(before) and _INSERTED_END.match(after):
        return True, False  # "…, in de ogen van de consulent, overbelast", "bij monde van"
    if "kr" in before and _RECEIVED_FROM.search(before) and _ACCOUNT_RECEIVED.match(after):
        return True, False  # "… krijgt van de wethouder eerst een verhaal over de wijken"
    return bool(_in_slot(text, start, m, before, after, shut, initial, subject_speaker)), False


def _one_closes(before: str, after: str, shut: frozenset[int], subject_speaker: bool) -> bool:
    """Whether one of a group closes a quotation or a claim after a comma with a split verb
    ("…”, zo vat een zorgaanbieder het samen") or a reply ("…”, reageert een raadslid").

    ``before`` and ``after`` are the words before and after the group, ``shut`` the gates
    closed before it.

    Examples
    --------
    >>> _one_closes("”, zo vat een ", " het samen.", frozenset(), False)
    True
    >>> _one_closes("”, reageert een ", " op de vraag.", frozenset(), False)
    False
    """
    split: re.Match | None = None
    closing = _SPLIT_AFTER.match(after) or _ONE_SPLIT_AFTER.match(after)
    if not subject_speaker and id(_ONE_SPLIT_BEFORE) not in shut and closing:
        split = _ONE_SPLIT_BEFORE.search(before)
    if split is None and id(_REPLIES) not in shut and CLOSES.match(after):
        split = _REPLIES.search(before)
    return split is not None and _COMMA_BEFORE.search(before, 0, split.start()) is not None


def _open(shut: frozenset[int], pattern: re.Pattern, before: str) -> bool:
    """Whether ``pattern``, its gate open, matches in the words ``before`` the group."""
    return id(pattern) not in shut and pattern.search(before) is not None


#: A modal verb right before the group, its subject inverted, with a reporting infinitive
#: after it: "Van een tekort willen de fracties niet spreken", "Dat kunnen de scholen
#: bevestigen" (the group reports, or declines to, in its own words).
_MODAL_BEFORE = re.compile(
    r"\b(?:wil|willen|wilde|wilden|kan|kunnen|kon|konden|durft|durven|durfde|durfden)\s+"
    r"(?:de\s+|het\s+|ook\s+|veel\s+|alle\s+)*$",
    re.IGNORECASE,
)
_INFINITIVE_AFTER = re.compile(
    r"^\s+(?:[^\s,;:.]+\s+){0,4}?(?:zeggen|spreken|erkennen|toegeven|ontkennen|beweren"
    r"|bevestigen|uitsluiten|garanderen|beloven|inschatten|beoordelen|verklaren)\b",
    re.IGNORECASE,
)
#: What is heard from a group: "Uit de hoek van het UWV klinkt dat …", "Vanuit de scholen
#: klinkt het geluid dat …".
_SOUNDS_FROM = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:ook\s+)?(?:uit\s+de\s+hoek\s+van|van\s+de\s+kant\s+van|vanuit|uit)\s+"
    r"(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)
#: Speaking for a body: "Namens Stichting X zegt een woordvoerder dat …", "Namens de
#: corporatie stelt de directeur …" (the one who speaks is its staff: the body speaks).
_ON_BEHALF = re.compile(r"^\W*(?:ook\s+)?namens\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_ON_BEHALF_AFTER = re.compile(rf"^\s*,?\s*(?:{VERBS})\b", re.IGNORECASE)
#: (the group's noun may take the field it serves: "Uit de hoek van de aanbieders van
#: begeleiding klinkt dat …")
_SOUNDS = re.compile(
    r"^\s+(?:(?:van|voor)\s+(?:de\s+|het\s+)?[\w-]+\s+|\w+\s+)?(?:klinkt|klinken|klonk|klonken)\b",
    re.IGNORECASE,
)
#: A promise recorded in minutes under its label: "Toezegging: de wethouder stuurt de
#: commissie een overzicht" (the one who makes the promise is its voice).
_PLEDGE = re.compile(r"^\W*toezegging(?:en)?\s*:\s*(?:de\s+|het\s+)?$", re.IGNORECASE)
_PLEDGE_AFTER = re.compile(r"^\s+\w")
#: The slots read by a pattern before the group and one that must follow it, as
#: :func:`_in_slot` asks them: ``(pattern, follows)``.
#: The judgement a view holds, after its holder (the view's noun after the verb, a phrase
#: fronted before it): "Over de SVB is het oordeel van budgethouders uitgesproken negatief".
_VIEW_JUDGED = re.compile(rf"^\s+(?:\w+\s+)?(?:{STANCE}|gemengd|wisselend|mild)\b", re.I)
_SLOTS = (
    (_SOURCE, _PASSIVE_AFTER),  # "Vanuit de zorgorganisaties wordt aangegeven"
    (vv.VIEW_OF, vv.VIEW_IS),  # "De ervaring van de consulenten is dat"
    (vv.LIVES_BEFORE, vv.FEELING_AFTER),  # "Er is bij X zorg"
    (vv.TALK_WITH, vv.TALK_SAYS),  # "In het gesprek met X kwam naar voren"
    (vv.ASKED, vv.ASKED_SAYS),  # "Navraag bij X leert dat"
    (vv.FOR, vv.CLEAR_TO),  # "Voor X is het duidelijk dat"
    (_PASSIVE_AGENT, _PARTICIPLE_SOON),  # "Er wordt door X op gewezen"
    (_AS_FOR, _AS_FOR_AFTER),  # "Wat X betreft"
    (vv.VIEW_OF_THAT, vv.VIEW_IS_THAT),  # "Het beeld bij X is dat"
    (vv.VIEW_THEY_GIVE, vv.THEY_GIVE),  # "Het beeld dat X schetsen"
    (vv.STRIKES, vv.STRIKES_AFTER),  # "Het valt X op dat"
    (vv.MOVES, vv.MOVES_AFTER),  # "Het baart X zorgen"
    (_ALARM_BEFORE, _ALARM_AFTER),  # "Ook trekken X aan de bel"
    (_REMARK_BEFORE, _REMARK_AFTER),  # "Wel plaatst X een kanttekening"
    (vv.UP_TO, vv.UP_TO_AFTER),  # "Als het aan X ligt"
    (_QUESTION_FOR, _QUESTION_AFTER),  # "…, is voor X de vraag"
    (_ANSWER_BEFORE, _ANSWER_AFTER),  # "…, beantwoorden X met een voorzichtig nee"
    (_MODAL_BEFORE, _INFINITIVE_AFTER),  # "Van een tekort willen X niet spreken"
    (_SOUNDS_FROM, _SOUNDS),  # "Uit de hoek van X klinkt dat"
    (_ON_BEHALF, _ON_BEHALF_AFTER),  # "Namens X zegt een woordvoerder"
    (_PLEDGE, _PLEDGE_AFTER),  # "Toezegging: X stuurt …"
    (vv.IS_VIEW_OF, _VIEW_JUDGED),  # "Over de SVB is het oordeel van X uitgesproken negatief"
)
#: The gates closed before a group (:meth:`Gates.closed`) → the slots of :data:`_SLOTS`
#: whose gate is open; a pure function of the closed set, filled as the sets occur.
_OPEN_SLOTS: dict[frozenset[int], tuple[tuple[re.Pattern, re.Pattern], ...]] = {}


def _in_slot(  # noqa: PLR0913
    text: str,
    start: int,
    m: SentenceMention,
    before: str,
    after: str,
    shut: frozenset[int],
    initial: bool,
    subject_speaker: bool,
) -> bool:
    """Whether the group ``m`` speaks as the source, the holder of a stance or a view, or
    the one quoted. A slot of :data:`_SLOTS` is asked only when its gate is open, then
    what follows the group (one anchored match), and only then the words before it; the
    answer is one truth value of pure tests, whatever their order."""
    slots = _OPEN_SLOTS.get(shut)
    if slots is None:
        slots = _OPEN_SLOTS[shut] = tuple(pair for pair in _SLOTS if id(pair[0]) not in shut)
    for pattern, follows in slots:
        if follows.match(after) is not None and pattern.search(before) is not None:
            return True
    return bool(
        # "Bij raadsleden leeft het gevoel", "Bij Stichting X ziet men"
        (
            id(vv.AMONG) not in shut
            and (vv.LIVES.match(after) or _men_reports(after))
            and vv.AMONG.search(before)
        )
        # "… de mening van X."
        or (
            id(vv.IS_VIEW_OF) not in shut
            and not _ANY_WORD.search(after)
            and vv.IS_VIEW_OF.search(before)
        )
        or vv.FEELING_FIRST.match(text[start : m.start])  # "Zorgen zijn er bij de raad"
        # "Er is waardering voor het wijkteam bij de huisartsen"
        or (
            text[start : start + 3].lower() == "er "
            and vv.FEELING_HELD_BY.match(text, start, m.start)
        )
        or (
            id(vv.TALK_WITH) not in shut  # "Uit de gesprekken met huisartsen blijkt"
            and vv.TALK_SHOWS.match(after)
            and vv.TALK_WITH.search(before)
            and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED
        )
        or (
            id(_PASSIVE_AGENT) not in shut
            and _APPRECIATED_SOON.match(after)
            and _PASSIVE_AGENT.search(before)
            and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED
        )
        or (subject_speaker and _open(shut, vv.LIKE, before))  # "…, net als de wethouder, …"
        or (not subject_speaker and _inverted_stance(text, start, m.start, after, shut))
        # "Dat wordt herkend door de wijkteams"
        or _open(shut, _PASSIVE_BEFORE, before)
        or reports_last(text, start, m.start, after)  # "Zoals X aangeven", "terwijl X … wijzen"
        or (after[:3].count(",") > 0 and RELATIVE_REPORTS.match(after) is not None)
        or (initial and _COLON_QUOTE.match(after))  # "De wethouder: “…”", "Wethouder X: “…”"
        # "- een raadslid: de monitor is te dun" (kg.extract.itemvoices)
        or (item_voice(text, start, m, after) and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED)
    )


@lru_cache(maxsize=1)
def _before_gates() -> Gates:
    """The word gates of the patterns :func:`other_slot` searches in every window before a
    group (a pattern replaced after this was built is never gated: its identity is new)."""
    return Gates(
        [
            _BEFORE_INVERTED,
            PAST_GATE,
            _VOLGENS,
            _PASSIVE_BEFORE,
            _SPLIT_BEFORE,
            _ONE_SPLIT_BEFORE,
            _REPLIES,
            _SOURCE,
            vv.AMONG,
            vv.VIEW_OF,
            vv.IS_VIEW_OF,
            vv.LIVES_BEFORE,
            vv.TALK_WITH,
            vv.ASKED,
            vv.LIKE,
            vv.FOR,
            _PLEDGE,
            _STANCE_BEFORE,
            _PASSIVE_AGENT,
            _AS_FOR,
            vv.VIEW_OF_THAT,
            vv.VIEW_THEY_GIVE,
            vv.STRIKES,
            vv.MOVES,
            _ALARM_BEFORE,
            _REMARK_BEFORE,
            vv.UP_TO,
            _QUESTION_FOR,
            _ANSWER_BEFORE,
            _IN_EYES,
            _ON_BEHALF,
        ]
    )


def _men_reports(after: str) -> bool:
    """Whether ``after`` goes on with a reporting verb of "men": " ziet men dat …"."""
    rest = after.lstrip()
    return bool(_MEN_AFTER.match(after) and REPORTING.match(rest) and not NOT_REPORTING.match(rest))
