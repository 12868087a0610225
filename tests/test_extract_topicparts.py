"""Parts of topics that are no topics of their own (kg/extract/topicparts.py), on invented
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.topicparts import group_with, parts_of_others


def _labels(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {ex.topics[t].label for t in finding.topics}


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        ("De jeugdhulp met verblijf is duur.", "jeugdhulp met verblijf", "verblijf"),
        ("Er zijn lange wachtlijsten voor de jeugd-GGZ.", "jeugd-ggz", "ggz"),
    ],
)
def test_a_word_inside_a_phrase_kept_whole_is_no_topic_of_its_own(sentence, kept, dropped):
    labels = _labels(sentence)
    assert kept in labels
    assert dropped not in labels


def test_the_name_of_the_policy_field_after_its_noun_is_no_topic_of_its_own():
    # the gold guideline keeps the term whole: "de monitor sociaal domein" is indexed under
    # "monitor sociaal domein" alone; the field named by itself stays a topic
    _doc, ex = extract_text(
        "Wij kennen het sociaal domein goed. De monitor sociaal domein is nieuw."
    )
    first = {ex.topics[t].label for t in ex.findings[0].topics}
    last = {ex.topics[t].label for t in ex.findings[-1].topics}
    assert "sociaal domein" in first
    assert "monitor sociaal domein" in last
    assert "sociaal domein" not in last


def test_people_with_a_problem_are_indexed_under_the_problem():
    labels = _labels("Het aantal mensen met dementie neemt snel toe.")
    assert "dementie" in labels
    assert "mensen met dementie" not in labels


def test_group_with_keeps_a_noun_that_is_no_generic_word():
    assert group_with("gezinnen met schulden") == "gezinnen met schulden"
    assert group_with("inwoners met schulden") == "schulden"


def test_a_word_that_stands_alone_elsewhere_in_the_claim_stays():
    assert parts_of_others([(0, 4, "zorg"), (30, 34, "zorg"), (26, 34, "jeugdzorg")]) == set()
    assert parts_of_others([(30, 34, "zorg"), (26, 34, "jeugdzorg")]) == {"zorg"}
    # the same span for two labels: neither lies within the other
    assert parts_of_others([(0, 4, "a"), (0, 4, "b")]) == set()


def test_the_class_noun_of_a_named_speaker_is_no_topic():
    labels = _labels("Woningcorporatie Viverion ziet dat de wachtlijst voor woningen groeit.")
    assert "woningcorporatie" not in labels
    assert "wachtlijst" in labels


def test_an_abbreviation_in_parentheses_after_its_problem_is_no_second_place():
    from kg.extract.model import SentenceMention
    from kg.extract.topicparts import abbreviation

    s = "met een persoonsgebonden budget (pgb) en een pgb"
    full = SentenceMention("p", "problem", 8, 31, "persoonsgebonden budget", 0)
    short = SentenceMention("p", "problem", 33, 36, "pgb", 0)
    later = SentenceMention("p", "problem", 45, 48, "pgb", 0)
    assert abbreviation(s, short, [full, short, later])
    assert not abbreviation(s, later, [full, short, later])


def test_the_kind_of_a_named_region_is_a_topic_and_its_name_is_not():
    labels = _labels("Teststad hoort bij de arbeidsmarktregio Noordkust en de jeugdregio Oost.")
    assert {"arbeidsmarktregio", "jeugdregio"} <= labels
    assert not any("noordkust" in label for label in labels)


def test_a_bare_regio_before_a_name_is_no_topic():
    from kg.extract.model import SentenceMention
    from kg.extract.topicparts import region_classes

    named = SentenceMention("r/x", "region", 3, 15, "regio Twente", 0)
    alone = SentenceMention("r/y", "region", 20, 37, "arbeidsmarktregio", 0)
    assert region_classes(named) == []
    assert region_classes(alone) == [(20, "arbeidsmarktregio", 37)]


def test_a_claim_of_several_sentences_may_have_more_topics():
    from kg.extract.topicparts import inner_breaks

    s = "‘Het gaat goed.’ Toch wachten mensen lang. Dat is een probleem."
    assert inner_breaks(s, 0, len(s)) == 2
    assert inner_breaks("Het gaat goed.", 0, 14) == 0
