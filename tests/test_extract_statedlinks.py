"""Stated links (source of figures, orientation, court rulings) on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.statedlinks import links
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def _party(text: str, name: str, kind: str) -> SentenceMention:
    start = text.index(name)
    return SentenceMention(f"{kind}/{name.lower()}", kind, start, start + len(name), name, 0)


def _links(text: str, *named: tuple[str, str]) -> list[tuple[str, str, str]]:
    parties = sorted((_party(text, n, k) for n, k in named), key=lambda p: p.start)
    return links(text, 0, len(text), parties, "own")


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        (
            "Volgens de cijfers van KING en CBS ligt de gezondheid lager.",
            [("KING", "organisation"), ("CBS", "organisation")],
            [("reports-on", "organisation/king", "own"), ("reports-on", "organisation/cbs", "own")],
        ),
        (
            "Volgens CBS is de werkloosheid 6%.",
            [("CBS", "organisation")],
            [("reports-on", "organisation/cbs", "own")],
        ),
        (
            "De aantallen die Vektis voor de gemeente publiceert, wijken af.",
            [("Vektis", "organisation")],
            [("reports-on", "organisation/vektis", "own")],
        ),
        (
            "Uit de gezondheidsmonitor van GGD Noord blijkt dat veel ouderen eenzaam zijn.",
            [("GGD Noord", "body")],
            [("reports-on", "body/ggd noord", "own")],
        ),
        (
            "De dorpen zijn voor hun winkels op Almelo gericht.",
            [("Almelo", "municipality")],
            [("oriented-towards", "own", "municipality/almelo")],
        ),
        (
            "De dorpen zijn op Almelo en Hengelo gericht.",
            [("Almelo", "municipality"), ("Hengelo", "municipality")],
            [
                ("oriented-towards", "own", "municipality/almelo"),
                ("oriented-towards", "own", "municipality/hengelo"),
            ],
        ),
        (
            "Inwoners oriënteren zich voor werk vooral op de Randstad.",
            [("Randstad", "region")],
            [("oriented-towards", "own", "region/randstad")],
        ),
        (
            "De gemeente volgt de uitspraken van de Centrale Raad van Beroep.",
            [("Centrale Raad van Beroep", "organisation")],
            [("bound-by-rulings-of", "own", "organisation/centrale raad van beroep")],
        ),
    ],
)
def test_stated_links(text, named, expected):
    assert _links(text, *named) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a view, not figures: "volgens" names a speaker
        ("Volgens Parteon is de samenwerking goed.", [("Parteon", "organisation")]),
        # negated
        ("De kernen zijn niet op Almelo gericht.", [("Almelo", "municipality")]),
        ("Er zijn geen cijfers van CBS over de wijk.", [("CBS", "organisation")]),
        # policy aimed at a party is no orientation of a place, and an organisation is no area
        ("Het beleid is gericht op Parteon.", [("Parteon", "organisation")]),
        # the party does not stand at the cue
        ("Het beleid is gericht op preventie, samen met Almelo.", [("Almelo", "municipality")]),
        # a municipality is no source of figures and no court
        ("Volgens Almelo is de werkloosheid 6%.", [("Almelo", "municipality")]),
    ],
)
def test_no_stated_link(text, named):
    assert _links(text, *named) == []


def test_stated_links_in_the_relations_of_a_profile():
    _, ex = extract_text(
        "Teststad is een gemeente in het oosten van het land.",
        "Volgens de cijfers van CBS ligt de werkloosheid in Teststad hoger dan gemiddeld. "
        "Inwoners van de zuidelijke dorpen zijn voor hun voorzieningen op Enschede gericht.",
    )
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/cbs", OWN) in found
    assert ("oriented-towards", OWN, "municipality/enschede") in found
