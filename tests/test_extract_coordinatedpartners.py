"""Coordinated subjects of a verb of working together (kg.extract.coordinatedpartners),
on invented sentences (other names, other verbs than any profile)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.coordinatedpartners import GATE
from tests.test_extract_relations import OWN, relations

MEE = "organisation/mee"
HUMANITAS = "organisation/humanitas"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De wethouder vertelt dat Almelo en Hengelo in Twente samenwerken voor de schuldhulp.",
            {("cooperates-with", "municipality/almelo", "municipality/hengelo-o")},
        ),
        (
            "Omdat Almelo en Hengelo al jaren samenwerkten, lag een gezamenlijke inkoop voor"
            " de hand.",
            {("cooperates-with", "municipality/almelo", "municipality/hengelo-o")},
        ),
        (
            "Hij vertelt dat MEE, Humanitas en de gemeente sinds 2016 nauwer samenwerken.",
            {("cooperates-with", OWN, MEE), ("cooperates-with", OWN, HUMANITAS)},
        ),
        (
            "In de wijk, waar MEE en Humanitas goed samenwerken, daalde de wachttijd.",
            {("cooperates-with", MEE, HUMANITAS)},
        ),
        (  # the list goes on with a group that is no named party
            "Hij zegt dat het werk loopt via twee teams, waarin MEE, Humanitas en de thuiszorg"
            " samenwerken.",
            {("cooperates-with", MEE, HUMANITAS)},
        ),
        (
            "MEE en Humanitas overleggen elke maand over de wachtlijst.",
            {("cooperates-with", MEE, HUMANITAS)},
        ),
    ],
)
def test_coordinated_subjects_cooperate(sentence, expected):
    assert expected <= relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negation in the clause
        "Zij zegt dat MEE en Humanitas niet langer samenwerken.",
        # one party only; the other inside a prepositional phrase
        "Volgens de wethouder moeten huisartsen vaker met MEE overleggen.",
        # a list inside a prepositional phrase is no subject
        "Hij zegt dat in de wijk medewerkers van MEE en Humanitas samenwerken.",
        "Het is goed dat de teams in Almelo en Hengelo beter overleggen.",
        # a named group's members belong to it (kg.extract.grouplists)
        "Het Werkplein Noord, waarin MEE en Humanitas samenwerken, opende in 2016.",
    ],
)
def test_no_coordinated_subject_no_cooperation(sentence):
    from kg.extract.coordinatedpartners import coordinated_partners
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(sentence)
    sentence_of = next(
        s
        for s in doc.sentences
        if "overleg" in doc.text[s.start : s.end] or "samenwerk" in doc.text[s.start : s.end]
    )
    parties = [m for m in ex.mentions if sentence_of.start <= m.start < sentence_of.end]
    found: list = []
    coordinated_partners(
        SimpleNamespace(
            text=doc.text,
            start=sentence_of.start,
            end=sentence_of.end,
            own=ex.municipality.iri,
            parties=parties,
        ),
        lambda *r: found.append(r),
    )
    assert found == []


def test_gate_reads_the_plural_verbs_only():
    assert GATE.search("dat zij overlegden")
    assert not GATE.search("De samenwerking met X loopt goed.")
