"""Groups a claim refers back to as its speakers (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.voicereferents import both_parties, referred_groups
from tests.extract_helpers import extract_profile, finding_for, key, profile

BEFORE = "Huisartsen en wijkteams werken samen met de GGD en met ouderen."


def _mentions():
    out = []
    for word, entity in (
        ("Huisartsen", "r/gp"),
        ("wijkteams", "r/team"),
        ("GGD", "r/ggd"),
        ("ouderen", "r/oudere"),  # the people served: no party that reports
    ):
        at = BEFORE.index(word)
        out.append(SentenceMention(entity, "role", at, at + len(word), word, 0))
    return out


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Deze partijen geven aan dat de lijnen kort zijn.", ("r/gp", "r/team")),
        ("Zij zijn positief over de samenwerking.", ("r/gp", "r/team")),
        ("Ook deze organisaties vinden de regels te streng.", ("r/gp", "r/team")),
        ("Volgens deze partijen is de samenwerking goed.", ("r/gp", "r/team")),
        ("De laatsten zijn kritisch over de financiering.", ("r/ggd",)),
        ("Laatstgenoemde geeft aan dat er te weinig geld is.", ("r/ggd",)),
        ("De eersten merken dat de vraag stijgt.", ("r/gp",)),
        ("Deze partijen werken in de wijk.", ()),  # no report
        ("De huisartsen vinden het goed.", ()),  # no reference back
    ],
)
def test_a_reference_back_names_the_groups_before(claim, expected):
    assert referred_groups(claim, BEFORE, _mentions(), "r/gp") == expected


def test_beide_needs_two_groups():
    two = _mentions()[:2]
    claim = "Beide zijn tevreden over de afspraken."
    assert referred_groups(claim, BEFORE, two, None) == ("r/gp", "r/team")
    assert referred_groups(claim, BEFORE, _mentions(), None) == ()


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "Huisartsen en wijkverpleegkundigen werken nauw samen met het sociaal team. "
            "Deze partijen geven aan dat de lijnen kort zijn.",
            "Deze partijen",
            ["role/district-nurses", "role/general-practitioners"],
        ),
        (
            "De gemeente spreekt regelmatig met scholen en jeugdhulpaanbieders. "
            "De laatsten vinden dat de wachtlijsten te lang zijn.",
            "De laatsten",
            ["role/youth-care-providers"],
        ),
        (
            "Huisartsen en het wijkteam werken samen in de wijk. "
            "Beide partijen zijn positief over de samenwerking.",
            "Beide partijen",
            ["role/general-practitioners", "role/social-team"],
        ),
    ],
)
def test_a_claim_referring_back_speaks_for_those_groups(paragraph, fragment, expected):
    doc, ex = extract_profile(profile(("Zorg", [paragraph])))
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_meeting_with_groups_is_no_report():
    doc, ex = extract_profile(
        profile(("Zorg", ["De gemeente spreekt regelmatig met scholen en jeugdhulpaanbieders."]))
    )
    assert [key(s) for s in finding_for(doc, ex, "spreekt").speakers] == ["role/authors"]


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "De gemeente werkt nauw samen met de woningcorporaties. "
            "Zij geven aan dat de wachtlijsten voor sociale huur oplopen.",
            "Zij geven",
            ["role/housing-corporations"],
        ),
        (
            "De gemeente heeft afspraken gemaakt met huisartsen en de GGD. "
            "Zij zijn positief over de samenwerking.",
            "Zij zijn",
            ["role/general-practitioners", "role/ggd"],
        ),
        (
            "De gemeenten in de regio werken samen met de woningcorporaties. "
            "Zij zijn positief over de samenwerking.",
            "Zij zijn",
            ["role/authors"],
        ),
    ],
)
def test_zij_after_the_authors_takes_up_the_groups_named(paragraph, fragment, expected):
    doc, ex = extract_profile(profile(("Wonen", [paragraph])))
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_volgens_hen_after_the_authors_takes_up_the_groups_named():
    doc, ex = extract_profile(
        profile(
            (
                "Wonen",
                [
                    "De gemeente werkt nauw samen met de woningcorporaties. "
                    "Volgens hen is de wachtlijst voor sociale huur te lang."
                ],
            )
        )
    )
    found = finding_for(doc, ex, "Volgens hen")
    assert [key(s) for s in found.speakers] == ["role/housing-corporations"]


def test_one_party_referred_to_is_the_one_organisation_named_before():
    text = "Volgens Stichting Zonnewijzer is de vraag naar hulp gegroeid."
    at = text.index("Stichting")
    org = SentenceMention("o/zonnewijzer", "organisation", at, at + 21, "Stichting Zonnewijzer", 0)
    claim = "Deze partij waarschuwt dat de wachtlijst verder oploopt."
    assert referred_groups(claim, text, [org], None) == ("o/zonnewijzer",)
    # two organisations before: "deze partij" is either, so neither
    other = SentenceMention("o/other", "organisation", 0, 7, "Volgens", 0)
    assert referred_groups(claim, text, [other, org], None) == ()
    # a role group is no single party ("deze partij" after "de huisartsen")
    gp = SentenceMention("r/gp", "role", at, at + 9, "huisartsen", 0)
    assert referred_groups(claim, text, [gp], None) == ()


def test_the_last_are_the_last_of_the_groups_that_hold_the_view():
    # gold decision (27th session, second review, point 10): not the object of their view
    t = "Huisartsen en jeugdartsen zijn het erover eens dat de wijkteams beter werken."
    ms = [
        SentenceMention("r/gp", "role", 0, 10, "Huisartsen", 0),
        SentenceMention("r/yd", "role", 14, 25, "jeugdartsen", 0),
        SentenceMention(
            "r/team", "role", t.index("wijkteams"), t.index("wijkteams") + 9, "wijkteams", 0
        ),
    ]
    assert referred_groups("De laatsten merken op dat het beter gaat.", t, ms, "r/gp") == ("r/yd",)
    assert referred_groups("De eersten zijn kritisch.", t, ms, "r/gp") == ("r/gp",)


def test_both_parties_need_two_named_or_the_municipalitys_partner():
    from kg.extract.voicereferents import both_parties

    s = "Het UWV en Stichting X werken samen op het Werkplein Oost, aldus beide partijen."

    def named(entity, kind, name):
        return SentenceMention(entity, kind, s.index(name), s.index(name) + len(name), name, 0)

    uwv = named("o/uwv", "organisation", "UWV")
    x = named("o/x", "organisation", "Stichting X")
    plein = named("b/plein", "body", "Werkplein Oost")
    assert both_parties(s, 0, len(s), [uwv, x, plein]) == ("o/uwv", "o/x")  # the place is none
    s = "Het UWV werkt hard, aldus beide partijen."
    assert both_parties(s, 0, len(s), [uwv]) == ()  # one named, no cooperation: unknown


@pytest.mark.parametrize(
    "closing",
    [
        "De steun van de VNG wordt daarentegen door beiden gewaardeerd.",
        "De praktijkondersteuners worden door beide partijen als een verbetering gezien.",
    ],
)
def test_both_take_up_the_two_groups_named_before_in_the_paragraph(closing):
    text = profile(
        (
            "Bestuur",
            [
                "Volgens de gebiedsteams verklaart dat de stijging. Huisartsen herkennen dat "
                f"maar gedeeltelijk. {closing}"
            ],
        )
    )
    doc, ex = extract_profile(text)
    voice = sorted(key(s) for s in finding_for(doc, ex, closing[:20]).speakers)
    assert voice == ["role/general-practitioners", "role/social-team"]


def test_both_parties_inside_the_sentence_are_the_two_named_before_it():
    s = "Corporatie en wijkteams werken in een team, dat volgens beide partijen goed werkt."
    c = SentenceMention("r/corp", "role", 0, 10, "Corporatie", 0)
    t = SentenceMention("r/team", "role", 14, 23, "wijkteams", 0)
    assert both_parties(s, 0, len(s), [c, t]) == ("r/corp", "r/team")
    assert both_parties("Corporatie en wijkteams werken samen.", 0, 37, [c, t]) == ()


def _both(paragraph: str, fragment: str) -> list[str]:
    doc, ex = extract_profile(profile(("Bestuur", [paragraph])))
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "De wijkagent schuift elke maand aan bij het overleg van het wijkteam. Volgens de"
            " politie komen signalen daardoor sneller terecht. Het delen van gegevens blijft"
            " lastig, zeggen beide partijen.",
            ["role/police", "role/social-team"],
        ),
        (
            "De huisartsen overleggen sinds 2016 met de jeugdconsulenten. Dat werkt goed, vinden"
            " beide groepen.",
            ["role/general-practitioners", "role/youth-consultants"],
        ),
        (
            "De corporatie werkt nauw samen met het sociaal wijkteam. Volgens de corporatie"
            " worden huurachterstanden eerder gemeld. De lijnen zijn kort, zo stellen beide"
            " partijen.",
            ["role/housing-corporations", "role/social-team"],
        ),
        (
            "Raadsleden spreken elk kwartaal met de Wmo-raad. De gesprekken zijn open,"
            " vertellen beide partijen.",
            ["role/council-members", "role/wmo-council"],
        ),
    ],
)
def test_both_parties_closing_a_sentence_are_the_two_named_before(paragraph, expected):
    assert _both(paragraph, "beide") == expected


def test_both_parties_need_two_named_before():
    paragraph = (
        "De wijkagent, het wijkteam en de huisarts overleggen elke maand. Het delen van"
        " gegevens blijft lastig, zeggen beide partijen."
    )
    assert len(_both(paragraph, "zeggen beide")) != 2  # three named: which two is unclear
