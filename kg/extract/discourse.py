"""What a claim that points back at the claim before takes over from it.

A demonstrative that opens a claim ("Dat vergt afstemming.", "Dit leidt tot
wachttijden.", "Daardoor wordt het duurder.") stands for the state of affairs
the claim before described, not for every name in it. When that claim named a
difficulty, the difficulty is what is taken over ("Ook de wetten sluiten niet
op elkaar aan: de Wmo, de Jeugdwet en de Participatiewet. Dat vergt
afstemming." is about the laws not fitting together, not about each law);
when it named none, whatever it named is ("Den Haag wijkt af. Dat levert
tegenstrijdigheden op." is about Den Haag). A personal pronoun ("Ze …")
stands for the actors themselves and takes over everything. A demonstrative
that says the same holds for something else ("Dat geldt ook voor de
scholen.") carries the claim before over to a new subject and takes over
nothing; one that sums up with "allemaal" or "alles" ("Dit zijn allemaal
signalen van …") stands for the paragraph so far: the problem most of its
claims named.

A demonstrative subject with a copula ("Dat is een ander uitgangspunt dan
dat van het wijkteam.", "Dit zijn signalen van …") says what the state of
affairs before it *is*: the claim is about that state of affairs as well as
about what it names itself. So is a claim that names a difficulty of its own
but refers back by a pronominal adverb ("De corporaties willen daaraan
meewerken, maar de wachttijd loopt op."): "daaraan" is the difficulty before.

Both rest on general Dutch grammar: "dat" and "dit" used on their own (not
before a noun) can stand for a whole preceding clause.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.keptreserves import kept_reserve
from kg.extract.prefixscan import may_hold

__all__ = [
    "BACK_ADVERBS",
    "about_them",
    "continued",
    "holds_for_other",
    "identified",
    "is_problem",
    "state_of_affairs",
    "summed_up",
    "taken_over",
]

#: Pronominal adverbs that point back at what was said ("De gemeente heeft hierin een rol").
BACK_ADVERBS = r"daarvan|hierin|daarin|hierover|daarover|hiervan|hiermee|hieraan|daaraan"
_BACK_ADVERB = re.compile(rf"\b(?:{BACK_ADVERBS})\b", re.IGNORECASE)
#: A demonstrative pronoun or adverb that opens a claim and points at the claim before.
_DEMONSTRATIVE = re.compile(
    r"^\W*(?:dat|dit|daardoor|hierdoor|daarom|daarmee|hiermee)\b", re.IGNORECASE
)
#: A demonstrative subject with a copula: the claim says what the state of affairs before is.
_IDENTIFIES = re.compile(r"^\W*(?:dat|dit)\s+(?:is|was|zijn|waren)\b", re.IGNORECASE)


#: A demonstrative that carries what was said over to something else ("Dat geldt ook
#: voor de scholen.", "Hetzelfde geldt op het vlak van …"): the claim is about that new
#: subject, not about what the claim before named.
_HOLDS_FOR_OTHER = re.compile(
    r"^\W*(?:dat|dit|hetzelfde|datzelfde)\s+(?:geldt|gold|gelden|golden)"
    r"\s+(?:(?:ook|eveneens|evenzeer|niet)\s+)?(?:voor|op|bij|in)\b",
    re.IGNORECASE,
)
#: A demonstrative that sums up what went before ("Dit zijn allemaal signalen …", "Dat
#: alles …", "Al deze problemen …"): it stands for the paragraph so far, not only for
#: the claim before.
_SUMS_UP = re.compile(
    r"^\W*(?:(?:dit|dat|deze|die)\s+(?:\w+\s+)?(?:allemaal|alles)\b|al\s+(?:deze|die)\b)",
    re.IGNORECASE,
)

#: The object pronoun "hen" after a preposition ("Voor hen …", "met hen"): the people
#: the claim before spoke of ("hun" is left out: it is mostly a possessive).
_THEM = re.compile(r"\b(?:voor|van|met|bij|aan|door|over|naar|om|tot)\s+hen\b", re.IGNORECASE)


#: What a claim that takes nothing over gets (shared: no new set per claim).
_NOTHING: frozenset[str] = frozenset()


def is_problem(iri: str) -> bool:
    """Whether a concern is a problem of the taxonomy (not an actor, body or law).

    Examples
    --------
    >>> is_problem("https://example.org/concept/problem/waiting-lists"), is_problem("c/role/x")
    (True, False)
    """
    return "/problem/" in iri


def _may_refer_back(text: str) -> bool:
    """Whether a pronominal adverb stands in ``text`` (a plain test first: most claims have none).

    Examples
    --------
    >>> [_may_refer_back(t) for t in ("Daarin zit het.", "Wij werken hieraan.", "Daar niet.")]
    [True, True, False]
    """
    return may_hold(text, ("daar", "hier")) and _BACK_ADVERB.search(text) is not None


def state_of_affairs(previous: tuple[str, ...] | set[str]) -> set[str]:
    """What a demonstrative takes over from a claim's concerns: its problems, else all.

    ``previous`` holds the concerns of the claim before.

    Examples
    --------
    >>> sorted(state_of_affairs(("c/law/wmo", "c/problem/laws-not-integrated")))
    ['c/problem/laws-not-integrated']
    >>> sorted(state_of_affairs(("c/role/national-government",)))
    ['c/role/national-government']
    """
    problems = {c for c in previous if is_problem(c)}
    return problems or set(previous)


def taken_over(text: str, previous: tuple[str, ...] | set[str]) -> set[str]:
    """The concerns a claim that names nothing takes over from the claim before.

    A claim opened by a demonstrative takes over the :func:`state_of_affairs`;
    any other reference back (a personal pronoun, a noun taken up) takes over
    all the claim before named.

    Parameters
    ----------
    text : str
        The claim.
    previous : tuple or set of str
        The concerns of the claim before.

    Returns
    -------
    set of str

    Examples
    --------
    >>> before = ("c/law/jeugdwet", "c/law/wmo", "c/problem/laws-not-integrated")
    >>> sorted(taken_over("Dat vergt de nodige afstemming.", before))
    ['c/problem/laws-not-integrated']
    >>> sorted(taken_over("Ze schieten daardoor in de controlmodus.", before))
    ['c/law/jeugdwet', 'c/law/wmo', 'c/problem/laws-not-integrated']
    >>> taken_over("Dat geldt ook voor de scholen.", before)
    set()
    """
    if holds_for_other(text):
        return set()  # "Dat geldt ook voor …": about what follows "voor"
    if _DEMONSTRATIVE.match(text):
        return state_of_affairs(previous)
    return set(previous)


def holds_for_other(text: str) -> bool:
    """Whether a claim carries what was said over to a new subject ("Dat geldt ook voor …").

    Such a claim is about that new subject only: it takes over nothing from the
    claim before, nor its paragraph's subject. So is a claim about a reserve that is
    kept, filled or counted on (:func:`kg.extract.keptreserves.kept_reserve`): the
    reserve is its own subject, not the deficit its paragraph is about.

    Examples
    --------
    >>> holds_for_other("Dat geldt ook voor de scholen."), holds_for_other("Dat geldt al jaren.")
    (True, False)
    >>> holds_for_other("Het overschot is in een reserve gestort.")
    True
    """
    return _HOLDS_FOR_OTHER.match(text) is not None or kept_reserve(text)


def summed_up(text: str, named: Counter[str]) -> set[str]:
    """The problem a claim that sums up its paragraph so far stands for, if any.

    A demonstrative with "allemaal" or "alles", or "al deze" / "al die", that
    opens a claim ("Dit zijn allemaal signalen van …") stands for what the
    paragraph said so far: its problem is the one most claims before it in the
    paragraph named (at least two, no tie).

    Parameters
    ----------
    text : str
        The claim.
    named : Counter of str
        How many claims of the paragraph before it named each problem.

    Returns
    -------
    set of str
        The one problem, or an empty set.

    Examples
    --------
    >>> named = Counter({"c/problem/a": 3, "c/problem/b": 1})
    >>> summed_up("Dit zijn allemaal signalen van onvrede.", named)
    {'c/problem/a'}
    >>> summed_up("Al deze punten komen terug.", named)
    {'c/problem/a'}
    >>> summed_up("Dit zijn signalen van onvrede.", named)
    set()
    >>> summed_up("Dit zijn allemaal signalen.", Counter({"c/problem/a": 2, "c/problem/b": 2}))
    set()
    """
    if not named or not _SUMS_UP.match(text):
        return set()
    (first, most), *rest = named.most_common(2)
    if most < 2 or (rest and rest[0][1] == most):
        return set()
    return {first}


def about_them(text: str, previous: tuple[str, ...] | set[str]) -> set[str] | frozenset[str]:
    """The problems of the claim before, when a claim speaks of "hen" after a preposition.

    "Jongeren die vroeger beschut werk kregen, vinden moeilijk een baan. Voor
    hen is het aanbod mager.": the people of the claim before, so the claim is
    about their difficulty.

    Parameters and result as for :func:`taken_over`.

    Examples
    --------
    >>> before = ("c/problem/sheltered-work", "c/law/wsw")
    >>> about_them("Voor hen is het aanbod mager.", before)
    {'c/problem/sheltered-work'}
    >>> about_them("Zij vinden het aanbod mager.", before)
    frozenset()
    """
    if not may_hold(text, ("hen",)) or not _THEM.search(text):  # spares most claims a scan
        return _NOTHING
    return {c for c in previous if is_problem(c)}


def identified(text: str, previous: tuple[str, ...] | set[str]) -> set[str] | frozenset[str]:
    """What a claim that says what the state of affairs before is adds to its own concerns.

    Parameters as for :func:`taken_over` (the claim before in the same paragraph);
    the result is the :func:`state_of_affairs` of the claim before when the
    claim opens with a demonstrative subject and a copula, else nothing.

    Examples
    --------
    >>> before = ("c/problem/education-gap", "c/role/schools")
    >>> sorted(identified("Dat is een ander uitgangspunt dan dat van het wijkteam.", before))
    ['c/problem/education-gap']
    >>> identified("Dat team is een ander verhaal.", before)
    frozenset()
    >>> identified("Het wijkteam is anders.", before)
    frozenset()
    """
    if not previous or not _IDENTIFIES.match(text):
        return _NOTHING
    return state_of_affairs(previous)


def continued(
    text: str,
    previous: tuple[str, ...] | set[str],
    concerns: set[str],
    speakers: tuple[str, ...] = (),
    named: Counter[str] | None = None,
) -> set[str] | frozenset[str]:
    """What a claim with names of its own adds from the claim before it (same paragraph).

    The problem a claim that sums up stands for (:func:`summed_up`, from
    ``named``: the problems of the paragraph's claims before it), else the
    :func:`identified` state of affairs; and, for a claim that names a
    problem of its own and refers back by a pronominal adverb, the problems of
    the claim before; never its ``speakers``. ``concerns`` are the claim's own.
    Most claims add nothing: they get one shared empty set.

    Examples
    --------
    >>> before = ("c/problem/status-holders", "c/role/social-team")
    >>> own = {"c/problem/waiting-lists"}
    >>> continued("De corporaties werken daaraan mee, maar de wachttijd groeit.", before, own)
    {'c/problem/status-holders'}
    >>> continued("De corporaties werken mee, maar de wachttijd groeit.", before, own)
    frozenset()
    >>> continued("De corporaties werken daaraan mee.", before, {"c/role/corporations"})
    frozenset()
    >>> team = ("c/role/social-team",)
    >>> continued("Dat is hun taak.", team, set(), speakers=team)
    set()
    """
    added = (named and summed_up(text, named)) or identified(text, previous)
    if any(is_problem(c) for c in concerns) and _may_refer_back(text):
        added = {*added, *(c for c in previous if is_problem(c))}
    if not added:
        return _NOTHING
    return added.difference(speakers)
