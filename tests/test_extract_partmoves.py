"""Moves that open a part or frame the text (kg.extract.partmoves), on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.partmoves import part_move


@pytest.mark.parametrize(
    "text",
    [
        "Daarna komt de schuldhulp aan de orde.",
        "Als laatste komt het armoedebeleid aan bod.",
        "De thema's zorg en werk komen vanavond aan bod.",
        "Het leerlingenvervoer komt pas aan het eind van de vergadering aan bod.",
        "De voorzitter opent met een korte toelichting.",
        "Een raadslid van de SP sloot af met een persoonlijke terugblik.",
        "Dit verslag is opgezet als een reeks brieven.",
        "Dit hoofdstuk heeft de vorm van een dagboek van de wijkverpleegkundige.",
        "De bijdragen staan in de volgorde waarin ze binnenkwamen.",
        "De vergadering wordt kort geschorst.",
        "De voorzitter hervat de zitting.",
        "De commissie gaat verder met het volgende agendapunt.",
        "Het debat werd voortgezet.",
    ],
)
def test_a_part_move(text):
    assert part_move(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "In het plan komt de armoede te weinig aan bod.",
        "De eenzaamheid van ouderen komt niet aan bod.",
        "De wethouder sluit af met een oproep aan de raad om te investeren.",
        "De onderzoekers spraken met twaalf inwoners en vijf professionals.",
        "Dit profiel is gebaseerd op gesprekken met de wethouder.",
        "Het wijkteam begint met een gesprek aan de keukentafel.",
        "De raad gaat verder met de bezuinigingen op de huishoudelijke hulp.",
        "De commissie werd geschorst door de provincie wegens slecht bestuur.",
    ],
)
def test_no_part_move(text):
    assert not part_move(text, 0, len(text))
