"""The members of a bracketed list of parties."""

from __future__ import annotations

from kg.extract.partylists import list_members
from kg.extract.speakergroups import agent
from tests.extract_helpers import extract_text, finding_for, key

_KNOWN = {"wijkagent", "jongerenwerk", "maatschappelijk werk", "huisarts", "wethouder"}


def _members(text: str) -> list[tuple[str, str]]:
    return list_members(text, _KNOWN.__contains__, agent)


def test_an_unknown_agent_noun_among_known_parties_is_a_party():
    s = "Er was contact met (wijkagent, jongerenwerk, maatschappelijk werk en zorgcoördinator)."
    assert _members(s) == [("zorgcoördinator", "zorgcoördinator")]
    assert _members("De huisarts vond het lastig (wijkagent, huisarts of kwartiermakers).") == [
        ("kwartiermakers", "kwartiermaker")
    ]


def test_a_bracket_that_is_no_list_of_known_parties_gives_nothing():
    # one known party only
    assert _members("(wijkagent, buurtvaders en kwartiermakers)") == []
    # too few members, a figure, a remark with a preposition
    assert _members("(wijkagent, kwartiermaker)") == []
    assert _members("(wijkagent, huisarts, 3 kwartiermakers)") == []
    assert _members("(wijkagent, huisarts en de kwartiermaker van de wijk)") == []
    # a member that names no group
    assert _members("(wijkagent, huisarts en cijfers)") == []


def test_a_care_coordinator_in_a_list_of_parties_is_a_mention_and_a_concern():
    doc, ex = extract_text(
        "Volgens ambtenaren kon vroeger beter worden geschakeld: er was sneller contact met "
        "verschillende partijen (wijkagent, jongerenwerk, maatschappelijk werk en "
        "zorgcoördinator)."
    )
    assert "role/zorgcoordinator" in {key(m.entity) for m in ex.mentions}
    finding = finding_for(doc, ex, "geschakeld")
    assert "role/zorgcoordinator" in {key(c) for c in finding.concerns}
    # the bracket enumerates the parties: no source of the sentence
    assert [key(s) for s in finding.speakers] == ["role/civil-servants"]
