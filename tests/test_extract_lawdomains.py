"""Laws named by their policy fields (kg/extract/lawdomains.py, kg/data/law-domains.toml)."""

from __future__ import annotations

import pytest

from kg.extract.lawdomains import field_laws, field_spans, load_fields
from tests.extract_helpers import extract_text, finding_for, key


def _laws(text: str, skip=None) -> list[str]:  # noqa: ANN001
    return sorted(law.rsplit("/", 1)[-1] for law in field_laws(text, 0, len(text), skip))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huisartsen missen een aanspreekpunt voor jeugd.", ["jeugdwet"]),
        (
            "Het team werkt voor Wmo, jeugd en participatie.",
            ["jeugdwet", "participatiewet", "wmo-2015"],
        ),
        ("Het berichtenverkeer voor jeugd en Wmo hapert.", ["jeugdwet", "wmo-2015"]),
        (
            "De consulenten van werk en inkomen en jeugd overleggen.",
            ["jeugdwet", "participatiewet"],
        ),
        (
            "De decentralisatiewetten zitten elkaar in de weg.",
            ["jeugdwet", "participatiewet", "wmo-2015"],
        ),
    ],
)
def test_a_field_names_its_law(text, expected):
    assert _laws(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De jeugd heeft de sluiting van de mijnen niet meegemaakt.",  # the young people
        "Onze jeugd trekt naar de stad.",
        "Opgelegde participatie is een kwestie van lange adem.",  # taking part, alone
        "Het gebruik van jeugdhulp is laag.",  # a compound is a label of its own
        # a common noun with a count: the laws as rules in general, not their names
        "Volgens hen werken de drie wetten in de praktijk langs elkaar heen.",
    ],
)
def test_no_law_without_its_field(text):
    assert _laws(text) == []


def test_a_field_inside_another_mention_is_skipped():
    text = "Het Centrum voor Jeugd en Gezin helpt."
    at = text.index("Centrum")
    assert _laws(text, [(at, at + len("Centrum voor Jeugd en Gezin"))]) == []
    assert _laws(text) == ["jeugdwet"]


def test_every_field_is_one_of_the_three_laws():
    keys = {field.law.rsplit("/", 1)[-1] for field in load_fields()}
    assert keys == {"jeugdwet", "participatiewet", "wmo-2015"}


def test_the_finding_is_about_the_law_its_field_names():
    doc, ex = extract_text(
        "Huisartsen zijn tevreden, maar missen een vast aanspreekpunt voor jeugd."
    )
    finding = finding_for(doc, ex, "aanspreekpunt voor jeugd")
    assert "law/jeugdwet" in {key(c) for c in finding.concerns}
    # the bare stem after "voor" is also a mention of the law (kg.extract.youthdomain,
    # as the gold has it); "de jeugd" (the young people) is none
    assert [m.text for m in ex.mentions if key(m.entity) == "law/jeugdwet"] == ["jeugd"]
    _, ex = extract_text("Huisartsen zijn tevreden, maar de jeugd mist een aanspreekpunt.")
    assert not any(key(m.entity) == "law/jeugdwet" for m in ex.mentions)


def test_the_participatiewet_is_named_by_its_wage_value_instruments():
    # "loonwaarde" and "loonkostensubsidie" are terms of the Participatiewet (art. 6, 10d),
    # after an article too
    doc, ex = extract_text(
        "Het werkbedrijf bepaalt eerst de loonwaarde van elke kandidaat.",
        "Werkgevers krijgen de loonkostensubsidie als zij iemand in dienst nemen.",
    )
    laws = [
        {key(c) for c in finding_for(doc, ex, word).concerns if key(c).startswith("law/")}
        for word in ("loonwaarde", "loonkostensubsidie")
    ]
    assert laws == [{"law/participatiewet"}, {"law/participatiewet"}]
    # a term of the law, not a mention of it
    assert not any(key(m.entity) == "law/participatiewet" for m in ex.mentions)


def test_a_field_that_names_a_law_is_no_topic():
    from extract_helpers import extract_text

    _doc, ex = extract_text("Huisartsen missen een vast aanspreekpunt voor jeugd.")
    (finding,) = ex.findings
    labels = {ex.topics[t].label for t in finding.topics}
    assert "jeugd" not in labels
    assert "aanspreekpunt" in labels


def test_a_law_named_in_a_list_of_fields_hides_none_of_the_others():
    _, ex = extract_text(
        "Ambtenaren vinden dat één team van consulenten voor Wmo, jeugd en participatie goed werkt."
    )
    (finding,) = ex.findings
    assert {"law/wmo-2015", "law/jeugdwet", "law/participatiewet"} <= {
        key(c) for c in finding.concerns
    }


def test_a_field_after_an_actor_is_a_title_not_the_law():
    doc, ex = extract_text(
        "Huisartsen zijn blij met de praktijkondersteuner jeugd in hun praktijk."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "praktijkondersteuner").concerns}
    assert "law/jeugdwet" not in concerns
    doc, ex = extract_text("Huisartsen missen een vast aanspreekpunt voor jeugd.")
    concerns = {key(c) for c in finding_for(doc, ex, "aanspreekpunt").concerns}
    assert "law/jeugdwet" in concerns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "de jeugd" beside another field's law: the youth domain
        ("Het geld van de Wmo gaat dit jaar naar de jeugd.", ["jeugdwet"]),
        ("Waar de Participatiewet krimpt, groeit de jeugd elk jaar.", ["jeugdwet"]),
        ("De Wmo blijft binnen het budget; de jeugd niet.", ["jeugdwet"]),
        # a word of money or steering before "op de jeugd"
        ("Het tekort op de jeugd loopt in 2017 verder op.", ["jeugdwet"]),
        ("De gemeente moet fors bezuinigen op de jeugd.", ["jeugdwet"]),
        ("Raadsleden willen beter sturen op de jeugd.", ["jeugdwet"]),
        # the field's name joined to a noun of money
        ("Het jeugdbudget raakt dit jaar op.", ["jeugdwet"]),
        ("De jeugdkosten stijgen sneller dan verwacht.", ["jeugdwet"]),
        ("Volgens de wethouder dekt het participatiebudget dat niet.", ["participatiewet"]),
    ],
)
def test_the_youth_domain_beside_another_field_or_its_money(text, expected):
    assert _laws(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De Wmo-consulent ziet dat de jeugd zich op straat verveelt.",  # a compound, no law
        "De jeugd van het dorp sport veel op zaterdag.",
        "Het jeugdwerk op zaterdag trekt veel bezoekers.",  # no money compound
        "Er is een tekort aan plekken, de jeugd trekt weg.",  # no "op" before it
    ],
)
def test_the_young_people_stay_young_people(text):
    assert _laws(text) == []


def test_money_compounds_and_the_paired_domain_are_no_field_spans():
    # both stay subjects of their own (topics): only a bare field name stands for its law
    text = "Het jeugdbudget raakt op, maar de Wmo houdt over voor de jeugd en voor jeugd."
    assert _laws(text) == ["jeugdwet"]
    assert [text[a:b] for a, b in field_spans(text, 0, len(text))] == ["jeugd"]
    assert field_spans(text, 0, len(text))[0][0] == text.rindex("jeugd")
