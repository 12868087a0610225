"""Bare leads: verbless phrases that open a paragraph or an entry (kg.extract.bareleads)."""

from __future__ import annotations

import pytest

from kg.extract.bareleads import bare_lead


def _first(text: str, start: int = 0) -> bool:
    """Whether the first sentence of ``text`` from ``start`` is a bare lead."""
    end = min(i for i in (text.find(m, start) for m in ".!?") if i >= 0) + 1
    return bare_lead(text, start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("21:40 – Nu de schuldhulp. De wethouder legt uit hoe het loket werkt.", 8),
        ("19.02 uur – Eerst de cijfers over de jeugdzorg.", 12),
        ("22:10 – Terug naar het armoedebeleid, waarover veel insprekers kwamen.", 8),
        ("20:31 – Een van de langere discussies.", 8),
        ("Bijschrift bij de foto. De vrijwilligers van de voedselbank.", 0),
        ("Reactie van de lezers. Veel brieven gingen over de thuiszorg.", 0),
        ("Weekblad De Stadsbode, dinsdag 8 maart 2016. De raad vergaderde.", 0),
        ("20:02 – Nog wat uitleg terwijl de fracties binnenkomen.", 8),
    ],
)
def test_a_bare_lead(text, start):
    assert _first(text, start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("20:15 – Alle fracties stemmen voor het voorstel.", 8),
        ("20:15 – De wethouder opent het debat met een terugblik.", 8),
        ("Geen wachtlijsten meer in de wijk.", 0),
        ("Korte samenvatting: de raad wil meer grip op de regio.", 0),
        ("Weer 40 nieuwe aanmeldingen bij het loket.", 0),
        ("Dat klopt.", 0),
        ("De raad is tevreden. Een goede zaak voor de inwoners.", 21),
        ("Raadslid De Vries (SP) wil meer geld voor de armoede.", 0),
        ("21:10 – De wethouder wees op de lange wachttijden.", 8),
        ("20:20 – Over de oorzaak van dat tekort lopen de meningen uiteen.", 8),
        ("20:40 – De drempel om hulp te vragen is lager geworden.", 8),
        ("Centrumgemeente van de regio. Grote stad, veel taken.", 0),
        ("Een oplossing voor de wachtlijsten bleef uit.", 0),
        ("Grote zorgen over de wachttijden in de jeugd-ggz!", 0),
    ],
)
def test_no_bare_lead(text, start):
    assert not _first(text, start)
