"""kg.extract.servicevoices: a service that sees or says something is its staff's group."""

from __future__ import annotations

from kg.extract.mentions import Mention
from kg.extract.servicevoices import service_voices
from tests.extract_helpers import extract_text, key


def _read(text: str, found: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity.rsplit("/", 1)[-1])
        for m in service_voices(text, 0, len(text), found or [])
    ]


def test_a_service_as_the_subject_of_a_verb_of_seeing_or_saying():
    assert _read("De schuldhulpverlening merkt dat meer jonge gezinnen aankloppen.") == [
        ("schuldhulpverlening", "debt-counsellors")
    ]
    assert _read("De nachtopvang meldde in 2016 een recordaantal gasten.") == [
        ("nachtopvang", "maatschappelijke-opvang")
    ]
    assert _read("Het buurtwerk ziet dat de wijk jonger wordt.") == [("buurtwerk", "buurtwerker")]
    assert _read("De vrouwenopvang waarschuwt voor lange wachttijden.") == [
        ("vrouwenopvang", "maatschappelijke-opvang")
    ]


def test_a_service_after_volgens_is_the_source():
    assert _read("Volgens de schuldhulp is de instroom gestegen.") == [
        ("schuldhulp", "debt-counsellors")
    ]
    assert _read("Het aantal daklozen groeit, volgens de opvang.") == [
        ("opvang", "maatschappelijke-opvang")
    ]


def test_a_service_named_as_work_or_already_found_is_not_read():
    assert _read("De schuldhulpverlening is belegd bij de kredietbank.") == []
    assert _read("De wachttijd voor schuldhulpverlening is zes weken.") == []
    assert _read("Inwoners zien de schuldhulpverlening als laatste redmiddel.") == []
    taken = [Mention("role/debt-counsellors", "role", 3, 22, "schuldhulpverlening")]
    assert _read("De schuldhulpverlening ziet meer aanvragen.", taken) == []


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("De schuldhulpverlening zag het aantal aanvragen in 2016 stijgen.")
    found = [key(m.entity) for m in ex.mentions if m.text == "schuldhulpverlening"]
    assert "role/debt-counsellors" in found


def test_a_desk_is_its_staff_only_where_it_sees_or_says_something():
    from kg.extract.servicevoices import silent_desk

    def silent(text: str, word: str) -> bool:
        at = text.index(word)
        return silent_desk(text, at, at + len(word))

    assert silent("Sinds vorig jaar is er één zorgloket in het gemeentehuis.", "zorgloket")
    assert silent("Het Wmo-loket zit naast de bibliotheek.", "Wmo-loket")
    assert silent("Inwoners lopen sneller binnen bij het Wmo-loket.", "Wmo-loket")
    assert silent("De gemeente deelde tot 2016 een Wmo-loket met de buurgemeente.", "Wmo-loket")
    assert not silent("Het Wmo-loket merkt dat de vragen zwaarder worden.", "Wmo-loket")
    assert not silent("Volgens het zorgloket is de wachttijd kort.", "zorgloket")
    assert not silent("Het sociaal team ziet meer gezinnen.", "sociaal team")


def test_a_silent_desk_is_no_mention_in_the_extraction():
    _, ex = extract_text("Er is één Wmo-loket. Het Wmo-loket zegt dat het druk is.")
    found = [key(m.entity) for m in ex.mentions if m.text == "Wmo-loket"]
    assert found == ["role/wmo-consultants"]
