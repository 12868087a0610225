"""Scope rules of negation, denial, supposition and contrast (invented sentences)."""

from __future__ import annotations

from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.clauseturns import opens_contrast


def _span(s: str, word: str) -> tuple[int, int]:
    i = s.index(word)
    return i, i + len(word)


def test_negator_before_word_in_same_clause():
    s = "Het nieuwe loket functioneert niet erg soepel."
    a, b = _span(s, "soepel")
    assert neg.negated(s, neg.clause_of(neg.clauses(s, 0, len(s)), a), a, b)


def test_negation_does_not_cross_a_contrast():
    s = "Het loket functioneert niet overal, maar de buurtcoach werkt prettig."
    a, b = _span(s, "prettig")
    assert not neg.negated(s, neg.clause_of(neg.clauses(s, 0, len(s)), a), a, b)


def test_clause_closing_on_a_negator_denies():
    s = "Een wachttijd voor dagbesteding is er niet."
    a, b = _span(s, "wachttijd")
    assert neg.negated(s, (0, len(s)), a, b)


def test_not_seen_as_a_problem():
    s = "De schuldenlast wordt door het team niet als een probleem ervaren."
    assert neg.not_a_problem(s, 0, len(s))
    assert not neg.not_a_problem("De schuldenlast is een probleem.", 0, 31)


def test_supposition_and_counterfactual():
    s = "Een grotere regio zou de inkoop eenvoudiger maken."
    assert neg.hypothetical(s, (0, len(s)))
    assert neg.counterfactual("Een gezamenlijke start had beter geweest.", 0, 41)
    assert not neg.hypothetical("De regio koopt in.", (0, 18))


def test_bare_negation_ignores_niet_alleen():
    s = "Het verzoek werd niet ingewilligd."
    assert neg.bare_negation(s, (0, len(s)))
    s = "Het gaat niet alleen om vervoer."
    assert not neg.bare_negation(s, (0, len(s)))


def test_bare_negation_skips_questions_choices_and_conditions():
    for s in (
        "Is dat niet de taak van de gemeente?",
        "Het geld gaat naar de wijken en niet naar het stadhuis.",
    ):
        assert not any(neg.bare_negation(s, c) for c in neg.clauses(s, 0, len(s)))
    s = "als de afspraak niet wordt nagekomen"
    assert not neg.bare_negation(s, (0, len(s)))
    s = "en niet iedereen weet de weg"
    assert neg.bare_negation(s, (0, len(s)))


def test_opens_contrast_but_not_maar_ook():
    spans = neg.clauses(s := "Het loket werkt, maar de drempel is hoog.", 0, len(s))
    assert [opens_contrast(s, c) for c in spans] == [False, True]
    s = "maar ook de scholen doen mee"
    assert not opens_contrast(s, (0, len(s)))


def test_a_clause_closing_on_a_denied_case_negates_a_problem():
    s = "Van wachtlijsten is nauwelijks sprake."
    a, b = _span(s, "wachtlijsten")
    assert neg.negated(s, (0, len(s)), a, b, case=True)
    # a fronted "van" phrase is denied for a tone word too ("van verbetering is geen sprake")
    assert neg.negated(s, (0, len(s)), a, b)
    s = "Er is van wachtlijsten nauwelijks sprake."
    a, b = _span(s, "wachtlijsten")
    assert neg.negated(s, (0, len(s)), a, b, case=True)
    assert not neg.negated(s, (0, len(s)), a, b)  # not fronted: left to the other rules
    s = "Van wachtlijsten is sprake."
    a, b = _span(s, "wachtlijsten")
    assert not neg.negated(s, (0, len(s)), a, b, case=True)


def test_amper_negates_and_a_negation_before_of_joins_the_next_clause():
    s = "Er wordt amper gebruik van gemaakt."
    assert neg.bare_negation(s, (0, len(s)))
    s = "Er zijn nauwelijks of geen klachten."
    assert not neg.bare_negation(s, (0, s.index("of")))


def test_niet_alleen_adds_rather_than_denies():
    s = "De raad is niet alleen tevreden over de inhoud, maar ook over het proces."
    a, b = _span(s, "tevreden")
    assert not neg.negated(s, (0, len(s)), a, b)
    s = "Het is niet alleen geen succes, het is een tegenvaller."  # another negator still denies
    a, b = _span(s, "succes")
    assert neg.negated(s, (0, len(s)), a, b)


def test_a_prohibition_names_what_is_feared():
    s = "Een aanvraag mag niet op de plank blijven liggen."
    a, b = _span(s, "blijven liggen")
    assert not neg.negated(s, (0, len(s)), a, b)
    s = "Jongeren mogen het niet zwaar hebben."
    a, b = _span(s, "zwaar")
    assert not neg.negated(s, (0, len(s)), a, b)
    # the past "mocht" supposes or permits: left to the other rules
    assert not neg.forbidden(["het", "mocht", "niet"])
    s = "Een melding blijft niet liggen."
    a, b = _span(s, "liggen")
    assert neg.negated(s, (0, len(s)), a, b)


def test_a_correction_is_no_bare_negation():
    from kg.extract.negation import bare_negation, clauses

    s = "Het gaat niet om het geld, maar om de kwaliteit."
    assert not bare_negation(s, clauses(s, 0, len(s))[0])
    s = "Het gaat niet om het geld."
    assert bare_negation(s, (0, len(s)))


def test_litotes_keeps_the_negator_from_reaching_on():
    s = "Dat is geen geringe opgave voor de teams."
    a, b = _span(s, "opgave")
    assert not neg.negated(s, (0, len(s)), a, b)
    assert not neg.bare_negation(s, (0, len(s)))
    s = "De rol van de wijkverpleging is niet onbelangrijk."
    assert not neg.bare_negation(s, (0, len(s)))
    s = "De rol van de wijkverpleging is niet onderzocht."
    assert neg.bare_negation(s, (0, len(s)))


def test_a_rejected_option_after_a_comma_is_a_choice():
    s = "Het loket is bij het sociaal team ondergebracht en niet, zoals elders, bij de bibliotheek."
    spans = neg.clauses(s, 0, len(s))
    assert not any(neg.bare_negation(s, span) for span in spans)


def test_a_subordinate_clause_denies_a_case_with_its_verb_last():
    s = "Het loket meldt dat er van wachttijden voor de Wmo geen sprake is."
    a, b = _span(s, "wachttijden")
    clause = neg.clause_of(neg.clauses(s, 0, len(s)), a)
    assert neg.negated(s, clause, a, b, case=True)
    # the verb last after a plain statement changes nothing
    s = "Het loket meldt dat er van wachttijden voor de Wmo sprake is."
    a, b = _span(s, "wachttijden")
    clause = neg.clause_of(neg.clauses(s, 0, len(s)), a)
    assert not neg.negated(s, clause, a, b, case=True)


def test_refusing_to_speak_of_a_problem_denies_it():
    s = "Van een tekort aan plekken wil de directeur niet spreken."
    a, b = _span(s, "tekort")
    assert neg.negated(s, (0, len(s)), a, b, case=True)
    assert polarity_of("Het loket zegt dat er van wachtlijsten geen sprake is.") == "positive"


def test_an_alternative_set_aside_after_a_comma_is_no_shortfall():
    s = "Voor het ziekenhuis zijn inwoners op Zwolle gericht, niet op Lelystad."
    spans = neg.clauses(s, 0, len(s))
    assert not any(neg.bare_negation(s, span) for span in spans)
    # "niet als vanzelf" after a comma still negates
    s = "De samenleving neemt, niet als vanzelf de doelen over."
    assert any(neg.bare_negation(s, span) for span in neg.clauses(s, 0, len(s)))


def test_a_supposition_in_the_standard_of_a_comparison_supposes_only_the_standard():
    from extract_helpers import polarity_of

    from kg.extract.negation import hypothetical

    s = "De dienst werkt efficiënter dan vier losse teams zouden kunnen."
    assert not hypothetical(s, (0, len(s)))
    assert polarity_of("Volgens de raad werkt de dienst beter dan losse teams zouden doen.") == (
        "positive"
    )
    s = "Als er geld komt, dan zou het beter gaan."  # "dan" of a condition
    assert hypothetical(s, (s.index("dan"), len(s)))


def test_zelden_negates_like_nauwelijks():
    # "zelden" (rarely) is a negator: "zelden een probleem" denies the problem, "zelden goed"
    # the approval
    for sentence, expected in [
        ("De afstand tot de centrumgemeente is zelden een probleem.", "positive"),
        ("Volgens de ouders is de reistijd naar school zelden een knelpunt.", "positive"),
        ("Het oude registratiesysteem werkte zelden goed.", "negative"),
        ("Een aanvraag wordt zelden snel afgehandeld.", "negative"),
    ]:
        assert polarity_of(sentence) == expected, sentence
    s = "Het werkt zelden goed."
    a, b = _span(s, "goed")
    assert neg.negated(s, (0, len(s)), a, b)
    s = "Het werkt vaak goed."
    a, b = _span(s, "goed")
    assert not neg.negated(s, (0, len(s)), a, b)


def test_zonder_dat_without_a_comma_opens_the_next_clause_and_negates_nothing_before_it():
    from kg.extract.negation import clauses, negated

    s = "Steeds meer ouderen met dementie wonen thuis zonder dat er hulp in de buurt is."
    clause = clauses(s, 0, len(s))[0]
    at = s.index("dementie")
    assert not negated(s, clause, at, at + len("dementie"), case=True)
    # a clause that does close on a negator still negates
    s = "Een wachtlijst voor dementie is er niet."
    at = s.index("dementie")
    assert negated(s, (0, len(s)), at, at + len("dementie"), case=True)
