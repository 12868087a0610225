"""A group right after the finite verb of a clause a group opens is its object."""

from __future__ import annotations

from kg.extract.verbobjects import disputes, not_held, object_after_verb
from tests.extract_helpers import speakers_of


def test_the_group_after_the_verb_is_the_object():
    s = "De wethouder heeft de zorgaanbieders op de kosten gewezen."
    assert object_after_verb(s[len("De wethouder") : s.index("zorgaanbieders")])
    assert object_after_verb(" wijst de ")


def test_a_coordinated_or_fronted_source_is_no_object():
    assert not object_after_verb(" en de ")  # "De wethouder en de raad hebben …"
    assert not object_after_verb(" heeft volgens ")  # "Het college heeft volgens raadsleden"
    # inverted after an adverb: the group after the verb is the subject
    s = "Daarom heeft het ministerie hierop gewezen."
    assert not not_held(s, 0, len(s), s.index("ministerie"), 0, "")


def test_the_addressed_group_does_not_speak():
    paragraphs = (
        "Het college heeft de zorgaanbieders hierop meermaals gewezen, maar zonder gevolg.",
    )
    # the college points the providers at it: the college's words
    assert speakers_of(paragraphs, "hierop meermaals") == ["role/executive-board"]
    paragraphs = ("Het college heeft het ministerie van SZW hierop meermaals gewezen.",)
    assert "organisation/ministerie-szw" not in speakers_of(paragraphs, "hierop meermaals")
    paragraphs = ("Daarom hebben huisartsen op de kosten gewezen.",)
    assert speakers_of(paragraphs, "op de kosten") == ["role/general-practitioners"]


def test_a_verb_of_disputing_a_view_reports():
    paragraphs = ("De wethouder noemt de huisartsen de oorzaak. Huisartsen bestrijden dat beeld.",)
    assert speakers_of(paragraphs, "bestrijden") == ["role/general-practitioners"]
    paragraphs = ("Een aanbieder van jeugd-GGZ becijfert dat behandelaars veel tijd kwijt zijn.",)
    assert speakers_of(paragraphs, "becijfert") == ["role/mental-health-care"]


def test_combating_something_is_no_report():
    assert not disputes(" bestrijden de armoede in de wijken.")
    paragraphs = ("Huisartsen bestrijden overgewicht bij jongeren.",)
    assert speakers_of(paragraphs, "overgewicht") == ["role/authors"]
