"""Readings of a one-word tone cue in its clause: when it judges, and which way.

A tone word (``ontology/tone.ttl``) is read against the words around it
(:func:`word_reading`): "zwaar" beside a verb of weighing is a degree, a positive
infinitive after "het" names an activity, "snel" beside a verb of change measures the
change, a word that classifies ("zware zorg") judges nothing; "kan (nog) beter" is room
for improvement, "te" before a good word is too much of it, a comparative said of the
past turns, a finite verb negated after it (Dutch main-clause order) turns, a judgement
noun whose predicate is denied or low ("zijn niet gehaald", "is gering") turns, and so
does one that is the subject of a clause of decline ("het draagvlak neemt af").
General Dutch grammar and closed word classes; split from
:mod:`kg.extract.cuereadings`, which reads phrases, problems and the claim as a whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import implied, toneframes
from kg.extract import negation as neg
from kg.extract.prefixscan import finditer

#: Verbs of weighing and counting: "zwaar" beside one measures weight ("weegt zwaar mee").
_WEIGHING = frozenset(
    {"wegen", "weegt", "woog", "wogen", "gewogen", "meewegen", "tellen", "telt", "telde",
     "meetellen"}
)  # fmt: skip
#: Degree words of weight that are also words of burden ("zwaar").
_HEAVY = frozenset({"zwaar", "zwaarder", "zwaarst", "zwaarste"})
#: "Juist" is mostly an adverb ("juist in de dorpen", "staan juist leeg"); it judges
#: ("right") only as a predicate, which closes its clause ("noemt de keuze juist",
#: "noemt de lijn de juiste").
_PREDICATE_ONLY = frozenset({"juist", "juiste"})
#: A superlative of importance ranks one thing among others ("het belangrijkste verschil",
#: "de belangrijkste keuzes", "de voornaamste verwijzers"): it praises nothing. (A concern
#: ranked first, "de belangrijkste zorg", is a phrase cue of its own in ontology/tone.ttl.)
_RANKING = frozenset({"belangrijkste", "voornaamste"})
#: Words that open an amount after "goed voor" (the idiom "amounting to": "samen goed voor
#: 38 fte", "goed voor ruim een derde van de uitgaven"): approximators and number words.
_AMOUNT_OPENERS = frozenset(
    {"ruim", "bijna", "circa", "ongeveer", "zo'n", "zo’n", "pakweg", "maar", "liefst", "twee",
     "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderd", "duizend",
     "honderden", "duizenden", "tientallen", "miljoenen"}
)  # fmt: skip


def _amount(words: list[str]) -> bool:
    """Whether ``words`` (at most one) open an amount: a figure or :data:`_AMOUNT_OPENERS`.

    Examples
    --------
    >>> _amount(["38"]), _amount(["ruim"]), _amount(["de"]), _amount([])
    (True, True, False, False)
    """
    return bool(words) and (words[0][:1].isdigit() or words[0] in _AMOUNT_OPENERS)


#: Nouns of a state that have the form of an infinitive: "het vertrouwen" is no activity.
_STATES = frozenset({"vertrouwen", "welbevinden", "genoegen"})
#: Words of pace: beside a verb of change they measure the change ("stijgen snel").
_PACE = frozenset({"snel", "sneller", "snelle"})
#: Words of clarity that are degree adverbs before a comparative ("duidelijk hoger",
#: "beduidend meer"): the comparison judges, not the clarity.
_CLEARLY = frozenset({"duidelijk", "beduidend", "aanzienlijk"})
#: General Dutch verbs of rising, falling and changing, in their common forms.
CHANGING = frozenset(
    {"stijgt", "stijgen", "steeg", "stegen", "gestegen", "daalt", "dalen", "daalde", "daalden",
     "gedaald", "groeit", "groeien", "groeide", "groeiden", "gegroeid", "neemt", "nemen", "nam",
     "namen", "toegenomen", "afgenomen", "loopt", "lopen", "liep", "liepen", "opgelopen",
     "teruggelopen", "krimpt", "krimpen", "verandert", "veranderen", "veranderde",
     "veranderd", "vergrijst", "vergrijzen", "vergrijsd", "vergrijsde",
     # the infinitives and joined forms of the separable verbs of change ("snel laten oplopen")
     "oplopen", "oploopt", "opliep", "opliepen", "teruglopen", "terugloopt", "toenemen",
     "toeneemt", "toenam", "toenamen", "afnemen", "afneemt", "afnam", "afnamen",
     # their present participles and nouns of change ("een snel vergrijzende bevolking",
     # "de snelle vergrijzing", "een snelle stijging"): the pace is the change's, too
     "vergrijzende", "groeiende", "stijgende", "dalende", "toenemende", "afnemende",
     "krimpende", "oplopende", "veranderende", "vergrijzing", "ontgroening", "groei",
     "stijging", "toename", "daling", "afname", "krimp", "verandering", "veranderingen"}
)  # fmt: skip
#: Verb forms whose lemma is that of an adjective cue but which are only the verb, and
#: judge nothing: "beperken" (to limit; "beperkt" is limited), "bezorgen" (to deliver;
#: "bezorgd" is worried), "gematigd" (moderated, of "matigen"; "gematigd positief" is a
#: degree of the stance, not "matig", poor).
_VERB_ONLY = frozenset({"beperken", "bezorgen", "bezorgt", "gematigd", "gematigde"})
#: Forms that a phrase cue matches by its lemma but that judge nothing: "zoekende"
#: (searching, "zijn zoekende naar criteria") is not "het is zoeken" (a struggle).
NOT_JUDGING_FORMS = frozenset({"zoekende"})
#: "beperkt tot" is "confined to", and "een beperkt aantal/deel/groep" a quantity: no verdict.
_CONFINED = frozenset({"tot", "aantal", "aandeel", "deel", "gedeelte", "groep", "percentage"})
#: The forms of "beperkt".
_LIMITED = frozenset({"beperkt", "beperkte"})
#: Prepositions that open a noun's complement: a negator before the noun stops there.
PREPOSITIONS = frozenset(
    {"over", "van", "voor", "met", "aan", "bij", "in", "op", "rond", "rondom", "tussen", "naar"}
)
#: Forms of "kunnen": "het kan beter" says it is not good enough.
_CAN = frozenset({"kan", "kunnen", "kon", "konden"})
#: "zou" and "zouden": "zou beter kunnen" is "kan beter", said with reserve.
_WOULD = frozenset({"zou", "zouden"})
#: Verbs of improving: "kan nog worden verbeterd" is room for improvement too.
_IMPROVE = frozenset({"verbeteren", "versterken", "optimaliseren"})
#: Words that may stand between "kan" and the comparative ("kan nog veel beter").
_DEGREE = frozenset({"nog", "veel", "wel", "altijd", "stukken", "een", "stuk", "zeker"})
#: Verbs and nouns of decline: a difficulty named with one shrinks; so does one brought
#: down ("de wachttijden zijn teruggebracht", "de wachtlijst is weggewerkt").
DECLINE = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,6}af\b|\baf(?:neemt|nemen|genomen|name)\b"
    r"|\b(?:daalt|dalen|daalde|daalden|gedaald|daling|gehalveerd|halvering|teruggelopen)\b"
    r"|\b(?:teruggebracht|verkort|ingekort|verminderd|verlaagd|weggewerkt)\b"
    r"|\b(?:loopt|lopen|liep|liepen)\s+(?:\w+\s+){0,3}terug\b"
    # a level that became lower: "de drempel om hulp te vragen is lager geworden"
    r"|\b(?:lager|kleiner|korter|minder)\s+(?:ge)?worden\b"
    r"|\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+){0,2}?(?:lager|kleiner|korter)\b",
    re.IGNORECASE,
)


def declines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a decline (:data:`DECLINE`), not one named as
    the past trend a change came after ("weer stijgt na jaren van daling").

    Examples
    --------
    >>> s = "Het aantal schoolverlaters daalt."
    >>> declines(s, 0, len(s))
    True
    >>> s = "Het aantal schoolverlaters stijgt na jaren van daling weer."
    >>> declines(s, 0, len(s))
    False
    """
    for m in finditer(DECLINE, text, start, end):
        if "na" not in (w for _a, _b, w in neg.words(text, start, m.start())[-3:]):
            return True
    return False


def divides_tasks(phrase: str, before: list[str], after: list[str]) -> bool:
    """Whether "aangewezen op" (``phrase``, lower case) between the words ``before`` and
    ``after`` of its clause states how tasks are divided, read as "afhankelijk van" is
    (:func:`kg.extract.toneframes.describes`): "voor beschermd wonen is de gemeente
    aangewezen op Zwolle" describes, "zijn ouderen aangewezen op de regiotaxi" judges; and
    whether "het verschil maken" is followed by "tussen" ("maken het verschil tussen een
    sluitende en een open begroting"), which distinguishes and praises nothing.

    Examples
    --------
    >>> divides_tasks("aangewezen op", ["voor", "opvang", "is", "de", "gemeente"], ["zwolle"])
    True
    >>> divides_tasks("aangewezen op", ["zijn", "ouderen"], ["de", "regiotaxi"])
    False
    >>> divides_tasks("het verschil maken", ["gezinnen"], ["tussen", "winst"])
    True
    """
    if "verschil ma" in phrase or phrase.endswith("het verschil"):
        return after[:1] == ["tussen"]  # "het verschil maken tussen A en B": distinguishes
    return phrase == "aangewezen op" and toneframes.describes(
        "afhankelijk", before, ["van", *after]
    )


def word_reading(text: str, clause: tuple[int, int], cue, before: list[str], after: list[str]):  # noqa: ANN001, ANN202
    """A tone word's reading: None when it judges nothing, else the cue (perhaps turned).

    ``before`` and ``after`` are the clause's words before and after the cue.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het verbeteren van de toegang heeft voorrang."
    >>> word_reading(s, (0, len(s)), Cue(4, 14, 1), ["het"], ["van", "de", "toegang"]) is None
    True
    >>> s = "Dat is het belangrijkste verschil."
    >>> word_reading(s, (0, len(s)), Cue(11, 24, 1), ["dat", "is", "het"], ["verschil"]) is None
    True
    >>> s = "De samenwerking met de huisartsen kan beter."
    >>> c = Cue(s.index("beter"), s.index("."), 1)
    >>> word_reading(s, (0, len(s)), c, ["de", "samenwerking", "kan"], []).sign
    -1
    """
    word = text[cue.start : cue.end].lower()
    if " " in word:
        return cue
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if word in _HEAVY and (prev in _WEIGHING or nxt in _WEIGHING or nxt == "mee"):
        return None
    if word in _PREDICATE_ONLY and after:
        return None  # "juist in de dorpen": an adverb; "de juiste zorg": attributive
    if word in _RANKING:
        return None  # "het belangrijkste verschil": a rank among others, no praise
    if word == "goed" and nxt == "voor" and _amount(after[1:2]):
        return None  # "samen goed voor 38 fte": amounting to
    if cue.sign > 0 and word.endswith("en") and prev == "het" and word not in _STATES:
        return None  # "het verbeteren van …": an activity ("het vertrouwen" is a state)
    if word in _CLEARLY and nxt and implied.comparative(nxt):
        return None  # "ligt duidelijk hoger dan gemiddeld": a degree of the comparison
    if word in _PACE and not CHANGING.isdisjoint(before[-2:] + after[:2]):
        return None  # "de kosten stijgen snel": the pace of a change, read with the change
    if word in _NEAR and not _LOCATING.isdisjoint(before[-6:] + after[:3]):
        return None  # "de kliniek ligt dichterbij dan …", "de kinderen wonen dichtbij": a place
    if word in _VERB_ONLY or (word in _LIMITED and nxt in _CONFINED):
        return None  # "de uitgaven te beperken", "beperkt tot inwoners die …", "een beperkt
        # aantal indicatoren": a quantity (the scope rules read it as a diminisher of a cue)
    if toneframes.describes(word, before, after):
        return None  # "zware zorg", "jongeren met problemen", "de duur van de indicatie"
    if cue.sign > 0 and _could_be_better(word, before, after):
        return replace(cue, sign=-1)
    if cue.sign > 0 and prev == "te" and not word.endswith("en"):
        return replace(cue, sign=-1)  # "een te rooskleurig beeld": too much of a good thing
    if implied.comparative(word) and _formerly(before + after):
        return replace(cue, sign=-cue.sign)  # "vroeger was de zorg beter geregeld"
    if _negated_after(word, after) and not neg.negated(text, clause, cue.start, cue.end):
        return replace(cue, sign=-cue.sign)
    pred = _predicate(after)
    if pred and _turned_by(cue.sign, pred) and not neg.negated(text, clause, cue.start, cue.end):
        return replace(cue, sign=-cue.sign)  # "de besparingen zijn niet gehaald", "… is gering"
    if _shrinking(text, clause, cue, before, after):
        return replace(cue, sign=-cue.sign)  # "het aantal klachten neemt af", "het draagvlak daalt"
    return cue


#: Words of nearness, and the verbs of where something lies or someone lives: with these
#: nearness is a place ("het ziekenhuis ligt dichterbij dan Lelystad", "in de stad wonen de
#: kinderen dichtbij"), not care brought close ("zorg dichtbij", "het team staat dichtbij").
_NEAR: frozenset[str] = frozenset({"dichtbij", "dichterbij"})
_LOCATING: frozenset[str] = frozenset(
    {"ligt", "liggen", "lag", "lagen", "gelegen", "woont", "wonen", "woonde", "woonden",
     "gewoond"}
)  # fmt: skip


#: Finite copulas and auxiliaries after a subject, and the negators that deny its predicate.
_FINITE = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "bleef", "bleven", "komt", "komen", "kwam", "kwamen"}
)  # fmt: skip
_DENYING = frozenset({"niet", "nooit", "nauwelijks", "amper"})


def _predicate(after: list[str]) -> list[str]:
    """The first three words of the predicate of a subject named by a judgement word.

    A finite copula or auxiliary follows the word, right after it or after the
    noun's complement ("besparingen op de hulp zijn …"); [] when none does.

    Examples
    --------
    >>> _predicate(["zijn", "niet", "gehaald"]), _predicate(["op", "de", "hulp", "is", "gering"])
    (['niet', 'gehaald'], ['gering'])
    >>> _predicate(["neemt", "toe"])
    []
    """
    if after[:1] == [] or after[0] not in _FINITE and after[0] not in PREPOSITIONS:
        return []  # the verb, or the noun's complement first
    k = next((k for k, w in enumerate(after[:7]) if w in _FINITE), None)
    return [] if k is None else after[k + 1 : k + 4]


#: Predicates of a low level: a judgement noun that is "gering" is little of it.
_LOW = frozenset({"gering", "laag", "klein", "minimaal", "miniem"})
#: Degree words that may stand before a low predicate ("is erg laag").
_DEGREES = frozenset({"erg", "zeer", "heel", "vrij", "relatief", "nog", "te", "nogal", "tamelijk"})


def _turned_by(sign: int, pred: list[str]) -> bool:
    """Whether the predicate turns the judgement noun before it.

    A good thing whose predicate is denied ("de beoogde besparingen zijn niet
    gehaald", "de verbetering werd nooit zichtbaar") is lacking; any judgement noun
    with a predicate of a low level ("het draagvlak is gering", "de risico's zijn
    klein") is little of it, and a denied low level turns it back ("niet gering").
    "Niet alleen" adds; "geen" denies a noun of its own ("het succes is geen toeval").

    Examples
    --------
    >>> _turned_by(1, ["niet", "gehaald"]), _turned_by(1, ["geen", "toeval"])
    (True, False)
    >>> _turned_by(-1, ["niet", "opgelost"]), _turned_by(-1, ["erg", "klein"])
    (False, True)
    >>> _turned_by(1, ["niet", "alleen", "hier"]), _turned_by(1, ["niet", "gering"])
    (False, False)
    """
    denied = any(
        w in _DENYING and not neg.not_negating(pred[n + 1 :]) for n, w in enumerate(pred[:2])
    )
    rest = [w for w in pred if w not in _DENYING]
    low = bool(rest) and (
        rest[0] in _LOW or rest[0] in _DEGREES and rest[1:2] != [] and rest[1] in _LOW
    )
    return low != denied if low or sign > 0 else False


#: Words before a noun that heads the clause's subject ("het draagvlak", "het aantal klachten").
_NOUN_OPENERS = frozenset(
    {"de", "het", "aantal", "aandeel", "mate", "die", "deze", "dat", "dit", "onze", "hun"}
)  # the articles, demonstratives and possessives that open a noun phrase
#: Nouns of count: a judgement word in what they count shrinks with the count.
_COUNTED = frozenset({"aantal", "aandeel"})
#: Words right after a subject noun: a finite verb of change or "zijn", or a preposition
#: opening the noun's complement ("de tevredenheid van cliënten is gedaald").
_AFTER_SUBJECT = frozenset(
    {"neemt", "nemen", "nam", "namen", "is", "zijn", "was", "waren", "daalt", "dalen", "daalde",
     "daalden", "loopt", "lopen", "liep", "liepen", "van", "in", "onder", "bij", "voor", "met",
     "over", "op",
     # the verb of decline right after its subject, as it stands after an inversion or in a
     # subordinate clause ("sindsdien is die betrokkenheid afgenomen", "dat het draagvlak
     # afneemt"): Dutch puts the participle or the finite verb last
     "afgenomen", "afneemt", "afnemen", "afnam", "gedaald", "teruggelopen", "terugloopt",
     "gehalveerd"}
)  # fmt: skip


def _shrinking(
    text: str, clause: tuple[int, int], cue, before: list[str], after: list[str]
) -> bool:  # noqa: ANN001
    """Whether a judgement noun is the subject of a clause of decline ("het draagvlak neemt af").

    Less of a good thing is bad news and less of a bad one good news: a noun cue
    after an article or a word of quantity, followed by the verb or its complement,
    with a verb of decline after it and no negator in the clause, is turned. An
    adjective ("dankzij de goede zorg dalen de kosten") is followed by its noun and
    does not count, unless in what a count counts ("het aantal … naar dure zorg").

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het aantal klachten neemt af."
    >>> _shrinking(s, (0, len(s)), Cue(11, 19, -1), ["het", "aantal"], ["neemt", "af"])
    True
    >>> s = "Het aantal verwijzingen naar dure zorg is afgenomen."
    >>> a = s.index("dure")
    >>> _shrinking(s, (0, len(s)), Cue(a, a + 4, -1), s[:a].lower().split(), ["zorg", "is"])
    True
    >>> s = "Dankzij de goede zorg dalen de kosten."
    >>> _shrinking(s, (0, len(s)), Cue(11, 16, 1), ["dankzij", "de"], ["zorg", "dalen"])
    False
    >>> s = "Sindsdien is die betrokkenheid afgenomen."
    >>> a = s.index("betrokkenheid")
    >>> _shrinking(s, (0, len(s)), Cue(a, a + 13, 1), ["sindsdien", "is", "die"], ["afgenomen"])
    True
    """
    if after[:1] == [] or not neg.NEGATORS.isdisjoint(before + after):
        return False
    # a judgement word in what a count counts ("het aantal verwijzingen naar dure zorg")
    counted = not _COUNTED.isdisjoint(before[-5:])
    subject = before[-1:] != [] and before[-1] in _NOUN_OPENERS and after[0] in _AFTER_SUBJECT
    if not (counted or subject):
        return False
    return declines(text, cue.end, clause[1])


#: Words of the former situation and past forms of "zijn" and of verbs of working and
#: going: a comparative said of the past ("het oude systeem werkte beter").
_FORMERLY = frozenset({"vroeger", "voorheen", "destijds", "oude", "eerder", "verleden"})
_WAS = frozenset(
    {"was", "waren", "werkte", "werkten", "ging", "gingen", "liep", "liepen", "verliep",
     "verliepen", "had", "hadden", "stond", "stonden"}
)  # fmt: skip


def _formerly(words: list[str]) -> bool:
    """Whether a clause compares the former situation ("vroeger was het beter geregeld").

    A comparative said of the past judges the present the other way round: what
    was better then is worse now. "Dan vroeger" is the standard of a comparison in
    the present ("is nu eenvoudiger dan vroeger") and does not count.

    Examples
    --------
    >>> _formerly(["vroeger", "was", "de", "zorg", "geregeld"])
    True
    >>> _formerly(["de", "aanvraag", "is", "nu", "dan", "vroeger"])
    False
    >>> _formerly(["het", "oude", "systeem", "werkte"])
    True
    """
    past = [i for i, w in enumerate(words) if w in _FORMERLY and words[i - 1 : i] != ["dan"]]
    return bool(past) and bool(_WAS & set(words))


def _could_be_better(word: str, before: list[str], after: list[str]) -> bool:
    """Whether a comparative closes a clause with "kan" ("de afstemming kan nog beter").

    Examples
    --------
    >>> _could_be_better("beter", ["het", "kan", "nog", "veel"], [])
    True
    >>> _could_be_better("verbeterd", ["de", "afstemming", "kan", "nog", "worden"], [])
    True
    >>> _could_be_better("beter", ["de", "afstemming", "zou", "nog"], ["kunnen"])
    True
    >>> _could_be_better("beter", ["inwoners", "kunnen"], ["geholpen", "worden"])
    False
    """
    if after == ["kunnen"] and not _WOULD.isdisjoint(before):
        before, after = [*before, "kan"], []  # "zou beter kunnen": "kan beter", supposed
    if any(w != "worden" for w in after) or not any(w in _CAN for w in before):
        return False  # something follows: "kunnen beter geholpen worden"
    from kg.extract.mentions import lemma_key

    lemma = lemma_key(word)
    if lemma in _IMPROVE and word != lemma:  # "kan nog worden verbeterd"
        for w in reversed(before):
            if w in _CAN:
                return True
            if w not in _DEGREE and w != "worden":
                return False
        return False
    # a comparative closing the clause: "kan nog beter", "al kan de afstemming beter"
    return not after and implied.comparative(word)


def _negated_after(word: str, after: list[str]) -> bool:
    """Whether a finite verb cue is negated after it ("het lukt de gemeente niet").

    Dutch puts the finite verb of a main clause second and the negator later;
    the scope rules look for a negator before a word. A verb form (its lemma an
    infinitive other than itself, not a participle) followed within four words
    by a negator is negated, unless the negator is "niet alleen" (the caller
    leaves out a cue the scope rules already see negated).

    Examples
    --------
    >>> _negated_after("slaagt", ["niet", "alleen", "in", "de", "stad"])
    False
    >>> _negated_after("lukt", ["de", "gemeente", "niet", "om"])
    True
    >>> _negated_after("lukt", "het volgens de stichting niet om".split())
    True
    """
    if "volgens" in after[:3]:  # "lukt het volgens de stichting niet": a source put in
        at = after.index("volgens")
        after = after[:at] + after[at + 3 :]
    found = [i for i, w in enumerate(after[:4]) if w in neg.NEGATORS and w != "zonder"]
    if not found:
        return False
    if neg.not_negating(after[found[0] + 1 :]):
        return False  # "niet alleen … maar ook", "niet meer dan"
    from kg.extract.mentions import lemma_key

    lemma = lemma_key(word)
    return not (
        lemma == word or not lemma.endswith("en") or word.startswith("ge") or word.endswith("en")
    )
