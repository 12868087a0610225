"""Definite descriptions that name an entity the situation or the text fixes.

A profile describes one municipality, so a bare definite noun for an administrative
unit above it points at the unit it lies in: "de provincie rekent op een verdere
daling", "anders dan elders in de provincie" is the municipality's own province (the
reference data give it). Not "de provincie Gelderland" (a name follows: the lexicon
reads it) and not the noun without an article ("naar provincie en grootteklasse").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.document import Document
from kg.extract.apposednames import apposed_descriptions
from kg.extract.mentions import Mention
from kg.extract.model import Entity, SentenceMention
from kg.extract.pointback import point_back
from kg.extract.sayingverbs import said_after
from kg.extract.sentencecache import occurrences
from kg.extract.wordtokens import lowered
from kg.namespaces import ID, slugify
from kg.reference import default_reference

__all__ = [
    "bare_heads",
    "bare_teams",
    "council_parts",
    "named_back",
    "read_back",
    "own_province",
    "province_template",
]

#: Kinds of a named entity whose type word a bare role noun may repeat.
_NAMED = frozenset({"body", "organisation"})

#: "de provincie" with no name after it (a capital opens the name: "de provincie Utrecht").
_PROVINCE = re.compile(r"(?<!\w)(?:de|die|deze)\s+(provincie)(?![\w-])(?!\s+(?-i:[A-Z]))", re.I)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Municipality IRI → the name of its (last) province, from the reference data."""
    reference = default_reference()
    return {f"{ID}municipality/{slugify(m.name)}": m.province for m in reference.municipalities}


def province_template(lexicon, municipality: Entity) -> Mention | None:  # noqa: ANN001
    """The municipality's province as a template mention, or None when the reference data
    or the lexicon do not know it.

    Examples
    --------
    >>> from kg.extract import Lexicon
    >>> from kg.ontology import LexiconEntry
    >>> lexicon = Lexicon([LexiconEntry("provincie Zeeland", "urn:x:zeeland", "place", "altLabel")])
    >>> town = Entity(ID + "municipality/vlissingen", "municipality", "Vlissingen")
    >>> province_template(lexicon, town).entity
    'urn:x:zeeland'
    >>> province_template(lexicon, Entity("urn:x:elders", "municipality", "Elders")) is None
    True
    """
    province = _provinces().get(municipality.iri)
    if province is None:
        return None
    entity = lexicon.resolve(f"provincie {province}", "place") or lexicon.resolve(province, "place")
    return None if entity is None else Mention(entity.iri, "place", 0, 0, "")


def own_province(
    text: str, start: int, end: int, found: list[Mention], province: Mention
) -> list[Mention]:
    """The bare "de provincie" of ``text[start:end]`` as mentions of ``province``.

    Examples
    --------
    >>> zeeland = Mention("place/zeeland", "place", 0, 0, "")
    >>> text = "anders dan elders in de provincie. De provincie Zeeland zwijgt."
    >>> [(m.text, m.start) for m in own_province(text, 0, len(text), [], zeeland)]
    [('provincie', 24)]
    """
    out: list[Mention] = []
    for match in _PROVINCE.finditer(text, start, end):
        s, e = match.span(1)
        if not any(m.start < e and s < m.end for m in found):
            out.append(Mention(province.entity, province.kind, s, e, match.group(1)))
    return out


def named_back(mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` (in text order) with a bare role noun that opens the name of a body or
    organisation named before it in the same sentence read as that body: "Uit de monitor van de GGD
    Brabant-Zuidoost blijkt …, wat volgens de GGD …" (the same GGD, not GGDs in general).

    Examples
    --------
    >>> from dataclasses import replace
    >>> body = SentenceMention("body/ggd-x", "body", 12, 22, "GGD Twente", 3)
    >>> role = SentenceMention("role/ggd", "role", 40, 43, "GGD", 3)
    >>> [m.entity for m in named_back([body, role])]
    ['body/ggd-x', 'body/ggd-x']
    >>> [m.entity for m in named_back([body, replace(role, sentence=4)])]
    ['body/ggd-x', 'role/ggd']
    """
    out = mentions
    for k, n in enumerate(mentions):
        if n.kind not in _NAMED or " " not in n.text or n.sentence is None:
            continue
        head = n.text.split(" ", 1)[0].lower()
        j = k + 1
        while j < len(mentions) and mentions[j].sentence == n.sentence:
            m = mentions[j]
            if m.kind == "role" and m.start >= n.end and m.text.lower() == head:
                if out is mentions:
                    out = list(mentions)  # copy on the first change
                out[j] = replace(m, entity=n.entity, kind=n.kind)
            j += 1
    return out


#: "voorzitter", "leden" as a word, with no "van X" after them (then X is named: the group),
#: tried where the word begins; the determiner before it is :data:`_PART_DETERMINER`.
_PARTS = re.compile(r"(?:voorzitter|leden)(?![\w-])(?!\s+van\b)")
_PART_DETERMINER = re.compile(r"(?<!\w)(?:de|het|haar|hun)\s+$")
#: How many sentences back the council a part belongs to may have been named.
_PARTS_BACK = 2


def _council(m: SentenceMention) -> bool:
    """Whether a role mention names an advisory or client council ("Wmo-raad", "adviesraad",
    "cliëntenraad", "dorpsraden"), not the municipal council ("de raad", "gemeenteraad")."""
    words = m.text.lower().split()
    return (
        m.kind == "role"
        and any(w.endswith(("raad", "raden")) and len(w) > 6 for w in words)
        and "gemeenteraad" not in words
    )


def _merged(mentions: list[SentenceMention], added: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with ``added`` in place of any mention of the same span, in text order;
    ``mentions`` itself when nothing was added."""
    if not added:
        return mentions
    replaced = {(a.start, a.end) for a in added}
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.entity))


def _determined(
    low: str, words: tuple[str, ...], head: re.Pattern[str], determiner: re.Pattern[str], reach: int
) -> list[tuple[int, int]]:
    """The spans of ``head`` in the lower-cased text ``low``, tried where one of ``words``
    begins, that have ``determiner`` in the ``reach`` characters before them ("de voorzitter",
    "haar directeur")."""
    return [
        (pos, match.end())
        for word in words
        for pos in occurrences(low, word)
        if (match := head.match(low, pos)) is not None
        and determiner.search(low, max(0, pos - reach), pos)
    ]


def council_parts(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with a bare "de voorzitter" or "de leden" read as the council named last
    in that sentence or the two before: the chair and the members of a council speak as the
    council (gold guideline), "De Wmo-raad herkent dat. Volgens de voorzitter …".

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "De Wmo-raad herkent dat. Volgens de voorzitter komen adviezen te laat."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("Wmo-raad")
    >>> council = SentenceMention("role/wmo-council", "role", s, s + 8, "Wmo-raad", 0)
    >>> [(m.text, m.entity) for m in council_parts(doc, [council])][1:]
    [('voorzitter', 'role/wmo-council')]
    """
    text = doc.text
    low = lowered(text)
    if low is None:
        return mentions
    spans = _determined(low, ("voorzitter", "leden"), _PARTS, _PART_DETERMINER, 6)
    if not spans:
        return mentions
    councils = [m for m in mentions if m.sentence is not None and _council(m)]
    added: list[SentenceMention] = []
    for s, e in sorted(spans):
        before = [c for c in councils if c.end <= s]
        taken = [m for m in mentions if m.start < e and s < m.end]
        if not before or any(m.kind != "role" or _council(m) for m in taken):
            continue
        council = before[-1]
        sentence = doc.sentence_at(s)
        if council.sentence is None or sentence is None:
            continue
        if sentence.index - council.sentence > _PARTS_BACK:
            continue
        added.append(SentenceMention(council.entity, council.kind, s, e, text[s:e], sentence.index))
    return _merged(mentions, added)


#: A bare plural "teams" ("de teams", "zes teams") or "teamleden" (the staff of a team are the
#: team, gold guideline), or the singular right after the definite article ("het team": the
#: team just named). Other singulars are left alone: "het hele team", "elk team" are as often
#: a team of some other kind or any one of them.
_TEAMS = re.compile(r"[Tt]eam(?:s|leden)?(?![\w-])(?!\s+[A-Z])")
_THE_TEAM = re.compile(r"(?<!\w)het\s+$", re.I)


def _team(m: SentenceMention) -> bool:
    """Whether a role mention names a kind of team ("wijkteams", "sociaal team") or a team by
    its name ("Team Samenleving", :mod:`kg.extract.namedteams`)."""
    if m.kind != "role":
        return False
    return m.text.lower().endswith(("team", "teams")) and len(m.text) > 5 or m.text[:5] == "Team "


def bare_teams(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with a bare "teams" or "teamleden" read as the kind of team named last before
    it: a definite description that points back to a named role group is a mention of the
    group meant (gold guideline: "de teams"), "Het college koos voor zes wijkteams. … De
    teams worden door huisartsen als laagdrempelig ervaren."

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Er zijn zes wijkteams. De teams werken goed. Elk team telt tien leden."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("wijkteams")
    >>> named = SentenceMention("role/social-team", "role", s, s + 9, "wijkteams", 0)
    >>> [(m.text, m.entity) for m in bare_teams(doc, [named])][1:]
    [('teams', 'role/social-team')]
    >>> body = "Er zijn zes wijkteams. Het team in Oost werkt goed. Het hele team ook."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("wijkteams")
    >>> named = SentenceMention("role/social-team", "role", s, s + 9, "wijkteams", 0)
    >>> [(m.text, m.entity) for m in bare_teams(doc, [named])][1:]
    [('team', 'role/social-team')]
    """
    text = doc.text
    low = lowered(text)
    if low is None:
        return mentions
    spans = [
        (pos, match.end())
        for pos in occurrences(low, "team")
        if (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "-"))
        and (match := _TEAMS.match(text, pos)) is not None
        and (match.end() - pos > 4 or _THE_TEAM.search(text, max(0, pos - 5), pos))
    ]
    if not spans:
        return mentions
    teams = [m for m in mentions if m.sentence is not None and _team(m)]
    added: list[SentenceMention] = []
    for s, e in spans:
        before = [c for c in teams if c.end <= s]
        taken = [m for m in mentions if m.start < e and s < m.end]
        if not before or any(m.kind != "role" or _team(m) for m in taken):
            continue
        sentence = doc.sentence_at(s)
        if sentence is None:
            continue
        added.append(SentenceMention(before[-1].entity, "role", s, e, text[s:e], sentence.index))
    return _merged(mentions, added)


#: A bare "regio": after a definite article or demonstrative (and "hele"), no name after it
#: ("de regio Amsterdam-Amstelland" is named), not a compound or a plural.
#: "de regiogemeenten", the municipalities of the region, stand for it as "de regio" does.
_REGION = re.compile(r"regio(?:gemeenten)?(?![\w'’-])(?!\s+[A-Z])")
_REGION_DETERMINER = re.compile(r"(?<!\w)(?:de|die|deze)\s+(?:hele\s+)?$", re.I)


def _area(m: SentenceMention) -> bool:
    """Whether a mention names a region by its own name ("Achterhoek", "Zuidoost-Brabant"), not
    by an adjective ("Zaanse gemeenten": a group of municipalities) nor as a region of a kind
    ("arbeidsmarktregio X", "regio X": its own definite descriptions point back to it)."""
    text = m.text
    return (
        m.kind == "region"
        and m.sentence is not None
        and text[:1].isupper()
        and not text.endswith("se")
        and "regio" not in text.lower()
    )


#: A demonstrative before "regio" ("die regio", "deze regio"): the region just named.
_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:die|deze)\s+(?:hele\s+)?$")
#: How far back (characters) the region a demonstrative takes up may be named.
_DEMONSTRATIVE_REACH = 300


def _last_region(mentions: list[SentenceMention], pos: int) -> SentenceMention | None:
    """The region, or the body named "regio …", named last within reach before ``pos``."""
    near = [
        m
        for m in mentions
        if m.sentence is not None
        and pos - _DEMONSTRATIVE_REACH <= m.start
        and m.end <= pos
        and (m.kind == "region" or (m.kind == "body" and "regio" in m.text.lower()))
        and not m.text.endswith("se")
    ]
    return max(near, key=lambda m: m.start) if near else None


def home_region(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with a bare "de regio" read as the region the profile named first before
    it: in a municipality's profile "de regio" is the region the municipality lies in, which
    the profile names when it places the municipality ("… voor de hele Achterhoek een rol
    …"); no region named before it, no mention (gold guideline on "de regio").

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "In de regio is het rustig. Het is de stad van Twente. In de regio groeit het."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("Twente")
    >>> named = SentenceMention("region/twente", "region", s, s + 6, "Twente", 1)
    >>> [(m.text, m.entity, m.start > s) for m in home_region(doc, [named])][1:]
    [('regio', 'region/twente', True)]
    """
    text = doc.text
    low = lowered(text)
    if low is None:
        return mentions
    spans = [
        (pos, bare.end())
        for pos in occurrences(low, "regio")
        if (bare := _REGION.match(text, pos))
        and _REGION_DETERMINER.search(low, max(0, pos - 12), pos)
    ]
    first = next((m for m in mentions if _area(m)), None)
    if not spans or first is None:
        return mentions
    labour = [m for m in mentions if m.sentence is not None and _LABOUR in m.entity]
    added = []
    for s, e in spans:
        if _DEMONSTRATIVE.search(low, max(0, s - 12), s) and (last := _last_region(mentions, s)):
            first_or_last = last  # "die regio": the region just named ("arbeidsmarktregio X")
        else:
            first_or_last = _work_region(doc, low, labour, s) or first
        if first_or_last.end <= s and not any(
            m.start < e and s < m.end and m.kind != "problem" for m in mentions
        ):
            sentence = doc.sentence_at(s)
            if sentence is not None:
                added.append(
                    SentenceMention(
                        first_or_last.entity, first_or_last.kind, s, e, text[s:e], sentence.index
                    )
                )
    return _merged(mentions, added)


#: How the IRI of a labour-market region reads ("region/arbeidsmarktregio-twente").
_LABOUR = "/region/arbeidsmarktregio-"
#: The employers and their vacancies, whom municipalities and the UWV serve per labour-market
#: region (Wet SUWI art. 10; the words of kg/data/work-income-words.txt for them).
_EMPLOYERS = re.compile(r"\bwerkgever|\bvacature")


def _work_region(
    doc: Document, low: str, labour: list[SentenceMention], pos: int
) -> SentenceMention | None:
    """The labour-market region named first before ``pos`` where the sentence holding the
    "de regio" at ``pos`` speaks of employers or vacancies ("Werkgevers in de regio zoeken
    mensen", "het werkgeversservicepunt van de regio"): the region in which municipalities
    and the UWV serve employers is the labour-market region (Wet SUWI art. 10), not the area
    the profile places the municipality in. ``low`` is the document's lower case (it has
    the text's offsets).

    Examples
    --------
    >>> _EMPLOYERS.search("Werkgevers in de regio zoeken mensen.".lower()) is not None
    True
    >>> _EMPLOYERS.search("de werkgelegenheid in de regio") is None
    True
    """
    named = next((m for m in labour if m.end <= pos), None)
    sentence = doc.sentence_at(pos) if named is not None else None
    if sentence is None:
        return None
    piece = low[sentence.start : sentence.end]  # shared, not lower-cased again
    at = pos - sentence.start  # the clause up to a colon or semicolon either side
    start = max(piece.rfind(":", 0, at), piece.rfind(";", 0, at)) + 1
    ends = [e for e in (piece.find(":", at), piece.find(";", at)) if e >= 0]
    return named if _EMPLOYERS.search(piece, start, min(ends, default=len(piece))) else None


#: The head of an organisation on its own ("de directeur", "de woordvoerder"): a function
#: that speaks as the organisation it heads (gold guideline on staff of a named
#: organisation), with no "van X" after it (then X is named: :func:`drop_type_nouns` of
#: :mod:`kg.extract.mentionrules` reads it), tried where the word begins.
_HEADS = re.compile(
    r"(?:directeur|directrice|directie|woordvoerder|woordvoerster)(?![\w-])(?!\s+van\b)"
)
#: How many sentences back the organisation a head belongs to may have been named.
_HEADS_BACK = 2
_HEAD_DETERMINER = re.compile(r"(?<!\w)(?:de|het|haar|hun|die|diens)\s+$", re.I)
#: A source named before the head: "volgens de directeur", "aldus de woordvoerder".
_SOURCE_BEFORE = re.compile(r"\b(?:volgens|aldus)\s+(?:de|het|haar|hun|diens)\s+$", re.I)


def bare_heads(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with a bare "de directeur" or "de woordvoerder" read as an actor group
    (a speaker) read as the body or organisation named last before it in its paragraph, at
    most two sentences back: "Woonstichting X moest 200 statushouders huisvesten. De
    directeur waarschuwt dat …" (X's director speaks as X).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Stichting Noord groeit. De directeur waarschuwt voor tekorten."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("Stichting")
    >>> at = doc.sentence_at(s).index
    >>> org = SentenceMention("org/noord", "organisation", s, s + 15, "Stichting Noord", at)
    >>> d = doc.text.index("directeur")
    >>> head = SentenceMention("role/directeur", "role", d, d + 9, "directeur", at + 1)
    >>> [(m.text, m.entity) for m in bare_heads(doc, [org, head])][1:]
    [('directeur', 'org/noord')]
    """
    text = doc.text
    low = lowered(text)
    if low is None:
        return mentions
    spans = _determined(
        low, ("directeur", "directrice", "directie", "woordvoer"), _HEADS, _HEAD_DETERMINER, 7
    )
    if not spans:
        return mentions
    named = [m for m in mentions if m.kind in _NAMED and m.sentence is not None]
    paragraph_of: dict[int | None, tuple] = {
        s.index: (s.section, s.paragraph) for s in doc.sentences
    }
    added: list[SentenceMention] = []
    for s, e in sorted(spans):
        sentence = doc.sentence_at(s)
        taken = [m for m in mentions if m.start < e and s < m.end]
        if sentence is None or any(m.kind != "role" for m in taken):
            continue
        speaks = said_after(text, e) or _SOURCE_BEFORE.search(text, max(0, s - 20), s)
        if not taken and not speaks:
            continue  # a head read as an actor group, or speaking ("De directeur zegt …")
        here = (sentence.section, sentence.paragraph)
        before = [m for m in named if m.end <= s and paragraph_of.get(m.sentence) == here]
        if before and sentence.index - (before[-1].sentence or 0) <= _HEADS_BACK:
            head = before[-1]
            added.append(SentenceMention(head.entity, head.kind, s, e, text[s:e], sentence.index))
    return _merged(mentions, added)


def read_back(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with the definite descriptions that point back to a name read as it
    (:func:`named_back`, :func:`council_parts`, :func:`bare_teams`, :func:`bare_heads`, and
    the descriptions in apposition of :mod:`kg.extract.apposednames`), once every name is
    known."""
    named = point_back(doc, named_back(mentions))
    named = home_region(doc, bare_heads(doc, bare_teams(doc, council_parts(doc, named))))
    return apposed_descriptions(doc, named)  # "X, de welzijnsorganisatie van Y, …"
