"""Regions named by an area the text already knows (kg.extract.nameareas), on invented text."""

from __future__ import annotations

from kg.extract.model import SentenceMention
from kg.extract.nameareas import compass_adjective, compass_area, known_region


def _region(text: str, word: str, entity: str = "id/region/dalland") -> SentenceMention:
    start = text.rindex(word)
    return SentenceMention(entity, "region", start, start + len(word), word, 0)


def _run(text: str, *words: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for w in words:
        pos = text.index(w, pos)
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


def test_a_compass_part_of_a_known_area_is_a_region():
    text = "in Zuidwest-Dalland"
    assert compass_area(text, _run(text, "Zuidwest", "Dalland"), [_region(text, "Dalland")])
    text = "in Zuidwest Dalland"  # no hyphen: two words, no compound name
    assert not compass_area(text, _run(text, "Zuidwest", "Dalland"), [_region(text, "Dalland")])


def test_the_adjective_of_a_compass_part_names_that_part():
    text = "in het Noordoost-Dallandse overleg"
    known = [_region(text, "Dallandse")]
    assert compass_adjective(text, _run(text, "Noordoost", "Dallandse"), known) == (
        "Noordoost-Dalland"
    )
    # the area's own name is no adjective: the name stays as it is
    text = "in Noordoost-Dalland"
    assert (
        compass_adjective(text, _run(text, "Noordoost", "Dalland"), [_region(text, "Dalland")])
        is None
    )


def test_regio_x_is_the_known_region_only_as_a_place_after_the_lower_case_regio_x():
    text = "Teststad ligt in de regio Dalland. Zij werkt samen in de Regio Dalland."
    run = [
        (text.rindex("Regio"), text.rindex("Regio") + 5, "Regio"),
        (text.rindex("Dalland"), text.rindex("Dalland") + 7, "Dalland"),
    ]
    assert known_region(text, run, "head", [_region(text, "Dalland")], False)
    # the joint body: no lower-case "regio X" before it
    text = "Teststad ligt in Dalland. Zij werkt samen in de Regio Dalland."
    run = [
        (text.rindex("Regio"), text.rindex("Regio") + 5, "Regio"),
        (text.rindex("Dalland"), text.rindex("Dalland") + 7, "Dalland"),
    ]
    assert not known_region(text, run, "head", [_region(text, "Dalland")], False)
