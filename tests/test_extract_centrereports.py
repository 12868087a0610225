"""Tests for kg.extract.centrereports: a reporting centre's count of reports is a finding."""

import pytest

from kg.extract.centrereports import YOUTH_PROTECTION, centre_reports, centre_view


@pytest.mark.parametrize(
    "sentence",
    [
        "Veilig Thuis Drenthe ontving in 2015 ruim 250 meldingen uit Teststad.",
        "Veilig Thuis, dat de hele regio bedient, ontving uit Teststad 190 meldingen.",
        "Het AMHK ontving in 2014 uit Teststad 120 meldingen.",
        "Veilig Thuis ontvangt jaarlijks zo'n 300 meldingen over gezinnen in Teststad.",
    ],
)
def test_a_centres_count_of_reports_received(sentence):
    assert centre_reports(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Het sociaal team ontving in 2015 ruim 150 meldingen.",  # no reporting centre
        "Veilig Thuis ontving in 2015 ruim 40 aanvragen.",  # no reports
        "Veilig Thuis behandelt de meldingen uit de hele regio.",  # no count received
        "Veilig Thuis ontving veel lof. De politie deed 30 meldingen.",  # another sentence
    ],
)
def test_no_centres_count(sentence):
    assert not centre_reports(sentence, 0, len(sentence))


def test_a_told_rise_is_negative_and_youth_protection_joins_the_concerns():
    rise = "Veilig Thuis X ontving uit Teststad 520 meldingen, een derde meer dan een jaar eerder."
    assert centre_view(rise, "neutral", set()) == ("negative", {YOUTH_PROTECTION})
    bare = "Veilig Thuis X ontving in 2015 ruim 150 meldingen uit Teststad."
    assert centre_view(bare, "neutral", {"o/vt"}) == ("neutral", {"o/vt", YOUTH_PROTECTION})
    assert centre_view(rise, "mixed", set())[0] == "mixed"  # a judgement of its own stays


def test_the_claim_is_read_within_the_document():
    doc = "Intern begeleiders zien zorgen. Veilig Thuis X ontving 150 meldingen uit Teststad."
    at = doc.index("Veilig")
    assert centre_reports(doc, at, len(doc))
    assert not centre_reports(doc, 0, at - 1)  # the sentence before holds no count
    capital = "VEILIG THUIS X ONTVING 150 MELDINGEN."
    assert centre_reports(capital, 0, len(capital))  # the gate is case-blind as the pattern


@pytest.mark.parametrize(
    "sentence",
    [
        "Veilig Thuis Noord ontving in 2016 uit Teststad ongeveer 1.240 meldingen.",
        "Veilig Thuis ontving 2.015 meldingen uit de regio, tegen 1.800 in 2015.",
        "Het AMHK ontving uit Teststad in totaal 1.020 meldingen.",
        "Veilig Thuis Oost ontvangt per jaar 1.500 tot 1.700 meldingen uit Teststad.",
    ],
)
def test_a_figure_with_a_thousands_point_stays_within_the_clause(sentence):
    assert centre_reports(sentence, 0, len(sentence))


def test_a_full_stop_still_ends_the_clause():
    sentence = "Veilig Thuis ontving 1.240 adviezen. Meldingen kwamen later."
    assert not centre_reports(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "line",
    [
        "Veilig Thuis Noord: 180 meldingen uit Teststad (2016)",
        "Meldingen bij Veilig Thuis: ruim 140 (2016)",
        "Meldingen AMHK 2014: 95",
        "Veilig Thuis IJsselland: 230 meldingen, 10% meer dan in 2015",
    ],
)
def test_a_centres_count_as_a_key_value_line(line):
    assert centre_reports(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "Veilig Thuis: meldingen sneller opgepakt",  # no figure after the key
        "Meldingen wijkteam: 310 (2016)",  # no reporting centre
        "Veilig Thuis Noord: 12 medewerkers",  # no reports
        "Volgens Veilig Thuis: 180 meldingen",  # a source heading, no key
    ],
)
def test_no_centres_count_in_a_line(line):
    assert not centre_reports(line, 0, len(line))


@pytest.mark.parametrize(
    "text",
    [
        "Veilig Thuis Twente ontving in 2016 ongeveer 300 meldingen uit Hengelo.",
        "Het aantal meldingen bij Veilig Thuis Drenthe uit Assen nam toe tot 210.",
        "De meldingen bij het AMHK uit de gemeente daalden van 120 naar 95.",
        "In 2016 kwamen er 75 meldingen bij Veilig Thuis binnen uit Oss.",
        "Het aantal meldingen bij Veilig Thuis Gelderland-Zuid steeg met 12%.",
    ],
)
def test_reports_at_a_centre_are_counted(text):
    assert centre_reports(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het wijkteam doet meldingen bij Veilig Thuis als het nodig is.",
        "Het sociaal team ontving in 2015 ruim 150 meldingen.",
        "Het aantal meldingen bij het loket steeg tot 400.",
        "Veilig Thuis ontving in 2015 ruim 40 aanvragen.",
    ],
)
def test_no_reports_at_a_centre(text):
    assert not centre_reports(text, 0, len(text))
