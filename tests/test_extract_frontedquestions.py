from kg.extract.frontedquestions import doubted
from kg.extract.tone import polarity


def test_open_question_put_first_is_a_doubt() -> None:
    s = "Of de gemeente die keuze kan volhouden als de budgetten dalen, is voor velen de vraag."
    assert doubted(s, (0, s.index(",")), len(s))
    assert polarity(s, 0, len(s), []) == "negative"


def test_question_of_a_bad_outcome_is_no_doubt() -> None:
    s = "Of de wachtlijst niet verder groeit, is de vraag."
    assert not doubted(s, (0, s.index(",")), len(s))


def test_outcome_not_yet_known_judges_nothing() -> None:
    s = "Of de nieuwe aanpak werkt, moet nog blijken."
    assert not doubted(s, (0, s.index(",")), len(s))
    assert polarity(s, 0, len(s), []) == "neutral"


def test_question_not_put_first_is_not_read_here() -> None:
    s = "Ouders of verzorgers zijn tevreden, is de vraag."
    assert polarity(s, 0, len(s), []) != "negative"
