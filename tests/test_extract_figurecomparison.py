"""The comparison and reference after a figure (``kg.extract.figurecomparison``), on
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.figurecomparison import comparison_after
from tests.extract_helpers import extract_text


def _after(sentence: str, figure: str) -> tuple[str | None, str | None]:
    pos = sentence.index(figure) + len(figure)
    return comparison_after(sentence, pos, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "Het aandeel is 7,4%, hoger dan het landelijk gemiddelde.",
            "7,4%",
            ("higher", "national average"),
        ),
        ("De werkloosheid is met 4,8% lager dan in de regio.", "4,8%", ("lower", "region")),
        ("Er zijn 300 cliënten, 12% meer dan vorig jaar.", "12%", ("more", "previous year")),
        (
            "Het aandeel 65-plussers is 19%, gelijk aan het landelijk gemiddelde.",
            "19%",
            ("equal", "national average"),
        ),
        ("Het aantal is 800, rond de 800 zoals altijd.", "800", (None, None)),
        ("Er wonen 21.000 mensen.", "21.000", (None, None)),
    ],
)
def test_comparison_after(sentence, figure, expected):
    assert _after(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "reference"),
    [
        # an equal level in its several wordings, before the comparatives it holds
        (
            "Van de jongeren krijgt 11% jeugdhulp, evenveel als landelijk.",
            "11%",
            "national average",
        ),
        ("De werkloosheid is 5%, net zo hoog als in de provincie.", "5%", "province"),
        ("Er zijn 300 cliënten, net zoveel als vorig jaar.", "300 cliënten", "previous year"),
        ("Met 21% is het aandeel ouderen even groot als in de regio.", "21%", "region"),
        ("Het aandeel is 9%, even laag als in vergelijkbare gemeenten.", "9%", "size class"),
        (
            "Er komen 40 meldingen per maand, net zo vaak als in andere gemeenten.",
            "40 meldingen",
            "other municipalities",
        ),
    ],
)
def test_equal_levels(sentence, figure, reference):
    assert _after(sentence, figure) == ("equal", reference)


def test_a_ratio_stays_higher():
    # "drie keer zoveel", "zo vaak" without "net" or "even": a ratio of levels, not equality
    _, extraction = extract_text("Er komen drie keer zoveel meldingen als landelijk.")
    assert [i.comparison for i in extraction.indicators] == ["higher"]


def test_equal_level_in_a_profile():
    _, extraction = extract_text("Van de jongeren krijgt 11% jeugdhulp, evenveel als landelijk.")
    (ind,) = extraction.indicators
    assert (ind.comparison, ind.reference) == ("equal", "national average")
