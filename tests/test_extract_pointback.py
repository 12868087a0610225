"""kg.extract.pointback: type nouns and short names that point back to a named body or
organisation; invented sentences, none taken from a profile."""

from __future__ import annotations

from kg.document import parse_profile
from kg.extract.model import SentenceMention
from kg.extract.pointback import load_definite_names, point_back


def _doc(body: str):
    return parse_profile("T\n\nM\n\nBestuur\n\n" + body + "\n", "t", set())


def _named(doc, name: str, entity: str, kind: str = "organisation") -> SentenceMention:
    s = doc.text.index(name)
    index = next(x.index for x in doc.sentences if x.start <= s < x.end)
    return SentenceMention(entity, kind, s, s + len(name), name, index)


def _read(doc, mentions):
    return [(m.text, m.entity) for m in point_back(doc, mentions) if m not in mentions]


def test_a_corporation_named_by_its_housing_word_is_the_corporation_meant():
    doc = _doc("Woonstichting Hoeve bouwt weinig. Volgens de corporatie blijft de wachttijd lang.")
    named = _named(doc, "Woonstichting Hoeve", "o/hoeve")
    assert _read(doc, [named]) == [("corporatie", "o/hoeve")]


def test_a_welfare_organisation_named_by_its_sector():
    doc = _doc("Zorg en Welzijn Oost helpt ouderen. De welzijnsorganisatie ziet meer eenzaamheid.")
    named = _named(doc, "Zorg en Welzijn Oost", "o/zwo")
    assert _read(doc, [named]) == [("welzijnsorganisatie", "o/zwo")]


def test_a_generic_role_mention_gives_way():
    doc = _doc("Woonstichting Hoeve bouwt weinig. De corporatie wacht af.")
    named = _named(doc, "Woonstichting Hoeve", "o/hoeve")
    s = doc.text.index("corporatie")
    role = SentenceMention("role/housing-corporations", "role", s, s + 10, "corporatie", 1)
    out = point_back(doc, [named, role])
    assert [(m.text, m.entity) for m in out] == [
        ("Woonstichting Hoeve", "o/hoeve"),
        ("corporatie", "o/hoeve"),
    ]


def test_a_joint_service_described_before_it_is_named():
    doc = _doc(
        "De uitvoering ligt bij een intergemeentelijke dienst. Raadsleden weten niet wat de"
        " intergemeentelijke dienst doet. De Sociale Dienst Kustland rapporteert twee keer."
    )
    named = _named(doc, "Sociale Dienst Kustland", "b/sdk", "body")
    assert _read(doc, [named]) == [("intergemeentelijke dienst", "b/sdk")]


def test_a_corporation_is_not_read_before_it_is_named():
    doc = _doc("In de teams werkt de corporatie mee. Woonstichting Hoeve bouwt weinig.")
    named = _named(doc, "Woonstichting Hoeve", "o/hoeve")
    assert _read(doc, [named]) == []


def test_the_first_word_of_a_name_alone_is_the_name():
    doc = _doc("De Werkdienst Kustland voert de wet uit. Toch klaagt de Werkdienst over het UWV.")
    named = _named(doc, "Werkdienst Kustland", "b/wk", "body")
    assert _read(doc, [named]) == [("Werkdienst", "b/wk")]


def test_a_first_word_two_names_share_is_no_short_name():
    doc = _doc("Werkdienst Noord en Werkdienst Zuid werken samen. De Werkdienst zegt niets.")
    a = _named(doc, "Werkdienst Noord", "b/n", "body")
    b = _named(doc, "Werkdienst Zuid", "b/z", "body")
    assert _read(doc, [a, b]) == []


def test_a_noun_before_a_name_is_its_type_word():
    doc = _doc("Woonstichting Hoeve bouwt. De corporatie Hoeve wacht.")
    named = _named(doc, "Woonstichting Hoeve", "o/hoeve")
    assert _read(doc, [named]) == []


def test_the_table_lists_word_parts_for_every_noun():
    rows = dict(load_definite_names())
    assert rows["woningcorporatie"] == ("wonen", "woon", "woning")
    assert all(parts for parts in rows.values())


def test_a_type_word_in_lower_case_before_the_name_lets_the_type_noun_point_back():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Volgens woonstichting Dorpshuis groeit de wachtlijst. De corporatie bouwt daarom meer."
    )
    found = {key(m.entity) for m in ex.mentions if m.text == "corporatie"}
    assert found == {"organisation/dorpshuis"}


def test_an_unnamed_werkplein_is_a_role_unless_the_document_names_one():
    """ "het werkplein" is the generic joint office of UWV and municipality (``role/werkplein``,
    gold README, role list); after "Werkplein Oost" it is that one (its short name)."""
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("Op het werkplein werken UWV en gemeente samen.")
    assert ("werkplein", "role/werkplein") in [(m.text, key(m.entity)) for m in ex.mentions]
    _, ex = extract_text(
        "De gemeente werkt met het UWV in Werkplein Oost.", "Op het werkplein is het druk."
    )
    found = [(m.text, m.kind) for m in ex.mentions if m.text.lower() == "werkplein"]
    assert found == [("werkplein", "body")]
