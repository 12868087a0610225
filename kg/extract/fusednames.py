"""A type head fused with a number is a name: "Servicepunt71", "Werkplein12".

Joint services of municipalities are often named by their type and a number, the count of
their members or the area code of their region, written as one word ("Servicepunt71" for
the area code 071, "Samen14" for fourteen municipalities). The letters must be a type head
that opens names of joint bodies ("servicepunt", "werkplein", "regio",
kg/data/organisation-cues.toml, ``leading_heads``); the word then is a name of that kind,
as "Servicepunt X" is. A plain word with a number ("Wmo2015", "Corona19") names no type
and stays unread here.

Examples
--------
>>> fused_head("Servicepunt71", {("servicepunt",): "body"})
'body'
>>> fused_head("Wmo2015", {("servicepunt",): "body"}) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["fused_head"]

#: Letters (a hyphen inside) then one to three digits, an optional hyphen between them.
_FUSED = re.compile(r"([a-z][a-z-]*[a-z])-?(\d{1,3})")


def fused_head(word: str, heads: Mapping[tuple[str, ...], str]) -> str | None:
    """The kind of a capitalised word that is a type head fused with a number, else None.

    Parameters
    ----------
    word : str
        One word as written.
    heads : mapping
        The leading heads of names and their kinds.

    Returns
    -------
    str or None
        The head's kind ("body", "organisation", …).

    Examples
    --------
    >>> heads = {("werkplein",): "body"}
    >>> fused_head("Werkplein12", heads), fused_head("werkplein12", heads)
    ('body', None)
    >>> fused_head("Werkplein", heads) is None
    True
    """
    if not word[:1].isupper() or not word[-1:].isdigit():
        return None
    fused = _FUSED.fullmatch(word.lower())
    return heads.get((fused.group(1),)) if fused else None
