"""kg.extract.standings: a quantity's level stated by a verb or a predicate."""

from __future__ import annotations

import pytest

from kg.extract.standings import find_standings
from tests.extract_helpers import extract_text


def standings(text):
    return [
        (text[c.start : c.end], c.comparison, c.reference)
        for c in find_standings(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "quote", "comparison", "reference"),
    [
        (
            "De arbeidsparticipatie blijft achter bij het landelijk gemiddelde.",
            "De arbeidsparticipatie blijft achter bij het landelijk gemiddelde",
            "lower",
            "national average",
        ),
        (
            "De uitgaven aan jeugdhulp overschrijden het budget.",
            "De uitgaven aan jeugdhulp overschrijden het budget",
            "higher",
            "expected",
        ),
        (
            "Ouderen zijn in de gemeente oververtegenwoordigd.",
            "Ouderen zijn in de gemeente oververtegenwoordigd",
            "higher",
            "national average",
        ),
        ("De bevolking vergrijst snel.", "De bevolking vergrijst", "higher", None),
        ("Het dorp ontgroent.", "Het dorp ontgroent", "lower", None),
        ("Het UWV maakt te weinig capaciteit vrij.", "te weinig capaciteit", "lower", None),
        ("Er is onvoldoende personeel beschikbaar.", "onvoldoende personeel", "lower", None),
        (
            "De ervaren gezondheid is volgens de monitor goed.",
            "De ervaren gezondheid is volgens de monitor goed",
            "higher",
            None,
        ),
        (
            "De arbeidsparticipatie is ongunstig.",
            "De arbeidsparticipatie is ongunstig",
            "lower",
            None,
        ),
        ("Opvallend is het hoge aantal meldingen.", "het hoge aantal meldingen", "higher", None),
        ("Het dorp kent een lage jeugdwerkloosheid.", "een lage jeugdwerkloosheid", "lower", None),
        ("Er zijn hoge kosten voor vervoer.", "hoge kosten", "higher", None),
        (
            "Het dorp heeft een relatief jonge bevolking.",
            "een relatief jonge bevolking",
            "higher",
            None,
        ),
        (
            "Het gebruik van jeugdhulp is even hoog als landelijk.",
            "Het gebruik van jeugdhulp is even hoog als landelijk",
            "equal",
            "national average",
        ),
        (
            "De werkloosheid ligt op hetzelfde niveau als in de regio.",
            "De werkloosheid ligt op hetzelfde niveau als in de regio",
            "equal",
            "region",
        ),
        (
            "Het aandeel eenpersoonshuishoudens is groot.",
            "aandeel eenpersoonshuishoudens is groot",
            "higher",
            None,
        ),
        (
            "Er is een gemiddelde vergrijzing.",
            "een gemiddelde vergrijzing",
            "equal",
            "national average",
        ),
        ("Het dorp kent een forse krimp.", "een forse krimp", "lower", None),
        (
            "De bevolking is ouder dan gemiddeld.",
            "bevolking is ouder dan gemiddeld",
            "higher",
            "national average",
        ),
        (
            "De Wmo-kosten behoren tot de hoogste van de regio.",
            "De Wmo-kosten behoren tot de hoogste van de regio",
            "higher",
            "region",
        ),
        ("Het dorp heeft te maken met krimp.", "krimp", "lower", None),
        (
            "De sociaaleconomische situatie is zwak.",
            "De sociaaleconomische situatie is zwak",
            "worse",
            None,
        ),
        (
            "Het aantal trajecten is beperkt.",
            "Het aantal trajecten is beperkt",
            "lower",
            None,
        ),
    ],
)
def test_a_level_stated_by_a_verb_or_a_predicate(text, quote, comparison, reference):
    assert standings(text) == [(quote, comparison, reference)]


@pytest.mark.parametrize(
    ("text", "quote", "comparison", "reference"),
    [
        (
            "De werkloosheid is in de regio het hoogst.",
            "De werkloosheid is in de regio het hoogst",
            "higher",
            "region",
        ),
        (
            "Het aantal daklozen is het laagst van de provincie.",
            "Het aantal daklozen is het laagst van de provincie",
            "lower",
            "province",
        ),
        (
            "De jeugdwerkloosheid behoort tot de hoogste van Nederland.",
            "De jeugdwerkloosheid behoort tot de hoogste van Nederland",
            "higher",
            "national average",
        ),
        (
            "Het dorp is sterker vergrijsd dan het landelijk gemiddelde.",
            "Het dorp is sterker vergrijsd dan het landelijk gemiddelde",
            "higher",
            "national average",
        ),
        (
            "De bevolking vergrijst sneller dan in de rest van de provincie.",
            "De bevolking vergrijst sneller dan in de rest van de provincie",
            "higher",
            "province",
        ),
        (
            "Vergeleken met Nederland heeft het dorp een oudere bevolking.",
            "een oudere bevolking",
            "higher",
            "national average",
        ),
    ],
)
def test_a_superlative_or_an_ageing_compared(text, quote, comparison, reference):
    assert standings(text) == [(quote, comparison, reference)]


@pytest.mark.parametrize(
    "text",
    [
        "De nood is hier het hoogst.",  # no quantity
        "Het team is het grootst in het noorden van het land.",  # a team, not a quantity
        "Het dorp is minder vergrijsd geraakt.",  # no reference: not this form
    ],
)
def test_what_is_no_superlative_or_ageing_compared(text):
    assert standings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het kind blijft achter bij leeftijdgenoten.",  # no quantity lags
        "Het is een vergrijsde gemeente.",  # a characterisation, not a level
        "De kwaliteit van de zorg is goed.",  # a verdict on work, not a statistic
        "De samenwerking is goed.",  # no quantity
        "Er is extra aandacht voor te veel regels.",  # rules are no resource
        "De helft van de huishoudens heeft een laag inkomen.",  # a group, not a level
        "De zorg is van een hoog niveau.",  # a verdict on quality
        "Zij is een van de grootste aanbieders.",  # no quantity is compared
        "De zorgbehoefte is groot.",  # a need, not a share or count
    ],
)
def test_what_is_no_standing_of_a_quantity(text):
    assert standings(text) == []


def test_a_shrinking_population_is_a_standing_of_the_inhabitants():
    _, ex = extract_text("Er is sprake van een forse krimp.")
    assert [(i.measure, i.comparison) for i in ex.indicators] == [("inhabitants", "decrease")]


def test_a_standing_is_an_observation_without_a_figure_with_its_measure():
    _, ex = extract_text("De bevolking vergrijst snel.")
    found = [(i.value, i.unit, i.measure, i.comparison) for i in ex.indicators]
    assert found == [(None, None, "share-65-plus", "increase")]  # a change over time


def test_a_trend_or_a_group_called_large_is_a_high_level():
    from kg.extract.standings import find_standings

    for sentence in ("De vergrijzing is groot.", "De groep laaggeletterden is relatief groot."):
        assert [c.comparison for c in find_standings(sentence, 0, len(sentence))] == ["higher"]


def test_the_same_level_as_the_country_needs_no_quantity_noun():
    assert standings("Jeugdhulp met verblijf ligt op hetzelfde niveau als landelijk.") == [
        (
            "Jeugdhulp met verblijf ligt op hetzelfde niveau als landelijk",
            "equal",
            "national average",
        )
    ]
    assert standings("Het ligt ongeveer op hetzelfde niveau als landelijk.") == []


@pytest.mark.parametrize(
    "sentence",
    ["Veel inwoners zijn ouder dan 65 jaar.", "De inwoners zijn ouder dan vijfenzestig jaar."],
)
def test_an_age_bound_is_no_older_population(sentence):
    # no comparison; "Veel inwoners" is only a vague amount of people (value null)
    _, ex = extract_text(sentence)
    expected = [(None, None, "Veel")] if sentence.startswith("Veel") else []
    assert [(i.comparison, i.value, i.qualifier) for i in ex.indicators] == expected


def test_a_superlative_among_others_is_one_observation():
    _, ex = extract_text("De werkloosheid is een van de hoogste in de regio.")
    assert [(i.comparison, i.reference) for i in ex.indicators] == [("higher", "regional average")]


def test_a_superlative_in_a_named_province_has_its_average_as_reference():
    _, ex = extract_text("De werkloosheid behoort tot de laagste van Limburg.")
    assert [(i.comparison, i.reference) for i in ex.indicators] == [("lower", "provincial average")]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("De arbeidsparticipatie loopt achter op het landelijk gemiddelde.", "national average"),
        ("De arbeidsparticipatie loopt achter op andere gemeenten.", "other municipalities"),
    ],
)
def test_lagging_behind_with_op_is_a_lower_level_not_a_rise(sentence, reference):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators] == [("lower", reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wat opvalt is het hoge aantal kinderen met jeugdhulp.", ("clients", "higher")),
        ("Opvallend is het lage aantal werklozen.", ("unemployment-rate", "lower")),
        ("Het lage gebruik van de Wmo valt op.", ("share-wmo", "lower")),
    ],
)
def test_a_level_adjective_of_a_generic_quantity_keeps_what_it_counts(sentence, expected):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [expected]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        # a plural subject called scarce is few
        ("De banen in de regio zijn schaars.", "lower"),
    ],
)
def test_a_plural_subject_called_scarce_is_few(text, comparison):
    assert [c.comparison for c in find_standings(text, 0, len(text))] == [comparison]


def test_scarce_needs_a_plural_or_a_quantity():
    text = "Goede begeleiding is schaars."
    assert find_standings(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "quote", "comparison"),
    [
        ("Veel ouderen krijgen van het CAK een hoge rekening.", "een hoge rekening", "higher"),
        (
            "Werkgevers noemen de lage loonkostensubsidie een drempel.",
            "de lage loonkostensubsidie",
            "lower",
        ),
        (
            "De hoge afhankelijkheid van een uitkering weegt op de begroting.",
            "De hoge afhankelijkheid",
            "higher",
        ),
        (
            "Het dorp krijgt een lage uitkering uit het gemeentefonds.",
            "een lage uitkering",
            "lower",
        ),
        ("Het loket scoort een hoge klantwaardering.", "een hoge klantwaardering", "higher"),
        (
            "Hoge subsidies aan de welzijnsstichting drukken de begroting.",
            "Hoge subsidies",
            "higher",
        ),
    ],
)
def test_a_level_before_an_amount_bill_or_rate_is_a_standing(text, quote, comparison):
    assert standings(text) == [(quote, comparison, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mensen met een lage uitkering kunnen de eigen bijdrage niet betalen.",
        "Huishoudens met een hoge uitkering gaan er niet op vooruit.",
        "De wethouder sprak haar hoge waardering uit voor de vrijwilligers.",
        "Het college houdt rekening met hogere kosten.",
        "De gemeente verstrekt de subsidie pas in juni.",
    ],
)
def test_no_level_of_an_amount(text):
    assert [q for q, _, _ in standings(text) if "kosten" not in q] == []


@pytest.mark.parametrize(
    ("text", "quote", "comparison"),
    [
        ("- Sterke vergrijzing → meer vraag naar zorg", "Sterke vergrijzing", "higher"),
        ("Demografie: forse ontgroening in de dorpen", "forse ontgroening", "lower"),
        ("- Lichte krimp, vooral in de kernen", "Lichte krimp", "lower"),
        ("Snelle vergrijzing in de oude wijken", "Snelle vergrijzing", "higher"),
    ],
)
def test_a_trend_degree_opening_a_bullet_or_label_needs_no_article(text, quote, comparison):
    assert (quote, comparison, None) in standings(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente rekent met sterke groei van het aantal cliënten.",
        "Het beleid houdt rekening met forse krimp in de dorpen.",
    ],
)
def test_an_article_less_trend_degree_inside_a_clause_is_no_standing(text):
    assert not [s for s in standings(text) if s[0].lower().startswith(("sterke", "forse"))]


@pytest.mark.parametrize(
    ("text", "quote", "comparison", "reference"),
    [
        (
            "Er zijn te weinig vrijwilligers in de dorpen.",
            "te weinig vrijwilligers",
            "less",
            "need",
        ),
        (
            "De wachtlijst groeit omdat er te weinig woningen zijn.",
            "te weinig woningen",
            "less",
            "need",
        ),
        (
            "In de kleine kernen zijn te weinig mantelzorgers.",
            "te weinig mantelzorgers",
            "less",
            "need",
        ),
        ("Volgens het team is er te weinig personeel.", "te weinig personeel", "less", "need"),
        ("Het UWV maakt te weinig capaciteit vrij.", "te weinig capaciteit", "lower", None),
    ],
)
def test_too_few_that_exist_is_less_than_needed(text, quote, comparison, reference):
    assert (quote, comparison, reference) in standings(text)


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder vindt dat die lage percentages vooral iets zeggen over de kernen.",
        "Deze hoge cijfers komen deels door een nieuwe manier van tellen.",
        "Zulke hoge scores had niemand verwacht.",
        "Volgens de ambtenaar is dat lage percentage een toevalstreffer.",
    ],
)
def test_a_level_adjective_pointing_back_to_figures_is_no_standing(text):
    assert standings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente kampt met hoge cijfers voor schooluitval.",
        "Het lage percentage werkende jongeren baart zorgen.",
    ],
)
def test_a_level_adjective_of_figures_without_a_demonstrative_stays(text):
    assert standings(text) != []
