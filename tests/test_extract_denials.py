"""Denials of a problem beyond a plain negator (kg/extract/denials.py), on invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, key, polarity_of

from kg.extract import denials


@pytest.mark.parametrize(
    "sentence",
    [
        "Schuldenproblematiek is in de kernen geen groot probleem.",
        "De wachttijd is niet echt een knelpunt voor de inwoners.",
        "Eenzaamheid is in het dorp niet zo'n probleem.",
        "Laaggeletterdheid is voor het college geen thema.",
        "Armoede speelt in de wijk nauwelijks een rol.",
        "Dat armoede geen grote rol speelt, zegt de wethouder.",
        "Armoede is in de kernen geen urgent vraagstuk.",
        "Eenzaamheid is onder jongeren nauwelijks een probleem.",
        # the superlative with its article: not the biggest problem is no great one
        "Schulden worden door de kredietbank niet als het grootste probleem gezien.",
        "Armoede is volgens de wethouder niet het belangrijkste knelpunt.",
    ],
)
def test_no_problem_phrasings(sentence):
    assert denials.no_problem(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Eenzaamheid is een groot probleem in de kernen.",
        "Armoede is niet alleen een probleem van de gemeente.",
        "Armoede speelt een grote rol in de wijk.",
        "De gemeente heeft geen rol bij de schuldhulp.",
        "Eenzaamheid is het grootste probleem in de wijk.",
    ],
)
def test_what_is_no_denial(sentence):
    assert not denials.no_problem(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("De aangekondigde bezuinigingen op de thuiszorg zijn uitgebleven.", "bezuinigingen", True),
        ("Wachtlijsten bleven in het eerste jaar uit.", "Wachtlijsten", True),
        ("De angst voor wachtlijsten is niet bewaarheid.", "wachtlijsten", True),
        ("Schulden komen onder jongeren nauwelijks voor.", "Schulden", True),
        ("Een oplossing voor de wachtlijsten bleef uit.", "wachtlijsten", False),
        ("De aanpak van schulden is uitgebleven.", "schulden", False),
        ("De wachtlijsten zijn gegroeid.", "wachtlijsten", False),
    ],
)
def test_unrealised_needs_the_problem_as_subject(sentence, word, expected):
    at = sentence.index(word)
    assert denials.unrealised(sentence, (0, len(sentence)), at, at + len(word)) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Armoede speelt in de gemeente geen rol.",
        "Schulden zijn in de gemeente geen groot probleem.",
        "De gevreesde bezuinigingen zijn uitgebleven.",
        "De vrees voor wachtlijsten is niet uitgekomen.",
        "Van laaggeletterdheid is in de gemeente nauwelijks sprake.",
    ],
)
def test_a_denied_problem_is_no_concern_and_not_reported(sentence):
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    assert not [c for c in finding.concerns if key(c).startswith("problem/")]
    assert finding.reports == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Als er wachtlijsten zouden ontstaan, grijpt de gemeente in.",
        "In de jeugdzorg dreigen wachtlijsten.",
    ],
)
def test_a_supposed_problem_stays_a_concern(sentence):
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    assert "problem/waiting-lists" in {key(c) for c in finding.concerns}


def test_few_unwanted_is_stated_not_supposed():
    s = "Er komen weinig formele bezwaren binnen."
    assert denials.few_unwanted(s, (0, len(s)))
    s = "Misschien komen er weinig klachten."
    assert not denials.few_unwanted(s, (0, len(s)))
    s = "Er zijn weinig vrijwilligers."
    assert not denials.few_unwanted(s, (0, len(s)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armoede speelt in de kernen geen rol.", "positive"),
        ("Laaggeletterdheid is in de gemeente geen thema.", "positive"),
        ("De aangekondigde bezuinigingen zijn uitgebleven.", "positive"),
        ("Wachtlijsten bleven in het eerste jaar uit.", "positive"),
        ("Huiselijk geweld komt in de wijk zelden voor.", "positive"),
        ("Een oplossing voor de wachtlijsten bleef uit.", "negative"),
    ],
)
def test_a_denied_problem_reads_as_good_news(sentence, expected):
    assert polarity_of(sentence) == expected


def test_little_of_a_named_problem_is_good_news_and_not_reported():
    _doc, ex = extract_text("In de nieuwe wijk zijn weinig schulden.")
    (finding,) = ex.findings
    assert finding.polarity == "positive"
    assert finding.reports == ()
    assert polarity_of("In de nieuwe wijk zijn veel schulden.") == "negative"


def test_a_problem_not_seen_as_growing_is_denied():
    from kg.extract.denials import no_problem

    s = "Dakloosheid wordt door de wijkagenten niet als groeiend probleem gezien."
    assert no_problem(s, (0, len(s)))
    s = "Dakloosheid is een groeiend probleem."
    assert not no_problem(s, (0, len(s)))
