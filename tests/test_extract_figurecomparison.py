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
        (
            "Het aandeel is 9%, even laag als in vergelijkbare gemeenten.",
            "9%",
            "comparable municipalities",
        ),
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


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a figure in brackets after its subject, then the copula and the level
        ("Het aandeel ouderen (21%) is hoog.", "21%", ("higher", None)),
        ("Het aantal bijstandsgerechtigden (640) is relatief klein.", "640", ("lower", None)),
        ("Het aandeel jongeren met jeugdhulp (12%) ligt laag.", "12%", ("lower", None)),
        # a level with its reference after it
        (
            "De werkloosheid (4%) is laag in vergelijking met de regio.",
            "4%",
            ("lower", "regional average"),
        ),
        (
            "Met 3% is de werkloosheid laag in vergelijking met andere gemeenten.",
            "3%",
            ("lower", "other municipalities"),
        ),
    ],
)
def test_a_level_after_a_figure_in_brackets(sentence, figure, expected):
    _, extraction = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in extraction.indicators] == [expected]


def test_a_bracketed_figure_without_a_level_compares_nothing():
    assert _after("Het aandeel ouderen (21%) is in tien jaar gegroeid.", "21%") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("De kosten van de Wmo waren 8% hoger dan begroot.", "%", ("higher", "expected")),
        ("Het tekort is 10% groter dan verwacht.", "%", ("higher", "expected")),
        ("Het aantal cliënten is 5% kleiner dan in de regio.", "%", ("lower", "region")),
        ("Het aantal cliënten ligt 15% onder het regionale gemiddelde.", "%", ("lower", "region")),
        ("Het aandeel is met 24% hoger dan in Limburg.", "%", ("higher", "province")),
    ],
)
def test_a_figure_against_a_plan_or_with_a_comparative_of_size(sentence, figure, expected):
    pos = sentence.index(figure) + len(figure)
    assert comparison_after(sentence, pos, len(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De schuldenlast is het dubbele van vorig jaar.", ("higher", "previous year")),
        ("De armoede is het dubbele van het landelijk gemiddelde.", ("higher", "national average")),
        ("De kosten zijn het driedubbele van die van 2012.", ("higher", "previous year")),
    ],
)
def test_what_follows_het_dubbele_van_is_the_reference(sentence, expected):
    assert (
        comparison_after(sentence, sentence.index(" ", sentence.index("het ")), len(sentence))
        == expected
    )


def test_more_often_than_the_average_compares_a_ratio():
    s = "Jongeren maken drie keer vaker gebruik van jeugdhulp dan gemiddeld."
    assert comparison_after(s, s.index(" keer"), len(s)) == ("more", "national average")


def test_the_average_of_the_size_class_is_the_size_class():
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(
        "Het aantal bijstandsuitkeringen ligt ruim een kwart hoger dan gemiddeld in deze "
        "grootteklasse."
    )
    assert [(i.comparison, i.reference) for i in extraction.indicators] == [
        ("higher", "comparable municipalities")
    ]


def test_a_clause_of_its_own_after_a_comma_compares_its_own_subject():
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(
        "De werkloosheid bedraagt 4%, het aantal uitkeringen ligt hoger dan gemiddeld."
    )
    assert [(i.value is None, i.measure, i.comparison) for i in extraction.indicators] == [
        (False, "unemployment-rate", None),
        (True, "benefit-recipients", "higher"),
    ]


def test_more_than_one_after_a_figure_bounds_the_next_figure():
    s = "Veertig procent van de cliënten heeft meer dan één voorziening."
    assert comparison_after(s, s.index("procent") + 7, len(s)) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aandeel is met 31% juist bovengemiddeld.", ("higher", "national average")),
        (
            "Het gebruik is met 6% van de inwoners gemiddeld; de rest volgt.",
            ("equal", "national average"),
        ),
        ("Het aandeel is met 4% ondergemiddeld.", ("lower", "national average")),
    ],
)
def test_a_figure_said_to_be_average_is_compared_with_the_national_average(text, expected):
    assert comparison_after(text, text.index("%") + 1, len(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an age bound after a share starts no clause of its own
        (
            "Van de inwoners is 18% 65 jaar of ouder, evenveel als landelijk.",
            "%",
            ("equal", "national average"),
        ),
        (
            "Met 34% eenzame 65-plussers zit Tiel op het regionale gemiddelde.",
            "%",
            ("equal", "region"),
        ),
        # "; dat is" goes on about the figure
        (
            "Van de inwoners ervaart 69% dat als goed; dat is minder dan landelijk.",
            "%",
            ("less", "national average"),
        ),
        # "op het" without an average after it compares nothing
        ("Het aandeel is 5%, op het gebied van zorg.", "%", (None, None)),
    ],
)
def test_a_comparison_after_an_age_bound_or_a_semicolon(sentence, figure, expected):
    assert comparison_after(sentence, sentence.index(figure) + 1, len(sentence)) == expected


def test_funding_compared_is_a_level():
    _, ex = extract_text("De gemeente ontvangt voor het sociaal domein minder dan gemiddeld.")
    assert [(i.measure, i.comparison) for i in ex.indicators] == [("euro-per-inhabitant", "lower")]


def test_a_comparison_after_a_bracketed_aside_is_not_the_aside_figures():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "De gemeente (ruim 40.000 inwoners) heeft een werkloosheid die hoger ligt dan landelijk."
    )
    inhabitants = [i for i in ex.indicators if i.measure == "inhabitants"]
    assert [(i.value, i.comparison) for i in inhabitants] == [(40000, None)]


def test_a_bare_bracketed_level_keeps_the_comparison_after_it():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het aandeel 65-plussers (15%) ligt onder het landelijk gemiddelde.")
    assert [(i.value, i.comparison) for i in ex.indicators] == [(15, "lower")]
