"""Data named only as late give no report (kg.extract.relationlatedata), on invented text."""

from __future__ import annotations

import pytest

from kg.extract.relationlatedata import late_data
from tests.test_extract_relations import OWN, relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Raadsleden klagen dat de cijfers van Stichting Zuidwerk vaak maanden achterlopen.",
        "De gegevens van het Inkoopbureau Zuid kwamen te laat binnen.",
        "Ook de accountant had moeite met de trage gegevens van Stichting Zuidwerk.",
    ],
)
def test_data_named_only_as_late_report_nothing(sentence):
    assert late_data(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de cijfers van Stichting Zuidwerk steeg het aantal meldingen tot 40.",
        "De cijfers van Stichting Zuidwerk lopen achter: in 2016 waren het er 40.",
        "De zorgaanbieders betalen hun rekeningen te laat.",  # no data named
    ],
)
def test_data_with_a_figure_or_lateness_without_data_is_left_alone(sentence):
    assert not late_data(sentence)


def test_the_late_figures_of_a_body_give_no_reports_on():
    found = relations(
        "Teststad koopt de jeugdhulp in via het Inkoopbureau Jeugd Zuidland. Raadsleden wijzen"
        " erop dat de cijfers van het Inkoopbureau Jeugd Zuidland vaak maanden achterlopen."
    )
    assert not {r for r in found if r[0] == "reports-on"}
    assert ("purchases-via", OWN, "body/inkoopbureau-jeugd-zuidland") in found
