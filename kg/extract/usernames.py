"""A word glued into a user name or an address is no mention: "wijkverpleging_ria",
"jeroen.raad", "controller_h" on a forum, "www.gemeente.nl".

Written Dutch separates its words by spaces and hyphens; an underscore never joins two words
of running text, and a full stop between two lower-case letters without a space is no
sentence end nor an abbreviation's point but the joint of a user name, an e-mail or a web
address. A lexicon word inside such a string ("raad" in "jeroen.raad") names nobody: the
string is a label of its writer, whose role the text gives apart ("— raadslid, Heerde").
"""

from __future__ import annotations

__all__ = ["glued", "underscored"]


def _lower(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a lower-case letter (False outside the text)."""
    return 0 <= at < len(text) and text[at].islower()


def underscored(text: str, start: int, end: int) -> bool:
    """Whether an underscore touches either end of the word ``text[start:end]``: the
    joint of a user handle ("wijkverpleging_ria", "mod_sociaaldomein").

    Examples
    --------
    >>> text = "#3 wijkverpleging_ria — wijkverpleegkundige"
    >>> underscored(text, 3, 17), underscored(text, 18, 21), underscored(text, 24, 43)
    (True, True, False)
    """
    return text[start - 1 : start] == "_" or text[end : end + 1] == "_"


def glued(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is glued into a user name or an address.

    It is when an underscore touches either end, or a full stop joins it to a lower-case
    letter on the other side without a space while the word's own edge there is lower case.

    Examples
    --------
    >>> text = "#9 jeroen.raad — raadslid; #3 wijkverpleging_ria — wijkverpleegkundige"
    >>> glued(text, 10, 14), glued(text, 30, 44), glued(text, 17, 25)
    (True, True, False)

    A sentence end, an abbreviation before a capital and a hyphen are no joint:

    >>> text = "de raad.De wethouder, o.a. de Wmo-raad."
    >>> glued(text, 3, 7), glued(text, 34, 38)
    (False, False)
    """
    if underscored(text, start, end):
        return True
    if text[start - 1 : start] == "." and _lower(text, start - 2) and _lower(text, start):
        return True
    return text[end : end + 1] == "." and _lower(text, end + 1) and _lower(text, end - 1)
