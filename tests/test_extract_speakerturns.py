"""Turns under speaker labels and the people introduced once with their role
(kg/extract/speakerturns.py, read through kg/extract/codealiases.py); invented Dutch
transcripts, none of any profile's wording."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extract_helpers import extract_profile, finding_for, key

from kg.document import parse_profile
from kg.extract.model import SentenceMention
from kg.extract.speakerturns import guest_turns, host_label, host_names, in_turn, turn_labels

_PARAGRAPHS = (
    "Presentator Sanne: Welkom bij ons gesprek over de zorg in de stad. Aan tafel zit "
    "Pieter van Dam, huisarts in de wijk Noord. Naast hem zit Yasmina Bakker, wethouder "
    "van Zorg.",
    "Pieter: Dank voor de uitnodiging.",
    "Presentator Sanne: Hoe gaat het met de wachttijden?",
    "Pieter: De wachttijden bij de jeugd-ggz zijn echt te lang. Ouders bellen mij "
    "wekelijks in paniek.",
    "Yasmina: We hebben in 2016 extra geld vrijgemaakt voor de jeugdhulp. Dat was hard nodig.",
    "Sanne: Dat klinkt als een flinke stap.",
    "Gerrit: Ik vind het loket te ver weg.",
)


@lru_cache(maxsize=1)
def _extracted():
    body = "\n\n".join(_PARAGRAPHS)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


def _speakers(fragment: str) -> list[str]:
    doc, ex = _extracted()
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Pieter: De wachttijden bij de jeugd-ggz", ["role/general-practitioners"]),
        # the turn goes on after its first sentence
        ("Ouders bellen mij wekelijks", ["role/general-practitioners"]),
        ("Yasmina: We hebben in 2016", ["role/alderman"]),
        ("Dat was hard nodig", ["role/alderman"]),
        # a host's turn is the researchers', also under the host's bare name
        ("Sanne: Dat klinkt als", ["role/authors"]),
        # a label of someone never introduced changes nothing
        ("Gerrit: Ik vind het loket", ["role/authors"]),
    ],
)
def test_a_turn_is_the_labelled_persons(fragment, expected):
    assert _speakers(fragment) == expected


def test_turn_labels_read_only_a_paragraphs_opening():
    text = (
        "Stad\n\nZorg\n\nHallo allemaal.\n\nInterviewer: Wat vindt u van de raad.\n\n"
        "Anouk de Wit: Die is actief.\n\n"
        "De raad had drie punten: geld, tijd en mensen.\n\nDat was zo. Kees: ja.\n"
    )
    labels = [label for _, _, label in turn_labels(parse_profile(text, "s"))]
    assert labels == ["Interviewer", "Anouk de Wit"]


@pytest.mark.parametrize(
    ("label", "hosts", "expected"),
    [
        ("Host Ilse", frozenset(), True),
        ("Interviewer", frozenset(), True),
        ("Gespreksleider", frozenset(), True),
        ("Ilse", frozenset({"ILSE"}), True),
        ("Bram", frozenset({"ILSE"}), False),
        ("Wethouder", frozenset(), False),
    ],
)
def test_host_label(label, hosts, expected):
    assert host_label(label, hosts) is expected


def test_host_names():
    labels = [(0, 5, "Host Ilse"), (6, 9, "Bram"), (10, 20, "Presentator Ruud")]
    assert host_names(labels) == frozenset({"ILSE", "RUUD"})


# Blocks closed by a signature after a dash: the block is the signer's.
_SIGNED = (
    "Elke week zie ik gezinnen die hun rekeningen niet meer kunnen betalen. De wachttijd "
    "voor een eerste gesprek is in 2016 opgelopen tot zes weken.",
    "— Ruben, schuldhulpverlener in de stad",
    "Wij merken dat ouderen langer thuis blijven wonen dan vroeger. De druk op de "
    "thuiszorg neemt daardoor sterk toe.",
    "– Sofie Janssen, wijkverpleegkundige",
    "De gemeente heeft in 2016 een nieuw loket geopend.",
)


@lru_cache(maxsize=1)
def _signed():
    body = "\n\n".join(_SIGNED)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Elke week zie ik gezinnen", ["role/debt-counsellors"]),
        ("De wachttijd voor een eerste gesprek", ["role/debt-counsellors"]),
        ("Wij merken dat ouderen", ["role/district-nurses"]),
        ("De druk op de thuiszorg", ["role/district-nurses"]),
        # text after the last signature is signed by no one
        ("De gemeente heeft in 2016", ["role/authors"]),
    ],
)
def test_a_signature_signs_the_block_above_it(fragment, expected):
    doc, ex = _signed()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_a_dash_line_without_a_function_signs_nothing():
    from kg.extract.speakerturns import signed_blocks

    text = "Stad\n\nZorg\n\nHet loket is open.\n\n— Amsterdam, 2016\n"
    assert signed_blocks(parse_profile(text, "s"), [], lambda t, a, b, ms: None) == []


# A person named once in full with a function, then by first name, surname or "mevrouw X".
_NAMED = (
    "Voor dit hoofdstuk spraken we met Lotte Verhoeven, wijkverpleegkundige in het "
    "centrum, en met Gert-Jan Wiersma (wethouder Jeugd).",
    "Verhoeven ziet dat steeds meer ouderen eenzaam zijn.",
    "Lotte vertelt dat de wachttijden bij de thuiszorg snel oplopen.",
    "Volgens Wiersma is het budget voor de jeugdhulp in 2017 te krap.",
    "Mevrouw Verhoeven is positief over het nieuwe loket in de wijk.",
    "Stichting Lindewerk, de grootste aanbieder in de stad, groeit hard.",
)


@lru_cache(maxsize=1)
def _named():
    body = "\n\n".join(_NAMED)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Verhoeven ziet dat", ["role/district-nurses"]),
        ("Lotte vertelt dat", ["role/district-nurses"]),
        ("Volgens Wiersma is het budget", ["role/alderman"]),
        ("Mevrouw Verhoeven is positief", ["role/district-nurses"]),
    ],
)
def test_a_person_is_cited_by_a_shorter_form(fragment, expected):
    doc, ex = _named()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_a_persons_short_form_is_no_organisation_but_a_named_organisation_stays():
    doc, ex = _named()
    texts = {m.text for m in ex.mentions}
    assert not texts & {"Verhoeven", "Lotte", "Wiersma"}
    assert any("Lindewerk" in t for t in texts)


#: A transcript whose guests give figures in their turns; the hosts give some too.
_FIGURES = (
    "Host Lieke: Vandaag praten we over werk en armoede. Te gast is Ruud Hofman, "
    "schuldhulpverlener bij de gemeente.",
    "Lieke: Hoeveel mensen meldden zich vorig jaar?",
    "Ruud: Ongeveer 340.",
    "Lieke: En het jaar ervoor?",
    "Ruud: Toen waren het er 290. Het aantal huishoudens met schulden lag in 2016 met 6% "
    "hoger dan in de buurgemeente.",
    "Host Lieke: Dus 50 meer.",
    "Ruud: Vijf weken, ja.",
    "Werkloosheid: 7,2% (NL 6,0%).",
)


@lru_cache(maxsize=1)
def _figures_extracted():
    body = "\n\n".join(_FIGURES)
    return extract_profile(f"Teststad\n\nEen motto\n\nWerk en inkomen\n\n{body}\n")


@pytest.mark.parametrize(
    "fragment",
    [
        "Ruud: Ongeveer 340.",
        "Toen waren het er 290.",
        "Het aantal huishoudens met schulden lag in 2016 met 6%",
        "Ruud: Vijf weken, ja.",
    ],
)
def test_a_guests_figures_in_a_labelled_turn_are_a_finding(fragment):
    doc, ex = _figures_extracted()
    assert finding_for(doc, ex, fragment) is not None


def test_a_fact_box_line_among_the_turns_stays_data():
    doc, ex = _figures_extracted()
    with pytest.raises(AssertionError):
        finding_for(doc, ex, "Werkloosheid: 7,2%")


def test_guest_turns_need_a_label_of_several_turns_and_no_host():
    doc = parse_profile(
        "Stad\n\nZorg\n\nModerator Wim: Welkom.\n\nAnouk: Ja, 12.\n\nWim: Meer?\n\n"
        "Anouk: Nee.\n\nWim: Zeker?\n\nAnouk: Zeker 12.\n\nJeugd: 40 kinderen.\n\n"
        "Bas: Eens.\n",
        "s",
    )
    assert [doc.text[s:e] for s, e in guest_turns(doc)] == [
        "Anouk: Ja, 12.",
        "Anouk: Nee.",
        "Anouk: Zeker 12.",
    ]


def test_in_turn_reads_ordered_spans():
    spans = [(5, 9), (12, 20)]
    assert [in_turn(spans, k) for k in (4, 5, 8, 9, 12, 19, 20)] == [
        False,
        True,
        True,
        False,
        True,
        True,
        False,
    ]


def test_a_label_of_dictionary_words_names_no_guest():
    doc = parse_profile(
        "Stad\n\nZorg\n\nBron: CBS, 2016.\n\nToelichting: 40 kinderen.\n\nBron: UWV.\n\n"
        "Toelichting: 12 gezinnen.\n\nBron: GGD.\n\nToelichting: 9 scholen.\n",
        "s",
    )
    assert guest_turns(doc) == []


_PAGE = (
    "Teststad\n\nEen motto\n\nInleiding\n\nDe krant vroeg drie lezers om hun mening over de "
    "zorg in de stad.\n\nBestuur\n\nDoor Marloes de Jong, wethouder in Teststad\n\n"
    "Beleid\n\nIk ben trots op wat we bereikten. Wij hebben de wachtlijsten in 2016 "
    "gehalveerd.\n\nOrganisatie\n\nDe samenwerking met de scholen kan nog beter.\n\n"
    "Democratie\n\nDoor de cliëntenraad van Teststad\n\nWij missen de stem van de ouders. "
    "Het loket is voor veel inwoners te ver weg.\n\nJeugd\n\nNaschrift van de redactie. "
    "Wij danken de schrijvers voor hun bijdragen.\n"
)


@lru_cache(maxsize=1)
def _page():
    return extract_profile(_PAGE)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Ik ben trots", ["role/alderman"]),
        ("Wij hebben de wachtlijsten", ["role/alderman"]),
        ("De samenwerking met de scholen", ["role/alderman"]),
        ("Wij missen de stem", ["role/client-council"]),
        ("Het loket is voor veel", ["role/client-council"]),
        ("Wij danken de schrijvers", ["role/authors"]),
    ],
)
def test_a_byline_gives_its_piece_to_the_writer_through_headings(fragment, expected):
    doc, ex = _page()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_the_function_in_a_byline_is_a_mention():
    doc, ex = _page()
    at = doc.text.index("wethouder in")
    assert any(m.start == at and key(m.entity) == "role/alderman" for m in ex.mentions)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Door de decentralisatie kreeg de gemeente meer taken.",
        "Door Corona, de crisis van dit jaar, liep alles anders.",
        "Door de bank genomen is het goed gegaan.",
        "Door te bezuinigen op de huishoudelijke hulp hield de gemeente geld over.",
    ],
)
def test_a_sentence_opening_with_door_is_no_byline(paragraph):
    from kg.extract.speakerturns import byline_blocks, byline_headings

    doc = parse_profile(f"Stad\n\nZorg\n\n{paragraph}\n\nWerk\n\nIk zie veel.\n", "s")
    assert byline_headings(doc) == []
    assert byline_blocks(doc, [], lambda t, a, b, ms: "role/x") == []


@pytest.mark.parametrize(
    ("byline", "function"),
    [
        ("Door: Sven Dekker (huisarts in Stad)", "huisarts"),
        ("Door Sven Dekker, huisarts in Stad", "huisarts"),
        ("Door Ilse van der Laan (wethouder)", "wethouder"),
        ("Door: Ilse van der Laan, wethouder Jeugd", "wethouder"),
    ],
)
def test_a_byline_names_its_writer_after_a_comma_or_in_brackets(byline, function):
    from kg.extract.speakerturns import byline_blocks

    doc = parse_profile(f"Stad\n\nZorg\n\nInleiding.\n\n{byline}\n\nIk zie veel.\n", "s")
    at = doc.text.index(function)
    role = SentenceMention("role/x", "role", at, at + len(function), function, 0)

    def voice(text, a, b, ms):
        return next((m.entity for m in ms if a <= m.start < b), None)

    blocks = byline_blocks(doc, [role], voice)
    assert [(doc.text[a:b].strip(), v) for a, b, v in blocks] == [("Ik zie veel.", "role/x")]


def test_a_lone_group_byline_opens_no_piece():
    from kg.extract.speakerturns import byline_blocks

    doc = parse_profile("Stad\n\nZorg\n\nInleiding.\n\nDoor de raad vastgesteld\n\nTekst.\n", "s")
    at = doc.text.index("raad")
    council = SentenceMention("role/council", "role", at, at + 4, "raad", 0)
    assert byline_blocks(doc, [council], lambda t, a, b, ms: "role/council") == []


_FACTS = (
    "Presentator Sanne: Welkom. Aan tafel zit Karin de Wit, beleidsmedewerker bij de "
    "gemeente Teststad.",
    "Karin: De jeugdhulp kopen we in via de regio, samen met Dorpstad en Veldhoven.",
    "Presentator Sanne: En de samenwerking?",
    "Karin: Met Dorpstad werken we heel goed samen, dat loopt prima.",
    "Karin: De wachtlijsten voor jeugd-ggz zijn te lang.",
)


@lru_cache(maxsize=1)
def _facts():
    body = "\n\n".join(_FACTS)
    return extract_profile(f"Teststad\n\nEen motto\n\nRegionale samenwerking\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # a plain fact of organisation in a guest's turn, in the first person: the authors'
        ("Karin: De jeugdhulp kopen we in", ["role/authors"]),
        # a judgement of the cooperation and a view stay the guest's
        ("Karin: Met Dorpstad werken we heel goed samen", ["role/policy-officers"]),
        ("Karin: De wachtlijsten", ["role/policy-officers"]),
    ],
)
def test_a_plain_fact_of_organisation_in_a_turn_is_the_authors(fragment, expected):
    doc, ex = _facts()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected
