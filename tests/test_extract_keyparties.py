"""Keys of key-value lines that name a party, a problem group or a part of the area."""

from __future__ import annotations

import pytest

from kg.extract.keyparties import key_places, party_key
from kg.extract.model import SentenceMention as M
from tests.extract_helpers import extract_text


def _m(slug: str, text: str, line: str) -> M:
    kind = slug.split("/")[0]
    at = line.index(text)
    return M("c/" + slug, kind, at, at + len(text), text, 0)


def _key_mention(line: str, slug: str) -> M:
    """The mention ``slug`` of the whole key of ``line``."""
    return _m(slug, line.split(":")[0], line)


OWN = "c/municipality/teststad"


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Kredietbank Oost: 380 aanvragen in 2016, tegen 300 in 2015", "organisation/kb"),
        ("Schuldhulpverlener: 60 gezinnen op de wachtlijst", "role/debt-counsellors"),
        ("Thuiszitters: 17 in het schooljaar 2016-2017", "problem/school-dropout"),
        ("Zandvoort: 48 uitkeringen per 1.000 inwoners", "municipality/zandvoort"),
    ],
)
def test_a_key_that_names_a_party(line, slug):
    assert party_key(line, 0, [_key_mention(line, slug)], own=OWN)


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Participatiefonds: € 120 per inwoner", "organisation/participatiefonds"),
        ("Mantelzorgers: ruim 3.000, een op de twaalf inwoners", "role/informal-carers"),
        ("Teststad: 48 uitkeringen per 1.000 inwoners", "municipality/teststad"),
    ],
)
def test_a_key_that_names_no_party(line, slug):
    assert not party_key(line, 0, [_key_mention(line, slug)], own=OWN)


def test_a_party_inside_the_key_or_outside_a_key_is_none():
    line = "Meldingen door scholen: 30% van alle meldingen"  # the referrer, a category
    assert not party_key(line, 0, [_m("role/schools", "scholen", line)], own=OWN)
    line = "Volgens de kredietbank is het aantal aanvragen 380"  # no key at all
    assert not party_key(line, 0, [_m("organisation/kb", "kredietbank", line)], own=OWN)


def test_places_in_the_key_are_what_the_figures_are_for():
    line = "Oud-West en De Hoef: aandeel lage inkomens 14%"
    ms = [_m("place/oud-west", "Oud-West", line), _m("place/de-hoef", "De Hoef", line)]
    assert key_places(line, 0, ms) == {ms[0].start, ms[1].start}
    other = "In Oud-West ligt het aandeel hoger: 14%."
    assert key_places(other, 0, [_m("place/oud-west", "Oud-West", other)]) == set()


def _quotes(line: str) -> list[str]:
    """The findings of a slide's block of key figures that holds ``line``."""
    doc, ex = extract_text(
        "Kerncijfers:",
        "- Inwoners: 31.000 (2016)",
        line,
        heading="Demografie en sociaaleconomische situatie",
    )
    return [doc.text[f.start : f.end] for f in ex.findings]


@pytest.mark.parametrize(
    "line",
    [
        "- 75-plussers: 11%, tegen 8% landelijk",
        "- Uitkeringen: 412 per 1.000 huishoudens, minder dan in buurgemeente Haarlem",
        "- Wmo-cliënten: ongeveer 2.300 (2016)",
        "- Mantelzorgers: ruim 3.000, een op de twaalf inwoners",
    ],
)
def test_a_key_figure_line_of_a_slide_is_data(line):
    assert _quotes(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Veilig Thuis Zuid: 140 meldingen uit Teststad (2016), 20% meer dan in 2015",
        "- Statushouders: taakstelling 2017 ruim 80 personen, twee keer zoveel als in 2015",
        "- Wmo-cliënten: ongeveer 2.300, maar de groei stopt door de strengere toegang",
    ],
)
def test_a_key_line_that_says_more_is_a_finding(line):
    assert _quotes(line) == [line.lstrip("- ")]
