"""People described by the benefit they live on: the benefit recipients.

"mensen met een uitkering", "inwoners in de bijstand", "jongeren uit de bijstand",
"huishoudens met een bijstandsuitkering": a group of people named by the benefit they
receive is the group of benefit recipients (``role/benefit-recipients``), whatever noun
names the people; a claim that names them is about that group. Not: the benefit alone
("het aantal uitkeringen", "de bijstand stijgt") or after a noun that names no people
("de kosten in de bijstand"), nor a group that is a problem of its own ("statushouders
met een uitkering" are the status holders).
"""

from __future__ import annotations

import re

from kg.namespaces import CONCEPT

__all__ = ["BENEFIT_RECIPIENTS", "benefit_groups"]

BENEFIT_RECIPIENTS = CONCEPT + "role/benefit-recipients"

#: A plural noun of people, then the benefit they have or live on.
_GROUP = re.compile(
    r"\b(?:mensen|personen|inwoners|burgers|jongeren|ouderen|volwassenen|huishoudens|gezinnen"
    r"|ouders|vrouwen|mannen|klanten|cliënten|alleenstaanden)\s+"
    r"(?:met\s+(?:een\s+)?(?:bijstands|ww-|wajong|)uitkering(?:en)?"
    r"|met\s+bijstand|(?:in|uit)\s+de\s+(?:bijstand|ww|wajong))\b",
    re.IGNORECASE,
)
#: Words one of which every match of :data:`_GROUP` holds (lower case).
_KEYS = ("uitkering", "bijstand", " ww", "wajong")


def benefit_groups(text: str, start: int, end: int) -> set[str]:
    """The benefit recipients, when ``text[start:end]`` names people by their benefit.

    Examples
    --------
    >>> s = "De raad wil meer aandacht voor inwoners met een uitkering."
    >>> [k.rsplit("/", 2)[-2:] for k in benefit_groups(s, 0, len(s))]
    [['role', 'benefit-recipients']]
    >>> s = "Het aantal uitkeringen steeg met 5%."
    >>> benefit_groups(s, 0, len(s))
    set()
    """
    claim = text[start:end].lower()
    if not any(key in claim for key in _KEYS):
        return set()
    return {BENEFIT_RECIPIENTS} if _GROUP.search(text, start, end) else set()
