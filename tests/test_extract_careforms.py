"""kg.extract.careforms: "ggz" as the providers (with an article) or as care (without)."""

from __future__ import annotations

from kg.extract.careforms import care_forms
from kg.extract.mentions import Mention
from tests.extract_helpers import extract_text, key

ROLE = Mention("role/mental-health-care", "role", 0, 0, "")
LAW = Mention("law/jeugdwet", "law", 0, 0, "")


def _read(text: str, found: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in care_forms(text, 0, len(text), found or [], ROLE, LAW)]


def test_with_a_definite_article_and_adjectives_it_names_the_providers():
    assert _read("De wachttijden bij de gespecialiseerde ggz lopen op.") == [
        ("ggz", "role/mental-health-care")
    ]
    assert _read("Voor de specialistische jeugd-ggz zijn zij aangewezen op Utrecht.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]


def test_without_an_article_youth_mental_health_care_is_care_of_the_youth_act():
    assert _read("Voor klinische jeugd-ggz reizen gezinnen ver.") == [("jeugd-ggz", "law/jeugdwet")]
    assert _read("Zij vragen om ggz en om hulp.") == []


def test_compounds_and_names_already_found_are_left_alone():
    assert _read("De ggz-instelling en de jeugd-ggzaanpak.") == []
    text = "bij de jeugd-GGZ"
    taken = [Mention("role/mental-health-care", "role", 13, 16, "GGZ")]
    assert _read(text.lower(), taken) == []


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("Huisartsen verwijzen vaker naar de jeugd-ggz dan elders.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert ("jeugd-ggz", "role/mental-health-care") in found


def test_the_plural_benefits_are_the_participation_act_and_not_a_rate_base_or_a_compound():
    from kg.extract.careforms import benefits

    law = Mention("law/participatiewet", "law", 0, 0, "")
    text = "Het budget voor de uitkeringen; een uitkering; WW-uitkeringen."
    assert [m.text for m in benefits(text, 0, len(text), [], law)] == ["uitkeringen"]
    _, ex = extract_text("Er lopen 14 trajecten per 100 uitkeringen; de uitkeringen stijgen.")
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.text == "uitkeringen"]
    assert found == [("uitkeringen", "law/participatiewet")]


def test_providers_named_before_the_care_form_win_over_words_of_growth():
    # a waiting list or time, a referral, or the providers "van" it: the providers
    assert _read("Wachtlijst jeugd-ggz: flink gegroeid.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]
    assert _read("De wachttijden voor jeugd-ggz zijn gestegen.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]
    assert _read("Scholen verwijzen rechtstreeks naar de jeugd-ggz, wat de kosten opdrijft.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]
    assert _read("Aanbieders van jeugd-ggz zien hun kosten stijgen.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]


def test_growth_in_any_tense_makes_it_the_care_of_the_youth_act():
    assert _read("Het aantal kinderen in de jeugd-ggz nam in 2016 met 9% toe.") == [
        ("jeugd-ggz", "law/jeugdwet")
    ]
    assert _read("Vooral de ambulante jeugd-ggz is de laatste jaren gegroeid.") == [
        ("jeugd-ggz", "law/jeugdwet")
    ]
    assert _read("Het gebruik is met 12% gestegen, vooral in de jeugd-ggz.") == [
        ("jeugd-ggz", "law/jeugdwet")
    ]
    assert _read("De jeugd-ggz is toegenomen, zeker de specialistische.") == [
        ("jeugd-ggz", "law/jeugdwet")
    ]
    # no growth and a definite article: the providers still
    assert _read("Een kind wacht in de jeugd-ggz soms tien weken.") == [
        ("jeugd-ggz", "role/mental-health-care")
    ]
