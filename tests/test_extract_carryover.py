"""Tests for kg.extract.carryover: what a claim carries over from the claim before it."""

from __future__ import annotations

from types import SimpleNamespace

from kg.extract.carryover import Thread, carried_over, may_refer_back, one_body
from kg.extract.model import SentenceMention

OWN = "c/municipality/teststad"


def _claim(paragraph: int = 1, mentions=()):  # noqa: ANN202
    return SimpleNamespace(paragraph=paragraph, mentions=list(mentions))


def test_the_plain_pre_check_of_a_reference_back_opens_on_odd_letters() -> None:
    """'İ' and 'ſ' fold into Latin letters in a case-insensitive pattern but not in
    str.lower, so the word pre-check must leave such text to the pattern itself."""
    assert may_refer_back("Voor DİE groep is het zwaar.")
    assert may_refer_back("Voor hen is het aanbod mager.")
    assert not may_refer_back("Het aanbod is mager.")


def test_a_claim_that_names_nothing_and_refers_back_takes_over_the_claim_before() -> None:
    thread = Thread(previous=("c/problem/waiting-list",), paragraph=1, text="De wachtlijst groeit.")
    got = carried_over("Dat duurt lang.", _claim(), set(), (), OWN, thread)
    assert got == {"c/problem/waiting-list"}
    # in another paragraph nothing is taken over
    assert carried_over("Dat duurt lang.", _claim(2), set(), (), OWN, thread) == set()


def test_a_definite_noun_of_the_claim_before_takes_it_up() -> None:
    thread = Thread(
        previous=("c/organisation/ggd",),
        paragraph=1,
        text="De samenwerking met de GGD stokt.",
    )
    got = carried_over(
        "Een overleg moet de samenwerking verbeteren.", _claim(), set(), (), OWN, thread
    )
    assert got == {"c/organisation/ggd"}
    got = carried_over("Een overleg moet de lijnen verkorten.", _claim(), set(), (), OWN, thread)
    assert got == set()  # no noun taken up


def test_a_reference_back_inside_a_claim_continues_the_paragraphs_subject() -> None:
    thread = Thread(previous=("c/role/x",), paragraph=1, theme={"c/problem/loneliness"})
    s = "Voor die groep ouderen is de huisarts belangrijk."
    doctor = SentenceMention("c/role/gp", "role", 33, 41, "huisarts", 0)
    got = carried_over(s, _claim(mentions=[doctor]), {"c/role/gp"}, (), OWN, thread)
    assert got == {"c/role/gp", "c/problem/loneliness"}


def test_the_speakers_are_not_carried_over() -> None:
    thread = Thread(previous=("c/problem/debts", "c/role/council"), paragraph=1)
    got = carried_over("Dat vinden zij lastig.", _claim(), set(), ("c/role/council",), OWN, thread)
    assert got == {"c/problem/debts"}


def test_one_body_of_a_topic_sentence() -> None:
    assert one_body({"c/problem/p", "c/body/b"}) == {"c/body/b"}
    assert one_body({"c/body/a", "c/body/b"}) == set()


def test_a_speaker_who_takes_up_that_picture_speaks_about_the_claim_before() -> None:
    thread = Thread(previous=("c/problem/debts",), paragraph=1, text="De schulden nemen toe.")
    s = "Raadsleden bevestigen dat beeld."
    council = SentenceMention("c/role/council", "role", 0, 10, "Raadsleden", 0)
    got = carried_over(s, _claim(mentions=[council]), set(), ("c/role/council",), OWN, thread)
    assert got == {"c/problem/debts"}
    # "dat" as a conjunction before a clause takes up nothing
    s = "Raadsleden zien dat ouders afhaken."
    got = carried_over(s, _claim(mentions=[council]), set(), ("c/role/council",), OWN, thread)
    assert got == set()
