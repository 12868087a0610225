"""Tests of kg.extract.definedbodies: cooperation words that only define a named body."""

from __future__ import annotations

from types import SimpleNamespace

from kg.extract.concerns import body_cooperation
from kg.extract.definedbodies import defining, only_defining
from kg.extract.model import SentenceMention


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_apposition_defines_the_body() -> None:
    text = (
        "De jeugdhulp wordt ingekocht via het Inkoopbureau, een samenwerking van twaalf gemeenten."
    )
    assert defining(text, *_at(text, "samenwerking"))


def test_relative_clause_defines_the_body() -> None:
    text = "De bijstand ligt bij het Werkplein, waarin vier gemeenten met het UWV samenwerken."
    assert defining(text, *_at(text, "samenwerken"))
    text = "De toegang loopt via drie wijkteams waarin de gemeente samenwerkt met de thuiszorg."
    assert defining(text, *_at(text, "samenwerkt"))


def test_cooperation_as_the_subject_is_not_a_definition() -> None:
    text = "De samenwerking van de gemeenten in de regio verloopt moeizaam."
    assert not defining(text, *_at(text, "samenwerking"))
    text = "Het Werkplein, een samenwerking die de gemeente veel geld kost, is duur."
    assert not defining(text, *_at(text, "samenwerking"))  # no "van": a judgement follows


def test_only_defining_needs_every_word_to_define() -> None:
    text = "Het Werkplein, waarin drie gemeenten samenwerken, vindt de samenwerking lastig."
    assert not only_defining(text, 0, len(text))
    text = "Het Werkplein, waarin drie gemeenten samenwerken, helpt werkzoekenden."
    assert only_defining(text, 0, len(text))


def test_body_cooperation_skips_a_defined_body() -> None:
    lex = SimpleNamespace(resolve=lambda label, kind: SimpleNamespace(iri="p/regional"))
    text = "De inkoop loopt via het Bureau, waarin de gemeenten samenwerken."
    ms = [SentenceMention("b/bureau", "body", 24, 30, "Bureau", 0)]
    assert body_cooperation(text, 0, len(text), ms, {"b/bureau"}, lex) == set()
    text = "De samenwerking in het Bureau loopt stroef."
    ms = [SentenceMention("b/bureau", "body", 23, 29, "Bureau", 0)]
    assert body_cooperation(text, 0, len(text), ms, {"b/bureau"}, lex) == {"p/regional"}
