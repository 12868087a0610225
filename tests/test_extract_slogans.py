"""Policy slogans that name a problem (kg/extract/slogans.py), on invented sentences."""

from __future__ import annotations

from kg.extract.slogans import load_slogans, slogan_problems
from tests.extract_helpers import key


def test_the_one_plan_slogan_names_its_problem_in_any_wording():
    for text in (
        "Het uitgangspunt blijft 1 gezin, 1 plan.",
        "Er is nog geen sprake van één huishouden, één plan en één casusregisseur.",
        "Het team werkt volgens één regisseur, één plan.",
    ):
        assert [key(p) for p in slogan_problems(text, 0, len(text))] == [
            "problem/laws-not-integrated"
        ], text
    # a single item, or a list without the plan, is no slogan
    for text in ("Er komt één plan voor de wijk.", "Eén gezin, één regisseur volstaat."):
        assert slogan_problems(text, 0, len(text)) == set(), text


def test_every_slogan_names_a_problem_of_the_taxonomy():
    problems = [problem for problem, _pattern, _required in load_slogans()]
    assert problems and all("/problem/" in p for p in problems)
