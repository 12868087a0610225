"""A balance named again after its amount: a reference back, not a new observation.

Municipal accounts state a deficit or surplus once with its amount ("sloot 2015 af met
een tekort van € 1,6 miljoen op de jeugdhulp") and then go on about it with the definite
article ("het tekort op de jeugdhulp werd uit de reserve gedekt", "de raad hoorde te laat
van het tekort", "het overschot op de Wmo is in een reserve gestort"). That "het tekort"
points back to the balance already observed (a definite description, as "de corporatie"
points back to the corporation named before) and states no amount, change or level of its
own, so it is no second observation. A balance without an amount that the text names
first ("de reserve werd gevormd uit het overschot op de jeugdhulp"), an indefinite one
("liet opnieuw een tekort zien": a balance of another year), and one with a change or
level of its own ("het tekort op de jeugdhulp groeit") stay observations.

Source: general Dutch (the definite article of a noun phrase that refers back, ANS
14.2.2) and the nouns of a balance of municipal accounts (:mod:`kg.extract.balances`);
written without reading any profile. One pass over the observations, each balance
looked at in a bounded window.
"""

from __future__ import annotations

import re

from kg.extract.balances import BALANCE
from kg.extract.changewords import DOWN, FINITE, UP
from kg.extract.model import Indicator

__all__ = ["restated_balances"]

#: The measures of a balance: what is left over or short.
_BALANCES = frozenset(("deficit", "surplus"))
#: How far around an earlier amount its budget may be named: "een tekort van € 2 miljoen op
#: de jeugdhulp", "op de Wmo bleef ruim 4 ton over".
_AROUND = 100
#: A change or level the rest of the balance's clause states of it, which the reading of
#: changes may have missed: "het tekort … zo veel groter is dan begroot", "niet kleiner te
#: worden", "kan worden teruggedrongen", "verdwijnt" (an observation of its own).
_OWN_CHANGE = re.compile(
    r"[^,.;:!?]{0,80}?\b(?:groter|kleiner|hoger|lager|teruggedrongen|terugdringen"
    r"|weggewerkt|wegwerken|verdwijnt|verdwijnen|verdwenen|"
    + "|".join(UP + DOWN + FINITE)
    + r")\b",
    re.IGNORECASE,
)


def _definite(text: str, ind: Indicator) -> tuple[bool, str]:
    """Whether the balance in ``ind``'s quote has the definite article and no change of its
    own after it, and the budget it names ("Wmo" of "het overschot op de Wmo"; "" for none)."""
    last = None
    for m in BALANCE.finditer(text, ind.start, ind.end):
        last = m
    if last is None or (last.group("art") or "").lower() != "het":
        return False, ""
    if _OWN_CHANGE.match(text, last.end()):
        return False, ""  # "het tekort op de jeugdhulp zal niet kleiner worden"
    rest = last.group("rest").split()
    return True, rest[-1].lower() if rest else ""


def restated_balances(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` without a definite balance of no amount whose amount was stated before.

    Parameters
    ----------
    text : str
        The document's text.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Er was een tekort van € 2 miljoen op de Wmo. Het tekort op de Wmo is gedekt."
    >>> amount = Indicator(22, 33, 0, "deficit", "tekort", Decimal(2000000), "EUR")
    >>> again = Indicator(45, 65, 1, "deficit", "tekort", None, None)
    >>> [i.value for i in restated_balances(s, [amount, again])]
    [Decimal('2000000')]
    >>> [i.value for i in restated_balances(s, [again])]  # named first here: an observation
    [None]
    """
    stated: list[Indicator] = []
    out: list[Indicator] = []
    for ind in found:
        if ind.measure not in _BALANCES:
            out.append(ind)
            continue
        if ind.value is not None:
            stated.append(ind)
        elif ind.comparison is None and ind.unit is None:
            definite, budget = _definite(text, ind)
            if definite and any(
                s.measure == ind.measure
                and s.start < ind.start
                and budget in text[max(0, s.start - _AROUND) : s.end + _AROUND].lower()
                for s in stated
            ):
                continue  # "het tekort op de jeugdhulp" after its amount: the same balance
        out.append(ind)
    return out
