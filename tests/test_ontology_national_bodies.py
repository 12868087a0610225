"""The ontology lists the extractor reads: provinces, regions of the country, laws."""

from __future__ import annotations

from rdflib import OWL, RDF, SKOS, URIRef

from kg.gazetteer import province_iri
from kg.namespaces import KG
from kg.ontology import load_ontology
from kg.reference import default_reference
from tests.extract_helpers import ONTOLOGY, extract_text, key


def test_every_reference_province_is_the_same_as_a_place_of_the_ontology():
    graph = load_ontology(ONTOLOGY)
    for name, _ in default_reference().provinces:
        places = list(graph.subjects(OWL.sameAs, URIRef(province_iri(name))))
        assert len(places) == 1, name
        assert (places[0], RDF.type, URIRef(KG + "Place")) in graph


def test_no_region_of_the_country_is_named_like_a_municipality():
    graph = load_ontology(ONTOLOGY)
    names = {m.official_name.casefold() for m in default_reference().municipalities}
    regions = set(graph.subjects(RDF.type, URIRef(KG + "Region")))
    labels = {
        str(label).casefold()
        for r in regions
        for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
        for label in graph.objects(r, p)
    }
    assert labels and not labels & names


def test_a_region_of_the_country_and_its_adjective_are_mentions():
    _, ex = extract_text(
        "Veel inwoners werken in de Achterhoek. De Twentse gemeenten en heel Twente volgen.",
        "Hof van Twente grenst aan de Gelderse gemeente Lochem.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind in ("region", "place")]
    assert found == [
        ("Achterhoek", "region/achterhoek"),
        ("Twentse", "region/twente"),
        ("Twente", "region/twente"),
        ("Gelderse", "place/gelderland"),
    ]


def test_neighbouring_laws_and_scheme_words_are_law_mentions():
    _, ex = extract_text(
        "Jongeren kunnen niet meer in de Wajong; de wijkverpleging valt onder de "
        "Zorgverzekeringswet en de Wlz verving de AWBZ.",
        "De gemeente heeft minder sw-plekken.",
    )
    laws = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "law"]
    assert laws == [
        ("Wajong", "law/wajong"),
        ("Zorgverzekeringswet", "law/zorgverzekeringswet"),
        ("Wlz", "law/wlz"),
        ("AWBZ", "law/awbz"),
        ("sw-plekken", "law/wsw"),
    ]


def test_the_safety_net_rule_and_sheltered_work_alone_are_no_law_mentions():
    # settled gold (thirty-first session, point 8): "vangnetregeling" is a rule of the
    # BUIG budget and "beschut werk" alone the sheltered-work problem, not the law named
    _, ex = extract_text(
        "De gemeente deed een beroep op de vangnetregeling.",
        "Het werkbedrijf wil beschut werk bieden. De re-integratie loopt via het UWV.",
    )
    laws = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "law"]
    assert laws == [("re-integratie", "law/participatiewet")]


def test_national_organisations_of_social_support_are_mentions():
    _, ex = extract_text(
        "Het Leger des Heils biedt nachtopvang; Vluchtelingenwerk begeleidt statushouders.",
        "MEE ondersteunt mensen met een beperking en vrijwilligers van Humanitas helpen bij "
        "de thuisadministratie.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "organisation"]
    assert found == [
        ("Leger des Heils", "organisation/leger-des-heils"),
        ("Vluchtelingenwerk", "organisation/vluchtelingenwerk"),
        ("MEE", "organisation/mee"),
        ("Humanitas", "organisation/humanitas"),
    ]


def test_the_same_words_in_lower_case_name_no_organisation():
    _, ex = extract_text(
        "Ouders gaan mee naar het gesprek. Mee door de vergrijzing stijgen de kosten.",
        "Het vluchtelingenwerk wordt door vrijwilligers gedaan.",
    )
    assert not [m for m in ex.mentions if m.kind == "organisation"]


def test_the_assessment_centre_the_prosecution_and_the_health_insurers_are_mentions():
    _, ex = extract_text(
        "Het CIZ indiceert de Wlz-zorg; het Openbaar Ministerie en de politie werken samen.",
        "Het zorgkantoor van VGZ en de zorgverzekeraars Menzis en Zilveren Kruis kopen in.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "organisation"]
    assert found == [
        ("CIZ", "organisation/ciz"),
        ("Openbaar Ministerie", "organisation/openbaar-ministerie"),
        ("VGZ", "organisation/vgz"),
        ("Menzis", "organisation/menzis"),
        ("Zilveren Kruis", "organisation/zilveren-kruis"),
    ]


def test_brabant_and_its_adjective_are_the_province():
    _, ex = extract_text("De Limburgse en Brabantse gemeenten en heel Brabant werken samen.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "place"]
    assert found == [
        ("Limburgse", "place/limburg"),
        ("Brabantse", "place/noord-brabant"),
        ("Brabant", "place/noord-brabant"),
    ]


def test_laws_written_with_one_capital_are_law_mentions():
    _, ex = extract_text("De Wwb, de bijstandswet en de Awbz zijn vervangen.")
    laws = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "law"]
    assert laws == [
        ("Wwb", "law/participatiewet"),
        ("bijstandswet", "law/participatiewet"),
        ("Awbz", "law/awbz"),
    ]


def test_research_institutes_and_care_associations_are_known_organisations():
    _, ex = extract_text(
        "Uit onderzoek van het Trimbos-instituut en Vektis blijkt dat de zorg duurder wordt.",
        "De gemeente werkt samen met de Zonnebloem, de KBO en Alzheimer Nederland.",
    )
    found = {key(m.entity) for m in ex.mentions if m.kind == "organisation"}
    assert {
        "organisation/trimbos-instituut",
        "organisation/vektis",
        "organisation/zonnebloem",
        "organisation/kbo",
        "organisation/alzheimer-nederland",
    } <= found


def test_national_networks_of_local_help_are_organisation_mentions():
    _, ex = extract_text(
        "Het Juridisch Loket geeft advies en Leergeld betaalt de schoolspullen.",
        "De IND verleent de vergunning. Dat was leergeld voor de gemeente.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "organisation"]
    assert found == [
        ("Juridisch Loket", "organisation/juridisch-loket"),
        ("Leergeld", "organisation/leergeld"),
        ("IND", "organisation/ind"),
    ]


def test_a_province_named_as_its_capital_is_the_place_of_that_name():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("Teststad ligt in de provincie Utrecht, dicht bij Utrecht.")
    found = {(m.text, key(m.entity)) for m in ex.mentions}
    assert ("provincie Utrecht", "place/utrecht") in found
    assert ("Utrecht", "municipality/utrecht") in found


def test_more_regions_of_the_country_are_mentions_and_name_the_bare_region_after_them():
    _, ex = extract_text(
        "Ermelo ligt op de Noord-Veluwe. In de regio is de werkloosheid hoog.",
        "Bergen op Zoom ligt aan de Brabantse Wal, in het westen van West-Brabant.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "region"]
    assert ("Noord-Veluwe", "region/noord-veluwe") in found
    assert ("regio", "region/noord-veluwe") in found
    assert ("Brabantse Wal", "region/brabantse-wal") in found
    assert ("West-Brabant", "region/west-brabant") in found


def test_the_centre_for_youth_and_family_is_an_organisation_not_a_youth_team():
    _, ex = extract_text(
        "Jeugd is ondergebracht in het Centrum voor Jeugd en Gezin. Het CJG werkt samen met "
        "het jeugdteam.",
    )
    found = {(m.text, key(m.entity)) for m in ex.mentions}
    assert ("Centrum voor Jeugd en Gezin", "organisation/centrum-voor-jeugd-en-gezin") in found
    assert ("CJG", "organisation/centrum-voor-jeugd-en-gezin") in found
    assert ("jeugdteam", "role/youth-team") in found


def test_anxiety_named_as_a_complaint_or_disorder_is_mental_health():
    _, ex = extract_text(
        "Jeugdartsen zien meer kinderen met angstklachten. Een kind met een angststoornis "
        "wacht lang. Ook angstproblemen bij ouderen nemen toe. Gedragsproblemen op school blijven.",
    )
    found = {(m.text, key(m.entity)) for m in ex.mentions if m.kind == "problem"}
    assert ("angstklachten", "problem/mental-health") in found
    assert ("angststoornis", "problem/mental-health") in found
    assert ("angstproblemen", "problem/mental-health") in found
    assert not any(text == "Gedragsproblemen" for text, _ in found)
