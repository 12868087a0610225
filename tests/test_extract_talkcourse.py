"""The course of a group talk (kg.extract.talkcourse), on invented Dutch sentences of focus
groups, panels and interviews: what the leader did is no claim, and an introduction that only
tells how a speaker took the turn forms one claim with the labelled quotation after it."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.talkcourse import course_of_talk, leads_turn, opens_turn


def _whole(test, text: str) -> bool:
    return test(text, 0, len(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "De gespreksleider opende de avond met een korte presentatie over de Wmo.",
        "Daarna liet de moderator de deelnemers een grafiek van de uitgaven aan jeugdhulp zien.",
        "Tot slot vroeg de interviewer of de wijkteams over vijf jaar nog bestaan.",
        "De moderatrice legde de tweede groep drie stellingen over de toegang voor.",
        "De derde sessie, in het dorpshuis, begon met een voorstelronde.",
        "Het laatste gesprek opende met de vraag wat de inwoners van de raad verwachten.",
        "Als eerste gaf de gespreksleider het woord aan de wethouder.",
    ],
)
def test_what_the_leader_did_is_the_course_of_the_talk(sentence):
    assert _whole(course_of_talk, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gespreksleider merkte op dat de groep het over de wachttijden oneens bleef.",
        "Een oudere man vroeg de moderator of de huishoudelijke hulp betaalbaar blijft.",
        "Deelnemers vroegen de interviewer waarom de gemeente zo laat belt.",
        "Het gesprek met de wethouder begon met een klacht over de wachtlijsten.",
        "De avond begon met een presentatie van de wethouder over de nieuwe wijkteams.",
        "De moderator bleek zelf jarenlang mantelzorger te zijn geweest.",
        "Volgens de gespreksleider waren de deelnemers eensgezind over de mantelzorg.",
    ],
)
def test_a_claim_or_someone_elses_question_is_no_course_of_the_talk(sentence):
    assert not _whole(course_of_talk, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Respondent B, wijkverpleegkundige in de binnenstad, reageerde als eerste.",
        "Deelnemer 2, klantmanager werk en inkomen, zuchtte diep.",
        "R5, beleidsmedewerker jeugd, nam als eerste het woord.",
        "Mevrouw Visser (ouderenadviseur) was stellig.",
        "P3 knikte instemmend.",
    ],
)
def test_an_introduction_that_tells_only_how_the_turn_began(sentence):
    assert _whole(leads_turn, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Respondent B, wijkverpleegkundige in de binnenstad, zag het heel anders.",
        "Deelnemer 2 had een heel andere ervaring met het loket.",
        "R5 reageerde fel: de wachttijd is veel te lang.",
        "De wethouder reageerde dat de gemeente het probleem kent.",
        "De jongerenwerker aarzelde, maar stemde toch in.",
        "De wachttijd bij het loket was kort.",
    ],
)
def test_an_introduction_with_a_claim_of_its_own(sentence):
    assert not _whole(leads_turn, sentence)


def test_a_labelled_turn_opens_with_its_quotation():
    assert _whole(opens_turn, "R3: “Dat duurt veel te lang.”")
    assert _whole(opens_turn, "Respondent B: ‘Wij zien de wachtlijst groeien.’")
    assert not _whole(opens_turn, "Zij zei: “Nee, dat klopt niet.”")
    assert not _whole(opens_turn, "R3 vindt dat het te lang duurt.")


def test_end_to_end_the_lead_joins_its_turn_and_the_leaders_lines_leave_no_finding():
    doc, ex = extract_text(
        "De gespreksleider liet de groep eerst een tabel met de uitgaven zien."
        " Respondent B, wijkverpleegkundige in de binnenstad, reageerde als eerste."
        " B: “Die uitgaven zeggen niets over de wachttijd in de wijk.”"
        " Daarna vroeg de gespreksleider of de teams genoeg ruimte krijgen."
        " R5 vindt dat de consulenten te weinig zelf mogen beslissen.",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert not any("gespreksleider" in q for q in quotes)
    assert any(q.startswith("Respondent B") and q.endswith("wijk.”") for q in quotes)
    assert any(q.startswith("R5 vindt") for q in quotes)
