"""kg.gold: a gold file read into frozen records located in the document's text."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from kg.errors import DataError
from kg.gold import load_gold

TEXT = "Brunssum werkt samen met Heerlen. Ambtenaren vertellen dat 8 ton  wordt bezuinigd."
M = "https://w3id.org/kg-decentralisatie/id/municipality/"


def write(tmp_path, body: str):
    path = tmp_path / "brunssum.yaml"
    path.write_text("document: brunssum\nmunicipality: municipality/brunssum\n" + body)
    return path


def test_every_category_is_located_in_the_text(tmp_path):
    path = write(
        tmp_path,
        "mentions:\n  - {entity: municipality/heerlen, text: Heerlen, context: met Heerlen}\n"
        "indicators:\n  - {quote: '8 ton wordt', value: 800000, unit: EUR}\n"
        "relations:\n  - {type: cooperates-with, subject: municipality/brunssum,\n"
        "     object: municipality/heerlen, quote: werkt samen met Heerlen}\n"
        "findings:\n  - quote: Ambtenaren vertellen dat 8 ton wordt bezuinigd.\n"
        "    speaker: role/civil-servants\n    polarity: negative\n",
    )
    gold = load_gold(path, TEXT)
    assert gold.name == "brunssum" and gold.municipality == M + "brunssum"
    (mention,) = gold.mentions
    assert TEXT[mention.start : mention.end] == "Heerlen" and mention.line == 4
    (indicator,) = gold.indicators
    assert indicator.quote == "8 ton  wordt" and indicator.value == Decimal(800000)
    (relation,) = gold.relations
    assert (relation.subject, relation.object) == (M + "brunssum", M + "heerlen")
    (finding,) = gold.findings
    assert finding.polarity == "negative" and finding.concerns == frozenset()
    assert finding.speakers == {"https://w3id.org/kg-decentralisatie/concept/role/civil-servants"}
    with pytest.raises(FrozenInstanceError):
        finding.polarity = "positive"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("findings:\n  - {quote: 'niet in de tekst'}\n", r":4: quote not found"),
        (
            "relations:\n  - {quote: 'met Heerlen'}\n",
            r":4: missing field\(s\) object, subject, type",
        ),
        (
            "mentions:\n  - {entity: municipality/heerlen, text: Kerkrade, context: met Heerlen}\n",
            r":4: text 'Kerkrade' not inside its context",
        ),
        ("findings:\n  - {quote: 'met Heerlen', speaker: nonsense/x}\n", r":4: unknown key"),
        ("findings: [\n", r"malformed YAML"),
    ],
)
def test_errors_name_the_file_and_line(tmp_path, body, message):
    with pytest.raises(DataError, match=message):
        load_gold(write(tmp_path, body), TEXT)


def test_strict_refuses_a_quote_or_context_found_twice(tmp_path):
    text = "Heerlen groeit. In Heerlen groeit de wachtlijst, in Kerkrade groeit de wachtlijst."
    twice = write(tmp_path, "findings:\n  - {quote: 'groeit de wachtlijst'}\n")
    assert load_gold(twice, text).findings[0].start == text.index("groeit de")
    with pytest.raises(DataError, match=r":4: quote occurs 2 times in the text"):
        load_gold(twice, text, strict=True)
    context = (
        "mentions:\n  - {entity: municipality/heerlen, text: Heerlen, context: Heerlen groeit}\n"
    )
    with pytest.raises(DataError, match=r":4: context occurs 2 times"):
        load_gold(write(tmp_path, context), text, strict=True)
    once = "findings:\n  - {quote: 'in Kerkrade groeit de wachtlijst'}\n"
    assert load_gold(write(tmp_path, once), text, strict=True).findings[0].start == text.index(
        "in K"
    )
