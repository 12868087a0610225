"""Check that a gold file's quotes and contexts are all in the cleaned text, once each.

Usage: ``python3 tests/devset/check_gold.py tests/gold/devset/venray.yaml [PROFILE]``
(the profile is ``tests/devset/<document>.txt`` unless given). Prints counts or the
first error.
"""

import sys
from pathlib import Path

from kg.document import parse_profile
from kg.errors import DataError
from kg.gold import load_gold
from kg.ontology import known_headings, load_ontology

gold_path = Path(sys.argv[1])
text_path = (
    Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / f"{gold_path.stem}.txt"
)
doc = parse_profile(
    text_path.read_text(encoding="utf-8"), text_path.stem, known_headings(load_ontology())
)
try:
    gold = load_gold(gold_path, doc.text, strict=True)
except DataError as exc:
    sys.exit(f"error: {exc}")
print(
    f"{gold.name}: {len(gold.mentions)} mentions, {len(gold.indicators)} indicators, "
    f"{len(gold.relations)} relations, {len(gold.findings)} findings"
)
