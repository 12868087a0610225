"""A region named after a scale label (kg.extract.labelregions): invented fact-sheet lines."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def _regions(*lines: str) -> set[tuple[str, str]]:
    _, ex = extract_text(*lines)
    return {(m.text, key(m.entity)) for m in ex.mentions if m.kind == "region"}


@pytest.mark.parametrize(
    ("line", "name", "region"),
    [
        (
            "Arbeidsmarktregio: Drechtsteden, met Dordrecht als centrumgemeente.",
            "Drechtsteden",
            "drechtsteden",
        ),
        ("Arbeidsmarktregio: Twente.", "Twente", "twente"),
        ("Arbeidsmarktregio: Achterhoek, acht gemeenten.", "Achterhoek", "achterhoek"),
        (
            "Arbeidsmarktregio: Rivierenland, met Tiel als centrumgemeente.",
            "Rivierenland",
            "rivierenland",
        ),
    ],
)
def test_a_region_after_the_labour_market_label_is_that_region(line, name, region):
    assert (name, f"region/arbeidsmarktregio-{region}") in _regions(line)


@pytest.mark.parametrize(
    ("line", "name", "region"),
    [
        ("Jeugdregio: Twente, veertien gemeenten.", "Twente", "region/twente"),
        (
            "Samenwerking in Twente: arbeidsmarktregio en jeugdregio vallen samen.",
            "Twente",
            "region/twente",
        ),
    ],
)
def test_another_label_keeps_the_area(line, name, region):
    assert (name, region) in _regions(line)


def test_the_lead_is_of_the_labour_market_region():
    _, ex = extract_text("Arbeidsmarktregio: Twente, met Enschede als centrumgemeente.")
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert (
        "lead-municipality",
        "region/arbeidsmarktregio-twente",
        "municipality/enschede",
    ) in found


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("ARBEIDSMARKTREGIO: Noordrand, met A als centrumgemeente.", "arbeidsmarktregio-noordrand"),
        # a letter str.lower folds apart (long s, dotted capital I): the text's own lower case
        ("Arbeidsmarktregio: Noordrand, \u017fterk vergrijsd.", "arbeidsmarktregio-noordrand"),
        ("İnkomen. Arbeidsmarktregio: Noordrand.", "arbeidsmarktregio-noordrand"),
        ("In de arbeidsmarktregio Noordrand \u017ftijgt de vraag.", "noordrand"),
    ],
)
def test_the_label_gate_reads_as_the_text_lowered(text, region):
    from kg.extract.labelregions import scaled_regions
    from kg.extract.model import Entity, SentenceMention

    at = text.index("Noordrand")
    area = SentenceMention("r/noordrand", "region", at, at + 9, "Noordrand", 0)
    amr = Entity("r/arbeidsmarktregio-noordrand", "region", "arbeidsmarktregio Noordrand")
    got = [m.entity for m in scaled_regions(text, [area], {amr.iri: amr})]
    assert got == [f"r/{region}"]
