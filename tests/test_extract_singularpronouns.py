"""Tests for kg.extract.singularpronouns: a singular pronoun takes up the last single speaker."""

from __future__ import annotations

import pytest

from kg.extract import singularpronouns as sp
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        ("Hij vindt dat de regio te groot is.", True, True),
        ("Zij is kritisch over de nieuwe tarieven.", True, True),
        ("Ook zij ziet dat de wachtlijsten groeien.", True, True),
        ("Ze blijft optimistisch over de samenwerking.", True, True),
        ("Volgens hem is het aantal meldingen gestegen.", False, True),
        ("De kosten lopen verder op, verwacht zij.", False, True),
        ("Het budget is naar haar mening te krap.", False, True),
        # plural pronouns, a pronoun that reports nothing, the form read in the other place
        ("Zij vinden dat de regio te groot is.", True, False),
        ("Volgens hen is het aantal meldingen gestegen.", False, False),
        ("Hij werkt sinds 2015 bij de gemeente.", True, False),
        ("Zij is sinds maart in dienst van de stichting.", True, False),
        ("Volgens hem is het aantal meldingen gestegen.", True, False),
    ],
)  # fmt: skip
def test_a_singular_pronoun_that_reports(text, opening, expected):
    assert sp.singular_pronoun(text, opening) is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("De wijkverpleegkundige belt aan.", 0, 22, True),
        ("Een jongerenwerker belt aan.", 0, 18, True),
        ("Een van de consulenten belt aan.", 11, 22, True),
        ("Twee consulenten bellen aan.", 0, 16, False),
        ("De wijkverpleegkundigen bellen aan.", 0, 23, False),
        ("De jeugdartsen bellen aan.", 0, 14, False),
    ],
)  # fmt: skip
def test_the_number_of_a_speaker_mention(text, start, end, expected):
    from kg.extract.model import SentenceMention

    mention = SentenceMention("role/x", "role", start, end, text[start:end], 0)
    assert sp.singular_mention(mention, text) is expected


@pytest.mark.parametrize(
    ("before", "sentence", "speaker"),
    [
        # the plural group in a relative clause between is skipped
        ("De beleidsmedewerker jeugd vertelt dat de gemeente de jeugdhulp samen met de regio "
         "inkoopt, tegen tarieven die volgens de zorgaanbieders te laag zijn.",
         "Volgens haar kwamen er in 2015 ruim tweehonderd meldingen binnen bij de wijkteams.",
         "role/policy-officers"),
        ("De wethouder zegt dat de wijkteams goed draaien, al vinden de huisartsen dat ze "
         "slecht bereikbaar zijn.",
         "Volgens hem is het aantal doorverwijzingen in 2015 met een vijfde gedaald.",
         "role/alderman"),
        ("Een van de huisartsen vertelt dat de praktijkondersteuner veel gezinnen helpt, "
         "waar de scholen volgens de intern begeleiders nog weinig van merken.",
         "Hij vindt dat de lijnen met het wijkteam kort zijn.",
         "role/general-practitioners"),
        ("De directeur van de woningcorporatie meldt dat de huurachterstanden oplopen, wat "
         "volgens de schuldhulpverleners vooral gezinnen treft.",
         "Volgens hem worden er in 2016 meer huisuitzettingen verwacht dan in 2015.",
         "role/housing-corporations"),
    ],
)  # fmt: skip
def test_the_pronoun_takes_up_the_single_speaker(before, sentence, speaker):
    doc, ex = extract_text(f"{before} {sentence}")
    assert speaker in _speakers(doc, ex, sentence[:30])


@pytest.mark.parametrize(
    ("before", "sentence", "speaker"),
    [
        # the pronoun's antecedent named in its own sentence
        ("De wethouder is tevreden over de wijkteams.",
         "De wijkagent ziet meer verwarde personen; volgens hem ontbreekt een opvangplek.",
         "role/alderman"),
    ],
)  # fmt: skip
def test_no_single_speaker_where_none_is_taken_up(before, sentence, speaker):
    doc, ex = extract_text(f"{before} {sentence}")
    assert speaker not in _speakers(doc, ex, sentence[:30])


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens hen is de wachttijd voor een gesprek te lang.",
        "Zij vinden dat de wachttijd voor een gesprek te lang is.",
        "De wachttijd is te lang, zeggen ze.",
        "Het team krijgt er in 2016 twee consulenten bij.",
    ],
)
def test_plural_pronouns_and_plain_claims_keep_their_voice(sentence):
    from kg.document import Sentence
    from kg.extract.claims import Claim
    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech

    before = "De wethouder zegt dat het goed gaat."
    text = f"{before} {sentence}"
    mention = SentenceMention("role/alderman", "role", 0, 13, "De wethouder", 0)
    first = Claim([Sentence(0, 0, len(before), 0, 0)], [mention], Speech(("role/alderman",), at=0))
    first.explicit, first.voice = True, ("role/alderman",)
    second = Claim([Sentence(1, len(before) + 1, len(text), 0, 0)])
    second.voice = ("role/teams",)
    sp.singular_voices(text, [first, second])
    assert second.voice == ("role/teams",)


@pytest.mark.parametrize(
    "doc",
    [
        "Zo gaat het. Volgens hem is het aantal meldingen gestegen. De kosten stijgen, meent zij.",
        "De raad twijfelt. Het budget is naar haar mening te krap, en dat vindt ze ook.",
        "Wijkteams, aldus haar collega, werken goed; verwachtte hij dat? Naar zijn idee wel.",
        "Volgens hen is het druk. Dat zeggen ze. Zegt zij dat ook? Aldushem niet.",
    ],
)
def test_the_inside_pronoun_read_in_the_document_is_read_as_in_the_claim(doc):
    # every span of the document, those that cut a word too: the document's form
    # (tried only where an opening word begins) answers as the claim read alone
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1, 7):
            said = doc[start:end]
            alone = sp.singular_pronoun(said, False)
            assert sp.singular_pronoun(said, False, doc, start) is alone
