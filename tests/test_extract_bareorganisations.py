"""A bare "De organisatie …" after a sentence opened by a named organisation refers back to it
(kg/extract/bareorganisations.py), invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("paragraph", "fragment", "name"),
    [
        (
            "Stichting Welzijn Noord telt ruim 300 vrijwilligers. De organisatie merkt dat"
            " jongeren steeds moeilijker te vinden zijn.",
            "De organisatie merkt",
            "welzijn-noord",
        ),
        (
            "Zorgbureau Hoeksteen begeleidt 80 gezinnen in de stad. De instelling ziet de"
            " wachtlijsten voor jeugdhulp oplopen.",
            "De instelling ziet",
            "hoeksteen",
        ),
        (
            "Woonstichting Het Anker verhuurt ruim 4.000 woningen. De organisatie wijst erop dat"
            " de wachttijd voor een huurwoning oploopt.",
            "De organisatie wijst",
            "anker",
        ),
        (
            "Kredietbank Rivierenland hielp in 2015 ruim 500 huishoudens. De organisatie"
            " verwacht dat het aantal aanmeldingen verder stijgt.",
            "De organisatie verwacht",
            "rivierenland",
        ),
    ],
)
def test_the_organisation_named_before_speaks(paragraph, fragment, name):
    doc, ex = extract_text(paragraph)
    noun = doc.text.index(fragment) + 3
    referring = [m for m in ex.mentions if m.start == noun]
    assert referring and name in referring[0].entity
    assert [key(s) for s in finding_for(doc, ex, fragment).speakers] == [key(referring[0].entity)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a complement: the organisation of something else
        "Stichting Welzijn Noord telt 300 vrijwilligers. De organisatie van de zorg is"
        " ingewikkeld.",
        # the sentence before does not open with a named organisation
        "In de stad werkt ook Stichting Welzijn Noord. De organisatie merkt dat het krap is.",
        # the named organisation is in another paragraph
        "Stichting Welzijn Noord telt 300 vrijwilligers.\n\nDe organisatie merkt dat het krap is.",
    ],
)
def test_no_organisation_named_right_before(paragraph):
    doc, ex = extract_text(*paragraph.split("\n\n"))
    noun = doc.text.index("De organisatie") + 3
    assert not [m for m in ex.mentions if m.start == noun]
