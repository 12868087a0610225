"""Tasks an organisation carries out for every municipality by law.

Some organisations do one task for all municipalities (``kg/data/statutory-tasks.toml``: the
SVB pays the municipality's personal budgets under the "trekkingsrecht"). A sentence that
names the organisation and a word of that task ("de uitbetaling via de SVB", "De SVB kreeg de
betalingen niet op orde", "het trekkingsrecht bij de SVB") states that it does the task for
the profile's municipality: ``executes-for`` organisation → municipality (tests/gold/README.md,
decisions of the twenty-seventh session, 6). A sentence about its data ("de gegevens van de
SVB") names no payment and gives none.

Examples
--------
>>> duties = load_duties()
>>> duty_holders("De betalingen via de SVB liepen vast.", 0, 37, ["id/organisation/svb"], duties)
['id/organisation/svb']
>>> duty_holders("De SVB leverde te laat gegevens.", 0, 32, ["id/organisation/svb"], duties)
[]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

__all__ = ["DUTIES_FILE", "duty_holders", "load_duties"]

DUTIES_FILE = Path(__file__).resolve().parent.parent / "data" / "statutory-tasks.toml"


@lru_cache(maxsize=2)
def load_duties(path: str | Path = DUTIES_FILE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(entity key, task words)`` for each organisation of the data file.

    Examples
    --------
    >>> [key for key, _ in load_duties()]
    ['organisation/cak', 'organisation/svb']
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(
        (
            row["entity"],
            re.compile(r"\b(?:" + "|".join(map(re.escape, row["words"])) + r")\b", re.I),
        )
        for _, row in sorted(data.items())
    )


def duty_holders(
    text: str,
    start: int,
    end: int,
    entities: Sequence[str],
    duties: tuple[tuple[str, re.Pattern[str]], ...],
) -> list[str]:
    """The entities among ``entities`` (IRIs of the sentence's parties) that the sentence
    ``text[start:end]`` names together with a word of their statutory task."""
    out = []
    for iri in entities:
        for key, words in duties:
            if iri.endswith("/" + key) and words.search(text, start, end) and iri not in out:
                out.append(iri)
    return out
