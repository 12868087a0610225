"""kg.extract.comparisons: comparisons without a number, in general Dutch phrasing."""

from __future__ import annotations

from kg.document import parse_profile
from kg.extract.comparisons import qualitative_comparisons, trimmed
from kg.extract.model import Indicator

TEXT = """Gemeente Voorbeeld

Cijfers

Het gebruik van de Wmo ligt veel lager dan landelijk.
Het aantal inwoners met een uitkering ligt 12% hoger dan landelijk.
Het weer was mooi.
"""


def doc():
    return parse_profile(TEXT, "voorbeeld")


def test_a_comparison_without_a_number_becomes_an_observation_without_value():
    document = doc()
    found = qualitative_comparisons(document, [])
    first = [i for i in found if "Wmo" in document.text[i.start : i.end]]
    assert first, found
    assert first[0].value is None and first[0].unit is None
    assert first[0].comparison == "lower"
    assert not any("weer" in document.text[i.start : i.end] for i in found)


def test_a_comparison_carried_by_a_number_is_left_to_it():
    document = doc()
    sentence = next(s for s in document.sentences if "12%" in document.text[s.start : s.end])
    number = Indicator(
        start=document.text.index("12%", sentence.start),
        end=document.text.index("12%", sentence.start) + 3,
        sentence=sentence.index,
        measure=None,
        measure_label="uitkering",
        value=None,
        unit="%",
    )
    without = qualitative_comparisons(document, [])
    with_number = qualitative_comparisons(document, [number])

    def covering(found):
        return [i for i in found if i.start <= number.start < i.end]

    assert [i.comparison for i in covering(without)] == ["higher"]
    assert covering(with_number) == [] and len(with_number) == len(without) - 1


def test_trimmed_drops_spaces_and_dangling_punctuation():
    text = "  , hoger dan landelijk; "
    ind = Indicator(0, len(text), 0, None, "x", None, None)
    cut = trimmed(text, ind)
    assert text[cut.start : cut.end] == "hoger dan landelijk"
