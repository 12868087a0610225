"""The nouns and verbs of a report, monitor or overview, one list for every reader that asks
whether a problem word is only an item such a report lists ("een monitor met het aantal
cliënten en de wachttijden"): the concerns (:func:`kg.extract.deniedproblems.listed_measure`)
and the tone (:mod:`kg.extract.procedures`); the topics ask whether a word is a verb of
reporting ("zij monitoren de wachtlijsten", "de cijfers tonen": no monitor, no tone).
General Dutch words of reporting in public administration; compounds with one of the nouns
as head ("kwartaalrapportage", "jaarverslag") and their plurals are report nouns too.
"""

from __future__ import annotations

import re

__all__ = ["REPORT_NOUNS", "REPORT_PATTERN", "REPORT_VERBS", "is_report_noun", "is_report_word"]

#: The heads of the nouns of a report or an overview of figures.
REPORT_NOUNS = (
    "monitor", "dashboard", "rapportage", "verslag", "overzicht", "factsheet", "kengetallen",
    "indicatoren", "registratie",
)  # fmt: skip
#: The verbs of reporting, in the forms of the present and the participle ("rapporteert",
#: "monitoren", "gemonitord", "toont"); "monitoren" and "tonen" are spelled like the plurals
#: of the nouns "monitor" and "toon".
REPORT_VERBS = frozenset(
    {"rapporteert", "rapporteren", "registreert", "registreren", "monitort", "monitoren",
     "gemonitord", "toont", "tonen"}
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


def is_report_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a report noun (:func:`is_report_noun`) or a verb
    of reporting (:data:`REPORT_VERBS`).

    >>> [is_report_word(w) for w in ("monitoren", "toont", "jaarverslagen", "toon")]
    [True, True, True, False]
    """
    return word in REPORT_VERBS or is_report_noun(word)
