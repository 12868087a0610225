"""kg.extract.linekeys: the one key of a key-value line or clause (invented lines)."""

from __future__ import annotations

import pytest

from kg.extract.linekeys import LONGEST, key_end, key_text


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # a noun phrase as label
        ("Wachttijd wijkteam: zes weken.", "Wachttijd wijkteam"),
        ("Samenwerking met de huisartsen: goed, maar traag.", "Samenwerking met de huisartsen"),
        ("Sterk: de korte lijnen met de scholen.", "Sterk"),
        ("Het Rijk: te laat met de budgetten.", "Het Rijk"),
        # a speaker as key, the value a quotation
        ("Wethouder: 'we liggen op schema'.", "Wethouder"),
        ("De cliëntenraad: “het kan beter”.", "De cliëntenraad"),
        ("Een jongerenwerker: ‘ze weten ons te vinden’.", "Een jongerenwerker"),
        ("Adviesraad sociaal domein: ‘te weinig inspraak’.", "Adviesraad sociaal domein"),
        # a figure key: digits, a bracketed year, a number's point
        ("Huishoudens (2017): 12.400.", "Huishoudens (2017)"),
        ("Bijstand per 1.000 inwoners: 31.", "Bijstand per 1.000 inwoners"),
        ("Aandeel 65+: 21%.", "Aandeel 65+"),
        ("Uitkeringen 2016: € 2,1 miljoen.", "Uitkeringen 2016"),
        ("  Leerlingen speciaal onderwijs: ruim 300.", "Leerlingen speciaal onderwijs"),
    ],
)
def test_a_label_before_a_colon_is_the_key(line, key):
    assert key_text(line, 0, len(line)) == key
    assert key_end(line, 0, len(line)) == line.index(":")


@pytest.mark.parametrize(
    "line",
    [
        "Volgens de jongerenwerkers: te weinig plekken.",
        "Uit het gesprek met de directeur: de wachtlijst groeit.",
        "Over de toegang: nog veel onduidelijk.",
        "Aldus de voorzitter: geen besluit vandaag.",
    ],
)
def test_a_source_heading_is_no_key(line):
    assert key_end(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "De kosten van de jeugdzorg zijn gestegen: 8% meer dan begroot.",
        "De wethouder zegt het eerlijk: het budget is op.",
        "Wat de huisartsen merken: de druk neemt toe.",
        "Twee dingen vallen op als je kijkt: hoge kosten en lange wachttijden.",
        "Er blijft één vraag: wie betaalt?",
    ],
)
def test_a_clause_before_the_colon_is_no_key(line):
    assert key_end(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "9:30 uur: opening door de voorzitter.",  # a figure first
        "Knelpunten:",  # no value: a list's heading
        "Aandachtspunten: ",
        "Overleg met scholen, wijkteams, huisartsen, de GGD en de politie in de regio: goed.",
        "Dit is een lange zin. Daarna komt een punt: dat is het.",  # a full stop in the key
        "Wat nu? Een antwoord: later.",
        "Kosten:- 40.000",  # no space after the colon
    ],
)
def test_no_key(line):
    assert key_end(line, 0, len(line)) is None


def test_a_colon_beyond_the_reach_is_no_key():
    line = "Ontwikkeling " + "x" * LONGEST + ": stabiel."
    assert key_end(line, 0, len(line)) is None


def test_a_key_on_its_own_line():
    t = "Inleiding van de notitie.\nBereik wijkteam: groot."
    at = t.index("Bereik")
    assert key_end(t, at, len(t), own_line=True) == t.index(":")
    t = "Inleiding van de notitie. Bereik wijkteam: groot."
    at = t.index("Bereik")
    assert key_end(t, at, len(t), own_line=True) is None
    assert key_end(t, at, len(t)) == t.index(":")


def test_the_span_bounds_the_key():
    t = "Kort. Inwoners: 17.300."
    assert key_end(t, 0, len(t)) is None  # the key of the first sentence has a full stop
    assert key_end(t, t.index("Inwoners"), len(t)) == t.index(":")
    assert key_end(t, t.index("Inwoners"), t.index(":")) is None  # the colon past the end
