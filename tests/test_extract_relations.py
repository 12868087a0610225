"""Relation patterns on small synthetic sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De regio is Eemland met centrumgemeente Amersfoort.",
            {
                ("lead-municipality", "region/eemland", "municipality/amersfoort"),
                ("member-of", OWN, "region/eemland"),
            },
        ),
        (
            "De gemeente werkt samen met Maastricht.",
            {("cooperates-with", OWN, "municipality/maastricht")},
        ),
        (
            "Amersfoort heeft goede steun gegeven bij de transitie.",
            {("cooperates-with", OWN, "municipality/amersfoort")},
        ),
        (
            "Er wordt eerst gekeken naar Baarn en Soest.",
            {
                ("compares-with", OWN, "municipality/baarn"),
                ("compares-with", OWN, "municipality/soest"),
            },
        ),
        (
            "De gemeente is afhankelijker geworden van de centrumgemeente Amersfoort.",
            {("depends-on", OWN, "municipality/amersfoort")},
        ),
        (
            "De nabijheid van de grens met Duitsland speelt een rol.",
            {("borders-on", OWN, "place/duitsland")},
        ),
        (
            "Zo trekt NedCar veel mensen aan voor werk.",
            {("related-organisation", OWN, "organisation/nedcar")},
        ),
        (
            "Hij is positief over de ISD BOL, de intergemeentelijk sociale dienst.",
            {("member-of", OWN, "body/isd-bol")},
        ),
        (
            "Het gaat om de lage uitkering uit het gemeentefonds.",
            {("related-organisation", OWN, "organisation/gemeentefonds")},
        ),
    ],
)
def test_relation_patterns(sentence, expected):
    assert relations(sentence) == expected


def test_no_relation_without_a_cue():
    assert relations("Maastricht en Baarn zijn gemeenten.") == set()


def test_acronym_apposition_is_a_mention_of_the_body():
    doc, ex = extract_text("Hij is positief over de ISD BOL, de intergemeentelijk sociale dienst.")
    texts = {m.text for m in ex.mentions if key(m.entity) == "body/isd-bol"}
    assert texts == {"ISD BOL", "intergemeentelijk sociale dienst"}


def test_title_is_a_mention_outside_sentences():
    doc, ex = extract_text("De gemeente werkt samen met Maastricht.")
    title = [m for m in ex.mentions if m.sentence is None]
    assert [(key(m.entity), m.text) for m in title] == [(OWN, "Teststad")]
