"""A length of time in a sentence about waiting is a waiting time.

Dutch profiles state how long people wait for help in many forms, and not always with the
word "wachttijd" next to the figure: the waiting is named in the clause before ("Van
wachtlijsten is geen sprake: een aanvraag wordt binnen zes weken afgehandeld", "wel van
enige wachttijd: een eerste gesprek volgt binnen drie weken"), by a finite verb of waiting
("wacht gemiddeld negen weken op een eerste gesprek"), or by how long a step takes
("het vervolg kan zes tot acht weken duren", "duurt het zeven weken voordat …"). A figure
in minutes, hours, days, weeks, months or years whose own words name no measure takes the
waiting time then, except:

- a norm or term the waiting is measured against ("een termijn van vier weken", "de norm
  is vijf", "een norm van tien werkdagen"): that is the standard, not the wait;
- providers waiting for their money ("zorgverleners die maandenlang op hun geld wachtten"): a
  delay of payment, as nobody waits for a service (clients waiting for their budget's payment,
  "budgethouders wachtten drie maanden op hun geld", do wait for the service).

Hearing nothing for a length of time is waiting for a response too ("ik bel en hoor drie dagen
niets", "daarna hoor je wekenlang niets"), and the registration time for a social rental home
("een inschrijfduur van gemiddeld acht jaar") is how long its seekers wait.

A time "binnen" which a request is handled is a waiting time too when a verb of handling or
responding stands in its sentence ("meldingen worden binnen een week opgepakt", "dat er binnen
een dag iemand langskwam"): the time a client waits for the response (`tests/gold/README.md`,
second review of the twenty-seventh session).

Source: general Dutch (the forms of "wachten" and "duren"; "afhandelen" of an
application, Awb); the Wmo's and the Awb's terms of handling are waiting times in the
social-domain monitors. Written from the general class, checked on the tuning profiles.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["against_own_norm", "waiting_times"]

WAITING = "waiting-time"
#: Units of a length of time.
_SPANS = frozenset(("minutes", "hours", "days", "weeks", "months", "years"))
#: The words that name waiting, or how long a step takes, in a sentence.
_WAITING = re.compile(
    r"\b(?:wacht(?:tijd|tijden|lijst|lijsten|termijn|periode)?|wachten|wachtte|wachtten"
    r"|gewacht|doorlooptijd(?:en)?|duurt|duren|duurde|duurden|geduurd"
    r"|afgehandeld|afhandeling|afhandeltermijn|behandeltermijn|inschrijfduur)\b",
    re.IGNORECASE,
)
#: A verb of handling a request or responding to it (with "binnen" before the figure): the
#: request is handled, someone comes by or calls back, a talk or visit follows or takes
#: place, help starts, a provision is arranged ("een gesprek volgt binnen drie weken", "het
#: keukentafelgesprek vindt binnen twee weken plaats", "de hulp is binnen een maand gestart").
_HANDLED = re.compile(
    r"\b(?:opgepakt|oppakken|behandeld|beoordeeld|beslist|gereageerd|reageert|reageren"
    r"|langs(?:kwam|kwamen|komt|komen|gekomen)|teruggebeld|terugbellen|bezocht|bezoeken"
    r"|volgt|volgde|volgen|plaats(?:vindt|vond|vinden|vonden|gevonden)"
    r"|(?:vindt|vond|vinden|vonden)\b[^.;:]{0,60}\bplaats|gestart|geregeld|regelen|regelde)\b",
    re.IGNORECASE,
)
#: "binnen" right before the figure ("binnen een week", "binnen twee werkdagen").
_WITHIN = re.compile(r"\bbinnen\s+$", re.IGNORECASE)
#: More verbs of responding, for a span of days, weeks or months only (a year "binnen" which
#: something comes is a plan's horizon): someone came, a referral was made, a plan was drawn
#: up ("het sociaal team kwam binnen een week", "kan binnen een week doorverwijzen", "binnen
#: vier weken een plan te maken").
_RESPONDED = re.compile(
    r"\b(?:kwam|kwamen|doorverwijzen|doorverwezen|doorverwijst|verwijst\s+\w+\s+door"
    r"|plan\s+(?:te\s+)?(?:maken|gemaakt|opstellen|opgesteld))\b",
    re.IGNORECASE,
)
#: "pas na" right before the figure: the help comes only after that time ("een intake is pas
#: na tien tot twaalf weken mogelijk", "pas na enkele weken"), for days, weeks or months.
_ONLY_AFTER = re.compile(r"\bpas\s+na\s+$", re.IGNORECASE)
_SOON = frozenset(("days", "weeks", "months"))
#: Spans under a day, and the words of waiting itself that make them a waiting time.
_SHORT = frozenset(("minutes", "hours"))
_WAITED = re.compile(r"\b(?:wacht(?:tijd|tijden)?|wachten|wachtte|wachtten|gewacht)\b", re.I)
#: A cheap test before the pattern: every word above holds one of these.
_KEYS = ("wacht", "duur", "dure", "doorloop", "handel")
#: A form of "horen" before the figure and "niets" right after it: "hoor drie dagen niets".
_HEARD = re.compile(r"\b(?:hoor|hoort|horen|hoorde|hoorden)\b", re.IGNORECASE)
_NOTHING = re.compile(r"(?:[^\s,;:.]+\s+){1,3}?(?:helemaal\s+)?(?:niets|niks)\b", re.I)
#: A norm, a term or the law in the figure's clause before it: "een termijn van", "de norm
#: is", "terwijl de wet daarvoor vier weken geeft".
_NORM = re.compile(r"\b(?:termijn|norm|streefnorm|wet|wettelijke?)\b", re.IGNORECASE)
#: Where the figure's clause begins: a punctuation mark or a conjunction of contrast.
_CLAUSE = re.compile(r"[,;:]|\b(?:terwijl|maar|en)\b", re.IGNORECASE)
#: Waiting for money: "op hun geld wachtten", "wachten op betaling".
_MONEY = re.compile(
    r"\bop\s+(?:hun|het|zijn|haar|de|hun\s+eigen)?\s*(?:geld|betaling|betalingen|vergoeding"
    r"|declaraties?|facturen)\b",
    re.IGNORECASE,
)


#: Providers named before a figure of waiting for money: "zorgverleners die … wachtten".
_PROVIDERS = re.compile(
    r"\b(?:zorgverleners?|zorgaanbieders?|aanbieders?|hulpverleners?|instellingen|leveranciers)\b",
    re.IGNORECASE,
)


def waiting_times(doc: Document, found: list[Indicator], known: Container[str]) -> list[Indicator]:
    """``found`` with each length of time that names no measure, in a sentence about
    waiting, as a waiting time (``known``: the measure vocabulary's keys).

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Van wachtlijsten is geen sprake: een aanvraag wordt binnen zes weken afgehandeld."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = s.index("zes weken")
    >>> six = Indicator(a, a + 9, 1, None, "", Decimal(6), "weeks")
    >>> waiting_times(doc, [six], frozenset([WAITING]))[0].measure
    'waiting-time'
    >>> s = "De wachttijd liep op, terwijl de gemeente een termijn van vier weken hanteert."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = s.index("vier weken")
    >>> four = Indicator(a, a + 10, 1, None, "", Decimal(4), "weeks")
    >>> waiting_times(doc, [four], frozenset([WAITING]))[0].measure is None
    True
    """
    if WAITING not in known:
        return found
    out = list(found)
    for i, ind in enumerate(out):
        if ind.measure is not None or ind.unit not in _SPANS or ind.sentence <= 0:
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        low = doc.text[sentence.start : sentence.end].lower()
        if (
            _handled_within(doc.text, sentence.start, ind.start, low, ind.unit in _SOON)
            or _heard_nothing(doc.text, sentence.start, ind.start, low)
            or (ind.unit in _SOON and _only_after(doc.text, sentence.start, ind.start, low))
        ):
            out[i] = replace(ind, measure=WAITING)
            continue
        if not any(key in low for key in _KEYS) or (
            _MONEY.search(low) and _PROVIDERS.search(doc.text, sentence.start, ind.start)
        ):
            continue
        clause = _clause_start(doc.text, sentence.start, ind.start)
        if _NORM.search(doc.text, clause, ind.start):
            continue
        # the waiting is named before the figure, or after it in its own clause; minutes
        # and hours only by waiting itself ("een rit kan anderhalf uur duren" is a trip's)
        waiting = _WAITED if ind.unit in _SHORT else _WAITING
        after = _CLAUSE.search(doc.text, ind.end, sentence.end)
        if waiting.search(doc.text, sentence.start, ind.start) or waiting.search(
            doc.text, ind.end, after.start() if after else sentence.end
        ):
            out[i] = replace(ind, measure=WAITING)
    return out


def _handled_within(text: str, start: int, at: int, low: str, soon: bool = False) -> bool:
    """Whether the figure at ``at`` is a time "binnen" which a request is handled, in a
    sentence (from ``start``, lower case ``low``) with a verb of handling and no norm
    (``soon``: a span of days, weeks or months, which more verbs of responding take).

    Examples
    --------
    >>> s = "Meldingen worden binnen een week opgepakt."
    >>> _handled_within(s, 0, s.index("een week"), s.lower())
    True
    >>> _handled_within(s, 0, s.index("binnen"), s.lower())
    True
    >>> s = "Een aanvraag moet binnen de wettelijke termijn van zes weken worden beoordeeld."
    >>> _handled_within(s, 0, s.index("zes weken"), s.lower())
    False
    >>> s = "Het sociaal team kwam binnen een week."
    >>> [_handled_within(s, 0, s.index("een week"), s.lower(), soon) for soon in (True, False)]
    [True, False]
    """
    if "binnen" not in low:
        return False
    if not text.startswith("binnen", at) and not _WITHIN.search(text, max(start, at - 12), at):
        return False  # the figure's span may hold "binnen" itself
    handled = _HANDLED.search(low) is not None or (soon and _RESPONDED.search(low) is not None)
    return handled and not _NORM.search(text, start, at)


def _only_after(text: str, start: int, at: int, low: str) -> bool:
    """Whether the figure at ``at`` is a time "pas na" which something comes.

    Examples
    --------
    >>> s = "Een intake is pas na tien weken mogelijk."
    >>> _only_after(s, 0, s.index("tien"), s.lower()), _only_after(s, 0, s.index("pas"), s.lower())
    (True, True)
    >>> s = "Na tien weken kwam de beschikking."
    >>> _only_after(s, 0, s.index("tien"), s.lower())
    False
    """
    if "pas na" not in low:
        return False
    return text.startswith("pas na", at) or bool(_ONLY_AFTER.search(text, max(start, at - 12), at))


def _heard_nothing(text: str, start: int, at: int, low: str) -> bool:
    """Whether the figure at ``at`` is how long someone hears nothing: a form of "horen"
    before it in its sentence (from ``start``, lower case ``low``), "niets" right after it.

    Examples
    --------
    >>> s = "Ik bel en hoor drie dagen niets."
    >>> _heard_nothing(s, 0, s.index("drie"), s.lower())
    True
    >>> s = "Ik hoor dat het drie dagen duurt en niets oplevert."
    >>> _heard_nothing(s, 0, s.index("drie"), s.lower())
    False
    """
    if "niets" not in low and "niks" not in low:
        return False
    return bool(_HEARD.search(text, start, at)) and bool(_NOTHING.match(text, at))


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins (``start``: its sentence's start)."""
    last = start
    for m in _CLAUSE.finditer(text, max(start, at - 120), at):
        last = m.end()
    return last


#: The municipality's own norm set against a figure later in its sentence: "…, terwijl de
#: gemeente zichzelf een norm van drie weken heeft gesteld", "…, terwijl de gemeente zelf een
#: termijn van vier weken hanteert", "…; de norm is vijf".
_OWN_NORM = re.compile(
    r"\bterwijl\s+(?:de\s+gemeente|het\s+college)\s+(?:zich(?:zelf)?\s+|zelf\s+)?"
    r"(?:een\s+)?(?:eigen\s+)?(?:norm|termijn|streeftermijn|streefnorm)\b"
    r"|;\s*de\s+(?:eigen\s+)?norm\s+(?:is|ligt\s+op)\b"
    # a figure set against a norm named with its own figure: "140 dossiers, tegen een norm van 100"
    r"|,\s*tegen\s+een\s+(?:eigen\s+)?norm\s+van\b",
    re.IGNORECASE,
)
MUNICIPAL_NORM = "municipal norm"


def against_own_norm(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with a figure its sentence sets against the municipality's own norm after
    it referring to that norm (the norm's own figure is an observation of its own).

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "De wachttijd liep op tot zes weken, terwijl de gemeente zelf een termijn hanteert."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = s.index("zes")
    >>> six = Indicator(a, a + 9, 1, None, "", Decimal(6), "weeks", comparison="increase")
    >>> [i.reference for i in against_own_norm(doc, [six])]
    ['municipal norm']
    """
    out = norms_unmeasured(doc.text, found)
    for i, ind in enumerate(out):
        if ind.value is None or ind.reference is not None or ind.sentence <= 0:
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        text = doc.text
        if (
            text.find("norm", ind.end, sentence.end) < 0
            and text.find("termijn", ind.end, sentence.end) < 0
        ):
            continue
        norm = _OWN_NORM.search(doc.text, ind.end, sentence.end)
        if norm is None or any(
            o.value is not None and ind.end <= o.start < norm.start() for o in found
        ):
            continue  # another figure between them is what the norm is set against
        out[i] = replace(ind, reference=MUNICIPAL_NORM, comparison=_against(ind, norm, found))
    return out


def _against(ind: Indicator, norm: re.Match, found: list[Indicator]) -> str | None:
    """``ind``'s comparison, or its level against the norm's figure right after the norm's
    words ("140 dossiers, tegen een norm van 100": higher) when it has none."""
    if ind.comparison is not None or ind.value is None:
        return ind.comparison
    limit = next((o for o in found if norm.end() <= o.start <= norm.end() + 3), None)
    if limit is None or limit.value is None or limit.unit != ind.unit:
        return None
    return "equal" if ind.value == limit.value else "higher" if ind.value > limit.value else "lower"


#: The words right before a norm's own figure: "een norm van 45", "de norm is vijf", "de eigen
#: norm op twee weken", "een eigen norm van tien werkdagen".
_NORM_OF = re.compile(r"\bnorm\s+(?:van|is|ligt\s+op|op)\s+(?:(?:ruim|circa|ongeveer)\s+)?$", re.I)


def norms_unmeasured(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the figure of a norm measured by nothing: a norm is the standard a figure
    is held to, not the figure ("tegen een norm van 45" after a caseload, "een eigen norm van
    twee weken" after a wait), and the measure vocabulary has no norms.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "De caseload is 60 huishoudens, tegen een norm van 45."
    >>> a = Indicator(s.index("45"), s.index("45") + 2, 1, "households", "", Decimal(45), "count")
    >>> [i.measure for i in norms_unmeasured(s, [a])]
    [None]
    """
    if "norm" not in text:  # a cheap gate
        return found
    return [
        replace(ind, measure=None)
        if ind.measure is not None and _NORM_OF.search(text, max(0, ind.start - 30), ind.start)
        else ind
        for ind in found
    ]
