"""The agent of a passive view read over its whole clause (kg.extract.passiveviews)."""

from __future__ import annotations

from kg.extract.model import SentenceMention as M
from kg.extract.passiveviews import passive_view
from tests.extract_helpers import speakers_of


def _view(text: str, word: str, entity: str = "role/council-members") -> tuple[bool, bool]:
    at = text.index(word)
    m = M(entity, "role", at, at + len(word), word, 0)
    return passive_view(text, 0, m, text[at + len(word) :])


def test_a_fronted_agent_with_a_long_object_holds_the_view():
    text = "Door de raadsleden wordt de informatie over de regionale inkoop als mager omschreven."
    assert _view(text, "raadsleden") == (True, False)


def test_a_verb_of_characterising_after_the_agent_is_read():
    text = "De samenwerking met de provincie wordt door het college als stroef getypeerd."
    assert _view(text, "college", "role/executive-board") == (True, False)
    text = "Een knelpunt dat door huisartsen naar voren wordt gebracht, is de wachttijd."
    assert _view(text, "huisartsen", "role/general-practitioners") == (True, False)


def test_a_closing_zo_passive_reports_whatever_its_verb():
    text = "Het loket is goed bereikbaar, zo wordt door ambtenaren vastgesteld."
    assert _view(text, "ambtenaren", "role/civil-servants") == (True, True)


def test_a_deed_or_an_adoption_by_the_agent_is_no_view():
    adopted = "De begroting wordt door de raadsleden in november vastgesteld."
    assert _view(adopted, "raadsleden") == (False, False)
    done = "Het plan wordt door de raadsleden als eerste uitgevoerd."
    assert _view(done, "raadsleden") == (False, False)
    # the participle in another clause than the agent's
    text = "Door raadsleden is gevraagd om een notitie, die later als nuttig werd beschouwd."
    assert _view(text, "raadsleden") == (False, False)


def test_the_people_served_do_not_hold_a_passive_view():
    text = "Het loket wordt door inwoners als drempel ervaren en goed omschreven."
    assert _view(text, "inwoners", "role/residents") == (False, False)


def test_the_agent_of_the_passive_view_speaks_in_a_profile():
    paragraphs = (
        "Door de ambtelijke organisatie wordt de voorbereiding op de nieuwe taken als degelijk "
        "omschreven. Tegelijk wordt erkend dat de eerste maanden zwaar waren.",
    )
    assert speakers_of(paragraphs, "Tegelijk wordt erkend") == ["role/civil-servants"]
