"""kg.extract.measures and ontology/measures.ttl: the controlled measure vocabulary."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.measures import Measure, MeasureVocabulary, load_measures
from kg.namespaces import CONCEPT
from tests.extract_helpers import ONTOLOGY

#: Keys of the gold annotation that the vocabulary must have (measure/<key>).
GOLD_KEYS = {
    "inhabitants": "count",
    "share-65-plus": "percent",
    "share-under-25": "percent",
    "unemployment-rate": "percent",
    "benefit-recipients": "count",
    "benefit-recipients-share": "percent",
    "euro-per-inhabitant": "EUR per inhabitant",
    "budget": "EUR",
    "deficit": "EUR",
    "clients": "count",
    "households": "count",
    "share-youth-care": "percent",
    "share-wmo": "percent",
    "ratio-to-national": "ratio",
}


@pytest.fixture(scope="module")
def vocab():
    return load_measures(str(ONTOLOGY))


def test_vocabulary_loads_every_gold_key_with_its_unit(vocab):
    for key, unit in GOLD_KEYS.items():
        assert unit in vocab.measures[key].units, key


def test_every_measure_is_bilingual_and_in_the_scheme(vocab):
    for measure in vocab.measures.values():
        assert measure.label_nl and measure.label_en, measure.key
        assert measure.iri == f"{CONCEPT}measure/{measure.key}"
        assert measure.units


def test_dutch_labels_are_the_cue_words(vocab):
    text = "ruim 1.100 huishoudens, het aandeel 65-plussers en een tekort"
    assert [c for _, _, c in vocab.cues_in(text, 0, len(text))] == [
        "huishoudens",
        "aandeel 65-plussers",  # the longest label wins
        "tekort",
    ]


def test_a_cue_gives_its_measure_only_in_its_unit(vocab):
    assert vocab.choose(["inwoners"], "count", Decimal(30000)).key == "inhabitants"
    assert vocab.choose(["inwoners"], "percent", Decimal(21)) is None
    assert (
        vocab.choose(["bijstandsgerechtigden"], "count", Decimal(500)).key == "benefit-recipients"
    )
    assert (
        vocab.choose(["bijstandsgerechtigden"], "percent", Decimal(5)).key
        == "benefit-recipients-share"
    )


def test_a_count_below_the_minimum_is_not_the_population(vocab):
    assert vocab.choose(["inwoners"], "count", Decimal(2)) is None


def test_free_figures_prefer_the_named_measure_over_the_population(vocab):
    chosen = vocab.choose(["inwoners", "bijstandsuitkering"], "ratio", Decimal(2), free=True)
    assert chosen.key.startswith("benefit-recipients")


def test_a_vocabulary_written_in_code_matches_nothing_it_lacks():
    vocab = MeasureVocabulary([Measure("a", "a", "a", ("count",), None, ("appels",))])
    assert vocab.choose(["peren"], "count", Decimal(3)) is None
    assert MeasureVocabulary([]).cues_in("appels", 0, 6) == []


def test_an_income_in_euros_is_the_income_not_a_budget(vocab):
    assert vocab.choose(["besteedbaar inkomen"], "EUR", Decimal(31000)).key == "income"
    assert vocab.choose(["laag inkomen"], "percent", Decimal(60)).key == "share-low-income"


def test_measures_of_names_every_measure_of_a_cue(vocab):
    keys = {m.key for m in vocab.measures_of("re-integratietrajecten")}
    assert keys == {"reintegration-trajectories", "share-reintegration"}
    assert vocab.measures_of("raadsleden") == ()


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # the CBS Monitor sociaal domein's benefits, youth-care orders, work and health
        ("De gemeente telt 1.650 WW-uitkeringen.", "unemployment-benefits"),
        ("Er lopen 980 AO-uitkeringen in de gemeente.", "disability-benefits"),
        ("De netto arbeidsparticipatie is 64,5%.", "labour-participation"),
        ("Zo'n 15% van de huishoudens heeft problematische schulden.", "problem-debts"),
        ("Het aantal jeugdbeschermingsmaatregelen is 35.", "youth-protection"),
        ("Er lopen 12 jeugdreclasseringstrajecten.", "youth-probation"),
        ("De ervaren gezondheid ligt onder het landelijk gemiddelde.", "perceived-health"),
        # CBS's names of the share of social assistance, of low incomes and of the population
        ("De bijstandsdichtheid is 4,2%.", "benefit-recipients-share"),
        ("De gemeente heeft een hoge bijstandsdichtheid.", "benefit-recipients-share"),
        ("Het aandeel minima is 9%.", "share-low-income"),
        ("Het inwonersaantal is 45.000.", "inhabitants"),
        ("De bevolkingsomvang daalt.", "inhabitants"),
        # the use of youth care in one word
        ("Het jeugdhulpgebruik ligt met 11,2% boven het landelijk gemiddelde.", "share-youth-care"),
        ("Het jeugdzorggebruik is hoger dan landelijk.", "share-youth-care"),
        # the share's words count the clients too: the unit decides
        ("Het aandeel jeugdigen met jeugdhulp is 13%.", "share-youth-care"),
        ("Er zijn 300 jeugdigen met jeugdhulp.", "clients"),
        # a compound with a hyphen is its head: "het Wmo-budget" is a budget
        ("Het Wmo-budget is in 2016 met 9% gedaald.", "budget"),
        ("De Wmo-uitgaven stegen met 12%.", "budget"),
        ("Het aantal WIA-uitkeringen is 1.200.", "disability-benefits"),
    ],
)
def test_monitor_measures_are_read(sentence, key):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [key]


def test_the_cue_tree_matches_as_the_alternation_of_the_cues_longest_first(vocab):
    import re

    from kg.extract.measures import _cue_pattern

    cues = sorted(vocab._by_cue, key=lambda c: (-len(c), c))
    flat = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)", re.I)
    tree = _cue_pattern(cues)
    assert tree.pattern != flat.pattern
    text = (
        " ".join(c.upper() if i % 2 else c for i, c in enumerate(cues))
        + " "
        + " ".join(c + "x" for c in cues)
    )
    for at in range(len(text)):
        found, expected = tree.match(text, at), flat.match(text, at)
        assert (found and found.span()) == (expected and expected.span())


def test_letters_that_match_without_case_keep_the_alternation():
    from kg.extract.measures import _cue_pattern

    # "ſ" (long s) matches "s" without case: two branches could go on at one letter
    assert _cue_pattern(["sa", "ſab"]).pattern == r"(?<!\w)(?:ſab|sa)(?!\w)"
    assert _cue_pattern(["sa", "tab"]).pattern == r"(?<!\w)(?:sa|tab)(?!\w)"


@pytest.mark.parametrize(
    "text",
    [
        "Het AANDEEL 65-Plussers, 400 Inwoners en wmo-cliënten; geen ouderenzorg",
        "Per inwoner € 650,-, de Bijstandsuitkeringen en 65+’ers",
        "Het aandeel \u017fenioren en 400 inwoners",  # a long s: read without the lower case
        "\u0130nwoners en de WW'ers",
    ],
)
def test_cues_read_from_the_lower_case_are_those_of_the_pattern(vocab, text):
    # the cues are matched with case in the text's lower case: as without case in the text
    expected = [(m.start(), m.end(), m.group().lower()) for m in vocab._pattern.finditer(text, 3)]
    assert vocab.cues_in(text, 3, len(text)) == expected
    starts = {m.start() for m in vocab._pattern.finditer(text)}
    for pos in range(len(text)):
        m = vocab._pattern.match(text, pos)
        assert vocab.cue_at(text, pos, len(text)) == (m.group().lower() if m else None)
    assert starts


def test_a_change_in_money_is_a_money_measure(vocab):
    # "het budget voor de jeugdhulp is met € 1 miljoen verhoogd": the nearer cue names a
    # share, which no amount of money can change; a percentage stays free
    cues = ["jeugdhulp", "budget"]
    assert vocab.choose(cues, "EUR", Decimal(1000000), free=True).key == "budget"
    assert vocab.choose(cues, "percent", Decimal(15), free=True).key == "share-youth-care"


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # the spending on youth care is its costs (gold: "de uitgaven jeugdhulp … € 11 miljoen")
        ("De uitgaven aan jeugdhulp stegen met 15% ten opzichte van 2015.", "youth-care-costs"),
        ("Het tekort op de jeugdzorg bedraagt 6%.", "deficit"),
        ("Het aandeel jongeren met jeugdhulp is 11%.", "share-youth-care"),
    ],
)
def test_the_complement_of_an_amount_of_money_is_not_its_measure(sentence, key):
    from tests.extract_helpers import extract_text

    _doc, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == [key]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Er wonen steeds meer kwetsbare ouderen in gewone huurwoningen.", None),
        ("Het aantal eenzame ouderen neemt toe.", None),
        ("Steeds meer ouderen wonen zelfstandig.", "share-65-plus"),
    ],
)
def test_a_subgroup_of_an_age_group_is_not_its_share(sentence, key):
    from tests.extract_helpers import extract_text

    _doc, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == [key]


def test_a_non_western_background_is_the_share_with_a_non_western_migration_background():
    vocab = load_measures()
    assert [m.key for m in vocab.measures_of("niet-westerse achtergrond")] == ["share-non-western"]


def test_an_age_group_restricted_by_a_relative_clause_is_no_cue():
    vocab = load_measures()
    s = "Het aantal jongeren dat de school verlaat; jongeren die zorg krijgen; de jongeren."
    assert [c for _, _, c in vocab.cues_in(s, 0, len(s))] == ["jongeren"]


def test_health_rated_good_is_perceived_health():
    vocab = load_measures()
    assert [m.key for m in vocab.measures_of("gezondheid als goed")] == ["perceived-health"]


@pytest.mark.parametrize("cue", ["bezuinigt", "bezuinigde", "bespaard"])
def test_finite_verbs_of_cutting_name_a_budget_cut(cue):
    assert [m.key for m in load_measures().measures_of(cue)] == ["budget-cut"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("De gemeente telt 26.000 inwoners, van wie 24% jonger is dan 25 jaar.", "share-under-25"),
        ("De gemeente telt 18.000 inwoners, van wie 23% ouder is dan 65.", "share-65-plus"),
    ],
)
def test_an_age_group_with_its_verb_inside_the_comparison(sentence, measure):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == ["inhabitants", measure]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("het aantal jongeren tot 18 jaar met jeugdhulp", ["jongeren met jeugdhulp"]),
        ("jongeren van 12 tot 18 jaar met jeugdzorg", ["jongeren met jeugdzorg"]),
        ("het aantal jongeren (0-17 jaar) met jeugdhulp", ["jongeren met jeugdhulp"]),
        # an age bound with nothing the group has after it: the group's own cue
        ("het aandeel jongeren tot 18 jaar is hoog", ["jongeren"]),
        ("ouderen boven de 75 en de werkloosheid", ["ouderen", "werkloosheid"]),
    ],
)
def test_an_age_group_is_read_past_its_age_bound(vocab, text, cues):
    assert [c for _, _, c in vocab.cues_in(text, 0, len(text))] == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente heeft een reserve sociaal domein van € 2,3 miljoen.",
        "De reserve sociaal domein bedroeg eind 2015 nog € 3,1 miljoen.",
    ],
)
def test_money_set_aside_is_a_reserve_not_a_budget(sentence):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == ["reserve"]


def test_money_drawn_from_the_reserve_is_a_budget():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("De raad heeft € 2,8 miljoen extra vrijgemaakt uit de algemene reserve.")
    assert [i.measure for i in ex.indicators] == ["budget"]


def test_the_costs_of_youth_care_are_their_own_measure():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het college verwacht dat de kosten van de jeugdhulp nog jaren stijgen.")
    assert [(i.measure, i.comparison) for i in ex.indicators] == [("youth-care-costs", "increase")]


def test_household_help_hours_are_stated_in_time_only():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("De huishoudelijke hulp is met gemiddeld een half uur per week versoberd.")
    assert [(i.value, i.measure, i.comparison) for i in ex.indicators] == [
        (Decimal(30), "household-help-hours", "decrease")
    ]
    _, ex = extract_text("Het aantal cliënten met huishoudelijke hulp nam in 2015 met 9% af.")
    assert "household-help-hours" not in [i.measure for i in ex.indicators]


def test_youth_care_with_a_stay_is_its_own_share():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Van de jeugdigen met jeugdhulp krijgt 8% jeugdhulp met verblijf.")
    assert [(i.value, i.measure) for i in ex.indicators] == [
        (Decimal(8), "share-youth-care-with-stay")
    ]
    _, ex = extract_text("Jeugdhulp met verblijf komt minder voor dan in vergelijkbare gemeenten.")
    assert [i.measure for i in ex.indicators] == ["share-youth-care-with-stay"]


def test_a_cue_the_vocabulary_lacks_fits_no_measure():
    vocab = load_measures()
    assert vocab.choose(["verblijf"], None, None, free=True) is None


def test_hours_take_the_measure_their_subject_named_before_them():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "De huishoudelijke hulp, die door drie organisaties wordt geleverd, werd voor 400"
        " cliënten teruggebracht van vier naar drie uur per week."
    )
    hours = [i for i in ex.indicators if i.unit == "minutes"]
    assert [(i.value, i.measure, i.comparison) for i in hours] == [
        (Decimal(180), "household-help-hours", "decrease")
    ]


def test_an_amount_a_budget_was_overrun_by_is_a_deficit():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het jeugdbudget werd in 2016 met € 1,5 miljoen overschreden.")
    assert [(i.value, i.measure) for i in ex.indicators] == [(1500000, "deficit")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het college verwacht dat de uitgaven jeugdhulp in 2017 stabiliseren rond € 11 miljoen.",
        "De jeugdhulp kostte in 2015 gemiddeld € 9.400 per cliënt.",
    ],
)
def test_the_spending_on_youth_care_is_its_costs(sentence):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators if i.unit == "EUR"] == ["youth-care-costs"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "In 2015 is het aantal uren huishoudelijke hulp met gemiddeld 30% verlaagd.",
            "household-help-hours",
        ),
        (
            "De uren huishoudelijke hulp zijn met gemiddeld 30% teruggebracht.",
            "household-help-hours",
        ),
        # a change of the clients who have it is no change of hours
        ("Het aantal cliënten met huishoudelijke hulp daalde met 12%.", "clients"),
    ],
)
def test_a_change_of_a_quantity_whose_cue_names_time_takes_the_strict_measure(sentence, measure):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == [measure]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # the sector's nouns for those who give care or help are a count of providers
        ("In de regio zijn drie thuiszorgorganisaties actief.", "care-providers"),
        ("In dat gezin werken meerdere hulpverleners langs elkaar heen.", "care-providers"),
        ("Twee jeugdhulpaanbieders stopten ermee.", "care-providers"),
        ("De gemeente contracteert één aanbieder voor de hele regio.", "care-providers"),
        # the social service's caseload of benefits
        ("Het bijstandsbestand groeide met 5% in een jaar.", "benefit-recipients"),
    ],
)
def test_the_wording_of_providers_and_of_the_benefit_caseload_is_read(sentence, key):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [key]


def test_institutions_alone_are_no_providers(vocab):
    # "instellingen" is also a residential institution or a certified body: no cue
    assert vocab.measures_of("instellingen") == ()
    assert [m.key for m in vocab.measures_of("zorginstellingen")] == ["care-providers"]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # a burdened subgroup of the carers is no count of the carers
        ("Het steunpunt kent ruim 90 overbelaste mantelzorgers.", None),
        ("Het aantal zwaarbelaste mantelzorgers steeg met 20%.", None),
        # the carers themselves, also with an adjective of registration
        ("Het steunpunt kent ruim 900 mantelzorgers.", "informal-carers"),
        ("Er zijn ongeveer 1.100 geregistreerde mantelzorgers.", "informal-carers"),
    ],
)
def test_a_burdened_subgroup_of_carers_is_no_count_of_carers(sentence, key):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [key]
