"""Anaphoric noun phrases that refer back to a named body or organisation."""

from __future__ import annotations

from kg.extract.anaphora import load_anaphors
from tests.extract_helpers import extract_text, finding_for, key


def mentions_of(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return [
        (key(m.entity), m.text)
        for m in ex.mentions
        if m.sentence is not None and m.kind in ("body", "organisation", "region")
    ]


def test_a_shared_arrangement_refers_to_the_body_named_before():
    found = mentions_of(
        "De gemeente maakt deel uit van Regio Vallei. Binnen die gemeenschappelijke regeling"
        " wordt de jeugdhulp ingekocht."
    )
    assert ("body/regio-vallei", "gemeenschappelijke regeling") in found


def test_the_corporation_refers_to_the_corporation_named_before():
    found = mentions_of(
        "Woningcorporatie Woonpunt wijst op de wachtlijst. De corporatie heeft met de gemeente"
        " afspraken gemaakt."
    )
    assert ("organisation/woonpunt", "corporatie") in found


def test_an_anaphor_in_capitals_is_read_past_the_sentence_gate():
    found = mentions_of(
        "De gemeente maakt deel uit van Regio Vallei. Binnen DIE GEMEENSCHAPPELIJKE REGELING"
        " wordt de jeugdhulp ingekocht."
    )
    assert ("body/regio-vallei", "GEMEENSCHAPPELIJKE REGELING") in found


def test_the_anaphor_replaces_the_generic_role_mention():
    _, ex = extract_text("Woningcorporatie Woonpunt groeit. De corporatie bouwt.")
    corporatie = [key(m.entity) for m in ex.mentions if m.text == "corporatie"]
    assert corporatie == ["organisation/woonpunt"]


def test_an_organisation_noun_needs_an_antecedent_named_with_it():
    found = mentions_of("De GGD Middenland doet mee. De stichting heeft geen wachtlijst.")
    assert not [m for m in found if m[1] == "stichting"]


def test_no_antecedent_no_mention():
    assert not [m for m in mentions_of("De corporatie bouwt woningen.") if m[1] == "corporatie"]


def test_a_name_after_the_noun_is_no_anaphor():
    found = mentions_of("De gemeente is lid van de gemeenschappelijke regeling Regio Vallei.")
    assert not [m for m in found if m[1] == "gemeenschappelijke regeling"]


def test_the_anaphors_are_data_with_kinds():
    rows = load_anaphors()
    assert {kind for _, kind, _ in rows} <= {"body", "organisation", "region"}
    assert ("corporatie", "organisation", "corporatie") in rows  # named with the noun itself
    assert ("samenwerkingsverband", "body", "") in rows  # named any way


def test_the_certified_institution_is_the_youth_protection_organisation_named_before():
    found = mentions_of(
        "Jeugdbescherming Oost voert de maatregelen uit. Het tempo bij de gecertificeerde"
        " instelling is laag."
    )
    assert ("organisation/jeugdbescherming-oost", "gecertificeerde instelling") in found


def test_the_certified_institution_is_no_other_organisation():
    found = mentions_of(
        "Stichting Salut voert de maatregelen uit. Het tempo bij de gecertificeerde instelling"
        " is laag."
    )
    assert not [m for m in found if m[1] == "gecertificeerde instelling"]


def test_anaphors_carry_relations():
    _, ex = extract_text(
        "Woningcorporatie Woonpunt wijst op de wachtlijst. De corporatie werkt samen met de"
        " gemeente."
    )
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("cooperates-with", "municipality/teststad", "organisation/woonpunt") in got


def test_a_bare_scale_noun_refers_to_the_region_of_that_scale():
    _, ex = extract_text(
        "De gemeente valt onder de arbeidsmarktregio Heuvelrand. Heerlen is centrumgemeente"
        " voor de arbeidsmarktregio."
    )
    bare = [key(m.entity) for m in ex.mentions if m.text == "arbeidsmarktregio"]
    assert bare == ["region/arbeidsmarktregio-heuvelrand"]
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert (
        "lead-municipality",
        "region/arbeidsmarktregio-heuvelrand",
        "municipality/heerlen",
    ) in got


def test_a_shared_service_is_referred_to_by_its_head_noun():
    found = mentions_of(
        "Werkplein Heuvelland is in 2015 opgericht. Het werkplein voert de Participatiewet uit.",
        "De Sociale Dienst Oostrand is klein. De sociale dienst werkt met het UWV.",
        "Schulden regelt de Kredietbank Noord. De kredietbank heeft een wachtlijst.",
    )
    assert ("body/werkplein-heuvelland", "werkplein") in found
    assert ("body/sociale-dienst-oostrand", "sociale dienst") in found
    assert ("organisation/kredietbank-noord", "kredietbank") in found


def test_a_shared_service_noun_needs_an_antecedent_named_with_it():
    found = mentions_of("De GGD Middenland doet mee. Het werkplein heeft geen wachtlijst.")
    assert not [m for m in found if m[1] == "werkplein"]


def test_an_institution_or_association_is_referred_to_by_the_noun_it_was_named_with():
    found = mentions_of(
        "De GGZ-instelling Dimence ziet meer aanmeldingen. De instelling heeft een wachtlijst.",
        "Woningbouwvereniging Ons Huis bouwt. De woningbouwvereniging verhuurt.",
    )
    assert ("organisation/dimence", "instelling") in found
    assert ("organisation/ons-huis", "woningbouwvereniging") in found


def test_an_insurer_or_hospital_is_referred_to_by_the_noun_it_was_named_with():
    found = mentions_of(
        "Zorgverzekeraar Zorgwijzer betaalt de wijkverpleging. De zorgverzekeraar wil meer"
        " preventie.",
        "Ook ziekenhuis Maasveld doet mee. Het ziekenhuis heeft een wachtlijst.",
    )
    assert ("organisation/zorgwijzer", "zorgverzekeraar") in found
    assert ("organisation/maasveld", "ziekenhuis") in found


def test_de_raad_after_a_named_advisory_council_takes_it_up():
    doc, ex = extract_text(
        "Stichting Welzijn Oost doet het welzijnswerk. Er is een nieuwe Wmo-raad met negen leden. "
        "Deze raad is tevreden over het "
        "college, maar mist de stem van jongeren."
    )
    finding = finding_for(doc, ex, "Deze raad")
    assert [key(s) for s in finding.speakers] == ["role/wmo-council"]


def test_de_raad_after_the_municipal_council_in_the_paragraph_stays_the_council():
    doc, ex = extract_text(
        "Stichting Welzijn Oost doet het welzijnswerk. Raadsleden vinden de cijfers mager. "
        "Het college wil de Wmo-raad vaker horen. "
        "Of dat de raad houvast biedt, betwijfelen zij."
    )
    raad = [m for m in ex.mentions if doc.text[m.start : m.end].lower().endswith(" raad")]
    raad += [m for m in ex.mentions if doc.text[m.start : m.end].lower() == "raad"]
    assert raad and all(key(m.entity) == "role/council-members" for m in raad)
    assert finding_for(doc, ex, "Raadsleden") is not None


def test_the_bare_head_of_a_compound_group_takes_it_up():
    doc, ex = extract_text(
        "Stichting Welzijn Oost doet het welzijnswerk. De gemeente spreekt met de ouderenbonden. "
        "De bonden maken zich zorgen over het vervoer."
    )
    finding = finding_for(doc, ex, "De bonden")
    assert [key(s) for s in finding.speakers] == ["role/ouderenbond"]


def test_deze_raad_in_the_sentence_naming_a_council_is_that_council():
    doc, ex = extract_text(
        "De gemeenteraad is kritisch over de financiën. Ook de cliëntenraad herkent dit: "
        "stukken komen volgens deze raad soms een week voor de vergadering binnen."
    )
    found = finding_for(doc, ex, "Ook de cliëntenraad")
    assert [key(s) for s in found.speakers] == ["role/client-council"]


def test_dezelfde_with_a_broader_group_takes_up_the_narrower_one_named_before():
    doc, ex = extract_text(
        "Beleidsmedewerkers wijzen erop dat het UWV zijn vestiging heeft gesloten. De "
        "samenwerking met de SVB verliep moeizaam, maar is volgens dezelfde ambtenaren "
        "inmiddels op orde."
    )
    found = finding_for(doc, ex, "De samenwerking met de SVB")
    assert [key(s) for s in found.speakers] == ["role/policy-officers"]


def test_same_takeups_reads_both_demonstratives_and_no_article():
    # the "deze" gate before the pattern keeps both demonstratives
    from kg.document import parse_profile
    from kg.extract.anaphora import same_takeups
    from kg.extract.model import SentenceMention

    for same in ("dezelfde", "deze"):
        body = f"Beleidsmedewerkers wijzen op de kosten. Het is volgens {same} ambtenaren te duur."
        doc = parse_profile("T\n\nM\n\nB\n\n" + body + "\n", "t", set())
        a, b = doc.text.index("Beleids"), doc.text.index("ambtenaren")
        named = SentenceMention("id/role/policy-officers", "role", a, a + 18, "Beleids", 1)
        taken = SentenceMention("id/role/civil-servants", "role", b, b + 10, "ambtenaren", 2)
        assert [m.entity for m in same_takeups(doc, [named, taken])] == ["id/role/policy-officers"]
    body = "Beleidsmedewerkers wijzen op de kosten. Het is volgens de ambtenaren te duur."
    doc = parse_profile("T\n\nM\n\nB\n\n" + body + "\n", "t", set())
    a, b = doc.text.index("Beleids"), doc.text.index("ambtenaren")
    named = SentenceMention("id/role/policy-officers", "role", a, a + 18, "Beleids", 1)
    taken = SentenceMention("id/role/civil-servants", "role", b, b + 10, "ambtenaren", 2)
    assert same_takeups(doc, [named, taken]) == []
