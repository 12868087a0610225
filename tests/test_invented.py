"""The invented profiles (``tests/invented``): their gold files stay readable, and the
profiles build into a valid graph that links each municipality to what it names.

The texts were written by contributors who had not read the extractor's rules (see
``tests/invented/README.md``); the figures on them come from ``tests/devset/halves.py``,
never from assertions here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.document import parse_profile
from kg.gold import load_gold
from kg.ontology import known_headings, load_ontology
from tests.conftest import ONTOLOGY

INVENTED = Path(__file__).resolve().parent / "invented"
GOLD = Path(__file__).resolve().parent / "gold" / "invented"
PROFILES = sorted(INVENTED.glob("*.txt"))


def test_every_profile_has_its_gold_file():
    assert [p.stem for p in PROFILES] == sorted(p.stem for p in GOLD.glob("*.yaml"))


@pytest.fixture(scope="module")
def headings():
    return known_headings(load_ontology(ONTOLOGY))


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_every_gold_item_is_located_in_the_cleaned_text(path, headings):
    doc = parse_profile(path.read_text(encoding="utf-8"), path.stem, headings)
    # strict: a quote or context found twice would be scored at its first place only
    gold = load_gold(GOLD / f"{path.stem}.yaml", doc.text, strict=True)
    assert gold.name == path.stem
    assert gold.municipality.endswith(f"/municipality/{path.stem}")
    assert gold.findings and gold.mentions and gold.indicators
    for finding in gold.findings:
        assert doc.text[finding.start : finding.end].split() == finding.quote.split()


@pytest.fixture(scope="module")
def result():
    return build_graph(INVENTED, ONTOLOGY, curation=False)


def test_the_profiles_build_and_conform(result, tmp_path):
    from kg.build import write_build

    assert [doc.name for _, doc, _ in result.documents] == [p.stem for p in PROFILES]
    assert write_build(result, tmp_path, validate=True).stat().st_size > 0


def test_each_municipality_is_linked_to_another_it_names(result):
    for _, doc, extraction in result.documents:
        home = extraction.municipality.iri
        linked = {r.object for r in extraction.relations if r.subject == home}
        linked |= {r.subject for r in extraction.relations if r.object == home}
        assert linked, doc.name
