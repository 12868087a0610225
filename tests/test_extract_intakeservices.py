"""A problem's service registering its intake names the problem (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract.intakeservices import serves_intake


# A service named after the problem it serves that registers its intake with a figure names
# that problem (gold, fourteenth batch, decision 5): main clause and inversion, past and
# present, "telde", "ontving", "registreerde", "krijgt". Sentences of our own.
@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("De schuldhulpverlening telde in 2016 ruim 1.900 aanmeldingen.", "schuldhulpverlening"),
        ("In 2015 ontving de schuldhulpverlening 400 aanvragen.", "schuldhulpverlening"),
        ("De schuldhulp registreerde vorig jaar 312 nieuwe klanten.", "schuldhulp"),
        ("Jaarlijks krijgt de schuldhulpverlening ongeveer 250 hulpvragen.", "schuldhulpverlening"),
    ],
)
def test_a_problem_service_registering_its_intake_names_the_problem(text, service):
    at = text.index(service)
    assert serves_intake(text, at, at + len(service))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Het aandeel huishoudens met schulden telt 8%.", "schulden"),
        (
            "De schuldhulpverlening is goed bereikbaar, zegt 80% van de klanten.",
            "schuldhulpverlening",
        ),
        ("Van de inwoners heeft 6% schulden.", "schulden"),
    ],
)
def test_a_problem_that_registers_nothing_is_no_intake(text, problem):
    at = text.index(problem)
    assert not serves_intake(text, at, at + len(problem))
