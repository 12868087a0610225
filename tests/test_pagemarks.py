"""kg.pagemarks: the running headers and footers and the table of contents of a printed
profile leave its text (invented profiles in the layout text extracted from a PDF has)."""

from __future__ import annotations

from kg.document import parse_profile


def _pdf(page_break: str) -> str:
    pages = [
        "PROFIEL GEMEENTE STAD\n\nInhoudsopgave\n\n1 Inleiding .......... 2\n"
        "2 Bestuur .......... 3\n2.1 Beleid en sturing ...... 3\nBronnen 4\n",
        "Profiel Stad\n\n1 Inleiding\n\nDe gemeente telt 20.000 inwoners.\n",
        "Profiel Stad\n\n2 Bestuur\n\n2.1 Beleid en sturing\n\nDe raad is tevreden.\n",
        "Profiel Stad\n\nBronnen\n\nCBS (2016). Statline.\n",
    ]
    return page_break.join(f"{page}\nGemeenten in beeld | {n}\n" for n, page in enumerate(pages, 1))


def test_page_furniture_leaves_the_text_with_or_without_page_breaks():
    for page_break in ("\f", ""):
        doc = parse_profile(_pdf(page_break), "stad")
        assert doc.title == "Stad" and doc.motto is None
        assert [s.heading for s in doc.sections] == [
            "Inleiding",
            "Bestuur",
            "Beleid en sturing",
            "Bronnen",
        ]
        assert [doc.sentence_text(s) for s in doc.sentences] == [
            "De gemeente telt 20.000 inwoners.",
            "De raad is tevreden.",
        ]  # the list of sources gives no sentences
        kinds = {kind for kind, _ in doc.removed}
        assert {"contents", "running line"} <= kinds
        assert ("running line", "Profiel Stad") in doc.removed


def test_a_table_of_contents_without_dot_leaders_follows_its_label():
    text = (
        "Stad\n\nMotto\n\nInhoud\nInleiding 2\nBestuur 3\nZorg 5\n\n"
        "Inleiding\n\nDe raad vergadert elke maand over het sociaal domein.\n"
    )
    doc = parse_profile(text, "stad")
    assert [s.heading for s in doc.sections] == ["Inleiding"]
    assert [kind for kind, _ in doc.removed] == ["contents"] * 4


def test_a_line_said_once_or_twice_is_no_running_line():
    # a short line with a number, twice: text; the title's name once more: a heading
    text = (
        "Stad\n\nBestuur\n\nDe raad telt 19 leden.\n\nDe raad telt 21 leden.\n\n"
        "Stad\n\nDe wethouder is tevreden.\n"
    )
    doc = parse_profile(text, "stad")
    assert doc.removed == []
    assert [doc.sentence_text(s) for s in doc.sentences][:2] == [
        "De raad telt 19 leden.",
        "De raad telt 21 leden.",
    ]


def test_a_footer_recurs_with_a_growing_page_number_and_a_table_row_does_not():
    body = "".join(f"Zin {n} over de zorg in de stad.\n\nStad in beeld - {n}\n\n" for n in range(4))
    doc = parse_profile("Stad\n\nBestuur\n\n" + body, "stad")
    assert doc.removed == [("running line", f"Stad in beeld - {n}") for n in range(4)]
    rows = "".join(f"Jeugdhulp {year} {n}\n" for year, n in ((2015, 120), (2016, 90), (2017, 95)))
    doc = parse_profile("Stad\n\nBestuur\n\n" + rows, "stad")
    assert doc.removed == []


def test_a_sentence_a_page_break_cut_goes_on_and_a_closed_paragraph_stays_closed():
    text = (
        "Stad\n\nMotto\n\nBestuur\n\n"
        "Ambtenaren vertellen dat de toegang dicht bij de inwoners ligt. Volgens de\n\n"
        "Stad in beeld | 2\n\n"
        "wethouder werkt dat goed.\n\n"
        "Raadsleden geven aan dat zij sturen op hoofdlijnen en op de begroting.\n\n"
        "Stad in beeld | 3\n\n"
        "Het college informeert de raad twee keer per jaar over de uitgaven.\n\n"
        "Stad in beeld | 4\n"
    )
    doc = parse_profile(text, "stad")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "Ambtenaren vertellen dat de toegang dicht bij de inwoners ligt.",
        "Volgens de wethouder werkt dat goed.",
        "Raadsleden geven aan dat zij sturen op hoofdlijnen en op de begroting.",
        "Het college informeert de raad twee keer per jaar over de uitgaven.",
    ]
    assert [s.paragraph for s in doc.sentences] == [1, 1, 2, 3]


def test_a_running_header_beside_page_numbers_leaves_the_text_without_form_feeds():
    header = "Profiel gemeente Stad                 Sociaal domein 2016 "

    def page_break(number: int) -> list[str]:
        return [header, " ", f"   {number} ", " ", header, " "]

    raws = ["Stad", "", "Een zin over de raad. ", "", " ", "", "Volgens de ", ""]
    raws += [*page_break(1), "wethouder gaat het goed. ", "", " ", ""]
    raws += ["De raad is kritisch. ", "", *page_break(2), "Slot van de tekst. ", ""]
    raws += [header, " ", "   3 "]
    doc = parse_profile("\n".join(raws) + "\n", "stad")
    sentences = [doc.sentence_text(s) for s in doc.sentences]
    assert "Volgens de wethouder gaat het goed." in sentences  # the page break bridged
    assert not any("Sociaal domein" in s for s in sentences)
    assert doc.removed.count(("running line", " ".join(header.split()))) == 5


def test_a_running_header_above_the_title_is_no_title():
    pages = [
        "Sociaal domein 2016 – Stad\n\nStad\n“Dichtbij”\n\nBestuur\nDe raad is tevreden.\n\n1\n",
        "\fSociaal domein 2016 – Stad\n\nDe wethouder ook.\n\n2\n",
        "\fSociaal domein 2016 – Stad\n\nHet college niet.\n\n3\n",
    ]
    doc = parse_profile("".join(pages), "stad")
    assert (doc.title, doc.motto) == ("Stad", "Dichtbij")
    assert doc.removed.count(("running line", "Sociaal domein 2016 – Stad")) == 3


def test_a_title_repeated_at_the_top_of_each_page_stays_the_title():
    pages = ["Profiel Stad\n\nBestuur\nDe raad is tevreden.\n\n1\n"]
    pages += [f"\fProfiel Stad\n\nDe wethouder {n}.\n\n{n}\n" for n in (2, 3)]
    doc = parse_profile("".join(pages), "stad")
    assert doc.title == "Stad"
