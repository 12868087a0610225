"""National reference values given to observations (:mod:`kg.extract.nationalvalues`)."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.model import Indicator
from kg.extract.nationalvalues import apply_national_sentence, attach, unit_family, with_national
from tests.extract_helpers import extract_text


def _ind(value: int, unit: str = "percent", start: int = 0) -> Indicator:
    return Indicator(start, start + 3, 0, None, "", Decimal(value), unit)


def test_unit_family_joins_amounts_of_euros():
    assert unit_family("EUR") == unit_family("EUR per inhabitant") == "EUR"
    assert unit_family(None) is None


def test_with_national_compares_and_takes_the_more_specific_unit():
    ind = with_national(_ind(400, "EUR"), _ind(475, "EUR per inhabitant"))
    assert (ind.unit, ind.comparison, ind.national_value) == (
        "EUR per inhabitant",
        "lower",
        Decimal(475),
    )
    assert with_national(_ind(7), _ind(7)).comparison == "equal"


def test_attach_gives_a_list_in_order_and_leaves_what_has_no_target():
    kept = [_ind(27), _ind(19), _ind(5, "count")]
    left = attach([(2, [_ind(29), _ind(18)])], kept)
    assert left == []
    assert [k.national_value for k in kept] == [Decimal(29), Decimal(18), None]
    assert attach([(0, [_ind(3, "EUR")])], [_ind(4)]) == [_ind(3, "EUR")]


def test_a_national_sentence_goes_onto_the_observations_before_per_unit():
    previous = [_ind(27), _ind(300, "count"), _ind(19)]
    apply_national_sentence(previous, [_ind(29), _ind(18)])
    assert [p.national_value for p in previous] == [Decimal(29), None, Decimal(18)]


def test_the_country_named_first_with_the_quantity_after_the_verb_is_national():
    from decimal import Decimal

    from kg.extract.nationalvalues import national_figure
    from kg.extract.numberform import Number

    s = "In Nederland ligt de werkloosheid op 6,0%, hier op 5,1%."
    first = Number(s.index("6,0"), s.index("6,0") + 4, Decimal(6), "percent", "digits")
    second = Number(s.index("5,1"), s.index("5,1") + 4, Decimal("5.1"), "percent", "digits")
    assert national_figure(s, first, 0) and not national_figure(s, second, 0)


def test_a_national_figure_in_a_clause_with_its_verb_after_it():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("De werkloosheid was 8,2%, terwijl het landelijk cijfer op 6,4% lag.")
    [ind] = ex.indicators
    assert (ind.value, ind.comparison, ind.national_value) == (
        Decimal("8.2"),
        "higher",
        Decimal("6.4"),
    )


def test_a_vague_level_takes_the_national_value_without_a_comparison():
    own = Indicator(0, 17, 0, "share-65-plus", "", None, "percent", True, "een groeiend deel")
    national = Indicator(30, 33, 0, None, "", Decimal(18), "percent")
    ind = with_national(own, national)
    assert (ind.national_value, ind.comparison, ind.value) == (Decimal(18), None, None)


def test_a_national_figure_after_a_vague_share_is_read_without_failing():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Een groeiend deel van de inwoners is 65 jaar of ouder (landelijk 18%).")
    (share,) = ex.indicators
    assert share.value is None and share.national_value == Decimal(18)
    assert share.measure == "share-65-plus"


def test_the_country_as_an_adverb_in_a_subordinate_clause_gives_the_national_value():
    _, ex = extract_text("Het aandeel 65-plussers is 25%, terwijl het landelijk op 19% ligt.")
    assert [(i.value, i.comparison, i.national_value) for i in ex.indicators] == [
        (Decimal(25), "higher", Decimal(19))
    ]


def test_a_closing_national_clause_goes_onto_the_figures_before_the_semicolon():
    _, ex = extract_text(
        "Van de inwoners is 27% jonger dan 25 jaar en 19% is 65 jaar of ouder; "
        "de landelijke percentages zijn 29% en 18%."
    )
    assert [(i.value, i.national_value, i.comparison) for i in ex.indicators] == [
        (Decimal(27), Decimal(29), "lower"),
        (Decimal(19), Decimal(18), "higher"),
    ]


def test_a_clause_after_a_semicolon_that_is_no_national_figure_stays_a_figure():
    _, ex = extract_text("Van de inwoners is 27% jonger dan 25 jaar; 19% is 65 jaar of ouder.")
    assert [i.value for i in ex.indicators] == [Decimal(27), Decimal(19)]
