"""A named team that holds the access to care is the social team (kg.extract.namedteams)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key

TEAM = "role/social-team"


def mentions(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return [(m.text, key(m.entity)) for m in ex.mentions]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Teststad heeft de toegang tot de Wmo en de jeugdhulp bij Team Welzijn "
            "ondergebracht. Het Team Welzijn telt twaalf medewerkers.",
            "Team Welzijn",
        ),
        (
            "Sinds 2015 loopt de toegang tot ondersteuning via Team Meedoen. Inwoners weten "
            "Team Meedoen goed te vinden.",
            "Team Meedoen",
        ),
        (
            "De toegang voor alle drie de wetten is ondergebracht bij het Team Dichtbij, dat "
            "vanuit drie dorpshuizen werkt.",
            "Team Dichtbij",
        ),
        (
            "De gemeente organiseert de toegang in één Team Sociaal. De medewerkers van het "
            "Team Sociaal hebben veel ruimte om zelf te beslissen.",
            "Team Sociaal",
        ),
    ],
)
def test_an_access_team_named_team_x_is_the_social_team(paragraph, name):
    found = mentions(paragraph)
    assert (name, TEAM) in found
    assert not any(text == name and entity != TEAM for text, entity in found)
    assert not any(entity == "role/civil-servants" for _, entity in found)


def test_het_team_after_the_named_team_is_the_social_team():
    found = mentions(
        "De toegang tot de Wmo ligt bij Team Welzijn. Volgens de wethouder is het team "
        "goed bereikbaar en worden de teams nog uitgebreid."
    )
    assert ("team", TEAM) in found
    assert ("teams", TEAM) in found


@pytest.mark.parametrize(
    "paragraph",
    [
        # no sentence on the access: what the text licensed stays
        "De uitkeringen worden verstrekt door Team Werk en Inkomen. Team Werk en Inkomen "
        "telt twintig medewerkers.",
        # "team" without a capitalised name after it
        "De toegang tot de Wmo ligt bij het team van de gemeente.",
    ],
)
def test_no_access_or_no_named_team_gives_no_social_team(paragraph):
    found = mentions(paragraph)
    assert not any(entity == TEAM and text.startswith("Team ") for text, entity in found)
