"""Views, feelings and talks a group holds: the slots of a sentence whose holder speaks.

A group speaks as the holder of a view ("De ervaring van de consulenten is dat …", "Dat
is de mening van de raad", "Het beeld dat zorgaanbieders schetsen …"), of a feeling that
lives among it ("Bij raadsleden leeft het gevoel dat …", "Er is bij ambtenaren zorg
over …", "Zorgen zijn er bij de raad"), of what is clear or strikes it ("Voor de wethouder
is het duidelijk dat …", "Het valt raadsleden op dat …", "Het baart de raad zorgen"), and
as the one talked with or asked ("In het gesprek met de wethouder kwam naar voren dat …",
"Navraag bij de corporatie leert dat …"). Each slot is a pair of patterns: one searched
in the words before the group (ending at it) and one matched at what follows it;
:mod:`kg.extract.speakerslots` asks them. Written from general Dutch grammar; split out
of :mod:`kg.extract.speakerslots`.

Examples
--------
>>> before, after = "De ervaring van de ", " is dat de lijnen kort zijn."
>>> bool(VIEW_OF.search(before)) and bool(VIEW_IS.match(after))
True
"""

from __future__ import annotations

import re

from kg.extract.speechcues import FEELINGS, PARTICIPLES, QUANT, by_first_letter

__all__ = [
    "AMONG",
    "own_count",
    "ASKED",
    "ASKED_SAYS",
    "CLEAR_TO",
    "FEELING_AFTER",
    "FEELING_FIRST",
    "FEELING_HELD_BY",
    "FOR",
    "GIVE_VERBS",
    "IN_GROUP",
    "IS_VIEW_OF",
    "LIKE",
    "LIVES",
    "LIVES_BEFORE",
    "MOVES",
    "MOVES_AFTER",
    "STRIKES",
    "STRIKES_AFTER",
    "TALK_SAYS",
    "TALK_SHOWS",
    "TALK_WITH",
    "THEY_GIVE",
    "UP_TO",
    "UP_TO_AFTER",
    "VIEW_IS",
    "VIEW_IS_THAT",
    "VIEW_OF",
    "VIEW_OF_THAT",
    "VIEW_THEY_GIVE",
    "looks_on",
]

#: "bij/onder/binnen (de) (veel …)" just before a group: where a stance lives.
IN_GROUP = (
    r"(?:bij|onder|binnen|in)\s+(?:de\s+|het\s+)?"
    r"(?:(?:veel|vele|sommige|enkele|de\s+meeste|alle)\s+)?$"
)
#: A stance that lives in a group: "Bij raadsleden leeft het gevoel dat …",
#: "Onder zorgaanbieders bestaat twijfel over …".
AMONG = re.compile(rf"\b{IN_GROUP}", re.IGNORECASE)
LIVES = re.compile(
    r"^\s*(?:leeft|leven|bestaat|bestaan|heerst|heersen|overheerst|is|zijn)\s+(?:\w+\s+){0,2}?"
    rf"{FEELINGS}\b"
    # "Onder raadsleden zijn de meningen verdeeld", "Bij de aanbieders lopen de meningen uiteen"
    r"|^\s*(?:zijn|waren|lopen|liepen)\s+de\s+meningen\s+(?:\w+\s+){0,2}?(?:verdeeld|uiteen)\b",
    re.IGNORECASE,
)
#: The same with the verb first: "Er is bij ambtenaren zorg over …", "Er heerst onder
#: raadsleden onvrede".
LIVES_BEFORE = re.compile(
    r"\b(?:leeft|leven|bestaat|bestaan|heerst|heersen|is|zijn)\s+(?:er\s+)?(?:ook\s+|vooral\s+)?"
    + IN_GROUP,
    re.IGNORECASE,
)
#: The feeling first: "Zorgen zijn er bij de raad over …", "Onvrede is er onder X".
FEELING_FIRST = re.compile(
    rf"^\W*(?:ook\s+)?{FEELINGS}\s+(?:(?:is|zijn|bestaat|bestaan|leeft|leven|heerst|heersen)\s+er"
    r"|(?:bestaat|bestaan|leeft|leven|heerst|heersen|overheerst))"
    r"\s+(?:ook\s+|vooral\s+|met\s+name\s+)?" + IN_GROUP,
    re.IGNORECASE,
)
FEELING_AFTER = re.compile(rf"^\s+(?:\w+\s+)?{FEELINGS}\b", re.IGNORECASE)
#: A word of a noun phrase (no preposition): see :data:`FEELING_HELD_BY`.
_NP_WORD = r"(?:(?!(?:bij|onder|binnen|in|op|over|voor|met|naar|uit|door|aan|van|om)\b)[\w'’-]+\s+)"
#: A feeling named first and the group that holds it after "bij" or "onder", in a sentence
#: that opens with "Er": "Er is waardering voor het wijkteam bij de huisartsen", "Er bestaat
#: veel kritiek op de tarieven onder zorgaanbieders" (a feeling, not care: "Er is zorg voor
#: ouderen bij de huisarts" is care given, so "zorg" needs "over" or "om"). Between the
#: feeling and the group stands at most its own complement (a preposition, a noun phrase and
#: one "van" phrase): after a longer chain of phrases "bij X" may belong to the last noun
#: ("over de inbedding van het team in de gemeente bij de organisatie").
FEELING_HELD_BY = re.compile(
    r"\W*er\s+(?:is|zijn|was|waren|bestaat|bestaan|bestond|leeft|leefde|heerst|heerste)\s+"
    r"(?:(?:ook|wel|veel|vooral|grote|brede|breed|algemene|enige|duidelijk)\s+){0,2}"
    r"(?:waardering|kritiek|onvrede|ontevredenheid|tevredenheid|twijfels?|zorgen|zorg(?=\s+(?:over|om)\b)"
    r"|bezorgdheid|scepsis|weerstand|onbegrip|begrip|frustratie|enthousiasme|draagvlak|lof)\s+"
    rf"(?:(?:voor|op|over|om|met|aan|tegenover)\s+{_NP_WORD}{{1,5}}(?:van\s+{_NP_WORD}{{1,5}})?)?"
    r"(?:bij|onder|binnen)\s+(?:de\s+|het\s+)?(?:(?:veel|vele|sommige|enkele|de\s+meeste|alle)\s+)?$",
    re.IGNORECASE,
)
#: A report heard in the study's talk with a group: "In het gesprek met de wethouder kwam
#: naar voren dat …", "Uit gesprekken met huisartsen werd duidelijk dat …" ("blijkt" is left
#: out: "uit de gesprekken met cliënten blijkt" reports the service's own talks).
TALK_WITH = re.compile(
    r"\b(?:in|uit)\s+(?:(?:het|de|een)\s+)?(?:\w+\s+)?(?:gesprek|gesprekken|interview|interviews)"
    rf"\s+met\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
TALK_SAYS = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:kwam|komt|kwamen|komen)\s+(?:\w+\s+){0,3}?naar\s+voren"
    rf"|^\s+(?:\w+\s+){{0,3}}?(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,2}}?{PARTICIPLES}\b"
    r"|^\s+(?:\w+\s+){0,2}?(?:werd|wordt)\s+(?:het\s+)?duidelijk\b",
    re.IGNORECASE,
)
#: What talks with a group show: "Uit de gesprekken met huisartsen blijkt dat …" (not
#: with the people a service serves: "uit de gesprekken met cliënten blijkt" may report
#: the service's own talks).
TALK_SHOWS = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:blijkt|blijken|bleek|bleken)\b", re.I)
#: Asking a group: "Navraag bij de woningcorporatie leert dat …", "Bij navraag bij de
#: huisartsen blijkt dat …" (what the inquiry finds is the group's answer).
ASKED = re.compile(rf"\bnavraag\s+bij\s+(?:{QUANT}\s+)*$", re.IGNORECASE)
ASKED_SAYS = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:leert|leerde|blijkt|bleek|wijst\s+uit|wees\s+uit)\b", re.I
)
#: A group that shares the view of a speaker: "Raadsleden vinden, net als de wethouder, dat …".
LIKE = re.compile(rf"\b(?:net\s+als|evenals|zoals\s+ook)\s+(?:{QUANT}\s+)*$", re.IGNORECASE)
#: "Voor de wethouder is het duidelijk dat …": what is clear to a group is its view.
FOR = re.compile(rf"(?:^|[,;:]\s*)\W*voor\s+(?:{QUANT}\s+)*$", re.IGNORECASE)
CLEAR_TO = re.compile(
    r"^\s+(?:is|was)\s+het\s+(?:\w+\s+)?(?:duidelijk|helder|evident|zonneklaar|onduidelijk)"
    r"\s+(?:dat|of|hoe|wat|waarom|welke|wie|waar|wanneer)\b"
    # what is a question to a group: "Voor raadsleden is het de vraag of …", "… is het nog
    # maar de vraag of …", "… blijft het een open vraag hoe …"
    r"|^\s+(?:is|was|blijft|bleef)\s+het\s+(?:\w+\s+){0,2}?(?:de|een)\s+(?:open\s+)?vraag"
    r"\s+(?:of|hoe|wat|waarom|welke|wie|waar|wanneer)\b"
    # what is settled for it: "Voor de wethouder staat vast dat …"
    r"|^\s+(?:staat|stond)\s+(?:het\s+)?(?:\w+\s+)?vast\s+dat\b"
    # a cleft that singles out what matters to it: "Voor de huisartsen is het vooral de
    # bereikbaarheid die te wensen overlaat", "… is het met name de overgang die zorgen baart"
    r"|^\s+(?:is|was)\s+het\s+(?:vooral|met\s+name|bovenal|juist|vooral\s+ook)\s+"
    r"(?:[^\s,;:.]+\s+){1,8}?(?:die|dat)\s",
    re.IGNORECASE,
)
#: A view held by a group, as the subject of "is": "De ervaring van de consulenten is
#: dat …", "De mening van raadsleden is …" ("zorg" and "beeld" also name other things).
VIEW_OF = re.compile(
    r"\b(?:de|het)\s+(?:ervaring|ervaringen|mening|meningen|indruk|idee|oordeel|oordelen"
    r"|conclusie|verwachting|verwachtingen|visie|overtuiging|inschatting|opvattingen"
    # a reaction or a feeling of the group: "De reacties van huisartsen zijn positief", "De
    # geluiden uit het onderwijs", "De tevredenheid onder ambtenaren is groot"
    r"|reactie|reacties|geluiden|kritiek|waardering|tevredenheid|ontevredenheid|onvrede|zorgen"
    # what the group brings up ("klachten" are also counted: "De klachten van cliënten zijn
    # gestegen"): "De kanttekeningen van de cliëntenraad betreffen …"
    r"|kanttekeningen|bezorgdheid)"
    rf"\s+(?:van|bij|onder|uit)\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
#: The view named at the end: "Dat is (ook) de mening van de raad".
IS_VIEW_OF = re.compile(
    r"\b(?:is|was|zijn|waren|luidt|luidde)\s+(?:ook\s+|eveneens\s+)?(?:de|het|een)\s+"
    r"(?:[a-zà-ÿ]+e\s+)?(?:ervaring|mening|indruk"  # "is de stellige overtuiging van"
    # "…”, is een veelgehoorde klacht onder zorgaanbieders"
    r"|idee|oordeel|conclusie|visie|overtuiging|inschatting|opmerking|klacht|verzuchting)"
    rf"\s+(?:van|onder|bij)\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
VIEW_IS = re.compile(
    r"^\s+(?:(?:over|voor|op|met)\s+[^,;:.]{1,40}?\s+)?(?:is|was|zijn|waren|luidt|luidde)\b"
    # what the view is about: "De zorgen van huisartsen gaan vooral over de wachttijden"
    r"|^\s+(?:gaan|gaat|gingen|ging|betreffen|betreft|betroffen|betrof|richten\s+zich"
    r"|richt\s+zich|richtten\s+zich|richtte\s+zich)\b",
    re.IGNORECASE,
)
#: Nouns that name a view only with "dat" after the verb: "Het beeld van de raad is dat …",
#: "Het gevoel bij ambtenaren is dat …" (a view held among a group).
VIEW_OF_THAT = re.compile(
    r"\b(?:(?:de|het)\s+|een\s+(?:[a-zà-ÿ]+e\s+)?(?=opmerking|klacht|verzuchting))"
    # ("Een veelgehoorde klacht van X is dat …", "De teneur bij raadsleden is dat …")
    r"(?:beeld|gevoel|zorg|geluid|signaal|standpunt|boodschap|gedachte|opmerking|klacht"
    r"|verzuchting|teneur|strekking|algemene\s+opvatting)\s+(?:van|bij|onder)\s+"
    rf"(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
VIEW_IS_THAT = re.compile(r"^\s+(?:is|was)\s+(?:\w+\s+)?dat\b", re.IGNORECASE)
#: The group in a relative clause of its view: "Het beeld dat zorgaanbieders schetsen is
#: wisselend", "De zorgen die raadsleden uiten, gaan over …".
VIEW_THEY_GIVE = re.compile(
    r"\b(?:het\s+beeld|de\s+indruk|het\s+verhaal|de\s+ervaringen|de\s+zorgen|de\s+kritiek"
    rf"|de\s+signalen)\s+(?:dat|die)\s+(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
GIVE_VERBS = by_first_letter(
    r"schetsen|schetst|schetsten|schetste|geven|geeft|gaven|gaf"
    r"|hebben|heeft|noemen|noemt|delen|deelt|beschrijven|beschrijft|uiten|uit|afgeven"
    r"|geschetst|gegeven|genoemd|geuit|beschreven"
)
THEY_GIVE = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?(?:{GIVE_VERBS})\b", re.IGNORECASE)
#: What a group would choose: "Als het aan raadsleden ligt, komt er …", "Als het aan de
#: wethouder had gelegen, …" (its wish, stated as a condition); and what a group knows, the
#: bounds of its knowledge: "Voor zover de raad weet, …", "voor zover huisartsen kunnen
#: overzien" (the group vouches for what follows).
UP_TO = re.compile(
    rf"\b(?:(?:als|wanneer|indien)\s+het\s+aan|voor\s+zover)\s+(?:{QUANT}\s+)*$", re.IGNORECASE
)
UP_TO_AFTER = re.compile(
    r"^\s+(?:ligt|lag|zou\s+liggen|had\s+gelegen|weet|weten|wist|wisten"
    r"|(?:kan|kunnen|kon|konden)\s+(?:overzien|nagaan|beoordelen))\b",
    re.IGNORECASE,
)
#: "Het valt raadsleden op dat …", "Het is ambtenaren opgevallen dat …".
STRIKES = re.compile(
    rf"\b(?:valt|vallen|viel|vielen|is|was)\s+(?:het\s+)?(?:{QUANT}\s+)*$", re.IGNORECASE
)
STRIKES_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:op|opgevallen)\s+(?:dat|hoe|wat)\b", re.I)
#: What moves a group: "De kosten baren raadsleden zorgen", "Het stemt de wethouder
#: tevreden dat …" (the group, the object, holds the feeling).
MOVES = re.compile(
    rf"\b(?:baart|baren|baarde|baarden|stemt|stemmen|stemde|stemden)\s+(?:het\s+)?(?:{QUANT}\s+)*$",
    re.IGNORECASE,
)
MOVES_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:zorgen|zorg|tevreden|positief|somber|hoopvol|optimistisch"
    r"|pessimistisch|bezorgd|ongerust|kritisch)\b",
    re.IGNORECASE,
)


#: A way of looking at something, inverted after a fronted phrase: "Naar Den Haag kijken
#: wethouder en ambtenaren met gemengde gevoelens" (the attitude "kijken met …" of
#: :data:`kg.extract.speechcues.ATTITUDE`, in verb-second order).
_LOOK_BEFORE = re.compile(rf"\b(?:kijkt|kijken|keek|keken)\s+(?:{QUANT}\s+)*$", re.IGNORECASE)
_LOOK_AFTER = re.compile(
    r"^\s+(?:er\s+|daar\s+|hier\s+)?(?:\w+\s+)?(?:met\s+(?:\w+\s+)?(?:gevoelens|zorg|zorgen"
    r"|argwaan|scepsis|reserve|vertrouwen|optimisme|belangstelling|interesse|bezorgdheid)"
    r"|positief|kritisch|kritischer|tevreden|somber|anders)\b",
    re.IGNORECASE,
)


def looks_on(before: str, after: str) -> bool:
    """Whether a group between ``before`` and ``after`` looks at something in a way, inverted
    after a fronted phrase (:data:`_LOOK_BEFORE`, :data:`_LOOK_AFTER`).

    Examples
    --------
    >>> looks_on("Naar het Rijk kijken ", " met gemengde gevoelens.")
    True
    >>> looks_on("Naar het Rijk kijken ", " elke maand."), looks_on("Het is ", " met zorg.")
    (False, False)
    """
    low = before.lower()
    return (
        ("kijk" in low or "keek" in low or "keken" in low)  # a plain test first
        and _LOOK_BEFORE.search(before) is not None
        and _LOOK_AFTER.match(after) is not None
    )


#: The subject's own account of its figures, right after its verb: "Stichting X ontving volgens
#: eigen cijfers 140 meldingen", "De kredietbank telt naar eigen schatting 300 klanten".
_OWN_COUNT = re.compile(
    r"^\s+[^\W\d_]+\s+(?:naar|volgens)\s+eigen\s+(?:zeggen|opgave|cijfers|schattingen?|gegevens"
    r"|registratie|tellingen?)\b",
    re.IGNORECASE,
)


def own_count(after: str) -> bool:
    """Whether what follows a clause's subject is its verb and its own account of the figures
    ("ontving volgens eigen cijfers …"): the subject holds the claim, as with "naar eigen
    zeggen". Only the subject's: in a relative clause ("X, dat volgens eigen cijfers …") the
    account is the antecedent's, and the sentence's speaker may be another.

    Examples
    --------
    >>> own_count(" ontving volgens eigen cijfers in 2015 140 meldingen.")
    True
    >>> own_count(" ontving volgens de cijfers van het CBS 140 meldingen.")
    False
    >>> own_count(", dat volgens eigen cijfers 90 meldingen ontving")
    False
    """
    return _OWN_COUNT.match(after) is not None
