"""Capitalised compounds that are part of the proper name they open.

A sentence may open with a type noun before a name ("Woningcorporatie Viverion ziet …"):
the noun describes the body and is no part of its name. A compound whose last part is a
legal form or the office a service is run from ("Woningstichting X", "Inkoopbureau Jeugd X",
"Werkgeversservicepunt X") is part of the name, as the simple head is ("Stichting X"). The
endings are data (``[name_compounds]`` of kg/data/organisation-cues.toml, with their
source).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

__all__ = ["is_name_compound", "name_compound_endings"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "organisation-cues.toml"
#: The shortest first part a compound may have ("Werkplein": "werk").
_MIN_FIRST = 3


@lru_cache(maxsize=2)
def name_compound_endings(path: str | Path = CUES_FILE) -> tuple[str, ...]:
    """The endings of name-forming compounds.

    Examples
    --------
    >>> "stichting" in name_compound_endings()
    True
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(data["name_compounds"]["endings"])


def is_name_compound(word: str) -> bool:
    """Whether ``word`` is a compound whose last part makes it part of a proper name.

    Examples
    --------
    >>> is_name_compound("Woningstichting"), is_name_compound("Inkoopbureau")
    (True, True)
    >>> is_name_compound("Woningcorporatie"), is_name_compound("Stichting")
    (False, False)
    """
    low = word.lower()
    return any(low.endswith(e) and len(low) >= len(e) + _MIN_FIRST for e in name_compound_endings())
