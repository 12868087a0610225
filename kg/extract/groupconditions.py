"""A word of difficulty that names the condition of the people meant ("mensen met schulden").

A problem or a level named after "<people> met" ("inwoners met schulden", "voor
gezinnen met een laag inkomen") says who is counted, served or meant, not that
the difficulty is a problem of the place: "de gemeente biedt schuldhulp aan
inwoners met schulden" judges nothing. The clause states the difficulty only
when it speaks of how many have it: a growth ("het aantal mensen met dementie
neemt toe") or a word of prevalence ("veel mensen met schulden", "een grote groep
jongeren met problemen"). A figure alone ("600 mensen met dementie") counts who
has it, as before.
"""

from __future__ import annotations

from kg.extract import implied
from kg.extract.toneframes import PEOPLE

#: Counts in words ("honderden mensen met schulden").
_COUNTS = frozenset({"tientallen", "honderden", "duizenden", "enkele", "circa", "ongeveer"})
#: Characters before a clause the group opens in which a word of prevalence is looked for.
_BACK = 60
#: Words that speak of how many have the condition: the claim states it as a difficulty.
_PREVALENCE = frozenset(
    {"veel", "vele", "meer", "steeds", "vaak", "vaker", "aantal", "aandeel", "percentage",
     "groep", "groot", "grote", "relatief", "hoog", "hoge"}
)  # fmt: skip


def condition_of_group(text: str, clause: tuple[int, int], words: list[str]) -> bool:
    """Whether a cue names the condition of the people meant ("inwoners met schulden").

    Parameters
    ----------
    text : str
        The cleaned text.
    clause : tuple of int
        The span of the cue's clause.
    words : list of str
        The clause's words, lower case, up to the cue's first two.

    Returns
    -------
    bool
        True when the cue follows "<people> met (a few words)" and the clause
        neither says the condition grows nor speaks of how many have it,
        unless it gives their number as a figure or a count word.

    Examples
    --------
    >>> s = "De gemeente biedt schuldhulp aan inwoners met schulden."
    >>> condition_of_group(s, (0, len(s)), s[:-1].lower().split())
    True
    >>> s = "Er wonen ruim 600 mensen met dementie."
    >>> condition_of_group(s, (0, len(s)), s[:-1].lower().split())
    True
    >>> s = "Er zijn veel mensen met schulden."
    >>> condition_of_group(s, (0, len(s)), s[:-1].lower().split())
    False
    >>> s = "Er wonen steeds meer ouderen en mensen met schulden."
    >>> condition_of_group(s, (s.index("mensen"), len(s)), ["mensen", "met", "schulden"])
    False
    >>> s = "Het aantal mensen met dementie neemt snel toe."
    >>> condition_of_group(s, (0, len(s)), ["het", "aantal", "mensen", "met", "dementie"])
    False
    """
    near = words[-5:]
    at = [k for k in range(len(near) - 1) if near[k] in PEOPLE and near[k + 1] == "met"]
    if not at or implied.grows(text, clause):
        return False
    if any(w[0].isdigit() or w in _COUNTS for w in words):
        return True  # "ruim 600 mensen met dementie": who is counted
    ahead = words[: len(words) - len(near) + at[-1]]
    if len(ahead) < 2:  # the group opens its clause: "steeds meer ouderen en mensen met …"
        ahead = ahead + text[max(0, clause[0] - _BACK) : clause[0]].lower().split()[-4:]
    return _PREVALENCE.isdisjoint(ahead)
