"""The objects a relation cue may take, and the party a negated cue's contrast names.

A relation holds only between parties of fitting kinds: a municipality compares
with municipalities, an area borders on areas (not on bodies), a municipality is a
member of a group (never of a place or another municipality), and a place is no
party of the other relations.

A negated cue relates nothing, but a contrast after it may name the party that does
hold, repeating the cue's preposition: "A maakt geen deel uit van G, maar van H"
(A is a member of H), "werkt niet samen met B, maar met C", "koopt niet in via R
maar via S". General Dutch coordination: the second conjunct of "niet X, maar Y"
keeps the verb of the first.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> found = [SentenceMention("p/a", "place", 0, 1, "A", 0),
...          SentenceMention("m/b", "municipality", 2, 3, "B", 0)]
>>> kind_objects("member-of", found), len(kind_objects("cooperates-with", found))
([], 1)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.model import SentenceMention
from kg.extract.prefixscan import search

__all__ = [
    "FOUNDED_WORDS",
    "bought_by_contract",
    "contrast_span",
    "examples_lead",
    "founded",
    "housed",
    "reading",
    "kind_objects",
    "other_object",
    "past_groups",
    "staff_of",
    "team_under",
    "unlocated",
    "window_end",
]

_ONLY_MUNICIPALITIES = frozenset({"compares-with"})
_ONLY_PLACES_OK = frozenset({"borders-on"})
#: The prepositions a cue may end in and a contrast may repeat.
_REPEATED = frozenset({"van", "met", "bij", "onder", "tot", "aan", "via", "in", "binnen", "voor"})
_LAST_WORD = re.compile(r"(\w+)\W*$")
#: "…, maar (wel) <preposition> ": the contrast, for each preposition.
_BUT = {
    word: re.compile(r"\bmaar\s+(?:wel\s+|juist\s+|alleen\s+)?" + word + r"\s+", re.IGNORECASE)
    for word in _REPEATED
}


#: "X in / te A": a municipality or place right after a named party locates it.
_LOCATED = re.compile(r"\s+(?:in|te)\s+$", re.IGNORECASE)
#: The cue's own object is an indefinite noun phrase closed by a comma ("werkte met een
#: sociaal team per dorp, A met wijkteams"): the party after the comma is no object of
#: it, unless the phrase announces examples ("met een aantal partners, zoals A").
_INDEFINITE = re.compile(r"\s*(?:een|één|eigen)\s[^:;]*,", re.IGNORECASE)
_EXAMPLES = re.compile(
    r"\b(?:zoals|waaronder|onder\s+(?:meer|andere)|namelijk|als|bijvoorbeeld|met\s+name)\b",
    re.IGNORECASE,
)
#: A party housed in a joint body ("A is ondergebracht in / bij G") is part of it.
_HOUSED = re.compile(r"\bondergebracht\b", re.IGNORECASE)
_HOUSED_KINDS = frozenset({"body", "organisation"})
#: A task that "loopt via X" is done by X, unless it is buying or money ("de inkoop loopt
#: via R" is purchasing, read by its own cue; "de financiering loopt via het fonds").
_VIA = re.compile(r"\b(?:loopt|lopen|liep|liepen)\s+via\b", re.IGNORECASE)
_PAID_OR_BOUGHT = re.compile(
    r"\b(?:inkoop\w*|ingekocht|financier\w*|bekostig\w*|betaling\w*|geld|middelen|budget\w*"
    r"|subsidie\w*|aanvra\w*|communicatie|informatie)\b",
    re.IGNORECASE,
)
#: The municipality's own team or desk as the clause's subject ("Het sociaal team",
#: "De wijkteams", "Het Zorgloket"): under a party it is run by that party.
_TEAM_SUBJECT = re.compile(
    r"\s*(?:het|de|ons|onze)\s+(?:[\w-]+\s+)?[\w-]*(?:team|teams|loket|plein)\s+"
    r"(?:(?:\w+\s+){0,3})?$",
    re.IGNORECASE,
)


#: "…, maar ook <preposition> ": an addition to a cue holding that preposition.
_ALSO = re.compile(
    r"\bmaar\s+ook\s+(?P<prep>van|met|bij|onder|tot|aan|via|in|binnen|voor)\s+", re.IGNORECASE
)
#: A party its partners founded is no partner: "heeft samen met A (in 2015) de G opgericht
#: / opgezet", "die samen met A de G heeft opgericht", "richtte samen met A de G op".
_FOUNDED = re.compile(
    r"\s+(?:(?:in\s+\d{4}|heeft|hebben|had|hadden)\s+){0,2}(?:opgericht|opgezet)\b", re.IGNORECASE
)
_FOUNDED_PAST = re.compile(r"\b(?:richt|zet)(?:te|ten)\b", re.IGNORECASE)
_PARTICLE_END = re.compile(r"\s+op\s*(?:[.;,]|$)", re.IGNORECASE)
FOUNDED_WORDS = re.compile(r"\bop(?:gericht|gezet)\b|\b(?:richt|zet)(?:te|ten)\b", re.IGNORECASE)


class _Sentence(Protocol):
    """What the contrast reads of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    end: int
    covered: list[tuple[int, int]]

    def window_end(self, pos: int) -> int: ...


def kind_objects(kind: str, found: Sequence[SentenceMention]) -> list[SentenceMention]:
    """The parties of ``found`` that may be objects of a relation of ``kind``.

    Parameters
    ----------
    kind : str
        The relation type.
    found : sequence of SentenceMention
        The parties named where the cue's objects stand.

    Returns
    -------
    list of SentenceMention

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> oost = M("place/x", "place", 0, 4, "Oost", 0)
    >>> found = [oost, M("place/l", "place", 9, 27, "provincie Limburg", 0)]
    >>> [p.text for p in kind_objects("cooperates-with", found)]
    ['provincie Limburg']
    """
    if kind in _ONLY_MUNICIPALITIES:
        return [p for p in found if p.kind == "municipality"]
    if kind in _ONLY_PLACES_OK:  # an area borders on an area, not on a body
        return [p for p in found if p.kind not in ("body", "organisation")]
    if kind == "member-of":  # a municipality is a member of a group, never of a municipality
        return [p for p in found if p.kind not in ("place", "municipality")]
    return [p for p in found if p.kind != "place" or _PROVINCE.match(p.text)]


#: A province named as its government ("de provincie Limburg"): a party, not only a place.
_PROVINCE = re.compile(r"provincie\b", re.IGNORECASE)


def contrast_span(sen: _Sentence, m: re.Match[str], also: bool = False) -> tuple[int, int] | None:
    """Where the parties of "…, maar <preposition> Y" after a negated cue ``m`` stand.

    The contrast repeats the preposition the cue ends in; the span runs from after it
    to the end of its clause. With ``also``, the addition "…, maar ook <preposition> Y"
    after a cue that holds that preposition ("werkt niet alleen met A samen, maar ook met
    B").

    Examples
    --------
    >>> class S:
    ...     text = "A maakt geen deel uit van G, maar van H."
    ...     end = len(text)
    ...     def window_end(self, pos):
    ...         return self.text.index(".", pos)
    >>> s = S()
    >>> m = re.search(r"deel uit van", s.text)
    >>> a, b = contrast_span(s, m)
    >>> s.text[a:b]
    'H'
    >>> contrast_span(s, re.search(r"maakt", s.text)) is None
    True
    """
    if also:
        more = search(_ALSO, sen.text, m.end(), sen.end)
        if more is None or more.group("prep").lower() not in m.group(0).lower().split():
            return None
        return more.end(), sen.window_end(more.end())
    last = _LAST_WORD.search(m.group(0))
    if last is None or last.group(1).lower() not in _REPEATED:
        return None
    but = search(_BUT[last.group(1).lower()], sen.text, m.end(), sen.end)
    if but is None:
        return None
    return but.end(), sen.window_end(but.end())


def unlocated(text: str, found: Sequence[SentenceMention]) -> list[SentenceMention]:
    """``found`` without a municipality or place that locates the party before it.

    Examples
    --------
    >>> text = "via het Bureau in Middelburg"
    >>> bureau = SentenceMention("o/bureau", "organisation", 8, 14, "Bureau", 0)
    >>> town = SentenceMention("m/middelburg", "municipality", 18, 28, "Middelburg", 0)
    >>> [p.entity for p in unlocated(text, [bureau, town])]
    ['o/bureau']
    """
    out: list[SentenceMention] = []
    for p in found:
        if (
            out
            and p.kind in ("municipality", "place")
            and out[-1].kind in _HOUSED_KINDS
            and _LOCATED.fullmatch(text, out[-1].end, p.start)
        ):
            continue
        out.append(p)
    return out


def other_object(text: str, start: int, first: SentenceMention) -> bool:
    """Whether the cue ending at ``start`` has its own indefinite object before ``first``.

    Examples
    --------
    >>> text = "werkte met een team per dorp, A met wijkteams"
    >>> a = SentenceMention("m/a", "municipality", 30, 31, "A", 0)
    >>> other_object(text, 10, a)
    True
    >>> text = "werkt met een aantal partners, zoals A"
    >>> other_object(text, 9, SentenceMention("m/a", "municipality", 37, 38, "A", 0))
    False
    """
    between = text[start : first.start]
    return bool(_INDEFINITE.match(between)) and not _EXAMPLES.search(between)


def housed(
    text: str, m: re.Match[str], kind: str, subject: str, parties: Sequence[SentenceMention]
) -> bool:
    """Whether the named body or organisation ``subject`` is housed in the cue's object:
    a member of it ("Veilig Thuis is ondergebracht bij de GGD").

    Examples
    --------
    >>> vt = SentenceMention("o/vt", "organisation", 0, 2, "VT", 0)
    >>> m = re.search("ondergebracht bij", "VT is ondergebracht bij G")
    >>> housed("", m, "executes-for", "o/vt", [vt]), housed("", m, "executes-for", "m/a", [vt])
    (True, False)
    """
    if kind != "executes-for" or not _HOUSED.search(m.group(0)):
        return False
    return any(p.entity == subject and p.kind in _HOUSED_KINDS for p in parties)


def founded(text: str, start: int, p: SentenceMention) -> bool:
    """Whether the party is what the clause from ``start`` says was founded ("de G
    opgericht", "richtte … de G op").

    Examples
    --------
    >>> text = "Zij heeft met A de G opgericht."
    >>> founded(text, 0, SentenceMention("b/g", "body", 19, 20, "G", 0))
    True
    """
    if _FOUNDED.match(text, p.end):
        return True
    return bool(_PARTICLE_END.match(text, p.end)) and bool(
        search(_FOUNDED_PAST, text, start, p.start)
    )


def team_under(text: str, cs: int, pos: int) -> bool:
    """Whether the clause from ``cs`` to a membership cue at ``pos`` has the municipality's
    team or desk as its subject: "Het sociaal team valt onder X" (X runs it).

    Examples
    --------
    >>> text = "Het sociaal team valt onder X."
    >>> team_under(text, 0, text.index("valt")), team_under("De gemeente valt onder X", 0, 12)
    (True, False)
    """
    return bool(_TEAM_SUBJECT.fullmatch(text, cs, pos))


#: A contract that is a purchasing instrument: a framework agreement (raamovereenkomst,
#: Aanbestedingswet 2012 art. 2.140) or a purchasing contract; its party is bought from.
_PURCHASE_CONTRACT = re.compile(r"\b(?:raam|inkoop)(?:contract|overeenkomst)", re.IGNORECASE)


def bought_by_contract(cue: str) -> bool:
    """Whether a cue of cooperation names a purchasing contract ("raamcontracten met X").

    Examples
    --------
    >>> bought_by_contract("raamovereenkomst met"), bought_by_contract("convenant met")
    (True, False)
    """
    return _PURCHASE_CONTRACT.search(cue) is not None


def reading(
    text: str,
    cs: int,
    m: re.Match[str],
    way: tuple[str, str],
    subject: str,
    parties: Sequence[SentenceMention],
) -> tuple[str, str] | None:
    """The relation type and direction a cue match gives, or None for none.

    A body or organisation housed in a group is a member of it (:func:`housed`); the
    municipality's team under a party is run by that party (:func:`team_under`); a
    task that "loopt via X" is done by X unless the clause is about buying or money.

    Examples
    --------
    >>> text = "De inkoop loopt via R."
    >>> m = _VIA.search(text)
    >>> reading(text, 0, m, ("executes-for", "reverse"), "m/own", []) is None
    True
    >>> text = "De gemeente heeft raamcontracten met X."
    >>> m = re.search("raamcontracten met", text)
    >>> reading(text, 0, m, ("cooperates-with", "forward"), "m/own", [])
    ('purchases-via', 'forward')
    """
    kind, direction = way
    if kind == "cooperates-with" and bought_by_contract(m.group(0)):
        return "purchases-via", direction  # "raamcontracten met X": buying from X
    if housed(text, m, kind, subject, parties):
        return "member-of", "forward"
    if kind == "member-of" and team_under(text, cs, m.start()):  # "Het team valt onder X"
        return "executes-for", "reverse"
    if (
        kind == "executes-for"
        and _VIA.match(m.group(0))
        and _PAID_OR_BOUGHT.search(text, cs, m.start())
    ):
        return None
    return way


#: The next item of a list that opens with an article (", het onderwijs en X").
_NEXT_ITEM = re.compile(r",\s+(?=(?:de|het)\s)", re.IGNORECASE)
#: What may stand before an actor group or service named as a list item.
_ITEM_LEAD = re.compile(r"\s*(?:(?:de|het|onze|haar|zijn|hun)\s+)?(?:\w+\s+)?", re.IGNORECASE)


def past_groups(sen: _Sentence, start: int, end: int) -> int:
    """The end of a cue's window past the actor groups listed before a named party.

    A window ends at ", de" / ", het", which may open a new clause; but when all that
    stands before it is one actor group or service the text names ("werkt samen met de
    huisartsen, het onderwijs en welzijnsorganisatie X"), the comma goes on with the
    list, and the window is that of the next item.

    Examples
    --------
    >>> class S:
    ...     text = "met de huisartsen, het onderwijs en Kwadrant, de gemeente is blij"
    ...     end, covered = len(text), [(7, 17), (23, 32)]
    ...     def window_end(self, pos):
    ...         found = _NEXT_ITEM.search(self.text, pos)
    ...         return found.start() if found else self.end
    >>> s = S()
    >>> s.text[4:past_groups(s, 4, s.window_end(4))]
    'de huisartsen, het onderwijs en Kwadrant'
    """
    text, limit = sen.text, end
    while _NEXT_ITEM.match(text, limit):
        lead = _ITEM_LEAD.match(text, start, limit)
        item = lead.end() if lead else start
        if not any(a == item and b == limit for a, b in sen.covered):
            return limit
        start = _NEXT_ITEM.match(text, limit).end()  # type: ignore[union-attr]
        limit = sen.window_end(start)
    return limit


_STAFF_OF = re.compile(
    r"\s*(?:een\s+|de\s+|het\s+)?(?:\w+\s+)?(?:medewerker|consulent|collega|vertegenwoordiger"
    r"|generalisten|specialisten|generalist|specialist|professional"
    r"|\w*team|bestuur|[\w-]*loket|[\w-]*samenwerking|[\w-]*aanbesteding|[\w-]*inkoop)s?"
    r"\s+van\s+(?:de\s+|het\s+)?",
    re.IGNORECASE,
)
#: An actor group the text names, then "van" ("de wijkverpleegkundigen van X").
_GROUP_LEAD = re.compile(r"\s*(?:(?:een|de|het)\s+)?(?:\w+\s+)?", re.IGNORECASE)
_OF = re.compile(r"\s+van\s+(?:de\s+|het\s+)?", re.IGNORECASE)
#: Staff of the municipality, then the party's ("gevormd door consulenten van de gemeente en
#: medewerkers van X": the cue's own "van" opened the list).
_COUNCIL_STAFF = re.compile(
    r"\s*(?:de\s+)?gemeente\s*(?:,|\s+en)\s+(?:(?:de|het)\s+)?(?:\w+\s+)?"
    r"(?:medewerker|consulent|professional|werker|generalist(?:en)?)s?\s+van\s+(?:de\s+|het\s+)?"
    # "medewerkers van de gemeente, X en Y": the list of employers goes on without "van"
    r"|\s*(?:\w+\s+)?(?:medewerker|consulent|professional|werker|generalist(?:en)?)s?\s+van\s+"
    r"(?:de\s+)?gemeente\s*(?:,|\s+en)\s+(?:(?:de|het)\s+)?"
    # "(medewerkers van) de gemeente, van (de welzijnsorganisatie) X en van Y": a coordinated
    # list may repeat its preposition before each member, a type noun before a name
    r"|\s*(?:de\s+)?gemeente\s*(?:,\s*(?:en\s+)?|\s+en\s+)van\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
#: A later item of a list of staff ("consulenten van de gemeente, maatschappelijk werkers van
#: X"; "medewerkers van A, van B en van de stichting X"): the group or "van" after a comma or
#: "en".
_NEXT_STAFF = re.compile(r"(?:,|\s+en)\s+(?:(?:een|de|het)\s+)?$", re.IGNORECASE)
_STAFF_LIST = re.compile(
    r"\s*(?:(?:de|het)\s+)?(?:\w+\s+)?(?:medewerker|consulent|professional|werker)s?\s+van\s+"
    r"[^;:.()]*(?:,|\s+en)\s+(?:(?:(?:de|het)\s+)?(?:\w+\s+)?"
    r"(?:medewerker|consulent|professional|werker)s?\s+)?van\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
#: Groups a party serves or houses, not its staff ("de cliënten van X", "de inwoners van A").
_SERVED = re.compile(
    r"(?:cliënt|klant|inwoner|bewoner|burger|mantelzorger|ouder|kind|jongere|jeugdige|gezin"
    r"|leerling|deelnemer|huurder|patiënt|gerechtigde|zoekende|gebruiker|aanvrager)"
    # the noun or its plural, not a compound it opens ("cliëntondersteuner": staff)
    r"(?:s|n|en|eren|nen)?$",
    re.IGNORECASE,
)


def staff_of(sen: _Sentence, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names staff, a team or a unit of the party at ``end``: "samen
    met een medewerker van X", "de wijkverpleegkundigen van X" (an actor group the text
    names, not the clients or inhabitants it serves), so that X is the partner.

    Examples
    --------
    >>> class S:
    ...     text = "met de wijkverpleegkundigen van Zorggroep Noord"
    ...     covered = [(7, 27)]
    >>> staff_of(S(), 3, 32), staff_of(S(), 3, 27)
    (True, False)
    """
    if _STAFF_OF.fullmatch(sen.text, start, end) or _STAFF_LIST.fullmatch(sen.text, start, end):
        return True
    if _COUNCIL_STAFF.fullmatch(sen.text, start, end):
        return True
    return any(
        start <= a < b < end
        and (_GROUP_LEAD.fullmatch(sen.text, start, a) or _NEXT_STAFF.search(sen.text, start, a))
        and not _SERVED.search(sen.text, a, b)
        and _OF.fullmatch(sen.text, b, end)
        for a, b in sen.covered
    )


#: A plural noun opening the clause, then its examples: "Aanbieders als A en B voeren …".
_EXAMPLES_LEAD = re.compile(
    r"\s*(?!(?:voor|met|van|in|bij|aan|via|door|naar|op|onder|over|tot|binnen|tussen|dan)\b)"
    r"(?:\w+\s+){0,2}\w+(?:en|s)\s+(?:als|zoals)\s+(?:de\s+|het\s+)?",
    re.IGNORECASE,
)


def examples_lead(before: str) -> bool:
    """Whether the clause before a party is a plural noun introducing it as an example
    ("Gecertificeerde instellingen als A en B voeren … uit"): A is the subject, not the
    object of a preposition "als".

    Examples
    --------
    >>> examples_lead("Zorgaanbieders als "), examples_lead("Voor gemeenten als ")
    (True, False)
    >>> examples_lead("Net als ")
    False
    """
    return _EXAMPLES_LEAD.fullmatch(before) is not None


#: A short form in parentheses right before ("de Regionale Uitvoeringsdienst (RUD)").
_SHORT_BEFORE = re.compile(r"\(\s*[A-Z][\w-]{0,9}\s*$")


def window_end(text: str, pos: int, end: int, stops: re.Pattern[str]) -> int:
    """Where a cue's window of objects from ``pos`` ends: at the first of ``stops``, but not
    at the closing parenthesis of a short form given after a name, so that a list goes on
    ("neemt deel aan de Regionale Uitvoeringsdienst (RUD) en aan de Veiligheidsregio X").

    Examples
    --------
    >>> stops = re.compile(r"[;:)]")
    >>> text = "aan de Dienst (RUD) en aan de Regio X; verder"
    >>> text[:window_end(text, 0, len(text), stops)]
    'aan de Dienst (RUD) en aan de Regio X'
    >>> text = "aan de Dienst (zie boven) en X"
    >>> text[:window_end(text, 0, len(text), stops)]
    'aan de Dienst (zie boven'
    """
    m = stops.search(text, pos, end)
    while m is not None and m.group() == ")" and _SHORT_BEFORE.search(text, pos, m.start()):
        m = stops.search(text, m.end(), end)
    return m.start() if m else end
