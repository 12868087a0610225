"""Facts about an actor group (what it is or decided) and the authors' voice they carry."""

from __future__ import annotations

import pytest

from kg.extract.groupfacts import fronted_act, states_fact, town_fact, town_opens


@pytest.mark.parametrize(
    "after",
    [
        " stelde in 2014 het beleidsplan vast.",
        " heeft besloten de overschotten in een reserve te storten.",
        " besloot in 2015 een eigen wijkteam op te richten.",
        " heeft in 2015 ingestemd met het regionale inkoopplan.",
        " stemde in met het plan.",
        " keurde het plan goed.",
        " nam het beleidsplan in 2015 aan.",
        " heeft het beleidsplan aangenomen.",
        " voerde in 2015 een eigen bijdrage in.",
        " is in 2016 gestart met een pilot.",
        " koos voor een brede toegang.",
        " heeft het compliment vervangen door een bon.",
        " is het eerste aanspreekpunt voor inwoners.",
        " vormen een belangrijke, maar nog lastige schakel.",
        " vormt een schakel tussen inwoners en bestuur.",
        " bestaat uit generalisten.",
        " spelen een belangrijke rol in de dorpen.",
        " vervult een signaalfunctie in de wijk.",
        " in Zaandam zijn een belangrijke schakel.",
        " is Eemland met centrumgemeente Amersfoort.",  # an identity
        # an amount set by a decision
        " verhoogde het mantelzorgcompliment in 2017 tot € 250,-.",
        " verlaagde de eigen bijdrage daarom tot € 10,- per maand.",
        " verhoogt het budget voor de wijkteams naar 3 miljoen.",
        " verlaagden het aantal uren huishoudelijke hulp tot drie per week.",
    ],
)
def test_facts(after):
    assert states_fact(after)


@pytest.mark.parametrize(
    "after",
    [
        " stelde vast dat het plan werkt.",  # reporting
        " neemt aan dat het goed komt.",
        " heeft aangenomen dat het goed komt.",
        " zijn per gebied aanbesteed.",  # a passive: the account goes on
        " hebben het gevoel dat niemand luistert.",
        " werken meer samen dan voorheen.",  # an activity they tell of
        " voeren in de wijk gesprekken met ouders.",
        " is positief over de samenwerking.",  # a stance (a voice), no noun phrase
        " verhoogde de druk op de teams.",  # no amount set
        " verlaagde de drempel voor inwoners.",
        " verhoogt volgens de raad de kans dat het misgaat tot bijna zeker.",  # "dat": a view
    ],
)
def test_not_facts(after):
    assert not states_fact(after)


def test_town_and_fronted():
    assert town_fact("De gemeente is in 2016 gestart met een pilot.")
    assert not town_fact("De gemeente ervaart dat het goed gaat.")
    assert town_fact("Teststad heeft het plan vastgesteld.", len("Teststad"))
    assert town_fact("De regio is Eemland met centrumgemeente Amersfoort.")
    assert fronted_act("In 2014 stelde de ", " het beleidsplan vast.")
    assert not fronted_act("Volgens de ", " gaat het goed.")


def test_town_opens_reads_the_municipality_or_region_as_the_subject():
    assert town_opens("De regio koopt in.", 0, [])
    assert not town_opens("De gemeentesecretaris vertelt het.", 0, [])
    assert not town_opens("De gemeente zelf ervaart weinig ruimte.", 0, [])


def test_an_amount_the_college_set_after_a_speakers_account_is_the_authors():
    from tests.extract_helpers import extract_text, finding_for, key

    doc, ex = extract_text(
        "De consulenten zien veel mantelzorgers vastlopen. Het college verhoogde het"
        " mantelzorgcompliment daarom in 2017 tot € 250,-."
    )
    assert [key(s) for s in finding_for(doc, ex, "vastlopen").speakers] != ["role/authors"]
    assert [key(s) for s in finding_for(doc, ex, "compliment").speakers] == ["role/authors"]
