"""An attribution that closes a paragraph covers the paragraph."""

from __future__ import annotations

from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_dashed_attribution_covers_its_paragraph_and_its_plain_facts():
    doc, ex = extract_text(
        "Het college stuurt op een monitor met twintig kengetallen. De raad vindt die monitor "
        "te abstract. Zij zouden liever per wijk cijfers zien – aldus twee raadsleden en de "
        "griffier."
    )
    assert _voice(doc, ex, "Het college stuurt") == ["role/council-members", "role/griffier"]
    assert _voice(doc, ex, "De raad vindt") == ["role/council-members"]


def test_a_voice_carried_on_gives_way_to_the_closing_attribution():
    doc, ex = extract_text(
        "Over het Rijk zijn de gesprekspartners kritisch. Het budget voor de Wmo is fors "
        "gekort. De gemeente had meer tijd willen krijgen – aldus de gemeentesecretaris."
    )
    assert _voice(doc, ex, "Over het Rijk") == ["role/interviewees"]
    assert _voice(doc, ex, "Het budget") == ["role/municipal-secretary"]


def test_a_report_from_data_stays_the_authors():
    doc, ex = extract_text(
        "De stad telt veel mantelzorgers. Volgens de gezondheidsmonitor van de GGD voelt een "
        "op de zes van hen zich zwaar belast. Het steunpunt mantelzorg ziet vooral jonge "
        "mantelzorgers buiten beeld blijven (steunpunt mantelzorg)."
    )
    assert _voice(doc, ex, "gezondheidsmonitor") == ["role/authors"]
    assert _voice(doc, ex, "De stad telt") == ["role/steunpunt-mantelzorg"]


def test_another_source_ends_the_reach_of_the_closing_attribution():
    doc, ex = extract_text(
        "De Wmo-raad is in 2015 omgevormd tot een adviesraad. De voorzitter van de adviesraad "
        "vindt dat de gemeente de adviezen te laat vraagt. Dorpsraden spelen een grote rol – "
        "aldus de beleidsmedewerkers."
    )
    assert _voice(doc, ex, "omgevormd") == ["role/authors"]
