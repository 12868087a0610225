"""Paragraph and list-item breaks in profiles laid out other than the PDF export."""

from kg.document import KnownHeading, parse_profile
from kg.linebreaks import ends_list_item, paragraph_gaps

HEADINGS = [KnownHeading("bestuur", ("Bestuur",), 1)]


def _paragraphs(text: str) -> list[str]:
    doc = parse_profile(text, "teststad", HEADINGS)
    return [doc.text[p.start : p.end] for p in doc.paragraphs]


def test_pdf_layout_has_no_gaps():
    raw = ["De raad is tevreden over ", "", "de teams. ", " ", "", "Ambtenaren zijn kritisch."]
    assert paragraph_gaps(raw) == frozenset()


def test_single_spaced_text_breaks_at_every_empty_line():
    text = (
        "Teststad\nEen motto\n\nBestuur\n\n"
        "De wethouder is tevreden over de wijkteams.\n\n"
        "Ambtenaren zijn kritisch over de wachtlijsten.\n"
    )
    assert _paragraphs(text) == [
        "De wethouder is tevreden over de wijkteams.",
        "Ambtenaren zijn kritisch over de wachtlijsten.",
    ]


def test_double_spaced_text_breaks_at_longer_runs_only():
    text = (
        "Teststad\n\nEen motto\n\nBestuur\n\n"
        "De wethouder is tevreden over\n\nde wijkteams in de dorpen.\n\n\n\n"
        "Ambtenaren zijn kritisch over\n\nde wachtlijsten bij de jeugdhulp.\n"
    )
    assert _paragraphs(text) == [
        "De wethouder is tevreden over de wijkteams in de dorpen.",
        "Ambtenaren zijn kritisch over de wachtlijsten bij de jeugdhulp.",
    ]


def test_long_lines_are_paragraphs_of_their_own():
    first = "De wethouder noemt de transformatie een verbouwing terwijl de winkel open is. " * 3
    second = "Ambtenaren zijn over het algemeen positief over de steun van het college. " * 3
    text = f"Teststad\nEen motto\nBestuur\n{first.strip()}\n{second.strip()}\n"
    assert _paragraphs(text) == [first.strip(), second.strip()]


def test_items_ending_in_a_semicolon_are_blocks_of_their_own():
    text = (
        "Teststad\n\nEen motto\n\n \n\nBestuur\n\n \n\n"
        "Medewerkers van de teams geven aan dat:\n\n"
        "- de caseload te hoog is;\n\n"
        "- de samenwerking met de huisartsen goed verloopt;\n\n"
        "- er te weinig tijd is voor preventie.\n\n \n\n"
    )
    assert _paragraphs(text) == [
        "Medewerkers van de teams geven aan dat:",
        "- de caseload te hoog is;",
        "- de samenwerking met de huisartsen goed verloopt;",
        "- er te weinig tijd is voor preventie.",
    ]


def test_a_dash_inside_running_text_opens_no_item():
    assert not ends_list_item("De klanten bleken - anders dan gedacht", "minder talrijk;")
    text = (
        "Teststad\n\nEen motto\n\n \n\nBestuur\n\n \n\n"
        "Er waren minder klanten dan gedacht, zo bleek;\n\n"
        "- en dat gaf ruimte in het budget.\n\n \n\n"
    )
    assert _paragraphs(text) == [
        "Er waren minder klanten dan gedacht, zo bleek; - en dat gaf ruimte in het budget."
    ]
