"""Problems raised: a speaker who names a problem with no judgement voices a concern.

In an interview profile the authors report what the people they spoke to bring up.
A claim that names its speaker ("ambtenaren noemen de huisvesting van
statushouders", "huisartsen vertellen over de mantelzorgers van ouderen met
dementie") and names a problem of the taxonomy, with no word of judgement either
way, raises that problem as a point of concern: it reads negative. In the authors'
own voice the same words are a report of the situation and stay neutral, as does
a figure a named source gives ("de GGD schat dat 600 inwoners dementie hebben"),
and a problem the claim denies ("er is geen wachtlijst") or names in a wish ("willen
graag integraal werken") or as a priority ("noemen drie speerpunten: …") is raised by
no one.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import search

#: A wish or an aim in the claim ("ambtenaren willen graag integraal werken"): what is
#: wanted is named, not raised as a concern.
_WANTED = re.compile(
    r"\b(?:wil|wilt|willen|wilde|wilden|hoopt|hopen|hoopte|wenst|wensen|streeft|streven"
    # priorities and aims named ("ambtenaren noemen drie speerpunten: preventie, …")
    r"|speerpunt|speerpunten|prioriteit|prioriteiten|ambitie|ambities|doelstellingen)\b",
    re.IGNORECASE,
)

#: How the work is arranged: a task bought in through or on behalf of someone ("de jeugdhulp
#: wordt ingekocht via het inkoopbureau") or done together with others for a task ("werkt
#: samen met Tiel voor de schuldhulpverlening"). A plain fact of organisation (tests/gold/
#: README.md: how the work is set up is neutral), so the task it names is no concern raised.
_ARRANGED = re.compile(
    r"\b(?:ingekocht|inkoopt|inkopen|inkocht|inkochten)\s+(?:via|namens)\b"
    r"|\b(?:samenwerkt|samenwerken|samenwerkte|samenwerkten|samengewerkt|werkt\s+samen"
    r"|werken\s+samen)\b(?:\s+(?:met|in)\s+[^,.;:]{1,60}?)?\s+voor\b"
    r"|\bwerk(?:t|en|te|ten)\s+[^,.;:]{1,40}?\bsamen(?:\s+met\s+[^,.;:]{1,60}?)?\s+voor\b",
    re.IGNORECASE,
)


def raised(text: str, start: int, end: int, cues: list) -> bool:
    """Whether the claim ``text[start:end]`` names a problem it does not deny.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of kg.extract.toneframes.Cue
        The tone cues and problems found in the span, as the claim's matcher gives them.

    Returns
    -------
    bool

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Ambtenaren noemen de huisvesting van statushouders."
    >>> at = s.index("huisvesting")
    >>> raised(s, 0, len(s), [Cue(at, len(s) - 1, -1, problem=True, subject=True)])
    True
    >>> s = "Volgens ambtenaren is er geen wachtlijst."
    >>> at = s.index("wachtlijst")
    >>> raised(s, 0, len(s), [Cue(at, at + 10, -1, problem=True)])
    False
    >>> raised(s, 0, len(s), [])
    False
    >>> s = "Volgens de wethouder werkt de gemeente samen met Tiel voor de schuldhulp."
    >>> at = s.index("schuldhulp")
    >>> raised(s, 0, len(s), [Cue(at, at + 10, -1, problem=True, subject=True)])
    False
    """
    problems = [c for c in cues if c.problem]
    if not problems:
        return False  # most claims
    if search(_WANTED, text, start, end) is not None:
        return False  # "ambtenaren willen graag integraal werken": a wish
    if search(_ARRANGED, text, start, end) is not None:
        return False  # "de jeugdhulp wordt ingekocht via het inkoopbureau": an arrangement
    if any(ch.isdigit() for ch in text[start:end]):
        return False  # "de GGD schat dat 600 inwoners dementie hebben": a figure reported
    spans = neg.clauses(text, start, end)
    return any(
        not neg.negated(text, neg.clause_of(spans, c.start), c.start, c.end, True) for c in problems
    )
