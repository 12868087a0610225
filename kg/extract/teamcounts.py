"""Team counts: how many teams the work has, or how many people staff each, is no statistic.

A sentence of figures in the authors' voice is data (:mod:`kg.extract.datasentences`), but a
count of the teams that do the work or of the people in each team ("In de loop van 2014 groeide
het aantal teams tot negen", "In elk team werken zo'n acht mensen") states how the work is
organised: a plain fact of organisation, which the annotation guideline keeps as the authors'
finding (gold README, the twenty-seventh session's settlement, point 2: "how the teams are set
up …, how many teams or organisations there are"). A sheltered workplace's teams (Wsw, "sociale
werkvoorziening") are no teams of the social domain's access. Such a count is about the teams
it counts (:func:`counted_team`: the head noun "teams" or "team" that names them, for the team
group the document names by a compound: "de sociale wijkteams"). Staff counted in "fte" or as
"het aantal medewerkers" was measured and left out (a new finding whose concerns the text does
not name: held-out findings fell).

Cost: a substring test on the claim's lower case ("team") before one small regex.

Examples
--------
>>> staff_count("In de loop van 2014 groeide het aantal teams tot negen, één per stadsdeel.")
True
>>> staff_count("In elk team werken zo'n acht mensen.")
True
>>> staff_count("Het aantal medewerkers groeide van 24 naar 37 fte.")
False
>>> staff_count("Het team voerde in 2016 ongeveer 1.600 keukentafelgesprekken.")
False
>>> staff_count("Het aantal teams in de Wsw daalde van 48 naar 45.")
False
"""

from __future__ import annotations

import re

from kg.extract.numberwords import COUNT_WORDS

__all__ = ["counted_team", "staff_count"]

#: A count of teams ("het aantal teams", "het aantal sociale wijkteams") or of the people in
#: each team ("In elk team werken zo'n acht mensen", "per team vijf medewerkers").
_COUNT = re.compile(
    r"\baantal\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]*teams\b"
    r"|\b(?:elk|ieder|per)\s+(?:[a-zà-ÿ-]*)team\b[^.;:]*?\b"
    + COUNT_WORDS
    + r"\s+(?:mensen|medewerkers|professionals|fte)\b",
    re.IGNORECASE,
)
#: A sheltered workplace: its workers are the people it serves.
_SHELTERED = re.compile(r"\bwsw\b|werkvoorziening|\bsw-", re.IGNORECASE)


def staff_count(text: str) -> bool:
    """Whether a claim (``text``) counts the teams of the work or the staff in them (see the
    module docstring).

    Examples
    --------
    >>> staff_count("Per team werken vijf medewerkers.")
    True
    >>> staff_count("Het aantal meldingen steeg van 300 naar 420.")
    False
    """
    low = text.lower()
    if "team" not in low:
        return False
    return _COUNT.search(text) is not None and _SHELTERED.search(text) is None


#: The teams counted, or the team whose people are counted: "het aantal (wijk)teams", "elk
#: team"; group 1 is the head noun of the team's name.
_TEAM = re.compile(
    r"\baantal\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]*(teams)\b|\b(?:elk|ieder|per)\s+[a-zà-ÿ-]*(team)\b",
    re.IGNORECASE,
)


def counted_team(text: str) -> str | None:
    """The head noun ("teams", "team") of the teams a claim that counts them or their staff
    (:func:`staff_count`) names, or None.

    Examples
    --------
    >>> counted_team("In de loop van 2014 groeide het aantal teams tot negen.")
    'teams'
    >>> counted_team("In elk wijkteam werken zo'n acht mensen.")
    'team'
    >>> counted_team("Het aantal medewerkers groeide van 24 naar 37 fte.") is None
    True
    """
    if not staff_count(text):  # (its own gate tests the word "team")
        return None
    m = _TEAM.search(text)
    return None if m is None else (m.group(1) or m.group(2)).lower()
