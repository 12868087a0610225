"""Administration done apart for each funder reads as a complaint (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.separateadmin import separate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distributive phrase over the funders with an obligation or separateness
        ("Thuiszorgaanbieders moeten voor elke gemeente afzonderlijk declareren.", True),
        ("Een aanbieder verantwoordt per financier apart over dezelfde cliënt.", True),
        ("Wie in de regio werkt, moet per gemeente factureren.", True),
        # several ways
        ("De stichting registreert haar uren op vier verschillende manieren.", True),
        ("Aanbieders moeten hun cijfers op verschillende manieren aanleveren.", True),
        # near misses: lifted, a time, no administration, one way
        ("Sinds 2017 hoeven aanbieders niet meer per gemeente te declareren.", False),
        ("Het team rapporteert per kwartaal aan de wethouder.", False),
        ("Voor elke gemeente moet een eigen wijkteam komen.", False),
        ("De aanbieder factureert op één manier aan de regio.", False),
    ],
)
def test_separate(sentence, expected):
    assert separate(sentence, 0, len(sentence)) is expected


def test_separate_admin_is_negative():
    sentence = "Volgens aanbieders moeten zij voor iedere gemeente afzonderlijk factureren."
    assert polarity_of(sentence) == "negative"


def test_one_invoice_is_no_complaint():
    assert polarity_of("De aanbieder stuurt één factuur per maand naar de regio.") == "neutral"
