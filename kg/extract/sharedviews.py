"""A view the sentence opens with, shared by the group named after "delen" at its end.

Dutch fronts the object of "delen" (to share) when the object is a view or a feeling the
text has just described: "Het gevoel dat de raad weinig grip heeft, delen veel fracties.",
"Die zorg delen de huisartsen.", "De kritiek op de inkoop deelt ook de Wmo-raad." The group
after the verb holds the view: it speaks the claim. Without a fronted view noun "delen" is a
plain verb of having in common ("De gemeenten delen een meldpunt.") and gives no voice.
"""

from __future__ import annotations

import re

__all__ = ["shares_view"]

#: A sentence that opens with a view or feeling as its (fronted) object.
_VIEW_OPENS = re.compile(
    r"\W*(?:het|dat|die|deze|dit|de|een|zo'n|zo’n)\s+(?:\w+\s+)?"
    r"(?:gevoel|beeld|zorg|zorgen|kritiek|mening|opvatting|indruk|analyse|conclusie|twijfel"
    r"|twijfels|ergernis|frustratie|onvrede|optimisme|pessimisme|standpunt|overtuiging"
    r"|verwachting|vrees|inschatting|ervaring|ervaringen|klacht|klachten)\b",
    re.IGNORECASE,
)
#: "delen" right before the group, at most with "ook", "niet" and a quantifier or article.
_SHARES_BEFORE = re.compile(
    r"\b(?:delen|deelt|deelden|deelde)\s+(?:(?:ook|niet|wel|meer|veel|vele|de|het|meeste|alle"
    r"|enkele|sommige|andere|twee|drie|vrijwel|bijna)\s+){0,3}$",
    re.IGNORECASE,
)


def shares_view(text: str, start: int, at: int) -> bool:
    """Whether the group at ``at`` in the sentence starting at ``start`` shares the view the
    sentence opens with ("Die zorg delen de huisartsen").

    Examples
    --------
    >>> t = "Het gevoel dat de regio ver weg staat, delen veel raadsleden."
    >>> shares_view(t, 0, t.index("raadsleden"))
    True
    >>> t = "De gemeenten delen een meldpunt met de huisartsen."
    >>> shares_view(t, 0, t.index("huisartsen"))
    False
    """
    window = text[max(start, at - 40) : at]
    if "del" not in window and "deel" not in window:
        return False  # the cheap gate: no "delen" before the group
    if _SHARES_BEFORE.search(window) is None:
        return False
    return _VIEW_OPENS.match(text, start, at) is not None
