"""Changes, frequencies and levels stated without a figure.

Besides "ligt hoger dan landelijk" (:mod:`kg.extract.comparisons`), Dutch
reports state a quantity's direction in many general ways. Each becomes a
:class:`Change`: the span of its clause, the phrase naming what changes (the
subject, read for a measure), a comparison and, where the words give them, a
reference and a qualifier.

- a comparative against a reference: ``is lager dan landelijk``, ``die
  ongunstiger is dan gemiddeld``, ``een bovengemiddelde vergrijzing``, ``een
  uitkering rond het landelijk gemiddelde``; the reference may be the country,
  the province or region (``dan in de provincie``, ``dan in Limburg``, ``het
  provinciale gemiddelde``), other municipalities or an earlier time (``dan
  vorig jaar``, ``dan in 2014``) or a forecast (``dan gevreesd``);
- how often something occurs: ``komen weinig voor``, ``komt even vaak voor als
  landelijk``; ``(minder) vaker`` as an adverb (``worden vaker thuis
  geholpen``), not as an adjective (``een vaker terugkerende vraag``);
- a trend: ``steeds meer kwetsbare ouderen``, ``steeds minder zorg`` (a
  quantity of a noun; not a need, ``er zijn steeds meer vrijwilligers
  nodig``); ``gaat er op vooruit / achteruit``; a quantity noun (aantal, vraag,
  caseload, wachttijd, tarieven …) with a verb of change (``neemt … toe``,
  ``is gestegen``, ``oploopt``, ``zijn verlaagd``) or a noun of change (``een
  forse toename van``, ``het groeiende aantal``: a noun phrase that is its own
  observation, also inside another change's clause);
- a level: ``een hoge caseload``, ``een hoog percentage ouderen`` (a quantity
  noun after hoog / laag); a predicate: ``het opleidingsniveau is laag``, ``de
  wachttijden zijn langer geworden``, ``het aantal is gelijk gebleven``;
- more of a resource (money, staff, time, places): ``extra formatie
  aangevraagd``, ``extra ruimte gegeven``;
- a balance without its amount: ``een tekort``, ``het overschot op``, and its
  change: ``het tekort neemt toe`` (:mod:`kg.extract.balances`).

Every pattern is bounded, so the work per sentence is linear.
"""

from __future__ import annotations

import re

from kg.extract.balances import BALANCE, balance_spans
from kg.extract.changeclauses import Change as Change  # asides, comparisons, standings, …
from kg.extract.changeclauses import clause_end as _clause_end
from kg.extract.changeclauses import clause_start as clause_start  # contrasts, ellipsis, …
from kg.extract.changeclauses import with_article as _with_article
from kg.extract.changewords import (
    AVERAGE_OF,
    CHANGE_NOUNS,
    DIRECTION,
    DOWN,
    FINITE,
    QUANTITY,
    QUANTITY_NOUNS,
    REF,
    RESOURCE_FIRST,
    RESOURCES,
    THAN_COMPARATIVES,
    UP,
    reference_of,
)
from kg.extract.comparedlevels import (
    COMPARED_FIRST,
    COMPARED_LEVEL,
    against,
    level_direction,
)
from kg.extract.comparedlevels import against_reference as against_reference  # contrasts
from kg.extract.countedchanges import COLLECTIVE, counted_subject
from kg.extract.direction import load as load_directions
from kg.extract.direction import quantity_sign
from kg.extract.prefixscan import finditer
from kg.extract.rulegates import RuleGates

#: A verb between a comparative and "dan": "hoger is dan", "hoger uitvalt dan", "zwakker
#: scoort dan" (the copulas and the verbs of a measured outcome).
_THAN_VERB = (
    r"(?:(?:is|zijn|was|waren|ligt|liggen|lag|uitvalt|uitvallen|uitviel|uitvielen|uitgevallen|uit"
    r"|scoort|scoren|scoorde"
    r"|scoorden|blijkt|blijken|bleek|gaat|gaan|ging|gingen)\s+)?"
)
#: "dan dat van de omliggende gemeenten", "dan die in de regio": the same quantity elsewhere.
_THAT_OF = r"(?:(?:dat|die)\s+(?:van|in)\s+)?"
_THANREF = re.compile(
    r"\b(?P<cmp>" + "|".join(THAN_COMPARATIVES) + r")\s+" + _THAN_VERB + r"dan\s+" + _THAT_OF + REF,
    re.IGNORECASE,
)
#: More or fewer of a noun than a reference ("Er wonen meer ouderen dan gemiddeld"), or
#: than a plan or forecast ("hoger uit dan begroot", "meer dan verwacht", "minder banen
#: verloren dan gevreesd": an outcome someone foresaw; not an impression, "dan gedacht").
#: A plan may be compared over a longer clause (seven words) than a reference (four).
_MORE_THAN = re.compile(
    r"\b(?:(?:iets|wat|veel|fors|flink|duidelijk|aanzienlijk|beduidend|sterk|nog)\s+)?"
    r"(?P<cmp>hoger|lager|meer|minder|groter|kleiner|duurder|goedkoper)\s+"
    r"(?P<what>(?:(?:\d+[-+][’']?)?[^\W\d][\w-]*\s+){0,7}?)"
    + _THAN_VERB
    + r"dan\s+(?:(?P<plan>(?:(?:eerder|vooraf|aanvankelijk)\s+)?(?:verwacht|begroot|geraamd"
    r"|voorzien|gepland|voorspeld|geprognosticeerd|gevreesd|gehoopt)\b)|" + REF + ")",
    re.IGNORECASE,
)
#: A past participle ("gebruikt", "verstrekt", "aangevraagd"): a verb, not a counted noun.
_PARTICIPLE = re.compile(r"(?:[a-z]+)?ge[a-zëïéü]+[td]", re.IGNORECASE)
#: The same level as a reference: "is vergelijkbaar met het landelijk gemiddelde".
_SAME_AS = re.compile(
    r"\b(?:(?:ongeveer|vrijwel|nagenoeg|goed)\s+)?(?:vergelijkbaar\s+met|in\s+lijn\s+met"
    r"|gelijk\s+aan|overeen\s+met|gelijk\s+op\s+met)\s+"
    r"(?:(?:die|dat|het\s+niveau|het\s+aantal|het\s+percentage|het\s+aandeel)\s+(?:van\s+)?)?"
    + REF,
    re.IGNORECASE,
)
#: A level relative to others without a figure: "relatief veel ouderen", "relatief hoog".
_RELATIVE = re.compile(
    r"\b(?:relatief|betrekkelijk|opvallend|naar\s+verhouding|in\s+verhouding(?!\s+tot)"
    r"|verhoudingsgewijs)\s+(?P<cmp>veel|weinig|hoog|laag|hoge|lage"
    r"|groot|grote|klein|kleine)\b(?P<what>\s+(?:(?:aandeel|percentage|aantal)\s+(?:van\s+de\s+)?"
    r"|gebruik\s+van\s+(?:de\s+|het\s+)?|[^\W\d][\w-]*e\s+)?[^\W\d][\w-]*"
    # what a group has: "relatief veel huishoudens met een laag inkomen"
    r"(?:\s+met\s+(?:een\s+|de\s+|het\s+)?[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)?)?",
    re.IGNORECASE,
)
#: Above or below average as a predicate: "De werkloosheid is bovengemiddeld".
_AVG_PRED = re.compile(
    r"\b(?:is|zijn|was|waren|ligt|liggen|scoort|scoren)\s+(?:(?:\w+\s+){0,2}?)"
    r"(?P<cmp>boven|onder)gemiddeld\b(?!e)",
    re.IGNORECASE,
)
_AVG_ADJ = re.compile(
    r"\b(?P<cmp>boven|onder)gemiddelde?\s+(?:(?:veel|weinig|hoge?|lage?|grote?)\s+)?"
    r"(?P<what>(?:(?:aandeel|percentage|aantal)\s+(?:van\s+de\s+)?"
    r"|gebruik\s+van\s+(?:de\s+|het\s+)?)?[^\W\d][\w-]*)",
    re.IGNORECASE,
)
_NEAR_AVG = re.compile(
    r"\b(?P<what>[^\W\d][\w-]*)\s+(?P<cmp>rond|boven|onder)\s+het\s+"
    r"(?:" + AVERAGE_OF + r"\s+)?gemiddelde\b",
    re.IGNORECASE,
)
_OCCURS = re.compile(
    r"\b(?:komt|komen|kwam|kwamen)\s+(?:(?:er|nog|daarentegen|ook|in\s+(?:de\s+|het\s+)?\w+)\s+)*"
    r"(?P<q>ongeveer\s+|relatief\s+|opvallend\s+)?"
    r"(?P<cmp>weinig|veel|vaak|vaker|minder\s+vaak|even\s+vaak|zelden|nauwelijks|meer|minder)\s+voor\b"
    r"(?:\s+(?:als|dan)\s+" + REF + ")?",
    re.IGNORECASE,
)
_OFTEN = re.compile(
    r"\b(?:(?:veel|nog|iets)\s+)?(?P<cmp>vaker|minder\s+vaak)\b(?!\s+(?:voor\b|\w+nde\b))",
    re.IGNORECASE,
)
_STEADILY = re.compile(
    r"\bsteeds\s+(?P<cmp>meer|minder)\s+(?P<what>(?:[^\W\d][\w-]*e\s+)?[^\W\d][\w’'-]*)",
    re.IGNORECASE,
)
#: What a group has, which restricts it: "ouderen met (beginnende) dementie".
_HAVING = re.compile(
    r"\s+met\s+(?:een\s+|de\s+|het\s+)?[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?", re.IGNORECASE
)
#: A noun after "steeds meer": a plural or a mass noun by its suffix ("zorg", "ondersteuning").
#: A predicate adjective may follow it: "minder vrijwilligers beschikbaar dan vroeger".
_NOUN_FORM = re.compile(
    r"(?:[\w-]*e\s+)?(?:[\w-]+(?:en|s|ing|heid)|[\w-]*(?:zorg|hulp|geld|werk|tijd|ruimte))"
    r"(?:\s+(?:beschikbaar|nodig|actief|aanwezig|werkzaam))?$",
    re.IGNORECASE,
)
#: Adverbs and verb particles that end like a plural noun ("werken steeds meer samen").
_PARTICLES = frozenset(
    ("samen", "even", "binnen", "buiten", "tegen", "open", "boven", "beneden", "heen")
)
#: Comparatives of price, read by :data:`_MORE_THAN` only against a plan ("duurder dan begroot").
_COST_ONLY = frozenset(("duurder", "goedkoper"))
#: The particle of a separable verb after the counted noun: "vullen meer formulieren in dan
#: vroeger", "krijgen minder aanvragen binnen dan vorig jaar" (invullen, binnenkrijgen).
_SPLIT_PARTICLE = re.compile(r"(?<=\w)\s+(?:in|op|uit|aan|af|mee|terug|bij|toe|weg|binnen)$", re.I)
#: Better or worse off: "gaat er op achteruit", also with the verb written as one word in a
#: subordinate clause ("waarmee de gemeente er op achteruitgaat", "is er op achteruitgegaan");
#: not with a modal of permission, which states an aim ("dat niemand er op achteruit mocht
#: gaan", gold README: part of an aim).
_ON_BALANCE = re.compile(
    r"\b(?:(?P<deg>licht|iets|fors|flink|sterk|wat)\s+)?(?:er)?op\s+(?P<cmp>vooruit|achteruit)"
    r"(?:gaat|gaan|ging|gingen|gegaan)?\b(?!\s+(?:ge)?gaan|\s+(?:mag|mocht|mogen|mochten)\b)",
    re.IGNORECASE,
)
#: The one-word forms of "vooruitgaan" / "achteruitgaan" the gate looks for.
_ON_BALANCE_WORDS = tuple(
    side + form
    for side in ("vooruit", "achteruit")
    for form in ("", "gaat", "gaan", "ging", "gingen", "gegaan")
)
_SPLIT_VERB = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\b(?P<mid>[^,;.]{0,80}?)\s(?P<cmp>toe|af)\b(?!\s+\w+en\b)"
    r"|\b(?:loopt|lopen|liep|liepen)\b(?P<mid2>[^,;.]{0,80}?)\s(?P<cmp2>op|terug)\b"
    r"(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+van\s+(?:de\s+|het\s+)?", re.IGNORECASE)
_CHANGE_WORD = re.compile(r"\b(?P<word>" + "|".join(UP + DOWN) + r")\b", re.IGNORECASE)
#: A quantity with an attributive word of change: "het groeiende aantal 75-plussers", "de
#: stijgende kosten van de jeugdhulp", "de krimpende rijksbudgetten" (a noun phrase: its own
#: observation, also inside a clause that states another change).
_ATTRIBUTIVE = re.compile(
    r"\b(?:het|de|een)\s+(?P<word>groeiende|toenemende|stijgende|oplopende|dalende|afnemende"
    r"|teruglopende|krimpende)\s+(?P<what>(?:"
    + "|".join(COLLECTIVE)
    # a quantity noun, also as a compound's head: "de krimpende rijksbudgetten"
    + r"|[\w-]*?(?:"
    + "|".join(QUANTITY_NOUNS)
    + r"))\b(?:\s+(?:van\s+)?"
    r"(?:de\s+|het\s+)?\w[\w’'+-]*)?)",
    re.IGNORECASE,
)
#: Waiting longer or shorter: "moeten langer wachten", "langer moeten wachten op hulp" (a
#: longer wait is a higher waiting time; the verb names the measure).
_WAIT_LONGER = re.compile(
    r"(?<!\bniet\s)\b(?P<cmp>langer|korter)\s+(?:(?:moeten|moet|moest|moesten|te|blijven)\s+)?"
    r"(?P<what>wachten|wacht|wachtte|wachtten)\b",
    re.IGNORECASE,
)
#: A line or trend a word of change qualifies: the change of the clause's subject.
_TREND_NOUN = re.compile(r"\s+(?:lijn|trend|tendens|ontwikkeling)\b", re.IGNORECASE)
#: An article right before a word of change: the word is attributive ("de stijgende kosten").
_ATTRIBUTED = re.compile(r"\b(?:het|de|een)\s+$", re.IGNORECASE)
#: Any word of change, finite verbs and separable particles ("neemt … toe") included.
_ANY_CHANGE = re.compile(
    r"\b(?:" + "|".join(UP + DOWN + FINITE) + r")\b|\b(?:toe|af|op)\b(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)
#: More of a resource: "extra formatie aangevraagd", "een extra administratief medewerker".
_EXTRA = re.compile(
    r"\bextra\s+(?:[^\W\d][\w-]*\s+)?(?P<what>" + "|".join(RESOURCES) + r")\b", re.IGNORECASE
)
#: Quantities whose level a predicate states: the quantity nouns above and the quantities
#: good or bad to have high of ``kg/data/quantity-direction.toml`` ("het inkomen is laag").
LEVELLED = sorted(
    {*QUANTITY_NOUNS, *load_directions().quantities, "niveau", "inkomen"}, key=len, reverse=True
)
#: The quantity a predicate is about, within four words before its copula, or before a
#: relative clause that ends there ("het aantal jongeren dat de school verlaat is laag").
_SUBJECT = re.compile(
    r"\b(?P<what>[\w-]*(?:" + "|".join(LEVELLED) + r"))\b(?:\s+[^\W\d][\w-]*){0,4}"
    r"(?:\s+(?:dat|die)(?:\s+[^\W\d][\w-]*){1,6})?\s*$",
    re.IGNORECASE,
)
#: A level or a change stated by a predicate of a quantity: "het opleidingsniveau is laag",
#: "de wachttijden zijn langer geworden", "het aantal cliënten is gelijk gebleven". A level
#: is high or low on a scale; "groot" / "klein" of a need or demand ("de zorgbehoefte is
#: groot") is a judgement of size, not a measured level. The copula is found first, then
#: the quantity before it (a bounded look back).
_PREDICATE = re.compile(
    r"\s(?:is|zijn|was|waren|blijft|blijven|bleef|bleven)\s+"
    # the time of the change between copula and predicate: "is sinds 2012 gelijk gebleven",
    # "bleef in die jaren nagenoeg gelijk", "is in twee jaar bijna gelijk gebleven"
    r"(?:(?:sinds|in|tussen|vanaf)\s+(?:(?:[^\W\d][\w-]*|(?:19|20)\d\d)\s+){1,4}?"
    r"(?=(?:(?:ongeveer|vrijwel|nagenoeg|redelijk|bijna)\s+)?(?:gelijk|stabiel|constant)\b"
    r"|(?:niet\s+)?(?:hoger|lager|groter|kleiner|langer|korter)\s+geworden\b))?"
    r"(?:(?:erg|zeer|vrij|heel|te|nog|ook|daarentegen|fors|duidelijk|wat|iets|juist|wel|echter"
    r"|opvallend|bijzonder|altijd|lang|volgens\s+(?:hen|haar|hem|hun|de\s+[\w-]+))\s+)*"
    r"(?:(?P<level>hoog|laag)(?:\s+(?:geweest|gebleven))?(?=\s*(?:[,.;:()]|$|en\b|maar\b))"
    # a change denied: "de wachttijden zijn niet korter geworden" (equal)
    r"|(?P<denied>niet\s+)?(?P<became>hoger|lager|groter|kleiner|langer|korter)\s+geworden\b"
    r"|(?P<same>(?:(?:ongeveer|vrijwel|nagenoeg|redelijk|bijna)\s+)?(?:gelijk|stabiel|constant)"
    r"(?:\s+gebleven)?)(?=\s*(?:[,.;:)]|$|en\b|maar\b)))"
    # the verb last, in a clause of its own: "(dat) de caseload te hoog is"
    r"|\s(?:(?:erg|zeer|vrij|heel|te|nog|ook|relatief|wel)\s+)*(?P<last>hoog|laag)\s+"
    r"(?:is|zijn|was|waren|blijft|blijven)(?=\s*(?:[,.;:()]|$|en\b|maar\b))",
    re.IGNORECASE,
)
#: A level as an adjective: "een hoge caseload", "een hoog percentage" (neuter nouns take
#: the bare form after "een").
_LEVEL_ADJ = re.compile(
    r"\been\s+(?P<cmp>hoge|lage|hoog|laag)\s+(?P<what>(?:percentage|aandeel|aantal)\s+(?:van\s+"
    r"(?:de\s+)?)?[^\W\d][\w-]*(?:en|s)\b|(?:" + "|".join(QUANTITY_NOUNS) + r")\b)",
    re.IGNORECASE,
)

#: Per pattern, key words one of which its every match holds (read off the pattern), as
#: bits of :data:`_GATES`: a pattern runs only on a span holding one of its words.
_KEYS = (
    (_THANREF, THAN_COMPARATIVES),
    (_MORE_THAN, ("hoger", "lager", "meer", "minder", "groter", "kleiner", "duurder", "goedkoper")),
    (_SAME_AS, ("gelijk", "lijn", "overeen")),
    (_AVG_PRED, ("gemiddeld",)),
    (_RELATIVE, ("relatief", "verhouding", "betrekkelijk", "opvallend")),
    (_AVG_ADJ, ("gemiddeld",)),
    (_NEAR_AVG, ("gemiddelde",)),
    (_LEVEL_ADJ, ("hoge", "lage", "hoog", "laag")),
    (_EXTRA, ("extra",)),
    (BALANCE, ("tekort", "overschot", "overschrijding", "onderbesteding")),
    (
        COMPARED_LEVEL,
        (
            "vergelijk",
            "vergeleken",
            "opzichte",
            "t.o.v",
            "verhouding",
            "afgezet",
            "net als",
            "evenals",
            "zoals",
        ),
    ),
    (_PREDICATE, ("hoog", "laag", "geworden", "gelijk", "stabiel", "constant")),
    (_OCCURS, ("komt", "komen", "kwam")),
    (_OFTEN, ("vaker", "vaak")),
    (_STEADILY, ("steeds",)),
    (_ON_BALANCE, _ON_BALANCE_WORDS),
    (_SPLIT_VERB, ("neemt", "nemen", "nam", "loopt", "lopen", "liep")),
    (_CHANGE_WORD, tuple(w.lower() for w in UP + DOWN)),
    (
        _ATTRIBUTIVE,
        ("groeiende", "toenemende", "stijgende", "oplopende", "dalende", "afnemende")
        + ("teruglopende", "krimpende"),
    ),
    (_WAIT_LONGER, ("langer", "korter")),
)
_GATES = RuleGates([(words, pattern.finditer) for pattern, words in _KEYS])
(_B_THANREF, _B_MORE_THAN, _B_SAME_AS, _B_AVG_PRED, _B_RELATIVE, _B_AVG_ADJ, _B_NEAR_AVG) = (
    1 << i for i in range(7)
)
(_B_LEVEL_ADJ, _B_EXTRA, _B_BALANCE, _B_AGAINST, _B_PREDICATE, _B_OCCURS, _B_OFTEN) = (
    1 << i for i in range(7, 14)
)
(_B_STEADILY, _B_ON_BALANCE, _B_SPLIT_VERB, _B_CHANGE_WORD, _B_ATTRIBUTIVE, _B_WAIT) = (
    1 << i for i in range(14, 20)
)


def _levels(text: str, s0: int, s1: int, bits: int = -1) -> list[Change]:
    """Comparatives against the average, levels around it, and hoog / laag quantities."""
    out = []
    for m in finditer(_THANREF, text, s0, s1) if bits & _B_THANREF else ():
        c0 = clause_start(text, s0, m.start())
        subject = text[c0 : m.start()]
        cmp = DIRECTION[m.group("cmp").lower()]
        ref = reference_of(m.group()) or "other municipalities"
        if cmp in {"better", "worse"} and ref == "previous year":
            continue  # "beter dan vroeger": a judgement of change, not a quantity's
        out.append(Change(c0, m.end(), subject, cmp, ref))
    for m in finditer(_MORE_THAN, text, s0, s1) if bits & _B_MORE_THAN else ():
        c0 = clause_start(text, s0, m.start())
        subject = _SPLIT_PARTICLE.sub("", m.group("what").strip())  # "formulieren in"
        cmp = DIRECTION[m.group("cmp").lower()]
        if m.group("plan"):
            out.append(Change(c0, m.end(), subject or text[c0 : m.start()], cmp, "expected"))
        elif len(subject.split()) > 4 or m.group("cmp").lower() in _COST_ONLY:
            # a price against a place is :data:`_THANREF`'s ("duurder dan in Zwolle"); what
            # comes between names a manner ("zaken goedkoper kunnen regelen dan de regio")
            continue
        elif _PARTICIPLE.fullmatch(subject):
            # "wordt minder gebruikt dan landelijk": the subject is the clause's
            ref = reference_of(m.group()) or "other municipalities"
            out.append(Change(c0, m.end(), text[c0 : m.start()], cmp, ref))
        elif (
            _NOUN_FORM.search(subject) or QUANTITY.search(subject) or RESOURCE_FIRST.match(subject)
        ) and subject.lower() not in _PARTICLES:
            # a noun counted ("meer ouderen dan gemiddeld"); without one ("€ 610,-, iets
            # meer dan gemiddeld") the comparison is the figure's
            ref = reference_of(m.group()) or "other municipalities"
            subject = RESOURCE_FIRST.sub(r"\g<what>", subject, count=1)  # "geld voor de Wmo"
            out.append(Change(c0, m.end(), subject, cmp, ref))
    for m in finditer(_SAME_AS, text, s0, s1) if bits & _B_SAME_AS else ():
        c0 = clause_start(text, s0, m.start())
        if not text[c0 : m.start()].strip(" ,;:-–"):
            continue  # an apposition to the figure before: "€ 470,-, vrijwel gelijk aan …"
        ref = reference_of(m.group()) or "other municipalities"
        out.append(Change(c0, m.end(), text[c0 : m.start()], "equal", ref))
    for m in finditer(_AVG_PRED, text, s0, s1) if bits & _B_AVG_PRED else ():
        c0 = clause_start(text, s0, m.start())
        cmp = DIRECTION[m.group("cmp").lower()]
        out.append(Change(c0, m.end(), text[c0 : m.start()], cmp, "national average"))
    for m in finditer(_RELATIVE, text, s0, s1) if bits & _B_RELATIVE else ():
        c0 = clause_start(text, s0, m.start())
        what = (m.group("what") or "").strip()
        # "relatief veel ouderen", "relatief weinig armoede"; not "relatief veel samen"
        noun = _NOUN_FORM.search(what) or QUANTITY.search(what) or quantity_sign(what)
        if not noun or what.lower() in _PARTICLES:
            what = ""
        end = m.end() if what else m.end("cmp")
        cmp = DIRECTION[m.group("cmp").lower()]
        out.append(Change(c0, end, what or text[c0 : m.start()], cmp))
    for m in finditer(_AVG_ADJ, text, s0, s1) if bits & _B_AVG_ADJ else ():
        cmp = DIRECTION[m.group("cmp").lower()]
        out.append(Change(m.start(), m.end(), m.group("what"), cmp, "national average"))
    for m in finditer(_NEAR_AVG, text, s0, s1) if bits & _B_NEAR_AVG else ():
        word = m.group("cmp")
        qualifier = word if word.lower() == "rond" else None
        cmp = DIRECTION[word.lower()]
        start = m.start()
        art = re.search(r"\b(?:een|de|het)\s+$", text[max(s0, start - 5) : start], re.I)
        if art:
            start -= len(art.group())
        ref = reference_of(m.group()) or "national average"
        out.append(Change(start, m.end(), m.group("what"), cmp, ref, qualifier))
    for m in finditer(_LEVEL_ADJ, text, s0, s1) if bits & _B_LEVEL_ADJ else ():
        cmp = DIRECTION[m.group("cmp").lower()]
        out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    for m in finditer(_EXTRA, text, s0, s1) if bits & _B_EXTRA else ():
        c0 = clause_start(text, s0, m.start())
        out.append(Change(c0, _clause_end(text, m.end(), s1), m.group("what"), "more"))
    for b0, b1, what, sense in balance_spans(text, s0, s1) if bits & _B_BALANCE else ():
        out.append(Change(clause_start(text, s0, b0), b1, what, sense))
    return out


def _compared_levels(text: str, s0: int, s1: int, bits: int = -1) -> list[Change]:
    """A level set against a reference that stands apart: "is in vergelijking met … hoog"."""
    out: list[Change] = []
    if not bits & _B_AGAINST:
        return out
    for m in COMPARED_LEVEL.finditer(text, s0, s1):
        found = _SUBJECT.search(text, max(s0, m.start() - 80), m.start())
        if not found:
            continue
        start = _with_article(text, s0, found.start())
        cmp, ref = level_direction(m.group("cmp")), against(m.group("ref"))
        out.append(Change(start, m.end(), text[found.start() : m.start()], cmp, ref))
    for m in finditer(COMPARED_FIRST, text, s0, s1):  # "Vergeleken met X is het aantal Y laag"
        if _SUBJECT.search(m.group("what")):
            cmp, ref = level_direction(m.group("cmp")), against(m.group("ref"))
            out.append(Change(m.start(), m.end(), m.group("what"), cmp, ref))
    return out


#: The hedges of "gelijk gebleven" that stay its qualifier ("bijna gelijk": approximate).
_SAME_HEDGES = frozenset(("ongeveer", "vrijwel", "nagenoeg", "redelijk", "bijna"))


def _predicates(text: str, s0: int, s1: int, bits: int = -1) -> list[Change]:
    """Levels and changes a predicate states of a quantity ("de caseload is te hoog")."""
    out = []
    for m in _PREDICATE.finditer(text, s0, s1) if bits & _B_PREDICATE else ():
        subject = _SUBJECT.search(text, max(s0, m.start() - 80), m.start())
        if not subject:
            continue
        # the quantity nearest the copula: "uit de cijfers blijkt dat het gebruik … laag is"
        nearer = _SUBJECT.search(text, subject.end("what"), m.start())
        while nearer:
            subject = nearer
            nearer = _SUBJECT.search(text, subject.end("what"), m.start())
        start = _with_article(text, s0, subject.start())
        word = (m.group("level") or m.group("last") or m.group("became") or "").lower()
        cmp = (
            "equal"
            if m.group("same") or m.group("denied")
            else DIRECTION.get(word, _LONGER.get(word))
        )
        qualifier = m.group("same").split()[0] if m.group("same") else None
        if qualifier and qualifier.lower() not in _SAME_HEDGES:
            qualifier = None
        what = subject.group("what")
        if what.lower() in _GENERIC:  # "het aandeel ouderen is hoog": what it is a share of
            what = text[subject.start() : m.start()]
        out.append(Change(start, m.end(), what, cmp, None, qualifier))
    return out


#: Quantity nouns that name no measure without the words after them ("aandeel ouderen").
_GENERIC = frozenset(("aandeel", "aantal", "percentage", "gebruik", "niveau", "omvang"))


#: Lengths of time as levels: a longer waiting time is a higher one.
_LONGER = {"langer": "higher", "korter": "lower"}


def _frequencies(text: str, s0: int, s1: int, bits: int = -1) -> list[Change]:
    """How often something occurs, and trends in a quantity of a noun."""
    out = []
    for m in finditer(_OCCURS, text, s0, s1) if bits & _B_OCCURS else ():
        c0 = clause_start(text, s0, m.start())
        cmp = DIRECTION[" ".join(m.group("cmp").lower().split())]
        qualifier = (m.group("q") or "").strip() or None
        out.append(
            Change(c0, m.end(), text[c0 : m.start()], cmp, reference_of(m.group()), qualifier)
        )
    for m in finditer(_WAIT_LONGER, text, s0, s1) if bits & _B_WAIT else ():
        c0 = clause_start(text, s0, m.start())
        cmp = _LONGER[m.group("cmp").lower()]
        out.append(Change(c0, m.end(), m.group("what"), cmp, reference_of(m.group())))
    for m in finditer(_OFTEN, text, s0, s1) if bits & _B_OFTEN else ():
        c0 = clause_start(text, s0, m.start())
        cmp = DIRECTION[" ".join(m.group("cmp").lower().split())]
        end = _clause_end(text, m.end(), s1)
        # how often an action happens ("cliënten moeten vaker formulieren invullen"): its
        # subject is who acts, not what is counted, so the words name no measure
        out.append(Change(c0, end, "", cmp, reference_of(text[m.end() : end])))
    for m in finditer(_STEADILY, text, s0, s1) if bits & _B_STEADILY else ():
        what = m.group("what")
        end = _clause_end(text, m.end(), s1)
        if (
            not _NOUN_FORM.search(what)
            or what.lower() in _PARTICLES
            or re.search(r"\bnodig\b", text[m.end() : end], re.I)
        ):
            continue  # "steeds meer bekend", "steeds meer samen", "… vrijwilligers nodig"
        c0 = clause_start(text, s0, m.start())
        having = _HAVING.match(text, m.end(), end)  # "steeds meer ouderen met dementie"
        what += having.group() if having else ""
        out.append(Change(c0, end, what, DIRECTION[m.group("cmp").lower()]))
    return out


def _trends(text: str, s0: int, s1: int, bits: int = -1) -> list[Change]:
    """Going forward or back on balance; a quantity noun with a word of change."""
    out = []
    for m in finditer(_ON_BALANCE, text, s0, s1) if bits & _B_ON_BALANCE else ():
        c0 = clause_start(text, s0, m.start())
        cmp = DIRECTION[m.group("cmp").lower()]
        out.append(Change(c0, m.end(), "", cmp, None, m.group("deg")))
    for m in finditer(_SPLIT_VERB, text, s0, s1) if bits & _B_SPLIT_VERB else ():
        c0 = clause_start(text, s0, m.start())
        subject = text[c0 : m.start()] + (m.group("mid") if m.group("cmp") else m.group("mid2"))
        if QUANTITY.search(subject):
            word = (m.group("cmp") or m.group("cmp2")).lower()
            out.append(Change(c0, m.end(), subject, DIRECTION[word]))
    for m in finditer(_CHANGE_WORD, text, s0, s1) if bits & _B_CHANGE_WORD else ():
        c0 = clause_start(text, s0, m.start())
        end = _clause_end(text, m.end(), s1)
        if _attributed_alone(text, m, c0, s1):
            continue  # "door de stijgende kosten komt …": the noun phrase's own change only
        subject = text[c0:end]
        if not QUANTITY.search(subject):  # "meldingen zijn toegenomen", "de groei van X"
            subject = counted_subject(text, c0, m.start(), m.end(), end)
            if subject is None:
                continue
        of = _OF.match(text, m.end(), end)
        if of and m.group("word").lower() in CHANGE_NOUNS:
            subject = text[of.end() : end]  # "een toename van de lasten": the lasts change
        cmp = "higher" if m.group("word").lower() in UP else "lower"
        out.append(Change(c0, max(m.end(), end), subject, cmp))
    return out


def _attributed_alone(text: str, m: re.Match, c0: int, end: int) -> bool:
    """Whether a word of change is attributive ("de stijgende kosten") and no other word of
    change after its clause's start ("… door het groeiende aantal 75-plussers … toeneemt")
    states a change of the clause's own quantity."""
    if not m.group("word").lower().endswith(("ende", "end")):
        return False
    if _TREND_NOUN.match(text, m.end()):
        return False  # "het aantal meldingen vertoont een stijgende lijn": its subject's change
    if not _ATTRIBUTED.search(text, max(c0, m.start() - 5), m.start()):
        return False
    others = [o for o in _ANY_CHANGE.finditer(text, c0, end) if o.start() != m.start()]
    return not others


def _same_quantity(text: str, change: Change, m: re.Match) -> bool:
    """True when ``change`` holds the phrase ``m`` and names no other quantity."""
    if not (change.start <= m.start() and m.end() <= change.end):
        return False
    rest = text[change.start : m.start()] + " " + text[m.end() : change.end]
    return not QUANTITY.search(rest)


def find_changes(text: str, start: int, end: int) -> list[Change]:
    """Return the changes, frequencies and levels without a figure in ``text[start:end]``.

    Overlapping statements keep the first found (levels, then frequencies,
    then trends); the result is in text order.

    Examples
    --------
    >>> s = "De werkloosheid is lager dan landelijk en het aantal klachten neemt toe."
    >>> [(s[c.start : c.end], c.comparison) for c in find_changes(s, 0, len(s))]
    [('De werkloosheid is lager dan landelijk', 'lower'), ('het aantal klachten neemt toe', 'more')]
    """
    out: list[Change] = []
    bits = _GATES.mask(text, start, end)  # every pattern in a text str.lower reads apart
    if not bits:
        return out
    for change in (
        _levels(text, start, end, bits)
        + _compared_levels(text, start, end, bits)
        + _predicates(text, start, end, bits)
        + _frequencies(text, start, end, bits)
        + _trends(text, start, end, bits)
    ):
        if any(change.start < c.end and c.start < change.end for c in out):
            continue
        out.append(change)
    for m in (
        finditer(_ATTRIBUTIVE, text, start, end) if bits & _B_ATTRIBUTIVE else ()
    ):  # nests in a clause
        if not any(_same_quantity(text, c, m) for c in out):
            cmp = "higher" if m.group("word").lower() in UP else "lower"
            out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    return sorted(out, key=lambda c: (c.start, c.end))
