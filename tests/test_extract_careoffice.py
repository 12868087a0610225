"""kg.extract.careoffice: "zorgkantoor(en)" is the region's care office."""

from __future__ import annotations

from kg.extract.careoffice import care_offices
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, key


def _read(text: str) -> list[str]:
    ms, at = [], text.find("zorgkantoor")
    while at >= 0:
        ms.append(SentenceMention("r/ins", "role", at, at + 11, text[at : at + 11], 0))
        at = text.find("zorgkantoor", at + 1)
    return [m.entity for m in care_offices(text, ms, "r/ins", "r/office")]


def test_the_definite_singular_is_the_care_office():
    assert _read("De dossiers van het zorgkantoor waren onvolledig.") == ["r/office"]
    assert _read("Het zorgkantoor leverde de gegevens pas in december.") == ["r/office"]
    assert _read("Met het regionale zorgkantoor zijn afspraken gemaakt.") == ["r/office"]
    assert _read("Volgens het zorgkantoor verliep de overdracht goed.") == ["r/office"]


def test_without_the_article_or_in_the_plural_it_is_the_care_office_too():
    # the settlement of the thirty-seventh session (gold README, point 6)
    assert _read("De besluiten van gemeente en zorgkantoor sluiten niet aan.") == ["r/office"]
    assert _read("Een zorgkantoor beslist over de Wlz.") == ["r/office"]
    text = "Het zorgkantoren-overleg en de zorgkantoren."
    plural = [SentenceMention("r/ins", "role", 31, 43, "zorgkantoren", 0)]
    assert [m.entity for m in care_offices(text, plural, "r/ins", "r/office")] == ["r/office"]


def test_other_words_of_the_insurers_stay_the_insurers():
    for word in ("zorgverzekeraar", "Zorgverzekeraars", "verzekeraar", "verzekeraars"):
        text = f"De {word} betalen mee."
        m = SentenceMention("r/ins", "role", 3, 3 + len(word), word, 0)
        assert [x.entity for x in care_offices(text, [m], "r/ins", "r/office")] == ["r/ins"]


def test_the_rule_runs_in_the_extraction():
    _, ex = extract_text("De cliëntgegevens van het zorgkantoor kwamen te laat binnen.")
    found = [key(m.entity) for m in ex.mentions if m.text == "zorgkantoor"]
    assert found == ["role/zorgkantoor"]
    _, ex = extract_text("Over de besluiten van gemeente en zorgkantoor is veel onduidelijk.")
    found = [key(m.entity) for m in ex.mentions if m.text == "zorgkantoor"]
    assert found == ["role/zorgkantoor"]
