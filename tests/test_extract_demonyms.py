"""The inhabitants named by their demonym (kg.extract.demonyms): invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.demonyms import demonym_mentions, demonyms_of
from tests.extract_helpers import extract_text, key


def _found(sentence: str, title: str) -> set[tuple[str, str]]:
    _, ex = extract_text(sentence, title=title)
    return {(m.text, key(m.entity)) for m in ex.mentions}


@pytest.mark.parametrize(
    ("sentence", "title", "word"),
    [
        ("Veel Haarlemmers werken in Amsterdam.", "Haarlem", "Haarlemmers"),
        ("De meeste Leidenaren vinden hun weg naar het loket.", "Leiden", "Leidenaren"),
        ("Steeds meer Apeldoorners vragen hulp bij schulden.", "Apeldoorn", "Apeldoorners"),
        ("Voor Zwollenaren is de wachttijd korter geworden.", "Zwolle", "Zwollenaren"),
    ],
)
def test_a_demonym_is_the_municipality_and_its_residents(sentence, title, word):
    found = _found(sentence, title)
    assert (word, f"municipality/{title.lower()}") in found
    assert (word, "role/residents") in found


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("In het Haarlemmer Hout is een nieuwe speeltuin.", "Haarlem"),  # singular: an adjective
        ("Het Haarlemse beleid is streng.", "Haarlem"),  # the adjective: no residents
        ("Veel Leidse studenten wonen op kamers.", "Leiden"),
    ],
)
def test_a_singular_or_an_adjective_names_no_residents(sentence, title):
    assert not any(entity == "role/residents" for _, entity in _found(sentence, title))


@pytest.mark.parametrize(
    ("sentence", "title", "other"),
    [
        ("Veel Haarlemmers werken in Amsterdam.", "Haarlem", "amsterdam"),
        ("Veel Leidenaren werken in Den Haag of in Delft.", "Leiden", "delft"),
        ("Een groot deel van de Zwollenaren werkt in Kampen.", "Zwolle", "kampen"),
        ("Apeldoorners forenzen vaak naar Deventer.", "Apeldoorn", "deventer"),
    ],
)
def test_inhabitants_named_by_demonym_who_work_elsewhere_are_an_orientation(sentence, title, other):
    _, ex = extract_text(sentence, title=title)
    found = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert ("oriented-towards", f"municipality/{title.lower()}", f"municipality/{other}") in found


def test_a_name_of_more_words_has_no_demonym():
    assert demonyms_of("id/municipality/alphen-aan-den-rijn") is None
    assert demonym_mentions("Veel Alphenaren.", [(0, 16, 0)], "Alphen aan den Rijn", "m/a") == []


@pytest.mark.parametrize(
    ("sentence", "title", "word"),
    [
        ("Veel Wageningers werken in Ede.", "Wageningen", "Wageningers"),
        ("Ruim 300 Vlissingers staan op de wachtlijst.", "Vlissingen", "Vlissingers"),
        ("Steeds meer Harlingers vertrekken naar de stad.", "Harlingen", "Harlingers"),
        ("Voor Vlaardingers met schulden is er een spreekuur.", "Vlaardingen", "Vlaardingers"),
    ],
)
def test_a_name_in_ingen_drops_its_en(sentence, title, word):
    found = _found(sentence, title)
    assert (word, f"municipality/{title.lower()}") in found
    assert (word, "role/residents") in found


@pytest.mark.parametrize(
    ("sentence", "title", "word"),
    [
        ("De Emmer wijken kennen veel armoede.", "Emmen", "Emmer"),
        ("Het team kent het Ommer bedrijfsleven goed.", "Ommen", "Ommer"),
        ("Volgens de wethouder doet de Tubberger jeugd veel aan sport.", "Tubbergen", "Tubberger"),
        (
            "De stichting heeft voor de Coevorder contracten iemand aangenomen.",
            "Coevorden",
            "Coevorder",
        ),
    ],
)
def test_the_adjective_in_er_is_the_municipality_only(sentence, title, word):
    found = _found(sentence, title)
    assert (word, f"municipality/{title.lower()}") in found
    assert (word, "role/residents") not in found


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Het park heet De Emmer Dennen.", "Emmen"),  # a proper name: no noun after it
        ("Zij wonen in het centrum van de Ommer.", "Ommen"),  # no noun after it
        ("Ommer kinderen spelen buiten.", "Ommen"),  # no article before it
    ],
)
def test_the_adjective_in_er_needs_an_article_and_a_noun(sentence, title):
    stem = title[:-2] + "er"
    assert not any(text == stem for text, _ in _found(sentence, title))
