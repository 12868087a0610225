"""kg.extract.nametails: a municipality's name that closes a capitalised proper name."""

from __future__ import annotations

from kg.extract.model import SentenceMention
from kg.extract.nametails import name_tails


def _mention(text: str, word: str, entity: str, kind: str) -> SentenceMention:
    at = text.index(word)
    return SentenceMention(entity, kind, at, at + len(word), word, 0)  # type: ignore[arg-type]


def test_a_municipality_name_closing_a_team_name_is_part_of_the_name():
    text = "Inwoners kunnen terecht bij het Sociaal Wijkteam Teststad, dat in het gemeentehuis zit."
    team = _mention(text, "Sociaal Wijkteam", "role/social-team", "role")
    town = _mention(text, "Teststad", "municipality/teststad", "municipality")
    assert name_tails(text, [team, town]) == [team]


def test_a_council_name_of_three_capitalised_words_takes_the_name_too():
    text = "De Adviesraad Sociaal Domein Teststad is tevreden."
    council = _mention(text, "Adviesraad Sociaal Domein", "role/wmo-council", "role")
    town = _mention(text, "Teststad", "municipality/teststad", "municipality")
    assert name_tails(text, [council, town]) == [council]


def test_a_lower_case_team_noun_leaves_the_municipality():
    text = "Het sociaal team Teststad werkt goed."
    team = _mention(text, "sociaal team", "role/social-team", "role")
    town = _mention(text, "Teststad", "municipality/teststad", "municipality")
    assert name_tails(text, [team, town]) == [team, town]


def test_one_capitalised_word_or_a_comma_between_leaves_the_municipality():
    text = "Wijkteams Teststad en Huisartsen, Teststad."
    teams = _mention(text, "Wijkteams", "role/social-team", "role")
    town = _mention(text, "Teststad", "municipality/teststad", "municipality")
    assert name_tails(text, [teams, town]) == [teams, town]
    gps = _mention(text, "Huisartsen", "role/general-practitioners", "role")
    last = SentenceMention("municipality/teststad", "municipality", 34, 42, "Teststad", 0)
    assert name_tails(text, [gps, last]) == [gps, last]
