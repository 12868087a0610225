"""A block heading naming an organisation as its source (kg.extract.relationheadings)."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        (
            (
                "Uit de gesprekken met welzijnsorganisatie Stichting Welzijn Noord:",
                "Vrijwilligers: te weinig.",
            ),
            "organisation/stichting-welzijn-noord",
        ),
        (
            ("Uit het gesprek met de Regio Vallei:", "Inkoop: te laat."),
            "body/regio-vallei",
        ),
        (
            (
                "Uit de gesprekken met woningcorporatie Stichting Woonkracht Oost:",
                "Wachttijd: lang.",
            ),
            "organisation/stichting-woonkracht-oost",
        ),
        (
            ("Uit de eerdere gesprekken met Stichting Zorginkoop Oost:", "Tarieven: laag."),
            "organisation/stichting-zorginkoop-oost",
        ),
        # the same source heading as the speaker blocks read (kg.extract.sourceheadings)
        (
            ("In gesprek met Stichting Welzijn Noord:", "Vrijwilligers: te weinig."),
            "organisation/stichting-welzijn-noord",
        ),
    ],
)
def test_a_block_heading_naming_an_organisation_makes_it_a_source(lines, source):
    assert ("reports-on", source, OWN) in relations(*lines)


@pytest.mark.parametrize(
    "lines",
    [
        ("Uit de gesprekken met ambtenaren:", "Voorbereiding: krap."),
        ("Uit de gesprekken met Stichting Welzijn Noord blijkt dat de wachtlijst groeit.",),
        ("Overleg met Stichting Welzijn Noord:", "Vrijwilligers: te weinig."),
    ],
)
def test_a_group_a_sentence_or_another_heading_is_no_source(lines):
    assert not any(kind == "reports-on" for kind, _, _ in relations(*lines))
