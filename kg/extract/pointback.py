"""Definite descriptions and short names that point back to a named body or organisation.

Dutch prose names an organisation once and then refers to it by its type or by the
first word of its name: "Woningstichting X … De corporatie kon daardoor …", "Helder
Welzijn … volgens de welzijnsorganisatie", "De Werkdienst Walcheren … al klaagt de
Werkdienst". :mod:`kg.extract.anaphora` reads the type nouns whose antecedent carries
the noun itself and stands before it in the same section; this module reads what it
leaves:

- a type noun of the ``[definite_names]`` table of kg/data/organisation-cues.toml after
  an article or demonstrative ("de corporatie", "de intergemeentelijke dienst"), with no
  name after it, is the body or organisation named before it whose name holds one of the
  noun's word parts ("Woonstichting X" for "corporatie", also when the type word before the
  name is in lower case: "woonstichting X"), else the only one the whole
  document names (a profile may describe a body before it names it);
- a capitalised word after an article, with no other capitalised word after it ("de
  Werkdienst", "Het Werkplein"), that opens the multi-word name of exactly one body or
  organisation of the document (and is not an acronym: "de GGD" is often the GGDs in
  general) is a short form of that name; so is the type noun in lower case where the
  lexicon reads it as the generic group ("het werkplein" after "Werkplein Oost").

A noun already read as a name, or as part of one, is left alone; a role mention of the
generic type ("corporatie": housing corporations in general) gives way.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.document import Document
from kg.extract.model import SentenceMention
from kg.extract.wordtokens import lowered

__all__ = ["load_definite_names", "point_back"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "organisation-cues.toml"
_NAMED = frozenset({"body", "organisation"})
#: An article or demonstrative, and at most one adjective ("de regionale inkooporganisatie"
#: is in the table itself; "het gezamenlijke werkbedrijf"), right before the noun.
_DETERMINER = re.compile(r"(?<![\w-])(?:de|het|die|deze|dat|dit)\s+(?:[a-z]+e\s+)?$", re.I)
#: A capitalised word after the noun: the noun is the type word of a name ("de dienst X").
_NAME_AFTER = re.compile(r"[\w-]|\s+[A-Z]")
#: A lower-case type word right before a name ("woonstichting Teststad"), no article.
_TYPE_BEFORE = re.compile(r"(?<![\w-])(?!(?:de|het|een|van|voor|bij|met|en|of)\s)([a-z]{5,})\s+$")
#: The article before a short name ("de Werkdienst", "Het Werkplein").
_ARTICLE = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+$")


@lru_cache(maxsize=2)
def load_definite_names(path: str | Path = CUES_FILE) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The nouns of ``[definite_names]`` with the word parts of the names they stand for,
    longest noun first.

    Examples
    --------
    >>> dict(load_definite_names())["corporatie"]
    ('wonen', 'woon', 'woning')
    >>> load_definite_names()[0][0]
    'intergemeentelijke dienst'
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))["definite_names"]
    return tuple(sorted(((n, tuple(p)) for n, p in data.items()), key=lambda r: (-len(r[0]), r[0])))


def _noun_spans(text: str, low: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The bare definite type nouns of ``text``: (start, end, word parts), no two overlapping."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for noun, parts in load_definite_names():
        pos = low.find(noun)
        while pos >= 0:
            end = pos + len(noun)
            if (
                (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "-"))
                and not _NAME_AFTER.match(text, end)
                and _DETERMINER.search(low, max(0, pos - 24), pos)
                and not any(s < end and pos < e for s, e, _ in found)
            ):
                found.append((pos, end, parts))
            pos = low.find(noun, end)
    return found


def _antecedent(names: list[SentenceMention], start: int, fits) -> SentenceMention | None:  # noqa: ANN001
    """The named mention ``fits`` accepts last before ``start``, else the only entity it
    accepts in the document when that is a body: a municipality takes part in one joint
    service of a kind, while "de corporatie" before any is named may be any of them."""
    fitting = [m for m in names if fits(m)]
    before = [m for m in fitting if m.end <= start]
    if before:
        return before[-1]
    if len({m.entity for m in fitting}) != 1 or fitting[0].kind != "body":
        return None
    return fitting[0]


def point_back(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with the definite descriptions and short names that point back to a
    named body or organisation read as it (see the module's description).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = ("Woningstichting Noord bouwt. De corporatie wacht. "
    ...         "De Werkdienst Zuid helpt. Volgens de Werkdienst gaat het goed.")
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> t = doc.text
    >>> a, b = t.index("Woningstichting"), t.index("Werkdienst Zuid")
    >>> named = [SentenceMention("o/wsn", "organisation", a, a + 21, "Woningstichting Noord", 0),
    ...          SentenceMention("b/wz", "body", b, b + 15, "Werkdienst Zuid", 2)]
    >>> [(m.text, m.entity) for m in point_back(doc, named)]  # doctest: +NORMALIZE_WHITESPACE
    [('Woningstichting Noord', 'o/wsn'), ('corporatie', 'o/wsn'),
     ('Werkdienst Zuid', 'b/wz'), ('Werkdienst', 'b/wz')]
    """
    text = doc.text
    low = lowered(text) or text.lower()
    names = [
        m
        for m in mentions
        if m.kind in _NAMED and m.sentence is not None and m.text[:1].isupper() and m.end > m.start
    ]
    if not names:
        return mentions
    spans: list[tuple[int, int, SentenceMention]] = []
    for s, e, parts in _noun_spans(text, low):
        own = low[s:e]

        def typed(m: SentenceMention, parts: tuple[str, ...] = parts, own: str = own) -> bool:
            name = m.text.lower()
            if name == own:
                return False
            if any(p in name for p in parts):
                return True
            before = _TYPE_BEFORE.search(low, max(0, m.start - 30), m.start)
            # "woonstichting Teststad": the type word before the name
            return before is not None and any(p in before.group(1) for p in parts)

        found = _antecedent(names, s, typed)
        if found is not None:
            spans.append((s, e, found))
    heads = _heads(names)
    for word, ante in heads.items():
        spans += [(s, s + len(word), ante) for s in _short_at(text, word)]
    spans += _typed_heads(text, mentions, heads)
    return _with(doc, mentions, spans)


def _short_at(text: str, word: str) -> list[int]:
    """Where ``word`` stands alone after an article, with no capitalised word after it.

    Examples
    --------
    >>> _short_at("De Werkdienst Zuid helpt. Toch klaagt de Werkdienst.", "Werkdienst")
    [41]
    """
    out = []
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not _NAME_AFTER.match(text, end) and _ARTICLE.search(text, max(0, pos - 5), pos):
            out.append(pos)
        pos = text.find(word, end)
    return out


def _typed_heads(
    text: str, mentions: list[SentenceMention], heads: dict[str, SentenceMention]
) -> list[tuple[int, int, SentenceMention]]:
    """The role mentions of a type noun in lower case after an article ("het werkplein") whose
    noun opens the name of the one body the document names so ("Werkplein Oost"): the
    document's own one, as its short name "het Werkplein" is.

    Examples
    --------
    >>> text = "Werkplein Oost helpt. Op het werkplein is het druk."
    >>> name = SentenceMention("b/wo", "body", 0, 14, "Werkplein Oost", 0)
    >>> role = SentenceMention("r/werkplein", "role", 29, 38, "werkplein", 1)
    >>> [(s, e, a.entity) for s, e, a in _typed_heads(text, [name, role], _heads([name]))]
    [(29, 38, 'b/wo')]
    """
    lower = {word.lower(): ante for word, ante in heads.items()}
    out = []
    for m in mentions:
        ante = lower.get(m.text) if m.kind == "role" else None  # m.text: the lower-case noun
        if ante is not None and _ARTICLE.search(text, max(0, m.start - 5), m.start):
            out.append((m.start, m.end, ante))
    return out


def _heads(names: list[SentenceMention]) -> dict[str, SentenceMention]:
    """The first words of the multi-word names of one entity each (not all capitals)."""
    by_word: dict[str, set[str]] = {}
    first: dict[str, SentenceMention] = {}
    for m in names:
        word, sep, rest = m.text.partition(" ")
        if sep and rest[:1].isupper() and not word.isupper() and len(word) > 3:
            by_word.setdefault(word, set()).add(m.entity)
            first.setdefault(word, m)
    return {w: first[w] for w, entities in by_word.items() if len(entities) == 1}


def _with(
    doc: Document, mentions: list[SentenceMention], spans: list[tuple[int, int, SentenceMention]]
) -> list[SentenceMention]:
    """``mentions`` with a mention of each span's entity, where no name stands; a role
    mention inside the span gives way."""
    if not spans:
        return mentions
    starts = [sentence.start for sentence in doc.sentences]
    added: list[SentenceMention] = []
    dropped: set[int] = set()
    for s, e, ante in sorted(spans, key=lambda x: x[0]):
        inside = [i for i, m in enumerate(mentions) if m.start < e and s < m.end]
        if any(not _gives_way(mentions[i], s, e) for i in inside):
            continue
        dropped.update(inside)
        index = doc.sentences[bisect.bisect_right(starts, s) - 1].index
        added.append(SentenceMention(ante.entity, ante.kind, s, e, doc.text[s:e], index))
    if not added:
        return mentions
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.entity))


def _gives_way(m: SentenceMention, start: int, end: int) -> bool:
    """Whether mention ``m`` is a role mention inside ``start``-``end`` (the generic type)."""
    return m.kind == "role" and start <= m.start and m.end <= end
