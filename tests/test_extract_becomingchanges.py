"""A quantity that becomes more or less with "worden" (kg/extract/becomingchanges.py)."""

from __future__ import annotations

import pytest

from kg.extract.becomingchanges import find_becoming
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "quote", "comparison"),
    [
        (
            "Sinds de dagbesteding korter werd, zitten ouderen vaker thuis.",
            "de dagbesteding korter werd",
            "decrease",
        ),
        (
            "Sinds de regiotaxi duurder werd, reizen ouderen minder.",
            "de regiotaxi duurder werd",
            "increase",
        ),
        ("De druk nam toe doordat de taken groter werden.", "de taken groter werden", "increase"),
        (
            "De teams zien dat de problematiek niet kleiner wordt.",
            "de problematiek niet kleiner wordt",
            "equal",
        ),
    ],
)
def test_a_quantity_that_becomes_more_or_less_is_a_change(sentence, quote, comparison):
    doc, ex = extract_text(sentence)
    found = [(doc.text[i.start : i.end], i.comparison) for i in ex.indicators]
    assert (quote, comparison) in found


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("De wijkagent ziet dat de burenhulp dunner wordt.", "de burenhulp dunner wordt"),
        (
            "Zij vrezen dat het vangnet van buren dunner wordt.",
            "het vangnet van buren dunner wordt",
        ),
        (
            "Nu de logeerplekken schaarser worden, wachten gezinnen langer.",
            "de logeerplekken schaarser worden",
        ),
        ("Het valt op dat de huurwoningen schaarser werden.", "de huurwoningen schaarser werden"),
    ],
)
def test_thinner_or_scarcer_is_a_decrease(sentence, quote):
    doc, ex = extract_text(sentence)
    found = [(doc.text[i.start : i.end], i.comparison) for i in ex.indicators]
    assert (quote, "decrease") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij schreef het dunner op dan de vorige keer.",
        "De verf wordt met water dunner gemaakt.",
    ],
)
def test_thinner_without_a_becoming_quantity_is_no_change(sentence):
    doc, ex = extract_text(sentence)
    assert [i for i in ex.indicators if i.comparison == "decrease"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Daardoor wordt het ook duurder.",  # a pronoun, no quantity
        "Vanaf dat moment werd de afstand groter.",  # the inverted order is not read
        "De kosten zullen hoger worden ingeschat.",  # a passive
        "Het college verwacht dat de wijkteams beter worden.",  # a comparative of quality
    ],
)
def test_no_change_of_a_quantity(sentence):
    assert find_becoming(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds de dagbesteding KORTER WERD, zitten ouderen thuis.",  # upper case
        "De teams zien dat de problematiek niet kleiner wordt.",
        "Het aantal meldingen wordt elk jaar geteld.",  # no comparative before the verb
        "De zorg wordt duurder en de wachttijd langer.",  # the verb before the comparative
        "Sinds de taxi langer werd ingezet, ſtijgt het gebruik.",  # a letter str.lower keeps apart
    ],
)
def test_the_gate_reads_as_the_whole_pattern(sentence, monkeypatch):
    # the comparative-and-verb gate on the lower case keeps every change the pattern reads
    import re

    from kg.extract import becomingchanges as bc

    gated = find_becoming(sentence, 0, len(sentence))
    monkeypatch.setattr(bc, "_CORE", re.compile(""))  # a gate every sentence passes
    assert gated == find_becoming(sentence, 0, len(sentence))
