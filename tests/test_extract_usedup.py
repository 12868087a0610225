"""A resource used up (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.usedup import used_up


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het college verwacht dat de reserve voor de Wmo eind dit jaar op is.", True),
        ("Volgens de wethouder raakt het budget voor schuldhulp op.", True),
        ("De raad hoorde dat de middelen voor de pilot op zijn.", True),
        # main-clause order, and a condition after the main clause
        ("Volgens de wethouder is het armoedebudget in oktober op.", True),
        ("Volgens de controller is de reserve in 2018 op als de vraag blijft groeien.", True),
        ("Het budget is op orde als de raad de begroting vaststelt.", False),
        # no resource: nothing used up that the tone reads
        ("De koffie in de wachtruimte is op.", False),
        # "is op" opens a phrase
        ("Het budget is op orde.", False),
        ("Het overleg met de aanbieders is op donderdag.", False),
        # a clause boundary between the resource and the verb
        ("Het budget is krap, de rek is op.", False),
    ],
)
def test_used_up(sentence, expected):
    assert used_up(sentence, 0, len(sentence)) is expected
