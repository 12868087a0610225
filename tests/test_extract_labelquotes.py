"""A quotation under a speaker's label (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.labelquotes import labelled_quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Een wijkverpleegkundige: ‘We rijden de halve dag van adres naar adres.’",
        "Jobcoach: 'Werkgevers bellen ons pas als het al misgaat.'",
        "Raadslid (coalitie): “Over de regio horen we pas achteraf iets.”",
        "Ouderenbond Zuid: „Wie geen computer heeft, komt niet aan de beurt.”",
        "De ouderling: ‘Veel gezinnen vragen pas hulp als het te laat is.’",
    ],
)
def test_label_speaks_quotation(sentence):
    at = labelled_quote(sentence, 0, len(sentence))
    assert at is not None and sentence[at] in "‘'“„"


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder zegt daarover: “Wie hulp vraagt, krijgt een gesprek.”",  # a verb of speech
        "Het advies van de adviesraad is helder: ‘eerst de toegang op orde’.",  # a phrase, no label
        "Jongerenwerker: ‘maatwerk’ in de wijk.",  # a term in quotation marks
        "Wachttijd jeugd-ggz: zes weken voor een intake.",  # no quotation after the colon
        "Een buurtwerker vertelt dat de wijk verandert.",  # no colon
    ],
)
def test_no_label_quotation(sentence):
    assert labelled_quote(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Een jongerenwerker: ‘Op vrijdagavond staan we met twee man in de hele wijk.’",
        "Diaken: 'Gezinnen komen pas bij ons als de huur al drie maanden openstaat.'",
        "Wijkagent: “Wij horen het eerst van de buren, niet van de hulpverlening.”",
    ],
)
def test_unjudged_label_quotation_reads_negative(sentence):
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a judgement word in the quotation decides, not the default
        ("Een mantelzorger: ‘De hulp van het wijkteam is echt goed geregeld.’", "positive"),
        # a lead-in with a verb of speech is not a bare label: no default
        # a state granted for now: still, but not for long (stillfornow), mixed
        ("Coördinator: ‘De vrijwilligers houden het nog vol, maar niet lang meer.’", "mixed"),
        (
            "De wethouder vertelt daarover: ‘Het spreekuur is op dinsdag in het dorpshuis.’",
            "neutral",
        ),
    ],
)
def test_label_quotation_keeps_other_readings(sentence, expected):
    assert polarity_of(sentence) == expected
