"""kg.extract.apposednames: definite descriptions in apposition to a named body or
organisation, on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.apposednames import description_at
from tests.extract_helpers import extract_text, key


def _mentions(sentence: str) -> set[tuple[str, str]]:
    _, ex = extract_text(sentence)
    return {(key(m.entity), m.text) for m in ex.mentions}


@pytest.mark.parametrize(
    ("sentence", "entity", "text"),
    [
        (
            "Stichting Horizon, de welzijnsorganisatie van Teststad, is positief.",
            "organisation/stichting-horizon",
            "de welzijnsorganisatie van Teststad",
        ),
        (
            "De jeugdhulp wordt ingekocht via Samen9, de inkooporganisatie van de negen gemeenten.",
            "body/samen9",
            "de inkooporganisatie van de negen gemeenten",
        ),
        (
            "Woonstichting Noord, de grootste verhuurder in Teststad, zegt dat het wringt.",
            "organisation/woonstichting-noord",
            "de grootste verhuurder in Teststad",
        ),
    ],
)
def test_a_definite_description_in_apposition_is_a_mention_of_the_name(sentence, entity, text):
    assert (entity, text) in _mentions(sentence)


def test_the_generic_role_inside_the_description_gives_way():
    found = _mentions(
        "Woonstichting Noord, de grootste verhuurder in Teststad, zegt dat het wringt."
    )
    assert not any(k.startswith("role/") for k, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Stichting Horizon, een initiatief van kerken, helpt gezinnen.",  # indefinite: a class
        "Stichting Horizon, de wethouder en de raad zijn het eens.",  # a list, no type noun
    ],
)
def test_no_description_without_article_and_type_noun(text):
    assert description_at(text, len("Stichting Horizon"), len(text)) is None


def test_the_relations_read_the_name_not_the_description():
    from tests.test_extract_relations import relations

    found = relations(
        "Stichting Horizon, de welzijnsorganisatie van de gemeente, werkt samen met Heerlen."
    )
    assert ("cooperates-with", "organisation/stichting-horizon", "municipality/heerlen") in found
