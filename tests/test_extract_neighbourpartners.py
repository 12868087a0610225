"""Tests of kg.extract.neighbourpartners: cooperation "met haar (twee) buren"."""

from __future__ import annotations

import pytest

from kg.extract.neighbourpartners import gate, with_neighbours
from tests.extract_helpers import extract_text, key


def _cooperating(*paragraphs: str) -> set[str]:
    _, ex = extract_text(*paragraphs)
    return {
        key(r.object)
        for r in ex.relations
        if r.type == "cooperates-with" and key(r.subject) == "municipality/teststad"
    }


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Teststad ligt tussen Epe en Heerde. De schuldhulp is sinds 2016 ondergebracht bij"
            " een gemeenschappelijke regeling met haar twee buren.",
            {"municipality/epe", "municipality/heerde"},
        ),
        (
            "Teststad grenst aan Leusden en Woudenberg. Met haar buurgemeenten koopt de gemeente"
            " de jeugdhulp samen in.",
            {"municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "Teststad ligt ingeklemd tussen Epe en Oldebroek. Met beide buren zijn afspraken"
            " gemaakt over de toegang tot beschermd wonen.",
            {"municipality/epe", "municipality/oldebroek"},
        ),
        (
            "Teststad grenst aan Epe, Heerde en Oldebroek. De gemeente voert het leerlingenvervoer"
            " gezamenlijk uit met haar drie buren.",
            {"municipality/epe", "municipality/heerde", "municipality/oldebroek"},
        ),
    ],
)
def test_the_neighbours_named_before_are_the_partners(text, partners):
    assert partners <= _cooperating(text)


def test_a_number_that_does_not_fit_names_no_partner():
    got = _cooperating(
        "Teststad grenst aan Epe, Heerde en Oldebroek. De gemeente heeft een gemeenschappelijke"
        " regeling met haar twee buren."
    )
    assert got == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad grenst aan Epe en Heerde. Vergeleken met haar buren heeft de gemeente weinig"
        " cliënten in de bijstand.",
        "Teststad grenst aan Epe en Heerde. De gemeente betaalt hogere tarieven dan haar buren.",
        "Teststad ligt tussen Leusden en Woudenberg. Inwoners helpen hun buren bij de"
        " boodschappen.",
        # "de buurgemeenten" may be any of them, not those named before
        "Teststad grenst aan Epe en Heerde. Met de buurgemeenten is afgesproken dat de"
        " inkoop samen gebeurt.",
    ],
)
def test_no_cooperation_without_working_together(sentence):
    assert _cooperating(sentence) == set()


def test_no_neighbours_named_before_gives_no_partner():
    got = _cooperating(
        "De gemeente heeft een gemeenschappelijke regeling met haar twee buren. Zij grenst aan"
        " Epe en Heerde."
    )
    assert got == set()


def test_the_phrase_and_its_number():
    assert with_neighbours("Zij heeft een gemeenschappelijke regeling met haar twee buren.") == 2
    assert with_neighbours("Met beide buren zijn afspraken gemaakt.") == 2
    assert with_neighbours("Met haar buurgemeenten koopt zij samen in.") == 0
    assert with_neighbours("Met de buurgemeenten koopt zij samen in.") is None
    assert with_neighbours("Zij werkt samen met de buurgemeenten Epe en Heerde.") is None
    assert with_neighbours("De buren helpen elkaar.") is None
    assert gate("met haar buren") and not gate("met de regio")


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("T ligt tussen A en B. T deelt een regeling met haar twee BUREN.", ["a", "b"]),
        ("T ligt tussen A en B. T deelt een \u017fchuldregeling met haar twee buren.", ["a", "b"]),
        ("T ligt tussen A en B. İn de regio werkt T samen met haar buren.", ["a", "b"]),
        ("T ligt tussen A en B. T werkt \u017famen met de regio.", []),
    ],
)
def test_the_gate_reads_as_the_text_lowered(text, partners):
    # the document's shared lower case, or the text's own when it holds a letter that
    # str.lower folds apart (ſ, İ): the partners are found as before either way
    from kg.document import Sentence
    from kg.extract.model import Relation
    from kg.extract.neighbourpartners import neighbour_partners
    from kg.vocab import as_relation_type

    cut = text.index(".") + 1
    sens = [Sentence(0, 0, cut, None, 0), Sentence(1, cut + 1, len(text), None, 0)]
    rels = {
        ("borders-on", "m/t", f"m/municipality/{x}"): Relation(
            as_relation_type("borders-on"), "m/t", f"m/municipality/{x}", 0, cut, 0
        )
        for x in "ab"
    }
    neighbour_partners(text, sens, rels, "m/t")
    got = sorted(o.rsplit("/", 1)[-1] for (k, _, o) in rels if k == "cooperates-with")
    assert got == partners
