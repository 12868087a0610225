"""Names of organisations, bodies and regions paired with their acronyms, and grouped
into entities.

A text gives an acronym with its spelled-out form in apposition ("OZJT, de Organisatie
voor Zorg en Jeugdhulp Twente") or in parentheses ("Sociale Dienst Oostland (SDO)"):
both are labels of one name. :func:`entities_of` groups the names of a document by slug
into entities, a bare acronym or head that opens one name only ("de ISD") included, and
a foundation's name without its legal form ("Stichting Kwadraad" … "Kwadraad").
Split from :mod:`kg.extract.organisations`, which finds the names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.aliases import is_abbreviation
from kg.extract.model import Entity, SentenceMention
from kg.extract.nameshapes import LEGAL_HEADS, acronym_of, acronyms_of, is_acronym
from kg.extract.nounforms import _is_known
from kg.extract.organisationcues import CUES_FILE, Cues, head_kind, load_cues
from kg.namespaces import ID, slugify
from kg.vocab import as_entity_kind

__all__ = [
    "KIND_PATH",
    "KIND_RANK",
    "PARENTHESES",
    "Name",
    "entities_of",
    "join_acronyms",
    "name_label",
    "parenthesised_short",
    "plain_names",
    "regions_of_towns",
    "spelled_out",
]

#: An acronym in parentheses right after a name ("(ISD)").
PARENTHESES = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,9})\)")
#: An acronym with the name's last words in parentheses ("(ISD Oostland)").
_PARENTHESES_NAMED = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,9})((?:\s+[A-Z][\w-]*){1,3})\)")


def parenthesised_short(text: str, name: Name) -> str | None:
    """The short form given in parentheses right after ``name``, or None.

    The short form is the initials of the name's words (also of the parts of a hyphenated
    word, with or without a leading type head), or an abbreviation whose letters are the
    name's in order, from its first letter on ("Werkbedrijf Rivierenland (WBR)",
    "Serviceorganisatie Jeugd (SOJ)"); an acronym may keep the name's last words
    ("Intergemeentelijke Sociale Dienst Oostland (ISD Oostland)").

    Examples
    --------
    >>> text = "Serviceorganisatie Jeugd (SOJ)"
    >>> parenthesised_short(text, Name(0, 24, text[:24], "organisation", ()))
    'SOJ'
    >>> text = "Sociale Dienst Oostland (SD Oostland) en Werkbedrijf Rivierenland (Werkrivier)"
    >>> parenthesised_short(text, Name(0, 23, text[:23], "body", ()))
    'SD Oostland'
    >>> print(parenthesised_short(text, Name(41, 65, text[41:65], "body", ())))
    None
    """
    after = text[name.end : name.end + 40]
    paren = PARENTHESES.match(after)
    if paren is not None:
        short = paren.group(1)
        if short in acronyms_of(name.name) or (
            is_acronym(short) and is_abbreviation(short, name.name)
        ):
            return short
        return None
    named = _PARENTHESES_NAMED.match(after)
    if named is None or not is_acronym(named.group(1)):
        return None
    tail = named.group(2).split()
    words = name.name.split()
    if len(words) <= len(tail) or words[-len(tail) :] != tail:
        return None
    spelled = " ".join(words[: -len(tail)])
    if not is_abbreviation(named.group(1), spelled):
        return None
    return named.group(1) + " " + " ".join(tail)


@dataclass(frozen=True)
class Name:
    """A name found in the text: its span, the name and the kind it was given."""

    start: int
    end: int
    name: str
    kind: str
    labels: tuple[str, ...]  # surface forms to match in the whole document
    extra: tuple[str, ...] = ()  # further labels for the graph only


def _shortens(short: str, words: list[str]) -> bool:
    """Whether an acronym of three letters or more abbreviates the words of a name in
    apposition, letters from inside its compounds included ("WSP, het
    Werkgeversservicepunt Vallei", "RIC, het Regionaal Inkoopcentrum").

    >>> _shortens("WSP", ["Werkgeversservicepunt", "Vallei"]), _shortens("WSP", ["Welzijn"])
    (True, False)
    """
    return len(short) >= 3 and " " not in short and is_abbreviation(short, " ".join(words))


def spelled_out(text: str, runs: list[list], cues: Cues) -> dict[int, Name | None]:
    """Acronyms followed by their spelled-out form ("OZJT, de Organisatie voor … Twente").

    Returns the name for the acronym's run index and None for the long form's.
    """
    out: dict[int, Name | None] = {}
    for i in range(len(runs) - 1):
        acronym, long = runs[i], runs[i + 1]
        if len(acronym) != 1 or not is_acronym(acronym[0][2]):
            continue
        if not re.fullmatch(r",\s+(?:de|het)\s+", text[acronym[0][1] : long[0][0]]):
            continue
        words = [w[2] for w in long]
        short = acronym[0][2]
        if acronym_of(words).upper() != short.upper() and not _shortens(short, words):
            continue
        kind = head_kind(words, cues) or "organisation"
        surface = text[long[0][0] : long[-1][1]]
        out[i] = Name(acronym[0][0], acronym[0][1], acronym[0][2], kind, (acronym[0][2], surface))
        out[i + 1] = None
    return out


# Patterns of name_label, compiled once (it runs per name).
_SPACES = re.compile(r"\s+")
_HYPHEN_SPACE = re.compile(r"-\s+(?!en\s)")
_SLASH = re.compile(r"\s*/\s*")


def name_label(surface: str, source: str) -> str:
    """The name as a label: white space collapsed, a slash between names a hyphen."""
    name = _HYPHEN_SPACE.sub("-", _SPACES.sub(" ", surface).strip())
    return _SLASH.sub("-", name)


def join_acronyms(text: str, found: list[Name]) -> list[Name]:
    """Merge "ACR, de Long Form" and "Long Form (ACR)" into one name with both labels."""
    out: list[Name] = []
    skip: set[int] = set()
    for i, name in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and re.fullmatch(r",\s+(?:de|het)\s+", text[name.end : nxt.start])
            and is_acronym(name.name)
            and (
                acronym_of(nxt.name.split()) == name.name.replace(" ", "")
                or _shortens(name.name, nxt.name.split())
            )
        ):
            kind = nxt.kind if nxt.kind != "organisation" else name.kind
            out.append(replace(name, kind=kind, labels=name.labels + nxt.labels))
            skip.add(i + 1)
            continue
        short = parenthesised_short(text, name)
        if short is not None:
            out.append(replace(name, labels=name.labels + (short,)))
            continue
        out.append(name)
    return out


KIND_PATH = {"organisation": "organisation/", "body": "body/", "region": "region/"}
KIND_RANK = {"body": 0, "region": 1, "organisation": 2}


def entities_of(names: Iterable[Name]) -> dict[str, tuple[Entity, tuple[str, ...]]]:
    """Group names by slug into entities: ``{iri: (entity, labels to match)}``.

    One slug is one entity within a document: the kind is the most specific one
    any of its names was given (body, then region, then organisation), the
    label its first name in text order, the other forms its ``labels``.

    Examples
    --------
    >>> names = [Name(0, 4, "OZJT", "organisation", ("OZJT", "Organisatie voor Zorg"))]
    >>> (entity, match), = entities_of(names).values()
    >>> entity.iri.rsplit("/", 2)[-2:], entity.labels
    (['organisation', 'ozjt'], ('Organisatie voor Zorg',))
    >>> names = [Name(0, 18, "Stichting Kwadraad", "organisation", ("Stichting Kwadraad",)),
    ...          Name(40, 48, "Kwadraad", "organisation", ("Kwadraad",))]
    >>> [iri.rsplit("/", 1)[-1] for iri in entities_of(names)]
    ['stichting-kwadraad']
    """
    # an acronym one name spells out ("Organisatie voor Zorg Noord (OZN)") is that name
    # wherever it stands alone ("via OZN"), not a second entity
    spelled = {
        label: slugify(name.name)
        for name in names
        for label in name.labels[1:]
        if is_acronym(label.partition(" ")[0]) and label != name.name  # "ISD Oostland" too
    }
    # a head alone ("de ISD", "het Werkplein") is the one name it opens ("ISD X"), if one
    opened: dict[str, set[str]] = {}
    for name in names:
        first, _, rest = name.name.partition(" ")
        if rest and (is_acronym(first) or (first.lower(),) in load_cues().leading_heads):
            opened.setdefault(first, set()).add(spelled.get(name.name, slugify(name.name)))
    spelled |= {w: next(iter(s)) for w, s in opened.items() if len(s) == 1 and w not in spelled}
    # a foundation or association named without its legal form ("Stichting Kwadraad" …
    # "Kwadraad") is the same organisation
    minted = {name.name for name in names}
    for name in names:
        first, _, rest = name.name.partition(" ")
        if rest in minted and first.lower() in LEGAL_HEADS and rest not in spelled:
            spelled[rest] = spelled.get(name.name, slugify(name.name))
    spelled |= _short_names(names, minted, spelled)
    regions = _regions_named_twice(names, spelled)
    spelled |= regions
    by_slug: dict[str, list[Name]] = {}
    for name in names:
        by_slug.setdefault(spelled.get(name.name, slugify(name.name)), []).append(name)
    out: dict[str, tuple[Entity, tuple[str, ...]]] = {}
    for slug, group in sorted(by_slug.items()):
        kind = min((n.kind for n in group), key=lambda k: KIND_RANK[k])
        if slug in regions.values():
            kind = "region"  # "de regio X" and "de Regio X": the region, one node
        label = group[0].name
        forms = sorted({name_label(f, "") for n in group for f in n.labels + n.extra} - {label})
        short = {w for w, one in opened.items() if one == {slug} and is_acronym(w)}  # "de ISD"
        match = tuple(sorted({f for n in group for f in n.labels} | {label} | short))
        iri = ID + KIND_PATH[kind] + slug
        out[iri] = (
            Entity(iri, as_entity_kind(kind), label, minted=True, labels=tuple(forms)),
            match,
        )
    return out


def plain_names(text: str, grouped: dict) -> dict:
    """Let a foundation or association be matched by its name without the legal form
    ("Stichting Meerkracht" … "door Meerkracht") where that name is one word of no
    Dutch dictionary that the document never writes in lower case: a proper name; also
    a two-word name that opens with a municipality's name ("Stichting Haarlem Effect" …
    "volgens Haarlem Effect": the organisation, not the municipality).

    ``grouped`` is the result of :func:`entities_of`; the plain name is added to the
    labels the entity is matched by, unless another entity is matched by it.

    Examples
    --------
    >>> names = [Name(0, 20, "Stichting Meerkracht", "organisation", ("Stichting Meerkracht",))]
    >>> text = "Stichting Meerkracht werkt hier. Volgens Meerkracht gaat het goed."
    >>> [m for _, m in plain_names(text, entities_of(names)).values()]
    [('Meerkracht', 'Stichting Meerkracht')]
    >>> text = "Stichting Welzijn werkt hier. Het welzijn is groot."
    >>> names = [Name(0, 17, "Stichting Welzijn", "organisation", ("Stichting Welzijn",))]
    >>> [m for _, m in plain_names(text, entities_of(names)).values()]
    [('Stichting Welzijn',)]
    >>> names = [Name(0, 2, "GR", "body", ("GR",))]
    >>> plain_names("GR en meer.", entities_of(names))
    {}
    """
    taken = {label for _, match in grouped.values() for label in match}
    out = dict(grouped)
    for iri, (entity, match) in grouped.items():
        first, _, rest = entity.label.partition(" ")
        if (
            first.lower() in LEGAL_HEADS
            and _proper(rest)
            and rest not in taken
            and not re.search(rf"\b{rest.lower()}\b", text)
            and not _is_known(rest.lower())
        ):
            out[iri] = (entity, tuple(sorted((*match, rest))))
    # a type's acronym alone ("lid van een GR") names no body of its own
    return {iri: v for iri, v in out.items() if not set(v[1]) <= type_acronyms()}


def _proper(rest: str) -> bool:
    """Whether ``rest`` (a name after its legal form) is a proper name: one capitalised word,
    or two whose first is a municipality's name ("Haarlem Effect": a name may open with
    the place it works in), not a general phrase ("Welzijn Oost", "Welzijn in de Wijk").

    Examples
    --------
    >>> [_proper(r) for r in ("Meerkracht", "Haarlem Effect", "Welzijn Oost", "Zorg in de Wijk")]
    [True, True, False, False]
    """
    words = rest.split(" ")
    return (
        0 < len(words) <= 2
        and all(w.isalpha() and w[0].isupper() for w in words)
        and (len(words) == 1 or words[0].lower() in _municipality_names())
    )


@lru_cache(maxsize=1)
def _municipality_names() -> frozenset[str]:
    """The municipalities' names of the reference data, lower case, one word each."""
    from kg.reference import default_reference

    return frozenset(m.name.lower() for m in default_reference().municipalities)


@lru_cache(maxsize=1)
def type_acronyms() -> frozenset[str]:
    """The acronyms of a type of body (``[type_acronyms]`` of organisation-cues.toml).

    Examples
    --------
    >>> "GR" in type_acronyms()
    True
    """
    data = tomllib.loads(CUES_FILE.read_text(encoding="utf-8"))
    return frozenset(data["type_acronyms"]["words"])


def _short_names(names: Iterable[Name], minted: set[str], spelled: dict) -> dict[str, str]:
    """A name that opens exactly one longer name of the document ("Werkzaak" after
    "Werkzaak Rivierenland", "Stichting Kompas" after "Stichting Kompas Oost") is that name,
    as a short form of it.

    Examples
    --------
    >>> names = [Name(0, 9, "Werkzaak Oost", "organisation", ("Werkzaak Oost",)),
    ...          Name(30, 38, "Werkzaak", "organisation", ("Werkzaak",))]
    >>> _short_names(names, {"Werkzaak Oost", "Werkzaak"}, {})
    {'Werkzaak': 'werkzaak-oost'}
    >>> names = [Name(0, 20, "Stichting Kompas Oost", "organisation", ()),
    ...          Name(40, 56, "Stichting Kompas", "organisation", ())]
    >>> _short_names(names, {"Stichting Kompas Oost", "Stichting Kompas"}, {})
    {'Stichting Kompas': 'stichting-kompas-oost'}
    >>> names.append(Name(60, 80, "Stichting Kompas West", "organisation", ()))
    >>> _short_names(names, {n.name for n in names}, {})
    {}
    """
    opens: dict[str, set[str]] = {}
    for name in names:
        words = name.name.split(" ")
        for cut in range(1, len(words)):
            short = " ".join(words[:cut])
            if short in minted and short not in spelled:
                opens.setdefault(short, set()).add(spelled.get(name.name, slugify(name.name)))
    return {w: next(iter(s)) for w, s in opens.items() if len(s) == 1}


def _regions_named_twice(names: Iterable[Name], spelled: dict) -> dict[str, str]:
    """ "Regio X" where the document also names "de regio X" (the region X): one region.

    Examples
    --------
    >>> names = [Name(0, 4, "Dal", "region", ("Dal",)),
    ...          Name(20, 29, "Regio Dal", "body", ("Regio Dal",))]
    >>> _regions_named_twice(names, {})
    {'Regio Dal': 'dal'}
    """
    regions = {n.name for n in names if n.kind == "region"}
    out = {}
    for name in names:
        first, _, rest = name.name.partition(" ")
        if first == "Regio" and rest in regions and name.name not in spelled:
            out[name.name] = spelled.get(rest, slugify(rest))
    return out


#: Between a body's head and the municipalities it is of: "de ISD van (de gemeenten) A".
_OF_PLACE = re.compile(r" van (?:de gemeenten )?(?=[A-Z'])")
#: The kinds of a known mention that name a place a body may be of.
_PLACES = frozenset({"municipality", "place", "region"})


def ends_before_members(
    toks: list, run: list, j: int, k: int, stops: Collection[int], cues: Cues
) -> bool:
    """Whether a body's name in ``run`` ("ISD", "Sociale Dienst", "ISD Noord") ends before
    the "van" at token ``j``: a known place follows it (its start in ``stops``), so the
    body is named by the municipalities it is of ("de ISD van A en B"), who are its
    members, not part of its name.

    Examples
    --------
    >>> toks = [(0, 3, "ISD"), (4, 7, "van"), (8, 9, "A")]
    >>> cues = load_cues()
    >>> ends_before_members(toks, toks[:1], 1, 2, frozenset({8}), cues)
    True
    >>> ends_before_members(toks, toks[:1], 1, 2, frozenset(), cues)
    False
    """
    if not (k == j + 1 and toks[j][2] == "van" and k < len(toks) and toks[k][0] in stops):
        return False
    words = [t[2] for t in run]
    head = cues.leading_heads.get(tuple(w.lower() for w in words)) or head_kind(words, cues)
    return head == "body"


def members_after(words: list[str], post: str, end: int, known: Iterable, cues: Cues) -> bool:
    """Whether a bare head ("ISD", "Werkplein") is a body's name: "van" and a known place
    follow it (``post``, the text after its ``end``), the municipalities it is of.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> a = SentenceMention("municipality/a", "municipality", 8, 9, "A", 0)
    >>> members_after(["ISD"], " van A", 3, [a], load_cues())
    True
    >>> members_after(["Stichting"], " van A", 9, [a], load_cues())
    False
    """
    of = _OF_PLACE.match(post)
    if of is None or not any(m.start == end + of.end() for m in known if m.kind in _PLACES):
        return False
    return cues.leading_heads.get(tuple(w.lower() for w in words)) == "body"


def regions_of_towns(grouped: dict, mentions: Iterable[SentenceMention]) -> dict:
    """A region minted from "de regio X" where X is a municipality the document names
    matches only as "regio X": the bare "X" stays the municipality.

    >>> e = Entity("region/alkmaar", "region", "Alkmaar", minted=True)
    >>> town = SentenceMention("municipality/alkmaar", "municipality", 0, 7, "Alkmaar", 0)
    >>> out = regions_of_towns({"region/alkmaar": (e, ("Alkmaar", "regio Alkmaar"))}, [town])
    >>> out["region/alkmaar"][1]
    ('regio Alkmaar',)
    """
    towns = {m.text for m in mentions if m.kind == "municipality"}
    out = {}
    for iri, (entity, labels) in grouped.items():
        if entity.kind == "region" and entity.label in towns and f"regio {entity.label}" in labels:
            labels = tuple(label for label in labels if label != entity.label)
        out[iri] = (entity, labels)
    return out
