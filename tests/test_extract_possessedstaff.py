"""Staff nouns owned through a possessive pronoun (kg/extract/possessedstaff.py)."""

from __future__ import annotations

from kg.extract.model import SentenceMention
from kg.extract.possessedstaff import possessed_staff

STAFF_KEY = "role/civil-servants"


def _owned(text: str, staff: str, names: dict[str, str]) -> bool:
    """Whether the staff noun ``staff`` of ``text`` is another's, with ``names`` (key -> words)."""
    mentions = []
    for entity, words in names.items():
        at = text.index(words)
        mentions.append(
            SentenceMention(entity, entity.split("/")[0], at, at + len(words), words, 0)
        )
    at = text.index(staff)
    noun = SentenceMention(STAFF_KEY, "role", at, at + len(staff), staff, 0)
    return possessed_staff(text, noun, [*mentions, noun])


def test_the_staff_of_an_organisation_named_before_the_pronoun_are_its_own():
    assert _owned(
        "Woningcorporatie De Linde is voorzichtiger: haar medewerkers zijn niet opgeleid.",
        "medewerkers",
        {"organisation/de-linde": "De Linde"},
    )
    assert _owned(
        "Een thuiszorgaanbieder uit Hoorn vertelt dat zijn medewerkers veel reizen.",
        "medewerkers",
        {"role/home-care-organisations": "thuiszorgaanbieder", "municipality/hoorn": "Hoorn"},
    )
    assert _owned(
        "Het Werkplein Oost meldt dat zijn klantmanagers een hoge caseload hebben.",
        "klantmanagers",
        {"body/werkplein-oost": "Werkplein Oost"},
    )
    assert _owned(
        "De buurthuizen van Stichting Boog sluiten vroeger; hun medewerkers zijn overbelast.",
        "medewerkers",
        {"organisation/stichting-boog": "Stichting Boog"},
    )


def test_the_staff_of_the_municipality_or_its_own_groups_stay():
    assert not _owned(
        "De wethouder zegt dat haar medewerkers overbelast zijn.",
        "medewerkers",
        {"role/alderman": "wethouder"},
    )
    assert not _owned(
        "De gemeente Zandhoven vraagt veel van haar consulenten.",
        "consulenten",
        {"municipality/zandhoven": "Zandhoven"},
    )
    assert not _owned(
        "Beleidsmedewerkers zeggen dat hun medewerkers de regels goed kennen.",
        "medewerkers",
        {"role/policy-officers": "Beleidsmedewerkers"},
    )


def test_no_pronoun_or_no_staff_noun_is_no_owned_staff():
    names = {"organisation/de-linde": "De Linde"}
    assert not _owned("De Linde is kritisch over de medewerkers.", "medewerkers", names)
    assert not _owned("De Linde zegt dat haar huurders klagen.", "huurders", names)
    assert not _owned("Haar medewerkers zijn overbelast.", "medewerkers", {})
