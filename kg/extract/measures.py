"""The controlled measure vocabulary (``ontology/measures.ttl``) and its cue words.

Each :class:`Measure` is a SKOS concept of the scheme ``measures`` with the
units it is stated in (``kg:expectedUnit``), an optional lower bound for a
count (``kg:minimumValue``) and its Dutch labels, which are the cue words the
extractor looks for around a number ("inwoners", "per inwoner",
"65-plussers", "tekort"). :class:`MeasureVocabulary` finds the cues in a
stretch of text and picks, from cues ranked by the caller, the first measure
that fits the number's unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kg.extract.rulegates import word_tree
from kg.extract.wordtokens import lowered
from kg.namespaces import CONCEPT, KG, SKOS

if TYPE_CHECKING:
    from rdflib import Graph

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: The population: in a phrase naming another measure too, it is that measure's base
#: ("het aantal inwoners met een bijstandsuitkering ligt onder het gemiddelde").
POPULATION = "inhabitants"
#: The population's plain cue word, for a count of people that lives in the place
#: (:mod:`kg.extract.residents`).
POPULATION_CUE = "inwoners"
#: The measure of a ratio to the national figure whose quantity the text does not name.
RATIO_TO_NATIONAL = "ratio-to-national"
#: The measure of an amount in euros whose clause names no other measure: a profile's
#: money is budgeted, spent or set aside ("Voor de Wmo wordt € 1,2 miljoen verwacht").
MONEY = "budget"


@dataclass(frozen=True)
class Measure:
    """One concept of the measure vocabulary.

    Attributes
    ----------
    key : str
        Its slug (``inhabitants``); the IRI is ``concept/measure/<key>``.
    label_nl, label_en : str
        Preferred labels.
    units : tuple of str
        The units it is stated in (``count``, ``percent`` …).
    minimum : Decimal or None
        The smallest count it can have.
    cues : tuple of str
        Its Dutch labels, lower case.
    strict : bool
        Whether only a figure in one of its units has it, also a ratio or a difference
        (``kg:strictUnit``: "uren huishoudelijke hulp" are hours, not a change of clients).
    """

    key: str
    label_nl: str
    label_en: str
    units: tuple[str, ...]
    minimum: Decimal | None = None
    cues: tuple[str, ...] = ()
    strict: bool = False

    @property
    def iri(self) -> str:
        """``…/concept/measure/<key>``."""
        return f"{CONCEPT}measure/{self.key}"


class MeasureVocabulary:
    """The measures and a matcher over their cue words.

    Parameters
    ----------
    measures : iterable of Measure

    Examples
    --------
    >>> vocab = MeasureVocabulary([
    ...     Measure("inhabitants", "inwoners", "inhabitants", ("count",), Decimal(500),
    ...             ("inwoners",)),
    ...     Measure("share-65-plus", "65-plussers", "share 65+", ("percent",), None,
    ...             ("65-plussers", "ouderen")),
    ... ])
    >>> text = "30.000 inwoners, 4% ouderen"
    >>> [cue for _, _, cue in vocab.cues_in(text, 0, len(text))]
    ['inwoners', 'ouderen']
    >>> vocab.choose(["inwoners"], "count", Decimal(30000)).key
    'inhabitants'
    >>> vocab.choose(["inwoners"], "count", Decimal(2)) is None  # below the minimum
    True
    >>> vocab.choose(["inwoners", "ouderen"], "percent", Decimal(4)).key
    'share-65-plus'
    """

    def __init__(self, measures: Iterable[Measure]) -> None:
        self.measures = {m.key: m for m in sorted(measures, key=lambda m: m.key)}
        self._by_cue: dict[str, list[Measure]] = {}
        for measure in self.measures.values():
            for cue in measure.cues:
                self._by_cue.setdefault(cue, []).append(measure)
        self._pattern = _cue_pattern(self._by_cue) if self._by_cue else None
        #: The pattern with case, for a text's lower case (:func:`kg.extract.wordtokens.lowered`):
        #: it matches there where the pattern matches the text without case, and a literal
        #: tried with case fails at once (one without case is read letter by letter).
        self._lower = re.compile(self._pattern.pattern) if self._pattern is not None else None

    @classmethod
    def from_graph(cls, graph: Graph) -> MeasureVocabulary:
        """Read every ``kg:Measure`` of an ontology graph."""
        from rdflib import Literal, URIRef

        measures = []
        for subject in graph.subjects(URIRef(RDF_TYPE), URIRef(KG + "Measure")):
            iri = str(subject)
            if not iri.startswith(CONCEPT + "measure/"):
                continue
            labels = {"nl": "", "en": ""}
            cues = set()
            for prop in ("prefLabel", "altLabel", "hiddenLabel"):
                for label in graph.objects(subject, URIRef(SKOS + prop)):
                    if not isinstance(label, Literal):
                        continue
                    if prop == "prefLabel" and label.language in labels:
                        labels[label.language] = str(label)
                    if label.language in (None, "nl"):
                        cues.add(str(label).lower())
            units = sorted(str(u) for u in graph.objects(subject, URIRef(KG + "expectedUnit")))
            minimum = graph.value(subject, URIRef(KG + "minimumValue"))
            strict = graph.value(subject, URIRef(KG + "strictUnit"))
            measures.append(
                Measure(
                    iri[len(CONCEPT + "measure/") :],
                    labels["nl"],
                    labels["en"],
                    tuple(units),
                    Decimal(str(minimum)) if minimum is not None else None,
                    tuple(sorted(cues)),
                    bool(isinstance(strict, Literal) and strict.toPython() is True),
                )
            )
        return cls(measures)

    def __len__(self) -> int:
        return len(self.measures)

    def cues_in(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The cue words in ``text[start:end]``: ``(start, end, cue)`` in text order."""
        if self._pattern is None or self._lower is None or start >= end:
            return []
        low = lowered(text)
        if low is not None:  # the text's offsets, its cues in lower case
            found = [(m.start(), m.end(), m.group()) for m in self._lower.finditer(low, start, end)]
        else:
            found = [
                (m.start(), m.end(), m.group().lower())
                for m in self._pattern.finditer(text, start, end)
            ]
        if any(c in _AGE_GROUPS for _, _, c in found):
            found = [f for f in found if not _subgroup(text, *f)]
            found = self._past_age_bounds(text, found, end)
        elif any(c in _CARERS for _, _, c in found):
            found = [f for f in found if not _subgroup(text, *f)]
        return found

    def _past_age_bounds(
        self, text: str, found: list[tuple[int, int, str]], end: int
    ) -> list[tuple[int, int, str]]:
        """``found`` with an age group's cue read on past its age bound: "jongeren tot 18 jaar
        met jeugdhulp" is the cue "jongeren met jeugdhulp" (the cues inside it dropped).

        Examples
        --------
        >>> vocab = load_measures()
        >>> s = "het aantal jongeren tot 18 jaar met jeugdhulp"
        >>> [c for _, _, c in vocab.cues_in(s, 0, len(s))]
        ['jongeren met jeugdhulp']
        >>> s = "het aandeel jongeren tot 18 jaar is 20%"
        >>> [c for _, _, c in vocab.cues_in(s, 0, len(s))]
        ['jongeren']
        """
        out: list[tuple[int, int, str]] = []
        skip_to = -1
        for a, b, cue in found:
            if a < skip_to:
                continue  # inside a cue read past an age bound
            bound = AGE_BOUND.match(text, b, end) if cue in _AGE_GROUPS else None
            longer = (
                self.cue_at(cue + text[bound.end() : min(end, bound.end() + 60)], 0, 200)
                if bound
                else None
            )
            if bound and longer and len(longer) > len(cue):
                b = skip_to = bound.end() + len(longer) - len(cue)
                cue = longer
            out.append((a, b, cue))
        return out

    def cues_before(self, text: str, start: int, end: int) -> list[str]:
        """The cue words in ``text[start:end]``, nearest the end first, without the
        complement of an amount of money: "de uitgaven aan dagbesteding" names spending
        (a complement the vocabulary lists with it stays: "uitgaven aan jeugdhulp").

        Examples
        --------
        >>> vocab = load_measures()
        >>> s = "De uitgaven aan dagbesteding stegen met"
        >>> vocab.cues_before(s, 0, len(s))
        ['uitgaven']
        >>> s = "De uitgaven aan jeugdhulp stegen met"
        >>> vocab.cues_before(s, 0, len(s))
        ['uitgaven aan jeugdhulp']
        >>> s = "Het aantal jongeren in de jeugdzorg is"
        >>> vocab.cues_before(s, 0, len(s))
        ['jeugdzorg', 'jongeren']
        """
        found = self.cues_in(text, start, end)
        kept = [
            cue
            for k, (a, _b, cue) in enumerate(found)
            if not (
                k
                and self.money(found[k - 1][2])
                and _COMPLEMENT.fullmatch(text, found[k - 1][1], a) is not None
            )
        ]
        return kept[::-1]

    def money(self, cue: str) -> bool:
        """Whether every measure of a cue is an amount of money (a budget, a deficit)."""
        measures = self._by_cue.get(cue, ())
        return bool(measures) and all("EUR" in m.units for m in measures)

    def cue_at(self, text: str, pos: int, end: int) -> str | None:
        """The cue that starts exactly at ``pos`` (before ``end``), if any."""
        if self._pattern is None or self._lower is None:
            return None
        low = lowered(text)
        m = self._pattern.match(text, pos, end) if low is None else self._lower.match(low, pos, end)
        return m.group().lower() if m else None

    def measures_of(self, cue: str) -> tuple[Measure, ...]:
        """The measures a cue word names (none for a word that is no cue).

        Examples
        --------
        >>> vocab = MeasureVocabulary([Measure("clients", "cliënten", "clients", ("count",),
        ...                                    cues=("cliënten", "klanten"))])
        >>> [m.key for m in vocab.measures_of("klanten")], vocab.measures_of("raad")
        (['clients'], ())
        """
        return tuple(self._by_cue.get(cue.lower(), ()))

    def choose(
        self,
        cues: Sequence[str],
        unit: str | None,
        value: Decimal | None,
        *,
        free: bool = False,
        prefer: str = "count",
    ) -> Measure | None:
        """The measure of the first cue that fits the number.

        Parameters
        ----------
        cues : sequence of str
            Cue words, best first.
        unit : str or None
            The number's unit.
        value : Decimal or None
            Its value (checked against a measure's minimum).
        free : bool
            True for a ratio, a stated difference or a comparison without a
            figure: it quantifies whatever measure it compares, in any unit.
        prefer : str
            The unit to prefer when a free number's cue names several measures
            (``percent`` after "het aandeel", else ``count``).
        """
        if free and unit == "EUR":
            # an amount of money changes or compares an amount of money: "het budget voor de
            # jeugdhulp is met € 1 miljoen verhoogd" is no change of the share in youth care
            money = self.choose(cues, unit, value, prefer=prefer)
            if money is not None:
                return money
        if free:  # the population is the base of another measure's share or count
            cues = sorted(
                cues, key=lambda c: all(m.key == POPULATION for m in self._by_cue.get(c, ()))
            )
        for cue in cues:
            # a change of a quantity whose cue names its unit of time: "het aantal uren
            # huishoudelijke hulp is met 30% verlaagd" changes the hours (kg:strictUnit)
            timed = free and _TIME_WORDS.search(cue) is not None
            fitting = [
                m
                for m in self._by_cue.get(cue, ())
                if _fits(m, unit, value, free) or (timed and m.strict)
            ]
            if fitting:
                fitting.sort(key=lambda m: (prefer not in m.units, m.key))
                return fitting[0]
        return None


#: The age groups whose share of the population is a measure ("ouderen", "jongeren"), and
#: the adjectives that make a subgroup of one, whose number is no such share: "kwetsbare
#: ouderen", "eenzame ouderen", "alleenstaande ouderen".
_AGE_GROUPS = frozenset(("ouderen", "jongeren"))
_SUBGROUP_WORDS = frozenset(
    (
        "kwetsbare",
        "eenzame",
        "alleenstaande",
        "thuiswonende",
        "wonende",  # "zelfstandig wonende ouderen"
        "dementerende",
        "hulpbehoevende",
        "zorgbehoevende",
        "zorgmijdende",
        "dakloze",
        "verwarde",
    )
)


#: The informal carers, and the adjectives of a burden that make a subgroup of them whose
#: number is no count of the carers: "ruim 90 overbelaste mantelzorgers" counts the
#: overburdened (general Dutch; the Movisie and SCP term "zwaarbelaste mantelzorgers").
_CARERS = frozenset(("mantelzorgers",))
BURDENED: frozenset[str] = frozenset(("overbelaste", "zwaarbelaste"))


def _subgroup(text: str, start: int, end: int, cue: str) -> bool:
    """Whether an age group's cue names a subgroup: "kwetsbare ouderen", "jongeren die de
    school verlaten".

    Examples
    --------
    >>> s = "Er wonen meer kwetsbare ouderen en meer ouderen."
    >>> [_subgroup(s, i, i + 7, "ouderen") for i in (s.index("ouderen"), s.rindex("ouderen"))]
    [True, False]
    >>> s = "Het aantal jongeren dat de school verlaat is laag."
    >>> _subgroup(s, 11, 19, "jongeren")
    True
    >>> s = "De werkloosheid onder jongeren is hoog."
    >>> _subgroup(s, 22, 30, "jongeren")
    True
    >>> s = "Er zijn 90 overbelaste mantelzorgers en 900 mantelzorgers."
    >>> [_subgroup(s, i, i + 13, "mantelzorgers") for i in (23, 45)]
    [True, False]
    """
    if cue in _CARERS:
        return _word_before(text, start) in BURDENED
    if cue not in _AGE_GROUPS:
        return False
    if _RELATIVE.match(text, end):
        return True  # restricted by a relative clause or by what it has ("ouderen met …")
    word = _word_before(text, start)
    # "de werkloosheid onder jongeren": the group is where another measure is taken
    return word in _SUBGROUP_WORDS or word == "onder"


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, lower case (a cheap read: most cues of a text are looked
    up many times)."""
    space = text.rfind(" ", max(0, start - 30), start - 1)
    return text[space + 1 : start].strip().lower()


#: An age bound right after an age group: "jongeren tot 18 jaar", "kinderen van 4 tot 12
#: jaar", "ouderen boven de 75", "jongeren (0-17 jaar)".
AGE_BOUND = re.compile(
    r"\s+(?:(?:tot|onder|boven|van|tussen)\s+(?:de\s+)?[\w-]+(?:\s+(?:tot|en|t/m)\s+[\w-]+)?"
    r"(?:\s+jaar)?|\(\s*[\w-]+\s*(?:-|tot|t/m)\s*[\w-]+(?:\s+jaar)?\s*\))(?=\s)",
    re.IGNORECASE,
)
#: A relative clause or what it has, which restrict a group: "jongeren die …", "ouderen met
#: dementie".
_RELATIVE = re.compile(r"\s+(?:(?:die|dat)\s+(?!is\b|zijn\b)|met\s)", re.IGNORECASE)


#: What joins an amount of money to what it is spent on or short of: "de uitgaven aan
#: jeugdhulp", "het tekort op de jeugdzorg", "het budget voor de Wmo", "het tekort in de
#: jeugdzorg".
_COMPLEMENT = re.compile(r"\s+(?:aan|voor|op|van|in|bij)\s+(?:de\s+|het\s+)?", re.IGNORECASE)


def _cue_pattern(cues: Iterable[str]) -> re.Pattern:
    """A pattern matching the longest cue at a position, as a whole word (any case).

    The head of a compound with a hyphen is a word too: "het Wmo-budget" is a budget,
    "de PGB-uitgaven" are spending (a longer cue starting at the compound goes first).

    The cues as a tree of their letters (:func:`kg.extract.rulegates.word_tree`):
    without case a flat alternation tries every cue at every word start. The tree
    matches as the alternation of the cues longest first does when no two
    different letters of the cues match each other without case (then no two
    branches of the tree go on at the same letter); else it is that alternation.

    Examples
    --------
    >>> p = _cue_pattern(["wmo", "wmo-cliënten", "cliënten", "ouderen"])
    >>> [m.group() for m in p.finditer("Wmo-cliënten, wmo-x en WMO; ouderenzorg, Pgb-cliënten")]
    ['Wmo-cliënten', 'wmo', 'WMO', 'cliënten']
    """
    ordered = sorted(set(cues), key=lambda c: (-len(c), c))
    letters = sorted(set("".join(ordered)))
    apart = not any(
        re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in letters for b in letters if a != b
    )
    words = word_tree(set(ordered)) if apart else "(?:" + "|".join(map(re.escape, ordered)) + ")"
    return re.compile(r"(?<!\w)" + words + r"(?!\w)", re.IGNORECASE)


#: A cue word naming a unit of time: the quantity is time, also when a change states it.
_TIME_WORDS = re.compile(r"\b(?:uren|uur|minuten|dagen|weken)\b")


def _fits(measure: Measure, unit: str | None, value: Decimal | None, free: bool) -> bool:
    too_small = measure.minimum is not None and value is not None and value < measure.minimum
    if unit == "count" and too_small:
        return False
    return (free and not measure.strict) or unit in measure.units


def load_measures(directory: str | None = None) -> MeasureVocabulary:
    """The measure vocabulary of an ontology folder (default: the project's)."""
    from kg.ontology import load_ontology

    return MeasureVocabulary.from_graph(load_ontology(directory))
