"""What turns a sentence of figures into a claim (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.claimmarkers import marked


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal cliënten is sinds 2014 gehalveerd (2014: 800; 2016: 400).",
        "Het aantal deelnemers nam met een vijfde toe (2014: 200; 2016: 240).",
        "Het aandeel jongeren in de jeugdzorg is daarentegen gedaald, van 1,4% naar 0,9%.",
        "Het gebruik ligt hoger dan gemiddeld: 12% van de jongeren krijgt hulp.",
    ],
)
def test_figures_that_say_no_more(sentence):
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drie punten vallen op: de kosten, de wachttijd en de toegang.",  # an enumeration
        "Het aantal is gehalveerd, omdat de regels strenger werden.",  # a reason
        "Op de Wmo bleef daarentegen 4 ton over.",  # a contrast with no level or change
        "De cijfers (bron: de gemeente) zijn gunstig.",  # a colon in brackets after no year
        "Het aandeel 75-plussers ligt boven het gemiddelde, wat past bij de vergrijzing.",  # a fit
        "De groei van 12% komt vooral voor rekening van de dagbesteding.",  # what it is due to
    ],
)
def test_figures_that_make_a_claim(sentence):
    assert marked(sentence)
