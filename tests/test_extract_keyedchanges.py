"""A change or a level stated as the value of a key-value line (``kg.extract.keyedchanges``),
on invented lines read as a whole profile would be."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _read(line: str) -> list[tuple[str, object, str | None, str | None]]:
    doc, extraction = extract_text(line)
    return [
        (doc.text[i.start : i.end], i.value, i.comparison, i.reference)
        for i in extraction.indicators
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wachtlijst dagbesteding: sterk opgelopen.", "increase"),
        ("Aantal uithuisplaatsingen: gedaald.", "decrease"),
        ("Instroom in de bijstand: licht toegenomen, vooral onder jongeren.", "increase"),
        ("Aanmeldingen schuldhulp: opnieuw afgenomen.", "decrease"),
        ("Wachttijd huishoudelijke hulp: verder gegroeid.", "increase"),
    ],
)
def test_a_participle_of_change_as_the_value_is_a_change_of_the_key(line, expected):
    found = _read(line)
    assert len(found) == 1
    quote, value, comparison, _ = found[0]
    assert line.startswith(quote) and value is None and comparison == expected


def test_the_year_a_change_runs_from_is_its_reference():
    assert _read("Aantal klachten: gestegen sinds 2014.")[0][2:] == ("increase", "2014")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Gebruik van jeugdhulp: duidelijk lager dan in vergelijkbare steden.",
            ("lower", "comparable municipalities"),
        ),
        (
            "Verwijzingen door huisartsen: veel lager dan in vergelijkbare steden.",
            ("lower", "comparable municipalities"),
        ),
        (
            "Aantal daklozen: fors hoger dan in vergelijkbare gemeenten.",
            ("higher", "comparable municipalities"),
        ),
        ("Jeugdhulp met verblijf: veel hoger dan in kleinere steden.", ("higher", None)),
    ],
)
def test_a_comparative_with_dan_as_the_value_is_a_level(line, expected):
    found = _read(line)
    assert len(found) == 1 and found[0][2:] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Samenwerking met scholen: verbeterd.",  # quality, no amount
        "Koers: van zorg naar eigen kracht.",
        "Tarieven: te laag, zeker voor specialistische hulp.",
        "Volgens de aanbieders: fors opgelopen.",  # a source, no quantity, as the key
        "Uit de gesprekken met raadsleden: gestegen.",
    ],
)
def test_no_change_without_a_participle_of_amount_right_after_the_key(line):
    assert all(c not in {"increase", "decrease"} for *_, c, _r in _read(line))


def test_a_value_with_a_figure_is_the_figures():
    found = _read("Wachtlijst: 40 kinderen, fors opgelopen.")
    assert [(q, v) for q, v, _c, _r in found] == [("40 kinderen", 40)]


@pytest.mark.parametrize(
    "line",
    [
        "Wat de wijkteams merken: fors toegenomen.",  # a clause, no key (kg.extract.linekeys)
        "De vraag naar hulp is: gestegen.",
        "Hoe het ging: gedaald.",
        "Wie het ziet: licht afgenomen.",
    ],
)
def test_a_clause_before_the_colon_states_no_change(line):
    assert all(c not in {"increase", "decrease"} for *_, c, _r in _read(line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aanvragen 2017: gestegen.", "increase"),  # a year in the key is part of the label
        ("Cliënten 65+: toegenomen.", "increase"),
        ("Meldingen (2016): gedaald.", "decrease"),
        ("Instroom 18-27 jaar: afgenomen.", "decrease"),
    ],
)
def test_a_key_with_a_figure_still_names_the_measure(line, expected):
    found = [f for f in _read(line) if f[2] in {"increase", "decrease"}]
    assert len(found) == 1 and found[0][2] == expected and found[0][0].startswith(line[:5])
