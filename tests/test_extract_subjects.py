"""kg.extract.subjects: what a comparison compares (invented phrases)."""

from __future__ import annotations

import pytest

from kg.extract.subjects import coordinated, measure_phrases, subject_of_verb


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Het aantal cliënten en de kosten van de zorg", ["aantal cliënten", "kosten van de zorg"]),
        (
            "Zowel het aandeel ouderen als het gebruik van de Wmo is",
            ["aandeel ouderen", "gebruik van de Wmo"],
        ),
        ("de gezondheid en redzaamheid", ["de gezondheid en redzaamheid"]),
        ("het aantal ouders en de buurt", ["het aantal ouders en de buurt"]),  # one quantity
    ],
)
def test_coordinated_quantities_are_one_each(subject, expected):
    assert coordinated(subject) == expected


def test_measure_phrases_drop_articles_and_degree_words():
    assert measure_phrases("De werkloosheid daarentegen ") == ["werkloosheid"]


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("In 2016 daalde het aantal uitkeringen.", "daalde", "het aantal uitkeringen"),
        ("Het aantal uitkeringen daalde.", "daalde", "Het aantal uitkeringen "),
        ("In 2016 daalde het aantal uitkeringen met 8%.", "daalde", "In 2016 "),
        ("Sinds 2016 daalde de stemming.", "daalde", "Sinds 2016 "),
    ],
)
def test_the_subject_of_a_verb_of_change_before_or_after_it(sentence, verb, expected):
    start = sentence.index(verb)
    subject, _ = subject_of_verb(sentence, 0, start, start + len(verb), len(sentence))
    assert subject == expected


def test_a_list_before_its_verb_starts_at_its_first_item():
    from kg.extract.subjects import list_start

    t = "Het gebruik van jeugdhulp, Wmo en bijstand ligt lager."
    assert list_start(t, 0, t.index("Wmo")) == 0
    t = "Het gaat goed, de werkloosheid en de armoede zijn laag."
    assert list_start(t, 0, t.index("de werk")) == t.index("de werk")


def test_list_items_share_the_quantity_noun_before_them():
    from kg.extract.subjects import list_items

    assert list_items("het aantal cliënten in de Wmo, de jeugdhulp en de bijstand") == [
        "aantal cliënten in de Wmo",
        "aantal cliënten in de jeugdhulp",
        "aantal cliënten in de bijstand",
    ]
    assert list_items("de gemeente, het rijk en de regio") == []


def test_enumerations_need_three_items_or_a_plural_verb():
    from kg.extract.subjects import enumerated

    items = ["Werkloosheid", "armoede", "schulden"]
    assert enumerated("Werkloosheid, armoede en schulden") == items
    assert enumerated("Werkloosheid en armoede") == []
    assert enumerated("Werkloosheid en armoede", plural=True) == ["Werkloosheid", "armoede"]
    assert enumerated("Ambtenaren die zeggen dat het goed gaat, en raadsleden, en anderen") == []


def test_a_judged_word_or_a_quantity_noun_names_a_quantity():
    from kg.extract.subjects import names_quantity

    assert names_quantity("de zorgkosten") and names_quantity("de gezondheid")
    assert not names_quantity("het beleid van de gemeente")
