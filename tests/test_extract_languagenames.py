"""A country's adjective used as the name of its language (kg.extract.languagenames)."""

from __future__ import annotations

import pytest

from kg.extract.languagenames import names_language
from tests.extract_helpers import extract_text, key


def reads(sentence: str, word: str) -> bool:
    at = sentence.index(word)
    return names_language(sentence, at, at + len(word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("De folder is nu ook in het Turks verkrijgbaar.", "Turks"),
        ("Het gesprek werd in het Arabisch gevoerd.", "Arabisch"),
        ("Veel nieuwkomers spreken nog geen Nederlands.", "Nederlands"),
        ("Zij leren Nederlands op het taalcentrum.", "Nederlands"),
        ("Hij beheerst het Duits goed genoeg om te werken.", "Duits"),
    ],
)
def test_an_adjective_used_as_a_noun_after_het_or_a_verb_of_speaking_is_a_language(sentence, word):
    assert reads(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Het Drents Museum trekt veel bezoekers.", "Drents"),
        ("Veel Pools personeel werkt in de kassen.", "Pools"),
        ("Zij spreken over het Nederlandse beleid.", "Nederlandse"),
        ("Een Duits pensioen wordt niet altijd meegeteld.", "Duits"),
    ],
)
def test_an_adjective_before_its_noun_or_in_a_name_is_no_language(sentence, word):
    assert not reads(sentence, word)


def test_a_minted_place_is_not_found_in_the_name_of_its_language():
    _, ex = extract_text(
        "Veel arbeidsmigranten in Weststad komen uit Polen.",
        "Sinds 2016 is er een spreekuur in het Pools.",
        title="Teststad",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "place"]
    assert ("Polen", "place/polen") in found
    assert ("Pools", "place/polen") not in found
