"""Actor groups a claim refers to by the head of their name.

Dutch names a group once by a compound ("de gebiedsteams") and then by its head alone
("de teams"), or member by member with a distributive quantifier and the singular ("elk
team", "iedere consulent"): such a noun refers to the group named before it
(:func:`head_anaphors`, over the document's :class:`RoleIndex`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import compress

from kg.extract import prefixscan
from kg.extract.sentencecache import RUN, whole
from kg.extract.topicwords import function_words
from kg.extract.wordtokens import lowered_runs

__all__ = ["RoleIndex", "head_anaphors"]


#: A definite noun phrase's head: an article or demonstrative and one word; or a
#: distributive quantifier and one word ("elk team", "iedere consulent"), which takes up
#: each member of a group named before in the plural ("de wijkteams").
_DEFINITE = re.compile(
    r"\b(?:de|die|deze|(?P<each>elk|elke|ieder|iedere))\s+([a-zà-ÿ]{4,})\b", re.IGNORECASE
)


def _numbers(head: str, each: bool) -> tuple[str, ...]:
    """``head``, and after a distributive quantifier (``each``: "elk team", always
    singular) its plural as well, in "-s" or "-en": a group named in the plural ("de
    wijkteams", "de consulenten") is taken up member by member.

    >>> _numbers("team", True), _numbers("team", False)
    (('team', 'teams', 'teamen'), ('team',))
    """
    return (head, head + "s", head + "en") if each else (head,)


class RoleIndex:
    """The role mentions of a document by the last word of their text, built once.

    :func:`head_anaphors` asks, per definite noun of a claim, which groups named
    before the claim end in it; the index answers from the distinct last words
    instead of going through every earlier mention again for every noun.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> index = RoleIndex([SentenceMention("r/social-team", "role", 0, 13, "gebiedsteams", 0)])
    >>> dict(index.named("teams")), dict(index.named("teams", before=0))
    ({'r/social-team': 1}, {})
    """

    def __init__(self, roles) -> None:  # noqa: ANN001
        starts: dict[tuple[str, str], list[int]] = {}
        for m in roles:
            starts.setdefault((m.text.rsplit(None, 1)[-1].lower(), m.entity), []).append(m.start)
        self._starts = {key: sorted(found) for key, found in starts.items()}
        self._heads: dict[str, list[tuple[str, str]]] = {}
        #: Every proper tail of a name's last word: the heads :meth:`named` may count.
        self._tails = frozenset(word[i:] for word, _ in self._starts for i in range(1, len(word)))
        #: The nouns :func:`head_anaphors` may take up a group by (a tail, or in the singular
        #: of a tail in "-s" or "-en" after "elk"), of its four letters at least.
        self._nouns = frozenset(
            noun
            for tail in self._tails
            for noun in (
                tail,
                tail[:-1] if tail[-1:] == "s" else "",
                tail[:-2] if tail[-2:] == "en" else "",
            )
            if len(noun) >= 4
        )
        self._read: tuple[str, list[int]] | None = None  # the text read last, its nouns' starts

    def may_name(self, head: str) -> bool:
        """Whether some group's name ends in ``head`` as a compound (one set look-up)."""
        return head in self._tails

    def __bool__(self) -> bool:
        return bool(self._starts)

    def may_refer(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold a noun :func:`head_anaphors` takes a group up by.

        False only when it cannot: no run of word characters of the span is one of the
        nouns (:data:`_DEFINITE` takes a whole run as its noun), and none runs on past the
        span's end (cut there, its beginning might be one). The runs of the text that are
        such nouns are found once per text.

        Examples
        --------
        >>> from kg.extract.model import SentenceMention
        >>> index = RoleIndex([SentenceMention("r/social-team", "role", 0, 12, "gebiedsteams", 0)])
        >>> s = "Elk team werkt. De wijk ook. Zo teamsport"
        >>> index.may_refer(s, 0, 15), index.may_refer(s, 16, 28), index.may_refer(s, 29, 37)
        (True, False, True)
        """
        read = self._read
        if read is None or read[0] is not text:
            starts = whole(RUN, text)[1]
            read = self._read = (
                text,
                list(compress(starts, map(self._nouns.__contains__, lowered_runs(text)))),
            )
        at = read[1]
        k = bisect_left(at, start)
        if k < len(at) and at[k] < end:
            return True
        following = text[end : end + 1]
        return following.isalnum() or following == "_"  # a run cut by the span's end

    def named(self, head: str, before: int | None = None) -> Counter:
        """How often each group whose name's last word ends in ``head`` (a compound, not
        ``head`` itself) is named, before offset ``before`` if given."""
        keys = self._heads.get(head)
        if keys is None:
            keys = self._heads[head] = [
                key for key in self._starts if key[0] != head and key[0].endswith(head)
            ]
        named: Counter = Counter()
        for key in keys:
            starts = self._starts[key]
            count = len(starts) if before is None else bisect_left(starts, before)
            if count:
                named[key[1]] += count
        return named


def head_anaphors(
    text: str,
    start: int,
    end: int,
    mentions,  # noqa: ANN001
    groups: RoleIndex,
    before: int | None = None,
) -> set[str]:
    """The actor groups a claim refers to by the head of their compound name.

    Dutch names a group once by a compound ("de gebiedsteams") and then by
    its head alone ("de teams"): such a definite noun, not part of a mention of
    the claim, refers to the group named most often before it whose name's last
    word ends with it (a compound, not the same word). ``groups`` indexes the
    document's role mentions; those that start before offset ``before`` count (all
    of them when it is None).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> teams = SentenceMention("r/social-team", "role", 0, 13, "gebiedsteams", 0)
    >>> s = "De medewerkers in de teams kennen hun wijk."
    >>> sorted(head_anaphors(s, 0, len(s), [], RoleIndex([teams])))
    ['r/social-team']
    >>> s = "De teams van de gemeente."  # no group named before
    >>> head_anaphors(s, 0, len(s), [], RoleIndex([]))
    set()
    """
    out: set[str] = set()
    if not groups or not groups.may_refer(text, start, end):
        return out
    closed = function_words()
    for m in prefixscan.finditer(_DEFINITE, text, start, end):
        noun = m.group(2).lower()
        if noun in closed:
            continue  # "die elke maand": no noun
        head = next((h for h in _numbers(noun, bool(m.group("each"))) if groups.may_name(h)), None)
        if head is None:
            continue  # no group's name ends in the noun, in either number
        if any(c.start < m.end() and m.start(2) < c.end for c in mentions):
            continue  # part of a mention of its own ("de jeugdteams")
        if _owned_by_named(text, m.end(), mentions):
            continue  # "de medewerkers van de wijkteams": whose they are is said
        named = groups.named(head, before)
        if named:
            out.add(min(named, key=lambda e: (-named[e], e)))
    return out


#: A genitive "van" and its article right after a noun ("de medewerkers van de …").
_OF_THE = re.compile(r"\s+van\s+(?:de|het|een|die|deze)\s+", re.IGNORECASE)


def _owned_by_named(text: str, end: int, mentions) -> bool:  # noqa: ANN001
    """Whether the noun ending at ``end`` is followed by "van" and a mention: the noun is
    defined by the group it belongs to, not a reference back ("De medewerkers van de
    wijkteams" are the teams' staff, not the "beleidsmedewerkers" named before).

    >>> from kg.extract.model import SentenceMention
    >>> s = "De medewerkers van de wijkteams zijn positief."
    >>> _owned_by_named(s, 14, [SentenceMention("r/team", "role", 22, 31, "wijkteams", 0)])
    True
    >>> _owned_by_named(s, 14, [])
    False
    """
    found = _OF_THE.match(text, end, end + 20)
    return found is not None and any(c.start == found.end() for c in mentions)
