"""Sources that close a paragraph: numbered labels, closing brackets and source lines."""

from __future__ import annotations

from kg.extract.closingsources import bracket_groups, closing_cover, numbered_label, source_line
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, finding_for, key


def _m(entity: str, text: str, whole: str, kind: str = "role") -> SentenceMention:
    at = whole.index(text)
    return SentenceMention(entity, kind, at, at + len(text), text, 0)  # type: ignore[arg-type]


def test_a_numbered_label_is_a_noun_and_a_number_only():
    for label in ("Bevinding 3.", "Conclusie 12.", "Punt 4:"):
        assert numbered_label(label, 0, len(label))
    for sentence in ("In 2015.", "Bevinding 3 is dat het goed gaat.", "Zie 3."):
        assert not numbered_label(sentence, 0, len(sentence))


def test_a_closing_bracket_of_groups_names_its_sources():
    t = "De wachttijd is teruggebracht (schuldhulpverleners, twee bewindvoerders)."
    ms = [_m("role/debt", "schuldhulpverleners", t), _m("role/bewind", "bewindvoerders", t)]
    assert bracket_groups(t, 0, len(t), ms) == ("role/bewind", "role/debt")


def test_a_bracket_with_a_figure_a_clause_or_an_abbreviation_names_no_source():
    t = "Het aandeel ligt hoger dan in de regio (10,9%)."
    assert bracket_groups(t, 0, len(t), []) == ()
    t = "Dat doet de sociale dienst (ISD)."
    assert bracket_groups(t, 0, len(t), [_m("body/isd", "ISD", t, "body")]) == ()
    t = "Het kost veel (volgens ambtenaren te veel)."
    assert bracket_groups(t, 0, len(t), [_m("role/civil", "ambtenaren", t)]) == ()


def test_a_bracket_on_a_line_of_its_own_is_a_source_line():
    t = "(klantmanagers, een wijkcoach)"
    ms = [_m("role/km", "klantmanagers", t), _m("role/wc", "wijkcoach", t)]
    assert source_line(t, 0, len(t), ms)
    t = "(zie de volgende paragraaf)."
    assert not source_line(t, 0, len(t), [])


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
