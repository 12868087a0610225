"""A referral that bypasses the access: "verwijzen nog vaak rechtstreeks naar de jeugd-ggz".

Since 2015 the municipality's access (a social or youth team, a desk) is meant to see a
person before specialised care; a general practitioner, a school or a doctor who refers
"rechtstreeks", "direct naar" or "buiten het team om" goes past it, and a claim that states
such a referral and judges nothing else reads as the known shortfall of the new route:
negative. Read only of a claim that nothing else judges
(:func:`kg.extract.unjudged.unjudged`). Not a bypass: a referral straight to the access
itself ("verwijst rechtstreeks naar het wijkteam"), or one denied or lessened ("verwijzen
niet meer rechtstreeks", "minder vaak rechtstreeks").
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lower_span

#: A verb or noun of referring ("verwijzen", "doorverwijst", "verwezen", "verwijzingen").
_REFER = r"(?:door)?verwij[sz]\w*|verwezen|verwees"
#: Going past the access: "rechtstreeks", "direct naar/door", "buiten … om".
_PAST = r"rechtstreeks|direct(?=\s+(?:door|naar)\b)|buiten\s+(?:[\w-]+\s+){1,4}?om\b"
#: The two in one clause (no comma, colon or semicolon between), in either order.
_BYPASS = re.compile(
    rf"\b(?:{_REFER})\b[^,;:.]{{0,80}}?\b(?P<a>{_PAST})"
    rf"|\b(?P<b>{_PAST})\b[^,;:.]{{0,40}}?\b(?:{_REFER})\b"
)
#: A word that denies or lessens the bypass ("niet meer", "minder vaak", "zelden").
_LESS = re.compile(r"\b(?:niet|geen|nooit|minder|nauwelijks|zelden|steeds\s+minder)\b")
#: The access itself as the destination ("naar het wijkteam", "naar het loket").
_ACCESS = re.compile(
    r"\s*(?:door\s+)?naar\s+(?:het\s+|de\s+|een\s+)?(?:[\w-]+\s+)?"
    r"(?:[\w-]*team|loket|toegang|gemeente|consulent)\b"
)


def bypasses(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a referral that goes past the access.

    Examples
    --------
    >>> s = "Huisartsen verwijzen nog vaak rechtstreeks naar de jeugd-ggz."
    >>> bypasses(s, 0, len(s))
    True
    >>> s = "De school verwijst buiten het jeugdteam om."
    >>> bypasses(s, 0, len(s))
    True
    >>> s = "De huisarts verwijst rechtstreeks naar het wijkteam."
    >>> bypasses(s, 0, len(s))
    False
    >>> s = "Huisartsen verwijzen minder vaak rechtstreeks door."
    >>> bypasses(s, 0, len(s))
    False
    """
    low = lower_span(text, start, end)
    if "verw" not in low or (
        "direct" not in low and "rechtstreeks" not in low and " om" not in low
    ):
        return False  # most claims: a string find or two
    for found in _BYPASS.finditer(low):
        at = found.end("a") if found.group("a") else found.end("b")
        if _LESS.search(low, max(0, found.start() - 12), at):
            continue  # "verwijzen niet meer rechtstreeks": the bypass denied or lessened
        if found.group("a") and _ACCESS.match(low, at):
            continue  # "rechtstreeks naar het wijkteam": the access itself
        return True
    return False
