"""Indicators: every quantitative statement in the text as a statistical observation.

The figures come from :func:`kg.extract.numbers.find_numbers` (digits, number
words, shares such as "1 op de 8", ratios such as "drie keer zo hoog",
durations, vague counts such as "duizenden"). Around each figure the
extractor reads

- the approximation before it ("ongeveer", "iets minder dan", "ruim", "bijna", "naar schatting");
- its measure, from the controlled vocabulary of ``ontology/measures.ttl``
  (:mod:`kg.extract.measures`): the cue right after the figure (the noun it
  quantifies: "30.000 inwoners", "€ 650,- per inwoner"), else the nearest cue
  after it in its clause ("21% van de inwoners is 65 jaar of ouder"), else the
  nearest cue before it ("het aandeel 65-plussers is 18%"). A cue gives its
  measure only to a figure in one of the measure's units; a ratio or a stated
  difference ("4% meer ouderen dan gemiddeld") quantifies whatever it
  compares. A figure whose measure the vocabulary does not know has none;
- a comparison ("meer dan gemiddeld", "boven het landelijk gemiddelde",
  "gelijk aan het landelijk gemiddelde", "hoger dan in andere gemeenten").

National reference values ("tegenover 12% landelijk", "(landelijk 18%)",
"het landelijk gemiddelde van 7,4%", a sentence "De landelijke percentages
zijn 29% en 18%") become the ``national_value`` of the observation they belong
to, not observations of their own. Comparisons without a number come from
:mod:`kg.extract.comparisons`.

Every step looks at a window of bounded size around one figure (linear in the text).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.document import Document, Sentence
from kg.extract import figurechanges as _changes
from kg.extract.balancerefs import restated_balances
from kg.extract.balances import left_joined
from kg.extract.bareshares import bare_share
from kg.extract.caseloads import caseload_counts
from kg.extract.changelevels import reached_levels
from kg.extract.closedintakes import closed_intakes
from kg.extract.comparable import comparable_group
from kg.extract.distances import stated_distances
from kg.extract.districtlevels import district_levels
from kg.extract.earliervalues import earlier_values
from kg.extract.figurecomparison import (
    COMPARISON_WORDS,
    EARLIER,
    comparison_after,
    comparison_end,
)
from kg.extract.figurelevels import levels_with_figure, pointed_levels
from kg.extract.figureparts import (
    APPROXIMATE,
    adjective_cue,
    carry_measures,
    clean_value,
    compound_cue,
    estimated,
    judged_low,
    other_money,
    qualifier_span,
)
from kg.extract.figuretables import table_rows
from kg.extract.figurewaits import against_own_norm, waiting_times
from kg.extract.fractionof import fraction_of_average, ratio_measures
from kg.extract.fromto import against_place, from_to
from kg.extract.groupshares import bracketed_shares, narrowed_groups, narrowed_population
from kg.extract.groupvalues import grouped
from kg.extract.groupwholes import group_wholes
from kg.extract.indexfigures import index_figures
from kg.extract.keyedchanges import keyed_changes
from kg.extract.keyfigures import next_item
from kg.extract.lateramounts import later_amounts
from kg.extract.leftover import left_over
from kg.extract.levelnationals import compared_national, equal_to_national, national_levels
from kg.extract.levelratios import of_level
from kg.extract.measures import MONEY, POPULATION_CUE, RATIO_TO_NATIONAL, Measure, MeasureVocabulary
from kg.extract.model import Extraction, Indicator, indicator_order
from kg.extract.moneylimits import money_limits
from kg.extract.namedaverages import regional_averages
from kg.extract.namedcues import named_before
from kg.extract.nationals import NATIONAL_SENTENCE, QUALIFIERS
from kg.extract.nationalvalues import (
    apply_national_sentence,
    attach,
    national_clause,
    national_figure,
    unit_family,
    with_national,
)
from kg.extract.numberform import PERCENTS, POINTS
from kg.extract.numbers import PER_THOUSAND, WINDOW, Number, find_numbers
from kg.extract.numberwords import FUNCTION_WORDS, to_decimal
from kg.extract.overtime import over_time
from kg.extract.percentdistances import percent_distances
from kg.extract.perunit import one_per_unit
from kg.extract.pointchanges import point_changes
from kg.extract.prefixscan import search
from kg.extract.pronounlevels import differences_level, pointed_back, pronoun_levels
from kg.extract.recipients import recipients
from kg.extract.residents import lives_here
from kg.extract.restatedshares import restated_shares
from kg.extract.shrinkingworks import shrinking_works
from kg.extract.sizeranks import size_ranks
from kg.extract.targetlevels import target_levels
from kg.extract.thenandnow import then_and_now
from kg.extract.timeframes import is_time_frame
from kg.extract.vaguescopes import compared_levels
from kg.extract.yearreferences import earlier_moments
from kg.extract.yearseries import year_series
from kg.extract.zerocounts import zero_counts

__all__ = ["NATIONAL_SENTENCE", "QUALIFIERS", "extract_indicators", "to_decimal"]

#: A figure put first with "met", its subject after the verb, then its level: "Met ruim 800
#: is het aantal bijstandsgerechtigden laag", "met 21% ligt het aandeel ouderen hoog".
_WITH_BEFORE = re.compile(r"\bmet\s+$", re.IGNORECASE)
_INVERTED_LEVEL = re.compile(
    r"\s+(?:is|zijn|ligt|liggen|was|waren|lag|lagen)\s+(?P<subject>(?:het|de)\s+"
    r"(?:[^\W\d][\w’'-]*\s+){1,5}?)(?=(?:(?:relatief|vrij|erg|zeer|nog|ook|naar\s+verhouding)"
    r"\s+)*(?:laag|hoog|klein|groot|gering)\b)",
    re.IGNORECASE,
)
#: A stated difference right after a percentage: "10% meer", "4% boven het gemiddelde" (not
#: an age or a bound: "de helft van de ouderen boven de 75", "onder de achttien").
_DIFFERENCE = re.compile(
    r"\s*(?:[\w’'+-]+\s+){0,3}?(?:meer|minder|hoger|lager|boven|onder|beneden)\b"
    r"(?!\s+(?:de\s+)?(?:\d|[^\W\d]*(?:tien|tig)\b))",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r"[;:•]|,\s+(?:maar|terwijl|want|omdat|zodat|waardoor|en|of)\b|\b(?:maar|terwijl)\b", re.I
)
#: Where the words after a figure stop naming its measure: punctuation, or a clause of its
#: own ("27% en het aandeel ouderen 19%": "ouderen" is the next figure's; "ontving € 60
#: miljoen en hield … over": a finite verb after "en" opens the subject's next clause).
_AFTER_BREAK = re.compile(
    r"[,;:()•]|\sen\s+(?:de|het|er)\s|\sen\s+(?:is|was|heeft|had|hield|houdt|kreeg|krijgt"
    r"|ontving|ontvangt|kampt|kampte|kent|kende|geeft|gaf|ziet|zag|verwacht|verwachtte|gaat"
    r"|ging|komt|kwam|blijft|bleef|moet|moest|wil|wilde|zal|kan|kon)\s",
    re.IGNORECASE,
)
_NOUN = re.compile(
    r"\s*(?:(?:meer|minder|hoger|lager)\s+)?(?:van\s+(?:de|het|alle)\s+)?", re.IGNORECASE
)
#: A plural noun, possibly after one adjective: "24 Friese gemeenten", "tien schuldeisers"
#: (not a participle or infinitive of change: "met 8% gestegen", "zal met 8% dalen").
_PLURAL = re.compile(
    r"\s*(?:[\w-]+e\s+)?(?!(?:gestegen|toegenomen|afgenomen|opgelopen|teruggelopen|gekrompen"
    r"|stijgen|dalen|toenemen|afnemen|groeien|krimpen|oplopen|teruglopen)\b)"
    r"(?P<noun>[\w-]+(?:en|s|['’]s))\b"
)
#: The noun one thing is counted in: "voor één cliënt", "één telefoonnummer".
_SINGULAR = re.compile(r"\s*(?:[\w-]+e\s+)?(?P<noun>(?-i:[a-zà-ÿ])[\w-]+)\b", re.IGNORECASE)
_SHARE = re.compile(r"\b(?:aandeel|percentage|deel\s+van)\b", re.IGNORECASE)
#: A vague count that grows or shrinks: "een groeiend aantal", "een afnemend aantal".
_GROWING = dict.fromkeys(("toenemend", "groeiend", "stijgend"), "higher")
_GROWING.update(dict.fromkeys(("afnemend", "dalend", "teruglopend", "krimpend"), "lower"))
#: "met" right before a percentage after a verb of change: the amount of the change.
_BY_PERCENT = re.compile(r"\bmet\s+$", re.IGNORECASE)
_ONE_ARTICLE = re.compile(r"^(?:een|één|eén)\s+", re.IGNORECASE)
#: Between the two figures of a pair set against each other: "11,2% tegen 11,9%", and
#: what opens such a pair after a comparison: a bracket or a colon (a qualifier between).
_PAIR_OPENS = re.compile(
    r"[(:]\s*(?:(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+)?$", re.IGNORECASE
)
_AGAINST = re.compile(r"\s*(?:tegen(?:over)?|versus|vs\.?)\s*", re.IGNORECASE)
_LIST_NEXT = re.compile(r"\s*(?:,\s*|\s(?:en|of)\s+)\s*", re.IGNORECASE)  # "29% en 18%"
#: The unit of an amount per inhabitant and its measure.
PER_INHABITANT, PER_INHABITANT_MEASURE = "EUR per inhabitant", "euro-per-inhabitant"
#: The measures of a group of people, who may be the recipients of a provision named with
#: them: "het aantal huishoudens met een bijstandsuitkering steeg van 1.150 naar 1.420".
_GROUPS = frozenset(("households", "inhabitants"))
#: A count per head of someone other than the inhabitants ("45 gezinnen per medewerker",
#: "60 cliënten per consulent"): a caseload or ratio, not a count of the noun's group (a
#: count per span of time or per 1.000 inhabitants still is).
_PER_HEAD = re.compile(
    r"\s+per\s+(?!(?:inwoner|hoofd|jaar|maand|week|dag|kwartaal|half|\d)\w*)[^\W\d]", re.I
)
#: The adult population or people at large as a share's base: "een kwart van de volwassenen
#: noemt de eigen gezondheid matig" measures what the clause says of them.
_POPULATION = frozenset(("volwassenen", "volwassen", "mensen", "personen", "bewoners"))
#: Units of a span of time: what the text counts is named before it as well as after it.
_SPANS = frozenset(("days", "weeks", "months", "years"))
_BALANCES = frozenset(("deficit", "surplus"))  # measures an amount left or short has
_ANAPHOR = re.compile(r"^\W*(?:dat|dit)\s+(?:is|zijn|betekent|komt\s+neer\s+op)\b", re.I)


@lru_cache(maxsize=1)
def default_measures() -> MeasureVocabulary:
    """The measure vocabulary of the default ontology folder (read once)."""
    from kg.extract.measures import load_measures

    return load_measures()


class _Reader:
    """Reads the observations of one document, sentence by sentence."""

    def __init__(self, doc: Document, measures: MeasureVocabulary) -> None:
        self.doc = doc
        self.text = doc.text
        self.measures = measures
        self.last_measure: str | None = None
        #: Starts of the figures whose reader found a change (:func:`over_time`).
        self.moved: set[int] = set()

    def clause_start(self, floor: int, pos: int, width: int = WINDOW) -> int:
        start = max(floor, pos - width)
        for m in _CLAUSE_BREAK.finditer(self.text, start, pos):
            start = m.end()
        return start

    def ranked_cues(
        self, sentence: Sentence, number: Number, floor: int, ceiling: int
    ) -> tuple[list[str], int, int]:
        """Cue words for a figure, best first, and the span of the noun it quantifies."""
        text, vocab = self.text, self.measures
        noun = _NOUN.match(text, number.end, ceiling)
        pos = noun.end() if noun else number.end
        cues = [c for _, _, c in vocab.cues_in(text, number.start, number.end)]  # "per inwoner"
        head = vocab.cue_at(text, pos, ceiling)
        noun_end = after_start = number.end
        partitive = number.unit == "percent" and (
            number.form == "share" or bool(noun and "van" in noun.group().lower())
        )
        if head and partitive and vocab.money(head):
            # a share of an amount of money ("twee derde van de uitgaven gaat naar de
            # jeugdhulp") is no measure the vocabulary has, unless an amount named before it
            # is ("het tekort bedroeg ruim 12% van het budget": a deficit)
            start = self.clause_start(max(floor, sentence.start), number.start)
            named = vocab.cues_before(text, start, number.start)
            return [c for c in named if vocab.money(c)], pos + len(head), number.start
        if head and number.unit == "count" and _PER_HEAD.match(text, pos + len(head), ceiling):
            return [], pos + len(head), number.start  # "45 gezinnen per medewerker": a caseload
        if head and partitive:
            # the group a share is taken of is its base, not its measure: "40% van de
            # ouderen woont alleen"; the rest of the clause may name it ("… is werkloos")
            noun_end = after_start = pos + len(head)
        elif head:
            cues.append(head)
            noun_end = pos + len(head)
        elif number.form in {"digits", "word", "vague", "share"} or (
            number.form == "range" and number.unit == "count"  # "twee of drie kinderen"
        ):
            plural = _PLURAL.match(text, pos, min(ceiling, pos + WINDOW))
            if plural is None and number.value == 1 and number.unit == "count":
                one = _SINGULAR.match(text, pos, min(ceiling, pos + WINDOW))
                if one and one.group("noun").lower() not in FUNCTION_WORDS:
                    return [], number.end, number.start  # "voor één cliënt": one of a noun
            held = adjective_cue(vocab, text, plural, ceiling) if number.unit == "count" else None
            if held:  # "zo'n tien nieuwe cliënten", "vier grote zorgaanbieders"
                cues.append(held[0])
                noun_end = held[1]
            elif partitive and plural and plural.group("noun").lower() in _POPULATION:
                # a share of the adults or the people: the clause names what it measures
                noun_end = after_start = plural.end()  # ("69% van de volwassen inwoners ervaart")
            elif (
                plural
                and (number.unit == "count" or partitive)
                and plural.group("noun").lower() not in FUNCTION_WORDS
            ):
                # a count of a plural noun the vocabulary does not know ("tien
                # schuldeisers"), or a share of such a group ("1 op de 8 kinderen",
                # "40% van de woningen"): the group is not a measure the vocabulary has
                lo = self.clause_start(max(floor, sentence.start), number.start)
                named = vocab.cues_before(text, lo, number.start) if not partitive else []
                joined = compound_cue(vocab, named, plural.group("noun"))
                return [joined] if joined else [], plural.end(), number.start
            if plural and not held and plural.group("noun").lower() not in FUNCTION_WORDS:
                noun_end = plural.end()  # "71% van de woningen", not "500 klein"
        stop = _AFTER_BREAK.search(text, number.end, ceiling)
        after_end = min(stop.start() if stop else ceiling, number.end + WINDOW)
        cues += [c for _, _, c in vocab.cues_in(text, after_start, after_end)]
        start = self.clause_start(max(floor, sentence.start), number.start)
        if not cues and start == number.start - WINDOW:  # a long subject: "Het tekort op de
            # jeugdhulp zal volgens de afdeling financiën in 2016 oplopen tot ruim drie miljoen"
            start = self.clause_start(max(floor, sentence.start), number.start, 2 * WINDOW)
        first, named = named_before(vocab, text, start, number, max(floor, sentence.start))
        cues = first + cues + named
        return cues, noun_end, start

    def observation(self, sentence: Sentence, number: Number, floor: int, ceiling: int, to=-1):
        text = self.text
        qualifier, q_start = qualifier_span(text, number.start, sentence.start)
        after = number.end
        if number.form == "ratio":  # "twee maal zo hoog als …": the comparison is in the figure
            after = number.start + len(text[number.start : number.end].split()[0])
        found = comparison_after(text, after, to if to >= 0 else sentence.end)
        comparison, reference = of_level(text, number, *found)  # "half zo hoog", "1,5 keer het …"
        if comparison is None and _WITH_BEFORE.search(text, max(floor, q_start - 5), q_start):
            # "Met ruim 800 is het aantal bijstandsgerechtigden laag in vergelijking met …"
            inverted = _INVERTED_LEVEL.match(text, number.end, sentence.end)
            if inverted:
                comparison, reference = comparison_after(
                    text, inverted.end("subject"), sentence.end
                )
        if comparison is None and text[max(floor, q_start - 3) : q_start].rstrip().endswith("("):
            comparison, reference = _changes.level_before(text, max(floor, q_start - 60), q_start)
        cues, noun_end, clause = self.ranked_cues(sentence, number, floor, ceiling)
        stated = (
            _DIFFERENCE.match(text, number.end, min(ceiling, number.end + WINDOW))
            if number.unit in PERCENTS
            else None
        )
        difference = stated is not None
        if comparison in {"more", "less"} and reference and not difference:
            # a level, not a difference: "€ 610,- per inwoner, iets meer dan gemiddeld"
            comparison = "higher" if comparison == "more" else "lower"
        if comparison is None and difference:
            # "10% minder uitgegeven": a stated difference compares without a reference
            cmp = stated.group().split()[-1].lower() if stated is not None else ""
            comparison = COMPARISON_WORDS.get(cmp)
        level = comparison  # what follows finds a change over time, not a level
        if comparison is None and number.form == "vague":  # "een groeiend aantal ouderen"
            words = text[number.start : number.end].lower().split()
            comparison = _GROWING.get(words[1].removesuffix("e")) if len(words) > 1 else None
        if (
            comparison is None
            and number.form == "ratio"
            and " " not in _ONE_ARTICLE.sub("", text[number.start : number.end])
        ):
            # a ratio in one word of change: "bijna verdubbeld", "gehalveerd", "een verdubbeling"
            comparison = "higher" if number.value is not None and number.value > 1 else "lower"
        if comparison is None:
            reach = _changes.reach(text, sentence.start, floor, number.start)
            comparison = _changes.change_before(text, min(q_start, number.start), reach)
            # "daalde het aantal cliënten met 12%": the share is the amount of the change
            by = _BY_PERCENT.search(text, max(floor, q_start - 5), q_start)
            difference = difference or bool(comparison and by and number.unit in PERCENTS)
        changed = _changes.change_after(text, number, q_start, floor, ceiling)
        if comparison is None and changed:
            comparison, difference = changed, True  # the amount of a change, of any measure
        if comparison and not level:
            self.moved.add(min(q_start, number.start))
        if comparison and reference is None and EARLIER.match(text, after, sentence.end):
            reference = "previous year"  # "een daling van € 3,4 miljoen ten opzichte van 2015"
        free = number.unit in {"ratio", POINTS} or difference
        prefer = "percent" if search(_SHARE, text, clause, number.start) else "count"
        label = text[number.end : noun_end].strip(" ,.;:()")
        measure = self.measures.choose(cues, number.unit, number.value, free=free, prefer=prefer)
        measure = self.recipients(number, free, measure, (q_start, floor, ceiling), sentence, label)
        measure = measure or self._unnamed(text, number, reference, label, q_start, floor, sentence)
        ind = Indicator(
            start=min(q_start, number.start),
            end=max(noun_end, number.end),
            sentence=sentence.index,
            measure=measure.key if measure else None,
            measure_label=label or (measure.label_nl if measure else ""),
            value=clean_value(number.value),
            unit=number.unit,
            approximate=number.form in {"vague", "range"}  # ("een half jaar" is six months)
            or bool(qualifier and qualifier.lower() in APPROXIMATE),
            qualifier=qualifier
            or number.qualifier
            or (text[number.start : number.end] if number.form == "vague" else None),
            comparison=comparison,
            reference=reference,
        )
        return ind, difference

    def recipients(
        self,
        number: Number,
        free: bool,
        measure: Measure | None,
        bounds: tuple,
        sentence: Sentence,
        label: str = "",
    ) -> Measure | None:
        """``measure``, or the provision's count for a count of its recipients: "2.300
        huishoudens ontvangen een bijstandsuitkering", also named before a figure without a
        noun (``label``) of its own: "het aantal huishoudens met een bijstandsuitkering steeg
        van 1.150 naar 1.420" (``bounds``: the figure's start with its qualifier, the floor and
        the ceiling of its reading; ``free``: a stated difference)."""
        if number.form == "frequency":
            return None  # "twee keer per jaar (met de cliënten)": events, not people
        if number.unit not in ("count", PER_THOUSAND) or free:  # a count, or one per 1.000
            return measure
        q_start, floor, ceiling = bounds
        span, clause = (q_start, number.end), (max(floor, sentence.start), ceiling)
        chosen = None if number.unit == PER_THOUSAND else measure  # a rate of recipients too
        found = recipients(self.measures, self.text, span, clause, chosen) or measure
        if found and found.key in _GROUPS and not label:  # the group named before it
            found = recipients(self.measures, self.text, span, clause, None) or found
        return found

    def _unnamed(
        self,
        text: str,
        number: Number,
        reference: str | None,
        label: str,
        q_start: int,
        floor: int,
        sentence: Sentence,
    ) -> Measure | None:
        """The measure of a figure whose words name none: people who live in the place ("In
        de gemeente wonen 47.000 mensen"); a ratio's comes later (:func:`ratio_measures`)."""
        if number.unit != "count" or not label or number.form == "frequency":
            return None
        noun = text.index(label, number.end)
        if lives_here(text, q_start, noun, noun + len(label), max(floor, sentence.start)):
            return self.measures.choose([POPULATION_CUE], "count", number.value)
        return None

    def sentence(self, sentence: Sentence) -> tuple[list[Indicator], list[Indicator]]:
        """The observations of one sentence, and the national values it states."""
        found = find_numbers(self.text, sentence.start, sentence.end)
        numbers = [n for n in found if not is_time_frame(self.text, n, sentence.start)]
        nones = zero_counts(self.text, sentence.start, sentence.end)  # "geen kind": a count of 0
        nones += group_wholes(self.text, sentence.start, sentence.end)  # "alle wijken": 100%
        nones += one_per_unit(self.text, sentence.start, sentence.end)  # "op elke school een"
        numbers = sorted(numbers + nones, key=lambda n: n.start) if nones else numbers
        head = self.text[sentence.start : min(sentence.end, sentence.start + 40)]
        before = self.last_measure if _ANAPHOR.match(head) else None
        if not numbers:  # most sentences: no figure to read, nor a measure to carry on
            self.last_measure = before
            return [], []
        kept: list[Indicator] = []
        differences: list[bool] = []
        chains: list[tuple[int, list[Indicator]]] = []  # national figures, lists together
        last_national = -1  # where the national figure right before ends
        floor = sentence.start
        share = False  # "Het percentage … is 9,6 tegen 8,9 landelijk": bare shares
        paired = False  # "onder het landelijk gemiddelde (11,2% tegen 11,9%)": the second
        for i, number in enumerate(numbers):
            ceiling = numbers[i + 1].start if i + 1 < len(numbers) else sentence.end
            against = (
                i + 1 < len(numbers)
                and _AGAINST.fullmatch(self.text, number.end, ceiling) is not None
                and _PAIR_OPENS.search(self.text, max(floor, number.start - 25), number.start)
                is not None
            )
            if next_item(self.text, number, floor, sentence.end):
                ceiling = number.end  # "Inwoners: 45.210 Huishoudens: 19.800": the next label
            if bare_share(self.text, number, floor, share, sentence.start):
                number, share = replace(number, unit="percent"), True
            fraction = fraction_of_average(self.text, number)  # "de helft van het gemiddelde"
            number = fraction[0] if fraction else number
            # a figure after it as a ratio or in apposition states its own comparison
            to = comparison_end(self.text, numbers, i, ceiling)
            ind, difference = self.observation(sentence, number, floor, ceiling, to)
            if fraction:
                ind = replace(ind, comparison=fraction[1], reference=fraction[2])
            elif number.form in {"none", "all", "each"}:  # "geen kind", "alle wijken": none
                ind = replace(ind, measure=None)
            if ind.unit == "EUR":  # "hield 6 ton over", "kwam € 2 miljoen tekort"
                ind = self.left_over(ind, number, floor, ceiling)
            family = unit_family(ind.unit)
            # "(landelijk 29% en 18%)": the second figure of a list of national figures,
            # when as many figures of its unit came before
            listed = (
                last_national >= 0
                and ind.value is not None
                and unit_family(chains[-1][1][-1].unit) == family
                and _LIST_NEXT.fullmatch(self.text, last_national, number.start) is not None
                and sum(unit_family(k.unit) == family for k in kept) > len(chains[-1][1])
            )
            national = ind.value is not None and (
                paired or national_figure(self.text, number, sentence.start)
            )
            # "(11,2% tegen 11,9%)" after the national average: the pair's second is national
            paired = bool(against and national and not listed)
            if listed:
                chains[-1][1].append(ind)
                last_national = number.end
            elif national and not paired:
                chains.append((len(kept), [ind]))
                last_national = number.end
            else:  # "lager dan in vergelijkbare gemeenten (10,4%)": the group's level compares
                if not grouped(self.text, ind, number, kept, sentence.start):
                    kept.append(ind)
                    differences.append(difference or ind.unit == "ratio")  # of what it compares
                differences += [False] * (len(kept) - len(differences))  # "dan in X (51)": X's
                last_national = -1
            if ind.unit not in _SPANS:  # "is in vier jaar tijd gegroeid van 1.150 naar 1.420"
                floor = number.end
        nationals = attach(chains, kept, self.with_national)
        kept = pointed_back(self.text, pronoun_levels(self.text, sentence, kept))
        kept = differences_level(self.text, kept)
        self.last_measure = carry_measures(kept, differences, before, self.text)
        kept = ratio_measures(kept, self.measures.measures.get(RATIO_TO_NATIONAL))
        kept = against_place(self.text, from_to(self.text, kept))
        self.fill_measures(kept, sentence.start)
        return kept, nationals

    def left_over(self, ind: Indicator, number: Number, floor: int, ceiling: int) -> Indicator:
        """``ind`` as a surplus or deficit when its verb says the amount was left or short."""
        if ind.measure in _BALANCES:  # "bleef een tekort van € 2 miljoen over": a deficit
            return ind
        clause = self.clause_start(floor, number.start)
        key = left_over(self.text, clause, number.start, number.end, ceiling)
        key = key or left_joined(self.text, number.end, ceiling)  # "… 6 ton overbleef"
        measure = self.measures.measures.get(key) if key else None
        return replace(ind, measure=measure.key) if measure else ind

    def fill_measures(self, kept: list[Indicator], start: int) -> None:
        """Measures of amounts of money or time whose own words name none, from their unit.

        An amount per inhabitant is one of the measure of amounts per inhabitant; any
        other amount of money (nor its national reference) is budgeted, spent or set aside;
        an amount of time takes a measure stated in time that its clause named before it.
        """
        vocab = self.measures.measures
        for i, ind in enumerate(kept):
            if ind.measure is not None:
                continue
            if ind.unit == PER_INHABITANT and PER_INHABITANT_MEASURE in vocab:
                kept[i] = replace(ind, measure=PER_INHABITANT_MEASURE)
            elif (
                ind.unit == "EUR"
                and MONEY in vocab
                and not other_money(self.text, start, ind.start)
            ):
                kept[i] = replace(ind, measure=MONEY)  # (not "een ritprijs van € 2,80")
            elif ind.unit == "minutes":  # "De huishoudelijke hulp, die …, werd … drie uur"
                cues = self.measures.cues_before(self.text, start, ind.start)
                found = self.measures.choose(cues, ind.unit, ind.value)
                kept[i] = replace(ind, measure=found.key) if found else ind

    def with_national(self, ind: Indicator, national: Indicator) -> Indicator:
        """``ind`` with ``national``'s value; a measure the national figure names if it had none."""
        ind = with_national(ind, national)
        if ind.measure is None:
            cues = [c for _, _, c in self.measures.cues_in(self.text, national.start, national.end)]
            if national.start < ind.start:  # "Landelijk is de werkloosheid 7,4%, hier 6,1%"
                lo = self.doc.sentences[national.sentence - 1].start  # counted from one
                cues += self.measures.cues_before(self.text, lo, national.start)
            measure = self.measures.choose(cues, ind.unit, ind.value)
            ind = replace(ind, measure=measure.key if measure else None)
        return ind


def extract_indicators(
    doc: Document, extraction: Extraction, measures: MeasureVocabulary | None = None
) -> list[Indicator]:
    """Return every quantitative statement of the document.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        The extraction so far (unused fields are left alone).
    measures : MeasureVocabulary, optional
        The measure vocabulary; defaults to the one of the default ontology.

    Returns
    -------
    list of Indicator
        In text order; qualitative comparisons have ``value`` None.
    """
    from kg.extract.comparisons import trimmed

    vocab = measures if measures is not None else default_measures()
    reader = _Reader(doc, vocab)
    found: list[Indicator] = []
    previous: list[Indicator] = []
    pending: dict[int, Indicator] = {}  # a national figure a sentence's own level is compared to
    for sentence in doc.sentences:
        kept, nationals = national_clause(doc.text, sentence, *reader.sentence(sentence))
        text = doc.text[sentence.start : min(sentence.end, sentence.start + 80)]
        if previous and kept and NATIONAL_SENTENCE.match(text):
            apply_national_sentence(previous, kept)
            continue
        own = compared_national(doc.text, sentence.start, nationals) if not kept else None
        if own is not None:  # "… boven het landelijk gemiddelde van 7,4%": this sentence's level
            pending[sentence.index] = own
        elif nationals and previous and not kept:
            apply_national_sentence(previous, nationals)
        found += previous
        previous = kept
    found += previous
    found = [trimmed(doc.text, i) for i in found]
    found = levels_with_figure(doc.text, *compared_levels(doc, found, vocab))
    found = equal_to_national(doc.text, national_levels(found, pending))  # "evenveel als landelijk"
    found = comparable_group(doc, over_time(doc.text, pointed_levels(doc, found), reader.moved))
    found.sort(key=indicator_order)
    # what names no measure of its own: a level a change reaches, an earlier value, a restated share
    found = bracketed_shares(doc.text, reached_levels(doc, found, vocab), vocab)
    found = narrowed_groups(doc.text, narrowed_population(doc.text, found, vocab), vocab)
    found = target_levels(doc, [estimated(doc.text, judged_low(i)) for i in found])  # "ver beneden"
    found = then_and_now(doc, point_changes(doc, earlier_values(doc, found)))  # "in 2015 …; nu …"
    found = table_rows(doc, restated_shares(doc.text, found), vocab)
    # "ruim 20% boven …", "index 94", "twee keer zo veel als in 2015", "de grootste gemeente"
    found = percent_distances(doc.text, stated_distances(doc.text, found))  # "13%, 5% minder …"
    found = size_ranks(doc, extraction, index_figures(doc, found))
    found = earlier_moments(doc, against_own_norm(doc, waiting_times(doc, found, vocab.measures)))
    # "(2014: 980; 2015: 1.045; 2016: 1.115)": one change; "in de wijken X ligt dat aandeel …"
    found = regional_averages(year_series(doc, district_levels(doc, found)))
    found = keyed_changes(doc, found, vocab)  # "Wachtlijst: fors opgelopen."
    found = later_amounts(doc.text, found)  # "in 2015 veel klachten, inmiddels minder"
    found = shrinking_works(doc, closed_intakes(doc, found))  # "de instroomstop", "… krimpt"
    found = restated_balances(doc.text, found)  # "het tekort" after its amount: the same one
    found = money_limits(doc.text, found)  # "tot een bedrag van € 5.000": a limit
    return caseload_counts(doc.text, found)  # "de caseload is 60 huishoudens"
