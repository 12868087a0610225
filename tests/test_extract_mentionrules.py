"""kg.extract.mentionrules: general Dutch rules on top of the lexicon's matches."""

from __future__ import annotations

from kg.extract.mentionrules import STAFF_NOUNS, apposition
from kg.extract.mentions import Mention
from tests.extract_helpers import extract_text, key


def test_an_acronym_in_apposition_gives_its_spelled_out_form():
    text = "Zij werken via de ISD, de intergemeentelijke sociale dienst, samen."
    start = text.index("ISD")
    found = apposition(text, Mention("urn:isd", "body", start, start + 3, "ISD"), len(text))
    assert found is not None
    assert (found.entity, found.kind, found.text) == (
        "urn:isd",
        "body",
        "intergemeentelijke sociale dienst",
    )
    assert text[found.start : found.end] == found.text


def test_letters_that_do_not_match_are_no_apposition():
    text = "via de GGD, de regionale sociale dienst."
    start = text.index("GGD")
    assert apposition(text, Mention("urn:ggd", "body", start, start + 3, "GGD"), len(text)) is None


def test_only_bodies_and_organisations_with_an_acronym_qualify():
    text = "de Wmo, de wet maatschappelijke ondersteuning"
    law = Mention("urn:wmo", "law", 3, 6, "Wmo")
    assert apposition(text, law, len(text)) is None
    body = Mention("urn:x", "body", 3, 6, "Wmo")  # not all capitals: not an acronym
    assert apposition(text, body, len(text)) is None


def test_staff_nouns_are_general_words():
    assert {"medewerker", "medewerkers"} <= STAFF_NOUNS


def test_a_singular_type_noun_before_a_name_yields_to_the_name():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "Woningcorporatie Viverion wijst op de eenzaamheid. "
        "Met de woningcorporaties Parteon en Domijn is afgesproken dat zij signaleren."
    )
    roles = sorted(m.text for m in ex.mentions if m.kind == "role")
    orgs = sorted(m.text for m in ex.mentions if m.kind == "organisation")
    assert "Woningcorporatie" not in roles
    assert "woningcorporaties" in roles
    assert "Viverion" in orgs


def _law_mentions(sentence):
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    return [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "law"]


def test_a_law_stem_coordinated_with_a_law_names_that_law():
    assert _law_mentions("Er is één team voor Wmo, jeugd en participatie.") == [
        ("Wmo", "law/wmo-2015"),
        ("jeugd", "law/jeugdwet"),
        ("participatie", "law/participatiewet"),
    ]
    assert _law_mentions("Het berichtenverkeer voor jeugd en Wmo hapert.") == [
        ("jeugd", "law/jeugdwet"),
        ("Wmo", "law/wmo-2015"),
    ]


def test_a_law_stem_alone_or_in_a_compound_is_no_law():
    assert _law_mentions("De jeugd is er een aanspreekpunt gewend.") == []
    # the stem after a preposition of assignment is the domain (kg.extract.youthdomain)
    assert _law_mentions("Voor jeugd is er een aanspreekpunt.") == [("jeugd", "law/jeugdwet")]
    assert _law_mentions("Sport en jeugd-GGZ zijn gescheiden.") == []
    assert _law_mentions("De Wmo kent de jeugd-GGZ niet.") == [("Wmo", "law/wmo-2015")]


def test_staff_compounds_are_found_in_any_case_behind_the_sentence_gate():
    from kg.extract.mentionrules import _STAFF_CORES, STAFF_HEADS, staff_compounds
    from kg.extract.mentions import Matcher
    from kg.ontology import LexiconEntry

    # the gate looks for a core every head holds
    assert all(any(core in head for core in _STAFF_CORES) for head in STAFF_HEADS)
    matcher = Matcher([LexiconEntry("wijkteam", "urn:x:team", "role", "prefLabel")])
    text = "Zo gaat het. WIJKTEAMMEDEWERKERS en Wijkteamleden zien meer. Het wijkteam ook."
    found = staff_compounds(text, 13, 61, [], matcher)
    assert [m.text for m in found] == ["WIJKTEAMMEDEWERKERS", "Wijkteamleden"]
    assert staff_compounds(text, 62, len(text), [], matcher) == []


def test_a_staff_noun_of_a_named_organisation_or_in_a_capacity_is_no_mention():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Het gesprek vond plaats met een medewerker van Humanitas.",
        "Als medewerker sta je er vaak alleen voor.",
        "De medewerkers zien meer vragen.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert ("Humanitas", "organisation/humanitas") in found
    assert [text for text, _ in found if text.lower().startswith("medewerker")] == ["medewerkers"]


def test_a_compound_of_rijks_names_the_national_government():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De rijkswetgeving en de rijksregels knellen; de rijksweg is druk.",
        "De landelijke overheid zegt het anders.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert found == [
        ("rijkswetgeving", "role/national-government"),
        ("rijksregels", "role/national-government"),
        ("landelijke overheid", "role/national-government"),
    ]


def test_a_law_stem_with_the_hyphen_of_a_left_out_part_is_the_law():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("De Jeugd- en Participatiewet vragen veel.")
    laws = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "law"]
    assert laws == [("Jeugd", "law/jeugdwet"), ("Participatiewet", "law/participatiewet")]


def test_the_board_of_a_named_organisation_is_that_organisation():
    _, ex = extract_text(
        "Een bestuurder van Kompaswerk verwacht een tekort.",
        "De bestuurders van de gemeente zijn positief.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind in ("role", "organisation")]
    assert found == [
        ("Kompaswerk", "organisation/kompaswerk"),
        ("bestuurders", "role/executive-board"),
    ]


def test_staff_of_a_group_named_with_an_indefinite_article_or_adjective():
    """ "medewerkers van een grote zorgaanbieder", "een medewerker van de lokale thuiszorg" are
    the group's staff: the group is the mention, the staff noun none (guideline)."""
    from tests.extract_helpers import extract_text, key

    for sentence, group in (
        ("Medewerkers van een grote zorgaanbieder zijn kritisch.", "role/care-providers"),
        ("Een medewerker van de lokale thuiszorg vertelt het.", "role/home-care-organisations"),
    ):
        _, ex = extract_text(sentence)
        keys = [key(m.entity) for m in ex.mentions]
        assert group in keys and "role/civil-servants" not in keys


def test_the_base_of_a_rate_is_no_mention_of_the_group():
    _, ex = extract_text(
        "Er zijn 52 bijstandsuitkeringen per 1.000 inwoners, tegen 41 per duizend inwoners.",
        "Per inwoner is het minder. De inwoners merken het.",
    )
    found = [m.text for m in ex.mentions if key(m.entity) == "role/residents"]
    assert found == ["inwoners"]
    assert ex.mentions[-1].text == "inwoners"


def test_a_counted_staff_is_a_size_not_a_group():
    _, ex = extract_text(
        "Het team werkt met 42 medewerkers.",
        "De stichting heeft veertien vaste medewerkers.",
        "In 2016 medewerkers van buiten aannemen bleek lastig.",
        "Kleine aantallen medewerkers dragen het werk.",
    )
    found = [m.text for m in ex.mentions if m.text.lower().startswith("medewerker")]
    # the counts are no mention; a year is no count, nor a vague quantity noun
    assert found == ["medewerkers", "medewerkers"]


def test_the_staff_of_a_service_mention_the_group_that_runs_it():
    """ "medewerkers van de (maatschappelijke) opvang": the service names the shelter
    organisations (its staff speaking; gold README, role list); its staff noun is no mention
    of the municipality's civil servants. A service named without a staff noun is no group."""
    _, ex = extract_text(
        "Medewerkers van de maatschappelijke opvang zien meer jonge daklozen.",
        "De wachtlijst groeit, zeggen medewerkers van de opvang.",
        "De opvang zit vol.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "role"]
    assert ("maatschappelijke opvang", "role/maatschappelijke-opvang") in found
    assert ("opvang", "role/maatschappelijke-opvang") in found
    assert len([f for f in found if f[1] == "role/maatschappelijke-opvang"]) == 2
    assert all(f[1] != "role/civil-servants" for f in found)


def test_the_chair_of_a_council_is_a_mention_of_it():
    """ "de voorzitter van de Wmo-raad" names the council (gold README: the chair of a council
    speaks as it, and "voorzitter" is a mention of it); a chair named alone is none."""
    _, ex = extract_text("‘Het gaat beter’, zegt de voorzitter van de Wmo-raad.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "role"]
    assert found == [("voorzitter", "role/wmo-council"), ("Wmo-raad", "role/wmo-council")]
    _, ex = extract_text("De voorzitter opende de vergadering.")
    assert all(m.text != "voorzitter" for m in ex.mentions)


def test_the_adjective_rich_is_no_mention_of_the_national_government():
    from tests.extract_helpers import extract_text, key

    for text in (
        "Er zijn grote verschillen tussen rijke en arme wijken.",
        "De rijkere dorpen vangen meer op dan de stad.",
        "In de rijkste buurt wonen weinig mensen met een uitkering.",
        "De wijk is rijker dan gedacht aan vrijwilligers.",
    ):
        _, ex = extract_text(text)
        assert not any(key(m.entity) == "role/national-government" for m in ex.mentions), text
    _, ex = extract_text("Het Rijk kort op het budget, zegt de wethouder.")
    assert [key(m.entity) for m in ex.mentions if "Rijk" in m.text] == ["role/national-government"]


def test_a_counted_group_that_measures_a_load_is_no_mention():
    for text, word in (
        ("Caseload: gemiddeld 95 cliënten per consulent.", "cliënten"),
        ("Een klantmanager heeft al snel 110 klanten per klantmanager-team.", "klanten"),
        ("Zij werkt met een caseload van ruim 80 klanten.", "klanten"),
        ("In het team komt dat neer op 40 gezinnen per gezinscoach.", "gezinnen"),
    ):
        _, ex = extract_text(text)
        assert not any(m.text == word and m.kind == "role" for m in ex.mentions), text
    for text, word in (
        ("Het team helpt 300 klanten per jaar.", "klanten"),
        ("Het wijkteam sprak in 2016 met 300 cliënten.", "cliënten"),
    ):
        _, ex = extract_text(text)
        assert any(m.text == word and m.kind == "role" for m in ex.mentions), text


def _role_mentions(sentence):
    _, ex = extract_text(sentence)
    return [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "role"]


def test_the_part_of_a_group_after_van_de_is_no_mention_of_its_own():
    # "Raadsleden van de oppositie" is one mention (gold README, first review of the writers'
    # files, decision 1)
    assert _role_mentions("Raadsleden van de oppositie vinden de kosten te hoog.") == [
        ("Raadsleden", "role/council-members")
    ]
    assert _role_mentions("Een raadslid van een oppositiefractie is kritisch.") == [
        ("raadslid", "role/council-members")
    ]


def test_the_group_alone_or_another_group_after_van_de_stays_a_mention():
    assert _role_mentions("De oppositie noemt het plan te duur.") == [
        ("oppositie", "role/council-members")
    ]
    got = _role_mentions("Raadsleden van de Wmo-raad zijn kritisch.")
    assert ("Wmo-raad", "role/wmo-council") in got
