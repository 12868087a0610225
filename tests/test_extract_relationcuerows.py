"""The later rows of the relation cue table (kg.extract.relationcuerows): well formed, and
part of the table that kg.extract.relationcues compiles."""

from __future__ import annotations

import re

from kg.extract.relationcuerows import NAMED_GROUP, ROWS
from kg.extract.relationcues import CUES, TRIGGERS


def test_every_row_is_in_the_compiled_table_in_order():
    patterns = [p.pattern for p, _, _ in CUES]
    assert patterns[-len(ROWS) :] == [row[0] for row in ROWS]


def test_every_row_has_lower_case_triggers():
    for pattern, _, _, triggers in ROWS:
        assert triggers and all(t == t.lower() for t in triggers), pattern
        assert TRIGGERS[re.compile(pattern, re.IGNORECASE)] == triggers


def test_named_group_takes_a_proper_name_after_a_group_noun():
    m = re.match(NAMED_GROUP, "de arbeidsmarktregio Noordrand", re.IGNORECASE)
    assert m is not None and m.group("pre") == "de arbeidsmarktregio Noordrand"
