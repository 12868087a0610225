"""Links a profile states between its municipality and a party outside the cooperation kinds.

Three relation types (``ontology/kg.ttl``), each read from general Dutch:

- ``reports-on``: an organisation or body named as the source of figures about the
  municipality: "volgens (de cijfers van) X" in a clause about figures, "de cijfers /
  gegevens / (gezondheids)monitor (sociaal domein) / het onderzoek / de analyse / het
  jaarverslag van X" (X a region too: "de monitor van de regio"),
  "X publiceert", "gepubliceerd door X", "X schat / registreert / meldt …" with a
  figure in its clause ("X schat dat er 600 mensen …"), "…, aldus X", and X as the subject
  of a verb of saying or perceiving (:mod:`kg.extract.sayingverbs`) whose report holds a
  figure the indicators read (of a measure, or a level or change) with an amount (not a
  year): "X geeft aan dat … zes jaar", "X zag het aantal … stijgen van 380 naar 470" (what
  it sees is a change or a level, not things: "ziet twee oplossingen");
- ``oriented-towards``: the municipality or its inhabitants turn to a place, municipality
  or region: "gericht op X", "op X gericht", "georiënteerd op X", "oriënteren zich op X"
  (also "richten de inwoners zich op X"), "de nabijheid van (de grens met) X voor werk",
  "voor hun werk / opleiding naar X", "(veel) inwoners werken / forenzen in / naar X",
  young people schooled there ("gaan in X naar school", "volgen hun opleiding in X");
- ``bound-by-rulings-of``: a party whose rulings the municipality meets: "de uitspraak /
  uitspraken / vonnissen / jurisprudentie van X", "X (a court) oordeelde / bepaalde";
  "een gerechtelijke / rechterlijke uitspraak" and "de rechter oordeelde / bepaalde" name
  no party and give the court (``role/rechter``).

An actor group can be a source only of a study, report or monitor ("studies van de GGD"),
never through "volgens" (a speaker) nor of "gegevens" ("de gegevens van cliënten" are
about them). The party must stand right at the cue (after an optional article), a
coordinated list ("van KING en CBS") gives one link per member, and a negated clause
gives none.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "Volgens de cijfers van CBS ligt de werkloosheid hoger."
>>> cbs = SentenceMention("org/cbs", "organisation", 23, 26, "CBS", 0)
>>> links(text, 0, len(text), [cbs], "municipality/x")
[('reports-on', 'org/cbs', 'municipality/x')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.document import Document
from kg.extract.demonyms import demonyms_of
from kg.extract.jointwork import LIST_GAP, NEGATION
from kg.extract.model import SentenceMention
from kg.extract.orientationcues import (
    AT_BEFORE,
    GO_BEFORE,
    IN_BEFORE,
    INHABITANTS,
    NEAR_BEFORE,
    ON_BEFORE,
    ORIENTED_AFTER,
    ORIENTED_NEXT,
    PURPOSE_BEFORE,
    PURPOSE_NEXT,
    RELIANT_BEFORE,
    RELIANT_NEXT,
    SCHOOL_NEXT,
    TURN_TO,
    WORK_LAST,
    WORK_THERE,
)
from kg.extract.prefixscan import finditer, search
from kg.extract.sayingverbs import said_after
from kg.namespaces import CONCEPT

__all__ = ["COURT", "links", "unnamed_parties"]

#: The court as an actor group (``ontology/roles.ttl``): the party of a ruling that names none.
COURT = CONCEPT + "role/rechter"

_F = re.IGNORECASE
#: Kinds of a source of figures and of a court: named organisations and bodies.
_SOURCES = frozenset({"organisation", "body"})
#: A province named with its noun ("provincie Groningen"), a place that acts.
_PROVINCE = re.compile(r"provincie\s", _F)
#: Kinds a municipality turns to.
_AREAS = frozenset({"municipality", "place", "region"})
_ARTICLE = r"(?:(?:de|het)\s+)?"
#: Cues with the party right after them.
_SOURCE_AFTER = re.compile(
    r"\b(?:cijfers|gegevens|statistieken|registratie|\w*monitor|peiling|rapportage|onderzoek"
    r"|onderzoeken|analyse|analyses|rapport|rapporten|\w*verslag|enquête|studie|studies"
    r"|berekening|berekeningen|schatting|schattingen|prognose|prognoses|tellingen|data)"
    # a source named or qualified ("de monitor sociaal domein van X", "het rapport over 2015 van X")
    r"(?:\s+(?!van\b)[\w-]+){0,3}?\s+van\s+"
    + _ARTICLE
    # a lower-case kind noun before the name ("het jaarverslag van woningstichting X")
    + r"(?:(?!van\b)(?-i:[a-z])[\w-]*(?:stichting|corporatie|organisatie|instelling|bureau)\s+)?"
    + r"$|\bgepubliceerd\s+door\s+"
    + _ARTICLE
    # a study carried out by the party ("een onderzoek (uitgevoerd) door X"), a source line
    # under figures ("Bron: X")
    + r"$|\b(?:onderzoek|onderzoeken|analyse|studie|evaluatie|peiling|enquête|telling)\s+"
    r"(?:\w+\s+)?door\s+" + _ARTICLE + r"$|\bbron(?:nen)?\s*:\s*" + _ARTICLE + r"$",
    _F,
)
#: Cues with an actor group right after them: a study, report or monitor of the group.
_STUDY_OF = re.compile(
    r"\b(?:studies|studie|onderzoeken|rapport|rapporten|rapportage|rapportages|\w*monitor"
    r"|cijfers|statistieken|peiling)\s+van\s+" + _ARTICLE + r"$",
    _F,
)
#: What stands right before an actor group that a study cue may hold ("studies van de GGD").
_OF = ("van ", "van de ", "van het ")
#: "volgens X", and its sentence-final counterpart "…, aldus X".
#: Also a verb of counting or reporting put after what it reports ("…, meldt de
#: ondernemersvereniging"), which closes like "aldus".
_ACCORDING_TO = re.compile(
    r"(?:\b(?:volgens|aldus)|,\s+(?:meldt|meldde|melden|meldden|schat|schatte|schatten"
    r"|rapporteert|rapporteerde|becijfert|becijferde|registreert|registreerde|telt|telde))\s+"
    + _ARTICLE
    + r"(?:(?-i:[a-z])[\w-]+\s+)?$",  # a type noun before the name ("woningcorporatie X")
    _F,
)
#: What makes "volgens X" a source of figures rather than a speaker's view.
_FIGURES = re.compile(
    r"\d|\b(?:cijfers|gegevens|gemiddeld\w*|percentage|aantal\w*|hoger|lager|meer|minder|kwart"
    r"|helft|derde|procent)\b",
    _F,
)
#: What a party sees when it sees a figure: a change or a level ("ziet de wachttijd
#: oplopen tot", "zag het aantal stijgen van … naar"), not things ("ziet twee oplossingen").
_CHANGE_SEEN = re.compile(
    r"\b(?:oplopen|stijgen|dalen|toenemen|afnemen|groeien|teruglopen|verdubbelen|halveren"
    r"|oploopt|stijgt|daalt|toeneemt|afneemt|groeit|terugloopt|verdubbelt|halveert"
    r"|verdrievoudigen|liggen|uitkomen|blijven|schommelen)\b",
    _F,
)
#: Where what a party reports ends: a new clause of contrast or cause. A semicolon does not end
#: it: the clause after it goes on with the report ("spreekt van een tekort; de wachttijd
#: bedraagt drie jaar").
_REPORT_END = re.compile(r",\s+(?:maar|terwijl|omdat|want|waardoor|zodat|en|of)\b", _F)
#: What may stand before a party that is its clause's subject: an article, an adverb that
#: opens the clause, a type noun ("Woningcorporatie X").
_SUBJECT_BEFORE = re.compile(
    r"\W*(?:(?:de|het|ook|en|maar|zo|daarnaast|bovendien|verder)\s+)*(?:[\w-]+\s+)?", _F
)
#: The head of a named organisation who speaks for it ("De directeur van (woonstichting) X
#: antwoordt dat …"): a director, board, chair or spokesperson states the organisation's
#: figures (gold guideline: staff of a named organisation speak as it); not its staff in
#: general ("Medewerkers van X vertellen …" tell what they meet in their work).
_HEAD_OF = re.compile(
    r"\W*(?:de|het)\s+(?:directeur|directrice|directie|bestuurder|voorzitter|woordvoerder"
    r"|woordvoerster)\s+van\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?",
    _F,
)
_PUBLISHES = re.compile(r"\s+(?:\w+\s+){0,4}?(?:publiceert|publiceren|publiceerde)\b", _F)
#: A party that estimates or reports ("X schat dat …", "X meldt 250 …"): a source when its
#: clause holds a figure. Not a party that counts or registers ("X telde 420 mantelzorgers",
#: "X registreerde 312 …"): an organisation as the grammatical subject of a count of its
#: own register is no source (gold README, third batch; thirty-first session, decision 12;
#: "registreerde" is like "telde").
_COUNTS = re.compile(
    r"\s+(?:(?:zelf|ook|vorig\s+jaar)\s+)?(?:schat|schatte|schatten"
    r"|meldt|meldde|rapporteert|rapporteerde|becijfert"
    r"|becijferde|signaleert|signaleerde|constateert|constateerde|berekent"
    r"|berekende|(?:heeft|had)\s+(?:\w+\s+)?(?:berekend"
    r"|vastgesteld|becijferd|geschat))\b",
    _F,
)
#: An amount: digits other than a year, a cardinal in words ("zes jaar", "twintig gezinnen"),
#: a share or a ratio in words ("een op de vijf ouderen").
_AMOUNT = (
    # digits, but not a year ("sinds 2015", "de Wmo 2015")
    r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d|\b(?:procent|helft|derde|kwart|honderd\w*|duizend\w*|tientallen)\b"
    # (not how often, "twee keer per jaar", nor a set already known, "de drie raden")
    r"|\b(?<!\bde\s)(?<!\bhet\s)(?<!\bdie\s)(?<!\bdeze\s)(?:twee|drie|vier|vijf|zes|zeven|acht"
    r"|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
    r"|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig"
    r"|negentig)\b(?!\s+(?:keer|maal)\b)"
    r"|\b(?:één|een|twee|drie|vier|vijf)\s+op\s+de\s+\w+"
)
#: A figure: an amount, or a count ("het aantal meldingen") a party counts.
_FIGURE = re.compile(_AMOUNT + r"|\baantal\w*\b", _F)
#: What a party that speaks or sees must give to be a source: an amount, not a trend
#: ("ziet het aantal cliënten dalen" reports none).
_AMOUNT_GIVEN = re.compile(_AMOUNT, _F)
_RULINGS_AFTER = re.compile(
    r"\b(?:uitspraak|uitspraken|vonnis|vonnissen|jurisprudentie)\s+van\s+" + _ARTICLE + r"$", _F
)
#: A ruling right before a court's name without "van", in a note's telegram style ("na
#: uitspraak Centrale Raad van Beroep herindicatie"): only a court's name may follow it.
_BARE_RULING = re.compile(r"\b(?:uitspraak|uitspraken|vonnis|vonnissen)\s+$", _F)
#: A ruling that names no party: the court's.
_COURT_RULING = re.compile(
    r"\b(?:gerechtelijke|rechterlijke)\s+(?:uitspraak|uitspraken|vonnis|vonnissen)\b", _F
)
#: What the court did, right after "de rechter".
_COURT_RULED = re.compile(
    # a short adverbial of time may stand before the verb, last in a clause ("dat de CRvB in
    # mei 2016 oordeelde", "dat de rechter eind vorig jaar besliste") or after "heeft" ("X
    # heeft op 18 mei 2016 bepaald")
    r"(?:\s+(?:in|op|eind|begin|medio|vorig|vorige|afgelopen|al|onlangs|toen|ook|eerder|jaar"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|\d{1,4})){0,4}"
    r"\s+(?:heeft\s+)?(?:(?:in|op|eind|begin)\s+(?:\w+\s+){0,3}?)?"
    r"(?:oordeelde|oordeelden|oordeelt|geoordeeld|bepaalde|bepaalt|bepaald"
    r"|besliste|beslist|vonniste"
    # "stelde de gemeente in het ongelijk", "heeft de gemeente in het gelijk gesteld"
    r"|(?:stelde|stelt|heeft)\s+(?:\w+\s+){0,2}?in\s+het\s+(?:on)?gelijk)\b",
    _F,
)
#: A court by its name or key ("Centrale Raad van Beroep", "rechtbank X"): what it ruled binds.
_COURT_NAME = re.compile(
    r"raad\s+van\s+(?:beroep|state)|rechtbank|gerechtshof|\bcrvb\b|\braad-van-state\b", _F
)
#: Words one of which every cue holds: a sentence without any is not read further.
_ANY_CUE = re.compile(
    r"volgens|aldus|cijfers|gegevens|statistieken|registratie|monitor|peiling|rapport|publice"
    r"|gericht|ori[eë]nt|richt|uitspra|vonnis|jurisprudentie|studie|onderzoek|analyse|verslag"
    r"|enquête|schat|registr|meld|becijfer|signal|constat|inwoners|bewoners|werkenden|werknemers"
    r"|forensen|pendel|beroepsbevolking|volg|\bwerk(?:en|ten)\b"
    r"|oordeel|bepaal|besli|nabijheid|naar|terecht|\btelt\b|\btelde\b|bereken|geteld"
    r"|vastgesteld|geschat|prognose|\bdata\b|telling|gelijk|\bbron|evaluatie|studer|ziekenhuis|gewezen",
    _F,
)
#: The clause a source or a court states: a negation in it denies no link.
_THAT = re.compile(r"\bdat\b", _F)
#: How far back a cue may stand before its party (characters).
_REACH = 60
#: The end of a clause: the clause a cue and its party share.
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:maar|terwijl|omdat|waardoor|zodat)\b"
    # a concession ("…, al zijn inwoners op X georiënteerd"), not "al jaren"
    r"|,\s+al\b(?!\s+(?:jaren|lang|langer|sinds|eerder|vroeg|snel|in|op|bij|twee|drie)\b)"
    # the main clause after a fronted subordinate one opens with its finite verb ("Hoewel …
    # niet …, heeft volgens CBS …")
    r"|(?<=,)\s+(?=(?:is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|ligt"
    r"|liggen|lag|lagen|blijkt|bleek|telt|telde|kent|kende)\s)",
    _F,
)


def clause_around(
    text: str, start: int, end: int, pos: int, ends: re.Pattern[str] = _CLAUSE_END
) -> tuple[int, int]:
    """The clause around ``pos`` within ``[start, end)``, cut where ``ends`` matches.

    Examples
    --------
    >>> t = "A werkt samen met B, maar C niet."
    >>> clause_around(t, 0, len(t), t.index("B"))
    (0, 19)
    """
    cs = start
    for m in ends.finditer(text, start, pos):
        cs = m.end()
    after = ends.search(text, pos, end)
    return cs, (after.start() if after else end)


def _head(parties: Sequence[SentenceMention], text: str, i: int) -> SentenceMention:
    """The first member of the list party ``i`` belongs to ("KING en CBS": KING)."""
    while i > 0 and LIST_GAP.match(text[parties[i - 1].end : parties[i].start]):
        i -= 1
    return parties[i]


def _tail(parties: Sequence[SentenceMention], text: str, i: int) -> SentenceMention:
    """The last member of the list party ``i`` belongs to ("op A en B gericht": B)."""
    while i + 1 < len(parties) and LIST_GAP.match(text[parties[i].end : parties[i + 1].start]):
        i += 1
    return parties[i]


def _link(
    text: str,
    span: tuple[int, int],
    parties: Sequence[SentenceMention],
    i: int,
    own: str,
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[str, str, str] | None:
    """The link party ``i`` takes part in, read at the head of its list."""
    start, end = span
    p, head, tail = parties[i], _head(parties, text, i), _tail(parties, text, i)
    before = text[max(start, head.start - _REACH) : head.start]
    # "de monitor van de regio": its figures; a province named as one acts as a source too
    # ("de provincie Groningen verwacht … 29.500 inwoners"; gold guideline: its place key)
    if p.kind in _SOURCES or p.kind == "region" or _PROVINCE.match(p.text):
        if _SOURCE_AFTER.search(before):
            return ("reports-on", p.entity, own)
        if p.kind == "region":
            return _oriented(text, start, p, head, tail, before, own)
        court = _COURT_NAME.search(f"{p.text} {p.entity}") is not None
        if _RULINGS_AFTER.search(before) or (
            court and (_COURT_RULED.match(text, tail.end) or _BARE_RULING.search(before))
        ):
            return ("bound-by-rulings-of", own, p.entity)
        if _ACCORDING_TO.search(before) or _PUBLISHES.match(text, tail.end):
            return ("reports-on", p.entity, own)
        counts = _COUNTS.match(text, tail.end)
        if counts and _FIGURE.search(
            text, counts.end(), clause_around(text, start, len(text), counts.end())[1]
        ):
            return ("reports-on", p.entity, own)
        # the party itself speaks as its clause's subject, not its staff ("Medewerkers van X
        # vertellen …") nor a party in a phrase before the subject
        opens = clause_around(text, start, end, p.start)[0]
        # a question the party answers closes a clause ("Wat ziet X? De directeur van X …")
        opens = max(opens, text.rfind("?", opens, p.start) + 1)
        if (
            p is head
            and (
                _SUBJECT_BEFORE.fullmatch(text, opens, p.start)
                or _HEAD_OF.fullmatch(text, opens, p.start)
            )
            and (said := said_after(text, tail.end))
        ):
            stop = _REPORT_END.search(text, said.end(), end)
            last = stop.start() if stop else end
            seen = said.group(0).lstrip()[:2].lower() in ("zi", "za")
            given = any(
                said.end() <= a < last and _AMOUNT_GIVEN.search(text, a, b) for a, b in figures
            )
            if given and (not seen or _CHANGE_SEEN.search(text, said.end(), last)):
                return ("reports-on", p.entity, own)
    return _oriented(text, start, p, head, tail, before, own)


def _oriented(
    text: str,
    start: int,
    p: SentenceMention,
    head: SentenceMention,
    tail: SentenceMention,
    before: str,
    own: str,
) -> tuple[str, str, str] | None:
    """The orientation link of an area party ``p`` (its list from ``head`` to ``tail``)."""
    if p.kind not in _AREAS or p.entity == own:
        return None
    oriented = (
        ORIENTED_AFTER.search(before)
        or (ON_BEFORE.search(before) and ORIENTED_NEXT.match(text, tail.end))
        or (NEAR_BEFORE.search(before) and PURPOSE_NEXT.match(text, tail.end))
        or PURPOSE_BEFORE.search(before)
        or (GO_BEFORE.search(before) and PURPOSE_NEXT.match(text, tail.end))
        or TURN_TO.search(before)
        or (
            (
                WORK_THERE.search(before)
                or (AT_BEFORE.search(before) and WORK_LAST.match(text, tail.end))
                or (IN_BEFORE.search(before) and SCHOOL_NEXT.match(text, tail.end))
                or RELIANT_BEFORE.search(before)
                or GO_BEFORE.search(before)  # "gezinnen moeten uitwijken naar X"
                or (ON_BEFORE.search(before) and RELIANT_NEXT.match(text, tail.end))
            )
            and _inhabitants(text, clause_around(text, start, len(text), head.start)[0], head, own)
        )
    )
    return ("oriented-towards", own, p.entity) if oriented else None


def _demonym(word: str, own: str) -> bool:
    """Whether ``word`` is a demonym of the municipality ``own`` ("Haarlemmers")."""
    demonyms = demonyms_of(own)
    return demonyms is not None and demonyms.fullmatch(word) is not None


def _inhabitants(text: str, cs: int, head: SentenceMention, own: str) -> bool:
    """Whether the clause from ``cs`` names inhabitants before ``head``: a noun of people
    ("inwoners") or the demonym of the municipality ``own`` ("Veel Haarlemmers werken in X";
    :mod:`kg.extract.demonyms`)."""
    if INHABITANTS.search(text, cs, head.start):
        return True
    demonyms = demonyms_of(own)
    return demonyms is not None and demonyms.search(text, cs, head.start) is not None


def links(
    text: str,
    start: int,
    end: int,
    parties: Sequence[SentenceMention],
    own: str,
    roles: Sequence[SentenceMention] = (),
    figures: Sequence[tuple[int, int]] = (),
) -> list[tuple[str, str, str]]:
    """The stated links of one sentence as ``(type, subject, object)``.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The sentence's span.
    parties : sequence of SentenceMention
        The named parties of the sentence, in text order.
    own : str
        The IRI of the profile's municipality.
    roles : sequence of SentenceMention
        The actor groups of the sentence, in text order: a source of a study or report,
        or the court.
    figures : sequence of (int, int)
        The spans of the sentence's figures (the indicators read there): a party that
        speaks or sees is a source only of one of them that gives an amount.

    Returns
    -------
    list of tuple
        In text order; a link in a negated clause is left out.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "De kernen zijn op de Achterhoek gericht."
    >>> a = SentenceMention("region/achterhoek", "region", 21, 31, "Achterhoek", 0)
    >>> links(text, 0, len(text), [a], "m/x")
    [('oriented-towards', 'm/x', 'region/achterhoek')]
    >>> text = "De kernen zijn niet op de Achterhoek gericht."
    >>> a = SentenceMention("region/achterhoek", "region", 26, 36, "Achterhoek", 0)
    >>> links(text, 0, len(text), [a], "m/x")
    []
    >>> text = "Studies van de GGD bevestigen dit beeld."
    >>> ggd = SentenceMention("r/ggd", "role", 15, 18, "GGD", 0)
    >>> links(text, 0, len(text), [], "m/x", [ggd])
    [('reports-on', 'r/ggd', 'm/x')]
    >>> text = "De Raad van State oordeelde dat de gemeente niet mocht korten."
    >>> rvs = SentenceMention("o/raad-van-state", "organisation", 3, 17, "Raad van State", 0)
    >>> links(text, 0, len(text), [rvs], "m/x")
    [('bound-by-rulings-of', 'm/x', 'o/raad-van-state')]
    >>> text = "Een rechterlijke uitspraak doorkruiste het beleid."
    >>> links(text, 0, len(text), [], "m/x") == [("bound-by-rulings-of", "m/x", COURT)]
    True
    """
    found: list[tuple[int, tuple[str, str, str]]] = []
    if (
        not search(_ANY_CUE, text, start, end)
        and not any(p.kind in _SOURCES and said_after(text, p.end) for p in parties)
        and not any(p.entity == own and _demonym(p.text, own) for p in parties)  # "Haarlemmers"
    ):
        return []
    for i, p in enumerate(parties):
        link = _link(text, (start, end), parties, i, own, figures)
        if link is None:
            continue
        cs, ce = clause_around(text, start, end, p.start)
        if _denied(text, start, end, p.start):
            continue
        head = _head(parties, text, i).start
        if link[0] == "reports-on" and _a_view(text, start, head, (cs, ce)):
            continue
        found.append((p.start, link))
    found += _unnamed(text, start, end, roles, own)
    return [link for _, link in sorted(found, key=lambda f: f[0])]


def _a_view(text: str, start: int, head: int, clause: tuple[int, int]) -> bool:
    """Whether a party after "volgens" or "aldus" gives a view, not figures: "volgens X is
    het beleid goed"; a closing "aldus X" attributes what was said, a source only of an
    amount."""
    according = _ACCORDING_TO.search(text[max(start, head - _REACH) : head])
    if not according:
        return False
    if not (_FIGURES.search(text, *clause) or _AMOUNT_GIVEN.search(text, *clause)):
        return True
    return according.group(0)[:1] in "aA," and not _AMOUNT_GIVEN.search(text, *clause)


#: The municipality's own organs and staff (ontology/roles.ttl): no outside source of
#: figures about it.
_OWN_ORGANS = frozenset(
    {
        "executive-board",
        "council-members",
        "civil-servants",
        "policy-officers",
        "alderman",
        "mayor",
        "municipal-secretary",
        "griffier",
    }
)


def _unnamed(
    text: str, start: int, end: int, roles: Sequence[SentenceMention], own: str
) -> list[tuple[int, tuple[str, str, str]]]:
    """The links of actor groups and of rulings that name no party, with their positions."""
    found: list[tuple[int, tuple[str, str, str]]] = []
    for i, r in enumerate(roles):
        head = _head(roles, text, i).start
        before = text[max(start, head - _REACH) : head]
        if _STUDY_OF.search(before):
            if r.entity.rsplit("/", 1)[-1] in _OWN_ORGANS:
                continue  # "de cijfers van het college": the municipality's own figures
            link = ("reports-on", r.entity, own)
        elif r.entity == COURT and (
            _RULINGS_AFTER.search(before) or _COURT_RULED.match(text, r.end)
        ):
            link = ("bound-by-rulings-of", own, COURT)
        else:
            continue
        found.append((r.start, link))
    found += [
        (m.start(), ("bound-by-rulings-of", own, COURT))
        for m in finditer(_COURT_RULING, text, start, end)  # tried where its words begin
    ]
    return [(at, link) for at, link in found if not _denied(text, start, end, at)]


def _denied(text: str, start: int, end: int, at: int) -> bool:
    """Whether the clause of the party at ``at`` is negated before what it states ("oordeelde
    dat de gemeente niet mocht korten" denies nothing of the ruling) or before a predicate
    coordinated after it ("trekken naar X en komen niet terug").

    Examples
    --------
    >>> t = "Jongeren trekken naar Zwolle en komen niet terug."
    >>> _denied(t, 0, len(t), t.index("Zwolle")), _denied("Zij gaan niet naar Zwolle.", 0, 26, 19)
    (False, True)
    >>> t = "Zij zijn op Zwolle gericht, niet op Lelystad."
    >>> _denied(t, 0, len(t), t.index("Zwolle")), _denied(t, 0, len(t), t.index("Lelystad"))
    (False, True)
    """
    cs, ce = clause_around(text, start, end, at)
    said = (
        _THAT.search(text, at, ce)
        or _AND_THEN.search(text, at, ce)
        or _NOT_THERE.search(text, at, ce)
    )
    return bool(NEGATION.search(text, cs, said.start() if said else ce))


#: A negated phrase after the party that repeats its preposition ("zijn op Zwolle gericht,
#: niet op Lelystad"): it denies the other place, not the party's link.
_NOT_THERE = re.compile(r",\s+(?:en\s+|maar\s+)?niet\s+(?:op|naar|in|bij|met|aan|voor)\b", _F)
#: "en" and a lower-case word after the party: a coordinated predicate ("trekken naar X en
#: komen niet terug"), whose negation denies nothing of the link.
_AND_THEN = re.compile(r"\s+en\s+(?-i:[a-z])")


def _studied(text: str, at: int) -> bool:
    """Whether a study cue stands right before ``at`` ("studies van de GGD")."""
    return text.endswith(_OF, 0, at) and bool(_STUDY_OF.search(text, max(0, at - _REACH), at))


def unnamed_parties(doc: Document, mentions: Sequence[SentenceMention]) -> dict[int, list]:
    """The actor groups of each sentence that may hold a link (the court, or a group after
    "van"), and the sentences with a ruling that names no party (with their groups, or none).

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : sequence of SentenceMention
        The document's mentions.

    Returns
    -------
    dict
        Sentence index → its actor-group mentions in text order.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("X\\n\\nDe rechter oordeelde anders. Een rechterlijke uitspraak.", "x")
    >>> unnamed_parties(doc, [])
    {2: []}
    """
    roles: dict[int, list] = {}
    for m in mentions:
        if m.kind == "role" and m.sentence is not None:
            roles.setdefault(m.sentence, []).append(m)
    found = {
        i: group
        for i, group in roles.items()
        if any(r.entity == COURT or _studied(doc.text, r.start) for r in group)
    }
    starts = [s.start for s in doc.sentences]
    for ruling in finditer(_COURT_RULING, doc.text, 0, len(doc.text)):
        at = bisect.bisect_right(starts, ruling.start()) - 1
        found.setdefault(doc.sentences[at].index, [])
    return {i: sorted(group, key=lambda r: r.start) for i, group in sorted(found.items())}
