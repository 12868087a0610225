"""First-person reporting: the writer's view, the group heard, the person met, the organisation
visited (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.firstperson import meets, writer_speaks, writer_view
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(text: str, fragment: str) -> list[str]:
    doc, ex = extract_text(text)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("before", "view"),
    [
        ("De wethouder vertelt dat de teams goed draaien.", "Mijn indruk: de teams zijn moe."),
        (
            "Volgens de huisartsen is de wachttijd lang.",
            "Mijn eerste indruk na het gesprek: het loket is te ver weg.",
        ),
        (
            "De Wmo-raad zegt dat de gemeente luistert.",
            "Onze conclusie: de regio is te groot voor een kleine gemeente.",
        ),
        ("De controller vertelt dat er geld over is.", "Mijn inschatting: de reserve raakt op."),
    ],
)
def test_the_writers_view_is_the_authors_and_ends_the_account(before, view):
    assert _speakers(f"{before} {view}", view[:12]) == ["role/authors"]


def test_a_view_of_someone_else_is_no_writers_view():
    assert not writer_view("Mijn collega vertelt dat het druk is.")
    assert not writer_view("Mijnheer Jansen: het gaat goed.")


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Van de huisartsen hoor ik dat de wachttijden oplopen.", "general-practitioners"),
        ("Bij de wijkteams hoorde ik dat de registratie veel tijd kost.", "social-team"),
        ("Van de Wmo-raad begreep ik dat adviezen vaak te laat komen.", "wmo-council"),
        ("Van de mantelzorgers hoor ik dat zij moe zijn.", "informal-carers"),
    ],
)
def test_the_group_the_writer_heard_speaks(sentence, group):
    assert _speakers(sentence, sentence[:20]) == [f"role/{group}"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iedereen die ik sprak, verwacht dat de kosten verder stijgen.",
        "Iedereen met wie ik sprak, vindt de wachttijd te lang.",
        "Iedereen die ik heb gesproken, benadrukt dat de teams dichtbij staan.",
        "Allen met wie ik sprak, noemen de administratie een last.",
        # the writers or the researchers as the interviewers (kg/extract/spokento.py)
        "Iedereen met wie we spraken, vindt de regels te streng.",
        "Iedereen die wij eerder interviewden, verwacht dat het budget krimpt.",
        "Iedereen die de onderzoekers spraken, noemt het loket te ver weg.",
        "Alle gesprekspartners die de auteurs raadpleegden, benadrukken de lange lijnen.",
    ],
)
def test_everyone_the_writer_spoke_with_is_the_interviewees(sentence):
    assert _speakers(sentence, sentence[:20]) == ["role/interviewees"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iedereen die de consulent sprak, vindt de wachttijd te lang.",
        "Iedereen die ik ken, vindt de wachttijd te lang.",
        "Iedereen die hulp nodig heeft, vindt de weg naar het loket.",
        "Iedereen die ik in de oude dorpskern sprak, vindt de wachttijd te lang.",
    ],
)
def test_everyone_not_spoken_to_by_the_interviewers_is_no_interviewee(sentence):
    doc, ex = extract_text(sentence)
    assert not any("role/interviewees" in {key(s) for s in f.speakers} for f in ex.findings)


def test_everyone_described_says_nothing():
    # described, not speaking: no finding (if the sentence is one) is the interviewees'
    doc, ex = extract_text("Iedereen die ik sprak, woont al lang in het dorp.")
    assert not any("role/interviewees" in {key(s) for s in f.speakers} for f in ex.findings)
    doc, ex = extract_text("Iedereen die ik sprak, verwacht dat de vraag groeit.")
    assert [sorted(key(s) for s in f.speakers) for f in ex.findings] == [["role/interviewees"]]


@pytest.mark.parametrize(
    ("text", "fragment", "group"),
    [
        (
            "Ik spreek de wethouder, die het beleid samenvat als “eerst de dorpen”. Hij vertelt "
            "dat de teams goed werken.",
            "Hij vertelt",
            "alderman",
        ),
        (
            "Ik vraag de wethouder naar de buren, en hij vertelt dat de gemeente op de stad is "
            "gericht.",
            "Ik vraag",
            "alderman",
        ),
        (
            "’s Middags spreek ik de beleidsmedewerker Jeugd, die de aanpak omschrijft als "
            "“dichtbij en snel”.",
            "spreek ik",
            "policy-officers",
        ),
        ("Ik bezoek de huisarts, die het samenvat als “te veel wachten”.", "Ik bezoek", "general"),
        (
            "Ik sprak de wethouder in het gemeentehuis. Zij vertelt dat het budget krap is.",
            "Zij vertelt",
            "alderman",
        ),
    ],
)
def test_the_person_the_writer_meets_speaks(text, fragment, group):
    speakers = _speakers(text, fragment)
    assert len(speakers) == 1
    assert group in speakers[0]


def test_meeting_people_without_their_words_is_the_authors():
    s = "Ik zit aan tafel met drie leden van de Wmo-raad."
    assert _speakers(s, s[:20]) == ["role/authors"]


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Bij Stichting Zonnestraal vertelt de coördinator dat de vrijwilligers moe zijn.", "zonn"),
        ("Bij het UWV vertelt de manager dat werkgevers welwillend zijn.", "uwv"),
        ("Bij Welzijnsorganisatie Kompas legt de directeur uit dat de subsidie daalt.", "kompas"),
        ("Bij Stichting Zonnestraal zegt een medewerker dat de wachtlijst groeit.", "zonn"),
    ],
)
def test_a_generic_function_speaks_as_the_organisation_visited(sentence, organisation):
    speakers = _speakers(sentence, sentence[:20])
    assert len(speakers) == 1
    assert organisation in speakers[0]


def test_an_organisation_visited_says_nothing_without_a_report():
    s = "Bij Stichting Zonnestraal werken veertig vrijwilligers."
    assert _speakers(s, s[:20]) == ["role/authors"]


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "In het gebiedsteam Noord vertellen medewerkers dat de registratie veel tijd kost.",
            "social-team",
        ),
        (
            "Bij het sociaal team Oost zeggen consulenten dat zij veel vrijheid voelen.",
            "social-team",
        ),
        (
            "’s Middags in het wijkteam West zeggen twee consulenten dat de lijnen kort zijn.",
            "social-team",
        ),
        ("In het wijkteam vertelt een medewerker dat de wachtlijst is verdwenen.", "social-team"),
        ("Bij het jeugdteam vertellen de consulenten dat de wachtlijst groeit.", "youth-team"),
    ],
)
def test_staff_in_a_team_speak_as_the_team(sentence, team):
    assert _speakers(sentence, sentence[:14]) == [f"role/{team}"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In het wijkteam werken twee consulenten.", "role/authors"),  # no report
        # a profession of its own keeps its voice in the team
        (
            "In het wijkteam Noord vertellen de wijkverpleegkundigen dat de zorg goed is.",
            "role/district-nurses",
        ),
        # a place that is no team or organisation
        ("In het dorpshuis vertelt de coördinator dat het goed gaat.", "role/authors"),
        ("’s Avonds lees ik de monitor.", "role/authors"),
    ],
)
def test_a_team_named_as_a_place_without_its_staff_reporting(sentence, speaker):
    assert _speakers(sentence, sentence[:14]) == [speaker]


# The writer (or the writers) meeting a group: the meeting is the authors' participants
# sentence, and the pronouns after it take the group up (invented sentences).
@pytest.mark.parametrize(
    ("meeting", "report", "group"),
    [
        (
            "Hoi Sanne, vanmiddag spraken we drie wijkverpleegkundigen.",
            "Zij zeiden dat ouderen steeds langer thuis wonen.",
            "district-nurses",
        ),
        (
            "Beste Ruud, gisteren zat ik bij de cliëntenraad.",
            "Volgens hen komen de stukken altijd te laat.",
            "client-council",
        ),
        (
            "Daarna spraken we twee huisartsen.",
            "Zij vertelden dat de wachttijd voor de jeugd-ggz oploopt.",
            "general-practitioners",
        ),
        (
            "’s Avonds zaten we aan tafel met vier raadsleden.",
            "Zij vinden dat de raad te weinig hoort over de jeugdhulp.",
            "council-members",
        ),
    ],
)
def test_the_group_the_writer_met_speaks_through_pronouns(meeting, report, group):
    text = f"De wethouder vertelt dat de teams goed werken. {meeting} {report}"
    assert _speakers(text, report[:20]) == [f"role/{group}"]
    assert _speakers(text, meeting[:20]) == ["role/authors"]


def test_the_meeting_ends_the_account_before_it():
    text = (
        "De wethouder vertelt dat de teams goed werken. Hij is trots op de wijkteams. "
        "Na de lunch spraken we twee consulenten. Zij zeiden dat de wachtlijst groeit."
    )
    assert _speakers(text, "Na de lunch") == ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij vragen de raad om steun voor het plan.",
        "De wethouder sprak met de raad over de tekorten.",
        "Zij waren bij de opening van het nieuwe loket.",
        "Ik was verbaasd over de lange wachttijden.",
    ],
)
def test_no_meeting_without_the_writer_meeting(sentence):
    assert not meets(sentence)


# The writer's own judgement or doing in the first person singular ends the account of the
# group met before it (invented sentences).
@pytest.mark.parametrize(
    "own",
    [
        "Opvallend vond ik dat niemand over preventie begon.",
        "Eerlijk gezegd vond ik dat het somberste gesprek van de dag.",
        "Mijn indruk na het bezoek is dat het team overbelast raakt.",
        "Ik verwacht dat de kosten voor de jeugdhulp verder stijgen.",
    ],
)
def test_the_writers_own_judgement_is_the_authors(own):
    text = f"We spraken de teamleider. Zij vertelde dat de teams groeien. {own}"
    assert _speakers(text, own[:20]) == ["role/authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Ik vind het te veel”, zegt een consulent.",
        "De wethouder vond dat het goed ging.",
        "Zij vindt dat ik te veel vraag.",
        "Iedereen vond het een goed plan.",
    ],
)
def test_no_writers_judgement_without_the_writer_opening(sentence):
    assert not writer_speaks(sentence)
