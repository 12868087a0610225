"""Definite noun phrases that refer back to a named body or organisation.

Dutch prose names a body once and then refers to it by its type: "… maakt deel
uit van Regio Twente. Binnen die gemeenschappelijke regeling …", "Woningcorporatie
Viverion wijst op … De corporatie heeft daarom …". Such a phrase (an article or
demonstrative, then a noun of the ``[anaphors]`` table of
kg/data/organisation-cues.toml, no name after it) is a mention of the last entity
of the right kind named before it in the same section. For organisation nouns
the antecedent must have been named with that noun ("woningcorporatie X",
"Stichting X"), so "de stichting" never points at a GGD. No antecedent, no
mention.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.document import Document
from kg.extract.gates import KeyWords
from kg.extract.model import SentenceMention
from kg.extract.wordtokens import lowered
from kg.vocab import as_entity_kind

__all__ = [
    "Anaphor",
    "council_takeups",
    "head_takeups",
    "load_anaphors",
    "resolve_anaphors",
    "same_takeups",
    "with_anaphors",
]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "organisation-cues.toml"
_DETERMINER = r"(?:de|die|deze|het|dit|dat)"
_INTRO_WINDOW = 40
#: Kinds of named mentions: an anaphor overlapping one is part of a name.
_NAMED = frozenset({"municipality", "region", "body", "organisation", "place", "role"})


@lru_cache(maxsize=2)
def load_anaphors(path: str | Path = CUES_FILE) -> tuple[tuple[str, str, str], ...]:
    """The anaphoric nouns: ``(noun, antecedent kind, the word the antecedent must have been
    named with)``: the noun itself for ``introduced = true``, another word for a string,
    ``""`` for none.

    Examples
    --------
    >>> dict((n, k) for n, k, _ in load_anaphors())["gemeenschappelijke regeling"]
    'body'
    >>> dict((n, i) for n, _, i in load_anaphors())["gecertificeerde instelling"]
    'jeugdbescherming'
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))["anaphors"]
    return tuple(sorted((n, v["kind"], _introducer(n, v["introduced"])) for n, v in data.items()))


def _introducer(noun: str, introduced: bool | str) -> str:
    """The word an antecedent must have been named with ("" for none)."""
    if isinstance(introduced, str):
        return introduced
    return noun if introduced else ""


Anaphor = tuple[str, str, str]


def _pattern(anaphors: tuple[Anaphor, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n, _, _ in sorted(anaphors, key=lambda a: -len(a[0])))
    # a capitalised word after the noun makes it a type noun of a name ("de corporatie X")
    return re.compile(
        rf"\b{_DETERMINER}\s+(?P<noun>{nouns})\b(?!\s+(?-i:[A-Z]))(?![-\w])", re.IGNORECASE
    )


def _introduced(text: str, noun: str, mentions: list[SentenceMention]) -> bool:
    """Whether one of an entity's mentions carries ``noun`` in or right before it."""
    noun = noun.lower()
    for m in mentions:
        before = text[max(0, m.start - _INTRO_WINDOW) : m.start].lower()
        if noun in m.text.lower() or re.search(rf"{re.escape(noun)}\w*\s+$", before):
            return True
    return False


def resolve_anaphors(
    doc: Document,
    mentions: list[SentenceMention],
    anaphors: tuple[Anaphor, ...] | None = None,
) -> list[SentenceMention]:
    """Return mentions for the anaphoric noun phrases of ``doc``.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions found so far: named ones are the antecedents, and an
        anaphor overlapping one is skipped, unless it is a role (the generic
        "corporatie" stands for the one named before).
    anaphors : tuple, optional
        ``(noun, kind, introduced)`` rows (default: :func:`load_anaphors`).

    Returns
    -------
    list of SentenceMention
        One per resolved phrase, spanning the noun (without its article).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "A is lid van Regio Oost. Die gemeenschappelijke regeling werkt."
    >>> text = "T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n"
    >>> doc = parse_profile(text, "t", set())
    >>> s = doc.text.index("Regio Oost")
    >>> m = SentenceMention("id/body/regio-oost", "body", s, s + 10, "Regio Oost", 1)
    >>> [(a.entity, a.text) for a in resolve_anaphors(doc, [m])]
    [('id/body/regio-oost', 'gemeenschappelijke regeling')]
    """
    rows = anaphors if anaphors is not None else load_anaphors()
    kinds = {n: (k, i) for n, k, i in rows}
    pattern = _pattern(rows)
    text = doc.text
    named = sorted(
        (m for m in mentions if m.sentence is not None and m.kind in _NAMED),
        key=lambda m: m.start,
    )
    section_of: dict[int | None, int | None] = {s.index: s.section for s in doc.sentences}
    by_section: dict[int | None, list[SentenceMention]] = {}
    for m in named:
        by_section.setdefault(section_of.get(m.sentence), []).append(m)
    # a sentence holding none of the nouns holds no anaphor (the nouns looked up once)
    holding = KeyWords(text, doc.sentences).sentences(n.lower() for n, _, _ in rows)
    out = []
    for sentence in doc.sentences:
        if sentence.index not in holding:
            continue
        section = by_section.get(sentence.section, [])
        for match in pattern.finditer(text, sentence.start, sentence.end):
            s, e = match.start("noun"), match.end("noun")
            if any(m.start < e and s < m.end and m.kind != "role" for m in section):
                continue
            kind, introduced = kinds[match.group("noun").lower()]
            before = [m for m in section if m.end <= match.start() and m.kind == kind]
            for cand in reversed(before):
                same = [m for m in named if m.entity == cand.entity and m.end <= s]
                if not introduced or _introduced(text, introduced, same):
                    out.append(
                        SentenceMention(
                            cand.entity, as_entity_kind(kind), s, e, text[s:e], sentence.index
                        )
                    )
                    break
    return out


#: "de raad", "deze raad", "die raad" on its own: its determiner before it, and no "van" or
#: hyphen after it ("de raad van bestuur", "de raad van toezicht": councils of their own).
_DETERMINED = re.compile(r"\b(?:de|deze|die)\s+$", re.IGNORECASE)
_OF = re.compile(r"-|\s+van\b", re.IGNORECASE)
#: A mention that holds its determiner ("de raad").
_DETERMINED_COUNCIL = re.compile(r"(?:de|deze|die)\s+raad")
#: The municipal council ("'de raad' wordt tot deze groep gerekend", ontology/roles.ttl).
_COUNCIL_MEMBERS = "role/council-members"
#: How many sentences back a council named by a compound ("de Adviesraad Sociaal Domein",
#: "de Wmo-raad") is still what "de raad" takes up.
_COUNCIL_REACH = 2


def council_takeups(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """ "de raad", "deze raad" taking up a council named by a compound shortly before in its
    paragraph ("… de Adviesraad Sociaal Domein. Deze raad is tevreden …", "De Wmo-raad
    waarschuwt: … volgens de raad …"): a mention of that council, not of the municipal
    council, which "de raad" names elsewhere. The council's mention is a role whose text ends
    in "raad", the last mention naming a council in the paragraph up to ``_COUNCIL_REACH``
    sentences back, and the municipal council not named in the paragraph before it (the
    demonstrative "deze raad" in the very sentence that names a council points at it even then).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Er is een Adviesraad Zorg. Deze raad is tevreden."
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\n" + body + "\\n", "t", set())
    >>> a, r = doc.text.index("Adviesraad"), doc.text.index("raad is")
    >>> named = SentenceMention("id/role/wmo-council", "role", a, a + 10, "Adviesraad", 1)
    >>> council = SentenceMention("id/role/council-members", "role", r, r + 4, "raad", 2)
    >>> [(m.entity, m.text) for m in council_takeups(doc, [named, council])]
    [('id/role/wmo-council', 'raad')]
    >>> early = SentenceMention("id/role/council-members", "role", 0, 1, "T", 1)
    >>> council_takeups(doc, [early, named, council])  # the municipal council named before
    []
    >>> body = "De gemeenteraad is kritisch. De Adviesraad Zorg ook: volgens deze raad is het mis."
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\n" + body + "\\n", "t", set())
    >>> g, a = doc.text.index("gemeenteraad"), doc.text.index("Adviesraad")
    >>> early = SentenceMention("id/role/council-members", "role", g, g + 12, "gemeenteraad", 1)
    >>> named = SentenceMention("id/role/wmo-council", "role", a, a + 10, "Adviesraad", 2)
    >>> r = doc.text.index("raad is het")
    >>> council = SentenceMention("id/role/council-members", "role", r, r + 4, "raad", 2)
    >>> [(m.entity, m.text) for m in council_takeups(doc, [early, named, council])]
    [('id/role/wmo-council', 'raad')]
    """
    text = doc.text
    if "raad" not in text:
        return []
    councils = sorted(
        (
            m
            for m in mentions
            if m.kind == "role" and m.sentence is not None and "raad" in m.text.lower()
        ),
        key=lambda m: m.start,
    )
    members = [m for m in mentions if m.kind == "role" and m.entity.endswith(_COUNCIL_MEMBERS)]
    out = []
    for m in councils:
        if not m.entity.endswith(_COUNCIL_MEMBERS) or _OF.match(text, m.end):
            continue
        said = m.text.lower()
        if not (
            _DETERMINED_COUNCIL.fullmatch(said)
            or (said == "raad" and _DETERMINED.search(text[max(0, m.start - 6) : m.start]))
        ):
            continue
        taken = _council_before(doc, councils, members, m)
        if taken is not None:
            out.append(replace(m, entity=taken.entity))
    return out


def _council_before(
    doc: Document,
    councils: list[SentenceMention],
    members: list[SentenceMention],
    m: SentenceMention,
) -> SentenceMention | None:
    """The council named by a compound that ``m`` ("de raad") takes up, or None."""
    before = [c for c in councils if c.end <= m.start]
    if not before or before[-1].entity == m.entity:
        return None  # the municipal council named last, or no council before
    last = before[-1]
    if m.sentence is None or last.sentence is None or m.sentence - last.sentence > _COUNCIL_REACH:
        return None
    paragraph: dict[int | None, int] = {s.index: s.paragraph for s in doc.sentences}
    if paragraph.get(m.sentence) != paragraph.get(last.sentence):
        return None
    said = doc.text[max(0, m.start - 5) : m.end].lower()
    pointing = said.endswith("deze raad") and last.sentence == m.sentence
    if not pointing and any(
        c.entity == m.entity
        and c.end <= m.start
        and paragraph.get(c.sentence) == paragraph.get(m.sentence)
        for c in members
    ):
        return None  # the municipal council named in the paragraph before: "de raad" may be it
    # ("deze raad" in the sentence that names a council points at it, whatever came before)
    return last if not last.text.lower().startswith("raad") else None


#: How many sentences back a compound ("de ouderenbonden") is still what its bare head ("de
#: bonden") takes up.
_HEAD_REACH = 3


def head_takeups(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """A group named by the bare head of a compound named shortly before ("de ouderenbonden
    … De bonden maken zich zorgen"): the head takes up the compound's group, as a definite
    noun takes up what it names (general Dutch reference), not the broader group the head
    alone would name. The compound is the last role mention up to ``_HEAD_REACH`` sentences
    back in the section whose single word ends in the head, and the head's own group is not
    named in between. "de raad" is read by :func:`council_takeups`.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Er zijn drie ouderenbonden. De bonden zijn kritisch."
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\n" + body + "\\n", "t", set())
    >>> a, b = doc.text.index("ouderenbonden"), doc.text.index("bonden zijn")
    >>> named = SentenceMention("id/role/ouderenbond", "role", a, a + 13, "ouderenbonden", 1)
    >>> head = SentenceMention("id/role/bond", "role", b, b + 6, "bonden", 2)
    >>> [(m.entity, m.text) for m in head_takeups(doc, [named, head])]
    [('id/role/ouderenbond', 'bonden')]
    """
    text = doc.text
    roles = sorted((m for m in mentions if m.kind == "role" and m.sentence is not None), key=_at)
    section: dict[int | None, int | None] = {s.index: s.section for s in doc.sentences}
    out = []
    for k, m in enumerate(roles):
        said = _DETERMINER_OPENS.sub("", m.text.lower())
        if " " in said or said in ("raad", "raden") or len(said) < 4:
            continue
        if not (said != m.text.lower() or _DETERMINED.search(text[max(0, m.start - 6) : m.start])):
            continue
        for c in reversed(roles[:k]):
            if c.entity == m.entity or (m.sentence or 0) - (c.sentence or 0) > _HEAD_REACH:
                break  # its own group named in between, or too far back
            if section.get(c.sentence) != section.get(m.sentence):
                break
            compound = c.text.lower()
            if " " not in compound and compound.endswith(said) and len(compound) > len(said) + 2:
                out.append(replace(m, entity=c.entity))
                break
    return out


_DETERMINER_OPENS = re.compile(r"^(?:de|deze|die)\s+")


def _at(m: SentenceMention) -> int:
    return m.start


#: "dezelfde ambtenaren", "deze ambtenaren": a demonstrative or "dezelfde" before a group's noun.
_SAME = re.compile(r"\b(?:dezelfde|deze)\s+$", re.IGNORECASE)
#: A role and the role it is narrower than (``skos:broader`` in ``ontology/roles.ttl``).
_BROADER = re.compile(r"^role:([\w-]+)\s.*?skos:broader\s+role:([\w-]+)", re.MULTILINE)


@lru_cache(maxsize=1)
def _narrower() -> dict[str, frozenset[str]]:
    """Each role's slug → the slugs of the roles narrower than it (``ontology/roles.ttl``)."""
    from kg.resources import bundled_dir  # the shipped ontology (source checkout or wheel)

    path = bundled_dir("ontology", "kg.ttl") / "roles.ttl"
    out: dict[str, set[str]] = {}
    for narrow, broad in _BROADER.findall(path.read_text(encoding="utf-8")):
        out.setdefault(broad, set()).add(narrow)
    return {broad: frozenset(narrow) for broad, narrow in out.items()}


def same_takeups(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """A broader group named with "dezelfde" or "deze" that takes up a narrower one named
    shortly before in its paragraph ("Beleidsmedewerkers wijzen erop … volgens dezelfde
    ambtenaren …"): the demonstrative says it is the group just named (general Dutch
    reference), so the mention is that group's, not the broader one's. The narrower group is
    the last role mention up to ``_HEAD_REACH`` sentences back in the paragraph whose role is
    narrower (``skos:broader`` in ``ontology/roles.ttl``).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Beleidsmedewerkers wijzen op de kosten. Het is volgens dezelfde ambtenaren te duur."
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\n" + body + "\\n", "t", set())
    >>> a, b = doc.text.index("Beleids"), doc.text.index("ambtenaren")
    >>> named = SentenceMention("id/role/policy-officers", "role", a, a + 18, "Beleids…", 1)
    >>> same = SentenceMention("id/role/civil-servants", "role", b, b + 10, "ambtenaren", 2)
    >>> [(m.entity, m.text) for m in same_takeups(doc, [named, same])]
    [('id/role/policy-officers', 'ambtenaren')]
    """
    text = doc.text
    if "deze" not in text:
        return []
    roles = sorted((m for m in mentions if m.kind == "role" and m.sentence is not None), key=_at)
    paragraph: dict[int | None, int] = {}
    out = []
    low = lowered(text)  # the document's lower case (None: a letter it reads apart)
    for k, m in enumerate(roles):
        lo = max(0, m.start - 10)
        if low is not None and low.find("deze", lo, m.start) < 0:
            continue  # every match of _SAME holds "deze" (most mentions: none before them)
        if not _SAME.search(text, lo, m.start):
            continue
        narrower = _narrower().get(m.entity.rsplit("/", 1)[-1], frozenset())
        if not narrower:
            continue
        paragraph = paragraph or {s.index: s.paragraph for s in doc.sentences}
        for c in reversed(roles[:k]):
            if (m.sentence or 0) - (c.sentence or 0) > _HEAD_REACH or paragraph.get(
                c.sentence
            ) != paragraph.get(m.sentence):
                break
            if c.entity == m.entity:
                break  # the broader group itself named before: it is that one
            if c.entity.rsplit("/", 1)[-1] in narrower:
                out.append(replace(m, entity=c.entity))
                break
    return out


def with_anaphors(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` plus the resolved anaphors, which replace the role mentions they cover.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\nDe corporatie werkt.\\n", "t", set())
    >>> with_anaphors(doc, [])  # no antecedent: nothing added
    []
    """
    found = (
        resolve_anaphors(doc, mentions)
        + council_takeups(doc, mentions)
        + head_takeups(doc, mentions)
        + same_takeups(doc, mentions)
    )
    kept = [
        m
        for m in mentions
        if not (m.kind == "role" and any(a.start <= m.start and m.end <= a.end for a in found))
    ]
    return sorted(kept + found, key=lambda m: (m.start, m.end, m.entity))
