"""The municipality writing in the first person plural (kg/extract/municipalwriter.py); an
invented Dutch page of questions and answers, none of any profile's wording."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extract_helpers import extract_profile, finding_for, key

from kg.document import parse_profile
from kg.extract.municipalwriter import municipal_writer, speaks_as_we

_PAGE = (
    "Teststad\n\nEen motto\n\nInleiding\n\nOp deze pagina geven wij, de gemeente Teststad, "
    "antwoord op vragen van inwoners over zorg en werk.\n\nBeleid en sturing\n\n"
    "Vraag: Wat wil de gemeente bereiken?\n"
    "Ons doel is dat inwoners eerst hun eigen netwerk inschakelen.\n\n"
    "Vraag: Zijn er wachtlijsten?\n"
    "Wij vinden de wachttijd voor de jeugd-ggz te lang.\n\n"
    "Regionale samenwerking\n\nVraag: Hoe koopt de gemeente de jeugdhulp in?\n"
    "De jeugdhulp kopen wij in via de regio, samen met Dorpstad en Veldhoven.\n"
)


@lru_cache(maxsize=1)
def _page():
    return extract_profile(_PAGE)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Ons doel is", ["role/civil-servants"]),
        ("Wij vinden de wachttijd", ["role/civil-servants"]),
        # a plain fact of organisation stays the authors'
        ("De jeugdhulp kopen wij in", ["role/authors"]),
    ],
)
def test_the_municipalitys_wij_is_its_civil_servants(fragment, expected):
    doc, ex = _page()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_the_researchers_wij_makes_no_writer():
    text = "Stad\n\nZorg\n\nWij spraken met de gemeente Stad over de zorg. Wij vinden dat goed.\n"
    assert municipal_writer(parse_profile(text, "s")) is None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Wij verwachten van wel.", True),
        ("Onze aanpak werkt.", True),
        ("Vier praktijken hebben een ondersteuner, die wij samen met hen betalen.", False),
        ("De gemeente is klein, omdat we weinig inwoners hebben.", False),
        ("Onze gemeente telt 30.000 inwoners.", True),
    ],
)
def test_speaks_as_we_reads_the_main_clause(quote, expected):
    assert speaks_as_we(quote) is expected
