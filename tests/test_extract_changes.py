"""kg.extract.changes: directions, frequencies and levels stated without a figure."""

from __future__ import annotations

import pytest

from kg.extract.changes import find_changes
from tests.extract_helpers import extract_text


def changes(text):
    return [
        (text[c.start : c.end], c.comparison, c.reference, c.qualifier)
        for c in find_changes(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "quote", "comparison", "reference", "qualifier"),
    [
        (
            "De armoede is hoger dan landelijk.",
            "De armoede is hoger dan landelijk",
            "higher",
            "national average",
            None,
        ),
        (
            "Het is een wijk die slechter scoort, die ongunstiger is dan gemiddeld.",
            "ongunstiger is dan gemiddeld",
            "worse",
            "national average",
            None,
        ),
        (
            "Er is een bovengemiddelde armoede.",
            "bovengemiddelde armoede",
            "higher",
            "national average",
            None,
        ),
        (
            "De gemeente krijgt een bijdrage rond het landelijk gemiddelde.",
            "een bijdrage rond het landelijk gemiddelde",
            "equal",
            "national average",
            "rond",
        ),
        ("Het team kampt met een hoge werkdruk.", "een hoge werkdruk", "higher", None, None),
        ("Schulden komen weinig voor.", "Schulden komen weinig voor", "lower", None, None),
        (
            "Dakloosheid komt ongeveer even vaak voor als landelijk.",
            "Dakloosheid komt ongeveer even vaak voor als landelijk",
            "equal",
            "national average",
            "ongeveer",
        ),
        (
            "Ouders worden vaker thuis bezocht.",
            "Ouders worden vaker thuis bezocht.",
            "more",
            None,
            None,
        ),
        (
            "Er wonen steeds meer alleenstaande mannen.",
            "Er wonen steeds meer alleenstaande mannen.",
            "more",
            None,
            None,
        ),
        (
            "Zo gaat de stad er fors op achteruit.",
            "Zo gaat de stad er fors op achteruit",
            "lower",
            None,
            "fors",
        ),
        (
            "Daarnaast neemt het aantal klachten snel toe.",
            "Daarnaast neemt het aantal klachten snel toe",
            "more",
            None,
            None,
        ),
        ("De tarieven zijn verlaagd.", "De tarieven zijn verlaagd.", "lower", None, None),
        (
            "Men ziet een toename van de kosten.",
            "Men ziet een toename van de kosten.",
            "higher",
            None,
            None,
        ),
        ("Vorig jaar was er een overschot.", "Vorig jaar was er een overschot", None, None, None),
        (
            "De gemeente levert steeds minder zorg.",  # a mass noun on its own
            "De gemeente levert steeds minder zorg.",
            "less",
            None,
            None,
        ),
        (
            "De stijgende kosten van de jeugdhulp baren zorgen.",  # one phrase, one change
            "De stijgende kosten van de jeugdhulp",
            "higher",
            None,
            None,
        ),
        (
            "De regio heeft extra formatie gegeven.",
            "De regio heeft extra formatie gegeven.",
            "more",
            None,
            None,
        ),
    ],
)
def test_change_forms(text, quote, comparison, reference, qualifier):
    assert changes(text) == [(quote, comparison, reference, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "Het is een vaker terugkerende vraag.",  # an adjective, not how often
        "Er zijn steeds meer vrijwilligers nodig.",  # a need, not an observation
        "De partners werken steeds meer samen.",  # "meer" is no quantity of a noun
        "De kennis neemt snel toe.",  # no quantity noun
        "Er is een tekort aan personeel.",  # a shortage
        "Het tekort van 6 ton is groot.",  # the figure carries it
        "Er is een democratisch tekort.",
        "Deze groep is nu extra kwetsbaar.",  # a degree, not more of a resource
        "Zo komt dat voor een groot deel door de regels.",
    ],
)
def test_not_changes(text):
    assert changes(text) == []


def test_two_directions_in_one_sentence_give_two_observations():
    text = "De stad gaat er voor de Wmo licht op vooruit en voor de jeugdzorg op achteruit."
    assert [(c, q) for _, c, _, q in changes(text)] == [("higher", "licht"), ("lower", None)]


def test_changes_become_observations_without_a_value():
    doc, ex = extract_text("De werkloosheid is lager dan landelijk.")
    (ind,) = ex.indicators
    assert (ind.value, ind.unit, ind.comparison) == (None, None, "lower")
    assert ind.measure == "unemployment-rate"


def test_a_share_is_never_a_count_measure():
    doc, ex = extract_text("Het aandeel cliënten met verblijf is hoger dan landelijk.")
    (ind,) = ex.indicators
    assert ind.measure is None  # "cliënten" names a count


def test_work_is_bounded_per_sentence():
    sentence = "Het aantal klachten neemt toe en schulden komen weinig voor. "
    one = len(find_changes(sentence, 0, len(sentence)))
    many = sentence * 200
    assert len(find_changes(many, 0, len(many))) == 200 * one


def test_how_often_an_action_happens_names_no_measure_in_its_subject():
    s = "Bijstandsgerechtigden moeten vaker formulieren invullen."
    (change,) = find_changes(s, 0, len(s))
    assert (change.subject, change.comparison) == ("", "more")


def test_a_noun_of_change_changes_the_phrase_after_van():
    s = "Zorgaanbieders spreken van een forse toename van de administratieve lasten."
    (change,) = find_changes(s, 0, len(s))
    assert change.subject.strip(" .") == "administratieve lasten"
    assert change.comparison == "higher"


@pytest.mark.parametrize(
    ("text", "comparison", "reference"),
    [
        ("Er wonen minder jongeren dan gemiddeld.", "less", "national average"),
        (
            "Er zijn meer bijstandsgerechtigden dan in vergelijkbare gemeenten.",
            "more",
            "comparable municipalities",  # (kg.extract.comparable then names the comparison group)
        ),
        (
            "De werkloosheid is vergelijkbaar met het landelijk gemiddelde.",
            "equal",
            "national average",
        ),
        ("Het gebruik ligt in lijn met het landelijk gemiddelde.", "equal", "national average"),
        ("De werkloosheid is bovengemiddeld.", "higher", "national average"),
        ("Er wonen relatief veel ouderen.", "more", None),
        ("De jeugdwerkloosheid is relatief hoog.", "higher", None),
        ("De kosten vallen hoger uit dan begroot.", "higher", "expected"),
        ("Het aantal cliënten is hoger dan verwacht.", "higher", "expected"),
    ],
)
def test_comparisons_with_a_reference_or_relative_to_others(text, comparison, reference):
    (change,) = find_changes(text, 0, len(text))
    assert (change.comparison, change.reference) == (comparison, reference)


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag is € 610,-, iets meer dan het landelijk gemiddelde.",  # the figure's
        "Het bedrag is € 470,-, vrijwel gelijk aan het landelijk gemiddelde.",
        "Er waren minder klanten dan gedacht.",  # an impression, not a planned figure
        "De samenwerking is beter dan vroeger.",
        "Het werk is relatief nieuw.",
    ],
)
def test_no_comparison_of_its_own(text):
    assert find_changes(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het beroep op de Wmo neemt toe.", "more"),
        ("De zorgvraag neemt toe.", "more"),
        ("De zorgkosten zijn gestegen.", "higher"),
        ("De aantallen nemen af.", "less"),
        ("De uitgaven aan jeugdhulp lopen op.", "higher"),
        ("Het aantal klachten loopt terug.", "lower"),
    ],
)
def test_compound_quantity_nouns_and_verbs_of_change(text, comparison):
    (change,) = find_changes(text, 0, len(text))
    assert change.comparison == comparison


@pytest.mark.parametrize("text", ["Hij loopt op de zaken vooruit.", "De indruk neemt toe."])
def test_no_quantity_no_change(text):
    assert find_changes(text, 0, len(text)) == []


def test_a_noun_phrase_of_change_nests_in_the_clause_of_another_change():
    text = "De vraag naar hulp stijgt door het groeiende aantal 75-plussers in de stad."
    found = [(text[c.start : c.end], c.subject, c.comparison) for c in find_changes(text, 0, 76)]
    assert ("het groeiende aantal 75-plussers", "aantal 75-plussers", "higher") in found
    assert len(found) == 2 and found[0][0].startswith("De vraag naar hulp stijgt")


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het aantal jeugdigen met jeugdhulp is verdrievoudigd.", "higher"),
        ("De vergrijzing neemt toe.", "more"),
        ("Het budget is gekort.", "lower"),
        ("Er is sprake van een krimpende bevolking.", "lower"),
        ("Er is een verdubbeling van het aantal meldingen.", "higher"),
        ("De krimp van de bevolking zet door.", "lower"),
    ],
)
def test_general_words_of_change(text, comparison):
    assert [c for _, c, _, _ in changes(text)] == [comparison]


def test_fewer_than_feared_is_a_comparison_with_what_was_expected():
    text = "Er zijn minder banen in de thuiszorg verloren gegaan dan gevreesd."
    assert [(c, r) for _, c, r, _ in changes(text)] == [("less", "expected")]


@pytest.mark.parametrize(
    ("text", "comparison", "reference"),
    [
        ("De werkloosheid is hoger dan in de rest van Nederland.", "higher", "national average"),
        ("De werkloosheid is hoger dan in de provincie.", "higher", "province"),
        ("Het gebruik is lager dan het regionale gemiddelde.", "lower", "region"),
        ("Het aandeel ouderen is groter dan landelijk.", "higher", "national average"),
        ("Het gebruik is vergelijkbaar met andere gemeenten.", "equal", "other municipalities"),
        ("Jeugdhulp wordt minder gebruikt dan landelijk.", "less", "national average"),
        ("Inwoners maken meer gebruik van de Wmo dan gemiddeld.", "more", "national average"),
        ("De gemeente heeft een hoog percentage ouderen.", "higher", None),
        ("De gemeente kent een laag aantal werklozen.", "lower", None),
    ],
)
def test_comparisons_with_the_country_province_region_and_neuter_levels(
    text, comparison, reference
):
    assert [(c, r) for _, c, r, _ in changes(text)] == [(comparison, reference)]


@pytest.mark.parametrize(
    ("text", "comparison", "qualifier"),
    [
        ("Het opleidingsniveau van de inwoners is laag.", "lower", None),
        ("De caseload is te hoog.", "higher", None),
        ("De wachttijden zijn langer geworden.", "higher", None),
        ("De wachtlijst is korter geworden.", "lower", None),
        ("Het aantal cliënten in de Wmo is ongeveer gelijk gebleven.", "equal", "ongeveer"),
        ("Het aantal jongeren met jeugdhulp blijft stabiel.", "equal", None),
        ("De doorlooptijden zijn flink verkort.", "lower", None),
    ],
)
def test_a_predicate_states_the_level_or_change_of_a_quantity(text, comparison, qualifier):
    assert [(c, q) for _, c, _, q in changes(text)] == [(comparison, qualifier)]


@pytest.mark.parametrize(
    ("text", "comparison", "qualifier"),
    [
        # the time of the change between the copula and its predicate
        ("Het aantal klachten is sinds 2013 vrijwel gelijk gebleven.", "equal", "vrijwel"),
        (
            "De uitgaven aan dagbesteding bleven in die periode nagenoeg gelijk.",
            "equal",
            "nagenoeg",
        ),
        (
            "Het aantal jeugdigen in de opvang is in drie jaar bijna gelijk gebleven.",
            "equal",
            "bijna",
        ),
        ("De caseload van de consulenten bleef tussen 2015 en 2017 stabiel.", "equal", None),
        ("De wachttijd voor een gesprek is in een half jaar niet korter geworden.", "equal", None),
        ("De wachtlijst is sinds de zomer langer geworden.", "higher", None),
    ],
)
def test_the_time_of_a_change_between_copula_and_predicate(text, comparison, qualifier):
    assert [(c, q) for _, c, _, q in changes(text)] == [(comparison, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal klachten is in de wijken gelijk verdeeld.",  # no change: a distribution
        "De caseload is in de praktijk hoger dan de norm.",  # a comparison, read elsewhere
        "De teams zijn sinds 2015 gelijkwaardige partners.",  # no predicate of a quantity
        "De zorgbehoefte is sinds 2015 groot.",  # size is a judgement
    ],
)
def test_a_time_adverbial_alone_makes_no_change(text):
    assert [c for _, c, _, _ in changes(text)] in ([], ["higher"])
    assert "equal" not in [c for _, c, _, _ in changes(text)]


@pytest.mark.parametrize(
    "text",
    ["De zorgbehoefte is groot.", "Het verschil is groot.", "De groep is klein."],
)
def test_size_is_a_judgement_not_a_level(text):
    assert changes(text) == []


@pytest.mark.parametrize(
    ("text", "comparison", "reference"),
    [
        ("De werkloosheid is hoger dan in Limburg.", "higher", "province"),
        ("Er wonen meer ouderen dan in Venlo.", "more", "other municipalities"),
        ("Er zijn meer meldingen dan vorig jaar.", "more", "previous year"),
        ("De kosten zijn hoger dan in 2014.", "higher", "previous year"),
        ("Het aantal is groter dan in de Friese gemeenten.", "higher", "other municipalities"),
        ("De zorg is beter dan in de rest van het land.", "better", "national average"),
    ],
)
def test_comparisons_with_a_named_place_or_an_earlier_time(text, comparison, reference):
    assert [(c, r) for _, c, r, _ in changes(text)] == [(comparison, reference)]


def test_a_lower_case_word_after_dan_in_is_no_place():
    assert changes("Het is hoger dan in sommige wijken.") == []


@pytest.mark.parametrize(
    ("text", "quote", "comparison", "reference"),
    [
        (
            "Het gebruik van de Wmo is in vergelijking met andere gemeenten hoog.",
            "Het gebruik van de Wmo is in vergelijking met andere gemeenten hoog",
            "higher",
            "other municipalities",
        ),
        (
            "Vergeleken met het landelijk gemiddelde is het aantal uitkeringen laag.",
            "Vergeleken met het landelijk gemiddelde is het aantal uitkeringen laag",
            "lower",
            "national average",
        ),
        (
            "In vergelijking met vorig jaar is het aantal cliënten groter.",
            "In vergelijking met vorig jaar is het aantal cliënten groter",
            "higher",
            "previous year",
        ),
    ],
)
def test_a_reference_between_the_copula_and_the_level(text, quote, comparison, reference):
    assert changes(text) == [(quote, comparison, reference, None)]


@pytest.mark.parametrize(
    ("text", "comparison", "reference"),
    [
        # "in verhouding tot" sets a level against a reference as "in vergelijking met" does
        (
            "Het aantal bijstandsgerechtigden is in verhouding tot andere gemeenten hoog.",
            "higher",
            "other municipalities",
        ),
        (
            "In verhouding tot het landelijk gemiddelde is het aantal Wmo-cliënten laag.",
            "lower",
            "national average",
        ),
        # "beperkt" and "gering" state a low level against the reference
        (
            "Het gebruik van de Wmo is in vergelijking met andere gemeenten beperkt.",
            "lower",
            "other municipalities",
        ),
        (
            "In verhouding tot het landelijk gemiddelde is het aantal Wmo-cliënten gering.",
            "lower",
            "national average",
        ),
        ("Het budget is in vergelijking met 2015 beperkt.", "lower", "previous year"),
    ],
)
def test_a_reference_in_proportion_and_a_limited_level(text, comparison, reference):
    assert [(c, r) for _, c, r, _ in changes(text)] == [(comparison, reference)]


def test_a_limited_role_is_no_quantity():
    assert changes("Zijn rol is in verhouding tot die van de wethouder beperkt.") == []


def test_a_reference_between_copula_and_level_needs_a_quantity():
    assert changes("De gemeente is in vergelijking met andere gemeenten klein.") == []


def test_absence_through_illness_is_a_quantity_that_changes():
    got = changes("Het ziekteverzuim is gedaald ten opzichte van vorig jaar.")
    assert [(c, r) for _, c, r, _ in got] == [("lower", None)]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het inwonertal is de afgelopen jaren gedaald.", "lower"),
        ("Het werkloosheidspercentage is gestegen.", "higher"),
        ("Het leerlingenaantal loopt terug.", "lower"),
        ("De participatiegraad is laag.", "lower"),
        ("De bevolkingsdichtheid is laag.", "lower"),
    ],
)
def test_a_statistic_named_by_the_head_of_a_compound_is_a_quantity(text, comparison):
    assert [c for _, c, _, _ in changes(text)] == [comparison]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In het nieuwe model gaat de gemeente erop achteruit.", [("lower", None)]),
        ("De werkloosheid is gelijk aan die in de regio.", [("equal", "region")]),
        ("Het gebruik van jeugdhulp is juist hoog.", [("higher", None)]),
    ],
)
def test_joined_adverbs_references_with_a_pronoun_and_contrast_words(sentence, expected):
    from kg.extract.changes import find_changes

    found = find_changes(sentence, 0, len(sentence))
    assert [(c.comparison, c.reference) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal klachten neemt toe.",
        "De werkloosheid is lager dan landelijk.",
        "Er is een groeiende vraag, en het aantal is in vergelijking met 2014 hoog.",
        "Problemen komen weinig voor en het tekort op de begroting blijft.",
    ],
)
def test_the_key_words_gate_no_change_away(text):
    # each pattern runs only where a word it cannot match without stands; a text with a
    # letter that re.IGNORECASE reads unlike str.lower (ſ, long s) opens every pattern
    from kg.extract import changes

    found = find_changes(text, 0, len(text))
    assert found
    bits = changes._GATES.mask(text, 0, len(text))
    assert bits != -1
    for read in (changes._levels, changes._compared_levels, changes._predicates):
        assert read(text, 0, len(text), bits) == read(text, 0, len(text))  # -1: all open
    for read in (changes._frequencies, changes._trends):
        assert read(text, 0, len(text), bits) == read(text, 0, len(text))
    odd = text + " \u017f"
    assert [(c.start, c.end) for c in find_changes(odd, 0, len(text))] == [
        (c.start, c.end) for c in found
    ]


def test_a_long_s_is_read_as_s_where_the_gate_has_no_s():
    text = "Er zijn \u017fteeds meer ouderen."
    assert [c.comparison for c in find_changes(text, 0, len(text))] == ["more"]


@pytest.mark.parametrize(
    ("text", "quote", "comparison"),
    [
        ("Er is relatief weinig armoede.", "Er is relatief weinig armoede", "lower"),
        (
            "Het dorp kent een relatief hoog aandeel ouderen.",
            "Het dorp kent een relatief hoog aandeel ouderen",
            "higher",
        ),
        (
            "Inwoners maken relatief veel gebruik van de Wmo.",
            "Inwoners maken relatief veel gebruik van de Wmo",
            "more",
        ),
    ],
)
def test_a_relative_level_of_a_quantity_noun_spans_its_noun(text, quote, comparison):
    (change,) = find_changes(text, 0, len(text))
    assert (text[change.start : change.end], change.comparison) == (quote, comparison)


def test_a_relative_level_of_a_quantity_is_one_observation_with_its_measure():
    _, ex = extract_text("Er is relatief weinig armoede.")
    assert [(i.measure, i.comparison) for i in ex.indicators] == [("share-low-income", "lower")]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het dorp telt betrekkelijk veel bijstandsontvangers.", "more"),
        ("Het dorp telt opvallend veel bijstandsontvangers.", "more"),
        ("Het dorp heeft in verhouding weinig jongeren.", "lower"),
        ("Het dorp telt bovengemiddeld veel bijstandsontvangers.", "higher"),
        ("Bijstand komt in de gemeente weinig voor.", "lower"),
    ],
)
def test_relative_and_average_levels_in_more_words(text, comparison):
    _, ex = extract_text(text)
    assert [(i.measure, i.comparison) for i in ex.indicators] == [
        ("share-under-25" if "jongeren" in text else "benefit-recipients", comparison)
    ]


def test_in_verhouding_tot_names_a_reference_not_a_relative_level():
    assert find_changes("Het dorp heeft in verhouding tot de regio veel ouderen.", 0, 55) == []


def test_a_predicate_of_a_share_keeps_what_it_is_a_share_of():
    _, ex = extract_text(
        "Het aandeel ouderen is hoog en de werkloosheid ligt onder het gemiddelde."
    )
    assert ex.indicators[0].measure == "share-65-plus"


def test_an_attributive_word_of_change_is_the_noun_phrases_change_only():
    # "door de stijgende kosten komt het budget onder druk": the costs rise, the clause's
    # budget does not; a verb of change later in the sentence still reads its subject
    s = "Door de stijgende kosten komt het budget onder druk."
    assert [(s[c.start : c.end], c.comparison) for c in find_changes(s, 0, len(s))] == [
        ("de stijgende kosten komt", "higher")
    ]
    s = "De gemeente verwacht dat de vraag door het groeiende aantal ouderen en zo toeneemt."
    assert len(find_changes(s, 0, len(s))) == 2


@pytest.mark.parametrize(
    ("sentence", "measure", "comparison"),
    [
        # an attributive "bovengemiddeld" names the whole quantity after it
        ("De gemeente heeft een bovengemiddeld aantal ouderen.", "share-65-plus", "higher"),
        ("De gemeente kent een ondergemiddeld gebruik van de Wmo.", "share-wmo", "lower"),
        # a predicate of a quantity restricted by a relative clause: a subgroup, no measure
        ("Het aantal jongeren dat voortijdig de school verlaat is laag.", None, "lower"),
        ("Het aantal mensen dat een beroep doet op de voedselbank is hoog.", None, "higher"),
    ],
)
def test_levels_of_a_whole_quantity(sentence, measure, comparison):
    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [(measure, comparison)]


@pytest.mark.parametrize(
    ("sentence", "measure", "comparison"),
    [
        ("De jeugdhulp kende een overschrijding.", "deficit", None),
        ("De gemeente heeft een onderbesteding op de Wmo.", "surplus", None),
        ("Er zijn relatief veel huishoudens met een laag inkomen.", "share-low-income", "more"),
        ("De budgetten zijn de afgelopen jaren gekort.", "budget", "decrease"),
        ("Het beroep op de Wmo ligt hoger dan in vergelijkbare gemeenten.", "share-wmo", "higher"),
        (
            "De gemeente krijgt minder geld voor de jeugdhulp dan vergelijkbare gemeenten.",
            "budget",
            "less",
        ),
    ],
)
def test_balances_groups_with_what_they_have_and_amounts(sentence, measure, comparison):
    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [(measure, comparison)]


def test_a_shortage_of_staff_is_no_deficit():
    _, extraction = extract_text("De gemeente had een tekort aan personeel.")
    assert extraction.indicators == []


@pytest.mark.parametrize(
    ("sentence", "measure", "comparison"),
    [
        ("Het aantal aanmeldingen vertoont een stijgende lijn.", None, "increase"),
        ("De uitgaven laten een dalende trend zien.", "budget", "decrease"),
        # money set aside is its own measure (ontology/measures.ttl, measure:reserve)
        ("De reserve is flink geslonken.", "reserve", "decrease"),
        ("De reserve sociaal domein slinkt.", "reserve", "decrease"),
    ],
)
def test_trends_and_reserves(sentence, measure, comparison):
    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == [(measure, comparison)]


def test_a_denied_deficit_is_none():
    _, extraction = extract_text("Er is geen sprake van een tekort op de jeugdhulp.")
    assert extraction.indicators == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente heeft minder geld voor de Wmo dan vroeger.",
            ("budget", "decrease", "previous year"),
        ),
        ("Er is minder tijd voor cliënten dan gemiddeld.", (None, "less", "national average")),
    ],
)
def test_a_resource_compared_with_a_reference_counts_the_resource(sentence, expected):
    _, ex = extract_text(sentence)
    assert [(i.measure, i.comparison, i.reference) for i in ex.indicators] == [expected]


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("De instroom in de Wsw is hoog geweest.", "higher"),
        ("Het opleidingsniveau is altijd laag geweest.", "lower"),
        ("De jeugdwerkloosheid is lang hoog gebleven.", "higher"),
    ],
)
def test_a_level_in_the_perfect_is_a_level(sentence, comparison):
    _, extraction = extract_text(sentence)
    assert [i.comparison for i in extraction.indicators] == [comparison]


@pytest.mark.parametrize(
    ("text", "comparison", "reference"),
    [
        (
            "De wijk scoort sociaaleconomisch zwakker dan de rest van de provincie.",
            "worse",
            "province",
        ),
        ("De problematiek is er zwaarder dan gemiddeld.", "higher", "national average"),
        ("De vergrijzing gaat hier sneller dan elders.", "higher", "other municipalities"),
        ("Het profiel valt ongunstiger uit dan dat van de omliggende gemeenten.", "worse", None),
    ],
)
def test_comparatives_of_strength_weight_and_speed_against_a_reference(text, comparison, reference):
    found = find_changes(text, 0, len(text))
    assert [c.comparison for c in found] == [comparison]
    if reference is not None:
        assert found[0].reference == reference


def test_a_trend_of_a_plural_written_with_an_apostrophe():
    text = "Er melden zich steeds meer zzp'ers bij de schuldhulp."
    assert [(c.subject, c.comparison) for c in find_changes(text, 0, len(text))] == [
        ("zzp'ers", "more")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb written as one word in a subordinate clause
        "Het Rijk voerde een nieuw verdeelmodel in, waarmee de stad er vanaf 2016 op"
        " achteruitgaat.",
        "Door het verdeelmodel is de gemeente er op achteruitgegaan.",
    ],
)
def test_worse_off_written_as_one_word_is_a_fall_against_the_historical_allocation(sentence):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators] == [
        ("decrease", "historical allocation")
    ]


def test_worse_off_with_a_modal_of_permission_is_an_aim_not_a_change():
    _, ex = extract_text(
        "Het college legde in 2014 vast dat niemand er door de decentralisaties op achteruit"
        " mocht gaan."
    )
    assert ex.indicators == []


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het vervoer is goedkoper uitgevallen dan begroot.", "lower"),
        ("De raad ziet dat de begeleiding opnieuw duurder uitviel dan begroot.", "higher"),
        ("De huishoudelijke hulp viel goedkoper uit dan verwacht.", "lower"),
        ("De maatwerkvoorzieningen waren duurder dan geraamd.", "higher"),
    ],
)
def test_dearer_or_cheaper_than_planned_is_compared_with_the_plan(text, comparison):
    assert [(c, r) for _, c, r, _ in changes(text)] == [(comparison, "expected")]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Consulenten vullen meer formulieren in dan vroeger.", "more"),
        ("Het loket krijgt minder aanvragen binnen dan vorig jaar.", "less"),
        ("Wijkteams nemen meer meldingen aan dan voorheen.", "more"),
        ("Aanbieders sturen minder facturen op dan vorig jaar.", "less"),
    ],
)
def test_a_count_before_the_particle_of_a_separable_verb_is_compared(text, comparison):
    assert [c for _, c, _, _ in changes(text)] == [comparison]


@pytest.mark.parametrize(
    "text",
    [
        "Wij werken meer samen dan vroeger.",
        "De wethouder vult het formulier in dan vroeger.",
    ],
)
def test_a_particle_alone_counts_nothing(text):
    assert changes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zij kunnen zaken goedkoper regelen dan de regio.",
        "Wij kopen hulpmiddelen duurder in dan de buren.",
    ],
)
def test_a_price_comparative_with_words_between_is_no_plan(text):
    assert changes(text) == []
