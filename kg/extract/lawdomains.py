"""Laws named by the policy field they govern ("voor jeugd", "Wmo, jeugd en participatie").

Municipal social-domain work is organised by the fields of the three
decentralisation laws; a text often names the field instead of the law:
"een vast aanspreekpunt voor jeugd" is about the Jeugdwet, "consulenten voor
Wmo, jeugd en participatie" about all three laws, "de decentralisatiewetten"
about all three together; a term only one law defines names that law
("loonwaarde": the Participatiewet), and so does the field's name joined to a noun
of money ("het jeugdbudget", "de jeugdkosten"). ``kg/data/law-domains.toml`` lists the
words; the findings add the laws to a claim's concerns (:func:`field_laws`). The words
are no mentions of the law: "de jeugd" (the young people) is not the Jeugdwet, unless
the claim sets it beside another field's law ("De overschotten op de Wmo dekken de jeugd
nog") or a word of money or steering stands before it ("het tekort op de jeugd"):
then it is the domain (:func:`_paired`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.prefixscan import finditer, search
from kg.extract.problemclauses import alternation
from kg.extract.sentencecache import table
from kg.namespaces import CONCEPT

__all__ = ["Field", "field_laws", "field_spans", "load_fields"]

FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "law-domains.toml"

_LINK = r"\s*(?:,|\ben\b|\bof\b|/)\s*"
_LAST_WORD = re.compile(r"(\w+)\W*$")


class Field(NamedTuple):
    """A law, the pattern of its field's names and the words that may not stand before them."""

    law: str
    pattern: re.Pattern[str]
    determiners: frozenset[str] = frozenset()
    #: the words that name the field after a determiner too where paired (:func:`_paired`)
    paired: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _read(path: str | Path) -> dict:
    """The fields file, parsed once for :func:`load_fields` and :func:`_trigger`."""
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_fields(path: str | Path = FIELDS_FILE) -> tuple[Field, ...]:
    """The laws and the compiled patterns of the words that name their fields (cached).

    Examples
    --------
    >>> sorted({f.law.rsplit("/", 1)[-1] for f in load_fields()})
    ['jeugdwet', 'participatiewet', 'wmo-2015']
    """
    data = _read(path)
    determiners = frozenset(data["determiners"])
    any_field = alternation([w for item in data["law"] for w in item.get("listed", [])])
    out = []
    for item in data["law"]:
        law = CONCEPT + "law/" + item["key"]
        if item.get("bare"):
            # no compound ("jeugdhulp", "jeugd-ggz"): the word stands alone
            bare = rf"(?<![\w-])(?:{alternation(item['bare'])})(?![\w-])"
            paired = frozenset(item.get("paired", []))
            out.append(Field(law, re.compile(bare, re.IGNORECASE), determiners, paired))
        if item.get("terms") or item.get("compounds"):
            # defined by this law alone, or its field's money: any phrase ("de
            # loonwaarde", "het jeugdbudget") names it
            words = item.get("terms", []) + item.get("compounds", [])
            terms = rf"(?<![\w-])(?:{alternation(words)})(?![\w-])"
            out.append(Field(law, re.compile(terms, re.IGNORECASE)))
        if item.get("listed"):
            own = alternation(item["listed"])
            listed = (
                rf"(?<![\w-])(?:(?:{own}){_LINK}(?:{any_field})"
                rf"|(?:{any_field}){_LINK}(?:{own}))(?![\w-])"
            )
            out.append(Field(law, re.compile(listed, re.IGNORECASE)))
    together = re.compile(rf"\b(?:{alternation(data['all']['phrases'])})\b", re.IGNORECASE)
    out += [Field(CONCEPT + "law/" + key, together) for key in data["all"]["keys"]]
    return tuple(out)


@lru_cache(maxsize=4)
def _trigger(path: str | Path = FIELDS_FILE) -> re.Pattern[str]:
    """Any word of the fields file: a claim without one names no law by its field."""
    data = _read(path)
    words = [
        w
        for item in data["law"]
        for w in item.get("bare", [])
        + item.get("listed", [])
        + item.get("terms", [])
        + item.get("compounds", [])
    ]
    return re.compile(rf"\b(?:{alternation(words + data['all']['phrases'])})", re.IGNORECASE)


def _after(text: str, start: int, at: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands right before ``at`` ("de jeugd" is the young people)."""
    before = _LAST_WORD.search(text, max(start, at - 20), at)
    return before is not None and before.group(1).lower() in words


@lru_cache(maxsize=4)
def _pairs(path: str | Path = FIELDS_FILE) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The partner laws' names on their own ("de Wmo", not "Wmo-consulenten") and a word
    of money or steering right before "op" and a determiner ("het tekort op de ")."""
    data = _read(path)["pairs"]
    partner = rf"(?<![\w-])(?:{alternation(data['partners'])})(?!\w|-[^\W\d])"
    money = rf"\b(?:{alternation(data['money'])})\s+op\s+\w+\s+$"
    return re.compile(partner, re.IGNORECASE), re.compile(money, re.IGNORECASE)


def _paired(text: str, start: int, end: int, at: int) -> bool:
    """Whether the field's name after a determiner at ``at`` is the domain: the claim
    ``text[start:end]`` names another field's law on its own, or a word of money or
    steering stands before "op" and the determiner.

    >>> s = "De overschotten op de Wmo dekken de jeugd nog."
    >>> _paired(s, 0, len(s), s.index("jeugd"))
    True
    >>> s = "Het tekort op de jeugd groeit."
    >>> _paired(s, 0, len(s), s.index("jeugd"))
    True
    >>> s = "De Wmo-consulent ziet dat de jeugd zich verveelt."
    >>> _paired(s, 0, len(s), s.index("jeugd"))
    False
    """
    partner, money = _pairs()
    return bool(money.search(text, max(start, at - 40), at) or partner.search(text, start, end))


def _title(text: str, at: int, skip: list[tuple[int, int]] | None) -> bool:
    """Whether the bare field's name at ``at`` follows another mention (an actor) right
    after a space: a title that names the field the person works in ("een
    praktijkondersteuner jeugd", "de consulent jeugd"), not a claim about the law."""
    return any(b < at and text[b:at] == " " for _a, b in skip or ())


def field_laws(
    text: str, start: int, end: int, skip: list[tuple[int, int]] | None = None
) -> set[str]:
    """The laws ``text[start:end]`` names by their fields, outside the spans ``skip``.

    ``skip`` holds the spans of other mentions: "Centrum voor Jeugd en Gezin"
    names an organisation.

    Examples
    --------
    >>> s = "Huisartsen missen een vast aanspreekpunt voor jeugd."
    >>> sorted(law.rsplit("/", 1)[-1] for law in field_laws(s, 0, len(s)))
    ['jeugdwet']
    >>> s = "Eén team van consulenten voor Wmo, jeugd en participatie."
    >>> sorted(law.rsplit("/", 1)[-1] for law in field_laws(s, 0, len(s)))
    ['jeugdwet', 'participatiewet', 'wmo-2015']
    >>> s = "De loonwaarde van elke kandidaat wordt eerst bepaald."
    >>> sorted(law.rsplit("/", 1)[-1] for law in field_laws(s, 0, len(s)))
    ['participatiewet']
    >>> s = "De jeugd heeft de sluiting niet meegemaakt; opgelegde participatie kost tijd."
    >>> field_laws(s, 0, len(s))
    set()

    A bare field's name right after an actor's mention is that person's title:

    >>> s = "Huisartsen willen een praktijkondersteuner jeugd."
    >>> field_laws(s, 0, len(s), [(22, 42)])
    set()
    """
    found: set[str] = set()
    # the patterns are tried only where one of their opening words begins (most claims
    # hold none): the same matches as their own search, without the rest of the span
    if search(_trigger(), text, start, end) is None:
        _SPANS[start, end] = []
        return found
    spans, terms = [], _terms()  # the field names, for field_spans
    for law, pattern, determiners, paired in load_fields():
        for m in finditer(pattern, text, start, end):
            after = _after(text, start, m.start(), determiners)
            if after and not (m.group().lower() in paired and _paired(text, start, end, m.start())):
                continue  # "de jeugd": the young people, unless set beside a domain
            if m.group().lower() not in terms and not after:  # "de jeugd" stays a topic
                spans.append(m.span())
            if determiners and _title(text, m.start(), skip):
                continue  # "een praktijkondersteuner jeugd": the field a person works in
            if law not in found and not any(a < m.end() and m.start() < b for a, b in skip or ()):
                found.add(law)
    _SPANS[start, end] = spans
    return found


#: Claim span → the spans of its field names (:func:`field_spans`), kept by
#: :func:`field_laws` for the document: the topics ask for them right after it.
_SPANS: dict[tuple[int, int], list[tuple[int, int]]] = table()


def field_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` names a law by its field (see :func:`field_laws`): the
    words stand for the law, so they are no topic of their own (a law is a concern).

    A term only one law defines ("loonwaarde") is a subject of its own and no field's
    name: it is left out.

    Examples
    --------
    >>> s = "Eén team van consulenten voor Wmo, jeugd en participatie."
    >>> sorted({s[a:b] for a, b in field_spans(s, 0, len(s))})
    ['Wmo, jeugd', 'jeugd', 'jeugd en participatie']
    >>> field_spans("De jeugd sport veel.", 0, 20)
    []
    """
    kept = _SPANS.get((start, end))
    if kept is not None:
        return kept
    if search(_trigger(), text, start, end) is None:
        return []
    terms = _terms()
    return [
        m.span()
        for _law, pattern, determiners, _paired_words in load_fields()
        for m in finditer(pattern, text, start, end)
        if m.group().lower() not in terms and not _after(text, start, m.start(), determiners)
    ]


@lru_cache(maxsize=4)
def _terms(path: str | Path = FIELDS_FILE) -> frozenset[str]:
    """The terms and money compounds of the fields file (lower case): subjects of their own."""
    return frozenset(
        w.lower()
        for item in _read(path)["law"]
        for w in item.get("terms", []) + item.get("compounds", [])
    )
