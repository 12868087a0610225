"""A body speaking through a bare function noun (kg/extract/bodyfunctions.py)."""

from __future__ import annotations

import pytest

from kg.extract.bodyfunctions import bare_function, body_before, function_speaker
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, finding_for, key

COUNCIL = SentenceMention("role/wmo-council", "role", 3, 11, "Wmo-raad", 0)
SERVANTS = SentenceMention("role/civil-servants", "role", 0, 10, "Ambtenaren", 0)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("De voorzitter noemt het een formaliteit.", (0, 13)),
        ("Ook de leden zijn kritisch.", (0, 12)),
        ("De voorzitter van de Wmo-raad noemt het een formaliteit.", None),
        ("De voorzieningen zijn goed.", None),
    ],
)
def test_bare_function(sentence, span):
    assert bare_function(sentence, 0, len(sentence)) == span


def test_a_body_is_named_by_kind_or_by_a_noun_of_a_body():
    body = SentenceMention("body/isd", "body", 0, 3, "ISD", 0)
    assert body_before([COUNCIL, SERVANTS]) == "role/wmo-council"
    assert body_before([SERVANTS, body]) == "body/isd"
    assert body_before([SERVANTS]) is None


def test_only_a_reporting_function_speaks_for_the_body():
    s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    assert function_speaker(s, 0, len(s), [COUNCIL]) == ("role/wmo-council", (0, 13))
    s = "De voorzitter is in 2014 benoemd."
    assert function_speaker(s, 0, len(s), [COUNCIL]) is None
    s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    assert function_speaker(s, 0, len(s), [SERVANTS]) is None


@pytest.mark.parametrize(
    ("body", "key_"),
    [("De Wmo-raad", "role/wmo-council"), ("De cliëntenraad", "role/client-council")],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzitter noemt de eerste adviesaanvraag “een formaliteit achteraf”.",
        "De leden vinden dat zij te laat worden betrokken.",
    ],
)
def test_the_bare_function_after_a_body_speaks_for_it(body, key_, sentence):
    doc, ex = extract_text(f"{body} bevestigt dat. {sentence}")
    assert [key(s) for s in finding_for(doc, ex, sentence[:12]).speakers] == [key_]
