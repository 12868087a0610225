"""Vague amounts that also set the scope of a comparison without a figure.

A vague amount after a preposition often says where or for whom a comparison holds
as well as how many: "de bevolking krimpt in een deel van de dorpen", "het gebruik
ligt in sommige wijken hoger dan gemiddeld". Such an amount carries no
comparison of its own, so it does not stand in the way of the comparison
(:func:`kg.extract.comparisons.qualitative_comparisons` drops a comparison that
overlaps a figure, which then carries it).
"""

from __future__ import annotations

from dataclasses import replace

from kg.document import Document
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator

__all__ = ["bare_vague", "compared_levels", "few_of_a_group"]


def bare_vague(ind: Indicator) -> bool:
    """Whether ``ind`` is an amount without a value or a comparison ("enkele aanbieders").

    Examples
    --------
    >>> bare_vague(Indicator(0, 6, 0, None, "", None, "count", approximate=True))
    True
    >>> bare_vague(Indicator(0, 6, 0, None, "", None, "count", comparison="increase"))
    False
    """
    return ind.value is None and ind.comparison is None and ind.unit is not None


def compared_levels(
    doc: Document, found: list[Indicator], vocab: MeasureVocabulary
) -> tuple[list[Indicator], list[Indicator]]:
    """The figures and the comparisons without a figure of a document.

    A comparison is read past the bare vague amounts (:func:`bare_vague`) it
    overlaps: both are observations ("krimpt in een deel van de dorpen": a
    decrease, and a part of the villages).

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The observations with a figure or a vague amount.
    vocab : MeasureVocabulary
        The measure vocabulary.

    Returns
    -------
    tuple of (list of Indicator, list of Indicator)
        The figures (``found``; a vague amount of a whole group without that group's
        measure, :data:`WHOLE_GROUPS`), and the comparisons.
    """
    from kg.extract.comparisons import qualitative_comparisons

    levels = qualitative_comparisons(doc, [i for i in found if not bare_vague(i)], vocab)
    counted = {k for k, m in vocab.measures.items() if "count" in m.units}
    found, levels = few_of_a_group(found, levels, counted)
    return [_part(i) for i in found if not _read_as_level(doc.text, i, levels)], levels


def few_of_a_group(
    found: list[Indicator], levels: list[Indicator], counted: set[str]
) -> tuple[list[Indicator], list[Indicator]]:
    """A bare "weinig X" of a countable group is a vague count, not a level of X.

    Where the level without a figure begins at the quantifier itself ("er lopen weinig
    re-integratietrajecten": the quantifier is all its degree), the vague count stays, with
    the level's measure and comparison (few: a low level), and the level goes (gold README,
    thirty-ninth session, point 18: "a bare 'weinig X' of people, organisations or places
    stays a vague count", as "weinig re-integratietrajecten", "zeer weinig bezwaarschriften").
    A level that begins before it ("relatief weinig X") or whose measure is no count (a rate:
    "er wonen weinig mensen met een laag inkomen", ``counted`` holds the measures stated in
    counts) reads the quantifier as its degree.

    Examples
    --------
    >>> vague = Indicator(10, 16, 0, None, "", None, "count", approximate=True, qualifier="weinig")
    >>> level = Indicator(10, 40, 0, "jobs", "", None, None, comparison="lower")
    >>> figures, kept = few_of_a_group([vague], [level], {"jobs"})
    >>> [(f.measure, f.unit, f.comparison) for f in figures], kept
    ([('jobs', 'count', 'lower')], [])
    >>> few_of_a_group([vague], [replace(level, start=0)], {"jobs"})[1] != []
    True
    >>> few_of_a_group([vague], [replace(level, measure="share-low-income")], {"jobs"})[1] != []
    True
    """
    few = {i.start: i for i in found if bare_vague(i) and (i.qualifier or "").lower() == "weinig"}
    if not few:
        return found, levels
    taken: dict[int, Indicator] = {}
    kept = []
    for lv in levels:
        vague = few.get(lv.start)
        rate = lv.measure is not None and lv.measure not in counted
        if vague is not None and lv.value is None and lv.end >= vague.end and not rate:
            # the level's measure: what the group does, if it names that ("weinig inwoners
            # maken gebruik van …": none the vocabulary has), not the group's size
            taken[vague.start] = replace(vague, measure=lv.measure, comparison=lv.comparison)
        else:
            kept.append(lv)
    return [taken.get(i.start, i) if i in few.values() else i for i in found], kept


#: Quantifiers that are themselves a degree: "veel" and "weinig" also say more or
#: fewer than usual, and a level without a figure reads them so.
DEGREE_QUANTIFIERS = frozenset({"veel", "vele", "weinig", "zoveel"})


def _read_as_level(text: str, ind: Indicator, levels: list[Indicator]) -> bool:
    """Whether a bare vague "veel"/"weinig" lies inside a level without a figure.

    The level already reads the words: "relatief veel huishoudens", "er wonen weinig
    mensen met een laag inkomen" (the quantifier is its degree: one observation per
    quote), or "zoals in veel kleine gemeenten is het aantal … laag" (a like case, a
    frame of comparison and no amount of the subject). A quantifier in brackets after
    the level's words glosses it and is a quote of its own ("demografie (veel
    jongeren)": a level of the age structure, and many young people).

    Examples
    --------
    >>> vague = Indicator(5, 9, 0, None, "", None, "count", approximate=True, qualifier="veel")
    >>> level = Indicator(0, 30, 0, None, "", None, None, comparison="more")
    >>> text = "Relatief veel inwoners zijn oud." + " " * 10
    >>> _read_as_level(text, vague, [level]), _read_as_level(text, vague, [])
    (True, False)
    >>> _read_as_level(text, replace(vague, qualifier="enkele"), [level])
    False
    >>> _read_as_level("Jong (veel jongeren) en oud.", replace(vague, start=6, end=10), [level])
    False
    """
    if not bare_vague(ind) or (ind.qualifier or "").lower() not in DEGREE_QUANTIFIERS:
        return False
    return any(
        lv.start <= ind.start
        and ind.end <= lv.end
        and lv.value is None
        and "(" not in text[lv.start : ind.start]
        for lv in levels
    )


#: Measures of a whole group whose vague part takes no measure: the population ("veel
#: inwoners werken in Utrecht" counts commuters, not inhabitants). A vague part of a group
#: the vocabulary counts in its own right keeps that count ("veel gezinnen": households,
#: "sommige cliënten": clients, "veel mantelzorgers": informal carers), as the gold's
#: vague amounts of the reviewed files do.
WHOLE_GROUPS: frozenset[str] = frozenset({"inhabitants"})


def _part(ind: Indicator) -> Indicator:
    """``ind`` without a whole group's measure when it is a vague amount of that group,
    and a vague share without any measure.

    A vague amount of the population counts a part of it ("veel inwoners zijn op Breda
    gericht"): what the clause says of that part is its measure, not the size of the
    whole (as a share's group is its base); a vague count of households or clients keeps
    its measure ("veel gezinnen"). A vague share
    ("het grootste deel van de jongeren die jeugdhulp krijgen") states no rate of the
    population, which is what the vocabulary's shares are.

    Examples
    --------
    >>> _part(Indicator(0, 4, 0, "inhabitants", "", None, "count")).measure is None
    True
    >>> _part(Indicator(0, 4, 0, "inhabitants", "", 40000, "count")).measure
    'inhabitants'
    >>> _part(Indicator(0, 4, 0, "households", "", None, "count")).measure
    'households'
    >>> _part(Indicator(0, 4, 0, "share-youth-care", "", None, "percent")).measure is None
    True
    """
    if bare_vague(ind) and (ind.measure in WHOLE_GROUPS or ind.unit == "percent"):
        return replace(ind, measure=None)
    return ind
