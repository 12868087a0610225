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
