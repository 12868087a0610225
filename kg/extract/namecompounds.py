"""Capitalised compounds that are part of the proper name they open.

A sentence may open with a type noun before a name ("Woningcorporatie Viverion ziet …"):
the noun describes the body and is no part of its name. A compound whose last part is a
legal form or the office a service is run from ("Woningstichting X", "Inkoopbureau Jeugd X",
"Werkgeversservicepunt X") is part of the name, as the simple head is ("Stichting X"). The
endings are data (``[name_compounds]`` of kg/data/organisation-cues.toml, with their
source). The further labels of a minted name (:func:`extra_labels`) follow from it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from kg.extract.model import SentenceMention
from kg.extract.namegroups import name_label

__all__ = ["extra_labels", "is_name_compound", "name_compound_endings"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "organisation-cues.toml"
#: The shortest first part a compound may have ("Werkplein": "werk").
#: The lower-case word right before a name ("woonstichting Teststad").
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]+)\s+$")
#: Kinds of an area a name may end in ("Werkpunt Twente").
_AREAS = frozenset({"municipality", "place", "region"})
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


def extra_labels(
    text: str,
    run: list,
    start: int,
    s: int,
    e: int,
    source: str,
    inside: Sequence[SentenceMention] = (),
) -> tuple[str, ...]:
    """Further labels of a name: the area a scale region covers ("arbeidsmarktregio Twente":
    "Twente"), the name without a compound head ("Welzijnsstichting De Brug": "De
    Brug") unless what is left is an area a known mention ``inside`` the name names
    ("Werkpunt Twente" is not called "Twente"), and with the
    name compound before it ("woonstichting Teststad").

    Examples
    --------
    >>> text = "Welzijnsstichting De Brug"
    >>> run = [(0, 17, "Welzijnsstichting"), (18, 20, "De"), (21, 25, "Brug")]
    >>> extra_labels(text, run, 0, 0, 25, "head")
    ('De Brug',)
    >>> area = SentenceMention("place/de-brug", "place", 18, 25, "De Brug", 0)
    >>> extra_labels(text, run, 0, 0, 25, "head", [area])
    ()
    """
    extra: tuple[str, ...] = ()
    if source == "scale" and start < s:
        extra += (name_label(text[s:e], source),)
    if len(run) > 1 and is_name_compound(run[0][2]):
        rest = name_label(text[run[1][0] : e], source)
        if rest not in {m.text for m in inside if m.kind in _AREAS}:
            extra += (rest,)
    before = _WORD_BEFORE.search(text, max(0, s - 40), s) if source == "type" else None
    if before is not None and is_name_compound(before[1]):  # "woonstichting Teststad"
        extra += (name_label(text[before.start(1) : e], source),)
    return extra
