"""Going to school is no school as an actor (kg/extract/schooling.py), invented Dutch."""

from __future__ import annotations

import pytest

from kg.extract.schooling import schooling
from tests.extract_helpers import extract_text, key


def _at(sentence: str) -> tuple[int, int]:
    at = sentence.index("school")
    return at, at + len("school")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds de scheiding gaat de oudste niet meer naar school.",
        "Jongeren die zonder diploma van school gaan, vinden lastig werk.",
        "Op school valt het de leerkracht niet op dat er thuis iets speelt.",
        "Uit school lopen de kinderen langs het buurthuis.",
        "Na school helpt een vrijwilliger met het huiswerk.",
        "Ze gaan in Zwolle naar school en vinden daar later ook werk.",
    ],
)
def test_the_bare_noun_after_a_preposition_is_schooling(sentence):
    assert schooling(sentence, *_at(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "De school meldt het verzuim bij de leerplichtambtenaar.",
        "De wijkverpleegkundige gaat naar de school van het kind.",
        "Doordat school en jeugdarts samen optrekken, gaat het sneller.",
        "Hij werkt als conciërge op een school in het dorp.",
    ],
)
def test_the_school_with_an_article_or_as_subject_stays(sentence):
    assert not schooling(sentence, *_at(sentence))


def test_school_coordinated_with_another_actor_stays():
    s = "Er komen zorgen binnen van school, huisarts en buren."
    assert not schooling(s, *_at(s), actors=(s.index("huisarts"),))


def test_no_schools_mention_for_going_to_school():
    _, ex = extract_text(
        "Een moeder vertelt dat haar zoon al maanden niet meer naar school gaat, "
        "en dat de school pas laat aan de bel trok."
    )
    schools = [m.start for m in ex.mentions if key(m.entity) == "role/schools"]
    assert len(schools) == 1  # "de school", not "naar school"
