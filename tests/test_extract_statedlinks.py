"""Stated links (source of figures, orientation, court rulings) on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.statedlinks import COURT, links
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def _party(text: str, name: str, kind: str) -> SentenceMention:
    start = text.index(name)
    entity = COURT if name == "rechter" else f"{kind}/{name.lower()}"  # the lexicon's court
    return SentenceMention(entity, kind, start, start + len(name), name, 0)


def _links(text: str, *named: tuple[str, str]) -> list[tuple[str, str, str]]:
    found = sorted((_party(text, n, k) for n, k in named), key=lambda p: p.start)
    parties = [p for p in found if p.kind != "role"]
    roles = [p for p in found if p.kind == "role"]
    return links(text, 0, len(text), parties, "own", roles)


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        (
            "Volgens de cijfers van KING en CBS ligt de gezondheid lager.",
            [("KING", "organisation"), ("CBS", "organisation")],
            [("reports-on", "organisation/king", "own"), ("reports-on", "organisation/cbs", "own")],
        ),
        (
            "Volgens CBS is de werkloosheid 6%.",
            [("CBS", "organisation")],
            [("reports-on", "organisation/cbs", "own")],
        ),
        (
            "De aantallen die Vektis voor de gemeente publiceert, wijken af.",
            [("Vektis", "organisation")],
            [("reports-on", "organisation/vektis", "own")],
        ),
        (
            "Uit de gezondheidsmonitor van GGD Noord blijkt dat veel ouderen eenzaam zijn.",
            [("GGD Noord", "body")],
            [("reports-on", "body/ggd noord", "own")],
        ),
        (
            "De dorpen zijn voor hun winkels op Almelo gericht.",
            [("Almelo", "municipality")],
            [("oriented-towards", "own", "municipality/almelo")],
        ),
        (
            "De dorpen zijn op Almelo en Hengelo gericht.",
            [("Almelo", "municipality"), ("Hengelo", "municipality")],
            [
                ("oriented-towards", "own", "municipality/almelo"),
                ("oriented-towards", "own", "municipality/hengelo"),
            ],
        ),
        (
            "Inwoners oriënteren zich voor werk vooral op de Randstad.",
            [("Randstad", "region")],
            [("oriented-towards", "own", "region/randstad")],
        ),
        (
            "De gemeente volgt de uitspraken van de Centrale Raad van Beroep.",
            [("Centrale Raad van Beroep", "organisation")],
            [("bound-by-rulings-of", "own", "organisation/centrale raad van beroep")],
        ),
        # an actor group as the source of a study or report
        (
            "Studies van de GGD en de huisartsen bevestigen dit beeld.",
            [("GGD", "role"), ("huisartsen", "role")],
            [("reports-on", "role/ggd", "own"), ("reports-on", "role/huisartsen", "own")],
        ),
        (
            "Het rapport van de rekenkamer laat zien dat de kosten stijgen.",
            [("rekenkamer", "role")],
            [("reports-on", "role/rekenkamer", "own")],
        ),
        # a ruling that names no party is the court's
        (
            "De gerechtelijke uitspraak doorkruiste het beleid.",
            [],
            [("bound-by-rulings-of", "own", COURT)],
        ),
        (
            "Rechterlijke vonnissen dwingen tot meer uren.",
            [],
            [("bound-by-rulings-of", "own", COURT)],
        ),
        (
            "De rechter oordeelde dat de gemeente meer uren moest leveren.",
            [("rechter", "role")],
            [("bound-by-rulings-of", "own", COURT)],
        ),
        # where inhabitants go for work or services
        (
            "De nabijheid van de grens met Duitsland voor werk speelt een rol.",
            [("Duitsland", "place")],
            [("oriented-towards", "own", "place/duitsland")],
        ),
        (
            "Veel inwoners gaan voor hun werk dagelijks naar Venlo.",
            [("Venlo", "municipality")],
            [("oriented-towards", "own", "municipality/venlo")],
        ),
        # a city named with its noun
        (
            "Veel inwoners werken in de stad Groningen.",
            [("Groningen", "municipality")],
            [("oriented-towards", "own", "municipality/groningen")],
        ),
        # a share in words is a figure of the source
        (
            "Volgens de GGD Noord ervaart bijna een kwart van de volwassenen de eigen gezondheid"
            " als matig.",
            [("GGD Noord", "body")],
            [("reports-on", "body/ggd noord", "own")],
        ),
        # a type noun before the name, and amounts in words
        (
            "De wachttijd is volgens woningcorporatie Woonnoord opgelopen van twee naar vier jaar.",
            [("Woonnoord", "organisation")],
            [("reports-on", "organisation/woonnoord", "own")],
        ),
        # a negation in a predicate coordinated after the place denies nothing of it
        (
            "Jongeren trekken voor studie naar Venlo of Almelo en komen niet terug.",
            [("Venlo", "municipality"), ("Almelo", "municipality")],
            [
                ("oriented-towards", "own", "municipality/venlo"),
                ("oriented-towards", "own", "municipality/almelo"),
            ],
        ),
    ],
)
def test_stated_links(text, named, expected):
    assert _links(text, *named) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a view, not figures: "volgens" names a speaker
        ("Volgens Parteon is de samenwerking goed.", [("Parteon", "organisation")]),
        # negated
        ("De kernen zijn niet op Almelo gericht.", [("Almelo", "municipality")]),
        ("Jongeren trekken voor studie niet naar Venlo en blijven.", [("Venlo", "municipality")]),
        ("Er zijn geen cijfers van CBS over de wijk.", [("CBS", "organisation")]),
        # policy aimed at a party is no orientation of a place, and an organisation is no area
        ("Het beleid is gericht op Parteon.", [("Parteon", "organisation")]),
        # the party does not stand at the cue
        ("Het beleid is gericht op preventie, samen met Almelo.", [("Almelo", "municipality")]),
        # a municipality is no source of figures and no court
        ("Volgens Almelo is de werkloosheid 6%.", [("Almelo", "municipality")]),
        # an actor group is a speaker after "volgens", and data "of" clients are about them
        ("Volgens de huisartsen is de wachtlijst 6 weken.", [("huisartsen", "role")]),
        ("De gegevens van cliënten worden gedeeld.", [("cliënten", "role")]),
        # "uitspraken" of anyone but the court are statements, not rulings
        ("De uitspraken van de wethouder vielen slecht.", [("wethouder", "role")]),
        # a denied ruling, and the court that did nothing
        ("Er is geen rechterlijke uitspraak over de huishoudelijke hulp.", []),
        ("De rechter is bij de jeugdbescherming betrokken.", [("rechter", "role")]),
        # being near a place is no orientation without a purpose
        ("De nabijheid van Duitsland is merkbaar.", [("Duitsland", "place")]),
    ],
)
def test_no_stated_link(text, named):
    assert _links(text, *named) == []


def test_stated_links_in_the_relations_of_a_profile():
    _, ex = extract_text(
        "Teststad is een gemeente in het oosten van het land.",
        "Volgens de cijfers van CBS ligt de werkloosheid in Teststad hoger dan gemiddeld. "
        "Inwoners van de zuidelijke dorpen zijn voor hun voorzieningen op Enschede gericht.",
    )
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/cbs", OWN) in found
    assert ("oriented-towards", OWN, "municipality/enschede") in found


def test_actor_groups_and_unnamed_courts_in_the_relations_of_a_profile():
    _, ex = extract_text(
        "Teststad is een gemeente in het oosten van het land.",
        "Studies van de GGD bevestigen dit beeld. "
        "Een voorbeeld is de gerechtelijke uitspraak die het beleid doorkruiste.",
    )
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "role/ggd", OWN) in found
    assert ("bound-by-rulings-of", OWN, "role/rechter") in found


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        (  # a party that estimates a figure
            "Stichting Noord schat dat er 600 mensen met dementie wonen.",
            [("Noord", "organisation")],
            [("reports-on", "organisation/noord", "own")],
        ),
        (  # a party that reports a figure
            "De Kredietbank meldde vorig jaar 250 aanmeldingen.",
            [("Kredietbank", "organisation")],
            [("reports-on", "organisation/kredietbank", "own")],
        ),
        (  # a research report or an annual report of the party
            "Uit onderzoek van GGD blijkt dat 20 procent van de jongeren drinkt.",
            [("GGD", "body")],
            [("reports-on", "body/ggd", "own")],
        ),
        (
            "Het jaarverslag van Meldpunt laat een stijging zien.",
            [("Meldpunt", "organisation")],
            [("reports-on", "organisation/meldpunt", "own")],
        ),
        (  # a court by name that ruled
            "De Centrale Raad van Beroep oordeelde dat het besluit onzorgvuldig was.",
            [("Centrale Raad van Beroep", "organisation")],
            [("bound-by-rulings-of", "own", "organisation/centrale raad van beroep")],
        ),
        (  # inhabitants working elsewhere
            "Veel inwoners werken in Almelo.",
            [("Almelo", "municipality")],
            [("oriented-towards", "own", "municipality/almelo")],
        ),
        (
            "Jongeren gaan voor hun opleiding naar Almelo.",
            [("Almelo", "municipality")],
            [("oriented-towards", "own", "municipality/almelo")],
        ),
    ],
)
def test_more_sources_rulings_and_orientations(text, named, expected):
    assert _links(text, *named) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Stichting Noord meldt dat de wachtlijsten lang zijn.", [("Noord", "organisation")]),
        ("Stichting Noord schat de situatie niet goed in.", [("Noord", "organisation")]),
        ("De inspectie oordeelde dat het beleid werkt.", [("inspectie", "organisation")]),
        ("De medewerkers werken in Almelo.", [("Almelo", "municipality")]),
        ("Veel inwoners werken niet in Almelo.", [("Almelo", "municipality")]),
    ],
)
def test_no_figure_no_court_or_no_inhabitants_gives_no_link(text, named):
    assert _links(text, *named) == []


def _relations(sentence):
    _, ex = extract_text(sentence)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De monitor sociaal domein van Stichting Welzijn Noord laat zien dat het aantal"
            " cliënten stijgt.",
            ("reports-on", "organisation/stichting-welzijn-noord", OWN),
        ),
        (
            "Voor voorzieningen richten de inwoners zich op Heerlen.",
            ("oriented-towards", OWN, "municipality/heerlen"),
        ),
        (
            "De jongeren gaan in Heerlen naar school.",
            ("oriented-towards", OWN, "municipality/heerlen"),
        ),
        (
            "Veel jongeren volgen hun opleiding in Heerlen.",
            ("oriented-towards", OWN, "municipality/heerlen"),
        ),
        (
            "De kinderen gaan naar school in Heerlen.",
            ("oriented-towards", OWN, "municipality/heerlen"),
        ),
    ],
)
def test_a_named_source_an_inverted_orientation_or_schooling_elsewhere(sentence, expected):
    assert expected in _relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De jongeren gaan niet in Heerlen naar school.",
        "De gegevens van cliënten van Stichting Welzijn Noord zijn veilig.",
        "De wethouder gaat in Heerlen naar een overleg.",
    ],
)
def test_no_schooling_elsewhere_or_no_source(sentence):
    assert not {r for r in _relations(sentence) if r[0] in ("oriented-towards", "reports-on")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Welzijn Noord heeft berekend dat 20 procent van de ouderen eenzaam is.",
        "Stichting Welzijn Noord schatte vorig jaar 300 eenzame ouderen in de gemeente.",
        "Stichting Welzijn Noord becijferde in 2016 ruim 40 huisuitzettingen.",
    ],
)
def test_an_organisation_that_estimates_a_figure_reports_on_the_municipality(sentence):
    _, ex = extract_text(sentence)
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/stichting-welzijn-noord", OWN) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # any reporting verb, with an amount in what the party reports
        "Stichting Welzijn Noord geeft aan dat de wachttijd voor een sociale huurwoning vier jaar "
        "bedraagt.",
        "Stichting Welzijn Noord ziet de wachttijd oplopen tot acht maanden.",
        "Stichting Welzijn Noord zag het aantal aanmeldingen stijgen van 120 naar 180.",
        # the sentence-final attribution, as "volgens", also by a verb of reporting
        "De wachtlijst telt nu 90 gezinnen, aldus Stichting Welzijn Noord.",
        "De wachtlijst telt nu 90 gezinnen, meldt Stichting Welzijn Noord.",
        # an apposition between the party and its verb
        "Stichting Welzijn Noord, de grootste aanbieder in de stad, zegt dat de wachttijd voor "
        "een sociale huurwoning is opgelopen tot vier jaar.",
        # the head of the organisation speaks for it, also answering a question
        "De directeur van Stichting Welzijn Noord geeft aan dat de wachttijd vier jaar bedraagt.",
        "Hoe lang wachten huurders? De directeur van Stichting Welzijn Noord zegt dat de "
        "wachttijd vier jaar bedraagt.",
        # a relative clause between the party and its verb
        "Stichting Welzijn Noord, die het steunpunt beheert, zegt dat de wachttijd voor een "
        "sociale huurwoning is opgelopen tot vier jaar.",
        # the clause after a semicolon goes on with what the party reports
        "Stichting Welzijn Noord spreekt van een tekort aan woningen; de wachttijd voor een "
        "sociale huurwoning bedraagt vier jaar.",
        # a change seen in its finite form, its amount after the semicolon
        "Stichting Welzijn Noord ziet dat het aantal mantelzorgers groeit; het steunpunt telde "
        "eind 2016 ongeveer 450 mantelzorgers.",
    ],
)
def test_an_organisation_that_reports_an_amount_is_a_source(sentence):
    _, ex = extract_text(sentence)
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/stichting-welzijn-noord", OWN) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # its staff speak, not the organisation
        "Medewerkers van Stichting Welzijn Noord vertellen dat de opvang met 40 bedden vol zit.",
        # how often, and a set already known, are no amounts reported
        "Stichting Welzijn Noord rapporteert twee keer per jaar aan de raad.",
        "Stichting Welzijn Noord spreekt met de drie wijkteams.",
        # "stellen" and "zien" in their other senses: making available, supervising
        "Stichting Welzijn Noord stelt 20 plaatsen beschikbaar.",
        "Stichting Welzijn Noord ziet toe op 30 trajecten.",
        # things seen, and a figure about the party itself rather than a figure read
        "Stichting Welzijn Noord ziet twee oplossingen voor het tekort aan woningen.",
        "Stichting Welzijn Noord zegt dat zij vorig jaar drie nieuwe medewerkers heeft aangenomen.",
        # a closing attribution of a trend without an amount
        "Er komen steeds meer aanmeldingen, aldus Stichting Welzijn Noord.",
        # what follows a contrast is not what the party reports
        "Stichting Welzijn Noord zegt dat het goed gaat, maar de wachtlijst telt 90 gezinnen.",
        # an apposition followed by no verb of saying
        "Stichting Welzijn Noord, de grootste aanbieder in de stad, bouwt 40 woningen.",
    ],
)
def test_no_source_without_an_amount_the_party_reports(sentence):
    _, ex = extract_text(sentence)
    assert not [r for r in ex.relations if r.type.endswith("reports-on")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Welzijn Noord ziet kansen in de wijk.",
        # a party in the field that sees a trend speaks (tests/gold/README.md: "an
        # organisation that acts in the field and speaks … is the speaker"); it is no source
        "Stichting Welzijn Noord ziet het aantal aanmeldingen stijgen.",
    ],
)
def test_an_organisation_that_sees_reports_nothing(sentence):
    _, ex = extract_text(sentence)
    assert not [r for r in ex.relations if r.type.endswith("reports-on")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negation in what the court or the source states denies no link
        (
            "De Centrale Raad van Beroep oordeelde dat de gemeente de hulp niet mocht schrappen.",
            ("bound-by-rulings-of", OWN, "organisation/crvb"),
        ),
        (
            "De rechter oordeelde dat de gemeente de hulp niet mocht schrappen.",
            ("bound-by-rulings-of", OWN, "role/rechter"),
        ),
        (
            "Uit cijfers van het CBS blijkt dat het aantal uitkeringen niet is gestegen.",
            ("reports-on", "organisation/cbs", OWN),
        ),
        # sources no list names: a research institute, the owner of figures
        (
            "Volgens het Verwey-Jonker Instituut is het aantal meldingen gestegen.",
            ("reports-on", "organisation/verwey-jonker-instituut", OWN),
        ),
        (
            "De cijfers van Vektis laten zien dat de zorgkosten stijgen.",
            ("reports-on", "organisation/vektis", OWN),
        ),
    ],
)
def test_a_source_or_court_is_read_past_a_negation_in_what_it_states(sentence, expected):
    _, ex = extract_text(sentence)
    assert expected in {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def test_a_negated_ruling_states_no_link():
    _, ex = extract_text("De rechter oordeelde niet over de zaak.")
    assert not ex.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens berekeningen van het Nibud staat 20% van de huishoudens rood.",
        "Volgens de prognoses van het Nibud groeit het aantal huishoudens met schulden.",
        "Uit tellingen van het Nibud blijkt dat 400 huishoudens schulden hebben.",
    ],
)
def test_calculations_forecasts_and_counts_of_a_source_report_on_the_municipality(sentence):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/nibud", OWN) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor voortgezet onderwijs gaan de kinderen naar Heerlen.",
        "Voor specialistische zorg moeten inwoners uitwijken naar Heerlen.",
    ],
)
def test_a_purpose_with_an_adjective_or_a_move_elsewhere_is_an_orientation(sentence):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("oriented-towards", OWN, "municipality/heerlen") in got


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        ("De rechtbank heeft de gemeente in het ongelijk gesteld.", "role/rechter"),
        ("De Raad van State stelde de gemeente in het gelijk.", "organisation/raad-van-state"),
    ],
)
def test_a_court_that_proves_the_municipality_right_or_wrong_binds_it(sentence, court):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("bound-by-rulings-of", OWN, court) in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Teststad is een grensgemeente met Duitsland.", ("borders-on", OWN, "place/duitsland")),
        ("De gemeente deelt een grens met Heerlen.", ("borders-on", OWN, "municipality/heerlen")),
    ],
)
def test_a_border_shared_or_a_border_municipality(sentence, expected):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert got == {expected}


def test_a_count_in_words_makes_the_counter_a_source():
    """A ratio or amount in words ("een op de vijf ouderen", "honderden gezinnen") is a figure
    in the clause of a party that counts or estimates."""
    from tests.extract_helpers import extract_text, key

    for sentence in (
        "De GGD Vallei becijferde dat een op de vijf ouderen eenzaam is.",
        "Stichting Kwadraad schat dat honderden gezinnen schulden hebben.",
    ):
        _, ex = extract_text(sentence)
        assert [r.type for r in ex.relations if key(r.object) == "municipality/teststad"] == [
            "reports-on"
        ]


def test_a_support_point_that_estimates_figures_reports_on_the_municipality():
    # a named one: a bare "Steunpunt Mantelzorg" is the role, which reports on nothing (gold
    # decision, 27th session second review, point 8)
    _, ex = extract_text("Steunpunt Mantelzorg Oost schat dat 1.600 inwoners mantelzorg geven.")
    assert ("reports-on", "organisation/steunpunt-mantelzorg-oost", OWN) in {
        (r.type, key(r.subject), key(r.object)) for r in ex.relations
    }


def test_the_bare_support_point_is_the_role_and_reports_on_nothing():
    _, ex = extract_text("Het Steunpunt Mantelzorg schat dat 1.600 inwoners mantelzorg geven.")
    assert not [r for r in ex.relations if r.type == "reports-on"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor ziekenhuiszorg zijn inwoners steeds meer op Heerlen aangewezen.",
        "Voor klinische zorg zijn gezinnen vaak aangewezen op Heerlen, wat lang reizen is.",
        "Teststad is zelf voor specialistische voorzieningen op Heerlen georiënteerd.",
        "Teststad zelf is voor voorzieningen op Heerlen is georiënteerd.",
    ],
)
def test_inhabitants_relying_on_a_place_turn_to_it(sentence):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("oriented-towards", OWN, "municipality/heerlen") in got
    assert ("depends-on", OWN, "municipality/heerlen") not in got


def test_the_municipality_relying_on_another_depends_on_it():
    _, ex = extract_text("De gemeente is voor de inkoop aangewezen op Heerlen.")
    assert {(r.type, key(r.object)) for r in ex.relations} == {
        ("depends-on", "municipality/heerlen")
    }


def test_a_negation_in_a_fronted_subordinate_clause_denies_no_source():
    _, ex = extract_text(
        "Hoewel de inkomens gemiddeld niet ongunstig zijn, heeft volgens CBS bijna 1 op de 10"
        " huishoudens een laag inkomen."
    )
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/cbs", OWN) in found


def test_a_concession_after_a_negated_clause_keeps_its_orientation():
    _, ex = extract_text(
        "Teststad maakt geen deel uit van Regio Vallei, al zijn inwoners van Schinveld voor"
        " ziekenhuiszorg veelal op Heerlen georiënteerd."
    )
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("oriented-towards", OWN, "municipality/heerlen") in found


def test_the_municipalitys_own_organs_are_no_source_of_figures():
    _, ex = extract_text("De raad kon weinig anders dan op de cijfers van het college vertrouwen.")
    assert not [r for r in ex.relations if r.type.endswith("reports-on")]


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        (  # a region's monitor is a source of figures
            "Volgens de monitor van de Heuvelrand is 12% van de jongeren somber.",
            ("Heuvelrand", "region"),
            ("reports-on", "region/heuvelrand", "own"),
        ),
        (  # people who move elsewhere for a service turn to that place
            "Voor logeeropvang moeten gezinnen uitwijken naar Heerlen.",
            ("Heerlen", "municipality"),
            ("oriented-towards", "own", "municipality/heerlen"),
        ),
        (  # people find help in a place
            "Wie dakloos raakt, kan terecht in de nachtopvang in Heerlen.",
            ("Heerlen", "municipality"),
            ("oriented-towards", "own", "municipality/heerlen"),
        ),
    ],
)
def test_a_regions_monitor_a_move_or_help_elsewhere(text, named, expected):
    assert _links(text, named) == [expected]


def test_a_move_with_no_people_and_no_purpose_is_no_orientation():
    text = "Het kantoor gaat in 2017 naar Heerlen."
    assert _links(text, ("Heerlen", "municipality")) == []


def test_a_place_denied_after_the_orientation_leaves_the_orientation():
    found = _relations(
        "Voor het ziekenhuis zijn inwoners vooral op Zwolle en Kampen gericht, niet op Lelystad."
    )
    oriented = {r[2] for r in found if r[0] == "oriented-towards"}
    assert oriented == {"municipality/zwolle", "municipality/kampen"}


def test_an_inverted_report_without_an_amount_is_no_source():
    _, ex = extract_text("Het gaat goed met de vrijwilligers, meldt Stichting Welzijn Noord.")
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "organisation/stichting-welzijn-noord", OWN) not in found


def test_the_second_place_of_work_with_its_preposition_repeated_is_an_orientation():
    _, ex = extract_text("Veel inwoners werken in de haven of in Dordrecht.")
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("oriented-towards", OWN, "municipality/dordrecht") in found


def test_a_province_that_expects_an_amount_reports_on_the_municipality():
    _, ex = extract_text("De provincie Limburg verwacht voor 2030 nog 29.500 inwoners.")
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("reports-on", "place/limburg", OWN) in found
    _, ex = extract_text("De provincie Limburg ligt in het zuiden.")
    assert not [r for r in ex.relations if r.type == "reports-on"]


def test_a_city_named_by_its_adjective_is_where_inhabitants_work():
    _, ex = extract_text("Veel inwoners werken in de Rotterdamse haven.")
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert found == {("oriented-towards", "municipality/teststad", "municipality/rotterdam")}


def test_a_city_adjective_gives_no_other_stated_link():
    _, ex = extract_text("Volgens Rotterdamse cijfers ligt de werkloosheid hoger.")
    assert not [r for r in ex.relations if key(r.object) == "municipality/rotterdam"]


def test_a_place_adjective_before_the_next_member_keeps_the_list():
    # "A en het Belgische B": the adjective stands before B, still a member of the list
    _, ex = extract_text("Voor werk richten veel inwoners zich op Heerlen en het Duitse Aken.")
    found = {(r.type, key(r.object)) for r in ex.relations}
    assert ("oriented-towards", "municipality/heerlen") in found
    assert ("oriented-towards", "place/aken") in found


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Hij vertelt dat de inwoners voor het ziekenhuis en de winkels eerder naar Heerlen of"
            " Kerkrade gaan.",
            {"municipality/heerlen", "municipality/kerkrade"},
        ),
        (
            "Voor hun werk en hun opleiding trekken veel jongeren naar Maastricht.",
            {"municipality/maastricht"},
        ),
        ("Gezinnen gaan voor de zorg of de scholen liever naar Heerlen.", {"municipality/heerlen"}),
        (
            "Voor werk of studie reizen velen dagelijks naar Maastricht.",
            {"municipality/maastricht"},
        ),
    ],
)
def test_two_purposes_before_going_to_a_place_orient_the_municipality(sentence, places):
    _, ex = extract_text(sentence)
    found = {key(r.object) for r in ex.relations if r.type == "oriented-towards"}
    assert found == places


def test_coming_from_a_place_for_two_purposes_is_no_orientation():
    _, ex = extract_text("Voor de winkels en de markt komt men juist uit Heerlen naar Teststad.")
    assert not [r for r in ex.relations if r.type == "oriented-towards"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an organisation as the grammatical subject of a count of its own register is no
        # source (gold README, third batch; thirty-first session, decision 12; "registreerde"
        # is like "telde")
        "Stichting Welzijn Noord telt 300 vrijwilligers in de gemeente.",
        "De Kredietbank registreerde vorig jaar 250 aanmeldingen.",
        "Het steunpunt van Stichting Welzijn Noord telde eind 2015 ongeveer 900 mantelzorgers.",
        "Stichting Welzijn Noord registreert jaarlijks zo'n 120 nieuwe vrijwilligers.",
        "Stichting Welzijn Noord heeft in 2016 ruim 60 aanvragen geregistreerd.",
    ],
)
def test_an_organisation_that_counts_its_register_is_no_source(sentence):
    _, ex = extract_text(sentence)
    assert not [r for r in ex.relations if r.type == "reports-on"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Zij vindt dat logisch, omdat veel inwoners van de dorpen in de stad Zwolle werken.",
            "Zwolle",
        ),
        ("Hij zegt dat veel jongeren na hun opleiding in Deventer werken.", "Deventer"),
        (
            "Veel mensen uit de dorpen die in Almelo werken, rijden dagelijks heen en weer.",
            "Almelo",
        ),
        ("Het valt op dat steeds meer gezinnen naar Hengelo pendelen.", "Hengelo"),
    ],
)
def test_inhabitants_who_work_there_with_the_verb_last_are_oriented(text, place):
    assert _links(text, (place, "municipality")) == [
        ("oriented-towards", "own", f"municipality/{place.lower()}")
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hij zegt dat de consulenten in Zwolle werken aan een plan.", "Zwolle"),
        ("Omdat gezinnen in Deventer wonen, groeit de vraag.", "Deventer"),
        ("Hij zegt dat inwoners en gemeente in Almelo samen werken.", "Almelo"),
    ],
)
def test_no_inhabitants_working_there_no_orientation(text, place):
    assert _links(text, (place, "municipality")) == []


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        (
            "De wethouder wijst erop dat de Centrale Raad van Beroep in mei 2016 oordeelde dat"
            " elke indicatie moet worden onderbouwd.",
            "organisation/crvb",
        ),
        (
            "De Centrale Raad van Beroep heeft op 12 maart 2015 bepaald dat de korting"
            " onrechtmatig was.",
            "organisation/crvb",
        ),
        (
            "De Raad van State oordeelde eind vorig jaar dat de gemeente te snel had gekort.",
            "organisation/raad-van-state",
        ),
        ("De rechter besliste in 2016 dat het budget te laag was.", "role/rechter"),
        (
            "Huishoudelijke hulp: na uitspraak Centrale Raad van Beroep herindicatie van 300"
            " cliënten",
            "organisation/crvb",
        ),
        (
            "Na uitspraken Raad van State moesten alle besluiten opnieuw.",
            "organisation/raad-van-state",
        ),
    ],
)
def test_a_court_ruling_after_a_time_adverbial_or_without_van_binds(sentence, court):
    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("bound-by-rulings-of", "municipality/teststad", court) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "De Centrale Raad van Beroep oordeelde in 2016 niet dat de korting onrechtmatig was.",
        "De Centrale Raad van Beroep is in 2016 druk geweest.",
        "Stichting Welzijn Oost bepaalde in 2016 zelf de koers.",  # no court
        "De uitspraak Stichting Welzijn Oost wordt besproken.",  # no court
    ],
)
def test_no_ruling_without_a_court_or_under_a_negation(sentence):
    _, ex = extract_text(sentence)
    assert not {r for r in ex.relations if r.type == "bound-by-rulings-of"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "De wethouder citeert uit het jaarverslag van woningstichting Eemwonen, waaruit "
            "blijkt dat de wachttijd in Teststad ruim zeven jaar is.",
            "organisation/eemwonen",
        ),
        (
            "Uit de cijfers van zorginstelling De Brug blijkt dat 40 cliënten in Teststad wachten.",
            "organisation/de-brug",
        ),
        (
            "Het rapport van adviesbureau Berenschot laat zien dat Teststad 12% meer uitgeeft.",
            "organisation/berenschot",
        ),
        (
            "Volgens het jaarverslag van welzijnsorganisatie Balans Noord bezochten 300 "
            "vrijwilligers ouderen in Teststad.",
            "organisation/balans-noord",
        ),
    ],
)
def test_a_kind_noun_may_stand_between_the_report_and_its_source(sentence, source):
    from tests.test_extract_relations import OWN, relations

    assert ("reports-on", source, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gegevens van cliënten van woningstichting Eemwonen zijn geheim.",
        "Het jaarverslag van woningstichting Eemwonen is niet positief over de samenwerking.",
    ],
)
def test_no_source_through_a_kind_noun_without_a_figure_or_of_others(sentence):
    from tests.test_extract_relations import relations

    assert not {r for r in relations(sentence) if r[0] == "reports-on"}
