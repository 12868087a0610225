"""The place cues (kg.extract.placecues): districts, streets and waters named by their head."""

from __future__ import annotations

import pytest

from kg.extract.placecues import CUES_FILE, load_place_cues
from tests.extract_helpers import extract_text, key


def _places(*paragraphs: str) -> set[tuple[str, str]]:
    _, ex = extract_text(*paragraphs)
    return {(m.text, key(m.entity)) for m in ex.mentions if m.kind == "place"}


def test_the_data_file_states_its_source():
    head = CUES_FILE.read_text(encoding="utf-8").split("[toponym_heads]")[0]
    assert "Source" in head and "toponym" in head.lower()


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Veel ouderen in de Oosterwijk wonen alleen.", ("Oosterwijk", "place/oosterwijk")),
        (
            "De gemeente ligt aan de Oude Vaart, op de grens van twee provincies.",
            ("Oude Vaart", "place/oude-vaart"),
        ),
        (
            "Jongeren uit de Bloemenbuurt hangen vaak rond het station.",
            ("Bloemenbuurt", "place/bloemenbuurt"),
        ),
        (
            "Het buurthuis aan de Kerkstraat is sinds 2016 gesloten.",
            ("Kerkstraat", "place/kerkstraat"),
        ),
        (
            "Rond het Zuidermeer wonen vooral gepensioneerden.",
            ("Zuidermeer", "place/zuidermeer"),
        ),
        (
            "De opvang in de Molenpolder telde vorig jaar veertig plaatsen.",
            ("Molenpolder", "place/molenpolder"),
        ),
    ],
)
def test_a_headed_name_after_a_locative_preposition_and_article_is_a_place(sentence, place):
    assert place in _places(sentence)


def test_every_later_occurrence_is_the_place_too():
    found = _places(
        "Het buurtteam werkt vooral in de Oosterwijk.",
        "De Oosterwijk telt veel eenoudergezinnen.",
    )
    assert found == {("Oosterwijk", "place/oosterwijk")}


@pytest.mark.parametrize(
    "sentence",
    [
        # no head of a place name
        "De samenwerking in de Drechtraad loopt goed.",
        "Het loket in het Servicepunt is elke dag open.",
        # a head alone, no name before it
        "De bewoners in de Wijk zijn tevreden.",
        # no locative preposition before the article
        "Met de Oosterwijk heeft het team weinig contact.",
    ],
)
def test_no_place_without_a_head_or_a_locative_phrase(sentence):
    assert _places(sentence) == set()


def test_the_compiled_cues():
    cues = load_place_cues()
    assert cues.toponym.search("de huisartsen aan het ")
    assert not cues.toponym.search("de huisartsen met het ")
    assert [bool(cues.headed.search(n)) for n in ("Kerkstraat", "Oude Vaart", "Straat")] == [
        True,
        True,
        False,
    ]
