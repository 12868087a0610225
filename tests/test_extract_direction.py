"""A quantity crossed with its direction: kg/data/quantity-direction.toml."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, polarity_of

from kg.extract.direction import judged_levels, load


def _signs(sentence: str) -> list[int]:
    return [sign for _, _, sign in judged_levels(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        ("Het dorp kent een hoge redzaamheid.", [1]),
        ("De jeugdwerkloosheid is het afgelopen jaar gedaald.", [1]),
        ("De wachttijden nemen toe.", [-1]),
        ("Het inkomen ligt onder het landelijk gemiddelde.", [-1]),
        ("De kosten liggen boven de norm.", [-1]),
        ("De schulden zijn niet gedaald.", [-1]),
        # "onder" without a reference is a preposition, "toe" without "nemen" no rise
        ("De armoede onder ouderen is een thema.", []),
        ("De schulden komen erbij toe.", []),
        # a compound's head counts, a short entry only as a whole word
        ("Het toezicht neemt toe.", []),
        # a capitalised word inside the clause is a name, not the quantity
        ("De cliëntenraad Werk en Inkomen ziet meer aanvragen.", []),
    ],
)
def test_judged_levels(sentence, signs):
    assert _signs(sentence) == signs


def test_nearest_direction_word_is_paired():
    s = "Er is een hoge gezondheid, en een lage score op indicatoren voor het zorggebruik."
    assert [(s[a:b].split()[0], sign) for a, b, sign in judged_levels(s, 0, len(s))] == [
        ("hoge", 1),
        ("lage", 1),
    ]


def test_direction_too_far_away_is_no_judgement():
    assert (
        _signs("De gezondheid van de inwoners in de dorpen en de wijken van de stad is hoog.") == []
    )


def test_lists_do_not_overlap_tone_cues():
    from extract_helpers import ONTOLOGY

    from kg.ontology import load_ontology, polarity_cues

    d = load()
    cues = {c.label.lower() for c in polarity_cues(load_ontology(ONTOLOGY))}
    assert not cues & (set(d.quantities) | set(d.levels) | set(d.references))
    assert not set(d.quantities) & set(d.levels)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Volgens de GGD ligt de ervaren gezondheid hier onder het landelijk gemiddelde.",
            "negative",
        ),
        ("De werkloosheid onder jongeren is sterk gedaald.", "positive"),
        # attributed: a level in the authors' voice is data (gold decision 1, 27th session)
        ("Volgens de wethouder is het zorggebruik in de gemeente hoger dan gemiddeld.", "negative"),
        ("Volgens de wethouder is het zorggebruik niet hoger dan gemiddeld.", "positive"),
    ],
)
def test_polarity_of_a_judged_level(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [f.polarity for f in ex.findings] == [expected]


def test_inflected_particle_verbs_and_demand():
    # "toeneemt" is one word in a subordinate clause; a rising demand is a burden, and so
    # is a falling budget (the money for a task: good to have high)
    s = "Het budget daalt, terwijl de vraag naar ondersteuning toeneemt."
    assert _signs(s) == [-1, -1]


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        # made lower or higher, halved: "verlagen", "verhogen", "halveren"
        ("Het budget voor de jeugdhulp is met 7% verlaagd.", [-1]),
        ("De gemeente verwacht dat het tekort volgend jaar halveert.", [1]),
        ("Het budget voor preventie is verhoogd.", [1]),
        ("De eigen bijdrage gaat omhoog, maar de wachttijd is verlaagd.", [1]),
        # a weak verb's past tense before "van … naar" is no adjective of a noun after it
        ("Het aantal huisuitzettingen daalde van 31 naar 12.", [1]),
        ("De werkloosheid daalde daardoor van 8% naar 6%.", [1]),
        # an inflected adjective still qualifies the noun after it
        ("Er is een tekort aan kleine woningen.", []),
    ],
)
def test_lowered_raised_halved_and_past_tenses(sentence, signs):
    assert _signs(sentence) == signs


def test_a_compound_sign_is_the_same_asked_again_and_after_a_new_document():
    from kg.extract import sentencecache
    from kg.extract.direction import quantity_sign

    first = [quantity_sign(w) for w in ("jeugdwerkloosheid", "jeugdwerkloosheid", "toezicht")]
    sentencecache.clear()
    assert first == [-1, -1, 0]
    assert [quantity_sign(w) for w in ("jeugdwerkloosheid", "toezicht")] == [-1, 0]


def test_meer_and_minder_judge_only_the_noun_they_determine():
    # "meer grip op de kosten": more grip, not more costs
    assert judged_levels("De gemeente heeft meer grip gekregen op de kosten.", 0, 50) == []
    s = "Er zijn meer werklozen dan vorig jaar."
    assert [sign for _a, _b, sign in judged_levels(s, 0, len(s))] == [-1]


def test_meer_before_a_need_judges_nothing():
    # "meer inzicht nodig": insight is short now, not high
    for s in ("Er is meer inzicht nodig in de kosten.", "Meer samenhang is noodzakelijk."):
        assert judged_levels(s, 0, len(s)) == []
    s = "Er is meer inzicht in de kosten."
    assert [sign for _a, _b, sign in judged_levels(s, 0, len(s))] == [1]


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("De uitstroom uit de bijstand naar werk is gestegen.", 1),
        ("Het aantal uitkeringen is gedaald.", 1),
        ("Er worden meer uitkeringen verstrekt.", -1),
    ],
)
def test_outflow_is_good_and_benefits_bad_to_have_high(sentence, sign):
    assert [s for _a, _b, s in judged_levels(sentence, 0, len(sentence))] == [sign]


@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzieningen in de kleine kernen staan onder druk.",
        "De kleine teams staan al jaren onder spanning.",
    ],
)
def test_a_quantity_in_an_idiom_with_onder_is_not_judged(sentence):
    assert judged_levels(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er is een tekort aan grote gezinswoningen.", []),  # "grote" qualifies the homes
        ("De wachttijd voor kleine klussen is kort.", []),
        ("Er is een hoge werkloosheid.", [-1]),  # the quantity after it
        ("De kosten zijn hoger dan begroot.", [-1]),
    ],
)
def test_an_inflected_adjective_judges_the_noun_after_it(sentence, expected):
    assert [s for _a, _b, s in judged_levels(sentence, 0, len(sentence))] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Het aantal aanmeldingen bij de schuldhulp stijgt.", "De verwijzingen naar de ggz nemen toe."],
)
def test_requests_for_a_service_are_demand_bad_to_have_high(sentence):
    assert [s for _a, _b, s in judged_levels(sentence, 0, len(sentence))] == [-1]


def test_a_predicative_als_names_the_level_of_the_clause_before():
    s = "Uit de gesprekken blijkt dat de afstand tot het loket als groot wordt ervaren."
    assert [sign for _a, _b, sign in judged_levels(s, 0, len(s))] == [-1]
    # "als" of a condition opens a clause of its own
    s = "De afstand is een probleem als de bus niet rijdt."
    assert judged_levels(s, 0, len(s)) == []


def test_a_relative_clause_states_the_level_of_the_quantity_before_it():
    s = "Het team wijst op de caseload, die vorig jaar opliep tot 60 gezinnen per medewerker."
    assert [(s[a:b], sign) for a, b, sign in judged_levels(s, 0, len(s))] == [
        ("die vorig jaar opliep", -1)
    ]
    # a relative clause after a word that is no quantity reads nothing
    s = "Het team wijst op de wijk, die vorig jaar groeide."
    assert judged_levels(s, 0, len(s)) == []


def test_level_of_a_quantity_resumed_after_a_relative_clause():
    from kg.extract.direction import judged_levels

    s = "Zij zegt dat de caseload, die vorig jaar nog rond de 40 lag, inmiddels is opgelopen."
    assert [sign for _a, _b, sign in judged_levels(s, 0, len(s))] == [-1]
    s = "Zij zegt dat de caseload, die vorig jaar rond de 40 lag, en de wachttijd zijn gedaald."
    assert all(sign == 1 for _a, _b, sign in judged_levels(s, 0, len(s)))


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        # an insertion between two clauses is read across (three clauses, two commas)
        ("Het budget is, zo meldt de controller, verlaagd.", [("verlaagd", -1)]),
        # two clauses: no insertion is looked for (a rise of costs: judged negative)
        ("De kosten zijn gestegen, de wachtlijst niet.", [("kosten zijn gestegen", -1)]),
    ],
)
def test_an_insertion_is_looked_for_between_two_clauses_only(sentence, judged):
    found = [(sentence[a:b], sign) for a, b, sign in judged_levels(sentence, 0, len(sentence))]
    assert found == judged


@pytest.mark.parametrize(
    "sentence",
    [
        # curbing a quantity that is bad to have high: subordinate (verb-final), main
        # clause (V2), passive with an agent, perfect, and a relative clause
        "Huisartsen zien dat de praktijkondersteuner het aantal verwijzingen afremt.",
        "Het aantal doorverwijzingen werd in 2016 afgeremd door de inzet van het wijkteam.",
        "De nieuwe werkwijze vermindert de wachttijden voor de jeugdhulp.",
        "Door de gezamenlijke inkoop verminderden de kosten.",
        "Volgens de controller zijn de tekorten op de jeugdhulp in 2016 ingedamd.",
        "Het wijkteam, dat de wachtlijst in twee jaar heeft verminderd, krijgt meer uren.",
    ],
)
def test_curbing_a_bad_quantity_is_positive(sentence):
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # a phrase of a figure in the middle field does not set the change out of reach
        "Het budget voor de wijkteams is in 2017 met 4% verlaagd.",
        "Volgens de wethouder zijn de uitgaven aan begeleiding sinds 2015 met ruim 20% gestegen.",
        "Het budget voor de schuldhulp werd voor 2018 nogmaals met € 200.000 verhoogd.",
        "De wachttijd voor een eerste gesprek is in 2017 met 10 dagen verkort.",
    ],
)
def test_figures_in_the_middle_field_keep_the_change_in_reach(sentence):
    assert len(_signs(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # words, not figures, still set a change out of reach
        "De uitgaven van de gemeente aan de zorg voor de ouderen in de dorpen zijn gestegen.",
        "Het budget dat de raad voor de wijkteams en de jeugdhulp opzij zette, is verhoogd.",
    ],
)
def test_words_in_the_middle_field_still_count(sentence):
    assert _signs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Volgens de consulenten blijft de wachttijd voor begeleiding onder de zes weken.",
            "positive",
        ),
        (
            "Volgens het wijkteam ligt de doorlooptijd van een aanvraag onder de tien dagen.",
            "positive",
        ),
        (
            "De cliëntenraad zegt dat de wachttijd voor huishoudelijke hulp soms boven de drie "
            "maanden ligt.",
            "negative",
        ),
        (
            "Wethouder Jansen antwoordt dat het aantal aanmeldingen bij de schuldhulp in 2016 met "
            "12% is gestegen, maar dat de wachttijd daar onder de drie weken blijft.",
            "mixed",
        ),
    ],
)
def test_waiting_time_against_a_limit_of_time(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a limit of time on no quantity, and a word that only opens like one
        "Kinderen onder de twaalf jaar gaan met hun ouders naar het spreekuur.",
        "De armoede onder de dagbesteding bezoekers is een thema.",
        "De gemeente betaalt de ouderen onder de tachtig dagen per jaar een vergoeding.",
    ],
)
def test_limit_of_time_needs_its_quantity(sentence):
    assert _signs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        # a span of time in words is an adjunct like "in 2016": not counted in the distance
        ("De caseload van het wijkteam is in een jaar sterk gestegen.", [-1]),
        ("De wachttijd voor een gesprek is binnen twee maanden gehalveerd.", [1]),
        (
            "Het aantal werklozen onder de jongeren in de stad daalde in drie jaar met een kwart.",
            [1],
        ),
        ("De kosten van de begeleiding zijn in vier jaar verdubbeld.", [-1]),
        # the use of help is read as the use of care, also as the head of a compound
        ("Het jeugdhulpgebruik is gedaald.", [1]),
        ("Het hulpgebruik onder ouderen neemt toe.", [-1]),
    ],
)
def test_a_span_of_time_in_words_and_the_use_of_help(sentence, signs):
    assert _signs(sentence) == signs


@pytest.mark.parametrize(
    "sentence",
    [
        # a year that is no span of time, and a change too far from its quantity
        "De caseload van de consulenten in het grote wijkteam van de gemeente aan de rivier "
        "is gestegen.",
        "De hulp bij het huishouden kreeg een jaar later een andere naam.",
        "Het hulpmiddel werd in een jaar twee keer vervangen.",
    ],
)
def test_a_span_of_time_does_not_bridge_any_distance(sentence):
    assert _signs(sentence) == []


def test_a_compound_takes_the_first_entry_in_the_list_that_ends_it():
    # the heads are looked up by their last letters: every entry that ends the word is found,
    # and of those the first in the word list's order gives the sign
    from kg.extract import sentencecache
    from kg.extract.direction import COMPOUND_HEAD, Directions, _quantity

    d = Directions(
        quantities={"loosheid": -1, "werkloosheid": 1, "armoede": -1, "kort": -1},
        levels={}, references={}, reference_words=(), particles={}, particle_verbs=frozenset(),
    )  # fmt: skip
    assert _quantity("jeugdwerkloosheid", d) == -1  # "loosheid" comes first
    assert _quantity("kinderarmoede", d) == -1
    assert _quantity("tekort", d) == 0  # "kort" is too short to head a compound
    assert _quantity("armoed", d) == 0 and len("kort") < COMPOUND_HEAD
    sentencecache.clear()  # the signs are kept by the list's identity, which dies with it


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        # a source set in the middle field without commas does not count as distance
        ("De ervaren gezondheid van ouderen ligt volgens de GGD licht onder het gemiddelde.",
         [-1]),
        ("De schuldenlast van de gezinnen is volgens hen sterk gestegen.", [-1]),
        # the same words, with the change too far away without the source
        ("De caseload van de consulenten in het grote wijkteam van de gemeente aan de rivier "
         "is volgens hen gestegen.", []),
    ],
)  # fmt: skip
def test_an_attribution_in_the_middle_field_does_not_part_quantity_and_level(sentence, signs):
    assert _signs(sentence) == signs
