"""Print the cleaned text of a profile (what gold quotes are written against).

Usage: ``python3 tests/devset/cleaned.py tests/devset/venray.txt``
"""

import sys
from pathlib import Path

from kg.document import parse_profile
from kg.ontology import known_headings, load_ontology

path = Path(sys.argv[1])
doc = parse_profile(path.read_text(encoding="utf-8"), path.stem, known_headings(load_ontology()))
print(doc.text)
