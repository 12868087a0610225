"""A pattern behind a word gate: read only when one word of every gate group stands."""

from __future__ import annotations

import re

from kg.extract.gatedpatterns import GatedPattern, whole_claim

_AGAINST = re.compile(r"\bspreekt\s+dat\s+tegen\b", re.IGNORECASE)


def test_every_gate_group_must_hold_a_word():
    g = GatedPattern(_AGAINST, (("tegen",), ("spreekt",)))
    s = "Een teamleider spreekt dat tegen."
    assert g.reads(s, 0, len(s))
    assert not g.reads("Een teamleider is er tegen.", 0, 27)


def test_gate_as_written_or_lower_cased():
    pattern = re.compile(r"\bspreekt\s+dat\s+tegen\b", re.IGNORECASE)
    s = "SPREEKT DAT TEGEN."
    assert not GatedPattern(pattern, (("tegen",),)).reads(s, 0, len(s))
    assert GatedPattern(pattern, (("tegen",),), lower=True).reads(s, 0, len(s))


def test_anchored_pattern_is_searched_in_the_claim_alone():
    anchored = re.compile(r"^Over\s+\w+\s+zijn\s+zij\s+verdeeld")
    text = "Zo is het. Over geld zijn zij verdeeld."
    start = text.index("Over")
    assert GatedPattern(anchored, (("Over",),), alone=whole_claim).reads(text, start, len(text))
    assert not GatedPattern(anchored, (("Over",),)).reads(text, start, len(text))
