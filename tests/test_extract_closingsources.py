"""Attributions that close a paragraph: numbered labels, closing brackets and dashes, and the
paragraph they cover."""

from __future__ import annotations

from kg.extract.closingsources import closing_cover, dashed_aldus, from_data, numbered_label
from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_numbered_label_is_a_noun_and_a_number_only():
    for label in ("Bevinding 3.", "Conclusie 12.", "Punt 4:"):
        assert numbered_label(label, 0, len(label))
    for sentence in ("In 2015.", "Bevinding 3 is dat het goed gaat.", "Zie 3."):
        assert not numbered_label(sentence, 0, len(sentence))


def test_a_dash_before_aldus_closes_the_claim_outside_a_quotation():
    t = "De ritten komen nu op tijd – aldus de Wmo-consulenten."
    assert dashed_aldus(t, 0, len(t))
    for t in (
        "De ritten komen nu op tijd, aldus de Wmo-consulenten.",
        "'Het loopt – aldus de wethouder – beter dan gedacht', zegt de raad.",
    ):
        assert not dashed_aldus(t, 0, len(t))


def test_a_claim_from_data_names_its_own_source():
    for t in (
        "Volgens de gezondheidsmonitor van de GGD is een op de zes zwaar belast.",
        "Uit de landelijke cijfers blijkt een daling.",
    ):
        assert from_data(t, 0, len(t))
    t = "Volgens de wethouder is een op de zes zwaar belast."
    assert not from_data(t, 0, len(t))


def test_the_cover_stops_at_another_voice_and_passes_the_sources_own():
    voices = closing_cover(
        [(), ("r/wmo",), (), ("r/raad",), ()],
        [False, True, False, True, False],
        ("r/griffier", "r/raad"),
    )
    assert voices == [
        (),
        ("r/wmo",),
        ("r/griffier", "r/raad"),
        ("r/raad",),
        ("r/griffier", "r/raad"),
    ]


def test_a_closing_bracket_covers_its_paragraph_and_the_label_makes_no_claim():
    doc, ex = extract_text(
        "Bevinding 2. Het college stuurt op een halfjaarlijkse monitor. De raad vindt die "
        "monitor te abstract. De cijfers komen laat (raadsleden, griffier)."
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert not any(q.startswith("Bevinding") for q in quotes)
    opening = finding_for(doc, ex, "Het college stuurt")
    assert sorted(key(s) for s in opening.speakers) == ["role/council-members", "role/griffier"]
    own = finding_for(doc, ex, "De raad vindt")
    assert [key(s) for s in own.speakers] == ["role/council-members"]


def test_a_figure_a_closing_bracket_covers_is_a_finding_of_its_source():
    doc, ex = extract_text(
        "Ruim 1.100 huishoudens zaten in 2016 in een schuldhulptraject. De wachttijd voor een "
        "eerste gesprek is teruggebracht van zes naar twee weken (schuldhulpverleners)."
    )
    counted = finding_for(doc, ex, "Ruim 1.100")
    assert [key(s) for s in counted.speakers] == ["role/debt-counsellors"]


def test_a_dash_aldus_closing_the_paragraph_covers_its_plain_facts():
    doc, ex = extract_text(
        "Het Wmo-vervoer is via de regio aanbesteed. Sinds de zomer komen de ritten op tijd, "
        "en de chauffeurs kennen hun klanten weer – aldus de Wmo-consulenten."
    )
    opening = finding_for(doc, ex, "Het Wmo-vervoer")
    assert [key(s) for s in opening.speakers] == ["role/wmo-consultants"]


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
