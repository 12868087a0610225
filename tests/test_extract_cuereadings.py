"""Readings of tone cues in their context (kg/extract/cuereadings.py), on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, polarity_of

from kg.extract.cuereadings import judging
from kg.extract.tone import Cue


def _polarity(sentence: str) -> str:
    _doc, ex = extract_text(sentence)
    assert len(ex.findings) == 1
    return ex.findings[0].polarity


def _cue(s: str, word: str, sign: int, **kw) -> Cue:
    a = s.index(word)
    return Cue(a, a + len(word), sign, **kw)


def test_degree_of_weight_judges_nothing():
    s = "Bij de keuze voor een aanbieder weegt de reistijd zwaar mee."
    assert judging(s, 0, len(s), [_cue(s, "zwaar", -1)]) == []
    s = "Het werk in de wijkteams is zwaar."
    assert judging(s, 0, len(s), [_cue(s, "zwaar", -1)]) == [_cue(s, "zwaar", -1)]


def test_verb_forms_that_only_limit_or_deliver_judge_nothing():
    s = "De gemeente wil de uitgaven beperken."
    assert judging(s, 0, len(s), [_cue(s, "beperken", -1)]) == []
    s = "De ondersteuning is beperkt tot inwoners die het niet zelf kunnen."
    assert judging(s, 0, len(s), [_cue(s, "beperkt", -1)]) == []


def test_finite_verb_negated_after_it_is_turned():
    s = "Het lukt de gemeente niet om de uitgaven te beheersen."
    assert [c.sign for c in judging(s, 0, len(s), [_cue(s, "lukt", 1)])] == [-1]
    # "niet alleen" negates nothing
    s = "Het project slaagt niet alleen in de stad, maar ook in de dorpen."
    assert [c.sign for c in judging(s, 0, len(s), [_cue(s, "slaagt", 1)])] == [1]


def test_subject_outside_the_negated_noun_phrase_is_no_lack():
    s = "Er zijn geen klachten over de huishoudelijke hulp."
    subject = _cue(s, "huishoudelijke hulp", -1, problem=True, subject=True)
    assert judging(s, 0, len(s), [subject]) == []
    s = "Er is geen huishoudelijke hulp meer."
    subject = _cue(s, "huishoudelijke hulp", -1, problem=True, subject=True)
    assert judging(s, 0, len(s), [subject]) == [subject]


def test_difficulty_in_a_clause_of_decline_shrinks():
    s = "De administratieve lasten zijn afgenomen."
    problem = _cue(s, "administratieve lasten", -1, problem=True)
    assert [c.sign for c in judging(s, 0, len(s), [problem])] == [1]
    s = "De administratieve lasten zijn niet afgenomen."
    problem = _cue(s, "administratieve lasten", -1, problem=True)
    assert [c.sign for c in judging(s, 0, len(s), [problem])] == [-1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De samenwerking tussen de gemeente en de huisartsen kan beter.", "negative"),
        ("De samenwerking met de politie kan nog worden verbeterd.", "negative"),
        ("Inwoners kunnen beter geholpen worden door het nieuwe loket.", "positive"),
        ("Het lukt de gemeente niet om de uitgaven te beheersen.", "negative"),
        ("Er zijn geen klachten over de huishoudelijke hulp.", "positive"),
        ("De administratieve lasten voor aanbieders zijn afgenomen.", "positive"),
        ("De gemeente is erin geslaagd de uitgaven te beperken.", "positive"),
        ("Ambtenaren missen een goed overzicht van de uitgaven.", "negative"),
    ],
)
def test_polarity_of_context_readings(sentence, expected):
    assert _polarity(sentence) == expected


def test_a_good_word_in_excess_is_a_fault():
    s = "De wethouder schetst een te positief beeld."
    assert [c.sign for c in judging(s, 0, len(s), [_cue(s, "positief", 1)])] == [-1]
    s = "De wethouder schetst een positief beeld."
    assert [c.sign for c in judging(s, 0, len(s), [_cue(s, "positief", 1)])] == [1]
    # "te" + infinitive is no excess: the verb keeps its reading
    s = "Het doel is om de toegang te verbeteren."
    assert [c.sign for c in judging(s, 0, len(s), [_cue(s, "verbeteren", 1)])] == [1]


def test_a_cue_word_written_as_a_name_judges_nothing():
    s = "Het team houdt spreekuur in Goed en in Delden."
    assert judging(s, 0, len(s), [_cue(s, "Goed", 1)]) == []
    s = "Goed werk wordt beloond."
    assert judging(s, 0, len(s), [_cue(s, "Goed", 1)]) == [_cue(s, "Goed", 1)]
    s = "Het team werkt, zegt men. Goed werk wordt beloond."
    assert judging(s, 0, len(s), [_cue(s, "Goed", 1)]) == [_cue(s, "Goed", 1)]


def test_a_cue_word_opening_a_quoted_title_judges_nothing():
    s = "De raad stelde de nota ‘Goed thuis in de wijk’ vast."
    assert judging(s, 0, len(s), [_cue(s, "Goed", 1)]) == []
    # a quotation opened after a colon is speech: its capital says nothing
    s = "De wethouder zegt: ‘Goed werk van het team.’"
    assert judging(s, 0, len(s), [_cue(s, "Goed", 1)]) == [_cue(s, "Goed", 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het college schetst een te optimistisch beeld van de uitgaven.", "negative"),
        ("Het wijkteam houdt spreekuur in het dorpshuis van Mooi.", "neutral"),
    ],
)
def test_polarity_of_excess_and_names(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb of poor manner before a good word: one poor verdict, not two sides
        ("Het nieuwe loket is slecht bereikbaar.", "negative"),
        ("De informatie over de regeling is beperkt toegankelijk.", "negative"),
        ("Het nieuwe loket is goed bereikbaar.", "positive"),
    ],
)
def test_a_poor_adverb_makes_one_verdict_with_its_word(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # less of a bad thing is good news, less of a good thing bad news
        ("Het aantal klachten over de huishoudelijke hulp neemt af.", "positive"),
        ("De tevredenheid van cliënten is gedaald.", "negative"),
        ("Het draagvlak voor de regionale inkoop neemt af.", "negative"),
        ("Het aantal klachten is niet gedaald.", "negative"),
        # an adjective is followed by its noun: it is no subject of the decline
        ("Dankzij de goede zorg dalen de kosten.", "positive"),
    ],
)
def test_a_judgement_noun_that_declines_is_turned(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a good thing named as the subject, its predicate denied
        ("De beoogde besparingen op de huishoudelijke hulp zijn niet gehaald.", "negative"),
        ("De verbetering werd nooit zichtbaar in de cijfers.", "negative"),
        # "geen" denies a noun of its own; "niet alleen" adds
        ("Het succes van de wijkteams is geen toeval.", "positive"),
    ],
)
def test_a_good_subject_with_its_predicate_denied(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "meevallen", "tegenvallen" weigh their subject against expectation
        ("Het aantal klachten over het loket valt mee.", "positive"),
        ("De wachtlijsten voor de jeugdhulp vallen mee.", "positive"),
        ("Het succes van de nieuwe aanpak viel tegen.", "negative"),
        ("Dat viel niet mee.", "negative"),
    ],
)
def test_a_subject_judged_against_expectation(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a judgement noun with a predicate of a low level is little of it
        ("Het draagvlak voor de regionale inkoop is gering.", "negative"),
        ("Het draagvlak voor de regionale inkoop is niet gering.", "positive"),
        ("Het aantal klachten over het loket is laag.", "positive"),
        ("De risico's voor de begroting zijn klein.", "positive"),
        # a difficulty with its predicate denied stays one
        ("De problemen met de facturen zijn niet opgelost.", "negative"),
    ],
)
def test_a_judgement_noun_with_a_low_predicate(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem that no longer holds is a change for the better
        ("Er zijn geen wachtlijsten meer.", "positive"),
        ("Wachtlijsten zijn er niet meer.", "positive"),
        ("Van wachtlijsten is geen sprake meer.", "positive"),
        ("Wachttijden komen niet meer voor.", "positive"),
        # a bare denial is good news too; a comparison is no "no longer"
        ("Er zijn geen wachtlijsten.", "positive"),
        ("Er is geen geld meer voor preventie.", "negative"),
    ],
)
def test_a_problem_that_no_longer_holds(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "zou beter kunnen" is room for improvement, as "kan beter"
        ("De afstemming met de huisartsen zou beter kunnen.", "negative"),
        ("De samenwerking met de scholen zou nog veel beter kunnen.", "negative"),
        ("De communicatie kan beter.", "negative"),
        # a comparative that something follows is no such verdict
        ("Inwoners zouden beter geholpen kunnen worden met één loket.", "neutral"),
    ],
)
def test_would_be_better_is_room_for_improvement(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "snel" beside a verb of change measures the change, which the change words judge
        ("De kosten van de jeugdzorg stijgen snel.", "negative"),
        ("De vraag naar hulp neemt snel toe.", "negative"),
        ("De uitgaven lopen snel op.", "negative"),
        ("Het aantal cliënten groeit snel.", "neutral"),
        # promptness is still good
        ("De aanvraag wordt sneller afgehandeld.", "positive"),
        ("Het team pakt meldingen sneller op.", "positive"),
    ],
)
def test_pace_beside_a_change_measures_it(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "het vertrouwen" is a state, not an activity like "het verbeteren van …"
        ("Het vertrouwen tussen gemeente en aanbieders is gegroeid.", "positive"),
        ("Het vertrouwen in de gemeente is laag.", "negative"),
        ("Het verbeteren van de toegang heeft voorrang.", "neutral"),
    ],
)
def test_het_vertrouwen_is_a_state(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a difficulty brought down is good news, unless the clause denies it
        ("De wachttijden zijn flink teruggebracht.", "positive"),
        ("De wachttijd is verkort tot twee weken.", "positive"),
        ("De wachtlijst is weggewerkt.", "positive"),
        ("De wachttijden zijn niet verkort.", "negative"),
        # a service cut back stays a cut
        ("De huishoudelijke hulp is teruggebracht naar twee uur.", "negative"),
    ],
)
def test_a_difficulty_brought_down(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a difficulty whose level became lower is shrinking; a good thing that did is lost
        ("De drempel om hulp te vragen is lager geworden.", "positive"),
        ("De wachttijden voor de jeugd-ggz worden steeds korter.", "positive"),
        ("De wachttijden voor de jeugd-ggz worden steeds langer.", "negative"),
        ("De ruimte voor maatwerk is kleiner geworden.", "negative"),
        ("De drempel om hulp te vragen is niet lager geworden.", "negative"),
    ],
)
def test_a_level_that_became_lower(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase cue's words across a comma stand in two clauses: no phrase
        ("De Wmo-raad bestaat uit twaalf leden, onder wie vertegenwoordigers van ouderenbonden.",
         "neutral"),
        ("Veel ouderen lijden onder eenzaamheid.", "negative"),
    ],
)  # fmt: skip
def test_a_phrase_across_punctuation_is_no_cue(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the weight of a difficulty is no approval: the noun judges
        ("Het belangrijkste knelpunt is de wachtlijst voor de jeugd-ggz.", "negative"),
        ("Een belangrijk probleem is de bereikbaarheid van de kernen.", "negative"),
        ("De huisvesting van statushouders is de belangrijkste opgave voor de komende jaren.",
         "negative"),
        ("Ambtenaren noemen de huisvesting van statushouders als belangrijkste opgave.",
         "negative"),
        # the weight of a good thing stays with it
        ("Een belangrijke verbetering is dat inwoners nu één loket hebben.", "positive"),
    ],
)  # fmt: skip
def test_the_weight_of_a_difficulty(sentence, expected):
    assert polarity_of(sentence) == expected


def test_the_first_part_of_a_compound_with_its_head_left_out_is_no_cue():
    from extract_helpers import polarity_of

    assert polarity_of("Volgens de wethouder is de stad een zorg- en winkelcentrum.") == "neutral"
    claim = "Volgens de wethouder blijft de wachtlijst een zorg voor de raad."
    assert polarity_of(claim) == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "inmiddels" with a verb of change reports a trend, which its quantity judges (ageing,
        # the domain's problem "vergrijzing" as a process, is negative; no progress made)
        ("De wijken vergrijzen inmiddels in hoog tempo.", "negative"),
        ("De wachttijd is inmiddels opgelopen tot acht weken.", "negative"),
        # without one it reports progress made
        ("Het loket is inmiddels open.", "positive"),
    ],
)
def test_by_now_with_a_change_is_a_trend(sentence, expected):
    assert polarity_of(sentence) == expected
