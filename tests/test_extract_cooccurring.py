"""Problems said to occur together (kg/extract/cooccurring.py), on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.cooccurring import MULTIPLE, load_cooccurrence
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Consulenten zien gezinnen waar schulden en verslaving samengaan.", "samengaan"),
        ("Bij een op de vijf gezinnen spelen twee of meer problemen tegelijk.", "tegelijk"),
        ("Armoede komt vaak in combinatie met werkloosheid voor.", "combinatie"),
    ],
)
def test_problems_that_occur_together_are_multiple_problems(sentence, quote):
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, quote).concerns}
    assert key(MULTIPLE) in concerns


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Consulenten zien gezinnen met schulden en verslaving.", "verslaving"),
        ("Tegelijkertijd daalt de werkloosheid in de wijk.", "werkloosheid"),
    ],
)
def test_problems_named_side_by_side_or_a_discourse_adverb_are_not(sentence, quote):
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, quote).concerns}
    assert key(MULTIPLE) not in concerns


def test_the_problems_that_count_are_concepts_of_the_taxonomy():
    from pathlib import Path

    taxonomy = (Path(__file__).parent.parent / "ontology" / "problems.ttl").read_text("utf-8")
    problems = load_cooccurrence().problems
    assert problems and MULTIPLE not in problems
    for iri in problems:
        assert f"problem:{iri.rsplit('/', 1)[-1]} a kg:Problem" in taxonomy, iri


def test_every_counted_noun_passes_the_plain_test():
    import tomllib

    from kg.extract.cooccurring import COOCCURRENCE_FILE, COUNTED_KEYS

    counted = tomllib.loads(COOCCURRENCE_FILE.read_text("utf-8"))["counted"]
    assert all(word.lower().startswith(COUNTED_KEYS) for word in counted)
