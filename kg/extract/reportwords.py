"""The nouns of a report, monitor or overview, one list for every reader that asks whether
a problem word is only an item such a report lists ("een monitor met het aantal cliënten en
de wachttijden"): the concerns (:func:`kg.extract.deniedproblems.listed_measure`) and the
tone (:mod:`kg.extract.procedures`). General Dutch words of reporting in public
administration; compounds with one of them as head ("kwartaalrapportage", "jaarverslag")
and their plurals are report nouns too.
"""

from __future__ import annotations

import re

__all__ = ["REPORT_NOUNS", "REPORT_PATTERN", "is_report_noun"]

#: The heads of the nouns of a report or an overview of figures.
REPORT_NOUNS = (
    "monitor", "dashboard", "rapportage", "verslag", "overzicht", "factsheet", "kengetallen",
    "indicatoren", "registratie",
)  # fmt: skip
#: A report noun with its plural ending, as a regular-expression alternation.
REPORT_PATTERN = "(?:" + "|".join(REPORT_NOUNS) + ")(?:s|en)?"
_NOUN = re.compile(r"\w*" + REPORT_PATTERN)


def is_report_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is a report noun, a compound with one as its head or
    their plural.

    Examples
    --------
    >>> [is_report_noun(w) for w in ("monitor", "kwartaalrapportages", "jaarverslag")]
    [True, True, True]
    >>> [is_report_noun(w) for w in ("verslaggever", "registreert")]
    [False, False]
    """
    return _NOUN.fullmatch(word) is not None
