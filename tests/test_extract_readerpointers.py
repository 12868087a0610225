"""A pointer to the reader is no claim (kg.extract.readerpointers), on invented Dutch lines of
newsletters, leaflets and web pages."""

from __future__ import annotations

import pytest

from kg.extract.readerpointers import reader_pointer
from tests.extract_helpers import extract_text


def _whole(text: str) -> bool:
    return reader_pointer(text, 0, len(text))


@pytest.mark.parametrize(
    "line",
    [
        "Lees verder op pagina 7.",
        "Lees meer over de mantelzorgwaardering op onze website.",
        "Kijk op www.wijkteamsdelft.nl voor de openingstijden.",
        "Neem gerust contact op met de consulent van uw wijk.",
        "Bel 0546-123456 of loop binnen bij het loket.",
        "Mail naar vrijwilligers@welzijnwest.nl.",
        "Meld u nu aan voor de cursus.",
        "Meer weten? Bel het Wmo-loket.",
        "Vragen? Stuur een e-mail naar de redactie.",
        "Meer informatie staat op pagina 4.",
        "Meer info: www.jeugdpunt.nl.",
        "Aanmelden kan bij het steunpunt via 14 0345.",
        "Wordt vervolgd.",
        "Volgende maand meer over de schuldhulp.",
    ],
)
def test_a_pointer_to_the_reader(line):
    assert _whole(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lees de evaluatie van de wijkteams er maar op na: die is kritisch.",
        "Meer informatie delen tussen de teams is nodig, vindt de teamleider.",
        "Meer informatie over de eigen bijdrage zou cliënten helpen.",
        "Aanmelden voor de dagbesteding gaat via het wijkteam.",
        "Vragen over de Wmo komen vooral van ouderen.",
        "Kijk naar de cijfers: de wachttijd is verdubbeld.",
        "Het team kijkt op de website van de GGD naar de cijfers.",
        "‘Bel gerust’, zegt de consulent, ‘maar we zijn vaak onderweg.’",
    ],
)
def test_a_claim_that_opens_like_a_pointer(sentence):
    assert not _whole(sentence)


def test_a_newsletters_pointers_leave_no_finding_end_to_end():
    doc, ex = extract_text(
        "De wachttijd bij het Wmo-loket is opgelopen tot zes weken. Lees verder op pagina 2.",
        "Meer weten? Neem contact op met het loket via 0599-123456.",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "De wachttijd bij het Wmo-loket is opgelopen tot zes weken."
    ]
