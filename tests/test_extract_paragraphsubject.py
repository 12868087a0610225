"""The subject of a paragraph: claims that name nothing take the problem most claims name."""

from __future__ import annotations

from kg.extract.model import Finding
from kg.extract.paragraphsubject import carry_subjects, dominant_problem, raises_point
from tests.extract_helpers import extract_text, finding_for, key

LONELY = (
    "Het beeld is somber. Veel ouderen in de kernen voelen zich eenzaam. Eenzaamheid komt ook"
    " onder jongeren voor. De vereenzaming neemt nog toe. Er is nog veel te doen."
)


def _finding(sentence: int, *concerns: str) -> Finding:
    return Finding(sentence, sentence + 1, (sentence,), ("r/authors",), concerns, "neutral", 0)


def test_the_problem_most_claims_name_leads():
    claims = [("c/problem/a",), ("c/problem/a",), ("c/problem/a", "c/problem/b"), ("c/problem/b",)]
    assert dominant_problem(claims) == "c/problem/a"


def test_a_tie_or_too_few_claims_make_no_subject():
    assert dominant_problem([("c/problem/a",), ("c/problem/b",)]) is None
    assert dominant_problem([("c/problem/a",), ("c/role/x",), ()]) is None


def test_only_silent_claims_of_a_paragraph_with_a_majority_subject_take_it():
    a = "c/problem/a"
    paragraph = [_finding(0, a), _finding(1), _finding(2, a), _finding(3, a), _finding(4)]
    other = [_finding(5, a), _finding(6)]
    paragraph_of = {k: 0 if k < 5 else 1 for k in range(7)}
    out = carry_subjects(paragraph + other, paragraph_of, {1, 4, 6})
    assert [f.concerns for f in out] == [(a,), (a,), (a,), (a,), (a,), (a,), ()]


def test_a_subject_named_after_the_claim_carries_back_to_it():
    doc, ex = extract_text(LONELY)
    for quote in ("Het beeld is somber", "Er is nog veel te doen"):
        assert [key(c) for c in finding_for(doc, ex, quote).concerns] == ["problem/loneliness"]


def test_a_paragraph_of_several_problems_has_no_subject():
    doc, ex = extract_text(
        "Het beeld is gemengd. Veel ouderen voelen zich eenzaam. Eenzaamheid komt ook onder"
        " jongeren voor. Armoede groeit. Er is nog veel te doen."
    )
    assert finding_for(doc, ex, "Er is nog veel te doen").concerns == ()


def test_a_claim_that_denies_a_problem_takes_no_subject():
    doc, ex = extract_text(LONELY + " Een wachtlijst is er niet.")
    assert finding_for(doc, ex, "Een wachtlijst is er niet").concerns == ()


BUILD_UP = (
    "In het dorp speelt een oude cultuur. Vroeger regelde de fabriek alles voor de arbeiders."
    " De jongeren kennen die tijd niet meer. {}"
)


def test_a_closing_conclusion_states_the_subject_of_the_claims_before_it():
    for closing in ("Er is dan ook veel eenzaamheid.", "Kortom: eenzaamheid is een probleem."):
        doc, ex = extract_text(BUILD_UP.format(closing))
        for quote in ("In het dorp", "Vroeger regelde", "De jongeren kennen"):
            concerns = [key(c) for c in finding_for(doc, ex, quote).concerns]
            assert concerns == ["problem/loneliness"], (closing, quote)


def test_no_subject_without_a_conclusive_connective_or_when_the_conclusion_is_not_last():
    for paragraph in (
        BUILD_UP.format("Er is ook veel eenzaamheid."),
        "In het dorp speelt een oude cultuur. Er is dan ook veel eenzaamheid."
        " Vroeger regelde de fabriek alles voor de arbeiders.",
    ):
        doc, ex = extract_text(paragraph)
        assert finding_for(doc, ex, "Vroeger regelde").concerns == (), paragraph


def test_a_concluded_subject_needs_the_text_and_yields_to_a_majority():
    a, b = "c/problem/a", "c/problem/b"
    text = "Het beeld. De oorzaak. Er is dan ook A."
    spans = [(0, 10), (11, 22), (23, len(text))]

    def claim(k: int, *concerns: str) -> Finding:
        return Finding(*spans[k], (k,), ("r/authors",), concerns, "neutral", 0)

    paragraph = [claim(0), claim(1), claim(2, a)]
    paragraph_of = dict.fromkeys(range(3), 0)
    assert [f.concerns for f in carry_subjects(paragraph, paragraph_of, {0, 1}, text)] == [
        (a,),
        (a,),
        (a,),
    ]
    assert carry_subjects(paragraph, paragraph_of, {0, 1})[0].concerns == ()  # no text
    # b, named by three claims of five, leads: the concluded a does not count
    led = [claim(0, b), claim(1, b), claim(1, b), claim(1), claim(2, a)]
    out = carry_subjects(led, dict.fromkeys(range(5), 0), {3}, text)
    assert out[3].concerns == (b,)


def test_a_claim_calling_its_subject_a_point_of_concern_raises_a_point():
    for claim in (
        "De bereikbaarheid van het loket is een lastig punt.",
        "Het vervoer naar de dagbesteding vormt een knelpunt.",
        "De wachttijd blijft een groot probleem.",
    ):
        assert raises_point(claim), claim
    for claim in (
        "Het is een probleem dat de wachttijd oploopt.",
        "Een punt is dat de wachttijd oploopt.",
        "De wachttijd is een punt van aandacht in het overleg.",
    ):
        assert not raises_point(claim), claim


def test_a_raised_point_becomes_the_subject_of_the_claims_after_it():
    doc, ex = extract_text(
        "Eenzaamheid onder ouderen is groot. De wachtlijst voor dagbesteding is een lastig"
        " punt. Niemand weet hoe lang het nog duurt."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Niemand weet").concerns}
    assert "problem/waiting-lists" in concerns
    assert "problem/loneliness" not in concerns


def test_a_raised_point_without_a_problem_of_its_own_keeps_the_subject():
    doc, ex = extract_text(
        "Eenzaamheid onder ouderen is groot. Het blijft een lastig punt. Niemand weet hoe het"
        " verder moet."
    )
    for quote in ("Het blijft", "Niemand weet"):
        assert [key(c) for c in finding_for(doc, ex, quote).concerns] == ["problem/loneliness"]


def test_a_claim_naming_only_actors_adds_its_paragraphs_majority_subject():
    doc, ex = extract_text(
        "Veel ouderen in de kernen voelen zich eenzaam. Eenzaamheid komt ook onder jongeren"
        " voor. De gemeente zet de wijkteams in. De vereenzaming neemt nog toe.",
        "Veel ouderen in de kernen voelen zich eenzaam. De gemeente zet de wijkteams in."
        " Armoede komt ook voor. Schulden nemen toe.",
    )
    first, second = (
        [key(c) for c in f.concerns]
        for f in ex.findings
        if doc.text[f.start : f.end].startswith("De gemeente zet")
    )
    assert first == ["problem/loneliness", "role/social-team"]
    assert second == ["role/social-team"]  # no problem most claims name: only its own


def test_only_plain_claims_add_the_subject_to_what_they_name():
    fs = [_finding(0, "p/problem/a"), _finding(1, "p/role/x"), _finding(2, "p/problem/a")]
    fs += [_finding(3, "p/problem/a", "p/role/y")]
    paragraph = dict.fromkeys(range(4), 0)
    out = carry_subjects(fs, paragraph, set(), plain={1})
    assert out[1].concerns == ("p/problem/a", "p/role/x")
    assert out[3].concerns == fs[3].concerns
    assert carry_subjects(fs, paragraph, set())[1].concerns == ("p/role/x",)
