"""A named organisation introduced with its kind speaks as the name (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.kindnames import introduced_with_kind
from kg.extract.model import SentenceMention
from kg.extract.speakers import detect

ORG = "https://w3id.org/kg-decentralisatie/id/organisation/"


def _named(sentence: str, name: str) -> SentenceMention:
    at = sentence.index(name)
    return SentenceMention(ORG + name.lower(), "organisation", at, at + len(name), name, 0)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Het sociale werkbedrijf Werkom ziet de instroom dalen.", "Werkom"),  # present
        ("De regionale kredietbank Geldwijs meldde in 2016 meer aanvragen.", "Geldwijs"),  # past
        ("Ook de welzijnsstichting Salut vindt dat de wijkteams te zwaar belast zijn.", "Salut"),
        (
            "De thuiszorgorganisatie Zorgkracht heeft aangegeven dat zij personeel zoekt.",
            "Zorgkracht",
        ),
        ("Het grootste uitzendbureau Flexwerk verwacht meer vacatures.", "Flexwerk"),
    ],
)
def test_the_name_introduced_with_its_kind_speaks(sentence, name):
    m = _named(sentence, name)
    assert introduced_with_kind(sentence, 0, m)
    speech = detect(sentence, 0, len(sentence), [m])
    assert speech.speakers == (m.entity,)
    assert speech.subject == m.entity


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In de wijk Hoograven ziet men meer armoede.", "Hoograven"),  # a place, a preposition
        ("Met de gemeente Zeewolde werkt de stad samen.", "Zeewolde"),  # a preposition first
        ("De wachtlijst Jeugdhulp ziet er lang uit.", "Jeugdhulp"),  # no kind of party
    ],
)
def test_no_kind_before_a_name(sentence, name):
    assert not introduced_with_kind(sentence, 0, _named(sentence, name))
