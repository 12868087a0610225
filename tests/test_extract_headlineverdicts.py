"""A verdict before a colon governs the grounds after it (kg/extract/headlineverdicts.py)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.headlineverdicts import verdict_end
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    at = s.index(word)
    return Cue(at, at + len(word), sign)


def test_a_verdict_before_the_colon_ends_there():
    s = "De arbeidsmarkt is gunstig: 70% heeft werk, slechts 4% zoekt werk."
    assert verdict_end(s, 0, len(s), [_cue(s, "gunstig", 1), _cue(s, "slechts", -1)]) == 26


@pytest.mark.parametrize(
    "sentence",
    [
        # no judgement word before the colon: a speaker's label
        "Een klantmanager: ‘De lijnen zijn kort, maar de regels zijn streng.’",
        # the grounds set a side of their own: a contrast, a concession, a reason
        "Het loket werkt goed: de wachttijden zijn echter lang.",
        "De wijkteams werken goed: de lijnen zijn kort, want de teams zitten in de school.",
        # no colon
        "De wijkteams werken goed en de wachttijden zijn lang.",
    ],
)
def test_no_verdict_is_told(sentence):
    cues = [_cue(sentence, w, 1) for w in ("goed", "kort") if w in sentence]
    assert verdict_end(sentence, 0, len(sentence), cues) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the grounds' own words ("slechts", "laat") bear the verdict out
        ("De inkomenspositie van ouderen is gunstig: 64% zit in de bovenste helft, "
         "slechts 12% in het onderste kwart.", "positive"),
        ("Raadsleden vinden dat de informatie over de jeugdhulp tekortschiet: de "
         "rapportages komen laat, al zijn ze wel uitgebreid.", "mixed"),
        # a contrast after the colon is weighed as ever
        ("De samenwerking met de huisartsen is goed: de lijnen zijn kort, maar de "
         "wachttijden bij de jeugd-ggz zijn lang.", "mixed"),
    ],
)  # fmt: skip
def test_the_verdict_governs_its_grounds(sentence, expected):
    assert polarity_of(sentence) == expected
