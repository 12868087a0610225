"""Open-world organisations, bodies and regions on small invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.organisations import load_cues
from tests.extract_helpers import extract_profile, extract_text, key, profile


def minted(*paragraphs, title="Teststad"):
    _, ex = extract_text(*paragraphs, title=title)
    return {key(e.iri): e for e in ex.entities.values() if e.minted and e.kind != "municipality"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente werkt samen met Stichting Welzijn Noord.",
            "organisation/stichting-welzijn-noord",
        ),
        ("De gemeente werkt samen met Regio Vallei.", "body/regio-vallei"),
        (
            "Het loket is ondergebracht bij het Werkplein Midden-Drenthe.",
            "body/werkplein-midden-drenthe",
        ),
        ("Ook de GGD Middenland doet mee.", "body/ggd-middenland"),
        (
            "Voor werk valt de gemeente onder de arbeidsmarktregio Heuvelrand.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
        ("De jeugdhulp wordt ingekocht door de regio Kempenland.", "region/kempenland"),
        ("Volgens woningcorporatie Woonpunt stijgt de huur.", "organisation/woonpunt"),
        ("Welzijnsorganisatie Ludens schat dat het aantal groeit.", "organisation/ludens"),
        ("De gemeente werkt samen met Werkwijzer, het sw-bedrijf in de stad.", "body/werkwijzer"),
        ("Zo trekt PlastiCom veel werknemers aan.", "organisation/plasticom"),
        ("De GGZ-instelling Dimence ziet meer aanmeldingen.", "organisation/dimence"),
        ("GGZ Noorderland ziet meer aanmeldingen.", "organisation/ggz-noorderland"),
        ("Het ROC Midden Nederland leidt op.", "organisation/roc-midden-nederland"),
        ("De gemeente heeft een contract met Careander.", "organisation/careander"),
        ("Er zijn afspraken gemaakt met Careander.", "organisation/careander"),
        ("Er wordt samengewerkt met onder meer Careander.", "organisation/careander"),
        ("Ook zorgaanbieders als Careander zijn positief.", "organisation/careander"),
        ("Dat doen organisaties, zoals Careander, al.", "organisation/careander"),
        (
            "Schulden worden geregeld door de Kredietbank Oostrand.",
            "organisation/kredietbank-oostrand",
        ),
        ("De inkoop loopt via het inkoopbureau Zorgwijzer.", "body/zorgwijzer"),
        ("Het team bestaat uit medewerkers van Careander.", "organisation/careander"),
        ("Het team bestaat uit medewerkers van Careander en Ludens.", "organisation/ludens"),
        (
            "Ook Werkvloer Noord (een samenwerkingsverband van twee stichtingen) helpt.",
            "body/werkvloer-noord",
        ),
        ("De gemeente werkt samen met Zorg & Welzijn Noord.", "organisation/zorg-welzijn-noord"),
        (  # a list member after a name with a head noun ("GGD Noord en X")
            "Binnen die regeling zijn de GGD Noord en Zorgplein ondergebracht.",
            "body/zorgplein",
        ),
        ("De gemeente werkt samen met Stichting Welzijn Oost en met Vivo.", "organisation/vivo"),
        (
            "De gemeente werkt samen met de Regionale Sociale Dienst Noord.",
            "body/regionale-sociale-dienst-noord",
        ),
        (
            "De Intergemeentelijke Sociale Dienst (ISD) betaalt uit.",
            "body/intergemeentelijke-sociale-dienst",
        ),
        # a name that ends like a place adjective, followed by a function word
        ("De gemeente werkt samen met Ludens, Synthese en Careander.", "organisation/careander"),
        ("De gemeente werkt samen met Ludens, Synthese en Careander.", "organisation/synthese"),
        ("De gemeente werkt samen met Synthese in de wijken.", "organisation/synthese"),
        # heads of village associations, hospitals and schools
        (
            "Plaatselijk Belang Oosterveld organiseert een avond.",
            "organisation/plaatselijk-belang-oosterveld",
        ),
        ("Dorpsbelang Kromhout vraagt om een buurtbus.", "organisation/dorpsbelang-kromhout"),
        ("De gemeente subsidieert Welzijnswerk Noordoost.", "organisation/welzijnswerk-noordoost"),
        ("Het Maasheuvel Ziekenhuis is partner.", "organisation/maasheuvel-ziekenhuis"),
        ("Het Nordveld College biedt entreeopleidingen.", "organisation/nordveld-college"),
        # a sector of social work in apposition names the organisation doing it
        ("Kwadraat, het maatschappelijk werk, heeft een wachtlijst.", "organisation/kwadraat"),
        ("Ook Ludens (het jongerenwerk) is betrokken.", "organisation/ludens"),
        # examples in parentheses after an abbreviation; a fronted partner among others
        (
            "De teams komen van organisaties (o.a. Kwadraat, Kwintes en de GGZ).",
            "organisation/kwintes",
        ),
        ("Met onder meer Woonwijze en Alcander zijn afspraken gemaakt.", "organisation/alcander"),
        ("Met onder meer Woonwijze en Alcander zijn afspraken gemaakt.", "organisation/woonwijze"),
        # a shared service centre of several municipalities
        ("Het Shared Service Centrum Oost verzorgt de inkoop.", "body/shared-service-centrum-oost"),
        ("De uitvoering ligt bij het Servicecentrum Drechtland.", "body/servicecentrum-drechtland"),
        # the source a statement is attributed to: a word no Dutch dictionary holds
        ("Volgens Careander is de wachtlijst lang.", "organisation/careander"),
        # what municipalities are part of or buy through, named with no type word: a joint body
        ("Teststad maakt met Heerlen deel uit van Kustland Samen.", "body/kustland-samen"),
        ("De jeugdhulp wordt ingekocht via Zorg Inkoop Kust.", "body/zorg-inkoop-kust"),
        ("De gemeente werkt samen met Kustland Samen.", "organisation/kustland-samen"),
        # an office the municipalities share, called joint ("het gezamenlijke Bureau X")
        ("Het gezamenlijke Sociaal Bureau Kust helpt inwoners.", "body/sociaal-bureau-kust"),
        ("Het Sociaal Bureau Kust helpt inwoners.", "organisation/sociaal-bureau-kust"),
    ],
)
def test_a_name_is_typed_by_its_head_noun_or_context(sentence, expected):
    assert expected in minted(sentence)


def test_a_list_after_a_type_noun_gives_one_entity_per_member():
    found = minted(
        "Met de woningcorporaties Woonpunt en ZVO is afgesproken dat zij signalen melden."
    )
    assert {"organisation/woonpunt", "organisation/zvo"} <= set(found)


def test_an_abbreviation_in_apposition_is_the_same_entity():
    found = minted(
        "Het beheer is belegd bij SDR. Over SDR, de Samenwerking Dienstverlening Randmeer, is men"
        " tevreden."
    )
    assert set(found) == {"organisation/sdr"}
    assert found["organisation/sdr"].labels == ("Samenwerking Dienstverlening Randmeer",)


def test_an_abbreviation_in_parentheses_is_a_label():
    found = minted("De gemeente werkt samen met Stichting Team Oost (STO).")
    assert found["organisation/stichting-team-oost"].labels == ("STO",)


@pytest.mark.parametrize(
    ("sentence", "entity", "acronym"),
    [
        (  # the initials of a hyphenated word's parts
            "De uitvoering ligt bij de Sociale Dienst Zuid-Randmeer (SDZR).",
            "body/sociale-dienst-zuid-randmeer",
            "SDZR",
        ),
        (  # the type head left out of the acronym
            "Het Samenwerkingsverband Zorg Randmeer (SZR) koopt in.",
            "body/samenwerkingsverband-zorg-randmeer",
            "SZR",
        ),
    ],
)
def test_an_acronym_in_parentheses_may_split_hyphens_or_leave_out_the_head(
    sentence, entity, acronym
):
    doc, ex = extract_text(sentence, f"De {acronym} voert ook de Wsw uit.")
    assert [m.text for m in ex.mentions if key(m.entity) == entity].count(acronym) == 2


def test_an_acronym_in_parentheses_that_fits_no_initials_is_no_label():
    found = minted("De gemeente werkt samen met Stichting Team Oost (ABC).")
    assert found["organisation/stichting-team-oost"].labels == ()


def test_every_occurrence_is_a_mention_once_the_name_is_known():
    doc, ex = extract_text(
        "Empatec is groot.", "De gemeente werkt samen met Empatec.", "Empatec groeit."
    )
    spans = [m.text for m in ex.mentions if key(m.entity) == "organisation/empatec"]
    assert spans == ["Empatec", "Empatec", "Empatec"]


def test_the_same_name_in_two_profiles_is_one_entity():
    iris = set()
    for title in ("Teststad", "Anderstad"):
        text = profile(("Bestuur", ["De gemeente werkt samen met Holland Rijnland."]), title=title)
        _, ex = extract_profile(text, name=title.lower())
        iris |= {e.iri for e in ex.entities.values() if e.minted and e.kind == "organisation"}
    assert [key(i) for i in iris] == ["organisation/holland-rijnland"]


def test_a_longer_name_replaces_the_known_mention_inside_it():
    _, ex = extract_text("De gemeente is aangesloten bij de GGD Middenland.")
    assert [(key(m.entity), m.text) for m in ex.mentions if m.sentence is not None] == [
        ("body/ggd-middenland", "GGD Middenland")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast Werkt De Gemeente hard.",  # sentence-initial and ordinary capitals
        "Individuele begeleiding wordt ingekocht via de Twentse raamcontracten.",  # an adjective
        "De gemeente werkt samen met Heerlen.",  # a municipality is the gazetteer's
        "De gemeente werkt samen met de VNG en via de Participatiewet.",  # a role and a law
        "Het Wmo-loket en de Huishoudelijke Hulp Toelage (HHT) worden genoemd.",  # no context
        "Ambtenaren vertellen dat Zorg belangrijk is.",  # a capital without context
        "De gemeente werkt niet samen met Heerlen.",
        "De inkoop loopt via de Twentse en Drentse raamcontracten.",  # coordinated adjectives
        "Het Venrayse College besloot anders.",  # a place adjective and a noun
        "Het maatschappelijk werk heeft een wachtlijst.",  # the sector without a name
        "De teams hebben vaak overleg (bijv. Maandag en Dinsdag).",  # no type noun before
        "Volgens Plan is dat genoeg.",  # a Dutch word
        "Volgens Jansen is dat genoeg, zegt wethouder Jansen.",  # a person
    ],
)
def test_ordinary_words_are_not_minted(sentence):
    assert minted(sentence) == {}


def test_the_acronym_a_head_names_is_the_same_entity_from_then_on():
    _, ex = extract_text("De uitvoering ligt bij Werkbedrijf KBN. KBN werkt ook voor Heerlen.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "body"]
    assert found == [("Werkbedrijf KBN", "body/werkbedrijf-kbn"), ("KBN", "body/werkbedrijf-kbn")]


def test_a_known_body_alone_stays_itself_after_a_name_it_opens():
    _, ex = extract_text(
        "Het UWV Werkbedrijf bemiddelt. Een medewerker van het UWV vertelt dat het goed gaat."
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind in ("organisation", "body")]
    assert found == [("UWV Werkbedrijf", "body/uwv-werkbedrijf"), ("UWV", "organisation/uwv")]


def test_a_place_after_volgens_stays_a_place():
    found = minted("Volgens Kromhout is het loket in Kromhout goed.")
    assert list(found) == ["place/kromhout"]


def test_section_headings_are_not_names():
    text = profile(
        ("Regionale Samenwerking", ["De gemeente werkt samen met Heerlen."]),
        ("Maatwerk Versus Regio", ["Ambtenaren zijn tevreden."]),
    )
    _, ex = extract_profile(text)
    assert not [e for e in ex.entities.values() if e.minted and e.kind != "municipality"]


def test_cue_lists_are_data_with_kinds():
    cues = load_cues()
    assert cues.type_kind("zorgcoöperatie") == "organisation"
    assert cues.type_kind("regio") == "region"
    assert cues.type_kind("wijkteam") is None
    assert set(cues.leading_heads.values()) <= {"organisation", "body", "region"}


def test_a_scale_region_carries_the_name_of_its_area():
    _, ex = extract_text("De gemeente valt onder de jeugdregio Noorderkwartier-Zuid.")
    region = ex.entities[next(m.entity for m in ex.mentions if m.text.startswith("jeugdregio"))]
    assert key(region.iri) == "region/jeugdregio-noorderkwartier-zuid"
    assert "Noorderkwartier-Zuid" in region.labels


def test_a_reference_labour_market_region_carries_the_name_of_its_area():
    _, ex = extract_text("De gemeente valt onder de arbeidsmarktregio Rijk van Nijmegen.")
    found = [m for m in ex.mentions if m.kind == "region"]
    assert [key(m.entity) for m in found] == ["region/arbeidsmarktregio-rijk-van-nijmegen"]
    assert ex.entities[found[0].entity].labels == ("Rijk van Nijmegen",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "<Words> <area>": the usual name of a regional organisation
        ("De gemeenten werken samen in Sociaal Domein Fryslân.", "sociaal-domein-fryslan"),
        ("Zorgbelang Deventer ziet meer aanmeldingen.", "zorgbelang-deventer"),
        # a sentence-initial single word with a type noun in apposition
        ("Ergon, het sw-bedrijf van de regio, voert de Wsw uit.", "ergon"),
        # insurers and care offices are organisation types
        ("De gemeente werkt samen met zorgverzekeraar Vitalis.", "vitalis"),
        # a service delivered by, awarded to or offered at a party
        ("De huishoudelijke hulp wordt geleverd door Tzorg.", "tzorg"),
        ("De gemeente heeft de ambulante jeugdhulp gegund aan Karakter.", "karakter"),
        ("Voor schuldhulp kunnen inwoners terecht bij Plangroep.", "plangroep"),
    ],
)
def test_open_world_names_in_general_dutch(sentence, expected):
    assert expected in {k.split("/", 1)[1] for k in minted(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente ligt in Noord Deventer.",  # compass word + area: a place, not a body
        "Het college van de Gemeente Deventer besluit.",
    ],
)
def test_an_area_after_a_compass_or_council_word_is_no_organisation(sentence):
    assert not [k for k in minted(sentence) if k.startswith(("organisation/", "body/"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "de regio is X" names the region X, unless X is a known place
        ("Onze regio heet Noordkwartier.", {"region/noordkwartier"}),
        ("Binnen de regio is Almelo centrumgemeente.", set()),
        ("In de regio is Enschede het grootst.", set()),
    ],
)
def test_de_regio_is_names_a_region_but_never_a_known_place(sentence, expected):
    assert {k for k in minted(sentence) if k.startswith("region/")} == expected


def test_a_bare_article_does_not_join_a_name_and_the_object_after_it():
    names = minted("Sinds 2015 voert het Werkplein Salland de Participatiewet uit.")
    assert "body/werkplein-salland" in names
    assert not [k for k in names if "participatiewet" in k]


def test_a_bare_article_joins_only_an_organisational_head_to_the_name_after_it():
    assert "organisation/stichting-de-zonnebloem" in minted(
        "De gemeente werkt samen met Stichting de Zonnebloem."
    )
    # a municipality, the article, then the body it forms: two names, not one
    names = minted("Met Leusden en Woudenberg vormt Teststad de Regio Vallei.")
    assert "body/regio-vallei" in names
    assert not [k for k in names if "teststad" in k]


@pytest.mark.parametrize(
    "sentence",
    [
        "Een organisatie als Careander is positief.",  # examples follow a plural type noun
        "De gemeente als Opdrachtgever betaalt.",
        "Partners als Careander doen mee.",  # no type noun
    ],
)
def test_examples_need_a_plural_type_noun(sentence):
    assert not [k for k in minted(sentence) if k.startswith("organisation/")]


def test_an_acronym_in_parentheses_alone_makes_no_name_of_ordinary_words():
    # a scheme or a policy field spelled out with its acronym is no organisation
    assert minted("Met de Huishoudelijke Hulp Toelage (HHT) werd hulp betaald.") == {}


def test_a_sentence_initial_conjunction_opens_no_name():
    got = minted("Hoewel Heerlen centrumgemeente is, koopt de gemeente zelf in.")
    assert not [iri for iri in got if "hoewel" in iri]


def test_an_acronym_spelled_out_once_is_that_name_wherever_it_stands():
    doc, ex = extract_text(
        "De gemeente koopt de jeugdhulp in via OZN.",
        "De Organisatie voor Zorg Noord (OZN) koopt in voor vier gemeenten.",
    )
    found = {key(m.entity) for m in ex.mentions if doc.text[m.start : m.end] == "OZN"}
    # what the municipality buys through is a joint body (nameshapes.joined_kind)
    assert found == {"body/organisatie-voor-zorg-noord"}
    spans = [(m.start, m.end) for m in ex.mentions if m.kind == "body"]
    assert len(spans) == len(set(spans))  # one mention per occurrence


def test_openbaar_lichaam_names_a_body():
    assert "body/openbaar-lichaam-noord" in minted("Het Openbaar Lichaam Noord koopt in.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a joint body of municipalities: an intermunicipal body
            "De centrumregeling, waarin de gemeente en Leusden samenwerken, loopt goed.",
            "body/centrumregeling",
        ),
        (  # an organisation works in it too
            "Het werkgeversservicepunt, waarin gemeente en UWV samen werkgevers benaderen, loopt.",
            "organisation/werkgeversservicepunt",
        ),
        (  # the relative adverb in capitals: the sentence gate reads it without case
            "De centrumregeling, WAARBINNEN de gemeente en Leusden samenwerken, loopt goed.",
            "body/centrumregeling",
        ),
    ],
)
def test_a_joint_body_defined_by_its_members_is_named_by_its_type_noun(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the bare type noun names no one body
        "De regeling, waarin de gemeente en Leusden samenwerken, loopt goed.",
        # no joint work in the clause
        "Het werkgeversservicepunt, waarbij veel werkgevers zijn aangesloten, loopt goed.",
    ],
)
def test_a_type_noun_without_a_joint_definition_is_no_name(sentence):
    assert minted(sentence) == {}


def test_a_sector_noun_opening_a_capitalised_name_makes_it_an_organisation():
    _, ex = extract_text(
        "Thuiszorg West-Brabant levert de hulp en Welzijn Rivierenland organiseert activiteiten.",
        "Het Zorgkantoor Menzis regelt de Wlz. Welzijn en zorg zijn belangrijk.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "organisation"]
    assert found == [
        ("Thuiszorg West-Brabant", "organisation/thuiszorg-west-brabant"),
        ("Welzijn Rivierenland", "organisation/welzijn-rivierenland"),
        ("Zorgkantoor Menzis", "organisation/zorgkantoor-menzis"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a foundation with its legal form last
        ("De Jan Pieters Stichting biedt opvang.", "organisation/jan-pieters-stichting"),
        # a name listed after a known organisation
        ("De gemeente werkt samen met het UWV en Randwerk.", "organisation/randwerk"),
        # a partner fronted with "Met" before an agreement
        ("Met Randzorg zijn afspraken gemaakt over de zorg.", "organisation/randzorg"),
        # the context phrases of joint work, service and dependence
        ("De gemeente werkt met Randzorg aan preventie.", "organisation/randzorg"),
        ("Teststad trekt samen op met Randzorg.", "organisation/randzorg"),
        ("Cliëntondersteuning wordt geboden door Randzorg.", "organisation/randzorg"),
        ("De gemeente is afhankelijk van Randzorg.", "organisation/randzorg"),
        ("De opvang gebeurt in opdracht van Randzorg.", "organisation/randzorg"),
    ],
)
def test_more_names_licensed_by_form_list_or_context(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Met Kerstmis gaat het goed.",  # "Met" with no agreement after it
        "Met Pasen is er een markt.",
    ],
)
def test_a_fronted_name_without_an_agreement_is_not_minted(sentence):
    assert not minted(sentence)


def test_a_name_holding_a_task_is_minted():
    assert "organisation/randwerk" in minted("De uitvoering van de Wsw ligt bij Randwerk.")


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente werkt samen met de woningcorporatie (Randwonen).",
        "De gemeente heeft een overeenkomst gesloten met Randwonen.",
    ],
)
def test_a_name_in_parentheses_after_a_type_noun_or_after_a_signed_agreement(sentence):
    assert "organisation/randwonen" in minted(sentence)


def test_a_capital_in_parentheses_without_a_type_noun_is_not_minted():
    assert not minted("De kosten stijgen (Randwonen).")


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente heeft een dienstverleningsovereenkomst met Randwonen.",
        "De gemeente heeft prestatieafspraken met Randwonen.",
        "De gemeente is vertegenwoordigd in het bestuur van Randwonen.",
    ],
)
def test_a_name_after_a_compound_agreement_or_a_board_is_minted(sentence):
    assert "organisation/randwonen" in minted(sentence)


def test_a_name_leaving_out_a_shared_part_is_one_name():
    found = minted("Teststad is aangesloten bij de GGD Noord- en Oost-Randland.")
    assert found["body/ggd-noord-en-oost-randland"].label == "GGD Noord- en Oost-Randland"


def test_two_areas_sharing_a_part_are_no_organisation():
    assert not minted("De gemeente werkt samen met Noord- en Zuid-Randland.")


@pytest.mark.parametrize(
    ("sentence", "expected", "label"),
    [
        (
            "Teststad hoort bij de regio Noord- en Midden-Randland.",
            "region/noord-en-midden-randland",
            "Noord- en Midden-Randland",
        ),
        (
            "Teststad valt onder de jeugdregio Noord- en Midden-Randland.",
            "region/jeugdregio-noord-en-midden-randland",
            "jeugdregio Noord- en Midden-Randland",
        ),
    ],
)
def test_a_group_named_by_two_compass_parts_is_one_name(sentence, expected, label):
    found = minted(sentence)
    assert set(found) == {expected}
    assert found[expected].label == label


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente werkt samen met de Dienst Werk en Inkomen Dalland.",
            {"organisation/dienst-werk-en-inkomen-dalland"},
        ),
        (
            "Teststad werkt samen met Werk en Inkomen Dalland.",
            {"organisation/werk-en-inkomen-dalland"},
        ),
        (
            "De gemeente werkt samen met Stichting Zorg en Welzijn Dalland.",
            {"organisation/stichting-zorg-en-welzijn-dalland"},
        ),
        # two names of their own: a legal form after "en" opens the second
        (
            "Teststad werkt samen met Stichting Welzijn en Stichting Zorg Dalland.",
            {"organisation/stichting-welzijn", "organisation/stichting-zorg-dalland"},
        ),
        # a known place after "en" is no part of the name
        (
            "De gemeente werkt samen met Zorg Dalland en Heerlen.",
            {"organisation/zorg-dalland"},
        ),
    ],
)
def test_a_name_opening_with_two_coordinated_fields_is_one_name(sentence, expected):
    assert set(minted(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Randwerk ondersteunt inwoners bij het vinden van werk.", "organisation/randwerk"),
        ("Kompas voert het jongerenwerk uit voor de gemeente.", "organisation/kompas"),
        ("Zonnewijzer biedt schuldhulp aan inwoners.", "organisation/zonnewijzer"),
        ("Kompas organiseert activiteiten voor ouderen.", "organisation/kompas"),
        ("Kompas voert in opdracht van de gemeente het jongerenwerk uit.", "organisation/kompas"),
        ("Omnivaart regelt het regiotaxivervoer.", "organisation/omnivaart"),
        ("Kompas zet vrijwilligers in bij de schuldhulp.", "organisation/kompas"),
        ("Kompas signaleert problemen bij jongeren.", "organisation/kompas"),
    ],
)
def test_a_lone_name_doing_an_organisations_work_is_an_organisation(sentence, name):
    assert set(minted(sentence)) == {name}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jaarlijks organiseert de gemeente een markt.",  # an adverb, then inversion
        "Vaak begeleidt de consulent jongeren.",
        "Momenteel coördineert een medewerker de inzet.",
        "Sindsdien verzorgt Kompas de toegang.",  # the name after the verb is the subject
        "Thuiszorg levert veel op.",  # a mass noun
        "Jansen ondersteunt het plan.",  # no organisation's work
        "Wethouder Jansen is tevreden. Jansen ondersteunt inwoners graag.",  # a person
        "De zorg is goed. Zorg levert veel op.",  # written in lower case elsewhere
        "Corona levert problemen op.",  # "levert … op": yields
        "Iedereen levert een bijdrage.",  # a pronoun
        "Zodoende levert het project een bijdrage.",  # connective adverbs
        "Overigens verzorgt het team de intake.",
        "Tevens organiseert het buurthuis een inloop.",
    ],
)
def test_a_lone_capital_word_opening_a_sentence_stays_ordinary(sentence):
    assert "organisation/kompas" not in minted(sentence) and not {
        k for k in minted(sentence) if k != "organisation/kompas"
    }


def test_a_place_doing_work_stays_a_place():
    assert set(minted("Kromhout regelt veel zelf. In Kromhout is het dorpshuis.")) == {
        "place/kromhout"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarom regelt de gemeente veel zelf.",
        "Iedereen regelt het zelf.",
    ],
)
def test_a_lone_capital_word_opening_a_sentence_stays_ordinary_too(sentence):
    assert not minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        # a number between two words of one name
        (
            "De gemeente werkt samen met Stichting 040 Zorg.",
            "organisation/stichting-040-zorg",
            "organisation/stichting",
        ),
        # an abbreviated legal form is no part of the name
        (
            "De gemeente heeft een contract met Zorg Thuis B.V. voor de huishoudelijke hulp.",
            "organisation/zorg-thuis",
            "organisation/zorg-thuis-b",
        ),
        # two names doing an organisation's work together open a sentence
        (
            "Dichterbij en Proteion zijn gecontracteerd voor de begeleiding.",
            "organisation/proteion",
            "organisation/dichterbij-en-proteion",
        ),
        (
            "Dichterbij en Proteion leveren de cliëntondersteuning.",
            "organisation/dichterbij",
            "place/proteion",
        ),
    ],
)
def test_a_name_with_a_number_a_legal_form_or_a_partner(sentence, expected, not_expected):
    got = minted(sentence)
    assert expected in got and not_expected not in got


def test_ordinary_words_in_a_pair_are_no_names():
    assert minted("Jaarlijks en Soms leveren de gemeenten iets.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente werkt samen met een stichting genaamd Wijkkracht.",
        "Het wijkteam is ondergebracht bij een organisatie onder de naam Wijkkracht.",
        "De gemeente werkt samen met een vereniging met de naam Wijkkracht.",
    ],
)
def test_a_name_introduced_as_a_name_is_minted(sentence):
    assert "organisation/wijkkracht" in minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente werkt samen met Stichting Thuis in de Wijk.",
            "organisation/stichting-thuis-in-de-wijk",
        ),
        (
            "Teststad is lid van Vereniging Leven met Dementie.",
            "organisation/vereniging-leven-met-dementie",
        ),
        ("De gemeente werkt samen met Stichting MEE in Heerlen.", "organisation/stichting-mee"),
        ('De gemeente werkt samen met de stichting "Samen Sterk".', "organisation/samen-sterk"),
        ("Het werk is ondergebracht bij ‘De Brug’, een stichting.", "organisation/de-brug"),
    ],
)
def test_a_foundation_name_may_hold_prepositions_and_a_name_may_be_quoted(sentence, expected):
    assert expected in minted(sentence)


def test_a_quoted_phrase_without_a_cue_is_no_name():
    assert not minted('Het motto is "Samen Sterk" en dat klinkt goed.')


def test_the_owner_after_van_in_a_titled_run_is_a_name_of_its_own():
    found = minted("De Monitor Sociaal Domein van de GGD Noordland laat zien dat het goed gaat.")
    assert "body/ggd-noordland" in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De gemeente heeft een prestatieafspraak met Wonen Noord.", "organisation/wonen-noord"),
        ("De gemeente is in gesprek met Zorgkracht over de tarieven.", "organisation/zorgkracht"),
        ("De statushouders worden begeleid door Nieuwland.", "organisation/nieuwland"),
    ],
)
def test_the_new_relation_cues_license_a_name(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adjective of scope before an organisational head is part of the name
        ("Sociaal Werkbedrijf Randmeer biedt beschut werk.", "body/sociaal-werkbedrijf-randmeer"),
        (
            "Het Regionaal Werkbedrijf Oost ziet veel aanmeldingen.",
            "body/regionaal-werkbedrijf-oost",
        ),
        # a capitalised compound type noun opens a name of its kind
        (
            "Het Inkoopbureau Heuvelrand koopt de begeleiding in.",
            "body/inkoopbureau-heuvelrand",
        ),
        (
            "Het UWV en de gemeente werken samen in het Werkgeversservicepunt Heuvelrand.",
            "body/werkgeversservicepunt-heuvelrand",
        ),
    ],
)
def test_an_adjective_or_a_compound_type_noun_may_open_a_name(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "kind"),
    [
        # a legal form or an office as the last part of a compound opening the sentence is
        # part of the name, also before a municipality's name
        (
            "Woningstichting Den Helder ziet meer huurders met schulden.",
            "woningstichting-den-helder",
            "organisation",
        ),
        ("Zorgstichting Randmeer ziet meer cliënten.", "zorgstichting-randmeer", "organisation"),
        # a regional purchasing office and a metropolitan region are shared bodies
        (
            "Regionaal Inkoopbureau Jeugd Heuvelrand koopt de jeugdhulp in.",
            "regionaal-inkoopbureau-jeugd-heuvelrand",
            "body",
        ),
        ("Metropoolregio Heuvelrand coördineert de inkoop.", "metropoolregio-heuvelrand", "body"),
        # a describing type noun stays outside the name
        ("Woningcorporatie Randmeer ziet meer huurders met schulden.", "randmeer", "organisation"),
    ],
)
def test_a_sentence_initial_compound_head_is_part_of_the_name(sentence, expected, kind):
    found = {k.split("/", 1)[1]: e.kind for k, e in minted(sentence).items()}
    assert found.get(expected) == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a type noun in a copula's predicate names the subject
        ("Synthese is de welzijnsorganisatie in de gemeente.", "organisation/synthese"),
        (
            "Vincent van Gogh is de grote GGZ-instelling in de regio.",
            "organisation/vincent-van-gogh",
        ),
        # parties named after their role
        ("De grootste aanbieders zijn Careaz en Zorggroep Oost.", "organisation/careaz"),
    ],
)
def test_a_predicate_type_noun_or_a_role_names_the_party(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Inwoners van Heerlen zijn tevreden.",
        "De aanbieders zijn tevreden over de samenwerking.",
        "Teststad is een gemeente in het oosten.",
    ],
)
def test_a_copula_without_a_type_noun_names_nothing(sentence):
    assert not minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De Vrijwilligerscentrale ondersteunt mantelzorgers en vrijwilligers.",
            "organisation/vrijwilligerscentrale",
        ),
        (
            "Het Steunpunt Mantelzorg biedt ondersteuning aan mantelzorgers.",
            "organisation/steunpunt-mantelzorg",
        ),
    ],
)
def test_a_name_after_an_article_is_known_by_its_typical_work(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # written in lower case elsewhere: an ordinary word
        "De Buurtzorg biedt ondersteuning aan ouderen. Ook andere buurtzorg is er.",
        # no typical work after it
        "De Vrijwilligerscentrale is gesloten.",
    ],
)
def test_an_article_and_a_capital_without_typical_work_name_nothing(sentence):
    assert not minted(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De zeven gemeenten in Zuidwest-Friesland werken samen.",
            "region/zuidwest-friesland",
        ),
        ("Teststad werkt samen met Oost-Achterhoek.", "region/oost-achterhoek"),
    ],
)
def test_a_compass_part_of_a_known_area_is_a_region(sentence, expected):
    assert expected in minted(sentence)


def test_a_compass_word_apart_from_the_area_names_no_region():
    assert not minted("De gemeente ligt in het noorden van Friesland.")


def test_a_head_or_acronym_alone_is_the_one_name_it_opens():
    _, ex = extract_text(
        "De gemeente is aangesloten bij de ISD Heuvelrand. De ISD voert de bijstand uit.",
        "Over de ISD en het Werkplein Oost is de gemeente tevreden. Het Werkplein helpt.",
    )
    by_text = {m.text: key(m.entity) for m in ex.mentions}
    assert by_text["ISD"] == "body/isd-heuvelrand"
    assert "organisation/isd" not in {key(e) for e in ex.entities}


def test_a_head_opening_two_names_stays_apart():
    found = minted("De ISD Noord en de ISD Zuid werken samen. De ISD voert de bijstand uit.")
    assert {"body/isd-noord", "body/isd-zuid"} <= set(found)


@pytest.mark.parametrize(
    ("sentences", "short", "iri"),
    [
        (
            "De gemeenten kopen de jeugdhulp in via de Serviceorganisatie Jeugd (SOJ)."
            " De SOJ sluit contracten met aanbieders.",
            "SOJ",
            "organisation/serviceorganisatie-jeugd",
        ),
        (
            "De Participatiewet is belegd bij Werkbedrijf Rivierenland (WBR)."
            " Het WBR heeft een wachtlijst.",
            "WBR",
            "body/werkbedrijf-rivierenland",
        ),
        (
            "De bijstand is belegd bij de Intergemeentelijke Sociale Dienst Oostland"
            " (ISD Oostland). Volgens de ISD is dat een goede keuze.",
            "ISD",
            "body/intergemeentelijke-sociale-dienst-oostland",
        ),
    ],
)
def test_short_form_in_parentheses_is_the_name_wherever_it_recurs(sentences, short, iri):
    """A short form given in parentheses whose letters are the name's, in order ("WBR" for
    "Werkbedrijf Rivierenland"), also with the name's last words ("ISD Oostland"), is the
    same entity, in the parentheses and later with "de" / "het"."""
    _, ex = extract_text(sentences)
    found = [key(m.entity) for m in ex.mentions if m.text.startswith(short)]
    assert len(found) == 2 and set(found) == {iri}


def test_acronym_ending_a_headed_name_recurs_alone():
    """An acronym that ends a name opened by a head ("Gemeenschappelijke Regeling NCG") is
    that name wherever it recurs ("De NCG heeft …")."""
    _, ex = extract_text(
        "De Gemeenschappelijke Regeling NCG voert de Participatiewet uit."
        " De NCG heeft een goede band met werkgevers."
    )
    found = [key(m.entity) for m in ex.mentions if m.text == "NCG"]
    assert found == ["body/gemeenschappelijke-regeling-ncg"]


def test_regional_mee_foundation_is_its_own_organisation():
    """The regional MEE foundation ("MEE Oost") opened by the national name is one, so a
    list goes on after it; a bare "MEE" stays the national body."""
    _, ex = extract_text(
        "Het Sociaal Team bestaat uit medewerkers van de gemeente, MEE Oost, Kwadraad en de GGD."
    )
    keys = {key(m.entity) for m in ex.mentions}
    assert {"organisation/mee-oost", "organisation/kwadraad"} <= keys
    _, ex = extract_text("De gemeente werkt samen met MEE.")
    assert "organisation/mee" in {key(m.entity) for m in ex.mentions}


@pytest.mark.parametrize(
    "sentences",
    [
        "Het maatschappelijk werk wordt uitgevoerd door Stichting Welzijn Oost."
        " Welzijn Oost heeft ook de mantelzorgondersteuning in handen.",
        "De gemeente werkt samen met Welzijn Oost."
        " Stichting Welzijn Oost voert het jongerenwerk uit.",
    ],
)
def test_foundation_without_its_legal_form_is_the_same_organisation(sentences):
    """ "Stichting Welzijn Oost" and a later or earlier "Welzijn Oost" are one organisation."""
    _, ex = extract_text(sentences)
    found = {key(m.entity) for m in ex.mentions if "Welzijn Oost" in m.text}
    assert found == {"organisation/stichting-welzijn-oost"}


def test_professionals_of_listed_organisations():
    """Professionals "van onder meer A, B en de gemeente" are staff of organisations: A and B
    are names even when no other cue marks them."""
    _, ex = extract_text(
        "Achter het loket werken zes gebiedsteams met professionals van onder meer Kwadrant,"
        " Humanitas en de gemeente zelf."
    )
    assert {"organisation/kwadrant", "organisation/humanitas"} <= {
        key(m.entity) for m in ex.mentions
    }


@pytest.mark.parametrize(
    ("sentences", "acronym", "long"),
    [
        (
            "Het WSP, het Werkgeversservicepunt Vallei, bemiddelt werkzoekenden."
            " Het WSP is gevestigd in Teststad.",
            "WSP",
            "Werkgeversservicepunt Vallei",
        ),
        (
            "Het RIC, het Regionaal Inkoopcentrum, koopt de jeugdhulp in.",
            "RIC",
            "Regionaal Inkoopcentrum",
        ),
    ],
)
def test_acronym_with_letters_from_inside_the_compounds_of_its_apposition(sentences, acronym, long):
    """An acronym whose letters stand in order in the name in apposition after it, inside its
    compounds too, is one entity with that name."""
    _, ex = extract_text(sentences)
    found = {key(m.entity) for m in ex.mentions if m.text in (acronym, long)}
    assert len(found) == 1


def test_name_set_off_by_commas_after_a_type_noun():
    """A name in apposition between commas after a singular type noun ("Het werkbedrijf,
    Vallei Werkt, voert …") is a name of that kind."""
    got = minted("Het werkbedrijf, Vallei Werkt, voert de Participatiewet uit.")
    assert "body/vallei-werkt" in got


def test_name_before_the_predicate_of_an_inverted_copula():
    """ "In de gemeente is Kwadrant de grootste welzijnsorganisatie": the predicate's type noun
    makes the subject after the copula a name, as after "X is de …" it does."""
    assert "organisation/kwadrant" in minted(
        "In de gemeente is Kwadrant de grootste welzijnsorganisatie."
    )


def test_a_group_name_with_en_is_one_name():
    # "de regio Dal en Heuvel" is one region, not the regions Dal and Heuvel
    names = minted("De gemeente werkt binnen de regio Dal en Heuvel samen met Heerlen.")
    assert set(names) == {"region/dal-en-heuvel"}
    names = minted("De gemeenschappelijke regeling Dal en Heuvel voert de leerplicht uit.")
    assert set(names) == {"body/dal-en-heuvel"}


def test_a_known_place_after_en_ends_the_group_name():
    names = minted("Teststad ligt in de regio Kempenland en Heerlen ligt in Limburg.")
    assert set(names) == {"region/kempenland"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambtelijk is de organisatie klein.",  # an adverb opens the sentence
        "Financieel is de stichting gezond.",
        "Daarnaast werkt de gemeente samen met Sportclubs.",  # a plural common noun
        "De gemeente werkt samen met ZZP'ers.",
    ],
)
def test_no_name_from_a_capitalised_common_word(sentence):
    assert minted(sentence) == {}


def test_a_proper_name_after_a_cue_is_still_minted():
    assert set(minted("De gemeente werkt samen met Buurtkracht.")) == {"organisation/buurtkracht"}


def test_a_support_point_is_named_by_its_field():
    assert set(minted("Het Steunpunt Mantelzorg helpt 300 mantelzorgers.")) == {
        "organisation/steunpunt-mantelzorg"
    }
    assert not minted("Het steunpunt helpt 300 mantelzorgers.")


def test_local_branches_of_national_associations_keep_their_area():
    assert set(minted("Voedselbank Heuvelland groeit.")) == {"organisation/voedselbank-heuvelland"}
    assert set(minted("Vluchtelingenwerk Heuvelland groeit.")) == {
        "organisation/vluchtelingenwerk-heuvelland"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Elkien geeft aan dat de wachtlijst groeit.", {"organisation/elkien"}),
        ("De Zorgboog vertelt dat het druk is.", {"organisation/zorgboog"}),
        # a Dutch word or a municipality's name is no organisation for speaking
        ("Onderzoek toont aan dat het werkt.", set()),
        ("Hengelo geeft aan dat het goed gaat.", set()),
    ],
)
def test_an_unknown_name_speaking_is_an_organisation(sentence, expected):
    assert set(minted(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an unknown acronym opening a proper name is an organisation's name
        ("Het WSP Dalland is tevreden.", "organisation/wsp-dalland"),
        ("De RSD Dalland-Oost verstrekt de uitkeringen.", "organisation/rsd-dalland-oost"),
        # a shared executive service gives its name in parentheses
        ("De regionale uitvoeringsdienst (RUD Dalland) is tevreden.", "body/rud-dalland"),
        # a name in parentheses after a definite description
        ("De sociale werkvoorziening (Dalwerk) biedt beschut werk.", "organisation/dalwerk"),
        ("Het regionale wijkteam (Team Dalland) is tevreden.", "organisation/team-dalland"),
        # a charitable fund carries its type last
        ("Het Kromveld Fonds steunt de pilot.", "organisation/kromveld-fonds"),
    ],
)
def test_acronym_led_names_and_shared_services(sentence, expected):
    assert expected in minted(sentence)


def test_a_service_spelled_with_en_is_not_cut_into_bodies():
    assert not minted("Dienst Werk en Inkomen Dalland is tevreden.")


def test_an_abbreviation_or_a_word_in_parentheses_is_no_name():
    assert not minted("Het persoonlijk budget (PB) is op.")
    assert not minted("In de zomer (Juli) was het druk.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an acronym hyphened to a head noun it closes with
        ("Het werk ligt bij DWK-groep.", "organisation/dwk-groep"),
        # a shared service of several municipalities is a body
        (
            "DWK-groep voert de sociale werkvoorziening uit voor Heerlen en Teststad.",
            "body/dwk-groep",
        ),
        (
            "Dalwerk Groep voert de re-integratie uit voor Heerlen, Landgraaf en Teststad.",
            "body/dalwerk-groep",
        ),
        (
            "Stichting Dalwerk voert de re-integratie uit voor Heerlen.",
            "organisation/stichting-dalwerk",
        ),
    ],
)
def test_an_acronym_and_its_head_and_a_service_shared_by_municipalities(sentence, expected):
    assert expected in minted(sentence)


def test_the_first_part_of_another_compound_is_still_no_name():
    assert not minted("De DWK-regeling werkt goed.")


def test_a_party_in_which_municipalities_take_part_is_a_body():
    got = minted("De inkoop loopt via Inkoopbureau Dalland, waarin zeventien gemeenten deelnemen.")
    assert "body/inkoopbureau-dalland" in got
    assert "organisation/stichting-dalwerk" in minted(
        "De inkoop loopt via Stichting Dalwerk, waarin zeventien gemeenten deelnemen."
    )


def test_a_name_with_a_compound_head_is_also_labelled_without_it():
    found = minted("Welzijnsstichting De Brug begeleidt de statushouders.")
    entity = found["organisation/welzijnsstichting-de-brug"]
    assert "De Brug" in entity.labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De samenwerking met het UWV op het Werkplein Vallei verloopt goed.",
            "body/werkplein-vallei",
        ),
        (
            "Stichting Welzijn Noord aan de Markt helpt inwoners.",
            "organisation/stichting-welzijn-noord",
        ),
    ],
)
def test_a_location_after_op_or_aan_with_an_article_is_no_part_of_a_name(sentence, expected):
    found = minted(sentence)
    assert expected in found
    assert not [k for k in found if "-op-het-" in k or "-aan-de-" in k]


def test_a_name_after_a_name_compound_type_noun_is_also_labelled_with_it():
    found = minted("Volgens woonstichting Dalland moet de corporatie meer bouwen.")
    (entity,) = [e for k, e in found.items() if k.endswith("/dalland")]
    assert "woonstichting Dalland" in entity.labels


def test_a_question_opening_with_its_verb_names_no_organisation():
    assert not minted("Is Teststad klaar voor de toekomst?")


def test_a_bare_aan_before_a_known_place_joins_no_name():
    found = minted("In het oosten grenst Alphen aan Bodegraven-Reeuwijk en Waddinxveen.")
    assert not [k for k in found if "-aan-" in k]


def test_de_dienst_refers_to_the_body_named_with_it():
    _, ex = extract_text(
        "De Participatiewet is belegd bij de Sociale Dienst Dalland. De dienst rapporteert aan de"
        " raad."
    )
    said = [m for m in ex.mentions if m.text == "dienst"]
    assert said and key(said[0].entity) == "body/sociale-dienst-dalland"


def test_a_compound_head_before_an_area_gives_the_area_no_label_of_the_name():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Het Werkpunt Twente voert de sociale werkvoorziening uit. Twente vergrijst snel."
    )
    named = {key(m.entity) for m in ex.mentions if m.text == "Twente"}
    assert named == {"region/twente"}
    werkpunt = next(e for iri, e in ex.entities.items() if "werkpunt" in iri)
    assert "Twente" not in werkpunt.labels


def test_a_head_and_the_region_it_serves_are_one_name():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("De jeugdgezondheidszorg is belegd bij de GGD regio Heuvelrand.")
    found = {(m.text, key(m.entity)) for m in ex.mentions}
    assert ("GGD regio Heuvelrand", "body/ggd-regio-heuvelrand") in found


def test_a_profile_without_open_world_names_still_reads_its_anaphors():
    from kg.document import parse_profile
    from kg.extract.anaphora import with_anaphors
    from kg.extract.organisations import with_organisations

    doc = parse_profile(
        "T\n\nM\n\nBestuur\n\nDe raad is kritisch. Deze raad wil meer.\n", "t", set()
    )
    mentions, minted = with_organisations(doc, [])
    assert minted == {}
    assert mentions == with_anaphors(doc, [])


def test_an_abstract_noun_fronted_at_the_sentence_start_is_no_name():
    _, ex = extract_text("Eenzaamheid ziet de ouderenbond niet als groot probleem.")
    assert not [m for m in ex.mentions if m.kind == "organisation"]


def _mentioned(*paragraphs):
    doc, ex = extract_text(*paragraphs)
    return {(doc.text[m.start : m.end], key(m.entity)) for m in ex.mentions}


def test_het_rivierenland_is_the_landstreek_and_regio_rivierenland_its_joint_body():
    # the landstreek (Wikipedia, "Lijst van streken in Nederland") is a region; the joint
    # arrangement with its own capital is a body (gold README: "Regio Twente")
    found = _mentioned(
        "Teststad is een stad in het Rivierenland. De jeugdhulp wordt ingekocht via de Regio"
        " Rivierenland."
    )
    assert ("Rivierenland", "region/rivierenland") in found
    assert ("Regio Rivierenland", "body/regio-rivierenland") in found


def test_in_de_regio_x_after_the_lower_case_region_is_that_region():
    found = _mentioned(
        "Teststad ligt in de regio Rivierenland. Teststad werkt samen met Tiel in de Regio"
        " Rivierenland."
    )
    assert not any(k == "body/regio-rivierenland" for _, k in found)


def test_a_compass_part_named_by_the_areas_adjective_is_that_part():
    # gold README: "het Noordoost-Twentse overleg" is region/noordoost-twente
    found = _mentioned("Teststad werkt samen in het Noordoost-Twentse overleg.")
    assert ("Noordoost-Twentse", "region/noordoost-twente") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Om negen uur staat Yusuf, jobcoach bij Werkmaat, in de kantine.", "werkmaat"),
        ("Een consulent bij Plusvoor ziet de wachtlijst groeien.", "plusvoor"),
        ("Marieke is al tien jaar werkzaam bij Zorgkracht.", "zorgkracht"),
        ("Twee medewerkers bij Welkoop helpen met de formulieren.", "welkoop"),
    ],
)
def test_the_organisation_a_post_is_held_at(sentence, expected):
    assert expected in {k.split("/", 1)[1] for k in minted(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Een consulent bij de gemeente ziet de wachtlijst groeien.",
        "Zij is werkzaam bij Deventer en omstreken.",
    ],
)
def test_a_post_at_the_municipality_or_a_place_mints_nothing(sentence):
    assert not [k for k in minted(sentence) if k.startswith(("organisation/", "body/"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bestuur: Drechtraad en Drechtstedenbestuur.",
            {"body/drechtraad", "body/drechtstedenbestuur"},
        ),
        ("Bestuur: Valleiraad.", {"body/valleiraad"}),
        ("Bestuursorganen: Regioraad Vallei en Kernteam Vallei.", {"body/regioraad-vallei"}),
        ("Het bestuur: Heuvelraad en Heuvelbestuur.", {"body/heuvelraad", "body/heuvelbestuur"}),
    ],
)
def test_the_value_of_a_governing_bodies_line_names_bodies(sentence, expected):
    assert expected <= set(minted(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bestuur: college en raad.",
        "Uit de gesprekken met ambtenaren: Voorbereiding krap.",
        "Werkdruk: Hoog, vooral in de wijken.",
    ],
)
def test_a_value_after_another_label_is_no_name(sentence):
    assert not [k for k in minted(sentence) if k.startswith(("organisation/", "body/"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "De heer Jansen (GroenLinks) vraagt of de wachtlijst korter wordt.",
        "Mevrouw Bos (ChristenUnie) vindt de eigen bijdrage te hoog.",
        "Volgens de fractie van de PvdA is het budget te krap.",
        "GroenLinks en D66 stemden tegen het voorstel.",
    ],
)
def test_a_political_party_is_no_organisation(sentence):
    _, ex = extract_text(sentence)
    assert not [m for m in ex.mentions if m.kind == "organisation"]


def test_a_name_that_holds_a_party_name_stays_an_organisation():
    _, ex = extract_text("De gemeente werkt samen met Stichting GroenLinks Wonen.")
    assert ("organisation/stichting-groenlinks-wonen", "Stichting GroenLinks Wonen") in {
        (key(m.entity), m.text) for m in ex.mentions
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("De Parel-groep, het sociaal werkbedrijf, biedt beschut werk.", "Parel-groep"),
        ("Beschut werk wordt geboden door de Kompas-groep in Heerlen.", "Kompas-groep"),
        ("De gemeente werkt samen met Meander-zorg en de huisartsen.", "Meander-zorg"),
        ("Volgens de Horizon-groep is de wachtlijst gegroeid.", "Horizon-groep"),
    ],
)
def test_a_name_with_the_head_of_its_kind_after_a_hyphen_is_an_organisation(sentence, name):
    _, ex = extract_text(sentence)
    assert name in {m.text for m in ex.mentions if m.kind == "organisation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "De Wmo-raad is tevreden over de toegang.",
        "Het Jeugd-team is klein.",
        "Een deel van de Wlz-zorg is verschoven.",  # a law's abbreviation before the head
        "De Wmo-zorg wordt dichter bij huis geleverd.",
        "Veel Zvw-zorg is verschoven.",
    ],
)
def test_a_compound_part_without_the_head_of_a_kind_is_no_organisation(sentence):
    _, ex = extract_text(sentence)
    assert not [m for m in ex.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Welzijnshuis De Brug organiseert de inloop voor ouderen.", "Welzijnshuis De Brug"),
        ("Volgens Welzijnshuis Het Anker is de wachtlijst gegroeid.", "Welzijnshuis Het Anker"),
        (
            "In de teams werken Welzijnshuis De Schakel, MEE en de thuiszorg samen.",
            "Welzijnshuis De Schakel",
        ),
        ("De gemeente en Welzijnshuis Oost overleggen maandelijks.", "Welzijnshuis Oost"),
    ],
)
def test_a_welfare_house_with_its_name_is_an_organisation(sentence, name):
    _, ex = extract_text(sentence)
    assert name in {m.text for m in ex.mentions if m.kind == "organisation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In het welzijnshuis van het dorp is elke week een inloop.",
        "Het welzijnshuis is op maandag gesloten.",
    ],
)
def test_a_welfare_house_as_a_building_is_no_organisation(sentence):
    _, ex = extract_text(sentence)
    assert not {m for m in ex.mentions if m.kind == "organisation"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a civil service shared by municipalities under their joint acronym is a body
        ("Het beleid wordt geschreven door de HLT-organisatie.", "body/hlt-organisatie"),
        (
            "Teststad deelt met Heerlen en Landgraaf de THL-organisatie.",
            "body/thl-organisatie",
        ),
        ("Een adviseur van de DLV-organisatie is kritisch.", "body/dlv-organisatie"),
        ("Sinds 2014 werken de ambtenaren in de KTH-organisatie.", "body/kth-organisatie"),
    ],
)
def test_an_acronym_hyphened_to_organisatie_is_a_joint_body(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De zorg-organisatie in de wijk is versnipperd.",  # no name before the hyphen
        "De Wmo-organisatie is op orde.",  # a law's abbreviation
        "De organisatie van de Wmo is op orde.",
    ],
)
def test_a_compound_on_organisatie_without_an_acronym_is_no_body(sentence):
    assert not {k for k in minted(sentence) if k.endswith("organisatie")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Woningcorporatie deltaWonen stelt dat de huur stijgt.", "organisation/deltawonen"),
        ("Volgens woningcorporatie thuisWonen is de wachtlijst lang.", "organisation/thuiswonen"),
        ("De gemeente werkt samen met welzijnsorganisatie kwadraZorg.", "organisation/kwadrazorg"),
        ("Stichting iMpuls biedt schuldhulp in de wijken.", "organisation/stichting-impuls"),
    ],
)
def test_a_camel_case_name_after_its_kind_noun_is_a_name(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente zet steeds vaker eHealth in bij de thuiszorg.",
        "Cliënten kunnen een aanvraag doen via eLoket of mijnGemeente.",
        "Het programma iZorg loopt nog tot 2017.",
        "De woningcorporatie ziet dat de wachtlijst groeit.",
    ],
)
def test_a_camel_case_word_without_a_kind_noun_names_nothing(sentence):
    assert not any(k.startswith(("organisation/", "body/")) for k in minted(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Woonvereniging Lindenhof, de kleinste corporatie, is voorzichtig.",
            "organisation/woonvereniging-lindenhof",
        ),
        (
            "Volgens Woonvereniging De Eendracht groeit de wachtlijst.",
            "organisation/woonvereniging-de-eendracht",
        ),
        (
            "De gemeente sprak met Woonvereniging Beter Wonen over statushouders.",
            "organisation/woonvereniging-beter-wonen",
        ),
        (
            "Woonvereniging Oosterpoort huisvest dit jaar veertig statushouders.",
            "organisation/woonvereniging-oosterpoort",
        ),
    ],
)
def test_a_housing_association_keeps_its_legal_form_in_its_name(sentence, expected):
    assert expected in minted(sentence)


def test_a_bare_housing_association_noun_names_nothing():
    assert not minted("De woonvereniging is klein en heeft een wachtlijst.")
