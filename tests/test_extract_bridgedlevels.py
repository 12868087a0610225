"""A quantity and its change in different clauses: an apposition or a verb after a relative."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.bridgedlevels import bridged


@pytest.mark.parametrize(
    "sentence, word, sign",
    [
        # an apposition names the change of the figure before it
        ("Het loket telde 300 aanmeldingen, een stijging van 20%.", "stijging", -1),
        ("De wachttijden waren vier weken, een halvering ten opzichte van 2015.", "halvering", 1),
        # a relative clause between subject and verb
        ("Het aantal meldingen bij het team, dat in 2015 startte, steeg tot 400.", "steeg", -1),
        ("De participatie van ouderen, die de gemeente meet, daalde in 2016.", "daalde", -1),
    ],
)
def test_bridged_change_judges_the_quantity(sentence, word, sign):
    cues = bridged(sentence, 0, len(sentence), [])
    assert [(sentence[c.start : c.end], c.sign) for c in cues] == [(word, sign)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no quantity of the direction list before the change
        "De gemeente telde 640 inwoners, een toename van 12%.",
        # a negated change, and a verb of change not right after a relative clause
        "Het aantal meldingen bij het team, dat in 2015 startte, steeg niet.",
        "Het aantal meldingen is bekend, steeg het college op de ladder.",
    ],
)
def test_no_bridged_change(sentence):
    assert bridged(sentence, 0, len(sentence), []) == []


@pytest.mark.parametrize(
    "sentence, word, sign",
    [
        # an amount more or less than an earlier moment, after a count of demand, with a remark
        ("Volgens het loket kwamen er 512 aanmeldingen, 14% meer dan het jaar ervoor.", "meer", -1),
        ("De teams melden dat zij 900 verwijzingen kregen, een derde meer dan in 2015.", "meer",
         -1),
        ("De wethouder zegt dat 420 inwoners een uitkering kregen, 6% meer dan een jaar eerder.",
         "meer", -1),
        ("In 2017 meldden zich 230 gezinnen, een vijfde meer dan in 2016, vooral jonge ouders.",
         "meer", -1),
        ("Volgens Veilig Thuis kwamen er 150 meldingen, een kwart minder dan twee jaar eerder.",
         "minder", 1),
        ("Het wijkteam zegt dat het 700 hulpvragen kreeg, 30% meer dan begroot.", "meer", -1),
    ],
)  # fmt: skip
def test_amount_more_than_a_standard_judges_the_count(sentence, word, sign):
    cues = bridged(sentence, 0, len(sentence), [])
    assert [(sentence[c.start : c.end], c.sign) for c in cues] == [(word, sign)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no count of demand before the amount
        "De gemeente telde 44.000 inwoners, een kwart meer dan in 1990.",
        "De wijk kreeg 12 nieuwe speeltuinen, drie meer dan gepland.",
        # no amount before "meer", or no standard after it
        "Het loket telde 300 aanmeldingen, meer dan ooit.",
        "Het loket telde 300 aanmeldingen, 20% meer.",
        # a bare figure and its change report data
        "In 2016 waren er 900 aanvragen, 5% meer dan in 2015.",
        "Het loket telde 512 aanmeldingen, 14% meer dan het jaar ervoor.",
        # a comparison with another place compares levels (data), no change
        "Per 1.000 inwoners waren er 52 uitkeringen, een vijfde meer dan in Zuidstad.",
        "Het team kreeg 80 meldingen, ruim een kwart minder dan het team in de buurgemeente.",
    ],
)
def test_no_amount_more_than_a_standard(sentence):
    assert bridged(sentence, 0, len(sentence), []) == []


def test_rise_of_demand_by_an_amount_reads_negative():
    from extract_helpers import polarity_of

    s = "Volgens de schuldhulp meldden zich in 2017 ruim 600 gezinnen, 12% meer dan in 2016."
    assert polarity_of(s) == "negative"
    s = "Een consulent vertelt dat 380 gezinnen een indicatie kregen, 9% meer dan in 2015."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        # an earlier value set against a count of demand, with a remark: a rise is negative
        ("Volgens de kredietbank kwamen er ruim 1.400 aanvragen, tegen 1.100 een jaar eerder.", -1),
        ("De consulenten zeggen dat het team 380 cliënten had, tegen 300 vorig jaar.", -1),
        ("Het steunpunt meldt dat het 210 aanmeldingen kreeg, tegen 160 in 2014.", -1),
        # a fall of demand is good news
        ("Volgens het wijkteam waren er in 2016 210 meldingen, tegen 260 het jaar ervoor.", 1),
    ],
)
def test_an_earlier_value_against_a_count(sentence, sign):
    assert [c.sign for c in bridged(sentence, 0, len(sentence), [])] == [sign]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare figure, or one after a label, reports data
        "Het loket telde in 2016 ongeveer 900 aanvragen, tegen 700 in 2015.",
        "Mantelzorgpas: 1.200 aanvragen in 2016, tegen 900 in 2015.",
        "Schuldhulp: 900 aanvragen in 2016, 5% meer dan in 2015.",
        # another place, a share, or no earlier moment: no change
        "De wethouder zegt dat de gemeente 400 aanvragen kreeg, tegen 300 in Zuidstad.",
        "Volgens de huisartsen kwam 46% van de verwijzingen van hen, tegen 38% een jaar eerder.",
        "De raad zegt dat het loket 400 aanvragen kreeg, tegen de verwachting in.",
    ],
)
def test_no_earlier_value_against_a_count(sentence):
    assert bridged(sentence, 0, len(sentence), []) == []


def test_a_rise_against_an_earlier_value_reads_negative():
    from extract_helpers import polarity_of

    s = "De schuldhulpverleners zeggen dat zij 230 aanmeldingen kregen, tegen 170 in 2015."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare count with its change is read when the claim names a problem's group
        (
            "De schuldhulpverlening telde in 2016 ruim 1.900 aanmeldingen, een kwart meer dan "
            "twee jaar eerder.",
            "negative",
        ),
        ("De schuldhulp kreeg in 2017 ongeveer 700 aanvragen, tegen 550 in 2015.", "negative"),
        (
            "De daklozenopvang telde in 2016 zo'n 240 aanmeldingen, een derde meer dan het jaar "
            "ervoor.",
            "negative",
        ),
        (
            "De schuldhulpverlening ontving in 2016 circa 600 aanvragen, een vijfde minder dan in "
            "2015.",
            "positive",
        ),
    ],
)
def test_a_problems_count_and_its_change_is_judged(sentence, expected):
    from extract_helpers import polarity_of

    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no problem named and no remark: data, no finding
        "Het loket telde in 2016 ruim 900 aanmeldingen, een kwart meer dan twee jaar eerder.",
        "In 2016 waren er 900 aanvragen, 5% meer dan in 2015.",
        "Het spreekuur kreeg in 2017 ongeveer 700 bezoekers, tegen 550 in 2015.",
        # a label names the subject of the figure, also a problem's
        "Schuldhulpverlening: 1.300 aanmeldingen in 2016, tegen 1.000 in 2015.",
        "Mantelzorgondersteuning: 800 aanvragen in 2017, een kwart meer dan in 2016.",
    ],
)
def test_a_bare_count_and_its_change_stays_data(sentence):
    from extract_helpers import extract_text

    _doc, ex = extract_text(sentence)
    assert [f.polarity for f in ex.findings] in ([], ["neutral"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem's group counted against an earlier moment: its fall is good news
        ("De opvang telde 40 daklozen, tegen 55 in 2014.", "positive"),
        ("Jeugdarts: 9 thuiszitters in 2016, tegen 15 een jaar eerder", "positive"),
        ("Het wijkteam zag 31 zwerfjongeren, tegen 47 het jaar ervoor.", "positive"),
        # and its rise bad news
        ("De nachtopvang telde 70 daklozen per nacht, tegen 50 een jaar eerder.", "negative"),
        ("Consulent: 20 thuiszitters in 2016, tegen 12 in 2015", "negative"),
    ],
)
def test_problem_group_counted_against_earlier(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder kreeg het steunpunt 640 meldingen (2016), een toename van 12%.",
        "Volgens de kredietbank waren er 900 aanvragen (2016), 8% meer dan in 2015.",
        "Het meldpunt ontving 320 meldingen (tweede halfjaar), 20% meer dan een jaar eerder,"
        " zegt de coördinator.",
        "Volgens het UWV waren er 450 aanmeldingen (voorlopig), een stijging van 9%.",
    ],
)
def test_bracketed_aside_keeps_the_change(sentence):
    assert [c.sign for c in bridged(sentence, 0, len(sentence), [])] == [-1]
    assert polarity_of(sentence) == "negative"
