"""Tests for kg.extract.selectionreasons: a reason for selection characterises, judges nothing."""

from kg.extract.selectionreasons import in_section, section_span, selection_reason, without_traits
from kg.extract.tone import polarity
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    at = s.index(word)
    return Cue(at, at + len(word), sign)


def test_selection_verbs_are_recognised() -> None:
    for s in (
        "De gemeente is in de selectie opgenomen vanwege haar ligging aan zee.",
        "Zij werd gekozen als voorbeeld van een groeiende stad.",
        "Bij de selectie telde ook mee dat de gemeente veel dorpen heeft.",
        "Ook de omvang van de bevolking speelde bij de keuze een rol.",
    ):
        assert selection_reason(s, 0, len(s)), s


def test_other_choices_are_no_selection() -> None:
    for s in (
        "Het college heeft gekozen voor één loket.",
        "De raad is opgenomen in de werkgroep.",
        "Dat de regels ingewikkeld zijn, speelt een rol.",
        "Daarnaast speelde mee dat de budgetten daalden.",
    ):
        assert not selection_reason(s, 0, len(s)), s


def test_comparison_in_reason_for_selection_is_neutral() -> None:
    s = "De gemeente is opgenomen vanwege een arbeidsmarkt die zwakker is dan elders."
    assert polarity(s, 0, len(s), [_cue(s, "zwakker", -1)]) == "neutral"


def test_own_judgement_in_reason_for_selection_counts() -> None:
    s = "De gemeente is gekozen vanwege de ongunstige positie op de arbeidsmarkt."
    assert polarity(s, 0, len(s), [_cue(s, "ongunstige", -1)]) == "negative"


def test_comparison_outside_selection_still_judges() -> None:
    s = "De arbeidsmarkt is zwakker dan elders in de provincie."
    cues = [_cue(s, "zwakker", -1)]
    assert without_traits(s, 0, len(s), cues) == cues
    assert polarity(s, 0, len(s), cues) == "negative"


def test_levels_and_problems_named_as_reason_for_selection_are_traits():
    s = "De gemeente is opgenomen als krimpgemeente met een hoge werkloosheid."
    at = s.index("hoge")
    cues = [Cue(at, s.index("."), -1), Cue(s.index("werkloos"), s.index("."), -1, problem=True)]
    assert polarity(s, 0, len(s), cues) == "neutral"


def test_statement_after_colon_of_reason_for_selection_counts():
    s = (
        "De gemeente is opgenomen vanwege haar positie:"
        " de werkloosheid ligt ver boven het landelijk niveau."
    )
    at = s.index("werkloos")
    cues = [Cue(at, s.index(" het landelijk"), -1)]
    assert polarity(s, 0, len(s), cues) == "negative"


def test_something_set_up_as_reason_for_selection_is_no_praise():
    s = "De gemeente is opgenomen omdat zij de uitvoering per wet heeft ingericht."
    assert polarity(s, 0, len(s), []) == "neutral"


_SECTION = "Waarom in de selectie?\n\n{}\n\nDemografie en sociaaleconomische situatie\n\n{}"


def test_section_of_reasons_runs_to_the_next_heading() -> None:
    s = _SECTION.format("Zij is gekozen. Een tweede reden is de ligging.", "Het gebruik is laag.")
    assert in_section(s, s.index("Een tweede"))
    assert not in_section(s, s.index("Het gebruik"))
    assert section_span("Zorggebruik\n\nHet gebruik is laag.") is None


def test_criterion_rated_in_the_section_of_reasons_judges_nothing() -> None:
    s = _SECTION.format(
        "Een tweede reden is de sociaaleconomische situatie, die ongunstiger is dan gemiddeld.",
        "De situatie is ongunstiger dan gemiddeld.",
    )
    first = Cue(s.index("ongunstiger"), s.index("ongunstiger") + 11, -1)
    at = s.index("ongunstiger", first.end)
    assert polarity(s, s.index("Een"), s.index("\n\nDemo"), [first]) == "neutral"
    assert polarity(s, s.index("De situatie"), len(s), [Cue(at, at + 11, -1)]) == "negative"


def test_praise_of_a_criterion_in_the_section_of_reasons_judges_nothing() -> None:
    s = _SECTION.format("Zij is gekozen vanwege de hechte samenwerking in de regio.", "")
    cue = Cue(s.index("hechte"), s.index(" samenwerking"), 1)
    assert polarity(s, s.index("Zij"), s.index("regio.") + 6, [cue]) == "neutral"


def test_budget_result_and_quotation_in_the_section_of_reasons_count() -> None:
    s = _SECTION.format(
        "Ten slotte is er een financiële reden: het sociaal domein sloot met een tekort."
        " ‘Wij zijn een stad met grote problemen’, zegt de wethouder.",
        "",
    )
    deficit = Cue(s.index("tekort"), s.index("tekort") + 6, -1, problem=True)
    end = s.index("tekort.") + 7
    assert polarity(s, s.index("Ten"), end, [deficit]) == "negative"
    quoted = Cue(s.index("problemen"), s.index("problemen") + 9, -1)
    assert polarity(s, s.index("‘Wij"), s.index("wethouder.") + 10, [quoted]) == "negative"


def test_blocks_end_where_a_lazy_block_up_to_a_blank_line_ends() -> None:
    import random
    import re

    from kg.extract.selectionreasons import _BLOCK

    lazy = re.compile(r"\n\s*\n(.*?)(?=\n\s*\n|\Z)", re.DOTALL)
    rng = random.Random(7)
    pieces = ["\n", " ", "\t", "\r", "\u2028", "\x85", "Zij is gekozen.", "Zorggebruik", "a"]
    texts = ["Waarom in de selectie?\n\nZij is gekozen.\n \n\t\nZorg\nHet is laag.\n\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        for pos in (0, len(text) // 2):
            want = [(m.span(), m.group(1)) for m in lazy.finditer(text, pos)]
            assert [(m.span(), m.group(1)) for m in _BLOCK.finditer(text, pos)] == want
