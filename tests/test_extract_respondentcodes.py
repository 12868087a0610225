"""Coded respondents (kg/extract/respondentcodes.py): a legend maps codes to groups, the
codes then speak for them; invented Dutch profiles."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extract_helpers import extract_profile, finding_for, key

_PROSE = "De gemeente werkt sinds 2015 met vier wijkteams die samen de hele stad bestrijken."


def _profile(paragraphs: list[str], legend: list[str] | None = None) -> str:
    legend = (
        legend
        if legend is not None
        else [
            "G1 – wethouder Jeugd en Onderwijs",
            "G2 – beleidsmedewerker Wmo",
            "G3 – huisarts in het noorden van de stad",
            "G4 – directeur Stichting Welzijn Oostrand",
            "G5 – coördinator wijkteams",
            "G6 – raadslid (oppositie)",
        ]
    )
    lines = "\n".join(legend)
    body = "\n\n".join(paragraphs)
    return (
        "Teststad\n\nEen motto\n\nWaarom in de selectie?\n\n"
        f"{_PROSE} Voor dit profiel spraken we met zes mensen. We noemen hen met een code:\n\n"
        f"{lines}\n\nBestuur\n\n{body}\n"
    )


@lru_cache(maxsize=8)
def _extracted(*paragraphs: str):
    return extract_profile(_profile(list(paragraphs)))


def _speakers(fragment: str, *paragraphs: str) -> list[str]:
    doc, ex = _extracted(*paragraphs)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("G1 vindt dat de wachttijden voor jeugdhulp te lang zijn.", ["role/alderman"]),
        ("Volgens G2 is de eigen bijdrage voor ouderen een drempel.", ["role/policy-officers"]),
        (
            "G3 en G6 wijzen erop dat de wijkteams slecht bereikbaar zijn.",
            ["role/council-members", "role/general-practitioners"],
        ),
        ("„We lopen achter de feiten aan”, zegt G1.", ["role/alderman"]),
        ("G2 stelt dat de kosten van de jeugdhulp blijven stijgen.", ["role/policy-officers"]),
    ],
)
def test_a_code_speaks_as_the_group_the_legend_gives_it(sentence, expected):
    assert _speakers(sentence[:20], sentence) == expected


def test_a_generic_function_speaks_as_the_organisation_it_heads():
    sentence = "G4 merkt dat vrijwilligers steeds moeilijker te vinden zijn."
    speakers = _speakers("G4 merkt", sentence)
    assert len(speakers) == 1 and speakers[0].startswith("organisation/")
    assert "welzijn-oostrand" in speakers[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De meeste respondenten vinden de samenwerking met de scholen goed (G1, G3).",
            ["role/alderman", "role/general-practitioners"],
        ),
        (
            "In 2016 is de toegang tot de jeugdhulp opnieuw ingericht (G2).",
            ["role/policy-officers"],
        ),
        (
            "Over de regionale inkoop zijn de respondenten kritisch (G1 en G6).",
            ["role/alderman", "role/council-members"],
        ),
        (
            "G3 vindt de wachtlijsten onaanvaardbaar (G3, G2).",
            ["role/general-practitioners", "role/policy-officers"],
        ),
    ],
)
def test_a_closing_bracketed_list_of_codes_names_the_speakers(sentence, expected):
    assert _speakers(sentence[:20], sentence) == expected


def test_a_codes_voice_is_not_carried_into_a_sentence_naming_none():
    paragraph = (
        "G1 vindt dat de wijkteams goed werken. De samenwerking met de huisartsen verloopt "
        "wisselend. Volgens G3 weten ouderen de weg naar het wijkteam nog niet te vinden."
    )
    assert _speakers("De samenwerking met de", paragraph) == ["role/authors"]
    assert _speakers("Volgens G3", paragraph) == ["role/general-practitioners"]


def test_codes_are_no_mentions_nor_concerns_and_the_legend_no_findings():
    paragraph = "G2 en G5 zijn kritisch over de SVB. Volgens G4 helpt de gemeente goed (G1)."
    doc, ex = _extracted(paragraph)
    assert not [m for m in ex.mentions if m.text.startswith("G") and m.text[1:].isdigit()]
    assert not [e for e in ex.entities if e.rsplit("/", 1)[-1] in {"g1", "g2", "g4", "g5"}]
    for f in ex.findings:
        assert not [c for c in f.concerns if c.rsplit("/", 1)[-1].startswith("g")]
        quote = doc.text[f.start : f.end]
        assert "–" not in quote and not quote.endswith(":")  # no legend line, nor its opener


def test_the_legend_lines_carry_the_mentions():
    doc, ex = _extracted("G1 vindt dat het goed gaat.")
    legend = doc.text.index("G1 – ")
    named = {key(m.entity) for m in ex.mentions if m.start > legend and m.end < legend + 250}
    assert {"role/alderman", "role/policy-officers", "role/general-practitioners"} <= named
    assert "role/council-members" in named
    # "raadslid (oppositie)": the bracket names the same group, once is a mention
    council = [m for m in ex.mentions if key(m.entity) == "role/council-members"]
    assert [m.text for m in council if m.start > legend and m.end < legend + 250] == ["raadslid"]


def test_an_unknown_function_of_the_legend_is_minted_as_a_group():
    legend = ["K1 – wijkverpleegkundige in het centrum", "K2 – jongerenwerker"]
    text = _profile(["K2 stelt dat jongeren de weg naar het jongerencentrum kwijt zijn."], legend)
    doc, ex = extract_profile(text)
    assert _key_list(finding_for(doc, ex, "K2 stelt").speakers) == ["role/jongerenwerker"]


def _key_list(iris) -> list[str]:
    return sorted(key(i) for i in iris)


def test_without_a_legend_codes_are_left_alone():
    text = (
        "Teststad\n\nEen motto\n\nBestuur\n\n"
        f"{_PROSE} Volgens de wethouder is de A12 een drukke weg (A12). De raad is kritisch.\n"
    )
    doc, ex = extract_profile(text)
    assert _key_list(finding_for(doc, ex, "Volgens de wethouder").speakers) == ["role/alderman"]
