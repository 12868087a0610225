"""kg.extract.comparisons: comparisons without a number, in general Dutch phrasing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.document import parse_profile
from kg.extract.comparisons import qualitative_comparisons, trimmed
from kg.extract.model import Indicator
from tests.extract_helpers import extract_text

TEXT = """Gemeente Voorbeeld

Cijfers

Het gebruik van de Wmo ligt veel lager dan landelijk.
Het aantal inwoners met een uitkering ligt 12% hoger dan landelijk.
Het weer was mooi.
"""


def doc():
    return parse_profile(TEXT, "voorbeeld")


def test_a_comparison_without_a_number_becomes_an_observation_without_value():
    document = doc()
    found = qualitative_comparisons(document, [])
    first = [i for i in found if "Wmo" in document.text[i.start : i.end]]
    assert first, found
    assert first[0].value is None and first[0].unit is None
    assert first[0].comparison == "lower"
    assert not any("weer" in document.text[i.start : i.end] for i in found)


def test_a_comparison_carried_by_a_number_is_left_to_it():
    document = doc()
    sentence = next(s for s in document.sentences if "12%" in document.text[s.start : s.end])
    number = Indicator(
        start=document.text.index("12%", sentence.start),
        end=document.text.index("12%", sentence.start) + 3,
        sentence=sentence.index,
        measure=None,
        measure_label="uitkering",
        value=None,
        unit="%",
    )
    without = qualitative_comparisons(document, [])
    with_number = qualitative_comparisons(document, [number])

    def covering(found):
        return [i for i in found if i.start <= number.start < i.end]

    assert [i.comparison for i in covering(without)] == ["higher"]
    assert covering(with_number) == [] and len(with_number) == len(without) - 1


def test_trimmed_drops_spaces_and_dangling_punctuation():
    text = "  , hoger dan landelijk; "
    ind = Indicator(0, len(text), 0, None, "x", None, None)
    cut = trimmed(text, ind)
    assert text[cut.start : cut.end] == "hoger dan landelijk"


def observations(sentence):
    doc, ex = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.value, i.measure, i.comparison) for i in ex.indicators]


def test_a_balance_whose_figure_the_sentence_states_is_one_observation():
    assert observations("Het tekort is 6 ton.") == [("6 ton", Decimal(600000), "deficit", None)]


def test_a_balance_without_its_figure_stays():
    found = observations("Het tekort bedraagt € 2 miljoen, het overschot op de Wmo is klein.")
    assert [(m, v is None) for _, v, m, _ in found] == [("deficit", False), ("surplus", True)]


def test_a_comparison_of_its_own_stays_beside_the_figure_of_the_same_measure():
    found = observations(
        "Bunschoten telt net zo weinig niet-westerse allochtonen als andere kleine gemeenten "
        "(4% tegenover 12% landelijk)."
    )
    assert sorted((v is None, c) for _, v, _, c in found) == [(False, "lower"), (True, "equal")]


def test_a_direction_a_figure_next_to_it_states_is_the_figures():
    found = observations("Tussen 2014 en 2016 daalde het aantal jongeren met jeugdhulp met 8%.")
    assert found == [("8%", Decimal(8), "clients", "decrease")]  # a change of a count


def test_a_direction_in_another_clause_stays():
    found = observations(
        "Er kwamen bijna drie keer zoveel meldingen als voorzien; het team kampt met een hoge "
        "caseload."
    )
    assert sorted((v is None, c) for _, v, _, c in found) == [(False, "higher"), (True, "higher")]


def comparisons(text):
    document = parse_profile(f"Gemeente Voorbeeld\n\nCijfers\n\n{text}\n", "voorbeeld")
    return [
        (document.text[i.start : i.end], i.measure_label, i.comparison, i.reference)
        for i in qualitative_comparisons(document, [])
    ]


def test_a_verdict_in_brackets_after_a_topic_is_a_comparison_of_that_topic():
    found = comparisons("Aandachtspunten: demografie (veel jongeren), zorg (bovengemiddeld).")
    assert found == [
        ("demografie (veel jongeren)", "jongeren", "more", None),
        ("zorg (bovengemiddeld)", "zorg", "higher", "national average"),
    ]


def test_a_bracketed_adjective_after_an_article_is_an_aside():
    assert comparisons("De (hoge) eigen bijdrage is een punt van zorg.") == []


def test_a_restriction_repeats_the_verdict_of_the_clause_before():
    found = comparisons(
        "Het gebruik van de Wmo ligt hoger dan landelijk, zeker waar het hulpmiddelen betreft."
    )
    assert [(m, c) for _, m, c, _ in found] == [
        ("gebruik van de Wmo", "higher"),
        ("hulpmiddelen", "higher"),
    ]


def test_a_quantifier_on_a_measured_group_is_a_comparison_of_that_measure():
    found = observations("In de stad lopen er daarentegen weinig re-integratietrajecten.")
    assert found == [("weinig re-integratietrajecten", None, "reintegration-trajectories", "lower")]


def test_a_quantifier_on_an_unmeasured_or_money_word_or_with_a_reference_is_not():
    for sentence in (
        "Er zijn minder middelen beschikbaar.",  # money said loosely
        "Er zijn weinig mogelijkheden voor maatwerk.",  # no measure of the vocabulary
        "Er waren minder klanten dan gedacht.",  # a comparison with an impression
        "Zij noemen onder meer cliënten en aanbieders.",  # no quantifier
    ):
        assert observations(sentence) == [], sentence
    # a group introduced is no comparison, only a vague amount of people (value null)
    doc, ex = extract_text("Veel ouderen wonen alleen.")
    assert [(i.value, i.measure, i.comparison, i.qualifier) for i in ex.indicators] == [
        (None, None, None, "Veel")
    ]


def test_a_restriction_takes_the_verdict_before_it_not_the_one_of_a_later_clause():
    found = comparisons(
        "Het gebruik van jeugdhulp is hoger dan gemiddeld, vooral waar het de jeugd-GGZ "
        "betreft; jeugdhulp met verblijf komt ongeveer even vaak voor als landelijk."
    )
    assert [c for _, m, c, _ in found if m == "de jeugd-GGZ"] == ["higher"]


def test_the_average_of_a_province_or_region_is_named_by_its_adjective():
    doc, ex = extract_text(
        "Het aandeel ouderen ligt boven het Limburgse gemiddelde. "
        "De werkloosheid is lager dan het regionaal gemiddelde.",
        heading="Cijfers",
    )
    got = sorted((i.comparison, i.reference) for i in ex.indicators)
    assert got == [("higher", "provincial average"), ("lower", "regional average")]


def test_a_subject_after_its_verb_of_change_names_the_measure():
    doc, ex = extract_text("In 2016 steeg het aantal cliënten.", heading="Cijfers")
    got = [(doc.text[i.start : i.end], i.comparison, i.measure_label) for i in ex.indicators]
    assert got == [("In 2016 steeg het aantal cliënten", "increase", "aantal cliënten")]


def test_a_new_clause_after_a_figure_keeps_its_own_comparison():
    doc, ex = extract_text(
        "Het aandeel huishoudens met een laag inkomen (8%) is lager dan gemiddeld en ook het "
        "aantal bijstandsuitkeringen is laag.",
        heading="Cijfers",
    )
    got = [(doc.text[i.start : i.end], i.value, i.comparison) for i in ex.indicators]
    assert ("het aantal bijstandsuitkeringen is laag", None, "lower") in got


def test_both_quantities_of_zowel_als_are_observed_and_a_time_frame_is_none():
    doc, ex = extract_text(
        "Zowel het aantal jongeren met jeugdhulp als het aantal Wmo-cliënten is de afgelopen "
        "drie jaar gestegen.",
        heading="Cijfers",
    )
    assert [(i.value, i.comparison) for i in ex.indicators] == [(None, "increase")] * 2
    assert sorted(i.measure_label for i in ex.indicators) == [
        "aantal Wmo-cliënten",
        "aantal jongeren met jeugdhulp",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder ligt onder vuur.",
        "Hij wijkt niet af van zijn standpunt.",
        "De lat ligt hoog.",
        "Ze komen niet toe aan preventie.",
        "Het gesprek met de huisarts was kort.",
        "Zowel de wethouder als de raad is tevreden.",
    ],
)
def test_words_of_comparison_without_a_quantity_give_no_observation(sentence):
    _, ex = extract_text(sentence)
    assert ex.indicators == []


def test_two_measured_subjects_before_a_plural_verb_are_two_observations():
    _, extraction = extract_text("Jeugdhulp en Wmo-gebruik liggen hoger dan gemiddeld.")
    assert sorted(i.measure_label for i in extraction.indicators) == ["Jeugdhulp", "Wmo-gebruik"]
    _, extraction = extract_text("Het aantal ouders en kinderen is hoog.")
    assert [i.measure_label for i in extraction.indicators] == ["aantal ouders en kinderen"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het aantal jongeren met jeugdbescherming is hoog.", "youth-protection"),
        # a number of them counts the clients ("het aantal"), as measures.ttl defines them
        ("Het aantal jongeren met jeugdhulp is hoger dan gemiddeld.", "clients"),
        ("Het aandeel jongeren is hoger dan gemiddeld.", "share-under-25"),
    ],
)
def test_a_group_with_what_it_has_is_measured_by_what_it_has(sentence, measure):
    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == [measure]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "Bij jongeren ligt het gebruik van jeugdhulp boven het landelijk gemiddelde.",
            "share-youth-care",
        ),
        ("Onder ouderen ligt het gebruik van de Wmo hoger dan gemiddeld.", "share-wmo"),
        ("In de gemeente ligt de werkloosheid lager dan gemiddeld.", "unemployment-rate"),
    ],
)
def test_a_fronted_prepositional_phrase_is_no_subject(sentence, measure):
    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == [measure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het aandeel ouderen ligt boven het landelijk gemiddelde en de werkloosheid is lager"
            " dan in de regio.",
            [
                ("share-65-plus", "higher", "national average"),
                ("unemployment-rate", "lower", "regional average"),
            ],
        ),
        (
            "Het aandeel ouderen is hoog en de werkloosheid ligt onder het landelijk gemiddelde.",
            [("share-65-plus", "higher", None), ("unemployment-rate", "lower", "national average")],
        ),
        (
            "De werkloosheid is lager dan landelijk en het aandeel ouderen ligt boven het"
            " gemiddelde.",
            [
                ("unemployment-rate", "lower", "national average"),
                ("share-65-plus", "higher", "national average"),
            ],
        ),
    ],
)
def test_two_clauses_joined_by_en_each_compare_their_own_subject(text, expected):
    _, ex = extract_text(text)
    assert [(i.measure, i.comparison, i.reference) for i in ex.indicators] == expected


def test_a_list_of_subjects_before_one_verb_stays_one_comparison_each():
    _, ex = extract_text("De werkloosheid en het aandeel uitkeringen liggen hoger dan landelijk.")
    assert sorted(i.measure for i in ex.indicators) == [
        "benefit-recipients-share",
        "unemployment-rate",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het aandeel ouderen ligt boven het landelijke cijfer.",
        "Het aandeel ouderen ligt boven landelijk niveau.",
        "Het aandeel ouderen is hoger dan het Nederlandse cijfer.",
        # the national picture as the level: "ligt onder het landelijk beeld"
        "Het aandeel ouderen ligt iets boven het landelijk beeld.",
        "Het aandeel ouderen is hoger dan het landelijke beeld.",
    ],
)
def test_a_national_figure_or_level_is_the_national_average(text):
    _, ex = extract_text(text)
    assert [(i.measure, i.comparison, i.reference) for i in ex.indicators] == [
        ("share-65-plus", "higher", "national average")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We krijgen meer taken, maar minder geld om ze uit te voeren.",
        "De gemeente heeft minder geld voor de huishoudelijke hulp.",
    ],
)
def test_less_money_is_a_smaller_budget(text):
    _, ex = extract_text(text)
    assert [(i.measure, i.comparison) for i in ex.indicators] == [("budget", "less")]


def test_less_money_needed_is_no_smaller_budget():
    _, ex = extract_text("Er is minder geld nodig.")
    assert ex.indicators == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("De gezondheid van de inwoners is slechter dan gemiddeld.", None),
        ("De eenzaamheid onder ouderen is hoger dan gemiddeld.", None),
        ("De werkloosheid onder jongeren is hoog.", "unemployment-rate"),
        ("Het inkomen van huishoudens ligt onder het gemiddelde.", "income"),
    ],
)
def test_a_quantity_measured_in_a_group_is_not_the_groups_measure(text, measure):
    _, ex = extract_text(text)
    assert [i.measure for i in ex.indicators] == [measure]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("De werkloosheid is hoger dan gemiddeld in Fryslân.", "provincial average"),
        ("Het aandeel ouderen is hoger dan in heel Limburg.", "provincial average"),
        ("De armoede is hier groter dan elders in de provincie.", "provincial average"),
        ("Het gebruik van de Wmo ligt lager dan gemiddeld in de regio.", "regional average"),
    ],
)
def test_an_average_or_other_places_within_a_province_or_region(sentence, reference):
    _, ex = extract_text(sentence)
    assert [i.reference for i in ex.indicators] == [reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het gebruik van jeugdhulp zit boven het landelijk gemiddelde.",
            ("higher", "national average"),
        ),
        (
            "Het aantal cliënten ligt onder het niveau van vergelijkbare gemeenten.",
            ("lower", "comparable municipalities"),
        ),
        (
            "Het gebruik van de Wmo ligt boven het gemiddelde van de provincie.",
            ("higher", "provincial average"),
        ),
    ],
)
def test_a_level_with_zitten_or_whose_level_it_is(sentence, expected):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aantal bijstandsgerechtigden is de afgelopen jaren fors gestegen, maar ligt nog "
            "onder het landelijk gemiddelde.",
            ["benefit-recipients", "benefit-recipients"],
        ),
        ("De werkloosheid daalt, maar is hoger dan in de regio.", ["unemployment-rate"] * 2),
        # a clause with a subject of its own keeps its own measure
        (
            "De werkloosheid daalt en de armoede is hoger dan in de regio.",
            ["unemployment-rate", "share-low-income"],
        ),
    ],
)
def test_a_clause_going_on_about_the_subject_before_takes_its_measure(sentence, expected):
    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == expected


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "Daarnaast ligt het aantal bijstandsgerechtigden hoger dan gemiddeld.",
            "benefit-recipients",
        ),
        ("Ook ligt de werkloosheid lager dan in de regio.", "unemployment-rate"),
        ("Verder ligt het aandeel 65-plussers iets hoger dan landelijk.", "share-65-plus"),
    ],
)
def test_an_adverb_first_puts_the_compared_quantity_after_the_verb(sentence, measure):
    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [measure]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De werkloosheid blijft onder het landelijk gemiddelde.", ("unemployment-rate", "lower")),
        ("Het aandeel 65-plussers bevindt zich boven het gemiddelde.", ("share-65-plus", "higher")),
        ("Het gebruik van de Wmo scoort onder het gemiddelde.", ("share-wmo", "lower")),
        (
            "Het aandeel jongeren komt uit boven het landelijk gemiddelde.",
            ("share-under-25", "higher"),
        ),
        (
            "Het aandeel ouderen ligt op een lager niveau dan in de regio.",
            ("share-65-plus", "lower"),
        ),
    ],
)
def test_other_verbs_of_a_level_against_the_average_keep_their_subject(sentence, expected):
    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [expected]


def test_a_verb_first_after_en_opens_a_clause_with_its_own_subject():
    _, extraction = extract_text(
        "Sinds 2016 is het aantal cliënten gedaald en ligt het aandeel ouderen hoger dan gemiddeld."
    )
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [
        ("clients", "decrease"),
        ("share-65-plus", "higher"),
    ]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het aantal huishoudens met een bijstandsuitkering is gedaald.", "benefit-recipients"),
        ("Het aantal kinderen met jeugdhulp ligt hoger dan gemiddeld.", "clients"),
        ("Het aandeel kinderen met jeugdhulp ligt hoger dan gemiddeld.", "share-youth-care"),
    ],
)
def test_the_number_of_a_group_with_a_provision_counts_its_recipients(sentence, measure):
    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [measure]


def test_a_relative_clause_about_the_quantity_is_part_of_its_subject():
    doc, extraction = extract_text("Het aantal ouderen dat thuis woont ligt hoger dan in de regio.")
    assert [doc.text[i.start : i.end].split()[:3] for i in extraction.indicators] == [
        ["Het", "aantal", "ouderen"]
    ]


def test_zowel_als_before_a_singular_verb_gives_one_observation_per_quantity():
    _, extraction = extract_text(
        "Zowel de werkloosheid als het aantal uitkeringen ligt onder het landelijk gemiddelde."
    )
    assert sorted((i.measure, i.comparison) for i in extraction.indicators) == [
        ("benefit-recipients", "lower"),
        ("unemployment-rate", "lower"),
    ]


def test_a_change_of_the_next_sentence_states_nothing_of_this_one():
    # the figure-less change stays: the figure that rose is in a sentence of its own
    _, ex = extract_text(
        "De corporatie ziet de druk op de woningmarkt oplopen. De taakstelling is gestegen tot "
        "142 personen."
    )
    assert [(i.value, i.comparison) for i in ex.indicators] == [
        (None, "increase"),
        (Decimal(142), "increase"),
    ]


def test_a_change_of_a_number_takes_no_share_measure():
    _doc, ex = extract_text("De GGD verwacht dat het aantal 85-plussers sterk toeneemt.")
    assert [i.measure for i in ex.indicators if i.comparison] == [None]


@pytest.mark.parametrize(
    "sentence",
    ["De wethouder is daar minder zeker van.", "Raadsleden zijn daar niet zo zeker van."],
)
def test_minder_zeker_van_compares_no_quantity(sentence):
    _doc, ex = extract_text(sentence)
    assert ex.indicators == []


def test_vaker_voorkomen_is_still_a_comparison():
    _doc, ex = extract_text("Het valt op dat stapeling veel vaker voorkomt.")
    assert [i.comparison for i in ex.indicators] == ["more"]


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        # the adjective for its noun left out: "boven het landelijke [percentage]"
        (
            "Het percentage voortijdig schoolverlaters ligt boven het landelijke.",
            "higher",
            "national average",
        ),
        (
            "Het gebruik van jeugdhulp ligt onder het regionale, zegt de GGD.",
            "lower",
            "regional average",
        ),
        # how often something occurs, "meer" or "minder" without "vaak"
        (
            "Jeugdhulp met verblijf komt minder voor dan in vergelijkbare gemeenten.",
            "less",
            "comparable municipalities",
        ),
        # an inverted clause: its plural subject after the auxiliary
        ("Volgens de gemeente zijn de klachten in 2016 afgenomen.", "decrease", None),
    ],
)
def test_more_forms_of_a_comparison_without_a_figure(sentence, comparison, reference):
    _, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (None, comparison, reference)
    ]


@pytest.mark.parametrize(
    ("sentence", "measure", "comparison"),
    [
        # a change denied: equal
        ("De wachttijden zijn volgens hen niet korter geworden.", "waiting-time", "equal"),
        # waiting longer is a higher waiting time ("niet langer wachten" is no longer waiting)
        ("Ouders moeten daardoor langer wachten op hulp.", "waiting-time", "higher"),
        # a quantity noun as a compound's head, with an attributive word of change
        ("Het college wijst op de krimpende rijksbudgetten.", None, "decrease"),
    ],
)
def test_denied_changes_waiting_longer_and_compound_quantities(sentence, measure, comparison):
    _, ex = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in ex.indicators] == [(measure, comparison)]


def test_no_longer_waiting_is_no_comparison():
    _, ex = extract_text("Ik kan niet langer wachten.")
    assert ex.indicators == []


def test_a_picture_that_is_a_view_is_no_level():
    _, ex = extract_text("Dit komt overeen met het landelijke beeld dat gemeenten krap zitten.")
    assert ex.indicators == []
