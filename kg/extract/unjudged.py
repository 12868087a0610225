"""The polarity of a claim no clause judges by a word: what it says in plain words.

Split out of :mod:`kg.extract.tone` (:func:`kg.extract.tone.polarity` asks this last):
opposite levels across a turn are mixed; a resource used up, a shortcoming admitted, a
setback, a conditional wish for a good, a dissent, duplicated administration
(:mod:`kg.extract.duplicatework`), administration done apart for each funder
(:mod:`kg.extract.separateadmin`), working time spent on it (:mod:`kg.extract.admintime`), a
referral that bypasses the access
(:mod:`kg.extract.directreferrals`), a present wish for more of a good
(:mod:`kg.extract.wantedmore`), a concern raised and a growing demand are negative, and so
is a growing group in difficulty (:mod:`kg.extract.troubledgroups`; a shrinking one is
positive); a
verdict rated hard is negative and one rated mild positive (:mod:`kg.extract.harshverdicts`);
something set going (not a plain arrangement: :mod:`kg.extract.setupfacts`), full coverage,
discretion granted and a party's large part (:mod:`kg.extract.playedroles`) are positive.
"""

from __future__ import annotations

from kg.extract import (
    admintime,
    admissions,
    clauseturns,
    conditionalwishes,
    coverage,
    cueless,
    directreferrals,
    discretion,
    dissents,
    duplicatework,
    harshverdicts,
    playedroles,
    raisedproblems,
    risingcounts,
    selectionreasons,
    separateadmin,
    setbacks,
    setupfacts,
    troubledgroups,
    usedup,
    wantedmore,
)
from kg.extract.toneframes import Cue
from kg.vocab import Polarity


def unjudged(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    shut: dict[tuple[int, int], tuple[frozenset[int], int]],
    found: list[Cue],
    turned: bool,
    voiced: bool,
) -> Polarity:
    """The polarity of a claim no clause judges: from opposite levels across a turn
    (``turned``: the claim holds a turn word), a resource used up, a shortcoming admitted,
    a setback or dissent stated in plain words, something set going, discretion granted or
    a concern raised (``voiced``), else neutral.

    ``spans`` are the claim's clauses, ``shut`` each clause's rules that cannot match (as
    :meth:`kg.extract.wordgate.Gates.read` gives them), ``found`` the claim's cues.

    Examples
    --------
    >>> s = "Er is een nieuw loket opgezet."
    >>> unjudged(s, 0, len(s), [(0, len(s))], {}, [], False, False)
    'positive'
    >>> s = "Het loket is op maandag open."
    >>> unjudged(s, 0, len(s), [(0, len(s))], {}, [], False, False)
    'neutral'
    """
    if turned and clauseturns.opposite_levels(text, spans):
        return "mixed"  # "het gebruik is laag, maar het aandeel met verblijf is hoger"
    if usedup.used_up(text, start, end):
        return "negative"  # "verwacht dat de reserve in 2017 op is": a resource used up
    if admissions.admits(text, start, end):
        return "negative"  # "het college erkent dat.": a shortcoming admitted
    if setbacks.setback(text, start, end):
        return "negative"  # "moest 900 indicaties opnieuw bekijken", "bleef steken op 9"
    if conditionalwishes.lacking(text, start, end, found):
        return "negative"  # "de teams zouden meer mandaat willen": what they lack now
    if wantedmore.wants_more(text, start, end):
        return "negative"  # "raadsleden willen meer grip": what they lack now
    if dissents.dissents(text, start, end):
        return "negative"  # "de vrijwilligerscentrale denkt daar anders over"
    if duplicatework.duplicated(text, start, end):
        return "negative"  # "registratie in drie systemen", "elke nota in drievoud"
    if separateadmin.separate(text, start, end):
        return "negative"  # "moeten voor iedere gemeente afzonderlijk factureren"
    if admintime.time_on_admin(text, start, end):
        return "negative"  # "besteden 15% van hun tijd aan registratie"
    if directreferrals.bypasses(text, start, end):
        return "negative"  # "huisartsen verwijzen nog vaak rechtstreeks naar de jeugd-ggz"
    if rated := harshverdicts.severity(text, start, end):
        return "negative" if rated < 0 else "positive"  # "Over X is het oordeel hard."
    # no judgement, but something set going ("er is een loket opgezet"), done promptly
    # or found ("ouders weten het wijkteam te vinden")
    if (
        any(cueless.set_going(text, c, shut[c][0] if c in shut else None) for c in spans)
        and not selectionreasons.selection_reason(text, start, end)
        and not setupfacts.arranged(text, start, end)
    ):  # not what a municipality was selected for ("omdat zij … inrichtte"), nor how the
        return "positive"  # work is arranged ("heeft drie wijkteams ingericht")
    if coverage.covered(text, start, end):
        return "positive"  # "de wijkteams zijn in alle wijken aanwezig": full reach
    if discretion.granted(text, start, end):
        return "positive"  # "kunnen zonder tussenkomst van de afdeling hulp inzetten"
    if playedroles.large_part(text, start, end, found):
        return "positive"  # "de kerken spelen een grote rol": a party's part credited
    if voiced and raisedproblems.raised(text, start, end, found):
        return "negative"  # "ambtenaren noemen de huisvesting van statushouders": a concern
    if risingcounts.rising_care(text, start, end) or risingcounts.growing_demand(text, start, end):
        return "negative"  # "het aantal cliënten met begeleiding steeg": a growing demand
    if way := troubledgroups.direction(text, start, end):
        return "positive" if way > 0 else "negative"  # "meer kinderen met gedragsproblemen"
    return "neutral"
