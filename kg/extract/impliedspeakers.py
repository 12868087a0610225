"""Speakers a sentence names without a group mention in a speaker's slot.

Checked in this order when no mentioned group speaks (see :func:`implied_speaker`):

- figures the municipality handed to the writers ("volgens de cijfers die de gemeente ons
  gaf": :mod:`kg.extract.handedfigures`);
- the municipality itself ("De gemeente zelf ervaart …", "volgens de gemeente", unless
  it gives figures; the agent of a passive view, "wordt door de gemeente niet als probleem
  gezien") speaks through its civil servants (an annotation guideline);
- an adverb or a part of the organisation names the source ("Ambtelijk wordt
  aangegeven", "Bestuurlijk is men tevreden", "Vanuit de uitvoering wordt …");
- everyone or no one of those interviewed ("wordt door niemand betwist", "in vrijwel
  alle gesprekken"), or the study's talks as the source ("Uit de gesprekken blijkt …",
  "In de interviews komt naar voren …"): the interviewees.

Examples
--------
>>> implied_speaker("Uit de gesprekken blijkt dat de wachtlijsten groeien.").rsplit("/", 1)[-1]
'interviewees'
>>> implied_speaker("Ambtelijk wordt aangegeven dat het goed gaat.").rsplit("/", 1)[-1]
'civil-servants'
>>> implied_speaker("Uit de gesprekken met cliënten blijkt dat zij tevreden zijn.") is None
True
>>> implied_speaker("Wat opvalt in de gesprekken, is de eensgezindheid.").rsplit("/", 1)[-1]
'interviewees'
>>> implied_speaker("In de interviews valt op dat niemand klaagt.").rsplit("/", 1)[-1]
'interviewees'
"""

from __future__ import annotations

import re

from kg.extract.handedfigures import handed_figures
from kg.extract.prefixscan import may_hold
from kg.extract.speechcues import (
    AGENT_PARTICIPLES,
    ANY_TENSE,
    ATTITUDE,
    FEELINGS,
    NOT_REPORTING,
    PARTICIPLES,
    STANCE,
    STRUCK,
    VERBS,
)
from kg.extract.wordtokens import plain
from kg.namespaces import CONCEPT

__all__ = [
    "CIVIL_SERVANTS",
    "municipality_speaks",
    "MUNICIPAL_VOICES",
    "with_municipality",
    "DATA",
    "EXECUTIVE_BOARD",
    "figure_source",
    "INTERVIEWEES",
    "POLICY_AIM",
    "POLICY_OFFICERS",
    "implied_speaker",
]

#: What makes "volgens <organisation>" a source of figures, not a voice ("volgens CBS
#: iets onder het landelijk gemiddelde", "is volgens CBS laag"): a number, a comparison
#: with an average, a level ("laag", not the verdict "te laag").
DATA = re.compile(
    r"\d|%|\bprocent\b|\bgemiddeld|\blandelijk|\bcijfers?\b|\bpercentage"
    r"|(?<!\bte\s)\b(?:laag|hoog|lager|hoger)\b",
    re.IGNORECASE,
)
#: A year (it dates a statement; it is no figure of it).
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
#: Bodies whose trade is figures: statistics offices, planning and research institutes,
#: benchmarks and monitors (CBS, SCP, CPB, RIVM, Nivel, Vektis, Nibud, KING,
#: Waarstaatjegemeente.nl; general knowledge of Dutch public statistics, not any profile).
#: After "volgens" with figures such a body is the source of the figures; any other
#: organisation (a credit bank, the UWV, a housing corporation) acts in the field and
#: speaks (an annotation guideline).
_FIGURE_SOURCE = re.compile(
    r"\b(?:cbs|centraal\s+bureau\s+voor\s+de\s+statistiek|scp|sociaal\s+en\s+cultureel"
    r"\s+planbureau|cpb|centraal\s+planbureau|planbureau\w*|rivm|nivel|vektis|nibud|king"
    r"|kwaliteitsinstituut\s+nederlandse\s+gemeenten|waarstaatjegemeente(?:\.nl)?|kadaster)\b"
    r"|statistiek|monitor|onderzoek|benchmark|peiling|enquête|cijfers",
    re.IGNORECASE,
)


def figure_source(name: str) -> bool:
    """Whether an organisation's name (as the text gives it) is a source of figures.

    Examples
    --------
    >>> [figure_source(n) for n in ("CBS", "Monitor Sociaal Domein", "de Kredietbank", "UWV")]
    [True, True, False, False]
    """
    return _FIGURE_SOURCE.search(name) is not None


#: The municipality's will is its policy, which the account states, not a view its civil
#: servants give: "De gemeente wil dat inwoners hulp vinden in hun eigen buurt", "Teststad
#: wil inwoners laten meepraten" (but a wish: "De gemeente wil graag meer contact").
POLICY_AIM = re.compile(
    r"\s*(?:wil|willen|wilde|wilden)\b(?!\s+(?:\w+\s+)?(?:graag|liever)\b)", re.IGNORECASE
)

#: "De gemeente (zelf) ervaart …": the municipality as the subject of a reporting verb
#: or stance speaks through its civil servants (an annotation guideline).
_MUNICIPALITY_SPEAKS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:ook\s+)?de\s+gemeente\s+(?:zelf\s+)?"
    rf"(?:(?:\w+\s+){{0,2}}?)(?:{ANY_TENSE}|{ATTITUDE})\b"
    # "Bij de gemeente ervaart men …": a view held in the municipality's organisation
    rf"|^\W*(?:ook\s+)?bij\s+de\s+gemeente\s+(?:zelf\s+)?(?:{VERBS})\s+men\b"
    # a contrastive clause opening the sentence, its verb last: "Waar de gemeente de adviesraad
    # een volwaardige gesprekspartner noemt, zien de leden …"
    rf"|^\W*(?:waar|terwijl|hoewel)\s+de\s+gemeente\s+[^,;:.]{{0,80}}?\b(?:{VERBS})\s*,"
    # a fact that worries or strikes it: "…, wat de gemeente zorgen baart"
    rf"|,\s*(?:wat|hetgeen)\s+de\s+gemeente\s+(?:\w+\s+){{0,2}}?{STRUCK}\s*[.;]?\s*$",
    re.IGNORECASE,
)
#: A stance the municipality holds, inverted ("Over het Rijk is de gemeente kritisch") or
#: by the "men" of its organisation ("Bij de gemeente is men tevreden"), matched where "de
#: gemeente" stands after "is"/"was" or opens the sentence after "bij".
_MUNICIPALITY_STANCE = re.compile(
    rf"de\s+gemeente\s+(?:zelf\s+)?(?:(?:is|was)\s+men\s+)?(?:\w+\s+){{0,2}}?{STANCE}",
    re.IGNORECASE,
)
_AMONG_MUNICIPALITY = re.compile(r"\W*(?:ook\s+)?bij\s+$", re.IGNORECASE)
#: The municipality as the subject after the finite verb of a report (the inverted order of a
#: main clause that opens with another part: "Voor 2016 verwacht de gemeente een tekort",
#: "Steun vindt de gemeente bij de VNG", "Van het Rijk voelt de gemeente zich weinig
#: gesteund"): it speaks through its civil servants as in the plain order. Matched at the
#: verb right before "de gemeente"; the verb stands after a word of the clause (a sentence
#: that opens with the verb asks a question).
_MUNICIPALITY_INVERTED = re.compile(
    rf"(?<=\w\s)(?:{ANY_TENSE})\s+(?:ook\s+|zelf\s+)?de\s+gemeente\b", re.IGNORECASE
)
#: A report in plain order, read from its verb.
_REPORT_START = re.compile(rf"(?:{ANY_TENSE})\b", re.IGNORECASE)
#: The part a main clause opens with before its verb: words without a clause mark (not a
#: clause of its own: "…, al vindt de gemeente"), not "Zo", which gives an example of the
#: account the sentence continues ("Zo zag de gemeente in …": its speaker's example).
_FRONTED = re.compile(r"\W*(?!zo\s)[^\W\d][^,;:]*\s", re.IGNORECASE)
#: A verb form that stands right before "de gemeente" (the inverted subject), one word.
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:ook\s+|zelf\s+)?$")


def _municipality_inverted(sentence: str, lower: str) -> bool:
    """Whether the municipality is the inverted subject of a report (``lower``: the sentence
    in lower case).

    Examples
    --------
    >>> s = "Voor 2016 verwacht de gemeente opnieuw een tekort."
    >>> _municipality_inverted(s, s.lower())
    True
    >>> s, t = "Daarnaast ziet de gemeente toe op de kwaliteit.", "Verwacht de gemeente een tekort?"
    >>> _municipality_inverted(s, s.lower()), _municipality_inverted(t, t.lower())
    (False, False)
    >>> s, t = "Zo ziet de gemeente een stijging.", "Het gaat goed, al vindt de gemeente het duur."
    >>> _municipality_inverted(s, s.lower()), _municipality_inverted(t, t.lower())
    (False, False)
    >>> s = "Voor 2017 rekent de gemeente op een krappe begroting."
    >>> _municipality_inverted(s, s.lower())
    True
    >>> s = "Het geld dat de gemeente ontvangt, is op."
    >>> _municipality_inverted(s, s.lower())
    False
    """
    at = lower.find("de gemeente")
    while at >= 0:
        word = _WORD_BEFORE.search(sentence, 0, at)
        if word is not None and _FRONTED.fullmatch(sentence, 0, word.start()):
            verb = _MUNICIPALITY_INVERTED.match(sentence, word.start())
            # the verb read with what follows its subject ("ziet de gemeente toe op": "ziet toe")
            plain_order = word.group(1) + sentence[at + len("de gemeente") :]
            # a verb in parts around its subject: "rekent de gemeente op een tekort"
            verb = verb or _REPORT_START.match(plain_order)
            if verb is not None and not NOT_REPORTING.match(plain_order):
                return True
        at = lower.find("de gemeente", at + 1)
    return False


def _municipality_stance(sentence: str, lower: str) -> bool:
    """Whether the municipality holds a stance inverted or by its "men" (``lower``: the
    sentence in lower case).

    Examples
    --------
    >>> s = "Over het Rijk is de gemeente kritisch."
    >>> _municipality_stance(s, s.lower())
    True
    >>> s, t = "Bij de gemeente is men tevreden.", "Het is de gemeente."
    >>> _municipality_stance(s, s.lower()), _municipality_stance(t, t.lower())
    (True, False)
    """
    at = lower.find("de gemeente ")
    while at >= 0:
        inverted = lower.endswith(("is ", "was "), 0, at)
        if (inverted or _AMONG_MUNICIPALITY.fullmatch(sentence, 0, at)) and (
            _MUNICIPALITY_STANCE.match(sentence, at)
        ):
            return True
        at = lower.find("de gemeente ", at + 1)
    return False


#: "…, zo geeft de gemeente aan": the municipality closing the sentence as the subject of
#: an inverted report after "zo" (through its civil servants as well).
_MUNICIPALITY_CLOSES = re.compile(
    r",\s*zo\s+\w+\s+(?:ook\s+)?de\s+gemeente(?:\s+zelf)?(?:\s+(?:aan|op|toe|vast))?\W*$",
    re.IGNORECASE,
)
#: What every match of :data:`_MUNICIPALITY_SPEAKS` holds, in lower case: a plain
#: pre-check (a pattern that begins with a literal is scanned for fast; one that ignores
#: case, as the rule itself, tries every position).
_THE_MUNICIPALITY = re.compile(r"de\s+gemeente\s")
#: "Vanuit de gemeente wordt aangegeven …", "Van gemeentezijde wordt benadrukt …": the
#: municipality as the source of a passive report (through its civil servants as well).
_MUNICIPALITY_SOURCE = re.compile(
    r"\b(?:(?:vanuit|van\s+de\s+kant\s+van|door)\s+(?:de\s+gemeente(?:\s+zelf)?"
    r"|het\s+gemeentehuis|het\s+stadhuis)"
    r"|van\s+(?:gemeentezijde|gemeentelijke\s+zijde))\s+"
    rf"(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,6}}?{PARTICIPLES}\b"
    # a passive report placed in the town hall: "…, wordt in het stadhuis betwijfeld"
    rf"|\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+)?(?:in|op|binnen)\s+het\s+(?:stadhuis"
    rf"|gemeentehuis)\s+(?:\w+\s+)?{PARTICIPLES}\b"
    # how a thing is regarded in the town hall: "De VNG geldt in het gemeentehuis als ‘ver weg’"
    r"|\b(?:geldt|gelden|gold|golden)\s+(?:\w+\s+)?(?:in|op|binnen)\s+het\s+(?:stadhuis"
    r"|gemeentehuis)\s+(?:\w+\s+)?als\b"
    # the agent after the auxiliary, the participle last (the usual order of a main clause):
    # "… wordt door de gemeente niet als probleem gezien", "wordt door de gemeente verwacht"
    rf"|\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,3}}?door\s+de\s+gemeente(?:\s+zelf)?"
    rf"\s+(?:\w+\s+){{0,6}}?{AGENT_PARTICIPLES}\b"
    # the verb last in a relative clause: "een stijging die door de gemeente in verband wordt
    # gebracht met …", "die door de gemeente vooral wordt toegeschreven aan …"
    rf"|\bdoor\s+de\s+gemeente(?:\s+zelf)?\s+(?:\w+\s+){{0,3}}?(?:wordt|worden|werd|werden)"
    rf"\s+(?:\w+\s+){{0,3}}?{AGENT_PARTICIPLES}\b"
    r"|\bdoor\s+de\s+gemeente(?:\s+zelf)?\s+(?:\w+\s+)?in\s+verband\s+(?:wordt|worden|werd|werden)"
    r"\s+gebracht\b",
    re.IGNORECASE,
)
CIVIL_SERVANTS = CONCEPT + "role/civil-servants"
#: The municipality coordinated before a group: "De gemeente en de zorgaanbieders …",
#: "Zowel de gemeente als de scholen …".
_WITH_MUNICIPALITY = re.compile(
    r"(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:ook\s+)?(?:zowel\s+)?de\s+gemeente(?:\s+zelf)?\s+"
    r"(?:en|als)\s+(?:ook\s+)?(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def with_municipality(text: str, start: int, at: int) -> bool:
    """Whether the group at ``at`` is coordinated with the municipality, which then speaks
    with it through its civil servants ("De gemeente en de zorgaanbieders zijn tevreden");
    ``start`` is where the sentence starts.

    Examples
    --------
    >>> s = "Zowel de gemeente als de scholen zijn tevreden."
    >>> with_municipality(s, 0, s.index("scholen")), with_municipality(s, 0, 0)
    (True, False)
    """
    return (
        text.find("emeente", max(start, at - 40), at) >= 0
        and _WITH_MUNICIPALITY.search(text[start:at]) is not None
    )


#: The interviewees as a whole: "wordt door niemand betwist", "Iedereen is het erover
#: eens", "een zorg die in vrijwel alle gesprekken terugkomt" (a profile built on
#: interviews; "gesprekken met cliënten" are the service's talks, not the study's).
_EVERYONE = re.compile(
    rf"\bdoor\s+(?:vrijwel\s+|bijna\s+|nagenoeg\s+)?(?:niemand|iedereen)\s+(?:\w+\s+){{0,3}}?"
    rf"{PARTICIPLES}\b"
    rf"|(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:niemand|iedereen)\s+"
    rf"(?:\w+\s+)?(?:{ANY_TENSE}|{ATTITUDE}|is\s+het\s+(?:\w+\s+)?eens)\b"
    r"|\bin\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:alle|veel|vele|de\s+meeste|meerdere|verschillende"
    r"|diverse)\s+(?:\w+\s+)?gesprekken\b(?!\s+met\b)"
    # all the parties spoken with: "… is volgens alle partijen beter dan voorheen"
    r"|\bvolgens\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:alle|de\s+meeste|veel|vele)\s+"
    r"(?:betrokken\s+)?partijen\b"
    # everyone as the source or, after a fronted phrase, the holder of a worry or stance:
    # "volgens vrijwel iedereen", "Over de schulden maakt iedereen zich zorgen", "Over X is
    # iedereen het eens", "Daarover is vrijwel iedereen kritisch"
    r"|\bvolgens\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?iedereen\b"
    r"|\b(?:maakt|maakte)\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?iedereen\s+zich\s+(?:\w+\s+)?zorgen"
    rf"|\b(?:is|was)\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?iedereen\s+(?:het\s+)?(?:\w+\s+)?"
    rf"(?:eens|{STANCE})\b",
    re.IGNORECASE,
)
INTERVIEWEES = CONCEPT + "role/interviewees"
#: A passive report said again and again, with no agent: "Drie risico's worden telkens
#: genoemd", "Als knelpunt wordt steeds weer de regiotaxi genoemd": what many of those spoken
#: with say (the interviewees, as "in vrijwel alle gesprekken").
_REPEATEDLY = re.compile(
    r"\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+)?(?:telkens(?:\s+weer)?|steeds\s+weer"
    r"|herhaaldelijk|keer\s+op\s+keer|meermaals|veelvuldig)\s+(?:(?!door\b)[^\s,;:.]+\s+){0,4}?"
    rf"{PARTICIPLES}\b(?!\s+door\b)",
    re.IGNORECASE,
)
_REPEATED_WORDS = (
    "telkens",
    "steeds weer",
    "herhaaldelijk",
    "keer op keer",
    "meermaals",
    "veelvuldig",
)
#: The study's talks as the source: "Uit de gesprekken blijkt …", "In de interviews komt naar
#: voren …", "…, zo blijkt uit de gesprekken" (not "gesprekken met cliënten": the service's
#: own talks; not "keukentafelgesprekken").
_FROM_TALKS = re.compile(
    r"\b(?:uit|in)\s+(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:de|het|alle|veel|vele|meerdere"
    r"|verschillende|diverse|een\s+aantal)\s+(?:\w+\s+)?(?:gesprekken|interviews|gesprek"
    r"|interview)\b(?!\s+(?:met|van)\b)[^,;:.]{0,40}?\b(?:blijkt|blijken|bleek|bleken"
    r"|(?:komt|komen|kwam|kwamen)\s+(?:\w+\s+){0,3}?naar\s+voren"
    # "Het beeld dat uit de gesprekken naar voren komt, is …"
    r"|naar\s+voren\s+(?:komt|komen|kwam|kwamen)"
    rf"|(?:wordt|worden|werd|werden|is|zijn)\s+(?:\w+\s+){{0,5}}?{PARTICIPLES}"
    # "In de gesprekken valt op dat …", "In de interviews keert … steeds terug"
    r"|(?:valt|viel)\s+(?:\w+\s+)?op|(?:keert|keerde|komt|kwam)\s+(?:\w+\s+){0,6}?terug)\b"
    # "Wat opvalt in de gesprekken, is …", "wat terugkomt in de interviews"
    r"|\b(?:opvalt|opviel|terugkomt|terugkwam|terugkeert)\s+(?:uit|in)\s+(?:de|het|alle)\s+"
    r"(?:\w+\s+)?(?:gesprekken|interviews)\b(?!\s+(?:met|van)\b)"
    # the passive first: "…, zo wordt in de gesprekken steeds herhaald, …"
    r"|\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+)?in\s+(?:de|alle|veel|vele|verschillende)\s+"
    rf"(?:gesprekken|interviews)\s+(?:\w+\s+){{0,5}}?(?:{PARTICIPLES}|herhaald)\b"
    # (also from nearly every talk: "…, zo blijkt uit bijna elk gesprek")
    r"|\b(?:blijkt|bleek|kwam\s+naar\s+voren|komt\s+naar\s+voren)\s+uit\s+"
    r"(?:(?:vrijwel|bijna|nagenoeg)\s+)?(?:de|het|alle|elk|ieder)\s+"
    r"(?:\w+\s+)?(?:gesprekken|interviews|gesprek|interview)\b(?!\s+(?:met|van)\b)"
    # the talks as the subject: "De gesprekken laten zien dat …", "De interviews bevestigen …"
    r"|^\W*(?:de|alle|veel|vele|meerdere|verschillende)\s+(?:\w+\s+)?(?:gesprekken|interviews)"
    r"\s+(?:laten\s+zien|lieten\s+zien|bevestigen|bevestigden|tonen\s+aan|toonden\s+aan"
    r"|wijzen\s+uit|wezen\s+uit|maken\s+duidelijk|maakten\s+duidelijk)\b",
    re.IGNORECASE,
)
#: "Ambtelijk wordt aangegeven …", "Bestuurlijk is men tevreden", "Ambtelijk is de indruk
#: dat …", "Vanuit de uitvoering wordt aangegeven …", "In de uitvoering ervaart men …": an
#: adverb or a part of the organisation names the source (civil servants, the executive
#: board, policy officers).
_ADVERB_SOURCE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:maar|en)\s+)\W*(?:ook\s+)?(ambtelijk|bestuurlijk"
    r"|van\s+(?:ambtelijke|bestuurlijke)\s+zijde"
    r"|(?:vanuit|in)\s+(?:de\s+)?uitvoering|vanuit\s+(?:het\s+)?beleid)\s+"
    rf"(?:(?:wordt|worden|werd|werden)\s+(?:\w+\s+){{0,3}}?{PARTICIPLES}"
    rf"|(?:is|zijn|was|waren)\s+(?:men\s+)?(?:\w+\s+){{0,2}}?{STANCE}"
    # "Ambtelijk is er zorg over …", "Bestuurlijk bestaat er onvrede"
    rf"|(?:is|bestaat|leeft|heerst)\s+er\s+(?:ook\s+|wel\s+|vooral\s+)?{FEELINGS}"
    # a view held there: "Ambtelijk is de indruk dat …", "Bestuurlijk is de verwachting dat …"
    r"|(?:is|was|bestaat|leeft|heerst)\s+(?:ook\s+|wel\s+|vooral\s+)?(?:de|het)\s+"
    r"(?:indruk|beeld|gevoel|idee|verwachting|ervaring|mening|overtuiging|inschatting|vrees"
    r"|zorg|wens)\s+(?:\w+\s+)?(?:dat|of)"
    rf"|(?:{VERBS})\s+men)\b",
    re.IGNORECASE,
)
EXECUTIVE_BOARD = CONCEPT + "role/executive-board"
POLICY_OFFICERS = CONCEPT + "role/policy-officers"
#: "volgens de gemeente": the municipality speaks through its civil servants, unless
#: it is the source of figures (:data:`DATA`).
_VOLGENS_MUNICIPALITY = re.compile(
    r"\b(?:volgens|aldus|in\s+de\s+ogen\s+van|naar\s+de\s+mening\s+van"
    r"|vanuit\s+het\s+perspectief\s+van)\s+de\s+gemeente(?:\s+zelf)?\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


#: Words one of which every match of :data:`_ADVERB_SOURCE` holds.
_SOURCE_WORDS = ("ambtelijk", "bestuurlijk", "uitvoering", "beleid")


def _adverb_source(sentence: str, lower: str | None) -> str | None:
    """The role an adverbial source names ("Ambtelijk wordt aangegeven"), or None;
    ``lower`` is the sentence in lower case (None: no pre-check)."""
    if lower is not None and not any(w in lower for w in _SOURCE_WORDS):
        return None
    found = _ADVERB_SOURCE.search(sentence)
    if found is None:
        return None
    source = found.group(1).lower()
    if source.startswith(("bestuurlijk", "van bestuurlijke")):
        return EXECUTIVE_BOARD
    return POLICY_OFFICERS if source.endswith("beleid") else CIVIL_SERVANTS


def _talks_say(sentence: str, lower: str | None) -> bool:
    """Whether the study's talks are the source of the sentence ("Uit de gesprekken blijkt");
    ``lower`` is the sentence in lower case (None: no pre-check)."""
    if lower is not None and "gesprek" not in lower and "interview" not in lower:
        return False
    return _FROM_TALKS.search(sentence) is not None


def _clause_of(sentence: str, at: int) -> tuple[int, int]:
    """The clause the word at ``at`` stands in: from the clause mark before it to the one
    after it (a source named in a relative clause, "…, wat volgens de gemeente vooral in de
    oude wijken speelt", attributes that clause, not the figures before it).

    Examples
    --------
    >>> s = "Een op de negen huishoudens is arm, wat volgens de gemeente in de wijken speelt."
    >>> a, b = _clause_of(s, s.index("volgens"))
    >>> s[a:b]
    ' wat volgens de gemeente in de wijken speelt.'
    """
    before = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), sentence.rfind(":", 0, at))
    after = [i for i in (sentence.find(m, at) for m in ",;:") if i >= 0]
    return before + 1, min(after, default=len(sentence))


def _municipality_speaks(sentence: str, lower: str | None) -> bool:
    """Whether "de gemeente (zelf)" is the subject of a reporting verb or stance, or the
    source after "volgens" of a view (not of figures); ``lower`` is the sentence in lower
    case (None: no pre-check)."""
    if lower is not None and "gemeente" not in lower and "stadhuis" not in lower:
        return False
    source = (
        _VOLGENS_MUNICIPALITY.search(sentence)
        if lower is None or any(w in lower for w in ("volgens", "aldus", " van de gemeente"))
        else None  # no "volgens"/"aldus"/"van de gemeente": not searched
    )
    if source is not None:
        a, b = _clause_of(sentence, source.start())
        # a year dates the view ("In 2016 was dat volgens de gemeente opgelost"): no figure
        if not DATA.search(_YEAR.sub("", sentence[a:b])):
            return True
    if (
        lower is None
        or "vanuit" in lower
        or "zijde" in lower
        or "kant van" in lower
        or "door de gemeente" in lower
        or "huis" in lower  # "in het stadhuis", "op het gemeentehuis"
    ) and _MUNICIPALITY_SOURCE.search(sentence):
        return True
    if (lower is None or ", zo " in lower) and _MUNICIPALITY_CLOSES.search(sentence):
        return True
    if lower is not None and _THE_MUNICIPALITY.search(lower) is None:
        return False  # every match holds "de gemeente" as words
    said = _MUNICIPALITY_SPEAKS.search(sentence)
    if said is None:
        low = lower if lower is not None else sentence.lower()
        return _municipality_stance(sentence, low) or _municipality_inverted(sentence, low)
    verb = sentence[said.end() - len(said.group().split()[-1]) :]
    return not NOT_REPORTING.match(verb) and not POLICY_AIM.match(verb)


def implied_speaker(sentence: str, lower: str | None = "") -> str | None:
    """The role a sentence names as its source without a group mention, or None.

    Parameters
    ----------
    sentence : str
        The sentence's text.
    lower : str or None, optional
        The sentence in lower case when :func:`kg.extract.wordtokens.plain` holds of it
        (a slice of its document's :func:`kg.extract.wordtokens.lowered`), None for no
        word pre-checks; by default it is read here.

    Returns
    -------
    str or None
        A role IRI.

    Examples
    --------
    >>> implied_speaker("De gemeente zelf ervaart veel vrijheid.").rsplit("/", 1)[-1]
    'civil-servants'
    >>> implied_speaker("Dat wordt door niemand betwist.").rsplit("/", 1)[-1]
    'interviewees'
    >>> implied_speaker("Het budget is krap.") is None
    True
    """
    # the plain pre-checks of the rules below (one lower case); None when str.lower reads
    # the sentence apart from the rules' case-insensitive patterns (İ, ſ …): no pre-check
    if lower == "":
        lower = sentence.lower() if plain(sentence) else None
    if handed := handed_figures(sentence, lower):
        return handed  # "volgens de cijfers die de gemeente ons gaf"
    if _municipality_speaks(sentence, lower):
        return CIVIL_SERVANTS
    if source := _adverb_source(sentence, lower):
        return source
    if _everyone(sentence, lower) or _talks_say(sentence, lower) or _repeated(sentence, lower):
        return INTERVIEWEES
    return None


#: Words one of which every match of :data:`_EVERYONE` holds.
_EVERYONE_WORDS = ("niemand", "iedereen", "gesprekken", "partijen")


def _everyone(sentence: str, lower: str | None = None) -> bool:
    """Whether everyone or no one of those interviewed holds the sentence (:data:`_EVERYONE`);
    a sentence holding none of its words is not searched. ``lower``, the sentence in lower
    case when it is plain (as :func:`implied_speaker` has it: then
    :func:`kg.extract.prefixscan.may_hold` would lower it again), is asked instead.

    Examples
    --------
    >>> _everyone("Dat wordt door niemand betwist."), _everyone("Dat wordt betwist.")
    (True, False)
    >>> _everyone("Dat wordt betwist.", "dat wordt betwist.")
    False
    """
    held = (
        may_hold(sentence, _EVERYONE_WORDS)
        if lower is None
        else any(w in lower for w in _EVERYONE_WORDS)
    )
    return held and _EVERYONE.search(sentence) is not None


#: The municipality's own board and staff (``ontology/roles.ttl``: the executive board, its
#: members, and the roles narrower than the civil servants): where one of them speaks in a
#: sentence, "de gemeente" in it is theirs, not a voice besides.
MUNICIPAL_VOICES = frozenset(
    CONCEPT + "role/" + slug
    for slug in (
        "executive-board",
        "alderman",
        "mayor",
        "civil-servants",
        "policy-officers",
        "municipal-secretary",
        "klantmanager",
        "youth-consultants",
        "wmo-consultants",
    )
)


def municipality_speaks(sentence: str) -> bool:
    """Whether the municipality itself speaks in the sentence (through its civil servants),
    beside any group that speaks in it: "Armoede wordt door de gemeente niet als probleem
    gezien, maar de kredietbank waarschuwt …".

    Examples
    --------
    >>> municipality_speaks("Armoede wordt door de gemeente niet als probleem gezien.")
    True
    >>> municipality_speaks("Huisartsen vinden dat de gemeente te weinig doet.")
    False
    """
    low = sentence.lower()
    return "gemeente" in low and _municipality_speaks(sentence, low if plain(sentence) else None)


def _repeated(sentence: str, lower: str | None) -> bool:
    """Whether the sentence is a passive report said again and again (:data:`_REPEATEDLY`);
    ``lower``: the sentence in lower case (None: no pre-check).

    Examples
    --------
    >>> _repeated("Drie risico's worden telkens genoemd: de kosten en de budgetten.", None)
    True
    >>> _repeated("Drie risico's worden telkens door de wethouder genoemd.", None)
    False
    """
    if lower is not None and not any(w in lower for w in _REPEATED_WORDS):
        return False
    return _REPEATEDLY.search(sentence) is not None
