"""Figures after a colon that give a change: data, read for :mod:`kg.extract.datasentences`.

General Dutch of statistics, no profile's wording:

Change before a colon
    "Het aantal bijstandsuitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018."
    The figures after the colon give the change named before it, as they give a level
    ("ligt hoger dan gemiddeld: 12% …"): the colon adds no claim (:func:`change_before`).
Ranked by size
    "… telt ruim 81.000 inwoners en is de tweede stad van Twente", "een van de grotere
    gemeenten van West-Brabant": the region after a rank by size is the reference of the
    ranking, as "landelijk" is of a level, so naming it says no more than the figures
    (:func:`ranked_in`).
Registered count
    "Veilig Thuis Flevoland ontving in 2015 ruim 150 meldingen uit Dronten.": a body that
    received so many (reports, applications) is the statistic's register, not a voice, and
    the voice of a speaker before is not carried over such a count (:func:`registered`;
    gold README, figures-only data: an organisation as grammatical subject of a figure).
Counted subject
    "Het aantal mensen dat via het werkplein aan het werk kwam, steeg van 48 naar 83.", "Het
    aantal jongeren in de jeugd-ggz nam in 2015 met 14% toe.": what a count's subject names
    describes what is counted, so a body or group named there says no more than the
    figures (:func:`counted_subject`).
Referred shares
    "Huisartsen verwezen in 2015 ongeveer 60% van de jongeren naar jeugdhulp, de gebiedsteams
    25%.": the share each referrer sent to care breaks the figures down by referrer, a
    category of the youth-care statistics, so the groups named are no actors at work
    (:func:`referred_shares`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.model import SentenceMention

__all__ = [
    "change_before",
    "counted_subject",
    "ranked_in",
    "referred_shares",
    "registered",
    "uncounted",
]

#: A change or its absence, as a verb or a level kept: "bleef (vrijwel) gelijk", "steeg",
#: "nam toe", "is gegroeid", "stabiel".
_CHANGE = re.compile(
    r"\b(?:gelijk|stabiel|constant|steeg|stegen|daalde|daalden|groeide|groeiden|kromp"
    r"|gestegen|gedaald|gegroeid|gekrompen|toegenomen|afgenomen|verdubbeld"
    r"|nam(?:en)?\s+(?:\w+\s+)?(?:toe|af))\b",
    re.IGNORECASE,
)


def change_before(text: str, colon: int) -> bool:
    """Whether the sentence ``text`` names a change before its colon at ``colon``.

    Examples
    --------
    >>> t = "Het aantal uitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018."
    >>> change_before(t, t.index(":"))
    True
    >>> t = "De cijfers: 12% van de jongeren krijgt hulp."
    >>> change_before(t, t.index(":"))
    False
    """
    return _CHANGE.search(text, 0, colon) is not None


#: A named body as the subject of "ontving", a figure after it (a body that "telde" may
#: speak for its own work: the gold keeps a credit bank's count its own): "Veilig Thuis
#: Flevoland ontving in 2015 ruim 150 meldingen", "Veilig Thuis, dat …, ontving …".
_REGISTERED = re.compile(
    r"\W*(?:(?:de|het)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*(?:,[^,.;:]{3,90},\s*)?"
    r"(?:ontving|ontvingen)\b[^.;:]*?\d"
)


def registered(text: str) -> bool:
    """Whether the claim ``text`` opens with a named body that received a figure.

    Examples
    --------
    >>> registered("Veilig Thuis Flevoland ontving in 2015 ruim 150 meldingen uit Dronten.")
    True
    >>> registered("Veilig Thuis, dat de hele regio bedient, ontving 190 meldingen.")
    True
    >>> registered("Ambtenaren ontvingen veel klachten.")
    False
    >>> registered("In 2015 ontving 1 op de 11 jongeren jeugdhulp.")
    False
    """
    # every match holds the literal "ontving": test it before the pattern (exact)
    return "ontving" in text and _REGISTERED.match(text) is not None


#: A rank by size right before a place or region: "de tweede stad van", "de grootste gemeente
#: van het", "een van de grotere gemeenten van".
_RANKED = re.compile(
    r"\b(?:de\s+(?:tweede|derde|vierde|vijfde|grootste|kleinste)|een\s+van\s+de\s+"
    r"(?:grotere|grootste|kleinere|kleinste))\s+(?:stad|steden|gemeente|gemeenten|plaats"
    r"|plaatsen|kern|kernen)\s+(?:van|in)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def ranked_in(text: str, at: int) -> bool:
    """Whether a rank by size stands right before the place named at ``at`` in ``text``.

    Examples
    --------
    >>> t = "Zij telt 81.000 inwoners en is de tweede stad van Twente."
    >>> ranked_in(t, t.index("Twente"))
    True
    >>> t = "Zij is centrumgemeente van de arbeidsmarktregio Twente."
    >>> ranked_in(t, t.index("arbeidsmarktregio"))
    False
    """
    return _RANKED.search(text, max(0, at - 60), at) is not None


#: The share of the young people each referrer sent to care ("Huisartsen verwezen in 2015
#: ongeveer 60% van de jongeren naar jeugdhulp, de gebiedsteams 25%"): the referrer
#: ("verwijzer") is a category of the national youth-care statistics (CBS, Beleidsinformatie
#: Jeugd), so the groups named are what the figures are broken down by, not actors at work.
_REFERRALS = re.compile(
    r"\b(?:verwezen|verwijzen|verwees|verwijst)\b(?:\s+(?:in|tussen)\s+\d{4}(?:\s+en\s+\d{4})?)?"
    r"\s+(?:(?:ongeveer|ruim|bijna|circa|zo'n|zo’n|nog|slechts|(?:iets\s+)?(?:meer|minder)\s+dan)"
    r"\s+)*(?:\d|de\s+helft\b|(?:een|twee)\s+derde\b|(?:een|drie)\s+kwart\b|een\s+vijfde\b)"
    # the label of a key figure: "Verwijzingen door huisartsen: 55%", "Verwijzingen naar
    # jeugdhulp via de wijkteams: 30%"
    r"|\bverwijzingen\s+(?:naar\s+[\w-]+\s+)?(?:door|via)\s+(?:de\s+|het\s+)?[\w-]+"
    r"(?:\s+\(\d{4}\))?\s*:\s*(?:ongeveer\s+|ruim\s+|bijna\s+|circa\s+)?\d",
    re.IGNORECASE,
)


def referred_shares(text: str) -> bool:
    """Whether the claim ``text`` gives the share or count a referrer sent to care.

    Examples
    --------
    >>> referred_shares("Huisartsen verwezen in 2015 ongeveer de helft van de jongeren door.")
    True
    >>> referred_shares("Huisartsen verwijzen nog vaak rechtstreeks naar de jeugd-ggz.")
    False
    >>> referred_shares("Verwijzingen door de wijkteams: ongeveer 30% van het totaal")
    True
    >>> referred_shares("Verwijzingen door huisartsen: vaak te laat")
    False
    """
    return _REFERRALS.search(text) is not None


#: A count or share as the subject of a change: "Het aantal X …" up to its finite verb.
_COUNTED_SUBJECT = re.compile(
    r"\W*het\s+(?:aantal|aandeel|percentage)\s+[^;:]{3,120}?,?\s+"
    r"(?=(?:steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen|nam|namen|is|zijn|was"
    r"|waren|bleef|bleven|liep|liepen)\b)",
    re.IGNORECASE,
)


#: A change with its particle further on: "nam in 2015 met 14% toe", "liep op tot 68%".
_PARTICLE_CHANGE = re.compile(
    r"(?:nam|namen|liep|liepen)\b[^.;:]{0,40}?\b(?:toe|af|op|terug)\b", re.IGNORECASE
)


def counted_subject(text: str) -> int:
    """The end of the subject of a claim ``text`` that opens with a count or share whose
    change it reports ("Het aantal X … steeg …"), or 0.

    Examples
    --------
    >>> t = "Het aantal mensen dat via het werkplein aan het werk kwam, steeg van 48 naar 83."
    >>> t[: counted_subject(t)]
    'Het aantal mensen dat via het werkplein aan het werk kwam, '
    >>> counted_subject("Het aantal jongeren in de jeugd-ggz nam in 2015 met 14% toe.")
    36
    >>> counted_subject("Het aantal jongeren in de jeugd-ggz is hoog.")
    0
    >>> counted_subject("De wijkteams zagen het aantal meldingen stijgen.")
    0
    """
    found = _COUNTED_SUBJECT.match(text)
    if found is None or (
        _CHANGE.search(text, found.end()) is None
        and _PARTICLE_CHANGE.match(text, found.end()) is None
    ):
        return 0
    return found.end()


def uncounted(text: str, start: int, mentions: Sequence[SentenceMention]) -> list[SentenceMention]:
    """The ``mentions`` of a claim ``text`` at ``start`` outside the subject of a count's
    change (:func:`counted_subject`): those inside it describe what is counted.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Het aantal mensen dat via het werkplein werk vond, steeg in Assen."
    >>> ms = [N(start=30, end=39), N(start=60, end=65)]
    >>> [m.start for m in uncounted(t, 0, ms)]
    [60]
    """
    end = counted_subject(text)
    if not end:
        return list(mentions)
    return [m for m in mentions if m.end > start + end]
