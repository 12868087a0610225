"""A small table of years in running text (:mod:`kg.extract.figuretables`), read in an
invented profile."""

from __future__ import annotations

from decimal import Decimal

from tests.extract_helpers import extract_text

_TABLE = """De monitor geeft het volgende beeld (aantal cliënten op 31 december):

                                   2014      2015
Wmo-maatwerkvoorzieningen          2.050     2.260
Bijstandsuitkeringen               1.880     1.790

Het aandeel jongeren met jeugdhulp komt daarmee op 11,4%.
"""


def _rows(text: str) -> list[tuple[str, Decimal | None, str | None, str | None, str | None]]:
    doc, ex = extract_text(text)
    return [
        (
            doc.text[i.start : i.end],
            i.value,
            i.comparison,
            i.reference,
            i.measure.rsplit("/", 1)[-1] if i.measure else None,
        )
        for i in ex.indicators
        if i.unit == "count"
    ]


def test_each_row_of_a_table_of_years_is_one_change():
    assert _rows(_TABLE) == [
        ("Wmo-maatwerkvoorzieningen 2.050 2.260", Decimal(2260), "increase", "2014", "clients"),
        (
            "Bijstandsuitkeringen 1.880 1.790",
            Decimal(1790),
            "decrease",
            "2014",
            "benefit-recipients",
        ),
    ]


def test_figures_in_a_line_without_a_header_of_years_stay_apart():
    text = "De monitor geeft dit beeld:\n\nWmo-cliënten 2.050 2.260\n"
    assert [v for _, v, _, _, _ in _rows(text)] == [Decimal(2050), Decimal(2260)]
