"""kg.extract.definites: definite descriptions of the own province and of a name just given."""

from __future__ import annotations

from kg.extract.definites import named_back, own_province
from kg.extract.mentions import Mention
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, key

ZEELAND = Mention("place/zeeland", "place", 0, 0, "")


def test_a_bare_province_is_the_own_province_and_a_named_one_is_left_to_the_lexicon():
    text = "Elders in de provincie is het anders; de provincie Utrecht, naar provincie gemeten."
    found = own_province(text, 0, len(text), [], ZEELAND)
    assert [(m.text, m.start) for m in found] == [("provincie", text.index("provincie"))]


def test_the_own_province_comes_from_the_reference_data():
    _, ex = extract_text("De provincie rekent op een verdere daling.", title="Vlissingen")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert ("provincie", "place/zeeland") in found


def test_a_bare_type_word_points_back_to_the_name_it_opened_in_the_same_sentence_only():
    body = SentenceMention("body/ggd-x", "body", 10, 20, "GGD Twente", 1)
    again = SentenceMention("role/ggd", "role", 30, 33, "GGD", 1)
    later = SentenceMention("role/ggd", "role", 50, 53, "GGD", 2)
    before = SentenceMention("role/ggd", "role", 2, 5, "GGD", 1)
    found = named_back([before, body, again, later])
    assert [m.entity for m in found] == ["role/ggd", "body/ggd-x", "body/ggd-x", "role/ggd"]


def test_the_whole_of_a_country_is_a_place():
    _, ex = extract_text("De werkloosheid is 6,1%, tegen 6,9% in heel Nederland.")
    assert ("Nederland", "place/nederland") in [(m.text, key(m.entity)) for m in ex.mentions]


def test_the_chair_and_the_members_of_a_council_named_before_are_the_council():
    _, ex = extract_text(
        "De Wmo-raad herkent dat. Volgens de voorzitter komen adviezen te laat.",
        "Zien de leden dat ook? De leden van het college zeggen niets.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert ("voorzitter", "role/wmo-council") in found
    assert ("leden", "role/wmo-council") in found
    assert len([text for text, _ in found if text == "leden"]) == 1  # "leden van X": X's


def test_without_a_council_named_before_the_chair_is_no_council():
    _, ex = extract_text("Volgens de voorzitter komen adviezen te laat. De Wmo-raad zwijgt.")
    found = [(m.text, key(m.entity)) for m in ex.mentions]
    assert ("voorzitter", "role/wmo-council") not in found


def test_bare_teams_are_the_kind_of_team_named_before():
    _, ex = extract_text(
        "De teams zijn nieuw. Het college koos voor zes wijkteams.",
        "De teams worden goed gevonden. Teamleden ervaren ruimte. Het hele team is moe.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    teams = [(text, entity) for text, entity in found if text.lower().startswith("team")]
    assert teams == [("teams", "role/social-team"), ("Teamleden", "role/social-team")]


def test_the_team_after_the_definite_article_is_the_kind_of_team_named_before():
    _, ex = extract_text(
        "Het team is nieuw. Sinds 2015 werken zes jeugdteams in de gemeente.",
        "Het team in Oost telt acht leden. In elk team werkt een jeugdarts. Het team Werk en"
        " Inkomen doet de bijstand.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    teams = [(text, entity) for text, entity in found if text.lower() == "team"]
    # not before any team is named, not "elk team", not a team with a name after it
    assert teams == [("team", "role/youth-team")]


def test_a_bare_regio_is_the_area_the_profile_named_first_before_it():
    _, ex = extract_text(
        "In de regio is het rustig.",
        "Teststad vervult voor de hele Achterhoek een rol. Dat wordt in de regio gewaardeerd.",
        "De Zaanse gemeenten en de arbeidsmarktregio Twente werken samen; de regio Twente ook.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert [entity for text, entity in found if text == "regio"] == ["region/achterhoek"]


def test_a_bare_director_who_speaks_is_the_organisation_named_just_before():
    _, ex = extract_text(
        "Woonstichting Noord moest 200 statushouders huisvesten. De directeur waarschuwt dat"
        " de wachttijd oploopt. Volgens de directeur is er geen oplossing."
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions]
    assert ("directeur", "organisation/woonstichting-noord") in found


def test_a_demonstrative_regio_is_the_region_just_named():
    _, ex = extract_text(
        "Teststad ligt in de Achterhoek. De gemeente hoort bij de arbeidsmarktregio Groningen."
        " Raadsleden vinden die regio te groot. In de regio is het rustig."
    )
    found = [key(m.entity) for m in ex.mentions if m.text == "regio"]
    # "die regio" the one just named; "de regio" the profile's own region, named first
    assert found == ["region/arbeidsmarktregio-groningen", "region/achterhoek"]


def test_de_regio_of_employers_is_the_labour_market_region_named_before():
    _, ex = extract_text(
        "Teststad ligt in Twente en hoort bij de arbeidsmarktregio Twente.",
        "Werkgevers in de regio zoeken weer mensen. De jeugdhulp wordt in de regio ingekocht.",
    )
    regio = [key(m.entity) for m in ex.mentions if m.text == "regio"]
    assert regio == ["region/arbeidsmarktregio-twente", "region/twente"]


def test_employers_in_another_clause_leave_de_regio_the_area():
    _, ex = extract_text(
        "Teststad ligt in Twente en hoort bij de arbeidsmarktregio Twente.",
        "Teststad hangt af van de regio: voor de jeugdhulp en het werkgeversservicepunt.",
    )
    assert [key(m.entity) for m in ex.mentions if m.text == "regio"] == ["region/twente"]


def test_de_regiogemeenten_stand_for_the_region_named_before():
    _, ex = extract_text(
        "Teststad ligt in Twente.", "De regiogemeenten erkennen dat zij de stad nodig hebben."
    )
    assert ("region/twente", "regiogemeenten") in {(key(m.entity), m.text) for m in ex.mentions}
