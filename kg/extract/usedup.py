"""A resource used up: "verwacht dat de reserve in 2017 op is", "het budget raakt op".

General Dutch "op zijn" and "op raken" (used up) said of money set aside is a difficulty
with no judgement word; so is a participle of drawing it down closing the claim ("is
opgebruikt", "grotendeels heeft aangesproken": drawn on, with a degree of using it up).
The form is read only at the end of a claim that nothing else judges, with one string
test first ("… op is.", "… is op."): the verb closes the clause, and a resource (a
reserve, a budget, money, means, a buffer, also as the head of a compound: "de
bestemmingsreserve") stands before it in the clause. "Is op" elsewhere opens a phrase
("is op orde", "is op tijd") and does not count.
"""

from __future__ import annotations

import re

#: How a claim ends when it says something is used up (lower case, punctuation stripped).
_ENDINGS = (
    "op is", "op zijn", "op was", "op waren", "op raakt", "op raken", "op gaat", "op gaan",
    "is op", "zijn op", "was op", "waren op", "raakt op", "raken op",
)  # fmt: skip
#: A resource, also as the head of a compound, and the words after it up to the verb (no
#: clause boundary between).
_RESOURCE = re.compile(
    r"(?:reserve|reserves|budget|budgetten|geld|middelen|buffer|buffers|potje)\b[^,;:()]*$",
    re.IGNORECASE,
)
#: "Raken" or "zijn" before the particle "op" closing the clause, in main-clause order ("raakt
#: het budget op", "is de reserve eind 2017 op").
_SPLIT = re.compile(
    r"\b(?:raakt|raken|raakte|raakten|is|zijn|was|waren)\b(?=[^,;:()]*\bop\W*$)", re.IGNORECASE
)
#: A conditional clause after the main clause ("… op als de groei aanhoudt").
_CONDITION = re.compile(r",?\s+(?:als|wanneer|tenzij|indien|zodra)\s", re.IGNORECASE)
#: Most characters between the resource and the verb ("reserve sociaal domein in 2017").
_REACH = 60


#: Participles of drawing a resource down, closing a claim: "grotendeels heeft aangesproken",
#: "is opgebruikt", "opgemaakt".
_DRAWN = ("aangesproken", "opgebruikt", "opgemaakt")
#: Degrees that make drawing on a resource using it up ("grotendeels", "volledig").
_DEGREES = re.compile(
    r"\b(?:grotendeels|volledig|helemaal|geheel|bijna|nagenoeg|vrijwel)\b", re.IGNORECASE
)


def _drawn_down(text: str, start: int, end: int) -> bool:
    """Whether a claim closing on a participle of drawing down (:data:`_DRAWN`) names a
    resource before it, in its clause, and (for "aangesproken", drawn on) a degree of
    using it up: "dat de gemeente haar reserve in 2018 grotendeels heeft aangesproken".

    Examples
    --------
    >>> s = "Hij verwacht dat de gemeente haar reserve in 2018 grotendeels heeft aangesproken."
    >>> _drawn_down(s, 0, len(s))
    True
    >>> s = "Voor de tekorten wordt de reserve aangesproken."
    >>> _drawn_down(s, 0, len(s)), _drawn_down("Het budget is opgebruikt.", 0, 25)
    (False, True)
    >>> _drawn_down("Over het budget heeft de raad zich uitgesproken.", 0, 48)
    False
    """
    closing = text[max(start, end - 20) : end].rstrip(" .!?;:)\n\u201d\"'").lower()
    if not closing.endswith(_DRAWN) or closing.endswith("uitgesproken"):
        return False  # "heeft zich uitgesproken": spoken out
    found = _RESOURCE.search(text, max(start, end - 2 * _REACH), end)
    if found is None:
        return False
    return not closing.endswith("aangesproken") or bool(_DEGREES.search(text, found.start(), end))


def used_up(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` ends saying a resource is used up.

    Examples
    --------
    >>> s = "Het college verwacht dat de reserve sociaal domein in 2017 op is."
    >>> used_up(s, 0, len(s))
    True
    >>> s = "De wethouder meldt dat het armoedebudget in het najaar op is."
    >>> used_up(s, 0, len(s))
    True
    >>> s = "Volgens de wethouder raakt het budget voor schuldhulp op."
    >>> used_up(s, 0, len(s))
    True
    >>> used_up("Het budget is op orde.", 0, 22), used_up("De koffie is op.", 0, 16)
    (False, False)
    """
    if text.find(" op ", start, end) >= 0 and (cut := _before_condition(text, start, end)):
        end = cut  # "is de reserve eind 2017 op als de groei aanhoudt": the main clause's end
    tail = text[max(start, end - 12) : end].rstrip(" .!?;:)\n\u201d\"'").lower()
    if tail.endswith(_DRAWN[0][-9:]) or tail.endswith(_DRAWN[1:]):  # the tail is 12 long
        return _drawn_down(text, start, end)
    if not tail.endswith(_ENDINGS):
        if not tail.endswith(" op"):
            return False  # most claims: one string test
        # the main clause's order: "raakt het budget (voor schuldhulp) op"
        split = _SPLIT.search(text, max(start, end - _REACH - 20), end)
        return split is not None and _RESOURCE.search(text, split.end(), end) is not None
    verb = tail.rsplit(" ", 2)[-2:]
    at = end - len(text[max(start, end - 12) : end]) + tail.rfind(" ".join(verb))
    found = _RESOURCE.search(text, max(start, at - _REACH), at)
    return found is not None


def _before_condition(text: str, start: int, end: int) -> int | None:
    """Where a conditional clause after a main clause closing on "op" starts, else None.

    Examples
    --------
    >>> s = "Volgens de controller is de reserve in 2018 op als de groei aanhoudt."
    >>> s[: _before_condition(s, 0, len(s))]
    'Volgens de controller is de reserve in 2018 op'
    >>> _before_condition("Het loket is open als het team er is.", 0, 37) is None
    True
    """
    for found in _CONDITION.finditer(text, start, end):
        if text[start : found.start()].rstrip().lower().endswith(" op"):
            return found.start()
    return None
