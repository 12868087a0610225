"""Problems a claim names but does not state: negated, said to be no problem, or a label
word in another sense (:func:`denied`).

:func:`kg.extract.concerns.named` collects every problem a claim's mentions name;
:func:`denied` takes out those the claim denies, so that "Een wachtlijst is er niet"
has no waiting list among its concerns (the gold guideline: a denied problem is not a
concern). Negation is read clause by clause (:mod:`kg.extract.negation`), the
phrases of denial by :mod:`kg.extract.denials`.

Two readings of general Dutch deny a problem without a negator: a quantifier of
little before it, directly or through a noun of evidence ("weinig armoede", "weinig
signalen van armoede", "zelden meldingen van huiselijk geweld", "armoede komt weinig
voor": :func:`few_of`), and a predicate of solving after it ("de wachtlijst is
weggewerkt", "het tekort is verdwenen": :func:`solved`); the first does not hold for a
problem whose label names a lack ("weinig mantelzorg" states the lack). A problem
word that names an organisational unit after its type noun ("het team
schuldhulpverlening", "de afdeling inkoop") describes who does the work, not a
problem the claim discusses (:func:`kg.extract.problemwords.unit_name`). A problem
word that is one item of what a report lists ("een monitor met het aantal cliënten, de
wachttijden en de uitgaven") names a measure the report holds, not a problem the claim
raises (:func:`kg.extract.problemwords.listed_measure`; a field in a list with a law and
a channel of buying are in :mod:`kg.extract.problemwords` too).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract import denials
from kg.extract import negation as neg
from kg.extract.careproviders import care_providers
from kg.extract.keptservices import kept_service
from kg.extract.prefixscan import search
from kg.extract.problemsenses import other_sense
from kg.extract.problemwords import bought_via, field_of_law, listed_measure, unit_name
from kg.extract.tone import names_lack
from kg.extract.withoutphrases import closed_without
from kg.namespaces import CONCEPT

__all__ = [
    "bought_via",
    "cause",
    "denied",
    "few_of",
    "field_of_law",
    "group_without",
    "listed_measure",
    "negated",
    "not_so_much",
    "solved",
    "unit_name",
]


#: Words that open an embedded question or a subordinate clause the negation before
#: them does not reach ("niet duidelijk onder welke wet het vervoer …", "weet niet of …"):
#: what follows is asked about, not denied. ("dat" and "die" are left out: they open
#: what a negation denies, "er is geen gemeente die …".)
_EMBEDDING = frozenset(
    {"waar", "wat", "welke", "welk", "hoe", "wie", "wanneer", "waarom", "of", "hoeveel",
     "waarvoor", "waarmee", "waarin", "waaraan", "waarop", "waarover"}
)  # fmt: skip


def negated(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is negated in ``clause``, not inside a question the
    negation governs.

    "Het is niet duidelijk onder welke wet het vervoer valt" asks where
    transport belongs: the negation ("niet duidelijk") does not reach into the
    embedded question, so transport is discussed, not denied.

    Examples
    --------
    >>> s = "Het is niet duidelijk onder welke wet het vervoer valt."
    >>> at = s.index("vervoer")
    >>> negated(s, (0, len(s)), at, at + 7)
    False
    >>> s = "Een wachtlijst is er niet."
    >>> negated(s, (0, len(s)), 4, 14)
    True

    A negated noun with the problem after "voor" ("geen oplossing voor de wachtlijsten",
    "nauwelijks woningen voor statushouders") denies that noun, not the problem, which
    the claim discusses:

    >>> s = "Er is nog geen oplossing voor de wachtlijsten."
    >>> at = s.index("wachtlijsten")
    >>> negated(s, (0, len(s)), at, at + 12)
    False
    """
    if not (neg.negated(text, clause, start, end) or _closes_on_denial(text, clause, end)):
        return False
    if group_without(text, clause):
        return False  # "de banen voor mensen zonder diploma verdwijnen": no negation
    before = neg.words(text, clause[0], start)
    if _attribute(text, start, end) and neg.NEGATORS.isdisjoint(w for _, _, w in before):
        return False  # "Laaggeletterde inwoners begrijpen de brieven niet": the verb is
    last = max((k for k, (_, _, w) in enumerate(before) if w in neg.NEGATORS), default=None)
    if last is None:
        return True
    between = [w for _, _, w in before[last + 1 :]]
    if (
        before[last][2] == "zonder"
        and sum(w in neg.NEGATORS for _, _, w in before) == 1
        and closed_without(between)
    ):
        return False  # "zonder begeleiding snel schulden maken": the phrase closed
    if "voor" in between[1:]:
        return False  # "geen oplossing voor de wachtlijsten": the noun before "voor" is denied
    return not any(w in _EMBEDDING for w in between)


#: A group of people right before "zonder": the "zonder" phrase describes the group
#: ("ouders zonder werk", "jongeren zonder diploma"; ANS 8.8, the prepositional
#: post-modifier of a noun).
_GROUP_WITHOUT = re.compile(
    r"\b(?:mensen|jongeren|ouderen|kinderen|gezinnen|huishoudens|ouders)\s+zonder\b",
    re.IGNORECASE,
)


def group_without(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause's only negator is a "zonder" that describes a group of people
    ("de banen voor mensen zonder diploma verdwijnen", "ouders zonder werk zoeken later
    hulp"): it states what the group lacks and negates neither the clause's predicate nor
    the lack (a problem it names, "zonder werk", is stated).

    Examples
    --------
    >>> s = "De banen voor mensen zonder diploma verdwijnen."
    >>> group_without(s, (0, len(s)))
    True
    >>> s = "Er zijn geen jongeren zonder diploma."  # "geen" denies
    >>> group_without(s, (0, len(s)))
    False
    >>> s = "Zonder extra formatie lukt het de teams niet."
    >>> group_without(s, (0, len(s)))
    False
    """
    if "zonder" not in text[clause[0] : clause[1]].lower():
        return False  # the plain test first: most clauses hold no "zonder"
    if not _GROUP_WITHOUT.search(text, clause[0], clause[1]):
        return False
    found = [w for _, _, w in neg.words(text, clause[0], clause[1]) if w in neg.NEGATORS]
    return all(w == "zonder" for w in found)


#: "sprake" and the verb it is the noun of, closing a clause that opens with "van X"
#: ("van X is geen sprake", "van X willen zij niet spreken", Van Dale "spreken van").
_SPEAK = frozenset({"sprake", "spreken", "spreekt", "gesproken"})

#: Words a clause may close on after its negator: "is er niet meer", "niet langer".
_AFTER_NEGATOR = frozenset({"meer", "langer"})


def _closes_on_denial(text: str, clause: tuple[int, int], end: int) -> bool:
    """Whether the clause after ``end`` closes on a negator before "meer" or "langer", or
    before "aan de orde" (what is not at issue does not occur).

    >>> s = "Een wachtlijst is er niet meer."
    >>> _closes_on_denial(s, (0, len(s)), 14)
    True
    >>> s = "Wachtlijsten zijn niet aan de orde."
    >>> _closes_on_denial(s, (0, len(s)), 12)
    True
    >>> s = "De wachtlijst is niet meer dan een maand."
    >>> _closes_on_denial(s, (0, len(s)), 13)
    False
    >>> s = "Van wachtlijsten is geen sprake meer."
    >>> _closes_on_denial(s, (0, len(s)), 16)
    True
    >>> s = "Van een tekort willen de fracties niet spreken."
    >>> _closes_on_denial(s, (0, len(s)), 14)
    True
    """
    after = [w for _, _, w in neg.words(text, end, clause[1])]
    if after[-3:] == ["aan", "de", "orde"]:
        del after[-3:]
    while after and after[-1] in _AFTER_NEGATOR:
        after.pop()
    if after[-1:] and after[-1] in _SPEAK and _FRONTED_VAN.match(text, clause[0]):
        # "van wachtlijsten is … geen sprake meer": no case of it any longer; "van een
        # tekort willen zij niet spreken": they do not call it one
        return not neg.NEGATORS.isdisjoint(after[-3:-1])
    return bool(after) and after[-1] in neg.NEGATORS


#: A declined adjective right before a word (its noun): "laaggeletterde inwoners".
_ATTRIBUTE = re.compile(r"e\s[a-zà-ÿ]{3,}", re.IGNORECASE)


def _attribute(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` is a declined adjective before its noun
    ("Laaggeletterde inwoners …", "eenzame ouderen"): it describes who the clause is about,
    and a negator at the clause's end denies what they do, not the problem.

    >>> s = "Laaggeletterde inwoners begrijpen de brieven niet."
    >>> _attribute(s, 0, 14), _attribute("Een wachtlijst is er niet.", 4, 14)
    (True, False)
    """
    return " " not in text[start:end] and _ATTRIBUTE.match(text, end - 1) is not None


def denied(doc: Document, start: int, end: int, lexicon, mentions) -> set[str]:  # noqa: ANN001
    """Problems the claim denies: negated (unless they name a lack by the thing that lacks) or
    "not seen as a problem",
    and a label word in another sense (:func:`kg.extract.problemsenses.other_sense`:
    also a deficit's or a waiting list's word that names none).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.model import SentenceMention
    >>> text = "Een wachtlijst is er niet."
    >>> ms = [SentenceMention("p/wait", "problem", 4, 14, "wachtlijst", 0)]
    >>> sorted(denied(N(text=text), 0, len(text), N(entities={}), ms))
    ['p/wait']
    """
    out: set[str] = set()
    affirmed: set[str] = set()
    denials_at: dict[str, int] = {}  # the first denied mention of each problem
    affirmed_at: dict[str, list[int]] = {}  # the other mentions of each problem
    problems = [m for m in mentions if m.kind == "problem"]
    if not problems:
        return out  # most claims name none: their clauses are not read
    text = doc.text
    spans = neg.clauses(text, start, end)
    for m in problems:
        clause = denial_clause(text, spans, neg.clause_of(spans, m.start))
        label = lexicon.entities[m.entity].label if m.entity in lexicon.entities else ""
        piece = text[clause[0] : clause[1]].lower()  # the words the two readings need
        if (
            (
                (not names_lack(label) or _names_its_lack(m.text))
                and (
                    negated(text, clause, m.start, m.end)
                    or (any(w in piece for w in _FEW) and few_of(text, clause, m))
                )
            )
            or denials.denied_at(text, clause, m.start, m.end)
            or not_so_much(text, start, end, m.start)
            or other_sense(text, (start, end), m, doc)
            or (
                any(w in piece for w in _SOLVED)
                and solved(text, clause, m.end)
                and not cause(text, clause, m.start)
            )
            or unit_name(text, m.start)
            or listed_measure(text, start, m.start, m.end)
            or field_of_law(text, m, mentions)
            or bought_via(text, m, mentions)
            or kept_service(text, clause, m)  # "de huishoudelijke hulp werd niet versoberd"
            or (m.entity == _MENTAL_HEALTH and bool(care_providers(text, [m])))
        ):
            out.add(m.entity)
            denials_at.setdefault(m.entity, m.start)
        else:
            affirmed.add(m.entity)
            affirmed_at.setdefault(m.entity, []).append(m.start)
    # a problem named again and not denied there is discussed ("geen wachtlijsten, wel
    # enige wachttijd"), unless it is named again only in the question the denial answers
    # or in the evidence for the denial (:func:`beside_denial`)
    return out - {
        e
        for e in affirmed
        if e not in out
        or not all(beside_denial(text, denials_at[e], at, end) for at in affirmed_at[e])
    }


#: A word that sets what follows against a denial ("maar", "wel", "toch"): the problem
#: after it is stated, not the denial's evidence.
_AGAINST = re.compile(r"\b(?:maar|wel|w\u00e9l|toch|echter)\b", re.IGNORECASE)


def beside_denial(text: str, denial: int, at: int, end: int) -> bool:
    """Whether the problem named at ``at`` only accompanies its denial at ``denial``: in
    the question before it that the denial answers ("Wordt eenzaamheid als probleem
    gezien? Eenzaamheid is geen groot probleem"), or in the evidence after a colon that
    follows the denial ("X is geen groot probleem meer: het aantal X daalde"), unless a
    word of contrast sets that evidence against the denial (up to the claim's ``end``).

    A question asks and evidence after a colon supports what the clause before it says
    (ANS: the colon introduces an explanation); neither states the problem again.

    Examples
    --------
    >>> s = "Is armoede een probleem? Armoede is hier geen groot probleem."
    >>> beside_denial(s, s.index("Armoede"), s.index("armoede"), len(s))
    True
    >>> s = "Schooluitval is geen probleem meer: het aantal schoolverlaters daalde."
    >>> beside_denial(s, 0, s.index("schoolverlaters"), len(s))
    True
    >>> s = "Armoede is geen groot probleem: wel zien zij armoede bij gezinnen."
    >>> beside_denial(s, 0, s.rindex("armoede"), len(s))
    False
    >>> s = "Wachtlijsten zijn er niet, maar er is een wachtlijst voor begeleiding."
    >>> beside_denial(s, 0, s.rindex("wachtlijst"), len(s))
    False
    """
    if at < denial:
        return "?" in text[at:denial]
    colon = text.find(":", denial, at)
    return colon >= 0 and _AGAINST.search(text, colon, end) is None


#: The first member of a corrective contrast: "niet zozeer A als wel B" / "niet zozeer A,
#: maar B" / "niet zo zeer A als B" (A up to the "als", the "maar" or the clause's end).
_NOT_SO_MUCH = re.compile(
    r"\bniet\s+zo\s?zeer\b(.*?)(?=\bals\b|\bmaar\b|[;:.?!]|$)", re.IGNORECASE | re.DOTALL
)


def not_so_much(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` stands in the first member of a corrective contrast in ``text[start:end]``.

    "Niet zozeer A als wel B" denies A and states B in its place (ANS: "niet zozeer …
    als (wel)", the corrective "niet … maar"): a problem of A is not what the claim
    raises; one of B is. A cheap test ("zeer" in the claim) comes first.

    Examples
    --------
    >>> s = "Het Rijk gaf niet zozeer te weinig geld als wel te laat duidelijkheid."
    >>> not_so_much(s, 0, len(s), s.index("weinig")), not_so_much(s, 0, len(s), s.index("laat"))
    (True, False)
    >>> s = "Het is niet zo zeer een tekort, maar een kwestie van timing."
    >>> not_so_much(s, 0, len(s), s.index("tekort"))
    True
    >>> s = "Het tekort is niet zeer groot."
    >>> not_so_much(s, 0, len(s), s.index("tekort"))
    False
    """
    if "zeer" not in text[start:end].lower():
        return False
    return any(m.start(1) <= at < m.end(1) for m in _NOT_SO_MUCH.finditer(text, start, end))


#: The problem a mental-health care form ("jeugd-ggz") names as a label: not where the
#: text speaks of the care's providers ("de wachttijden bij de jeugd-ggz", "verwijzen naar
#: de jeugd-ggz", :func:`kg.extract.careproviders.care_providers`): a wait or a referral at
#: a provider discusses the care, not the children's psychological problems (gold decision
#: 8 of the twenty-seventh session); the providers are the concern.
_MENTAL_HEALTH = CONCEPT + "problem/mental-health"

#: Words of lack or shortage in a mention of a lack problem ("woningtekort", "tekort aan
#: vrijwilligers", "woningnood", "personeelskrapte"), and of the overload a shortage of
#: staff brings ("overuren", "overbelaste wijkteams"): a negator denies them too ("er
#: worden geen overuren gemaakt").
_LACK_WORDS = (
    "tekort", "gebrek", "schaarste", "krapte", "krappe", "nood", "onderbezet", "overuren",
    "overwerk", "overbelast", "overvraagd",
)  # fmt: skip


def _names_its_lack(written: str) -> bool:
    """Whether the mention of a lack problem names the lack itself ("tekort aan woningen"),
    which a negator denies as any problem ("een tekort aan woningen is er niet"), not the
    thing that lacks ("beschut werk", "mantelzorg"), which a negator states is lacking
    ("er is geen beschut werk").

    >>> _names_its_lack("tekort aan woningen"), _names_its_lack("beschut werk")
    (True, False)
    >>> _names_its_lack("overuren")
    True
    """
    low = written.lower()
    return any(w in low for w in _LACK_WORDS)


#: Quantifiers of little: "weinig armoede" says there is little of it.
_FEW = frozenset({"weinig", "zelden", "nauwelijks", "amper"})
#: Nouns of evidence between the quantifier and the problem ("weinig signalen van
#: armoede"), and the prepositions that join them.
_EVIDENCE = frozenset(
    {"signalen", "signaal", "aanwijzingen", "aanwijzing", "tekenen", "meldingen",
     "melding", "gevallen", "sprake", "klachten"}
)  # fmt: skip
_OF = frozenset({"van", "voor", "op", "over", "met"})
#: Words that may stand between a preposition and its noun.
_OPENERS = frozenset({"de", "het", "een", "echte", "grote", "ernstige", "acute"})
#: The verb and particle of occurrence: "armoede komt weinig voor".
_OCCUR = frozenset({"komt", "komen", "kwam", "kwamen", "voorkomt", "voorkomen"})


def few_of(text: str, clause: tuple[int, int], mention) -> bool:  # noqa: ANN001
    """Whether the clause says there is little of the problem ``mention`` names.

    "Weinig" right before the problem (an adjective may stand between), or before a
    noun of evidence that governs it ("weinig signalen van armoede"), and "komt weinig
    voor" after it; "te weinig" states a shortfall, not a denial.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> def few(s, word):
    ...     at = s.index(word)
    ...     return few_of(s, (0, len(s)), M("p", "problem", at, at + len(word), word, 0))
    >>> few("Er zijn weinig signalen van armoede.", "armoede")
    True
    >>> few("Er is weinig armoede in de dorpen.", "armoede")
    True
    >>> few("Armoede komt in de gemeente weinig voor.", "Armoede")
    True
    >>> few("Er is te weinig aandacht voor armoede.", "armoede")
    False
    >>> few("Er is veel armoede.", "armoede")
    False
    >>> few("Van armoede is weinig sprake.", "armoede")
    True
    """
    before = [w for _, _, w in neg.words(text, clause[0], mention.start)][-5:]
    while before and before[-1] in _OPENERS:
        before.pop()
    if len(before) >= 3 and before[-1] in _OF and before[-2] in _EVIDENCE:
        before = before[:-2]
    elif before and before[-1].endswith("e") and before[-1] not in _FEW:
        before.pop()  # an adjective: "weinig echte armoede"
    if before and before[-1] in _FEW:
        return len(before) < 2 or before[-2] != "te"
    after = [w for _, _, w in neg.words(text, mention.end, clause[1])]
    if _FEW.isdisjoint(after):
        return False
    # "komt weinig voor"; "van armoede is weinig sprake" (the problem before "sprake")
    k = next(k for k, w in enumerate(after) if w in _FEW)
    return not _OCCUR.isdisjoint(after) or ("sprake" in after[k:] and after[k - 1 : k] != ["te"])


#: Predicates that say a problem is over ("de wachtlijst is weggewerkt"), and the last
#: word of the idioms that put it in the past ("is verleden tijd", "behoort tot het
#: verleden").
_SOLVED = frozenset(
    {"opgelost", "weggewerkt", "verdwenen", "verholpen", "weggenomen", "opgeheven", "verleden"}
)
#: Words between the problem and its predicate that keep it open: a negator, a modal
#: verb, "nog" ("nog niet weggewerkt") or an infinitive's "te", "worden" of a plan.
_OPEN = frozenset(
    {"moet", "moeten", "moest", "moesten", "kan", "kunnen", "zal", "zullen", "wil",
     "willen", "nog", "te", "worden", "om", "zou", "zouden", "hoopt", "hopen"}
)  # fmt: skip


def solved(text: str, clause: tuple[int, int], end: int) -> bool:
    """Whether the clause says the problem named before ``end`` is solved.

    Examples
    --------
    >>> s = "De wachtlijst voor de schuldhulpverlening is inmiddels weggewerkt."
    >>> solved(s, (0, len(s)), s.index(" voor"))
    True
    >>> s = "De wachtlijst is nog niet weggewerkt."
    >>> solved(s, (0, len(s)), s.index(" is"))
    False
    >>> s = "De wachtlijst moet worden weggewerkt."
    >>> solved(s, (0, len(s)), s.index(" moet"))
    False
    >>> s = "Wachtlijsten behoren tot het verleden."
    >>> solved(s, (0, len(s)), s.index(" behoren"))
    True
    >>> s = "Wachtlijsten waren in het verleden een probleem."
    >>> solved(s, (0, len(s)), s.index(" waren"))
    False
    """
    after = [w for _, _, w in neg.words(text, end, clause[1])][:10]
    for k, word in enumerate(after):
        if word == "verleden" and not (
            after[k + 1 : k + 2] == ["tijd"] or after[max(k - 2, 0) : k] == ["tot", "het"]
        ):
            continue  # "in het verleden" dates, it does not close
        if word in _SOLVED:
            between = set(after[:k])
            return (
                between.isdisjoint(_OPEN)
                and between.isdisjoint(neg.NEGATORS)
                and not (neg.hypothetical(text, clause) and not _almost(text, clause))
            )
    return False


_ALS = re.compile(r"\bals\b", re.IGNORECASE)
_ALMOST = re.compile(r"\bzo goed als\b", re.IGNORECASE)


def denial_clause(
    text: str, spans: list[tuple[int, int]], clause: tuple[int, int]
) -> tuple[int, int]:
    """The clause, joined to the next when it ends in the "zo goed" of "zo goed als"
    (almost), which the clause cuts read as an "als" opening a clause, or when it opens
    with a "van" phrase that the next clause denies any case of.

    >>> s = "De wachtlijsten zijn zo goed als verdwenen."
    >>> denial_clause(s, [(0, 28), (28, len(s))], (0, 28))
    (0, 43)

    A fronted "van" phrase the cuts part at "of" goes on to its closing denial:

    >>> s = "Van wachtlijsten voor hulp of hulpmiddelen is geen sprake."
    >>> denial_clause(s, [(0, 26), (26, len(s))], (0, 26))
    (0, 58)

    A clause that opens on "niet als" goes on from a subject an aside parted from it:

    >>> s = "Eenzaamheid wordt, anders dan elders, niet als probleem gezien."
    >>> denial_clause(s, [(0, 17), (19, 36), (38, len(s))], (0, 17))
    (0, 63)

    and past an attribution set off by commas:

    >>> s = "Van wachtlijsten is inmiddels, volgens de teamleiders, geen sprake meer."
    >>> denial_clause(s, [(0, 28), (30, 53), (55, len(s))], (0, 28))
    (0, 72)
    """
    almost = search(_ALMOST_END, text, *clause) is not None  # at its words only
    later = [span for span in spans if span[0] >= clause[1]]
    for span in later[:2]:
        if _AS_DENIAL.match(text, span[0], span[1]):
            return clause[0], span[1]  # "… wordt door X, anders dan elders, niet als … gezien"
    if almost or _FRONTED_VAN.match(text, clause[0]):
        later = [span for span in spans if span[0] >= clause[1]]
        if later and almost:
            return clause[0], later[0][1]
        # the denial may follow an attribution set off by commas ("…, volgens de
        # teamleiders, geen sprake meer")
        if later[1:] and _ASIDE.match(text, later[0][0], later[0][1]):
            later = later[1:]
        if later and _NO_CASE_END.search(text, later[0][0], later[0][1]):
            return clause[0], later[0][1]
    return clause


_ALMOST_END = re.compile(r"\bzo goed\s*$", re.IGNORECASE)
#: A clause that opens on the negated "als" of "(niet) als probleem zien/beschouwen/
#: ervaren": no clause can start on it, so it goes on from the subject before an aside
#: ("Eenzaamheid wordt door X, anders dan in andere gemeenten, niet als probleem gezien").
_AS_DENIAL = re.compile(r"\W*(?:niet|nauwelijks|amper|nooit)\s+als\b", re.IGNORECASE)
#: A fronted "van" phrase of coordinated nouns ("Van wachtlijsten voor hulp of hulpmiddelen
#: is geen sprake") that the clause cuts part at "of" or "en": joined to the clause that
#: closes on the denial of any case (:func:`kg.extract.negation.negated`).
_FRONTED_VAN = re.compile(r"\s*van\s", re.IGNORECASE)
_NO_CASE_END = re.compile(
    r"\b(?:geen|nauwelijks|amper|zelden|nooit)\s+(?:\w+\s+)?sprake(?:\s+meer)?\W*$",
    re.IGNORECASE,
)
#: A clause that is only an attribution set off by commas ("volgens de teamleiders",
#: "naar eigen zeggen", "zo zeggen zij"): the clause around it goes on after it.
_ASIDE = re.compile(
    r"\W*(?:volgens|aldus|naar\s+(?:eigen\s+zeggen|(?:de|het)\s+oordeel)|zo\s+\w+\s+\w+)\b[^,;:.?!]*$",
    re.IGNORECASE,
)


def _almost(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause's only "als" is the one of "zo goed als" (almost), not an "if".

    >>> s = "De wachtlijsten zijn zo goed als verdwenen."
    >>> _almost(s, (0, len(s))), _almost("Als het lukt, is het zo goed als klaar.", (0, 39))
    (True, False)
    """
    piece = text[clause[0] : clause[1]]
    return _ALMOST.search(piece) is not None and len(_ALS.findall(piece)) == 1


#: A causal preposition (with an article and an adjective) right before a problem: the
#: problem is the cause of what the clause says is over, not its subject.
_CAUSE = re.compile(
    r"\b(?:door|dankzij|vanwege|ondanks|sinds|na)\s+"
    r"(?:(?:de|het|een|deze|dit|die|dat)\s+)?(?:\w+e\s+)?$",
    re.IGNORECASE,
)


def cause(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the problem at ``start`` is the object of a causal preposition.

    "Door de aanbesteding zijn aanbieders verdwenen": the tendering made providers
    disappear; it is not itself over, so a predicate of solving does not deny it.

    Examples
    --------
    >>> s = "Door de aanbesteding zijn vertrouwde aanbieders verdwenen."
    >>> cause(s, (0, len(s)), s.index("aanbesteding"))
    True
    >>> s = "De wachtlijst is verdwenen."
    >>> cause(s, (0, len(s)), s.index("wachtlijst"))
    False
    """
    return bool(_CAUSE.search(text, max(clause[0], start - 40), start))
