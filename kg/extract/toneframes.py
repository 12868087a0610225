"""Frames around a tone cue: a good thing said to be needed, a word that only describes.

A tone cue (``ontology/tone.ttl``) is matched on its form; the frame around it
can say that a good thing is missing rather than present, or use the word to
describe rather than to judge:

Need
    "er is behoefte aan duidelijkheid", "aanbieders hebben behoefte aan
    overzicht": a need of a good thing states its lack. So does a comparative
    named as needed ("een betere afstemming is nodig", "snellere besluiten zijn
    noodzakelijk"): the present is not good enough. A need denied ("er is geen
    behoefte aan …") or supposed ("zou … nodig zijn") states nothing.
Description
    Words of difficulty also classify: the intensity of care ("zware zorg",
    "complexe casuïstiek" are kinds of care and cases), the condition of the
    group a service is for ("jongeren met problemen thuis", "voor mensen met
    schulden"), a duration ("de duur van de indicatie") and what a quantity or
    a decision depends on ("de hoogte is afhankelijk van het inkomen"). Said so,
    they judge nothing; said of the claim's subject ("de regels zijn complex",
    "inwoners zijn afhankelijk van de bus") they still do.
Subject
    A clause whose subject is few people ("weinig ouders zijn tevreden") turns
    what it says of them; one whose verb weighs its subject against expectation
    ("het aantal klachten valt mee") leaves the subject's own cues out.

The cues are :class:`kg.extract.tone.Cue` objects; this module only reads their
fields and returns changed copies (as :mod:`kg.extract.cuereadings`, which calls it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from operator import itemgetter

from kg.extract import dependence
from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in, search
from kg.frozen import quick_init

#: The word of a token of :func:`kg.extract.negation.words`.
_WORD_OF = itemgetter(2)


@quick_init
@dataclass(frozen=True)
class Cue:
    """A tone cue or a problem found in the claim.

    Attributes
    ----------
    start, end : int
        Its span in the text.
    sign : int
        +1 (positive cue), -1 (negative cue or stated problem).
    problem : bool
        True for a problem of the taxonomy (not a tone cue).
    lack : bool
        True for a problem that names a lack ("te weinig …"): negated, it is
        confirmed rather than denied.
    subject : bool
        True for a problem named by its subject ("mantelzorg", "grip"): it
        counts only negated or diminished, as a lack ("weinig grip").
    """

    start: int
    end: int
    sign: int
    problem: bool = False
    lack: bool = False
    subject: bool = False


#: Nouns of people, the groups a service is for or a condition counts ("mensen met schulden").
PEOPLE = frozenset(
    {"mensen", "inwoners", "kinderen", "jongeren", "ouderen", "huishoudens", "gezinnen",
     "jeugdigen", "cliënten", "personen", "volwassenen", "bewoners", "ouders", "leerlingen",
     "burgers", "deelnemers", "werkzoekenden", "mantelzorgers", "huurders", "klanten",
     "patiënten", "gebruikers", "statushouders", "werknemers"}
)  # fmt: skip
#: Adjectives of intensity or difficulty that also classify care and cases ("zware zorg").
_GRADING = frozenset(
    {"zware", "zwaardere", "zwaarste", "complexe", "complexere", "ingewikkelde", "moeilijke",
     "lastige"}
)  # fmt: skip
#: Heads of nouns of care, needs and cases that such an adjective classifies.
_CASES = (
    "zorg", "hulp", "ondersteuning", "begeleiding", "casuïstiek", "casus", "casussen", "gevallen",
    "problematiek", "vraag", "vragen", "zorgvraag", "hulpvragen", "indicatie", "indicaties",
    "trajecten", "traject", "situaties", "situatie", "dossiers", "zaken", "doelgroep",
    "voorzieningen", "zorgvormen", "jeugdhulp", "behandeling", "behandelingen", "problemen",
    "gezinnen", "cliënten",
)  # fmt: skip
#: Nouns of a condition a group has ("jongeren met problemen"), when they are tone cues.
_CONDITIONS = frozenset(
    {"probleem", "problemen", "problematiek", "klachten", "moeilijkheden", "zorgen",
     # arrears that define a group a service is for ("huurders met een achterstand")
     "achterstand", "achterstanden", "betalingsachterstand", "betalingsachterstanden",
     "huurachterstand", "huurachterstanden"}
)  # fmt: skip
#: Actors that can depend on someone ("inwoners zijn afhankelijk van de bus"); anything
#: else depends as a quantity or a decision does ("de hoogte is afhankelijk van"). A
#: municipality is left out: one that depends on another for a task ("voor beschermd wonen
#: is de gemeente afhankelijk van de centrumgemeente") states the division of tasks, as a
#: named municipality does ("is Goes afhankelijk van Vlissingen").
_DEPENDENT = PEOPLE | frozenset(
    {"wij", "we", "zij", "ze", "men", "hij", "organisaties",
     "aanbieders", "instellingen", "vrijwilligers", "teams", "wijkteams", "team", "raad",
     "college", "regio", "dorpen", "kernen"}
)  # fmt: skip
#: Words that say by which channel or at what time a service is reached ("bereikbaar via
#: een centraal nummer", "bereikbaar van negen tot vijf"): a description, not how well.
_CHANNELS = frozenset({"via", "per", "van", "tussen", "op", "onder"})
#: Words before "bereikbaar" that say how well (or whether) it is reached: a verdict.
_HOW_WELL = frozenset(
    {"goed", "slecht", "makkelijk", "gemakkelijk", "moeilijk", "lastig", "altijd", "snel",
     "beter", "slechter", "prima", "uitstekend", "redelijk", "matig", "beperkt", "niet",
     "nauwelijks", "amper", "nooit", "moeilijker", "makkelijker", "eenvoudig", "direct"}
)  # fmt: skip


def describes(word: str, before: list[str], after: list[str]) -> bool:
    """Whether a tone word only describes here: a kind of care, a group, a duration, a channel.

    ``word`` is the cue's form (lower case), ``before`` and ``after`` the words
    of its clause before and after it.

    Examples
    --------
    >>> describes("zware", ["voor"], ["zorg", "verwijst", "het", "team", "door"])
    True
    >>> describes("complexe", ["de", "regels", "zijn"], [])
    False
    >>> describes("problemen", ["helpt", "jongeren", "met"], ["thuis"])
    True
    >>> describes("duur", ["voor", "de"], ["van", "een", "jaar"])
    True
    >>> describes("afhankelijk", ["de", "hoogte", "is"], ["van", "het", "inkomen"])
    True
    >>> describes("afhankelijk", ["veel", "inwoners", "zijn"], ["van", "de", "bus"])
    False
    >>> describes("bereikbaar", ["het", "team", "is"], ["via", "een", "nummer"])
    True
    >>> describes("bereikbaar", ["het", "team", "is", "goed"], ["via", "een", "nummer"])
    False
    """
    nxt = after[0] if after else ""
    if word in _GRADING:
        return nxt.endswith(_CASES)  # "zware zorg", "complexe zorgvragen"
    if word in _CONDITIONS:
        return _of_group(before)  # "jongeren met problemen"
    if word == "duur":
        return before[-1:] in (["de"], ["het"]) or nxt == "van"  # the noun: a duration
    if (
        word.startswith("afhankelijk")
        and (of := dependence.describes(before, after, _DEPENDENT)) is not None
    ):
        return of  # "de hoogte is afhankelijk van het inkomen", "is de gemeente van X afhankelijk"
    if word == "bereikbaar" and nxt in _CHANNELS:
        return not _HOW_WELL.intersection(before[-2:])  # "bereikbaar via …", not "goed …"
    return False


def _of_group(before: list[str]) -> bool:
    """Whether the words before a noun end in "<people> met (a few modifiers)".

    Examples
    --------
    >>> _of_group(["gezinnen", "met", "meervoudige"]), _of_group(["problemen", "met"])
    (True, False)
    """
    near = before[-4:]
    for k in range(len(near) - 1, 0, -1):
        if near[k] == "met":
            return near[k - 1] in PEOPLE
    return False


#: Opening quotation marks of a direct quotation.
_OPENING_QUOTES = "“\"‘'„"


def quoted_voice(text: str, start: int, end: int) -> int | None:
    """Where a claim that opens as a direct quotation starts its quote mark, else None.

    Evaluation profiles quote a voice from the interviews to show what is at
    stake ("“We zijn gaan bouwen voordat de tekening af was”, zegt een
    beleidsmedewerker"): a quotation with no judgement word of its own is the
    speaker's point made vivid, a difficulty in most cases. The caller uses it
    only for a claim in which no other cue judges.

    Examples
    --------
    >>> s = "“Twee kinderen kunnen de hele begroting bepalen”, zegt een ambtenaar."
    >>> quoted_voice(s, 0, len(s))
    0
    >>> s = "Raadsleden spreken van ‘maatwerk’ in de uitvoering."
    >>> quoted_voice(s, 0, len(s)) is None
    True
    >>> s = "‘Den Haag’ laat de gemeenten te weinig ruimte."
    >>> quoted_voice(s, 0, len(s)) is None
    True
    """
    at = start
    while at < end and text[at].isspace():
        at += 1
    if at >= end or text[at] not in _OPENING_QUOTES:
        return None  # most claims: one character read
    # a quotation is a clause; a term in quotation marks ("‘Den Haag’ vindt …") is not
    closing = _CLOSING.search(text, at + 1, end)
    quoted = text[at + 1 : closing.start() if closing else end]
    return at if len(quoted.split()) >= _QUOTED_WORDS else None


#: Closing quotation marks.
_CLOSING = re.compile(r"[”\"’']")
#: A label someone coins in quotation marks: "spreekt van ‘de grote broer …’".
_COINED = re.compile(r"\b(?:spreekt|spreken|sprak|spraken)\s+van\s+[“\"‘'„]", re.IGNORECASE)
_COINING = ("spreekt van", "spreken van", "sprak van", "spraken van")


def coined_label(text: str, start: int, end: int) -> int | None:
    """Where a claim gives a speaker's own label in quotation marks, else None.

    "Een ambtenaar spreekt van ‘de grote broer die de agenda bepaalt’", "een fractie
    spreekt van “sturen in de achteruitkijkspiegel”": a phrase coined to name a state of
    affairs, quoted, is the speaker's point made vivid, as a quoted voice is
    (:func:`quoted_voice`); a term in quotation marks ("spreken van ‘maatwerk’", fewer than
    three words) is not. The caller uses it only for a claim in which no cue judges.

    Examples
    --------
    >>> s = "Een fractie spreekt van “sturen in de achteruitkijkspiegel”."
    >>> coined_label(s, 0, len(s)) == s.index("“")
    True
    >>> s = "Raadsleden spreken van ‘maatwerk’ in de uitvoering."
    >>> coined_label(s, 0, len(s)) is None
    True
    """
    if text.find("spr", start, end) < 0 or not may_hold_in(text, start, end, _COINING):
        return None  # most claims: one string find
    found = search(_COINED, text, start, end)
    if found is None:
        return None
    at = found.end() - 1
    closing = _CLOSING.search(text, at + 1, end)
    quoted = text[at + 1 : closing.start() if closing else end]
    return at if len(quoted.split()) >= _COINED_WORDS else None


#: The fewest words of a coined label: fewer are a term in quotation marks.
_COINED_WORDS = 3
#: The fewest words a direct quotation has: fewer are a term in quotation marks.
_QUOTED_WORDS = 4


#: Adverbs of a change already made ("inmiddels weten de scholen het team te vinden").
_BY_NOW = frozenset({"inmiddels"})
_BY_NOW_WORD = re.compile(r"\binmiddels\b", re.IGNORECASE)


def progress(text: str, start: int, end: int) -> int | None:
    """Where a claim marks a change already made ("inmiddels"), else None.

    "Inmiddels" says that by now something has come about that was not so
    before: with no judgement word in the claim, the claim reports progress. Not
    when its clause negates ("is inmiddels nog niet gestart"), supposes, or says
    something has ended ("die samenwerking is inmiddels beëindigd").

    Examples
    --------
    >>> s = "Een raadslid wordt inmiddels vaker op straat aangesproken."
    >>> progress(s, 0, len(s)) == s.index("inmiddels")
    True
    >>> s = "Inmiddels is het loket nog niet open."
    >>> progress(s, 0, len(s)) is None
    True
    >>> s = "Die taak is inmiddels overgedragen aan het wijkteam."
    >>> progress(s, 0, len(s)) is None
    True
    """
    if not search(_BY_NOW_WORD, text, start, end):
        return None  # most claims: checked first, the cheap way
    for clause in neg.clauses(text, start, end):
        found = neg.words(text, *clause)
        at = [a for a, _b, w in found if w in _BY_NOW]
        if at and neg.NEGATORS.isdisjoint(map(_WORD_OF, found)):
            if not _ENDED.isdisjoint(map(_WORD_OF, found)):
                return None  # "die samenwerking is inmiddels beëindigd": an end, no progress
            return None if neg.hypothetical(text, clause) else at[0]
    return None


#: Participles of an end: what has been ended or taken back by now is no progress; nor
#: is a task handed over to another body ("die taak is inmiddels overgedragen aan de
#: wijkteams"), a change of who does it.
_ENDED = frozenset(
    {"beëindigd", "beeindigd", "gestopt", "opgeheven", "afgeschaft", "teruggenomen",
     "stopgezet", "opgezegd", "ontbonden", "verdwenen", "afgebouwd", "teruggetrokken",
     "overgedragen", "overgegaan", "overgeheveld"}
)  # fmt: skip


#: "Terwijl" (whereas) inside a claim sets two facts against each other.
_WHEREAS = re.compile(r"\bterwijl\b", re.IGNORECASE)
#: The emphatic pronoun "zelf" (not "zichzelf"), which contrasts a party with another.
_SELF = re.compile(r"(?<![\w-])zelf\b", re.IGNORECASE)


def tension(text: str, start: int, end: int) -> int | None:
    """Where a claim sets two facts against each other with "terwijl", else None.

    "Whereas" inside a claim ("inwoners zijn op de buurregio gericht, terwijl de
    afspraken per regio verschillen") states the facts as at odds: in a claim with
    no judgement word, an inconsistency, a difficulty. "Terwijl" opening the claim
    is mostly "while" of time ("Terwijl de teams draaiden, …") and does not count.

    Examples
    --------
    >>> s = "De tarieven zijn verlaagd, terwijl de eisen gelijk zijn gebleven."
    >>> tension(s, 0, len(s)) == s.index("terwijl")
    True
    >>> s = "Terwijl de teams al draaiden, kwamen de nieuwe taken erbij."
    >>> tension(s, 0, len(s)) is None
    True

    The emphatic "zelf" after "terwijl" sets two parties side by side, a division of
    tasks or ties, not facts at odds:

    >>> s = "De regio koopt de jeugdzorg in, terwijl de gemeente de toegang zelf regelt."
    >>> tension(s, 0, len(s)) is None
    True
    """
    found = search(_WHEREAS, text, start, end)
    if found is None or not text[start : found.start()].strip():
        return None
    if _SELF.search(text, found.end(), end):
        return None  # "…, terwijl de gemeente de uitkeringen zelf uitvoert": who does what
    return found.start()


#: Quantifiers of few, and the adverbs that may stand before them ("steeds minder inwoners").
_FEW = frozenset({"minder", "weinig"})
_BEFORE_FEW = frozenset({"steeds", "nog", "ook", "veel", "relatief", "erg", "zeer", "heel"})


def fewer(text: str, spans: list[tuple[int, int]], cues: list) -> list:
    """The cues with those said of few people turned ("steeds minder inwoners vallen uit").

    A clause whose subject is few people ("weinig ouders", "steeds minder inwoners")
    says that what follows holds for few: a judgement of them, beyond the reach of
    the diminisher itself (two words, left to the scope rules), is turned.

    Examples
    --------
    >>> s = "Weinig ouders zijn tevreden over de hulp."
    >>> [c.sign for c in fewer(s, [(0, len(s))], [Cue(19, 27, 1)])]
    [-1]
    """
    if not spans or not may_hold_in(text, spans[0][0], spans[-1][1], _FEW_OPENINGS):
        return cues  # most claims
    out = []
    for cue in cues:
        clause = neg.clause_of(spans, cue.start)
        tokens = [] if cue.problem else neg.words(text, *clause)
        found = list(map(itemgetter(2), tokens))
        reach = _few_people(found)
        if reach is not None and reach < len(tokens) and cue.start >= tokens[reach][0]:
            cue = replace(cue, sign=-cue.sign)  # beyond the diminisher's own reach
        elif (
            cue.sign > 0
            and tokens
            and (share := _minority(found)) < len(tokens)
            and cue.start >= tokens[share][0]
            and not neg.negated(text, clause, cue.start, cue.end)
        ):
            cue = replace(cue, sign=-1)  # "nog geen kwart van de jongeren vond werk"
        out.append(cue)
    return out


#: Words one of which a clause of few (:func:`_few_people`, :func:`_minority`) holds.
_FEW_OPENINGS = ("minder", "weinig", "geen", "slechts", "minderheid", "amper", "hooguit")
#: A share of a minority opening a clause: "nog geen kwart van", "minder dan de helft van",
#: "slechts 20% van", "slechts een klein deel van", "een minderheid van" (words joined by spaces;
#: a figure's digits are words of their own).
_MINORITY = re.compile(
    r"(?:nog geen|minder dan|slechts|amper|nauwelijks|hooguit) (?:een |de )?"
    r"(?:(?:\d+ )+(?:procent )?|\w+ procent |kwart |derde |vijfde |tiende |helft "
    r"|(?:klein |gering )?deel |fractie |handvol )van "
    r"|een (?:kleine )?minderheid van "
)


def _minority(found: list[str]) -> int:
    """Where the share of a minority ends that opens the clause, else a number past its end.

    A good thing said of a minority ("nog geen kwart van de jongeren heeft een baan
    gevonden", "minder dan de helft van de cliënten is tevreden") falls short: what
    follows the share is turned to negative (a difficulty said of a minority stays one).

    Examples
    --------
    >>> _minority("nog geen kwart van de jongeren heeft werk".split())
    4
    >>> _minority("slechts 20 van de cliënten".split()), _minority("de jongeren".split())
    (3, 2)
    """
    m = _MINORITY.match(" ".join(found) + " ")
    return m.group().count(" ") if m else len(found)


def _few_people(found: list[str]) -> int | None:
    """Where the diminisher's reach ends in a clause opened by few people, else None.

    Examples
    --------
    >>> _few_people(["steeds", "minder", "inwoners", "vallen", "uit"])
    4
    >>> _few_people(["minder", "kosten"]) is None
    True
    """
    k = 1 if found[:1] and found[0] in _BEFORE_FEW else 0
    if found[k : k + 1] and found[k] in _FEW and found[k + 1 : k + 2] and found[k + 1] in PEOPLE:
        return k + 3
    return None


#: Verbs of a result set against expectation: "valt mee", "viel tegen".
_FALLS = frozenset({"valt", "vallen", "viel", "vielen"})


def _falls(cue: str) -> bool:
    """Whether a cue's text is a verb of falling with "mee" or "tegen" ("valt mee")."""
    if " " not in cue:
        return False
    words = cue.lower().split()
    return words[0] in _FALLS and words[-1] in ("mee", "tegen")


def against_expectation(text: str, spans: list[tuple[int, int]], cues: list) -> list:
    """The cues less those of a subject judged against expectation ("de klachten vallen mee").

    "Meevallen" and "tegenvallen" weigh their subject against what was feared or
    hoped: "het aantal klachten valt mee" is good news whatever the subject names.
    A tone word before such a verb in its clause is its subject and does not count.

    Examples
    --------
    >>> s = "Het aantal klachten valt mee."
    >>> [s[c.start : c.end] for c in against_expectation(s, [(0, len(s))],
    ...     [Cue(11, 19, -1), Cue(20, 28, 1)])]
    ['valt mee']
    """
    verdicts = [c for c in cues if _falls(text[c.start : c.end])]
    if not verdicts:
        return cues  # most claims
    dropped = set()
    for verdict in verdicts:
        clause = neg.clause_of(spans, verdict.start)
        dropped |= {id(c) for c in cues if clause[0] <= c.start < verdict.start}
    return [c for c in cues if id(c) not in dropped]


#: An aim or a principle stated: "vindt het belangrijk dat …", "het doel is om …",
#: "uitgangspunt is dat …", "streeft ernaar …". Every match opens with one of a few words,
#: so a word gate (:func:`kg.extract.cueless.gates`) skips the claims without them.
AIM = re.compile(
    r"\b(?:vind|vindt|vinden|vond|vonden|acht|achten|achtte|achtten)\s+(?:het\s+)?"
    r"(?:\w+\s+){0,2}?(?:belangrijk|essentieel|wenselijk|van\s+belang)\s+(?:dat|om)\b"
    r"|\b(?:doel|doelstelling|uitgangspunt|ambitie|streven|insteek)\s+(?:\w+\s+){0,3}?is\s+"
    r"(?:dat|om)\b"
    r"|\b(?:belangrijk|belangrijke)\s+(?:uitgangspunt|doel|doelstelling)\b"
    r"|\b(?:streeft|streven|streefde|streefden)\s+(?:\w+\s+){0,3}?(?:ernaar|naar)\b"
    # what matters, a focus ("het gaat (de gemeente) om goede zorg"; not "gaat zorgvuldig
    # om met", to deal with; not "het gaat om een goede start", which classifies)
    r"|\b(?:gaat|ging|draait|draaide)\s+(?:(?:\w+\s+){1,5}?om\b|om\b(?!\s+een\b))"
    r"(?!\s+met\b)",
    re.IGNORECASE,
)
#: Words that end what an aim governs: a turn to what is the case.
_AIM_ENDS = re.compile(r"[;:]|\b(?:maar|echter|toch|helaas)\b", re.IGNORECASE)
#: A "maar" that goes on with the focus ("het gaat niet om A, maar (wel) om B").
_FOCUS_GOES_ON = re.compile(r"\s+(?:wel\s+|juist\s+|vooral\s+)?om\b", re.IGNORECASE)


def aims(text: str, start: int, end: int, cues: list) -> list:
    """The cues of the claim without the words of approval in an aim it states.

    "De gemeente vindt het belangrijk dat inwoners zelf de regie houden" and "het
    doel is dat jongeren sneller aan het werk komen" say what is sought, not how it
    goes: a positive word from the aim on, up to a turn ("maar"), judges nothing.
    Words of difficulty keep their reading.

    Examples
    --------
    >>> s = "Het doel is dat jongeren sneller aan het werk komen."
    >>> aims(s, 0, len(s), [Cue(s.index("sneller"), s.index(" aan"), 1)])
    []
    >>> s = "Het doel is gehaald."
    >>> len(aims(s, 0, len(s), [Cue(s.index("gehaald"), s.index("."), 1)]))
    1
    """
    m = search(AIM, text, start, end)
    if m is None:
        return cues
    stop = _AIM_ENDS.search(text, m.end(), end)
    while stop and _FOCUS_GOES_ON.match(text, stop.end()):  # "niet om A, maar om B": B too
        stop = _AIM_ENDS.search(text, stop.end(), end)
    last = stop.start() if stop else end
    return [c for c in cues if c.sign <= 0 or c.problem or not m.start() <= c.start < last]


#: Forms of "hoeven" (need to): denied, a burden lifted ("hoeft niet meer te wachten").
_NEED_TO = frozenset({"hoef", "hoeft", "hoeven", "hoefde", "hoefden"})
_NEED_TO_WORD = re.compile(r"\bhoe(?:f|ft|ven|fde|fden)\b", re.IGNORECASE)


def relief(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a denied need ("hoeft niet meer te wachten", "niemand hoeft …"), else None.

    "Hoeven" is said only under a negation; denied, it lifts a burden: "inwoners
    hoeven niet meer naar drie loketten" is relief, not a bare negation. The span runs
    from the verb or the negator before it to the negator after it.

    Examples
    --------
    >>> s = "Inwoners hoeven niet meer naar drie loketten."
    >>> a, b = relief(s, 0, len(s)); s[a:b]
    'hoeven niet'
    >>> s = "Niemand hoeft zich zorgen te maken."
    >>> a, b = relief(s, 0, len(s)); s[a:b]
    'Niemand hoeft'
    >>> relief("Inwoners moeten niet wachten.", 0, 29) is None
    True
    """
    if not search(_NEED_TO_WORD, text, start, end):
        return None  # most claims: checked first, the cheap way
    for clause in neg.clauses(text, start, end):
        found = neg.words(text, *clause)
        for i, (a, b, w) in enumerate(found):
            if w not in _NEED_TO or neg.hypothetical(text, clause):
                continue
            near = found[max(0, i - 1) : i + 3]
            negators = [t for t in near if t[2] in neg.NEGATORS and t[2] != "zonder"]
            if negators:
                return min(a, negators[0][0]), max(b, negators[0][1])
    return None


#: "(in) plaats van": what follows is the alternative not chosen. The pattern opens with
#: "plaats" so that a word gate can skip the claims without it; "in" is checked apart.
INSTEAD = re.compile(r"\bplaats\s+van\b", re.IGNORECASE)
_INSTEAD_ENDS = re.compile(r"[,;:.!?]")


def instead(text: str, start: int, end: int, cues: list) -> list:
    """The cues of the claim without those in the alternative "in plaats van" sets aside.

    "De bureaucratie is toegenomen in plaats van afgenomen" states the growth; the
    decline named after "in plaats van" did not come about and judges nothing.

    Examples
    --------
    >>> s = "De kosten zijn gestegen in plaats van gedaald."
    >>> up, down = s.index("gestegen"), s.index("gedaald")
    >>> cues = [Cue(up, up + 8, -1), Cue(down, down + 7, 1)]
    >>> [c.sign for c in instead(s, 0, len(s), cues)]
    [-1]
    """
    m = search(INSTEAD, text, start, end)
    if m is None or text[max(start, m.start() - 3) : m.start()].lower() != "in ":
        return cues
    stop = _INSTEAD_ENDS.search(text, m.end(), end)
    last = stop.start() if stop else end
    return [c for c in cues if not m.end() <= c.start < last]


#: Forms of "kunnen": "daklozen kunnen terecht in de nachtopvang" says where help is.
_CAN = frozenset({"kan", "kunnen", "kon", "konden"})


def served(text: str, clause: tuple[int, int], end: int) -> bool:
    """Whether the problem that ends at ``end`` names a group that can turn somewhere for
    help ("dak- en thuislozen kunnen (er) terecht in de nachtopvang"): who is served, not a
    difficulty stated.

    Examples
    --------
    >>> s = "Daklozen kunnen terecht in de nachtopvang."
    >>> served(s, (0, len(s)), 8), served("Daklozen slapen buiten.", (0, 23), 8)
    (True, False)
    """
    if "terecht" not in text[end : end + 40]:
        return False  # most problems: one substring test
    # the words after it, past a clause cut inside the name ("Dak- en thuislozen")
    after = [w for _, _, w in neg.words(text, end, max(clause[1], end + 30))][:3]
    return after[:1] != [] and after[0] in _CAN and "terecht" in after[1:]
