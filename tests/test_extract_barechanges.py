"""A sentence that only tells how a quantity changed, with no figure, is data
(kg.extract.barechanges), on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.barechanges import bare_change
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Het budget voor huishoudelijke hulp bleef in die jaren nagenoeg gelijk.",
        "Het aantal jongeren in de jeugdreclassering is in drie jaar stabiel gebleven.",
        "De uitgaven aan begeleiding stegen in 2016 licht.",
        "Het gebruik van dagbesteding nam sinds 2015 iets af.",
        "Vooral het aantal kortdurende trajecten is gegroeid.",
        "De kosten van het leerlingenvervoer zijn in 2016 gedaald.",
        "Het aantal mensen dat een maatwerkvoorziening heeft is gelijk gebleven.",
    ],
)
def test_a_quantity_and_its_past_change_alone(sentence):
    assert bare_change(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # not a quantity: a judgement
        "De samenwerking met de scholen is sinds 2015 gegroeid.",
        "Het vertrouwen in de gemeente is toegenomen.",
        # a reason, a contrast, a second statement, a comparison
        "Het aantal meldingen steeg, omdat de huisartsen eerder belden.",
        "Het budget bleef gelijk, maar de vraag groeide.",
        "Het aantal trajecten daalde doordat de regels strenger werden.",
        "Het gebruik van de Wmo steeg sneller dan in de buurgemeenten.",
        # a trend in the present: the authors' verdict on the situation
        "Het aantal ouderen neemt de komende jaren sterk toe.",
        # a figure stays for the figures' own reading, a question is none
        "Is het aantal cliënten gestegen?",
    ],
)
def test_what_is_no_bare_change(sentence):
    assert not bare_change(sentence)


def test_a_bare_change_leaves_no_finding_end_to_end():
    text = (
        "Het budget voor de Wmo bleef in die jaren nagenoeg gelijk. "
        "De wethouder is tevreden over de aanbieders."
    )
    doc, ex = extract_text(text)
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "De wethouder is tevreden over de aanbieders."
    ]
