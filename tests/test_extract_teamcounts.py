"""How many teams do the work, or how many people staff each, is a fact of organisation."""

from __future__ import annotations

import pytest

from kg.extract.teamcounts import counted_team, staff_count


@pytest.mark.parametrize(
    "sentence",
    [
        "In de loop van 2014 groeide het aantal teams tot negen, één per stadsdeel.",
        "Het aantal sociale wijkteams is sinds 2015 gelijk gebleven: zes.",
        "In elk team werken zo'n acht mensen.",
        "Per gebiedsteam werken ongeveer twaalf medewerkers.",
    ],
)
def test_a_count_of_teams_or_their_people_is_organisation(sentence):
    assert staff_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het team voerde in 2016 ongeveer 1.600 keukentafelgesprekken.",
        "Huisartsen verwezen 60% van de jongeren naar jeugdhulp, de gebiedsteams 25%.",
        "Het aantal teams in de Wsw daalde van 48 naar 45.",
        "Het aantal medewerkers groeide van 24 naar 37 fte.",
    ],
)
def test_what_teams_do_or_count_is_no_count_of_them(sentence):
    assert not staff_count(sentence)


def test_the_counted_team_is_named_by_its_head_noun():
    assert counted_team("Het aantal wijkteams groeide tot negen.") == "teams"
    assert counted_team("In ieder team werken vijf mensen.") == "team"
    assert counted_team("Het team telde 1.600 gesprekken.") is None
