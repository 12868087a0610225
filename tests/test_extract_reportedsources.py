"""A source inside what a speaker reports: the outermost reporter speaks (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.reportedsources import inside_report, passed_on, pronoun_reporter
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(sentence: str, fragment: str | None = None, *before: str) -> list[str]:
    doc, ex = extract_text(" ".join([*before, sentence]))
    finding = finding_for(doc, ex, fragment or sentence[:30])
    return sorted(key(s) for s in finding.speakers)


@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        ("De wethouder vertelt dat volgens de scholen het verzuim in 2016 is gedaald.", "alderman"),
        (
            "Een beleidsmedewerker legt uit dat de wachtlijst volgens de aanbieders nog groeit.",
            "policy-officers",
        ),
        (
            "De Wmo-raad merkt op dat de eigen bijdrage volgens de ouderenbonden mensen afschrikt.",
            "wmo-council",
        ),
        ("Zorgaanbieders geven aan dat de tarieven volgens de huisartsen te laag zijn.", "care"),
    ],
)
def test_the_reporter_holds_a_view_passed_on(sentence, reporter):
    speakers = _speakers(sentence)
    assert len(speakers) == 1
    assert reporter in speakers[0]


def test_a_pronoun_that_reports_passes_the_view_on_for_the_speaker_before():
    speakers = _speakers(
        "Hij voegt eraan toe dat de lijnen volgens de huisartsen kort zijn.",
        "Hij voegt",
        "De wethouder is tevreden over de wijkteams.",
    )
    assert speakers == ["role/alderman"]


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # a source in a main clause of its own speaks beside the subject
        (
            "De wethouder vertelt dat het goed gaat, maar volgens de scholen is het verzuim "
            "gestegen.",
            ["role/alderman", "role/schools"],
        ),
        # hearsay: the source between the subject and its complement speaks alone
        ("Huisartsen vinden volgens de wethouder dat de wachtlijst te lang is.", ["role/alderman"]),
        # a source that opens the sentence
        ("Volgens de scholen is het verzuim in 2016 gestegen.", ["role/schools"]),
    ],
)
def test_a_source_outside_the_reported_clause_speaks(sentence, sources):
    assert _speakers(sentence) == sources


def test_the_reported_clause_is_read_up_to_a_new_main_clause():
    s = "Zij zegt dat het goed gaat; volgens de raad is het te duur."
    assert not inside_report(s, 3, s.index("de raad"))
    s = "Zij zegt dat het druk is, maar dat het volgens de teams te doen is."
    assert inside_report(s, 3, s.index("de teams"))
    s = "Hij telt 1.100 cliënten, van wie volgens de teams een derde wacht."
    assert not passed_on(s, 0, len(s), s.index("de teams"), 0)  # "telt" reports no clause


def test_a_pronoun_reporter_opens_the_sentence():
    assert pronoun_reporter("Ook zij vertelt dat het goed gaat.", 0, 33) == 7
    assert pronoun_reporter("Het gaat volgens hen goed.", 0, 26) is None
