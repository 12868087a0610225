"""Regions a capitalised run names by an area the text already knows.

- "<Compass>-<area>" ("Zuidwest-Friesland", "Noordoost-Brabant"): a compass part of a known
  area, the usual Dutch name of a sub-region (:func:`compass_area`); named by the area's
  adjective ("het Noordoost-Twentse overleg") it is that part, Noordoost-Twente
  (:func:`compass_adjective`; gold README, review of batch 11, point 14);
- "de regio Twente", and "in de Regio X" after the text named "regio X" in lower case: the
  region already known, no name of its own (:func:`known_region`); any other capitalised
  "Regio X" is the joint body (gold README: "Regio Twente" is ``body/regio-twente``).

Split from :mod:`kg.extract.nameshapes` (size limit); used by :mod:`kg.extract.organisations`.
"""

from __future__ import annotations

import re

from kg.extract.model import SentenceMention
from kg.extract.nameshapes import COMPASS_WORDS

__all__ = ["compass_adjective", "compass_area", "known_region"]

#: The kinds a compass word may name a part of.
_AREA_KINDS = frozenset({"place", "municipality", "region"})


def known_region(
    text: str, run: list, source: str, inside: list[SentenceMention], covered: bool
) -> bool:
    """Whether a name is a region the text already knows, no name of its own: "de regio
    Twente" (``covered``, named as "regio"), and a capitalised "Regio X" as a place ("werkt
    samen met A en B in de Regio X") after the text named the area "regio X" in lower case:
    the writer places the municipalities in the same area (a joint body "Regio X" is named so
    from the start, and elsewhere; gold README: "Regio Twente" is ``body/regio-twente``).

    Examples
    --------
    >>> m = SentenceMention("id/region/x", "region", 39, 43, "Zuid", 0)
    >>> text = "De regio Zuid groeit. A is in de Regio Zuid."
    >>> known_region(text, [(33, 38, "Regio"), (39, 43, "Zuid")], "head", [m], False)
    True
    >>> m = SentenceMention("id/region/x", "region", 42, 46, "Zuid", 0)
    >>> text = "De arbeidsmarktregio Zuid. Al in de Regio Zuid."
    >>> known_region(text, [(36, 41, "Regio"), (42, 46, "Zuid")], "head", [m], False)
    False
    """
    if not all(m.kind == "region" for m in inside):
        return False
    if covered:
        return source == "region"
    words = [w[2] for w in run]
    return (
        source == "head"
        and len(words) > 1
        and words[0] == "Regio"
        and text.endswith("in de ", 0, run[0][0])
        # the rest is the known region itself, not a longer name that holds it
        and any(m.start == run[1][0] and m.end == run[-1][1] for m in inside)
        # "de regio X" in lower case before, a word of its own ("arbeidsmarktregio X" is not)
        and re.search(
            r"(?<![\w-])regio\s+" + re.escape(text[run[1][0] : run[-1][1]]) + r"\b",
            text[: run[0][0]],
        )
        is not None
    )


def compass_area(text: str, run: list, known: list[SentenceMention]) -> bool:
    """A region named as a compass part of a known area: "<Compass>-<area>", the usual Dutch
    name of a sub-region ("Zuidwest-Friesland", "Noordoost-Brabant"), when the whole is no
    known name itself.

    Examples
    --------
    >>> t = "in Zuidwest-Friesland"
    >>> m = SentenceMention("id/place/fryslan", "place", 12, 21, "Friesland", 0)
    >>> compass_area(t, [(3, 11, "Zuidwest"), (12, 21, "Friesland")], [m])
    True
    >>> compass_area("in Zuidwest Friesland", [(3, 11, "Zuidwest"), (12, 21, "Friesland")], [m])
    False
    """
    if (
        len(run) != 2
        or run[0][2].lower() not in COMPASS_WORDS
        or text[run[0][1] : run[1][0]] != "-"
    ):
        return False
    last = run[1]
    return any(
        m.kind in _AREA_KINDS and m.start == last[0] and m.end == last[1] for m in known
    ) and not any(m.start <= run[0][0] and run[1][1] <= m.end for m in known)


def compass_adjective(text: str, run: list, known: list[SentenceMention]) -> str | None:
    """The name of a compass part of a known area named by the area's adjective: "het
    Noordoost-Twentse overleg" names Noordoost-Twente (gold README: "An adjective of a part
    of a region names that part"); None for any other name.

    Examples
    --------
    >>> m = SentenceMention("id/region/twente", "region", 13, 20, "Twentse", 0)
    >>> compass_adjective("het Noordoost-Twentse", [(4, 13, "Noordoost"), (14, 21, "Twentse")],
    ...                   [SentenceMention("id/region/twente", "region", 14, 21, "Twentse", 0)])
    'Noordoost-Twente'
    >>> compass_adjective("in Zuidwest-Friesland", [(3, 11, "Zuidwest"), (12, 21, "Friesland")],
    ...                   [SentenceMention("id/place/fryslan", "place", 12, 21, "Friesland", 0)])
    """
    if len(run) != 2 or not run[1][2].endswith(("se", "sche")):
        return None
    area = next((m for m in known if m.start == run[1][0] and m.end == run[1][1]), None)
    if area is None or area.kind != "region" or not compass_area(text, run, known):
        return None
    slug = area.entity.rsplit("/", 1)[-1]
    return run[0][2] + "-" + "-".join(part.capitalize() for part in slug.split("-"))
