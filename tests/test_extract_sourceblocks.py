"""Tests for kg.extract.sourceblocks: fact-sheet blocks headed by their source, and key-value
lines whose key is a topic."""

from __future__ import annotations

import pytest

from kg.document import Sentence
from kg.extract import sourceblocks as sb
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Uit de gesprekken met huisartsen:", True),
        ("Uit het gesprek met de wethouder:", True),
        ("In gesprekken met consulenten van het wijkteam:", True),
        ("Volgens de raadsleden:", True),
        ("Gesprekken met aanbieders:", True),
        # no heading: a clause of its own, no colon, a colon inside the line
        ("Ze zeggen het volgende over de gesprekken met ouders:", False),
        ("Uit de gesprekken met huisartsen blijkt dat het druk is.", False),
        ("Volgens de raadsleden, en ook de wethouder, gaat het goed:", False),
        ("Werkdruk: hoog.", False),
    ],
)  # fmt: skip
def test_a_source_heading_is_a_short_line_naming_the_talks_with_a_party(line, expected):
    text = f"{line}\n\nVolgende regel."
    assert sb.source_heading(text, 0, len(line)) is expected


def test_a_source_heading_is_a_line_of_its_own():
    text = "Het team zegt het zo. Uit de gesprekken met huisartsen:\n\nDruk."
    start = text.index("Uit")
    assert not sb.source_heading(text, start, start + len("Uit de gesprekken met huisartsen:"))


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        ("Uit de gesprekken met huisartsen:", "Bereikbaarheid van de wijkteams: wisselend.",
         ["role/general-practitioners"]),
        ("Uit het gesprek met de wethouder:", "Samenwerking in de regio: nodig, maar stroef.",
         ["role/alderman"]),
        ("Volgens de raadsleden:", "Informatie van het college: te summier en te laat.",
         ["role/council-members"]),
        ("Uit de gesprekken met klantmanagers:", "Instroom in de bijstand: hoger dan verwacht.",
         ["role/klantmanager"]),
    ],
)  # fmt: skip
def test_a_source_heading_gives_its_voice_to_the_key_value_lines_after_it(heading, line, expected):
    doc, ex = extract_text("Toegang: via het loket.", heading, line)
    assert _speakers(doc, ex, line[:12]) == expected
    assert not any(doc.text[f.start : f.end].startswith(heading) for f in ex.findings)


def test_a_key_that_names_a_group_gives_way_to_the_block_voice():
    doc, ex = extract_text(
        "Uit de gesprekken met ambtenaren:",
        "Cliëntenraad: kritisch, maar betrokken.",
        "Zorgverzekeraar: weinig zichtbaar in de wijk.",
    )
    assert _speakers(doc, ex, "Cliëntenraad") == ["role/civil-servants"]
    assert _speakers(doc, ex, "Zorgverzekeraar") == ["role/civil-servants"]


def test_a_line_naming_its_own_speaker_keeps_it_and_ends_a_block_of_another():
    doc, ex = extract_text(
        "Uit de gesprekken met huisartsen:",
        "Overleg met het wijkteam: goed.",
        "Thuiszitters: een zorgpunt, volgens de leerplichtambtenaren.",
        "Regionale inkoop: traag en duur.",
    )
    assert _speakers(doc, ex, "Overleg") == ["role/general-practitioners"]
    assert _speakers(doc, ex, "Thuiszitters") == ["role/compulsory-education-officers"]
    assert "role/general-practitioners" not in _speakers(doc, ex, "Regionale inkoop")


def test_a_full_sentence_in_a_block_keeps_its_own_reading():
    doc, ex = extract_text(
        "Uit de gesprekken met de wethouder:",
        "Regionale schaal: onmisbaar.",
        "Sinds 2016 werkt een gezamenlijk meldpunt voor bemoeizorg ook voor de buurgemeente.",
    )
    assert _speakers(doc, ex, "Regionale schaal") == ["role/alderman"]
    assert _speakers(doc, ex, "gezamenlijk meldpunt") == ["role/authors"]


def test_a_block_ends_with_its_section():
    from tests.extract_helpers import extract_profile, profile

    doc, ex = extract_profile(
        profile(
            ("Organisatie", ["Uit de gesprekken met huisartsen:", "Wachttijden: te lang."]),
            ("Financiën", ["Tekort jeugdhulp: groter dan begroot, vooral door verblijf."]),
        )
    )
    assert _speakers(doc, ex, "Wachttijden") == ["role/general-practitioners"]
    assert _speakers(doc, ex, "Tekort jeugdhulp") == ["role/authors"]


#: The keys the groups of these lines have (a group of no list is "role/x").
_ENTITIES = {
    "Rekenkamer": ("role/rekenkamer", "role"),
    "UWV": ("organisation/uwv", "organisation"),
    "provincie": ("role/province", "role"),
    "Zorgverzekeraars": ("role/health-insurers", "role"),
}


def _key(sentence: str, group: str) -> bool:
    at = sentence.index(group)
    entity, kind = _ENTITIES.get(group, ("role/x", "role"))
    m = SentenceMention(entity, kind, at, at + len(group), group, 0)
    return sb.key_is_topic(sentence, 0, m, sentence[m.end :])


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        # the value judges or describes the key: the key is the topic
        ("De provincie: ver weg van de praktijk.", "provincie", True),
        ("Zorgverzekeraars: nauwelijks zichtbaar in de wijk.", "Zorgverzekeraars", True),
        ("De huisartsen: moeilijk bereikbaar na vijf uur.", "huisartsen", True),
        ("Het UWV: traag met de herbeoordelingen.", "UWV", True),
        ("Rekenkamer: onderzoek naar de toegang gepland.", "Rekenkamer", True),
        # the key's stance, a clause of its own, a quotation, one person: the key speaks
        ("De wethouder: optimistisch over volgend jaar.", "wethouder", False),
        ("De cliëntenraad: zorgen over de eigen bijdrage.", "cliëntenraad", False),
        ("De huisartsen: de lijnen zijn kort.", "huisartsen", False),
        ("Een raadslid: te weinig zicht op de regio.", "raadslid", False),
        ("De directeur: “Het kan echt beter.”", "directeur", False),
        ("De accountant: kanttekeningen bij de verantwoording.", "accountant", False),
    ],
)  # fmt: skip
def test_a_key_is_the_topic_of_a_verbless_value(sentence, group, expected):
    assert _key(sentence, group) is expected


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Het UWV: traag met de herbeoordelingen.", "organisation/uwv"),
        ("Zorgverzekeraars: nauwelijks zichtbaar in de wijk.", "role/health-insurers"),
        ("De huisartsen: moeilijk bereikbaar na vijf uur.", "role/general-practitioners"),
        ("De provincie: ver weg van de praktijk.", "role/province"),
    ],
)
def test_a_key_value_line_about_a_party_is_not_its_words(line, group):
    doc, ex = extract_text("De gemeente werkt met zes wijkteams.", line)
    assert group not in _speakers(doc, ex, line[:10])


def test_a_key_with_a_stance_speaks():
    doc, ex = extract_text("De wethouder: optimistisch over volgend jaar, als de regio meewerkt.")
    assert _speakers(doc, ex, "optimistisch") == ["role/alderman"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oordeel van de raad: te weinig zicht op de regio.", ["role/council-members"]),
        ("Reactie van de wethouder: de cijfers zijn nog voorlopig.", ["role/alderman"]),
        ("Advies van de Wmo-raad: eerst de toegang op orde.", ["role/wmo-council"]),
        ("Vooruitblik van het college: minder tekort in het komende jaar.",
         ["role/executive-board"]),
    ],
)  # fmt: skip
def test_a_key_naming_what_a_group_said_gives_it_the_line(line, expected):
    doc, ex = extract_text("De gemeente werkt met zes wijkteams.", line)
    assert _speakers(doc, ex, line[:12]) == expected


@pytest.mark.parametrize(
    "line",
    ["Rol van de raad: vooral achteraf, zonder eigen agenda.", "Budget van de wijkteams: krap."],
)
def test_a_key_naming_a_thing_of_a_group_is_not_its_words(line):
    doc, ex = extract_text("De gemeente werkt met zes wijkteams.", line)
    assert _speakers(doc, ex, line[:12]) == ["role/authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bereikbaarheid: goed, ook 's avonds.", True),
        ("Contact met de scholen: wisselend.", True),
        ("Wachttijd jeugd-ggz (2016): vier maanden.", True),
        ("Rol van de huisarts: groter dan verwacht.", True),
        # a clause before the colon, a list's heading, a source (kg.extract.linekeys)
        ("De teams noemen twee knelpunten: werkdruk en registratie.", False),
        ("Het budget is op: de reserve is leeg.", False),
        ("Knelpunten:", False),
        ("Volgens de consulenten: te druk.", False),
    ],
)  # fmt: skip
def test_a_key_value_line_opens_with_a_label(line, expected):
    assert sb.key_value(line, 0, len(line)) is expected


def test_a_line_whose_group_speaks_in_a_clause_is_not_keyed():
    for line, group in [
        ("De cliëntenraad zegt het zo: te weinig inspraak.", "cliëntenraad"),
        ("Huisartsen vinden het overleg: te vrijblijvend.", "Huisartsen"),
        ("Wat de wijkteams zien: meer vragen.", "wijkteams"),
        ("Ouders zeggen: te lang wachten.", "Ouders"),
    ]:
        at = line.index(group)
        m = SentenceMention("role/x", "role", at, at + len(group), group, 0)
        assert not sb.keyed(line, Sentence(0, 0, len(line), 0, 0), ("role/x",), False, [m])
        keyed_line = f"{group.capitalize()}: te weinig inspraak."
        m = SentenceMention("role/x", "role", 0, len(group), group, 0)
        sentence = Sentence(0, 0, len(keyed_line), 0, 0)
        assert sb.keyed(keyed_line, sentence, ("role/x",), False, [m])


def _actor(line: str, word: str, entity: str, kind: str = "role") -> bool:
    at = line.index(word)
    m = SentenceMention(entity, kind, at, at + len(word), word, 0)
    return sb.actor_key(line, 0, m, line.index(":"))


@pytest.mark.parametrize(
    ("line", "word", "entity"),
    [
        ("Teamleider: caseload per consulent gestegen.", "Teamleider", "role/teamleider"),
        ("De accountant: kanttekening bij de zorgkosten.", "accountant", "role/auditors"),
        ("Raadslid (oppositie): stukken komen laat.", "Raadslid", "role/council-members"),
        (
            "Wijkverpleegkundigen: afspraken pas laat.",
            "Wijkverpleegkundigen",
            "role/district-nurses",
        ),
    ],
)
def test_an_actor_alone_is_a_reporting_key(line, word, entity):
    assert _actor(line, word, entity)


@pytest.mark.parametrize(
    ("line", "word", "entity", "kind"),
    [
        (
            "Woonstichting Noord: wachttijd vijf jaar.",
            "Woonstichting Noord",
            "organisation/wn",
            "organisation",
        ),
        ("Het Rijk: te laat met de regels.", "Rijk", "role/national-government", "role"),
        ("Statushouders: taakstelling gehaald.", "Statushouders", "role/statushouder", "role"),
        ("Wachtlijst huisartsen: lang.", "huisartsen", "role/general-practitioners", "role"),
    ],
)
def test_a_named_party_the_rijk_or_the_people_served_is_no_reporting_key(line, word, entity, kind):
    assert not _actor(line, word, entity, kind)
