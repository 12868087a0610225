"""The national government as the giver of a budget: "de rijksbijdrage daalt".

A compound of "rijks-" and a noun of money ("de rijksbijdrage per Wsw-plek", "de krimpende
rijksbudgetten", "de rijksmiddelen voor de jeugdhulp") names the money the national
government gives (Van Dale: rijks-, "van het Rijk"), so the claim is about the national
government too, as it is where "het Rijk" gives the money in so many words. The
ontology's labels of the national government (``ontology/roles.ttl``: "het Rijk",
"rijksoverheid", "rijksbeleid") name it alone; these compounds name its money.
"""

from __future__ import annotations

import re

from kg.extract import prefixscan
from kg.namespaces import CONCEPT

__all__ = ["NATIONAL_GOVERNMENT", "national_funds"]

NATIONAL_GOVERNMENT: str = CONCEPT + "role/national-government"
#: "rijks-" and a noun of money, with its plural: contribution, budget, means, money,
#: grant, payment, funding.
_FUNDS = re.compile(
    r"\brijks(?:bijdrage|bijdragen|budget|budgetten|middelen|geld|gelden|subsidie|subsidies"
    r"|uitkering|uitkeringen|vergoeding|vergoedingen|financiering|korting|kortingen)\b",
    re.IGNORECASE,
)
#: What every match holds (lower case): the plain test before the pattern.
_KEYS = ("rijks",)


def national_funds(text: str, start: int, end: int) -> set[str]:
    """The national government when the claim ``text[start:end]`` names its money.

    Examples
    --------
    >>> s = "Door de afbouw van de Wsw daalt de rijksbijdrage sneller dan het aantal medewerkers."
    >>> [k.rsplit("/", 1)[-1] for k in national_funds(s, 0, len(s))]
    ['national-government']
    >>> s = "Het college vreest de krimpende Rijksbudgetten na 2017."
    >>> len(national_funds(s, 0, len(s)))
    1
    >>> s = "De gemeente heeft een rijk verenigingsleven en een eigen budget."
    >>> national_funds(s, 0, len(s))
    set()
    >>> s = "Het Rijksmuseum trekt veel bezoekers."  # a compound of no money
    >>> national_funds(s, 0, len(s))
    set()
    """
    if not prefixscan.may_hold_in(text, start, end, _KEYS):
        return set()  # the plain test first: most claims name no national money
    return {NATIONAL_GOVERNMENT} if _FUNDS.search(text, start, end) else set()
