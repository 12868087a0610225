"""A judgement that lies only in the figures (kg.extract.measuredlevels)."""

from __future__ import annotations

from types import SimpleNamespace as N

from kg.extract.measuredlevels import POPULATION_CONDITIONS, judged_by_figures
from kg.extract.toneframes import Cue
from kg.namespaces import CONCEPT


def problem(text: str, word: str, key: str):
    at = text.index(word)
    return N(kind="problem", start=at, end=at + len(word), entity=CONCEPT + "problem/" + key)


def test_a_statistic_of_the_population_is_judged_by_its_figures_only():
    s = "Een op de vijf huishoudens leeft van een laag inkomen."
    m = problem(s, "laag inkomen", "poverty")
    level, named = Cue(m.start, m.end, -1), Cue(m.start, m.end, -1, problem=True)
    assert judged_by_figures([level, named], [m])


def test_a_deficit_an_evaluation_or_another_level_is_more_than_the_figures():
    s = "Het jaar werd afgesloten met een tekort van € 2 miljoen."
    m = problem(s, "tekort", "budget-overrun")
    assert not judged_by_figures([Cue(m.start, m.end, -1, problem=True)], [m])
    s = "Gelukkig leeft 20% van een laag inkomen."
    m = problem(s, "laag inkomen", "poverty")
    assert not judged_by_figures([Cue(0, 8, 1), Cue(m.start, m.end, -1, problem=True)], [m])


def test_the_conditions_are_problems_of_the_taxonomy():
    from pathlib import Path

    taxonomy = (Path(__file__).resolve().parent.parent / "ontology" / "problems.ttl").read_text()
    for iri in POPULATION_CONDITIONS:
        assert f"problem:{iri.rsplit('/', 1)[-1]} a kg:Problem" in taxonomy
