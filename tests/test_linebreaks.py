"""Paragraph and list-item breaks in profiles laid out other than the PDF export."""

from kg.document import KnownHeading, parse_profile
from kg.linebreaks import paragraph_gaps

HEADINGS = [KnownHeading("bestuur", ("Bestuur",), 1)]


def _paragraphs(text: str) -> list[str]:
    doc = parse_profile(text, "teststad", HEADINGS)
    return [doc.text[p.start : p.end] for p in doc.paragraphs]


def test_pdf_layout_has_no_gaps():
    raw = ["De raad is tevreden over ", "", "de teams. ", "", " ", "", "Ambtenaren zijn.", ""]
    assert paragraph_gaps(raw) == frozenset()


def test_a_stray_blank_line_in_a_single_spaced_text_keeps_its_empty_lines_meaning():
    text = (
        "Teststad\nEen motto\n\nBestuur\n \n"
        "De wethouder is tevreden over de wijkteams.\n\n"
        "Ambtenaren zijn kritisch over de wachtlijsten.\n"
    )
    assert _paragraphs(text) == [
        "De wethouder is tevreden over de wijkteams.",
        "Ambtenaren zijn kritisch over de wachtlijsten.",
    ]


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


def test_markdown_numbered_and_colon_headings_are_read_without_their_marks():
    headings = [
        KnownHeading("bestuur", ("Bestuur",), 1),
        KnownHeading("organisatie", ("Organisatie",), 2, "bestuur"),
        KnownHeading("regio", ("Regionale samenwerking",), 2, "bestuur"),
    ]
    text = (
        "# Teststad\nEen motto\n\n## 2. Bestuur\n\n3.1 Organisatie\n\n"
        "De teams werken goed samen.\n\nRegionale samenwerking:\n\n"
        "Teststad werkt samen met de buurgemeenten.\n"
    )
    doc = parse_profile(text, "teststad", headings)
    assert doc.title == "Teststad"
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("Bestuur", 1),
        ("Organisatie", 2),
        ("Regionale samenwerking", 2),
    ]
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De teams werken goed samen.",
        "Teststad werkt samen met de buurgemeenten.",
    ]


def test_a_colon_line_that_is_no_known_heading_stays_text():
    text = "Teststad\nEen motto\n\nBestuur\n\nHet college stuurt op drie doelen:\n\n- zorg.\n"
    assert _paragraphs(text) == ["Het college stuurt op drie doelen:", "- zorg."]


def test_ligatures_become_letters():
    text = "Teststad\nEen motto\n\nBestuur\n\nDe ﬁnanciële situatie is ﬂink verbeterd.\n"
    assert _paragraphs(text) == ["De financiële situatie is flink verbeterd."]


def test_a_list_items_sentence_leaves_its_bullet_out():
    text = (
        "Teststad\nEen motto\n\nBestuur\n\nDe samenwerking is zo georganiseerd:\n\n"
        "• Jeugdhulp: de gemeenten kopen samen in.\n\n- Werk: de sociale dienst voert uit.\n"
    )
    doc = parse_profile(text, "teststad", HEADINGS)
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De samenwerking is zo georganiseerd:",
        "Jeugdhulp: de gemeenten kopen samen in.",
        "Werk: de sociale dienst voert uit.",
    ]


def test_a_name_split_at_a_line_end_before_a_capital_is_joined_without_a_space():
    from kg.linebreaks import join_lines

    assert join_lines(["de wijk Tiel-", "Oost en de regio Midden-", "Drenthe"]) == (
        "de wijk Tiel-Oost en de regio Midden-Drenthe"
    )
    assert join_lines(["het college -", "De raad"]) == "het college - De raad"


def test_a_word_hyphenated_at_a_line_end_is_joined_when_the_text_writes_it_whole():
    from kg.linebreaks import join_lines, whole_words

    whole = whole_words(["De gemeente en de informatie.", "De Wmo-raad."])
    assert join_lines(["De ge-", "meente."], whole) == "De gemeente."
    assert join_lines(["De informa-", "tie."], whole) == "De informatie."
    assert join_lines(["De Wmo-", "raad."], whole) == "De Wmo-raad."  # written with its hyphen
    assert join_lines(["De zorg-", "aanbieders."], whole) == "De zorg-aanbieders."  # not whole
    assert join_lines(["Noord-", "Drenthe"], {"noorddrenthe"}) == "Noord-Drenthe"  # a capital
