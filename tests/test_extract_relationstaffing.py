"""The parties that staff a named joint desk are its members."""

from __future__ import annotations

from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def test_a_desk_staffed_with_a_partner_has_both_as_members():
    got = relations("Het Werkplein Lander wordt samen met het UWV bemand.")
    assert ("member-of", OWN, "body/werkplein-lander") in got
    assert ("member-of", "organisation/uwv", "body/werkplein-lander") in got


def test_a_desk_named_without_staffing_gives_no_membership():
    got = relations("Het Werkplein Lander is gevestigd in het centrum, naast het UWV.")
    assert ("member-of", OWN, "body/werkplein-lander") not in got


def test_the_antecedent_that_staffs_a_desk_with_a_partner_is_a_member_and_works_with_it():
    from tests.test_extract_relations import relations

    found = relations(
        "Het UWV, dat met de Sociale Dienst Noord het Werkplein Teststad bemant, ziet weinig"
        " vacatures."
    )
    desk = "body/werkplein-teststad"
    assert ("member-of", "organisation/uwv", desk) in found
    assert ("member-of", "body/sociale-dienst-noord", desk) in found
    assert ("cooperates-with", "organisation/uwv", "body/sociale-dienst-noord") in found
    assert ("member-of", "municipality/teststad", desk) not in found
