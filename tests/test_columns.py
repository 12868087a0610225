"""kg.columns: a page printed in two columns is read column by column."""

from __future__ import annotations

from pathlib import Path

from kg.columns import unfold_columns
from kg.document import parse_profile
from kg.ontology import known_headings, load_ontology

FIXTURE = Path(__file__).parent / "fixtures" / "unseen" / "oldambt.txt"


def _page(left: list[str], right: list[str], column: int = 50) -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a.ljust(column) + b).rstrip() for a, b in zip(left, right, strict=True)]


LEFT = [
    "Ambtenaren vertellen dat de wijkteams",
    "goed draaien. Raadsleden geven aan dat",
    "zij weinig zicht hebben op de kosten.",
    "",
    "De gemeente werkt samen met de buren.",
]
RIGHT = [
    "Zorgaanbieders zeggen dat de tarieven",
    "te laag zijn. De wethouder verwacht",
    "een tekort op de jeugdhulp.",
    "",
    "Volgens de Wmo-raad is er geen wachtlijst.",
]


def test_each_column_is_read_down_before_the_next():
    lines = unfold_columns(["Stad", "", *_page(LEFT, RIGHT)])
    assert lines == ["Stad", "", *LEFT, "", *RIGHT]


def test_sentences_no_longer_interleave_the_columns():
    doc = parse_profile("\n".join(["Stad", "", *_page(LEFT, RIGHT)]) + "\n", "stad")
    sentences = [doc.sentence_text(s) for s in doc.sentences]
    assert "Raadsleden geven aan dat zij weinig zicht hebben op de kosten." in sentences
    assert "De wethouder verwacht een tekort op de jeugdhulp." in sentences
    assert not any("Ambtenaren" in s and "Zorgaanbieders" in s for s in sentences)


def test_a_text_table_is_no_page_in_two_columns():
    table = ["Indicator          Stad       Land", "Werkloosheid       9%         7%"]
    table += ["Bijstand           4%         3%", "Wmo-gebruik        8%         7%"] * 2
    assert unfold_columns(table) is table


def test_a_two_cell_table_of_labels_and_figures_stays_rows():
    table = [f"Aandeel huishoudens met laag inkomen {n}      {n}%" for n in range(6)]
    assert unfold_columns(table) is table


def test_too_few_rows_side_by_side_are_left_alone():
    lines = _page(LEFT[:3], RIGHT[:3])
    assert unfold_columns(lines) is lines


def test_a_page_break_ends_a_run_and_stays_before_the_next_page():
    first, second = _page(LEFT, RIGHT), _page(RIGHT, LEFT)
    second[0] = "\f" + second[0]
    footer = "Profiel gemeente Stad".ljust(70) + "3"  # across both columns
    lines = unfold_columns([*first, "", footer, *second])
    assert lines[: len(LEFT)] == LEFT
    assert lines[lines.index(footer) + 1] == "\f" + RIGHT[0]
    assert lines[-len(LEFT) :] == LEFT


def test_a_line_across_both_columns_ends_the_run():
    wide = "Deze kop loopt over de volle breedte van de pagina heen zonder enige onderbreking"
    lines = unfold_columns([*_page(LEFT, RIGHT), wide, *_page(RIGHT, LEFT)])
    assert lines.index(wide) == len(LEFT) + 1 + len(RIGHT)


def test_the_invented_two_column_profile_reads_its_sections_and_footers():
    text = FIXTURE.read_text(encoding="utf-8")
    doc = parse_profile(text, "oldambt", known_headings(load_ontology()))
    sentences = [doc.sentence_text(s) for s in doc.sentences]
    assert "Oldambt werkt samen met Pekela en Veendam in de regio Oost-Groningen." in sentences
    assert "De werkloosheid is met 10,4% hoog (landelijk 6,9%)." in sentences
    assert not any("Sociaal domein 2016" in s for s in sentences)  # the running footer
    assert ("running line", "Profiel gemeente Oldambt Sociaal domein 2016 2") in doc.removed


def test_a_header_repeated_beside_short_lines_is_no_column():
    header = "Profiel gemeente Stad".ljust(50) + "Sociaal domein 2016"
    lines = ["Stad", ""]
    for page in range(5):
        lines += [header, " ", f"   {page + 1}", " ", "Een korte regel tekst.", ""]
    assert unfold_columns(lines) is lines


def test_a_long_text_of_rows_alike_is_read_in_one_pass():
    # every row has prose on both sides but they differ only in figures: no column; a
    # search that tried each line as a run's start took minutes here
    rows = [f"Regel {n} met tekst.      Rechts {n} met tekst." for n in range(20_000)]
    assert unfold_columns(rows) is rows


def _justify(line: str, width: int) -> str:
    words = line.split()
    extra, gaps = width - len(line), len(words) - 1
    return "".join(
        word + (" " * (1 + extra // gaps + (at < extra % gaps)) if at < gaps else "")
        for at, word in enumerate(words)
    )


def test_justified_columns_are_read_column_by_column():
    left = [_justify(line, 40) if line and line[-1] not in ".:" else line for line in LEFT]
    right = [_justify(line, 42) if line and line[-1] not in ".:" else line for line in RIGHT]
    lines = unfold_columns(["Stad", "", *_page(left, right, column=46)])
    assert [" ".join(line.split()) for line in lines] == ["Stad", "", *LEFT, "", *RIGHT]
