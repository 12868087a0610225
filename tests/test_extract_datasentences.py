"""Sentences that only report figures in the authors' voice are data, not findings."""

from __future__ import annotations

from types import SimpleNamespace as N

import pytest

from kg.extract.datasentences import AUTHORS, figures_only
from tests.extract_helpers import extract_text


def _claim(text: str, voice: tuple[str, ...] = ()) -> N:
    return N(voice=voice, start=0, end=len(text), mentions=[], speech=N(fact=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het telt 4% meer ouderen dan gemiddeld.", True),
        ("Het telt 4% meer ouderen, omdat jongeren vertrekken.", False),
        ("Het telt 4% meer ouderen, maar dat valt mee.", False),
    ],
)
def test_figures_with_a_reason_or_contrast_are_a_claim(text, expected):
    assert figures_only(text, _claim(text), "neutral", [text.index("4")]) is expected


def test_a_voice_makes_figures_a_claim():
    text = "Het telt 4% meer ouderen dan gemiddeld."
    assert not figures_only(text, _claim(text, ("role/x",)), "neutral", [9])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("De onderzoeker licht toe dat de gemeente in 2016 € 510,- per inwoner ontving.", "510"),
        ("De onderzoekers lichten toe dat de gemeente in 2015 ruim 2.100 cliënten telde.", "2.100"),
        ("De auteurs tellen in 2015 ruim 1.300 cliënten met begeleiding.", "1.300"),
        ("De onderzoeker vult aan dat het aantal bijstandsuitkeringen in 2016 op 610 lag.", "610"),
    ],
)
def test_the_authors_named_as_reporters_are_no_other_voice(text, figure):
    at = text.index(figure)
    claim = _claim(text, (AUTHORS,))
    claim.explicit = True
    assert figures_only(text, claim, "neutral", [at])
    # another reporter's figures are theirs
    claim = _claim(text, ("role/x",))
    claim.explicit = True
    assert not figures_only(text, claim, "neutral", [at])


def test_a_figures_only_sentence_leaves_no_finding():
    doc, ex = extract_text("Het aandeel ouderen is 21%. Dat baart de raad zorgen.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het gebruik van de Wmo ligt hoger dan landelijk: 8% van de inwoners heeft hulp.", True),
        ("De cijfers zijn helder: 8% van de inwoners heeft hulp.", False),
        ("Er zijn 41 uitkeringen per 1.000 inwoners, ruim een derde meer dan landelijk.", True),
        ("Het aantal cliënten daalde met 9%, een gevolg van de strengere toegang.", False),
        ("Op de Wmo bleef daarentegen 4 ton over.", False),
    ],
)
def test_what_a_colon_fraction_cause_or_contrast_adds(text, expected):
    assert (
        figures_only(text, _claim(text), "neutral", [text.index(next(filter(str.isdigit, text)))])
        is expected
    )


def test_a_counted_group_that_is_a_problem_makes_a_finding():
    from kg.extract.model import SentenceMention

    text = "Dit jaar moet de gemeente 150 statushouders huisvesten."
    claim = _claim(text)
    at = text.index("statushouders")
    claim.mentions = [
        SentenceMention("c/problem/status-holders", "problem", at, at + 13, "statushouders", 0)
    ]
    assert not figures_only(text, claim, "neutral", [text.index("150")])


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        ({"executes-for"}, False),
        ({"member-of"}, False),
        ({"borders-on"}, True),  # a neighbour as the comparison's reference
        ({"related-organisation"}, True),  # the source of an amount
        (set(), True),
    ],
)
def test_a_sentence_laying_out_the_field_is_a_finding(types, expected):
    text = "Het werkbedrijf voert de Wsw uit voor 1.100 medewerkers van zes gemeenten."
    claim = _claim(text)
    assert figures_only(text, claim, "neutral", [38], relation_types=types) is expected


def test_an_arrangement_with_figures_stays_a_finding_end_to_end():
    doc, ex = extract_text(
        "De schuldhulpverlening is belegd bij de Kredietbank West-Friesland, die deze taak "
        "voor de zeven Westfriese gemeenten uitvoert."
    )
    assert len(ex.findings) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2015 was 9,8% van de inwoners werkloos, terwijl dat landelijk 6,9% was.", True),
        ("De bevolking is jonger dan gemiddeld: 30% van de inwoners is jonger dan 25.", True),
        ("Inwoners wachtten gemiddeld 5 weken, terwijl de norm 10 werkdagen is.", False),
    ],
)
def test_a_level_against_a_reference_judges_nothing_beyond_the_figures(text, expected):
    figure = text.index(next(filter(str.isdigit, text)))
    assert figures_only(text, _claim(text), "negative", [figure], cues=[]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Tegelijk wijzen zij op de caseload, die opliep tot 55 huishoudens per medewerker.",
        "Daarvoor liet hij in 2014 zes teams starten, één per stadsdeel.",
    ],
)
def test_a_person_taken_up_makes_figures_a_claim(text):
    figure = text.index(next(filter(str.isdigit, text)))
    assert not figures_only(text, _claim(text), "neutral", [figure])


@pytest.mark.parametrize(
    ("comparison", "reference", "expected"),
    [
        ("higher", "national average", True),  # "wordt meer dan gemiddeld gebruikt"
        ("lower", "comparable-municipalities", True),  # "onder … vergelijkbare gemeenten"
        ("lower", None, True),  # "komen weinig voor"
        ("more", None, False),  # "meer papierwerk"
        ("increase", None, False),  # a change over time
        ("higher", "municipal-norm", False),  # a norm: a verdict
    ],
)
def test_a_level_with_no_figure_counts_as_one(comparison, reference, expected):
    from kg.extract.datasentences import reference_level

    level = N(value=None, comparison=comparison, reference=reference)
    assert reference_level(level) is expected


def test_a_level_against_the_average_is_data_end_to_end():
    doc, ex = extract_text(
        "Ook de Wmo wordt meer dan gemiddeld gebruikt. Dat baart de raad zorgen."
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


@pytest.mark.parametrize(
    "text",
    [
        "Daarnaast speelden de vergrijzing (22% 65-plussers) en de financiën een rol.",
        "Daarnaast woog het gebruik van jeugdhulp mee, dat 12% hoger ligt dan gemiddeld.",
    ],
)
def test_a_factor_that_weighed_in_a_choice_is_a_finding(text):
    figure = text.index(next(filter(str.isdigit, text)))
    assert not figures_only(text, _claim(text), "neutral", [figure])


def test_only_level_words_judge_nothing_beyond_the_figures():
    from kg.extract.toneframes import Cue

    text = "Slechts 4% van de bevolking heeft een niet-westerse achtergrond."
    assert figures_only(text, _claim(text), "negative", [8], cues=[Cue(0, 7, -1)])
    text = "Zorgelijk: 4% van de jongeren heeft schulden."
    assert not figures_only(text, _claim(text), "negative", [11], cues=[Cue(0, 9, -1)])


def test_a_level_word_judging_the_measured_quantity_is_the_level():
    from kg.extract.toneframes import Cue

    text = "De cijfers tonen een hoge publieke gezondheid (81% voelt zich gezond)."
    cue = Cue(text.index("hoge"), text.index(" ("), 1)
    assert figures_only(text, _claim(text), "positive", [text.index("81")], cues=[cue])


def test_a_compared_statistic_in_a_carried_voice_is_the_authors_data():
    text = "Het aantal aanmeldingen steeg van 610 in 2014 naar 780 in 2015."
    carried = N(
        voice=("role/x",), explicit=False, start=0, end=len(text), mentions=[],
        speech=N(fact=False),
    )  # fmt: skip
    figure = text.index("780")
    assert figures_only(text, carried, "neutral", [figure], compared=[figure])
    assert not figures_only(text, carried, "neutral", [figure])  # no comparison: the voice's
    named = N(**{**vars(carried), "explicit": True})
    assert not figures_only(text, named, "neutral", [figure], compared=[figure])


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal bijstandsgerechtigden steeg van 2.950 in 2013 naar 3.400 begin 2016.",
        "Het aantal aanmeldingen steeg in 2015 met 20%.",
    ],
)
def test_a_rise_of_what_the_figures_count_is_data(sentence):
    doc, ex = extract_text(f"{sentence} Dat baart de raad zorgen.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


@pytest.mark.parametrize(
    "sentence",
    [
        "De reserve daalde van € 4,2 miljoen naar € 3,1 miljoen en is bij deze trend snel op.",
        "Het aantal bijstandsgerechtigden steeg van 2.950 naar 3.400, omdat banen verdwenen.",
    ],
)
def test_a_rise_with_a_projection_or_reason_stays_a_finding(sentence):
    doc, ex = extract_text(sentence)
    assert len(ex.findings) == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er zijn 34 uitkeringen per 1.000 inwoners. Dat is minder dan in Nederland.",
        "Er zijn 27 uitkeringen per 1.000 inwoners, ongeveer de helft van het niveau in Lelystad.",
        "Het aandeel huishoudens met een laag inkomen ligt met 11% boven het Drentse gemiddelde.",
    ],
)
def test_a_level_against_another_place_is_data(paragraph):
    doc, ex = extract_text(f"{paragraph} Dat baart de raad zorgen.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


def test_a_place_that_is_no_reference_makes_figures_a_finding():
    doc, ex = extract_text("Er wonen 7% migranten, vooral in Lelystad en in Almere.")
    assert len(ex.findings) == 1


def test_a_bare_scarcity_of_what_is_counted_is_data():
    doc, ex = extract_text("Er lopen weinig re-integratietrajecten. Dat baart de raad zorgen.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


def test_how_many_teams_there_are_is_a_fact_of_organisation():
    doc, ex = extract_text(
        "Teststad heeft vier sociale wijkteams. In 2015 telde de gemeente 1.800 cliënten."
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert quotes == ["Teststad heeft vier sociale wijkteams."]


@pytest.mark.parametrize(
    "sentence",
    [
        "De bevolking is jong: 31% van de inwoners is jonger dan 25 jaar, tegen 29% landelijk.",
        "Ook de Wmo wordt meer dan gemiddeld gebruikt, vooral door de groep 75-plussers.",
    ],
)
def test_a_level_word_before_a_colon_or_a_passive_agent_is_no_remark(sentence):
    doc, ex = extract_text(f"{sentence} Dat baart de raad zorgen.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


def test_a_body_holding_the_figures_says_no_more():
    doc, ex = extract_text(
        "Bij de Intergemeentelijke Sociale Dienst Noord liepen eind 2015 circa 140 "
        "re-integratietrajecten. Dat baart de raad zorgen."
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == ["Dat baart de raad zorgen."]


def test_the_referrers_share_is_data():
    data = "Huisartsen verwezen in 2015 zo'n 60% van de jongeren door, de wijkteams 25%."
    doc, ex = extract_text(data)
    assert data not in [doc.text[f.start : f.end] for f in ex.findings]
    work = "De wijkteams voerden in 2016 ruim 2.300 keukentafelgesprekken in vier gebieden."
    doc, ex = extract_text(work)
    assert work in [doc.text[f.start : f.end] for f in ex.findings]


def test_a_change_and_its_pace_against_a_reference_are_data():
    text = "Het bijstandsbestand groeide van 640 naar 700 uitkeringen, minder snel dan in Twente."
    doc, ex = extract_text(f"De raad is tevreden. {text}")
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


def test_a_bracketed_series_is_no_enumeration():
    text = "Het aantal cliënten met dagbesteding is sinds 2014 gehalveerd (2014: 900; 2016: 450)."
    doc, ex = extract_text(f"De raad is tevreden. {text}")
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal statushouders dat de gemeente moest huisvesten, daalde weer tot 40 per jaar.",
        "De taakstelling voor statushouders is voor 2016 vastgesteld op 120 personen.",
    ],
)
def test_a_problem_group_counted_by_aantal_or_a_taakstelling_is_a_finding(text):
    doc, ex = extract_text(text)
    assert [doc.text[f.start : f.end] for f in ex.findings] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal ondertoezichtstellingen nam in een jaar tijd toe met 10%.",
    ],
)
def test_an_act_counted_by_aantal_stays_data(text):
    doc, ex = extract_text(text)
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Het gebruik van de Wmo is hoger dan gemiddeld, vooral waar het de dagbesteding betreft.",
        "De jeugdhulp wordt vaker gebruikt dan landelijk, zeker waar het de jeugd-GGZ betreft.",
    ],
)
def test_what_a_level_holds_most_for_is_no_remark(text):
    doc, ex = extract_text(text)
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


def test_a_count_of_the_teams_is_a_finding():
    text = "In de loop van 2015 groeide het aantal wijkteams tot zeven, één per wijk."
    doc, ex = extract_text(text)
    assert [doc.text[f.start : f.end] for f in ex.findings] == [text]


def test_people_in_a_condition_counted_by_a_body_are_a_finding():
    text = "Het meldpunt registreerde in 2015 zo'n 140 voortijdig schoolverlaters in de gemeente."
    doc, ex = extract_text(text)
    assert [doc.text[f.start : f.end] for f in ex.findings] == [text]
    for data in (
        "Het aandeel voortijdig schoolverlaters daalde van 2,4% naar 2,1%.",  # a share
        "De gemeente telt 500 werklozen.",  # the population's count
    ):
        doc, ex = extract_text(data)
        assert data not in [doc.text[f.start : f.end] for f in ex.findings]


def test_a_groups_output_against_an_earlier_moment_is_its_statistic():
    text = "Het team voerde in 2016 zo'n 1.400 gesprekken, twee keer zoveel als in 2014."
    doc, ex = extract_text(text)
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


@pytest.mark.parametrize(
    "reference",
    ["neighbouring-municipalities", "other municipalities", "province", "provincial average"],
)
def test_a_level_against_other_municipalities_counts_as_a_figure(reference):
    from kg.extract.datasentences import reference_level

    assert reference_level(N(value=None, comparison="lower", reference=reference))
    assert not reference_level(N(value=None, comparison="increase", reference=reference))


@pytest.mark.parametrize(
    "text",
    [
        "Het aandeel ouderen is hoger dan in de rest van Gelderland.",
        "De werkloosheid ligt lager dan elders in de provincie.",
        "Het gebruik van de Wmo is iets hoger dan in heel Fryslân.",
        "Het aandeel 65-plussers is lager dan in de rest van Zeeland.",
    ],
)
def test_a_level_against_the_province_as_a_whole_stays_data(text):
    doc, ex = extract_text(text)
    assert text not in [doc.text[f.start : f.end] for f in ex.findings]


@pytest.mark.parametrize(
    "line",
    [
        "Jeugdhulp met verblijf: duidelijk hoger dan in vergelijkbare steden.",
        "Wmo-gebruik: iets onder het landelijk gemiddelde.",
        "Inwoners (2016): 42.100.",
        "Aandeel 65-plussers: 23%, landelijk 18%.",
    ],
)
def test_a_fact_sheet_line_of_figures_or_levels_is_data(line):
    claim = N(voice=(), start=0, end=len(line), mentions=[], speech=N(fact=False))
    assert figures_only(line, claim, "neutral", [line.index(":") + 2])


@pytest.mark.parametrize(
    "text",
    [
        "De taakstelling voor de huisvesting van statushouders steeg tot 90 personen.",
        "In 2016 verdubbelde de taakstelling voor de opvang van statushouders tot 60.",
        "Het aantal statushouders groeide van 40 naar 75.",
        "De taakstelling voor statushouders is vastgesteld op 142 personen.",
    ],
)
def test_a_task_set_for_a_problem_group_makes_a_finding(text):
    from kg.extract.model import SentenceMention

    claim = _claim(text)
    at = text.index("statushouders")
    claim.mentions = [
        SentenceMention("c/problem/status-holders", "problem", at, at + 13, "statushouders", 0)
    ]
    figure = next(i for i, c in enumerate(text) if c.isdigit())
    assert not figures_only(text, claim, "neutral", [figure])


def test_a_task_set_for_a_group_no_problem_stays_data():
    text = "De taakstelling voor de huisvesting van jongeren steeg tot 90 personen."
    assert figures_only(text, _claim(text), "neutral", [text.index("90")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De organisatie wijst erop dat het aantal ouderen met 20% stijgt.", False),
        ("De corporatie verwacht voor 2018 nog 400 extra inschrijvingen.", False),
        ("De cijfers laten zien dat het aantal ouderen met 20% stijgt.", True),
        ("De kredietbank telde in 2015 ruim 420 aanmeldingen.", True),
    ],
)
def test_a_party_that_reports_the_figures_makes_a_finding(text, expected):
    figure = next(i for i, c in enumerate(text) if c.isdigit())
    assert figures_only(text, _claim(text), "neutral", [figure]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Tekort jeugd 2016: € 0,8 mln",
        "Tekort Wmo (2017): ruim € 400.000",
        "Tekorten sociaal domein: € 1,2 mln",
        "Jeugdhulp: tekort € 2,1 mln (2016)",
    ],
)
def test_a_deficit_in_a_key_figure_line_is_a_finding(text):
    # a deficit names a problem; the telegram form changes nothing (gold README)
    figure = next(i for i, c in enumerate(text) if c.isdigit())
    assert not figures_only(text, _claim(text), "negative", [figure])


@pytest.mark.parametrize("text", ["Overschot Wmo 2016: € 0,9 mln", "Budget jeugd 2016: € 11,4 mln"])
def test_a_key_figure_line_with_no_deficit_stays_data(text):
    figure = next(i for i, c in enumerate(text) if c.isdigit())
    assert figures_only(text, _claim(text), "neutral", [figure])


@pytest.mark.parametrize(
    "text",
    ["Tien weken!", "Ruim 400 aanmeldingen!", "Een tekort van € 2 miljoen!", "Bijna 30%!"],
)
def test_an_exclamation_of_figures_reacts_to_them(text):
    figure = next(i for i, c in enumerate(text) if c.isdigit() or c == "T")
    assert not figures_only(text, _claim(text), "neutral", [figure])
    assert figures_only(text[:-1] + ".", _claim(text), "neutral", [figure]) or "tekort" in text
