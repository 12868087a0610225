"""kg.extract.notfigures: digits that are no figure (years, ages, phone numbers, …)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.notfigures import not_a_figure
from tests.extract_helpers import extract_text


def _verdict(text: str, number: str) -> bool:
    m = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text)
    assert m is not None
    return not_a_figure(text, m.start(), m.end(), 0, True)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In 2015 veranderde veel.", "2015"),
        ("Op 12 maart vergaderde de raad.", "12"),
        ("Jongeren tot 23 jaar vallen tussen wal en schip.", "23"),
        ("Ouderen boven de 75 krijgen een bezoek.", "75"),
        ("Voor 65-plussers is er een regeling.", "65"),
        ("Het spreekuur begint om 9.00 uur.", "9"),
        ("Het wijkteam is bereikbaar via 0546 - 123 456.", "0546"),
        ("Het wijkteam is bereikbaar via 0546 - 123 456.", "123"),
        ("Het wijkteam is bereikbaar via 0546 - 123 456.", "456"),
        ("Bel 088 1234567 voor een afspraak.", "1234567"),
        ("Jongeren die 18 worden, vallen onder de Wmo.", "18"),  # the age one turns
        ("Veel jongeren worden 18 en verliezen dan hun hulp.", "18"),
        ("Casus: mevrouw A. (82) woonde alleen.", "82"),  # a person's age in brackets
        ("Meneer De Vries (54) verloor zijn baan.", "54"),
        ("#9 raadslid — Re: Zorggebruik", "9"),  # a number sign's label (a forum post)
        ("Re: Zorggebruik (#12)", "12"),
    ],
)
def test_not_a_figure(text, number):
    assert _verdict(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Het aantal cliënten nam toe tot 310.", "310"),  # a new level, no age
        ("Het aantal daalde tot 45.", "45"),
        ("Er zijn tot nu toe 250 meldingen.", "250"),
        ("Het budget is verhoogd tot 600.", "600"),
        ("Er wonen 30.000 mensen.", "30.000"),
        ("Het team telt 0,5 fte.", "0,5"),
        ("Het aantal meldingen is onder de 300 gebleven.", "300"),  # no one is 300 years old
        ("Er worden 18 jongeren begeleid.", "18"),  # a passive clause counts
        ("Daarvan worden 12 doorverwezen naar de tweede lijn.", "12"),
        ("Het aantal wachtenden daalde tot onder de 20.", "20"),  # a level a change reaches
        ("Het aantal plaatsen is gekort tot 40.", "40"),
        ("De regio telt 41 uitkeringen; in Dordrecht (51) ligt het hoger.", "51"),  # a place's
        ("Reactie #3: er wachten 14 gezinnen.", "14"),  # a count after a post's label
    ],
)
def test_a_figure(text, number):
    assert not _verdict(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Het aantal ligt onder het landelijk gemiddelde van 41.", "41"),  # no age of 41
        ("Het aandeel bedraagt een totaal van 80.", "80"),
        ("De consulent heeft een caseload van 60.", "60"),
    ],
)
def test_an_amount_after_a_noun_of_a_figure_and_van_is_no_age(text, number):
    assert not _verdict(text, number)


def test_the_first_bound_of_an_age_range_of_compounds_is_no_figure():
    assert _verdict("Het gaat om 18- tot 23-jarigen.", "18")


def test_the_first_age_of_a_transition_between_age_groups_is_no_figure():
    assert _verdict("De overgang van 18- naar 18+ vraagt aandacht.", "18")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Het loket zit aan de Markt 12.", "12"),
        ("Het wijkteam is gevestigd aan de Stationsstraat 45 in het centrum.", "45"),
        ("Het inloophuis aan de Julianalaan 3 is elke dag open.", "3"),
        ("De bijeenkomst is aan de Brink 7.", "7"),
    ],
)
def test_a_house_number_is_no_figure(text, figure):

    start = text.index(figure)
    assert not_a_figure(text, start, start + len(figure), 0, True)


@pytest.mark.parametrize(
    "text",
    ["Onder punt 4 staat het budget.", "Schrijf naar Postbus 15 in Goor."],
)
def test_an_item_or_a_post_box_is_a_label(text):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(text)
    assert extraction.indicators == []


@pytest.mark.parametrize(
    "text",
    [
        "Bestuur\nBevinding 3. De raad krijgt de stukken laat.",
        "Bestuur\nAanbeveling 2: betrek de adviesraad eerder.",
    ],
)
def test_the_number_of_a_run_in_item_label_is_no_figure(text):
    _, extraction = extract_text(text)
    assert extraction.indicators == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Zorg\nAanbeveling 2: betrek de adviesraad eerder.", "2"),
        ("Zorg\nConclusie 4.\nDe teams werken goed.", "4"),
    ],
)
def test_a_label_number_before_a_colon_or_a_line_end_is_no_figure(text, number):
    assert _verdict(text, number)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bestuur\nTotaal 12 cliënten wachten op een gesprek.", "12"),  # a noun follows: a count
        ("De raad telt 12. Dat is veel.", "12"),  # not at the opening of a line
        ("Cliënten\nRuim 40. Dat is de stand.", "40"),  # a qualifier, not a label noun
    ],
)
def test_a_count_that_is_no_run_in_label_stays_a_figure(text, figure):
    start = text.index(figure)
    assert not not_a_figure(text, start, start + len(figure), 0, True)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In de straat wonen 45 gezinnen.", "45"),  # a street named in lower case: a count
        ("De Wmo-raad telt 12 leden.", "12"),
        ("In Markelo wonen 7.000 mensen.", "7.000"),  # a place's name, no street
    ],
)
def test_a_count_after_a_name_stays_a_figure(text, figure):

    start = text.index(figure)
    assert not not_a_figure(text, start, start + len(figure), 0, True)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Het aantal inwoners ouder dan 65 neemt toe.", "65"),
        ("Jongeren jonger dan 18 krijgen jeugdhulp.", "18"),
    ],
)
def test_a_number_after_older_or_younger_than_is_an_age(text, figure):
    assert _verdict(text, figure)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Op grond van art. 7 Jeugdwet moet de gemeente een toegang bieden.", "7"),
        ("De raad nam motie 2017-23 aan.", "23"),
        ("Het sociaal team is bereikbaar via 14 0546.", "14"),
        ("Zie de uitspraak ECLI:NL:CRVB:2017:2230 van de Centrale Raad.", "2230"),
        ("In postcodegebied 6411 wonen veel ouderen.", "6411"),
        ("Het inloopspreekuur begint om 13:30 in het gemeentehuis.", "13"),
    ],
)
def test_article_numbers_codes_and_phone_numbers_are_no_figures(sentence, number):
    from tests.extract_helpers import extract_text

    doc, extraction = extract_text(sentence)
    assert not any(doc.text[i.start : i.end] == number for i in extraction.indicators)
    assert all(number not in doc.text[i.start : i.end] for i in extraction.indicators)


def test_a_count_after_a_colon_and_a_space_stays_a_figure():
    from tests.extract_helpers import extract_text

    _, extraction = extract_text("Kerncijfers: 30.000 inwoners.")
    assert [i.measure for i in extraction.indicators] == ["inhabitants"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De jongeren krijgen één dagdeel per week les.", Decimal(1)),
        ("De praktijkondersteuner zit twee dagdelen per week in de huisartsenpost.", Decimal(2)),
        ("Het inloophuis is sinds dit jaar drie ochtenden per week open.", Decimal(3)),
        ("Een consulent houdt vier middagen per maand spreekuur in het dorpshuis.", Decimal(4)),
    ],
)
def test_parts_of_a_day_per_span_are_a_count_of_presence(sentence, expected):
    """Settlement of the forty-second session, decision 8: "één dagdeel per week" is a count
    (``presence-per-week``), as "twee dagdelen per week"; not an amount of time."""
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [(expected, "count", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zie Kamerstukken II 2015/16, 34 477, nr. 5.",
        "Het besluit staat in de Staatscourant 2016, 4321.",
    ],
)
def test_the_numbers_of_an_official_citation_are_no_figures(sentence):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert extraction.indicators == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a noun of a span of time earlier in the clause: years of waiting, not an age
        ("De wachttijd is opgelopen tot gemiddeld drie jaar.", 3),
        ("De wachttijd voor een sociale huurwoning bedraagt al gauw zeven jaar.", 7),
    ],
)
def test_years_after_a_noun_of_a_span_are_a_span(sentence, value):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators if i.value is not None] == [(value, "years")]


def test_an_age_stays_no_figure_beside_a_waiting_list():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Er is een wachtlijst voor jongeren tot 27 jaar.")
    assert [i.value for i in ex.indicators if i.value is not None] == []


@pytest.mark.parametrize(
    ("text", "number", "age"),
    [
        ("Zij zorgde 4 jaar voor haar man.", "4", False),
        ("De reserve geeft nog zo'n 2 jaar ruimte.", "2", False),
        ("Van de inwoners is 21% 65 jaar of ouder.", "65", True),
        ("Jongeren tot 27 jaar krijgen hulp.", "27", True),
        ("Met 18 jaar stopt de jeugdhulp.", "18", True),
        ("Jongeren (18-23 jaar) wachten.", "23", True),
        ("Het budget slonk in 1 jaar met een derde.", "1", True),
    ],
)
def test_years_after_a_verb_or_an_adverb_are_a_span_of_time(text, number, age):
    assert _verdict(text, number) is age


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn zes wijkteams, één per wijk.", [6, 1]),
        ("Er zijn vier loketten: drie in de dorpen en één in de stad.", [4, 3, 1]),
        ("Er is één loket voor jeugd en één voor volwassenen.", []),
    ],
)
def test_a_gapped_count_after_a_count_of_the_same_noun(text, expected):
    _doc, ex = extract_text(text)
    assert [int(i.value) for i in ex.indicators if i.value is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thought or principle singled out, a fixed expression: no count of one
        ("Bij de voorbereiding stond één gedachte voorop: de dorpen houden hun school.", []),
        ("‘Zes gemeenten op één lijn, dat gaat best.’", [6]),
        ("De partners zitten op één lijn over de aanpak.", []),
        # a count of one stays one, also one person to turn to (tests/gold/README.md,
        # thirty-third session decision 8: "één vaste contactpersoon per gezin" is 1)
        ("Elk gezin krijgt één contactpersoon.", [1]),
        ("Er is één sociaal team voor de hele gemeente.", [1]),
        ("Het college koos voor één toegang: het wijkteam.", [1]),
        ("Signalen worden via één telefoonnummer doorgegeven.", [1]),
        # "aan één tafel" counts (gold README, tenth batch, point 13)
        ("‘Zes gemeenten aan één tafel, dat gaat best.’", [6, 1]),
    ],
)
def test_one_of_a_thought_or_an_idiom_counts_nothing(text, expected):
    _doc, ex = extract_text(text)
    assert [int(i.value) for i in ex.indicators if i.value is not None] == expected


def test_the_number_of_an_agenda_item_is_a_label():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Agendapunt 3: werk en inkomen. De wethouder meldt 120 aanvragen.")
    assert [i.value for i in ex.indicators] == [Decimal(120)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De consulenten zijn één dag per week in elk team.", [(Decimal(1), "days")]),
        ("Het registratiesysteem kost hen ruim twee dagen per week.", [(Decimal(2), "days")]),
        ("Cliënten krijgen gemiddeld drie uur per week hulp.", [(Decimal(180), "minutes")]),
        ("Het steunpunt is 24 uur per dag bereikbaar.", []),
    ],
)
def test_hours_or_days_per_span_are_an_amount_of_time(sentence, expected):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd voor beschermd wonen ligt inmiddels boven de vier maanden.",
        "De wachttijd voor beschermd wonen ligt inmiddels boven de 4 maanden.",
    ],
)
def test_a_bound_before_a_unit_of_time_is_no_age(sentence):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    found = [(i.value, i.unit, i.measure, i.approximate) for i in ex.indicators]
    assert found == [(Decimal(4), "months", "waiting-time", True)]


def test_a_bound_before_a_number_alone_is_still_an_age():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Ouderen boven de tachtig wonen vaak alleen.")
    assert [i.value for i in ex.indicators if i.value is not None] == []


def test_years_after_longer_than_are_a_span_of_time():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Veel bijstandsgerechtigden hebben al langer dan drie jaar een uitkering.")
    found = [(i.value, i.unit, i.approximate) for i in ex.indicators if i.value is not None]
    assert found == [(Decimal(3), "years", True)]


def test_the_figure_of_a_norm_is_no_age():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het gaat om gemiddeld 140 dossiers, tegen een norm van 100.")
    assert [i.value for i in ex.indicators] == [Decimal(140), Decimal(100)]


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # an item numbered with a full stop after a list's colon or semicolon
        ("Lessen volgens de teams: 1. minder registreren; 2. meer vertrouwen.", "1", True),
        ("Lessen volgens de teams: 1. minder registreren; 2. meer vertrouwen.", "2", True),
        ("De raad koos voor 1. preventie, 2. eigen kracht en 3. maatwerk.", "2", True),
        ("De raad koos voor 1. preventie, 2. eigen kracht en 3. maatwerk.", "3", True),
        ("Aanbevelingen:\n1. De raad stelt kaders.", "1", True),
        ("- 4. een vast aanspreekpunt per school", "4", True),
        # a count ending its clause is a figure: a capital or nothing follows
        ("Het aantal daklozen: 12. Dat is meer dan verwacht.", "12", False),
        ("Het aantal meldingen steeg tot 24. daarna daalde het.", "24", False),
    ],
)
def test_an_item_numbered_with_a_full_stop_is_no_figure(text, number, expected):
    assert _verdict(text, number) is expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a person's age as the predicate after the person: no figure
        ("Mevrouw De Wit is 84 en woont alleen.", "84", True),
        ("Meneer Bakker is inmiddels 79.", "79", True),
        ("Zij is 67 en zorgt voor haar man.", "67", True),
        ("Hij was pas 19, toen hij op straat belandde.", "19", True),
        ("De heer Smit is 90 jaar oud.", "90", True),
        # a count after "is", or a person with a noun after the number: figures
        ("Het aantal daklozen is 84 en dat is veel.", "84", False),
        ("Hij is 1 van de 40 vrijwilligers.", "40", False),
    ],
)
def test_a_persons_age_after_is_is_no_figure(text, number, expected):
    assert _verdict(text, number) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Deelnemer 2, buurtwerker in het centrum, dacht daar anders over.",
        "Volgens respondent 14 is het loket slecht bereikbaar.",
        "Geïnterviewde 5 (mantelzorger) vond de hulp te laat komen.",
        "Informant 3 en 7 noemden allebei de lange wachttijd.",
        "Gesprekspartner 9 herkende dat beeld niet.",
    ],
)
def test_the_number_of_a_study_participant_is_a_label(text):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(text)
    assert [i.value for i in extraction.indicators if i.value is not None] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aan het gesprek namen twaalf deelnemers deel.", 12),
        ("Van de 40 respondenten was een meerderheid tevreden.", 40),
        ("Deelnemer 4 vertelde dat 60 gezinnen op de wachtlijst staan.", 60),
    ],
)
def test_a_count_of_participants_stays_a_figure(text, value):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(text)
    assert Decimal(value) in [i.value for i in extraction.indicators]
