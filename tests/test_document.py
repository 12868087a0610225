"""The document model on both real profiles and on small synthetic ones."""

import pytest
from conftest import SEEDS

from kg.document import KnownHeading, normalise_heading, parse_profile
from kg.loading import read_profile
from kg.ontology import known_headings, load_ontology

BRUNSSUM_TREE = [
    (1, "Waarom in de selectie?"),
    (1, "Demografie en sociaaleconomische situatie"),
    (1, "Zorggebruik"),
    (1, "Financiën sociaal domein"),
    (1, "Bestuur"),
    (2, "Beleid en sturing"),
    (2, "Administratieve druk en bureaucratie"),
    (2, "Interbestuurlijke verhoudingen"),
    (1, "Democratie"),
    (2, "Handelingsvrijheid van gecontracteerde professionals, frontlijnwerkers en ambtenaren"),
    (2, "Democratische legitimatie"),
    (2, "Regionale samenwerking"),
    (1, "Financiën"),
    (2, "Houdbaarheid"),
]
BUNSCHOTEN_TREE = [
    (1, "Waarom in de selectie?"),
    (1, "Demografie en sociaaleconomische situatie"),
    (1, "Zorggebruik"),
    (1, "Financiën sociaal domein"),
    (1, "Bestuur"),
    (2, "Beleid en sturing"),
    (2, "Organisatie"),
    (2, "Maatwerk versus gemeenschappelijke regelingen"),
    (2, "Interbestuurlijke verhoudingen"),
    (1, "Democratie"),
    (2, "Nabijheid versus afstand van burgers tot het lokaal bestuur"),
    (2, "Handelingsvrijheid van gecontracteerde professionals, frontlijnwerkers en ambtenaren"),
    (2, "Regionale samenwerking"),
    (1, "Financiën"),
    (2, "Houdbaarheid"),
    (2, "Sturing"),
]


@pytest.fixture(scope="module")
def headings():
    return known_headings(load_ontology())


@pytest.fixture(scope="module")
def docs(headings):
    out = {}
    for name in ("brunssum", "bunschoten"):
        source = read_profile(SEEDS / f"{name}.txt")
        out[name] = parse_profile(source.text, name, headings)
    return out


@pytest.mark.parametrize(
    ("name", "tree"), [("brunssum", BRUNSSUM_TREE), ("bunschoten", BUNSCHOTEN_TREE)]
)
def test_section_tree(docs, name, tree):
    doc = docs[name]
    assert [(s.level, s.heading) for s in doc.sections] == tree
    assert all(s.theme is not None for s in doc.sections)
    for section in doc.sections:
        if section.level == 2:
            parent = doc.sections[section.parent - 1]
            assert parent.level == 1 and parent.start < section.start <= parent.end


@pytest.mark.parametrize(
    ("name", "title", "motto"),
    [("brunssum", "Brunssum", "Sterk in uitvoering"), ("bunschoten", "Bunschoten", "Samen sterk")],
)
def test_title_and_motto(docs, name, title, motto):
    doc = docs[name]
    assert (doc.title, doc.motto) == (title, motto)
    assert doc.text[slice(*doc.title_span)] == title
    assert doc.text[slice(*doc.motto_span)] == motto


def test_layout_leftovers_removed(docs):
    brunssum = docs["brunssum"]
    kinds = [kind for kind, _ in brunssum.removed]
    assert kinds.count("placeholder") == 1 and kinds.count("page number") == 1
    assert "pull-quote" in kinds
    assert "Foto" not in brunssum.text
    assert "\n\n10\n\n" not in brunssum.text
    pull = "De bureaucratie is toegenomen, onder meer door de verplichte Europese aanbesteding"
    assert brunssum.text.count(pull) == 1
    # The original passage survives intact, with the sentence that follows it.
    assert "bij huishoudelijke hulp. Daardoor wordt het ook duurder. Een oplossing" in brunssum.text
    # The real text around the removed pull-quote is kept and joined correctly.
    assert "is daar mede debet aan.\n\nHet college ervaart ook de beperkte kennis" in brunssum.text
    assert "Foto" not in docs["bunschoten"].text


def test_wrapped_lines_joined(docs):
    text = docs["brunssum"].text
    assert "lump sum-financiering" in text
    assert "tijd-voor-aandacht-aanpak" in text
    assert "om zaken op te pakken" in text
    assert "€ 850,- per inwoner" in text  # double space collapsed
    assert "voor 1 januari 2015" in text
    assert (
        "\n" not in text[docs["brunssum"].paragraphs[0].start : docs["brunssum"].paragraphs[0].end]
    )


def test_paragraphs_recovered(docs):
    texts = [docs["bunschoten"].text[p.start : p.end] for p in docs["bunschoten"].paragraphs]
    assert any(
        t.startswith("Het centrale uitgangspunt van het beleid in Bunschoten") for t in texts
    )
    assert any(t.startswith("Raadsleden en de wethouder sociaal domein delen") for t in texts)


@pytest.mark.parametrize("name", ["brunssum", "bunschoten"])
def test_every_sentence_offset_slices_the_cleaned_text(docs, name):
    doc = docs[name]
    assert len(doc.sentences) > 100
    previous_end = 0
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        assert text == text.strip() and text
        assert sentence.start >= previous_end
        previous_end = sentence.end
        paragraph = doc.paragraphs[sentence.paragraph - 1]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        section = doc.sections[sentence.section - 1]
        assert section.start <= sentence.start < sentence.end <= section.end


def test_known_sentences_found(docs):
    sentences = {docs["brunssum"].sentence_text(s) for s in docs["brunssum"].sentences}
    assert "Ook bestaat er zorg over zorgmijders." in sentences
    assert "De gemeente werkt samen met Maastricht." in sentences
    sentences = {docs["bunschoten"].sentence_text(s) for s in docs["bunschoten"].sentences}
    assert "De regio is Eemland met centrumgemeente Amersfoort." in sentences


def test_unknown_heading_kept_as_section():
    text = (
        "Stad\n\nMotto\n\nBestuur \n\n"
        "Een zin over bestuur die lang genoeg is om de regel te vullen tot de rand. \n\n \n\n"
        "Een heel nieuwe kop \n\nHier staat tekst onder een onbekende kop. En nog een zin.\n"
    )
    known = [KnownHeading("urn:bestuur", ("Bestuur",), 1)]
    doc = parse_profile(text, "stad", known)
    assert [(s.heading, s.theme) for s in doc.sections] == [
        ("Bestuur", "urn:bestuur"),
        ("Een heel nieuwe kop", None),
    ]
    assert doc.sentence_text(doc.sentences[-1]) == "En nog een zin."
    assert doc.sentences[-1].section == 2


def test_sections_out_of_order_and_missing(headings):
    text = "X\n\nMotto\n\nFinanciën\n\nGeld is op. \n\n \n\nZorggebruik\n\nZorg stijgt. \n"
    doc = parse_profile(text, "x", headings)
    assert [s.heading for s in doc.sections] == ["Financiën", "Zorggebruik"]


@pytest.mark.parametrize("under", ["22 september 2016", "3 vragen aan de wethouder", "2015: 310"])
def test_a_known_heading_before_a_line_that_opens_with_a_figure(headings, under):
    text = f"X\n\nMotto\n\nZorggebruik\n\n{under}\n\nDe wachttijd is lang. \n"
    doc = parse_profile(text, "x", headings)
    assert [s.heading for s in doc.sections] == ["Zorggebruik"]
    assert "Zorggebruik" not in {doc.sentence_text(s) for s in doc.sentences}


def test_an_unknown_short_line_before_a_figure_stays_in_its_paragraph():
    text = "X\n\nMotto\n\nIn het jaar\n2015 steeg de zorgvraag. \n"
    doc = parse_profile(text, "x", [])
    assert doc.sections == []


def test_text_without_headings_has_sentences_without_section():
    doc = parse_profile("Titel\n\nGewoon een zin. En nog een.\n", "t", [])
    assert doc.title == "Titel"
    assert doc.motto is None
    assert [doc.sentence_text(s) for s in doc.sentences] == ["Gewoon een zin.", "En nog een."]
    assert doc.sentences[0].section is None


def test_each_key_figure_and_list_item_is_a_paragraph_of_its_own():
    text = (
        "Stad\n\nMotto\n\nKerncijfers\n\nInwoners: 30.000\nAandeel 65-plussers: 21%\n"
        "- Werkloosheid: 5,2%\nDe lijst:\n- de wijkteams en de\nhuisartsen.\n- de scholen\n"
    )
    doc = parse_profile(text, "stad", [])
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [
        "Inwoners: 30.000",
        "Aandeel 65-plussers: 21%",
        "- Werkloosheid: 5,2%",
        "De lijst:",
        "- de wijkteams en de huisartsen.",
        "- de scholen",
    ]


def test_a_wrapped_line_with_a_colon_and_a_figure_goes_on_with_its_sentence():
    text = "Stad\n\nMotto\n\nHet aandeel ouderen is\ngunstig: 62% zit in de bovenste helft.\n"
    doc = parse_profile(text, "stad", [])
    assert len(doc.paragraphs) == 1


def test_no_text_raises():
    with pytest.raises(ValueError):
        parse_profile(" \n\n \n", "x", [])


def test_normalise_heading():
    assert normalise_heading("Waarom in de selectie? ") == "waarom in de selectie"


def test_a_profile_that_opens_with_a_known_heading_has_no_title():
    headings = [KnownHeading("selectie", ("Waarom in de selectie?",), 1)]
    text = "Waarom in de selectie?\n\nGouda is gekozen vanwege de ligging.\n"
    with pytest.raises(ValueError, match="first line is the heading 'Waarom in de selectie"):
        parse_profile(text, "gouda", headings)


def test_sentence_at_gives_the_sentence_holding_an_offset_as_a_bisection_of_the_starts():
    import bisect

    from kg.document import parse_profile

    text = "# Gemeente X\n\nHet loket werkt. De raad is tevreden! Wachtlijsten zijn er niet.\n"
    doc = parse_profile(text, "x", [])
    starts = [s.start for s in doc.sentences]
    assert len(starts) == 3
    for offset in range(-1, len(doc.text) + 1):
        k = bisect.bisect_right(starts, offset) - 1
        found = doc.sentence_at(offset)
        assert found is (doc.sentences[k] if k >= 0 else None)
    doc.sentences = doc.sentences[:2]  # the starts are read again when the sentences change
    assert doc.sentence_at(len(doc.text)) is doc.sentences[1]


# A line closed by a sentence mark inside its closing quotation mark is a quoted sentence,
# no heading: a speaker's label before a quotation, single or double marks, a full stop or
# a semicolon. Lines of our own.
@pytest.mark.parametrize(
    "line",
    [
        "Een wijkcoach: ‘Ik vul soms drie systemen in voor één gezin.’",
        "De wethouder: “We hebben veel geleerd van de proeftuinen.”",
        'Een huisarts: "De wachttijd is te lang."',
        "Een ouder: ‘Niemand belde ons terug.’",
    ],
)
def test_a_quoted_sentence_on_a_line_of_its_own_is_no_heading(line):
    text = f"Stad\n\nMotto\n\nBestuur \n\nDe raad is kritisch. \n\n{line}\nDe kosten stijgen.\n"
    known = [KnownHeading("urn:bestuur", ("Bestuur",), 1)]
    doc = parse_profile(text, "stad", known)
    assert [s.heading for s in doc.sections] == ["Bestuur"]
    assert line in {doc.sentence_text(s) for s in doc.sentences}
