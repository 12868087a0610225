"""Tests for kg.extract.separablecues: tone cues whose words stand apart."""

import pytest

from kg.extract.separablecues import may_separate, predicative, separable_verbs, separated_cues
from kg.ontology import LexiconEntry

CUES = [
    LexiconEntry("valt tegen", "x/negative", "polarity", "hiddenLabel"),
    LexiconEntry("werken samen", "x/positive", "polarity", "hiddenLabel"),
    LexiconEntry("korte lijnen", "x/positive", "polarity", "hiddenLabel"),
    LexiconEntry("doelen gehaald", "x/positive", "polarity", "hiddenLabel"),
    LexiconEntry("zorgen geuit", "x/negative", "polarity", "hiddenLabel"),
    LexiconEntry("veel bereikt", "x/positive", "polarity", "hiddenLabel"),
]


def _found(sentence: str) -> list[tuple[str, int]]:
    cues = separated_cues(sentence, 0, len(sentence), CUES)
    return [(sentence[c.start : c.end], c.sign) for c in cues]


def test_predicative_forms_are_filed_under_the_noun():
    entries = [
        LexiconEntry("korte lijnen", "x/positive", "polarity", "hiddenLabel"),
        LexiconEntry("brede blik", "x/positive", "polarity", "hiddenLabel"),
        LexiconEntry("extra kosten", "x/negative", "polarity", "hiddenLabel"),
    ]
    assert separable_verbs(entries) == {"lijnen": [("kort", 1)], "blik": [("breed", 1)]}


def test_superlatives_ordinals_and_verbs_have_no_predicative_form():
    assert [predicative(w) for w in ("grootste", "derde", "verdeelde")] == [None, None, None]
    assert predicative("kwetsbare") == "kwetsbaar"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the particle closes the clause
        ("De instroom valt dit jaar opnieuw tegen.", [("valt dit jaar opnieuw tegen", -1)]),
        # a prepositional phrase or comparison may follow the particle
        (
            "Teams werken sinds kort meer samen met de huisartsen.",
            [("werken sinds kort meer samen", 1)],
        ),
        # the predicate of an attributive cue, across a noun coordinated by "en"
        (
            "De lijnen tussen het wijkteam en de scholen zijn kort.",
            [("lijnen tussen het wijkteam en de scholen zijn kort", 1)],
        ),
        # a subordinate clause puts its copula after the predicate
        ("Men zegt dat de lijnen hier kort zijn.", [("lijnen hier kort", 1)]),
        # an object and its participle, with the perfect's auxiliary between them
        (
            "Het team zegt dat het de doelen van dit jaar heeft gehaald.",
            [("doelen van dit jaar heeft gehaald", 1)],
        ),
        (
            "Raadsleden hebben daarover zorgen bij de wethouder geuit.",
            [("zorgen bij de wethouder geuit", -1)],
        ),
        # an adverb before a participle is no object of it
        ("Er is dit jaar veel door de teams bereikt.", []),
        # the contiguous form is the cue matcher's, not this reader's
        ("De opkomst valt tegen.", []),
        # a particle that does not close its clause is another word
        ("De opkomst valt tegen de verwachting in hoog uit.", []),
    ],
)
def test_separated_cues_in_invented_sentences(sentence, expected):
    assert _found(sentence) == expected


def test_the_separable_verb_precheck_never_hides_a_separated_cue():
    cues = [
        LexiconEntry("valt tegen", "x/negative", "polarity", "hiddenLabel"),
        LexiconEntry("werken samen", "x/positive", "polarity", "hiddenLabel"),
    ]
    verbs = separable_verbs(cues)
    sentences = [
        "De opkomst valt het eerste jaar tegen.",
        "Aanbieders werken sinds kort beter samen dan voorheen.",
        "De hand-en-spandiensten valt het eerste jaar tegen.",
        "De opkomst is het eerste jaar laag.",
    ]
    found = [bool(separated_cues(s, 0, len(s), cues, verbs)) for s in sentences]
    asked = [may_separate(s, 0, len(s), verbs) for s in sentences]
    assert found == [True, True, True, False]
    assert asked == [True, True, True, False]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negator between verb and particle turns the cue
        ("De instroom valt dit jaar niet tegen.", [("valt dit jaar niet tegen", 1)]),
        ("De partners werken nog niet samen.", [("werken nog niet samen", -1)]),
        # "niet alleen" adds, and "zonder" opens a phrase of its own
        ("Zij werken niet alleen in de wijk samen.", [("werken niet alleen in de wijk samen", 1)]),
    ],
)
def test_a_negator_inside_a_separated_cue_turns_it(sentence, expected):
    assert _found(sentence) == expected
