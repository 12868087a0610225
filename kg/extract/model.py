"""What extraction returns: plain data, turned into RDF by :mod:`kg.rdf`."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kg.frozen import quick_init
from kg.vocab import EntityKind, Polarity, RelationType, Unit


@quick_init
@dataclass(frozen=True)
class Entity:
    """An entity the extractor resolved or minted.

    Attributes
    ----------
    iri : str
        Its IRI (under the default base; rebased when the graph is written).
    kind : str
        ``municipality``, ``region``, ``body``, ``organisation``, ``place``,
        ``law``, ``role`` or ``problem``.
    label : str
        Its Dutch name.
    minted : bool
        True when the ontology does not know it and the extractor created it.
    labels : tuple of str
        Further names of a minted entity (an abbreviation, a spelled-out form,
        "regio X"), written as ``skos:altLabel``.
    """

    iri: str
    kind: EntityKind
    label: str
    minted: bool = False
    labels: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class SentenceMention:
    """A mention with the sentence it sits in (None for the title line)."""

    entity: str
    kind: EntityKind
    start: int
    end: int
    text: str
    sentence: int | None


@quick_init
@dataclass(frozen=True)
class Finding:
    """One claim about the profile's municipality.

    Attributes
    ----------
    start, end : int
        Span of the verbatim quote (one or two sentences).
    sentences : tuple of int
        Indices of the sentences the quote covers.
    speakers : tuple of str
        IRIs of the actor roles that state the claim, sorted (``role/authors``
        when the text names no one).
    concerns : tuple of str
        IRIs of what the claim is about, sorted; never the speaker itself.
    polarity : str
        ``positive``, ``negative``, ``mixed`` or ``neutral``.
    section : int or None
        Index of the section it sits in.
    extracted_by : str
        ``rules`` or ``curation``.
    topics : tuple of str
        IRIs of the topic concepts the claim discusses, sorted
        (:mod:`kg.extract.topics`).
    reports : tuple of str
        IRIs of the problems the claim reports as a difficulty of the
        municipality: discussed, in a negative or mixed claim, and neither
        denied, negated nor hypothetical (:mod:`kg.extract.negation`).
    """

    start: int
    end: int
    sentences: tuple[int, ...]
    speakers: tuple[str, ...]
    concerns: tuple[str, ...]
    polarity: Polarity
    section: int | None
    extracted_by: str = "rules"
    topics: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class Topic:
    """A subject a finding discusses: a noun or noun phrase, lemmatised.

    Attributes
    ----------
    iri : str
        ``concept/topic/<slug of the lemma>``: the same lemma gives the same
        topic in every document.
    label : str
        The Dutch lemma (lower case, singular): ``wachtlijst``,
        ``huishoudelijke hulp``.
    label_en : str or None
        English label when the vocabulary knows one (a problem or role
        concept whose preferred label is this lemma); None otherwise.
    broader : tuple of str
        IRIs of the problem concepts of the taxonomy the topic falls under.
    """

    iri: str
    label: str
    label_en: str | None = None
    broader: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class Indicator:
    """One quantitative statement, as a statistical observation.

    Attributes
    ----------
    start, end : int
        Span of the quote holding the value and what it measures.
    sentence : int
        Index of the sentence.
    measure : str or None
        Key of what is measured, a concept of the measure vocabulary
        (``inhabitants``, ``share-65-plus``); None when the vocabulary does not
        know what the number quantifies.
    measure_label : str
        Dutch phrase for the measure as found in the text.
    value : Decimal or None
        The number as the text means it (``8 ton`` → 800000); None when the
        text compares without a figure ("is lager dan landelijk") or gives a
        vague amount ("duizenden").
    unit : Unit or None
        One of :data:`kg.vocab.UNITS` (``count``, ``percent``, ``EUR``, ``ratio``,
        ``years``, ``rank`` …); None with no value (except a vague count, which keeps
        ``count``).
    approximate : bool
        True for ``ongeveer``, ``ruim``, ``bijna``, ``iets minder dan`` …
    qualifier : str or None
        The approximation words.
    comparison : str or None
        ``more``, ``less``, ``higher``, ``lower``, ``equal``, ``better`` or ``worse``.
    reference : str or None
        ``national average``, ``comparable municipalities`` or ``other municipalities``.
    national_value : Decimal or None
        The national reference value, when the text gives one.
    extracted_by : str
        ``rules`` or ``curation``.
    """

    start: int
    end: int
    sentence: int
    measure: str | None
    measure_label: str
    value: Decimal | None
    unit: Unit | None
    approximate: bool = False
    qualifier: str | None = None
    comparison: str | None = None
    reference: str | None = None
    national_value: Decimal | None = None
    extracted_by: str = "rules"


def indicator_order(indicator: Indicator) -> tuple[int, int, str, str]:
    """The key indicators are kept in: span, then measure key, then measure label.

    Parameters
    ----------
    indicator : Indicator
        The indicator to place.

    Returns
    -------
    tuple of (int, int, str, str)
        Its start, its end, its measure key (``""`` when it has none) and its
        measure label.

    Examples
    --------
    >>> a = Indicator(start=4, end=9, sentence=0, measure=None, measure_label="instroom",
    ...               value=None, unit=None)
    >>> indicator_order(a)
    (4, 9, '', 'instroom')
    """
    return indicator.start, indicator.end, indicator.measure or "", indicator.measure_label


def with_new_indicators(found: list[Indicator], new: list[Indicator]) -> list[Indicator]:
    """``found`` with the ``new`` indicators a later reader added, in
    :func:`indicator_order`.

    Parameters
    ----------
    found : list of Indicator
        The indicators read so far.
    new : list of Indicator
        The ones a reader adds.

    Returns
    -------
    list of Indicator
        ``found`` itself (not a copy) when ``new`` is empty; otherwise a new list of
        both, sorted by :func:`indicator_order` (a stable sort: equal keys keep
        their order, ``found`` first).

    Examples
    --------
    >>> def ind(start, end, label):
    ...     return Indicator(start=start, end=end, sentence=0, measure=None,
    ...                      measure_label=label, value=None, unit=None)
    >>> found = [ind(0, 5, "b"), ind(20, 30, "a")]
    >>> with_new_indicators(found, []) is found
    True
    >>> [(i.start, i.measure_label) for i in with_new_indicators(found, [ind(0, 5, "a")])]
    [(0, 'a'), (0, 'b'), (20, 'a')]
    """
    if not new:
        return found
    return sorted(found + new, key=indicator_order)


@quick_init
@dataclass(frozen=True)
class Relation:
    """A typed relation between two organisations, with its evidence.

    Attributes
    ----------
    type : str
        Slug of the relation type (``member-of``, ``lead-municipality``,
        ``cooperates-with``, ``compares-with``, ``depends-on``, ``borders-on``,
        ``related-organisation``).
    subject, object : str
        IRIs of the two organisations.
    start, end : int
        Span of the quote (the sentence).
    sentence : int
        Index of the sentence.
    extracted_by : str
        ``rules`` or ``curation``.
    """

    type: RelationType
    subject: str
    object: str
    start: int
    end: int
    sentence: int
    extracted_by: str = "rules"


@dataclass
class Extraction:
    """Everything extracted from one document."""

    municipality: Entity
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[SentenceMention] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
