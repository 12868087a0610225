"""A place a statistic is set against is its reference, not what the sentence is about."""

from __future__ import annotations

from types import SimpleNamespace as N

import pytest

from kg.extract.referenceplaces import measured_place, reference_place, reference_places


def _at(sentence: str, name: str) -> N:
    start = sentence.index(name)
    return N(start=start, end=start + len(name), text=name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("De werkloosheid is 5,9%, tegen 6,9% in Nederland.", "Nederland"),
        ("Dat is ongeveer de helft van het niveau in Lelystad.", "Lelystad"),
        ("Het aandeel ligt met 11% boven het Westfriese gemiddelde.", "Westfriese"),
        ("Het is de grootste gemeente van Drenthe.", "Drenthe"),
        ("Het aandeel is 28%, meer dan gemiddeld in het Rivierenland.", "Rivierenland"),
        ("Het cijfer is 7%, tegen 6% in Nederland en 5% gemiddeld in de Achterhoek.", "Achterhoek"),
        ("Zo'n 9% krijgt hulp, evenveel als gemiddeld in Holland Rijnland.", "Holland Rijnland"),
    ],
)
def test_a_reference_place(sentence, name):
    assert reference_place(sentence, 0, _at(sentence, name))


def test_a_place_where_the_figure_lies_is_no_reference():
    s = "In de wijken Zuiderhof en Molenkamp leeft een kwart van een laag inkomen."
    assert not reference_place(s, 0, _at(s, "Zuiderhof"))


def test_places_joined_to_a_reference_are_references_too():
    s = "Het gebruik is hoger dan in Borsele, Kapelle en Reimerswaal."
    found = reference_places(s, 0, [_at(s, "Borsele"), _at(s, "Kapelle"), _at(s, "Reimerswaal")])
    assert found == {s.index("Borsele"), s.index("Kapelle"), s.index("Reimerswaal")}


def test_a_place_after_a_new_clause_is_not_joined():
    s = "Het gebruik is hoger dan in Borsele, maar Kapelle groeit snel."
    assert reference_places(s, 0, [_at(s, "Borsele"), _at(s, "Kapelle")]) == {s.index("Borsele")}


def test_a_place_its_clause_gives_a_figure_for_is_measured():
    from kg.extract.referenceplaces import measured_place

    s = "Ongeveer 11% is migrant, in de wijken Noord en Zuid is dat meer dan een kwart."
    assert measured_place(s, 0, _at(s, "Noord"))
    s = "Ongeveer 11% is migrant; de wijk Noord vergrijst snel."
    assert not measured_place(s, 0, _at(s, "Noord"))


def test_the_part_where_a_share_gathers_says_no_more_than_the_share():
    from kg.extract.referenceplaces import measured_place

    s = "Ongeveer 11% is migrant, met een sterke concentratie in de wijk Noord."
    assert measured_place(s, 0, _at(s, "Noord"))
    s = "Ruim 12% heeft een migratieachtergrond, vooral in de wijken Noord en Oost."
    assert all(measured_place(s, 0, _at(s, p)) for p in ("Noord", "Oost"))
    # a clause after the place says more: where it gathers is then not all
    s = "Ruim 12% heeft een migratieachtergrond, vooral in de wijk Noord, waar het schuurt."
    assert not measured_place(s, 0, _at(s, "Noord"))


def test_a_part_given_a_level_against_the_figure_before_is_measured():
    from kg.extract.referenceplaces import measured_place

    s = "Van de inwoners is 24% 65-plus; in de dorpen Oost, Midden en Lage Veld ligt dat hoger."
    assert all(measured_place(s, 0, _at(s, p)) for p in ("Oost", "Midden", "Lage Veld"))
    s = "Van de inwoners is 24% 65-plus; de dorpen Oost en Midden vergrijzen sterk."
    assert not measured_place(s, 0, _at(s, "Oost"))


def test_a_multiple_of_another_place_names_a_reference():
    s = "Er zijn 58 uitkeringen per 1.000 inwoners, bijna het dubbele van het naburige Veldhoven."
    assert reference_places(s, 0, [_at(s, "Veldhoven")]) == {s.index("Veldhoven")}
    s = "Er zijn 58 uitkeringen per 1.000 inwoners, vooral in Veldhoven."
    assert reference_places(s, 0, [_at(s, "Veldhoven")]) == set()


# "terwijl" that sets the other place's own figure or change beside the municipality's is a
# comparison (gold decision on "terwijl"): pronoun or noun subject, present or past, a level
# or a change. Sentences of our own.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Het aantal banen daalde met 3%, terwijl het in Drenthe licht steeg.", "Drenthe"),
        ("De werkloosheid is 5%, terwijl die in Soest 6% is.", "Soest"),
        ("Het aandeel daalde naar 7%, terwijl het aandeel in Zeeland 8% bleef.", "Zeeland"),
        ("Het aantal steeg met 4%, terwijl de bijstand in Emmen daalde.", "Emmen"),
        ("Het gebruik ligt op 9%, terwijl dat in het Gooi op 11% ligt.", "Gooi"),
    ],
)
def test_a_place_set_beside_with_terwijl_is_a_reference(sentence, name):
    assert reference_place(sentence, 0, _at(sentence, name))


def test_a_place_with_a_voice_after_terwijl_is_no_reference():
    sentence = "Het aantal steeg met 4%, terwijl men in Emmen klaagt over de wachttijd."
    assert not reference_place(sentence, 0, _at(sentence, "Emmen"))


# The other municipalities of an area as the class a level is compared with: singular with
# "elke/iedere", plural with "alle/de", with or without "andere/overige", "van" or "in", the
# preposition "in"/"bij" before it or none. Sentences of our own.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Het aandeel is 9%, meer dan in elke andere gemeente van Salland.", "Salland"),
        ("De bijstand ligt hoger dan bij de overige gemeenten in Twente.", "Twente"),
        ("Het gebruik is 12%, minder dan in alle kernen van Olst-Wijhe.", "Olst-Wijhe"),
        ("Er zijn 41 uitkeringen, evenveel als in iedere stad van Drenthe.", "Drenthe"),
        ("Het aandeel daalde sneller dan in de andere gemeenten van de Achterhoek.", "Achterhoek"),
    ],
)
def test_the_other_municipalities_of_an_area_are_a_reference(sentence, name):
    assert reference_place(sentence, 0, _at(sentence, name))


def test_a_municipality_that_acts_after_dan_is_no_class_of_comparison():
    sentence = "Dat is meer dan de gemeente in Olst betaalt."
    assert not reference_place(sentence, 0, _at(sentence, "Olst"))


# A place given a level of its own: a clause it opens ("in X") that sets it against another
# place with a comparative and "dan"/"als", or a gapped clause that leaves out the verb and
# the quantity of the clause before ("in X iets hoger"), or a level taken up by "die"/"deze".
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Het gebruik is laag: in Olst gaan ouderen vaker naar de huisarts dan hier.", "Olst"),
        ("Het aandeel is 8%, maar in Ommen en Olst wonen meer ouderen dan in de stad.", "Olst"),
        ("De bijstand ligt laag; bij Hattem komt hij minder voor dan hier.", "Hattem"),
        ("De werkloosheid is 6%; in Ommen lag die iets hoger, in Olst lager.", "Ommen"),
        ("De werkloosheid is 6%; in Ommen lag die iets hoger, in Olst lager.", "Olst"),
        ("Het aandeel daalde tot 7%, in Kampen en Raalte duidelijk sneller.", "Raalte"),
        ("De wachttijd is vijf weken; in Dalfsen is deze korter.", "Dalfsen"),
    ],
)
def test_a_place_compared_in_its_own_clause_is_measured(sentence, name):
    assert measured_place(sentence, 0, _at(sentence, name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Het aandeel is 6%; in Olst werken de teams anders.", "Olst"),
        ("Het aandeel is 6%; de teams in Olst werken vaker samen.", "Olst"),
    ],
)
def test_a_place_with_no_level_of_its_own_is_not_measured(sentence, name):
    assert not measured_place(sentence, 0, _at(sentence, name))
