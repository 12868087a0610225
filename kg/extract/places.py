"""Open-world places: villages, towns, districts and neighbourhoods the text names.

A municipality is made of places no reference list of municipalities holds
("de kernen Goor, Delden en Markelo", "Huisartsen in Zaandam"). A capitalised
name is taken as a place when Dutch usage marks it as one
(``kg/data/place-cues.toml``, with its sources):

- a locative preposition comes right before it ("in Goor", "te Delden", "uit
  Bentelo", "vanuit Goor", "tussen Goor en Markelo"), or a phrase for its
  residents or one of its parts ("inwoners van Bentelo", "in het centrum van Goor");
- a settlement noun stands right before it in close apposition ("de kern
  Markelo", "de kerkdorpen Bentelo en Hengevelde", "de wijk Poelenburg"), also
  with a list opener ("elf kernen, waaronder Goor");
- "en omgeving" follows it ("Sneek en omgeving"), or a predicate naming a
  settlement type ("X is (met 20.000 inwoners) de grootste kern");
- it is one of the former municipalities of a merger ("een fusie van A, B en
  C", "de voormalige gemeente X"), or the area a team is named after ("het
  gebiedsteam X");
- it is a member of a coordinated list ("A, B en C") with a place so licensed,
  or with a municipality or place already recognised ("Goor, Delden en Almelo").

A name is one capitalised word, or a few joined by hyphens, spaces or a short
connector ("Nieuw-Vennep", "Oud Gastel", "Ouderkerk aan de Amstel"). Not minted:
acronyms and brand-like words with an inner capital, sentence-initial function
words, the first part of a hyphenated compound ("Goor-Noord" is one name, but
"Wmo-raad" none), and anything a known mention already covers (municipalities,
regions, bodies, organisations, laws, roles).

Once minted, every occurrence of the name in the document is a mention, and so
is its adjective by the general Dutch rules (:func:`kg.extract.municipalities.
adjectives`: "Zaandamse wijken"). The IRI is ``place/<slug of the name>``, the
same in every document.

A municipality's name right after a settlement noun ("de kern Meppel", "het dorp
Bergen", "de stad Almelo") names the town, not the municipality: the noun says
which of the two is meant (:func:`main_towns`); that occurrence is a place.
A known province, region or country with a compass word joined to it by a
hyphen ("Oost-Twente", "Noordwest-Fryslân", "Limburg-Noord") is another area, a part of it
(:func:`compass_areas`): a region named by the whole compound, not the area inside.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Literal

from kg.datafiles import word_list
from kg.document import Document
from kg.extract.aliases import with_aliases
from kg.extract.definites import read_back
from kg.extract.languagenames import names_language
from kg.extract.mentions import Matcher
from kg.extract.model import Entity, SentenceMention
from kg.extract.municipalities import adjectives
from kg.extract.nametails import name_tails
from kg.extract.nounforms import _is_known
from kg.extract.organisationcues import load_cues
from kg.extract.placecues import PlaceCues, load_place_cues
from kg.extract.provinceplaces import provinces_meant
from kg.namespaces import ID, slugify
from kg.ontology import LexiconEntry
from kg.reference import default_reference

__all__ = ["PlaceCues", "find_places", "load_place_cues", "with_places"]

_UPPER = "A-ZÀ-ÖØ-Þ"
#: The greetings that open a letter or an e-mail before the name of the one addressed.
_SALUTATIONS = word_list("salutations.txt")
#: "IJssel": the digraph ij is capitalised whole; an apostrophe stands only between letters,
#: so the closing quotation mark of "‘… een kind uit Groningen’, zegt …" is no part of a name
_PART = rf"(?:IJ|[{_UPPER}])[a-zà-öø-ÿ]+(?:['’][a-zà-öø-ÿ]+)*"
_WORD = rf"{_PART}(?:-{_PART})*"
#: A place name may open with the old genitive article ("'s-Heerenhoek", "’s-Gravenpolder").
_GENITIVE = ("'s-", "’s-")
_NAME = re.compile(
    rf"(?<![\w-])(?:['’]s-)?{_WORD}(?:\s(?:(?:aan|op|bij|onder|over|ter|den|de)\s){{0,2}}{_WORD})?(?![\w-])"
)
#: The capital every :data:`_NAME` begins with ("I" of "IJ" too): a name is tried only there.
_CAPITAL = re.compile(rf"[{_UPPER}]")
#: Between two names of one list; "tot" closes a range of examples ("van A tot B").
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:en|of|tot)\s+")
#: The same between two names that both take the article ("de Kersenboogerd en de Grote
#: Waal"): a name with the article is listed only with another that has one, so "Goor en de
#: Raad" stays no list.
_ARTICLE_GAP = re.compile(r"(?:\s*,\s*|\s*,?\s+(?:en|of|tot)\s+)(?:de|het)\s+")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:de|het)\s+$", re.IGNORECASE)
_KNOWN_KINDS = frozenset({"municipality", "region", "body", "organisation", "place", "law", "role"})
_ANCHOR_KINDS = frozenset({"municipality", "place"})
#: Kinds whose name an area may close ("MEE Limburg", "Humanitas Teststad").
_NAMED_KINDS = frozenset({"body", "organisation"})


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    name: str
    licensed: bool


def _candidates(
    text: str, start: int, end: int, known: list[SentenceMention], cues: PlaceCues
) -> list[_Candidate]:
    """Capitalised names in a sentence that no known mention touches, licensed or not."""
    stopwords = load_cues().stopwords
    out = []
    pos = start
    while (m := _next_name(text, pos, end)) is not None:
        s, e = m.span()
        first = text[s:e].split()[0]
        if first.lower() in _SALUTATIONS and text[e : e + 1] == ",":
            pos = e  # "Hoi Piet, …": a greeting and the one it addresses, no place
            continue
        if first.lower() in stopwords:  # "In Goor": the name starts after the function word
            pos = s + len(first)
            continue
        pos = e
        inside = [k for k in known if k.start < e and s < k.end]
        if inside or text[e : e + 1] == "'":
            head = max((k.end for k in inside if k.start <= s), default=e)
            if head < e and text[head : head + 1] == " ":
                pos = head  # "het Gebiedsteam Kromhout": the name after a known head
            continue
        before = text[start:s]
        licensed = bool(
            cues.preposition.search(before)
            or cues.settlement.search(before)
            or cues.following.match(text, e)
            or (cues.headed.search(text, s, e) and cues.toponym.search(before))
        )
        out.append(_Candidate(s, e, re.sub(r"\s+", " ", text[s:e]), licensed))
    return out


def _next_name(text: str, pos: int, end: int) -> re.Match | None:
    """``_NAME.search(text, pos, end)``, tried only at capitals (where every match begins).

    >>> _next_name("in de kern Markelo en Goor", 0, 26).group()
    'Markelo'
    >>> _next_name("uit 's-Heerenhoek", 0, 17).group()
    "'s-Heerenhoek"
    """
    while (capital := _CAPITAL.search(text, pos, end)) is not None:
        at = capital.start()
        if text[at - 3 : at] in _GENITIVE and at - 3 >= pos:
            at -= 3
        m = _NAME.match(text, at, end)
        if m is not None:
            return m
        pos = capital.start() + 1
    return None


def _listed(text: str, first: tuple[int, int], second: int) -> bool:
    """Whether the name at ``first`` and the one at ``second`` are two members of one list.

    >>> text = "zoals de Kersenboogerd en de Grote Waal, of Goor en de Raad"
    >>> _listed(text, (9, 22), 29), _listed(text, (44, 48), 55)
    (True, False)
    """
    if _LIST_GAP.fullmatch(text, first[1], second):
        return True
    return bool(
        _ARTICLE_GAP.fullmatch(text, first[1], second)
        and _ARTICLE_BEFORE.search(text, max(0, first[0] - 5), first[0])
    )


def _spread(text: str, cands: list[_Candidate], anchors: list[tuple[int, int]]) -> list[_Candidate]:
    """The candidates licensed directly or by a list with a licensed or known place."""
    spans = [(c.start, c.end, c.licensed or None) for c in cands]
    spans += [(s, e, True) for s, e in anchors]
    spans.sort()
    ok = [bool(x[2]) for x in spans]
    changed = True
    while changed:
        changed = False
        for i in range(len(spans) - 1):
            if ok[i] != ok[i + 1] and _listed(text, spans[i][:2], spans[i + 1][0]):
                ok[i] = ok[i + 1] = changed = True
    licensed = {(s, e) for (s, e, _), good in zip(spans, ok, strict=True) if good}
    return [c for c in cands if (c.start, c.end) in licensed]


def find_places(
    doc: Document, known: Iterable[SentenceMention], cues: PlaceCues | None = None
) -> list[tuple[int, int, str]]:
    """Return ``(start, end, name)`` of every place name the text introduces, in text order.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    known : iterable of SentenceMention
        Mentions of known entities: a name one of them touches is not minted;
        a known municipality or place anchors a list.
    cues : PlaceCues, optional
        The cue lists (default: :func:`load_place_cues`).
    """
    cues = cues or load_place_cues()
    by_sentence: dict[int | None, list[SentenceMention]] = {}
    for m in known:
        if m.kind in _KNOWN_KINDS:
            by_sentence.setdefault(m.sentence, []).append(m)
    found = []
    for sentence in doc.sentences:
        mine = by_sentence.get(sentence.index, [])
        cands = _candidates(doc.text, sentence.start, sentence.end, mine, cues)
        if not cands:
            continue
        named_ends = {m.end + 1 for m in mine if m.kind in _NAMED_KINDS}
        anchors = [  # not the area of a name ("MEE Limburg en X": X is no place)
            (m.start, m.end)
            for m in mine
            if m.kind in _ANCHOR_KINDS
            and not (m.start in named_ends and doc.text[m.start - 1] == " ")
        ]
        found += [(c.start, c.end, c.name) for c in _spread(doc.text, cands, anchors)]
    return found


#: A settlement noun right before a name: the name is the town ("de kern Meppel"), not the
#: municipality of the same name (the nouns of ``place-cues.toml`` that a municipality is not
#: made of: no "wijk" or "buurt").
_TOWN_NOUN = re.compile(
    r"(?<![\w-])(?:hoofd|woon|kerk)?(?:kern|kernen|dorp|dorpen|stad|stadje|plaats|woonplaats)"
    r"\s+$",
    re.IGNORECASE,
)
#: Or a plural one with a list of names up to this one ("de kernen Oirlo, Smakt en X").
_TOWN_LIST = re.compile(
    r"(?<![\w-])(?:woon|kerk)?(?:kernen|dorpen)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s*,\s*|\s*,?\s+en\s+))+$"
)


def _after_town_noun(text: str, start: int) -> bool:
    """Whether a settlement noun, or one and a list of names, stands right before ``start``."""
    if _TOWN_NOUN.search(text, max(0, start - 16), start):
        return True
    lo = max(0, start - 120)
    if text.find("kernen", lo, start) < 0 and text.find("dorpen", lo, start) < 0:
        return False  # most names: no plural settlement noun before them
    return _TOWN_LIST.search(text, lo, start) is not None


#: "de stad X" right before the name (the noun of a city, not of a village or a kern).
_CITY_NOUN = re.compile(r"(?<![\w-])stad\s+$", re.IGNORECASE)
#: The rest of the clause after the name, up to a sentence or clause end.
_CLAUSE_REST = re.compile(r"[^.;:?!]{0,120}")


def _city_as_municipality(text: str, start: int, end: int) -> bool:
    """Whether "de stad X" names the city as a centre municipality ("met de stad X als
    centrumgemeente", "waarvan de stad X centrumgemeente is"): then the municipality is
    meant (gold README, twenty-ninth session, decision 6), not the town among its kernen."""
    if not _CITY_NOUN.search(text, max(0, start - 8), start):
        return False
    rest = _CLAUSE_REST.match(text, end)
    return rest is not None and "centrumgemeente" in rest.group()


def main_towns(
    text: str, mentions: list[SentenceMention], own: str | None = None
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """The municipality mentions right after a settlement noun, read as the town's.

    "de stad X" names the main town among the kernen only of the profile's own
    municipality (``own``, its IRI); a city elsewhere ("werken in de stad Groningen") is
    that other municipality (gold README, twenty-ninth session, decision 6: the main town
    of a municipality among its kernen).

    Examples
    --------
    >>> text = "In de kern Meppel en in Meppel."
    >>> ms = [SentenceMention(ID + "municipality/meppel", "municipality", 11, 17, "Meppel", 0),
    ...       SentenceMention(ID + "municipality/meppel", "municipality", 24, 30, "Meppel", 0)]
    >>> out, made = main_towns(text, ms)
    >>> [m.entity[len(ID) :] for m in out], list(made) == [out[0].entity]
    (['place/meppel', 'municipality/meppel'], True)

    A city named as a centre municipality stays the municipality:

    >>> text = "Met de stad Meppel als centrumgemeente."
    >>> m = SentenceMention(ID + "municipality/meppel", "municipality", 12, 18, "Meppel", 0)
    >>> main_towns(text, [m])[0][0].entity[len(ID) :]
    'municipality/meppel'

    Another municipality's city is that municipality:

    >>> text = "Veel inwoners werken in de stad Meppel."
    >>> m = SentenceMention(ID + "municipality/meppel", "municipality", 32, 38, "Meppel", 0)
    >>> main_towns(text, [m], ID + "municipality/x")[0][0].entity[len(ID) :]
    'municipality/meppel'
    """
    out: list[SentenceMention] = []
    made: dict[str, Entity] = {}
    for m in mentions:
        if (
            m.kind == "municipality"
            and m.sentence is not None
            and _after_town_noun(text, m.start)
            and not _city_as_municipality(text, m.start, m.end)
            and not (
                own and m.entity != own and _CITY_NOUN.search(text, max(0, m.start - 8), m.start)
            )
        ):
            name = re.sub(r"\s+", " ", m.text)
            entity = Entity(ID + "place/" + slugify(name), "place", name, minted=True)
            made[entity.iri] = entity
            m = SentenceMention(entity.iri, "place", m.start, m.end, m.text, m.sentence)
        out.append(m)
    return out, made


#: A compass word joined by a hyphen before a name: the name of a part of that area
#: ("Oost-Twente", "Noordwest-Fryslân"; the eight directions and "Midden").
_COMPASS = re.compile(r"(?<![\w-])(?:(?:Noord|Zuid)(?:oost|west)?|Oost|West|Midden)-$")
#: The same after the name ("Limburg-Noord", as regional bodies name their area), also
#: after a space, as the youth-care and labour-market regions are written ("Zuid-Holland
#: Zuid", "Noord-Holland Noord").
_COMPASS_AFTER = re.compile(r"[- ](?:(?:Noord|Zuid)(?:oost|west)?|Oost|West|Midden)(?![\w-])")
#: Another capitalised name hyphened to an area: the pair names one region.
_PAIR_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ’']+-$")
_PAIR_AFTER = re.compile(r"-[A-Z][a-zà-ÿ’']+(?![\w-])")
_AREA_KINDS = frozenset({"place", "region"})
_COMPASS_WORD = re.compile(r"(?:(?:Noord|Zuid)(?:oost|west)?|Oost|West|Midden)")
#: Endings of the areas' adjectives ("Twentse", "Belgische", "Veenkoloniale"), not names.
_ADJECTIVE_ENDS = ("se", "che", "ale")


def compass_areas(
    text: str, mentions: list[SentenceMention]
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """A known area with a compass word hyphened to it, read as the region the compound names.

    An adjective ("Oost-Twentse") is left as it is.

    Examples
    --------
    >>> text = "In Oost-Twente."
    >>> m = SentenceMention(ID + "region/twente", "region", 8, 14, "Twente", 0)
    >>> out, made = compass_areas(text, [m])
    >>> [(x.entity[len(ID) :], x.text) for x in out], list(made) == [out[0].entity]
    ([('region/oost-twente', 'Oost-Twente')], True)
    """
    out: list[SentenceMention] = []
    made: dict[str, Entity] = {}
    covered = -1  # the end of the last compound: a second area inside it is part of it
    for m in mentions:
        if m.start < covered and m.kind in _AREA_KINDS:
            continue
        if (
            m.kind in _AREA_KINDS
            and m.sentence is not None
            and "-" in text[max(0, m.start - 1) : m.end + 1]
        ):
            span = _compass_span(text, m)
            if span is not None:
                name = text[span[0] : span[1]]
                entity = Entity(ID + "region/" + slugify(name), "region", name, minted=True)
                made[entity.iri] = entity
                m = SentenceMention(entity.iri, "region", span[0], span[1], name, m.sentence)
                covered = span[1]
        out.append(m)
    return out, made


def _compass_span(text: str, m: SentenceMention) -> tuple[int, int] | None:
    """The span of the compound of ``m`` and a compass word or another name hyphened to it
    ("Zaanstreek-Waterland": two areas named as one), or None."""
    if m.text.endswith(_ADJECTIVE_ENDS):
        return None
    before = _COMPASS.search(text, max(0, m.start - 10), m.start) or _PAIR_BEFORE.search(
        text, max(0, m.start - 30), m.start
    )
    if before is not None:
        return before.start(), m.end
    after = _COMPASS_AFTER.match(text, m.end) or _PAIR_AFTER.match(text, m.end)
    return None if after is None else (m.start, after.end())


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The labour-market regions' names (kg/data/reference, Besluit werkgebieden UWV 2015),
    case-folded: a bare "Holland Rijnland" names that area, not a village."""
    return frozenset(r.name.casefold() for r in default_reference().regions)


def _minted(name: str) -> Entity:
    """The entity of a minted name: a place, or a region when it joins a municipality's
    name to another by a hyphen ("Amsterdam-Amstelland", "Venlo-Venray": an area of both),
    not to a Dutch word ("Nieuw-Amsterdam", "Oud-Beijerland": a place's own name), or when it
    is the name of a labour-market region ("in Holland Rijnland": the area).

    Examples
    --------
    >>> _minted("Amsterdam-Amstelland").iri[len(ID) :], _minted("Venray-Noord").iri[len(ID) :]
    ('region/amsterdam-amstelland', 'place/venray-noord')
    >>> _minted("Nieuw-Amsterdam").iri[len(ID) :]
    'place/nieuw-amsterdam'
    >>> _minted("Holland Rijnland").iri[len(ID) :]
    'region/holland-rijnland'
    """
    parts = name.split("-")
    if name.casefold() in _region_names() or (
        len(parts) == 2
        and any(part.casefold() in default_reference().municipality_names for part in parts)
        and not any(_COMPASS_WORD.fullmatch(part) for part in parts)  # "Goor-Noord": a district
        and not any(_is_known(part.lower()) for part in parts)  # "Nieuw-Amsterdam": a village
    ):
        return Entity(ID + "region/" + slugify(name), "region", name, minted=True)
    return Entity(ID + "place/" + slugify(name), "place", name, minted=True)


#: A name hyphened before "gemeenten" or "regio": the region those municipalities form
#: ("de zeven Parkstad-gemeenten", "de Parkstad-regio").
_MEMBERS_OF = re.compile(r"-(?:gemeenten|regio)(?![\w-])")
#: The name right before such a suffix (searched backwards from it only).
_MEMBERS_NAME = re.compile(rf"(?<![\w-]){_PART}$")


def _suffixes(text: str) -> list[int]:
    """Where "-gemeenten" or "-regio" stands in ``text`` (found as strings, in order)."""
    found = []
    for suffix in ("-gemeenten", "-regio"):
        at = text.find(suffix)
        while at != -1:
            found.append(at)
            at = text.find(suffix, at + 1)
    return sorted(found)


def member_regions(
    doc: Document, mentions: list[SentenceMention]
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """The regions named by the municipalities they hold ("de Parkstad-gemeenten"), where no
    mention covers the name; a municipality's or a compass word's name is none.

    Examples
    --------
    >>> from kg.document import Document, Sentence
    >>> text = "De Parkstad-gemeenten en de Wmo-gemeenten."
    >>> doc = Document("x", text, "x", None, (0, 0), None,
    ...                sentences=[Sentence(0, 0, len(text), None, 0)])
    >>> wmo = SentenceMention("law/wmo", "law", 28, 31, "Wmo", 0)
    >>> out, made = member_regions(doc, [wmo])
    >>> [(m.text, m.entity.rsplit("/", 2)[-2:]) for m in out]
    [('Parkstad', ['region', 'parkstad']), ('Wmo', ['law', 'wmo'])]
    """
    made: dict[str, Entity] = {}
    added = []
    stops = load_cues().stopwords
    text = doc.text
    for at in _suffixes(text):
        sentence = doc.sentence_at(at)
        if sentence is None or not _MEMBERS_OF.match(text, at, sentence.end):
            continue
        found = _MEMBERS_NAME.search(text, max(sentence.start, at - 40), at)
        if found is not None:
            s, e = found.span()
            name = found.group()
            if (
                any(m.start < e and s < m.end for m in mentions if m.sentence is not None)
                or name.casefold() in default_reference().municipality_names
                or name.lower() in stops
                or _COMPASS_WORD.fullmatch(name)
            ):
                continue
            entity = Entity(ID + "region/" + slugify(name), "region", name, minted=True)
            made[entity.iri] = entity
            added.append(SentenceMention(entity.iri, "region", s, e, name, sentence.index))
    if not added:
        return mentions, made
    return sorted(mentions + added, key=lambda m: (m.start, m.end, m.entity)), made


def with_places(
    doc: Document, mentions: list[SentenceMention], cues: PlaceCues | None = None
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """Add the document's open-world places (every occurrence, and their adjectives).

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions found so far (known and minted entities).
    cues : PlaceCues, optional
        The cue lists.

    Returns
    -------
    mentions : list of SentenceMention
        ``mentions`` with the place mentions added, in text order.
    entities : dict
        The minted places by IRI.
    """
    own = next(
        (m.entity for m in mentions if m.sentence is None and m.kind == "municipality"), None
    )
    mentions = name_tails(doc.text, mentions)  # "het Sociaal Team Dalfsen": the team's name
    mentions, towns = main_towns(doc.text, mentions, own)
    mentions, shared = provinces_meant(doc.text, mentions)  # "een Utrechtse gemeente"
    towns.update(shared)
    mentions, areas = compass_areas(doc.text, mentions)
    towns.update(areas)
    mentions, members = member_regions(doc, mentions)
    towns.update(members)
    regions = {e.label: e for e in members.values()}  # found wherever they stand, too
    names = sorted({name for _, _, name in find_places(doc, mentions, cues)} - set(regions))
    if not names and not regions:
        return read_back(doc, with_aliases(doc, mentions)), towns
    entities = {name: _minted(name) for name in names} | regions
    home = _home_short(mentions)
    if home is not None and home.label in entities:  # "Alphen": the profile's own municipality
        entities[home.label] = home
    entries = []
    for name, entity in entities.items():
        forms = [name] + (adjectives(name) if " " not in name and "-" not in name else [])
        entries += [LexiconEntry(form, entity.iri, entity.kind, "altLabel") for form in forms]
    matcher = Matcher(entries)
    entries_label = {e.iri: e.label for e in entities.values()}
    # the known mentions by start, with the furthest end reached so far: a match overlaps one
    # when a mention starting before its end reaches past its start
    taken = sorted((m for m in mentions if m.sentence is not None), key=lambda m: m.start)
    starts = [t.start for t in taken]
    reach = list(accumulate((t.end for t in taken), max))
    added = []
    for sentence in doc.sentences:
        for m in matcher.find(doc.text, sentence.start, sentence.end):
            i = bisect.bisect_left(starts, m.end)
            if i and reach[i - 1] > m.start:
                continue
            if doc.text[m.start - 1 : m.start] == "-" or doc.text[m.end : m.end + 1] == "-":
                continue  # part of a compound
            if m.text != entries_label.get(m.entity) and names_language(doc.text, m.start, m.end):
                continue  # "in het Pools", "spreekt Nederlands": the language, no place
            kind: Literal["region", "place", "municipality"] = "place"
            if m.kind == "region":
                kind = "region"
            elif m.kind == "municipality":  # the profile's own, by its short name
                kind = "municipality"
            start = m.start - 1 if doc.text[m.start - 1 : m.start + 2] in _GENITIVE else m.start
            text = doc.text[start : m.end]
            added.append(SentenceMention(m.entity, kind, start, m.end, text, sentence.index))
    out = with_aliases(doc, sorted(mentions + added, key=lambda m: (m.start, m.end, m.entity)))
    made = {e.iri: e for e in entities.values() if e.kind != "municipality"}
    return read_back(doc, out), {**towns, **made}


#: The words that join a municipality's first name to the river or place it lies on ("Alphen
#: aan den Rijn", "Bergen op Zoom", "Wijk bij Duurstede"): the first word alone is its short
#: name. Not "en" (two places: "Son en Breugel") nor "van" ("Hof van Twente").
_ON = frozenset({"aan", "op", "bij"})


def _home_short(mentions: list[SentenceMention]) -> Entity | None:
    """The profile's own municipality (named in the title) under its short name, the first
    word of its name, when the name is a place on a river or at a place and the word has four
    letters or more ("Alphen" for Alphen aan den Rijn); a profile calls its subject so.

    Examples
    --------
    >>> title = SentenceMention("id/municipality/bergen-op-zoom", "municipality", 0, 14,
    ...                         "Bergen op Zoom", None)
    >>> _home_short([title]).label
    'Bergen'
    >>> _home_short([SentenceMention("m/son", "municipality", 0, 14, "Son en Breugel", None)])
    """
    for m in mentions:
        if m.sentence is None and m.kind == "municipality":
            words = m.text.split()
            if len(words) > 2 and words[1] in _ON and len(words[0]) > 3:
                return Entity(m.entity, "municipality", words[0])
            return None
    return None
