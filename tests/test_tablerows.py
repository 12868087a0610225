"""kg.tablerows: a table's national column is read as the national reference."""

from __future__ import annotations

from kg.document import parse_profile
from kg.extract import Lexicon, extract
from kg.ontology import known_headings, load_ontology
from kg.tablerows import national_column, restate_row, split_cells


def test_the_headers_of_a_national_column_come_from_the_data_file():
    for header in ("Nederland", "NL", "landelijk  gemiddelde", "Totaal Nederland"):
        assert national_column(["Indicator", "Ede", header]) == 2, header
    assert national_column(["Nederland", "Ede"]) is None  # the first heads the labels
    assert national_column(["Indicator", "Ede", "Regio"]) is None


def test_a_row_that_does_not_fit_its_header_is_left_alone():
    assert restate_row(["Indicator", "Ede", "Nederland"], ["Werkloosheid", "5,9%"]) is None
    assert restate_row(["Indicator", "Nederland"], ["Werkloosheid", "7,4%"]) is None


def test_other_columns_with_a_figure_follow_in_brackets():
    header = split_cells("Indicator     Ede     Grootteklasse     Nederland")
    row = split_cells("Werkloosheid   5,9%    6,2%              7,4%")
    assert restate_row(header, row) == "Werkloosheid 5,9% (Nederland 7,4%) (Grootteklasse 6,2%)"


def test_a_table_row_gives_the_national_value_of_its_observation():
    ontology = load_ontology()
    text = (
        "Ede\n\nMotto\n\nKerncijfers\n"
        "Indicator          Ede       Nederland\n"
        "Werkloosheid       5,9%      7,4%\n"
        "Bestuur\nDe wethouder is tevreden.\n"
    )
    doc = parse_profile(text, "ede", known_headings(ontology))
    found = extract(doc, Lexicon.from_graph(ontology)).indicators
    assert [(i.measure, float(i.value), float(i.national_value)) for i in found] == [
        ("unemployment-rate", 5.9, 7.4)
    ]


def test_a_markdown_table_gives_the_national_value_too():
    ontology = load_ontology()
    text = (
        "# Ede\n\n## Kerncijfers\n\n| | Ede | Nederland |\n|---|---|---|\n"
        "| Werkloosheid | 5,9% | 7,4% |\n| Inwoners | 114.000 | - |\n"
    )
    doc = parse_profile(text, "ede", known_headings(ontology))
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "Werkloosheid 5,9% (Nederland 7,4%)",
        "Inwoners 114.000",
    ]
    found = extract(doc, Lexicon.from_graph(ontology)).indicators
    assert ("unemployment-rate", 7.4) in [(i.measure, float(i.national_value or 0)) for i in found]
