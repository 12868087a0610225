"""What a clause implies without a judgement word: the tone of Dutch idiom and verb classes.

A clause can carry tone in its grammar or its verb rather than in an
evaluative word (those are data in ``ontology/tone.ttl``):

Excess and delay
    "te" + adjective ("te ingewikkeld") and "pas" + a late time ("pas maanden
    later") say there is too much or it comes too late.
Need and scarcity
    What should be ("zou … moeten", "is hard nodig") and "weinig", "amper"
    (:mod:`kg.extract.scarcity`) say the present falls short.
Removal, growth and initiative
    Verbs of solving ("is weggewerkt"), of increase ("neemt toe", "stijgt")
    and of setting something going ("is opgezet", "zet in op", "draait een
    proef") in their common forms.

The scope words (negators, clauses, supposition) are :mod:`kg.extract.negation`.
"""

from __future__ import annotations

import re

from kg.extract import contrastedclaims
from kg.extract import negation as neg
from kg.extract.lateness import _LATE as _LATE
from kg.extract.lateness import late as late
from kg.extract.nounforms import lemma_key
from kg.extract.prefixscan import finditer, may_hold_in, search
from kg.vocab import Polarity

#: Modal verbs of obligation and intent: the thing is not done yet.
_MODAL = frozenset({"moet", "moeten", "moest", "moesten", "wil", "willen", "wilde", "wilden",
                    "gaat", "gaan", "kan", "kunnen", "zal", "zullen"})  # fmt: skip


_EXCESS = re.compile(r"(?:\(te\)|\bte)\s+([a-zà-ÿ]+)\b", re.IGNORECASE)


def excess(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of "te" + adjective (too much of something): "te ingewikkeld", "te weinig".

    An infinitive after "te" ("te maken", "te gaan", "te zijn"; "te klein" is an excess)
    is not excess, nor is "te vroeg" to judge ("te vroeg om te zeggen of …", "het is daarvoor
    nog te vroeg").

    Examples
    --------
    >>> s = "Het model is te ingewikkeld om uit te leggen."
    >>> [s[a:b] for a, b in excess(s, 0, len(s))]
    ['te ingewikkeld']
    >>> excess("Het team is te klein.", 0, 21), excess("Het is fijn te zijn.", 0, 20)
    ([(12, 20)], [])
    """
    found = []
    for m in finditer(_EXCESS, text, start, end):
        word = m.group(1).lower()
        if word.endswith(("en", "aan", "zijn")) or (
            word == "vroeg" and neg.word_after(text, m.end()) in ("om", "voor", "")
        ):
            continue
        found.append((m.start(), m.end()))
    return found


_OUGHT = re.compile(
    r"\b(?:zou|zouden)\b[^,;:]*\b(?:moeten|horen)\b|\b(?:moet|moeten)\b[^,;:]*\b(?:beter|meer|eerder)\b"
    # a need for more states a shortfall: "er zijn steeds meer vrijwilligers nodig"
    r"|\b(?:meer|extra)\b[^,;:]*\bnodig\b"
    # an urgent need states a shortfall too: "een omslag is hard nodig"
    r"|\b(?:hard|dringend|hoognodig|broodnodig)\s+nodig\b|\b(?:hoognodig|broodnodig)\b"
    # a need of more: "er is behoefte aan meer overleg"
    r"|\bbehoefte\s+aan\s+(?:meer|extra|betere)\b"
    # what still has to happen has not: "de antwoorden moeten nog komen" ("moet nog
    # blijken" only asks whether something holds)
    r"|\b(?:moet|moeten|moest|moesten)\b[^,;:]*\bnog\s+(?!blijken\b|bezien\b)[a-zà-ÿ]"
    # and in a subordinate clause: "(hoewel) er nog veel moet gebeuren"
    r"|\bnog\s+(?:veel|heel\s+wat|wat|een\s+hoop)\s+(?:moet|moeten)\s+(?!blijken\b)[a-zà-ÿ]",
    re.IGNORECASE,
)


def ought(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says what should be ("zou … moeten"): the status quo falls short.

    Examples
    --------
    >>> s = "Het Rijk zou meer ruimte moeten geven."
    >>> ought(s, (0, len(s)))
    True
    >>> s = "De gemeente moet een plan maken."
    >>> ought(s, (0, len(s)))
    False
    >>> s = "Er zijn steeds meer vrijwilligers nodig."
    >>> ought(s, (0, len(s)))
    True
    >>> s = "Een omslag in het denken is hard nodig."
    >>> ought(s, (0, len(s)))
    True
    >>> s = "De antwoorden van het ministerie moeten nog komen."
    >>> ought(s, (0, len(s)))
    True
    >>> s = "Of dat werkt, moet nog blijken."
    >>> ought(s, (s.index("moet"), len(s)))
    False
    """
    return bool(search(_OUGHT, text, *clause))


#: Verbs that take a difficulty away ("de achterstand is weggewerkt"): general Dutch
#: verbs of solving, removing and lowering, in their common forms ("voorkomen" is left
#: out: it also means "occur").
_REMOVAL = re.compile(
    r"\b(?:weggewerkt|wegwerken|werkt\s+(?:\w+\s+){0,3}weg|opgelost|oplossen"
    r"|lost\s+(?:\w+\s+){0,3}op|verholpen|verhelpen|weggenomen|wegnemen"
    r"|neemt\s+(?:\w+\s+){0,3}weg|teruggedrongen|terugdringen"
    r"|verlaagt|verlaagd|verlagen|verminderd|verminderen|vermindert"
    # a lag made up: "de achterstand is ingehaald"
    r"|ingehaald|inhalen|haalt\s+(?:\w+\s+){0,3}in|ingelopen|inlopen"
    # a difficulty that shrinks or a debt paid off: "de wachtlijst slinkt", "is afgelost"
    r"|slinkt|slinken|slonk|slonken|geslonken|afgelost|aflossen"
    # a difficulty that disappears: "de wachtlijst verdwijnt", "de drempel valt weg"
    r"|verdwijnt|verdwijnen|verdween|verdwenen|(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){0,3}weg"
    # the joined forms of a subordinate clause: "wat drempels wegneemt", "dat het oplost"
    r"|wegneemt|wegnam|wegnamen|oplost|oploste|oplosten|wegwerkt|terugdringt|inhaalt|aflost"
    # a threat averted: "het dreigende tekort is afgewend"
    r"|afgewend|afwenden|afwendt|af\s+te\s+wenden|wendt\s+(?:\w+\s+){0,3}af"
    r"|wegvalt|wegviel|wegvielen)\b",
    re.IGNORECASE,
)


def removed(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says a difficulty is taken away ("is weggewerkt", "verlaagt").

    A negative word in such a clause names what was solved: the clause is positive.
    A removal negated right before its verb is none ("de wachtlijsten zijn niet
    verdwenen", "is nog niet opgelost").

    Examples
    --------
    >>> s = "Inmiddels is de achterstand weggewerkt."
    >>> removed(s, (0, len(s)))
    True
    >>> s = "Daarmee zijn de wachtlijsten niet verdwenen."
    >>> removed(s, (0, len(s)))
    False
    >>> s = "Het tekort kon niet worden weggewerkt."
    >>> removed(s, (0, len(s)))
    False
    >>> s = "dat het tekort niet snel verdwijnt."
    >>> removed(s, (0, len(s)))
    False
    """
    for m in finditer(_REMOVAL, text, *clause):
        before = [w for _a, _b, w in neg.words(text, clause[0], m.start())[-3:]]
        while before and (before[-1] in _AUXILIARIES or before[-1] in _MANNER):
            before.pop()  # "kon niet worden weggewerkt", "verdwijnt niet snel": the negator
            # before the auxiliaries and the words of manner
        if not (before and before[-1] in neg.NEGATORS):
            return True
    return False


#: Auxiliaries between a negator and a verb of removal ("kon niet worden weggewerkt").
_AUXILIARIES = frozenset({"worden", "wordt", "werd", "werden", "zijn", "is", "was", "te"})
#: Words of manner and speed between a negator and a removal ("zal niet snel verdwijnen").
_MANNER = frozenset({"snel", "zomaar", "meteen", "direct", "helemaal", "volledig", "vanzelf"})


#: Words of loss ("is nu weg", "verdwenen", "valt weg", "ontbreekt"): general Dutch verbs
#: of losing, ending and missing, in their common forms.
_LOSS = re.compile(
    r"\b(?:is|zijn|was|waren|raakt|raken|raakte|raakten)\s+(?:\w+\s+){0,2}weg\b"
    r"|\b(?:verdwenen|verdwijnt|verdwijnen|weggevallen|kwijtgeraakt)\b"
    # what is lost or gone astray: "heeft het overzicht verloren", "verliest de grip"
    r"|\b(?:kwijt|verliest|verliezen|verloor|verloren)\b"
    # what was expected and fails to come is missing too: "de besparing bleef uit"
    r"|\b(?:blijft|blijven|bleef|bleven)\s+(?:\w+\s+){0,3}uit\b|\buitgebleven\b"
    r"|\b(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){0,3}weg\b"
    # what is missing is lost too: "een goede oplossing ontbreekt"
    r"|\b(?:ontbreekt|ontbreken|ontbrak|ontbraken|ontbroken)\b"
    # and so is what is missed or lacked: "ambtenaren missen een goed overzicht"
    r"|\b(?:mist|missen|miste|misten|gemist|ontbeert|ontberen|mankeert|mankeren)\b"
    # and what is damaged: "het vertrouwen heeft een deuk opgelopen", "is geschaad"
    r"|\b(?:deuk|geschaad|geschonden|aangetast|ondermijnd|ondermijnt)\b",
    re.IGNORECASE,
)


def lost(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says something is lost or gone ("is nu weg", "valt weg").

    A good thing in such a clause names what was lost: the clause is negative,
    the counterpart of :func:`removed`.

    Examples
    --------
    >>> s = "Het snelle schakelen is nu weg."
    >>> lost(s, (0, len(s)))
    True
    >>> s = "Het loket is goed bereikbaar."
    >>> lost(s, (0, len(s)))
    False

    A loss negated or diminished before its last word in the clause is none ("er
    ging niets verloren", "er gingen minder banen verloren dan gevreesd", "de besparing
    bleef niet uit"); "zonder" names a cause ("zonder hulp raakt de gemeente het
    overzicht kwijt").

    >>> s = "Er gingen minder banen in de zorg verloren dan gevreesd."
    >>> lost(s, (0, len(s)))
    False
    """
    m = search(_LOSS, text, *clause)
    while m is not None:
        if _NOT_LOST.isdisjoint(w for _, _, w in neg.words(text, clause[0], m.end())[:-1]):
            return True
        m = search(_LOSS, text, m.end(), clause[1])
    return False


#: Words that keep a loss after them from being one (:func:`lost`).
_NOT_LOST = (neg.NEGATORS | neg.DIMINISHERS) - {"zonder"}


#: Verbs and phrases of growth ("neemt toe", "stijgt", "steeds meer"): general Dutch
#: verbs of increase in their common forms.
_GROWTH = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,8}toe\b|\btoe(?:neemt|nemen|genomen|name)\b"
    r"|\b(?:stijgt|stijgen|steeg|stegen|gestegen|groeit|groeien|groeide|groeiden|gegroeid)\b"
    r"|\b(?:loopt|lopen|liep|liepen)\s+(?:\w+\s+){0,3}op\b|\bopgelopen\b"
    r"|\bsteeds\s+(?:meer|vaker|groter)\b",
    re.IGNORECASE,
)


def grows(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says something increases ("neemt snel toe", "stijgt").

    A difficulty that grows is a worse difficulty: words of speed or degree in
    that clause ("snel", "sterk") measure the growth and do not approve it.

    Examples
    --------
    >>> s = "Het aantal inwoners met schulden neemt snel toe."
    >>> grows(s, (0, len(s)))
    True
    >>> s = "Het loket neemt de telefoon snel op."
    >>> grows(s, (0, len(s)))
    False
    """
    return bool(search(_GROWTH, text, *clause))


#: Staff and capacity ("formatieplaatsen", "consulenten", "fte"), after "extra".
_STAFF = (
    r"(?:[\w-]+\s+)?(?:fte|formatie\w*|medewerkers?|consulenten|krachten|capaciteit"
    r"|personeel|handen)"
)
#: Verbs of launching and setting up ("is opgezet", "zet in op", "draait een proef"):
#: general Dutch verbs of initiative, in their participles and finite forms; and extra
#: staff or capacity obtained (got, attracted, granted: not asked for or needed).
_INITIATIVE = re.compile(
    r"\b(?:opgezet|opgericht|opgestart|ingevoerd|ingericht|gestart|ingebouwd|uitgebouwd|ontwikkeld"
    r"|gerealiseerd|geïnvesteerd|uitgebreid|opgesteld|geïntroduceerd|in\s+gang\s+gezet"
    r"|(?:zet|zetten|zette|zetten)\s+(?:\w+\s+){0,3}in\s+op|ingezet\s+op"
    r"|(?:draait|draaien|loopt|lopen)\s+(?:\w+\s+){0,6}(?:proef|pilot|experiment)"
    r"|(?:nam|namen|neemt|nemen)\s+(?:\w+\s+){0,2}(?:het\s+)?(?:initiatief|voortouw|lead)"
    # extra staff or capacity obtained ("kreeg twee extra consulenten", "extra fte toegekend")
    r"|(?:kreeg|kregen|krijgt|krijgen|gekregen|trok|trokken|aangetrokken)\b[^.;:,]{0,60}?"
    r"\bextra\s+" + _STAFF + r"|\bextra\s+" + _STAFF + r"\b[^.;:,]{0,60}?"
    r"\b(?:gekregen|aangetrokken|toegekend|bijgekomen))\b",
    re.IGNORECASE,
)


def initiative(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause reports something set going ("is opgezet", "zet in op").

    Stated as a fact (not supposed), a new arrangement reads as progress; the
    tone rules use it only in a clause with no judgement word.

    Examples
    --------
    >>> s = "Er is een buurtloket opgezet."
    >>> initiative(s, (0, len(s)))
    True
    >>> s = "Misschien wordt er een buurtloket opgezet."
    >>> initiative(s, (0, len(s)))
    False
    >>> s = "Er moet een buurtloket worden opgezet."
    >>> initiative(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    if not found or neg.opens_open_question(text, clause) or any(w in _MODAL for w in found):
        return False  # "of de proef wordt uitgebreid", "die opgezet moeten worden"
    return bool(search(_INITIATIVE, text, *clause)) and not neg.hypothetical(text, clause)


#: Predicates that name a subject as the focus or a factor ("staat centraal", "speelt een
#: rol"): general Dutch phrases of attention, in their common forms.
_FRAMED = re.compile(
    r"\b(?:sta(?:at|an)|stond(?:en)?)\s+(?:\w+\s+){0,5}?centraal\b"
    r"|\b(?:speelt|spelen|speelde|speelden)\b[^.;:?!]{0,160}?\b(?:een|geen)\s+(?:\w+\s+)?rol\b"
    r"|\b(?:een|geen)\s+(?:\w+\s+)?rol\s+(?:\w+\s+){0,2}(?:speelt|spelen|speelde|speelden)\b",
    re.IGNORECASE,
)


def framed(text: str, start: int, end: int) -> bool:
    """Whether the claim names its subject as the focus or a factor ("staat centraal").

    A problem named so is the topic of attention, not a difficulty the claim states
    ("de belasting van mantelzorgers staat centraal", "de vergrijzing speelde een rol").

    Examples
    --------
    >>> s = "In het beleid staat de eenzaamheid van ouderen centraal."
    >>> framed(s, 0, len(s))
    True
    >>> s = "Daarnaast speelde de vergrijzing een rol."
    >>> framed(s, 0, len(s))
    True
    >>> s = "De eenzaamheid onder ouderen neemt toe."
    >>> framed(s, 0, len(s))
    False

    A role denied ("speelt geen rol", "speelt nauwelijks een rol") frames nothing: the
    problem is denied (:func:`kg.extract.denials.no_problem`).

    >>> framed("Armoede speelt nauwelijks een rol.", 0, 34)
    False
    """
    m = search(_FRAMED, text, start, end)
    return m is not None and neg.NEGATORS.isdisjoint(w for _, _, w in neg.words(text, *m.span()))


#: An intended extension ("wil de monitor aanvullen", "wil meer gebruikmaken van"): a form
#: of "willen" with a general Dutch verb of extending or adding, or "meer" + a verb of use.
_PLAN = re.compile(
    r"\b(?:wil|willen|wilde|wilden)\b[^,;:]*?\b(?:aanvullen|uitbreiden|verbreden|uitbouwen"
    r"|intensiveren|ontwikkelen|meer\s+(?:gebruikmaken|gebruik\s+maken|inzetten|benutten)"
    # "wil vanaf 2017 ook de ervaringen van inwoners meten": a measure or a party added
    r"|ook\s+(?:[\w-]+\s+){0,6}?(?:meten|volgen|bijhouden|monitoren|betrekken|bevragen"
    r"|aansluiten))\b",
    re.IGNORECASE,
)


def plans(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause states an intended extension ("wil de monitor aanvullen").

    Like something set going (:func:`initiative`), an extension the speaker means
    to make reads as progress; the tone rules use it only in a clause with no
    judgement word, and not negated ("wil de samenwerking niet uitbreiden").

    Examples
    --------
    >>> s = "Het college wil de monitor aanvullen met verhalen van inwoners."
    >>> plans(s, (0, len(s)))
    True
    >>> s = "Het college wil de samenwerking niet uitbreiden."
    >>> plans(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    if any(w in neg.NEGATORS for w in found) or neg.hypothetical(text, clause):
        return False
    return bool(search(_PLAN, text, *clause))


#: Verbs of obligation and requirement ("moet worden verbeterd", "vergt goede
#: afstemming"): what follows them is what should be, not what is.
_OBLIGATION = frozenset(
    {"moet", "moeten", "moest", "moesten", "dient", "dienen", "diende", "dienden", "vergt",
     "vergen", "vergde", "vereist", "vereisen", "vereiste", "vraagt"}
)  # fmt: skip
#: Forms of "vragen" that oblige with "om" after them ("vragen om goede afstemming").
_ASKING = frozenset({"vragen", "vroeg", "vroegen"})
#: The words :func:`obliged` needs one of (a gate: a clause with none states no obligation).
OBLIGING_WORDS = _OBLIGATION | _ASKING


def obliged(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause states an obligation or a requirement ("moet", "vergt", "vraagt om").

    Examples
    --------
    >>> s = "De toegang tot de zorg moet worden verbeterd."
    >>> obliged(s, (0, len(s)))
    True
    >>> s = "Dat vragen om goede afstemming."
    >>> obliged(s, (0, len(s)))
    True
    >>> s = "Raadsleden stellen vragen over de regels."
    >>> obliged(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    return any(
        w in _OBLIGATION or (w in _ASKING and found[i + 1 : i + 2] == ["om"])
        for i, w in enumerate(found)
    )


def comparative(word: str) -> bool:
    """Whether a judgement word is a comparative ("beter", "eenvoudiger"): more of it is meant.

    Examples
    --------
    >>> comparative("eenvoudiger"), comparative("beter"), comparative("helder")
    (True, True, False)
    """
    word = word.lower()
    return word in neg.COMPARATIVES or (word.endswith("er") and lemma_key(word) != word)


#: Help or a step that came within a short time ("binnen twee dagen", "dezelfde dag nog"):
#: "binnen" + a small count + a unit of time, the counterpart of :func:`late`.
_PROMPT = re.compile(
    r"\bbinnen\s+(?:een|één|twee|drie|vier|enkele|een\s+paar|[0-9]+)\s+"
    r"(?:uur|dag|dagen|werkdag|werkdagen|week|weken)\b"
    r"|\bdezelfde\s+dag\s+nog\b|\bnog\s+dezelfde\s+dag\b",
    re.IGNORECASE,
)
#: Words of a rule or a norm: a term set by rule is no report of speed.
_NORM = frozenset({"termijn", "wettelijk", "wettelijke", "uiterlijk", "norm", "regel", "regels"})
#: Words that make a short time no report of speed: a modal, an obligation, a norm, a negator.
_NOT_PROMPT = _MODAL | _OBLIGATION | _NORM | neg.NEGATORS


def prompt(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause reports something done within a short time ("binnen twee dagen").

    Stated as a fact: not under a modal or an obligation ("moet binnen zes weken"),
    not a term set by rule ("de wettelijke termijn van binnen acht weken").

    Examples
    --------
    >>> s = "Het jongerenloket belde binnen twee dagen terug."
    >>> prompt(s, (0, len(s)))
    True
    >>> s = "Een aanvraag moet binnen zes weken worden beoordeeld."
    >>> prompt(s, (0, len(s)))
    False
    """
    if not search(_PROMPT, text, *clause):
        return False  # most clauses: checked first, the cheap way
    if any(w in _NOT_PROMPT for _, _, w in neg.words(text, *clause)):
        return False
    return not neg.hypothetical(text, clause)


#: Knowing how to find something or someone ("inwoners weten het wijkteam te vinden"):
#: a service that is found is reached.
_FOUND = re.compile(r"\b(?:weet|weten|wist|wisten)\s+(?:[\w-]+\s+){0,6}?te\s+vinden\b", re.I)


def found(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says people know how to find something ("weten … te vinden").

    Examples
    --------
    >>> s = "Steeds meer ouders weten het wijkteam te vinden."
    >>> found(s, (0, len(s)))
    True
    >>> s = "Ouders weten het wijkteam niet te vinden."
    >>> found(s, (0, len(s)))
    False
    """
    if not search(_FOUND, text, *clause):
        return False
    return not any(w in neg.NEGATORS for _, _, w in neg.words(text, *clause))


#: Verbs of agreeing with or confirming what was said ("onderzoek bevestigt dit beeld",
#: "deelt de zorgen van"), followed by an object that refers back: a demonstrative with a
#: noun of finding, "de" + such a noun + "van", or "dat" + an adverb ("horen dat ook").
_ECHO = re.compile(
    r"\b(?:bevestig(?:t|en|de|den)|deelt|delen|deelde|deelden|onderschrijft|onderschrijven"
    r"|beaamt|beamen|herkent|herkennen|erkent|erkennen|horen|hoort|hoorde|hoorden"
    r"|zien|ziet|zag|zagen)\s+(?:(?:dit|dat|deze|die|dezelfde|hetzelfde)\s+"
    r"(?:beeld|constateringen|constatering|bevindingen|bevinding|analyse|zorgen|zorg|kritiek"
    r"|signaal|signalen|ervaring|ervaringen|mening|oordeel|punt|probleem|knelpunt)"
    r"|de\s+(?:constateringen|bevindingen|analyse|zorgen|kritiek|signalen|ervaringen|mening)"
    r"\s+van|dat\s+(?:ook|eveneens|evenzeer)\b|hetzelfde\b)",
    re.IGNORECASE,
)


def echoes(text: str, start: int, end: int) -> bool:
    """Whether the claim confirms or shares what was said before ("bevestigt dit beeld").

    Such a claim judges nothing of its own: it takes the tone of the claim it
    refers to.

    Examples
    --------
    >>> s = "Onderzoek van de hogeschool bevestigt dit beeld."
    >>> echoes(s, 0, len(s))
    True
    >>> s = "De cliëntenraad deelt de zorgen van de aanbieders."
    >>> echoes(s, 0, len(s))
    True
    >>> s = "Raadsleden delen de opvatting dat tijd nodig is."
    >>> echoes(s, 0, len(s))
    False
    """
    if not may_hold_in(text, start, end, _ECHO_WORDS):
        return False
    return search(_ECHO, text, start, end) is not None


#: Words one of which every match of :data:`_ECHO` holds (the starts of its verbs, lower case).
_ECHO_WORDS = (
    "bevestig", "deel", "delen", "onderschrij", "beaam", "beamen", "erken", "hoor", "horen",
    "zien", "ziet", "zag",
)  # fmt: skip


def follows(text: str, start: int, end: int, before: Polarity) -> Polarity:
    """The polarity of a claim with no judgement of its own, read from the claim before.

    An echo (:func:`echoes`: "Onderzoek bevestigt dit beeld.") and an added argument
    ("Bovendien …": :func:`kg.extract.contrastedclaims.added`) take the tone ``before``;
    a contrasted claim ("Bij de jeugd-ggz ligt dat anders.") takes its opposite; any
    other claim stays neutral.

    Examples
    --------
    >>> s = "Bij de jeugd-ggz ligt dat anders."
    >>> follows(s, 0, len(s), "positive"), follows(s, 0, len(s), "mixed")
    ('negative', 'neutral')
    >>> s = "Beleidsmedewerkers bevestigen dat beeld."
    >>> follows(s, 0, len(s), "negative")
    'negative'
    >>> s = "Het loket is op dinsdag open."
    >>> follows(s, 0, len(s), "negative")
    'neutral'
    """
    if echoes(text, start, end):
        return before
    if contrastedclaims.contrasted(text, start, end):
        return contrastedclaims.OPPOSITE.get(before, "neutral")
    if before in contrastedclaims.OPPOSITE and contrastedclaims.added(text, start, end):
        return before
    return "neutral"
