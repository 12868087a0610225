"""Tests of kg.extract.groupsubjects: a region's municipalities acting together."""

from __future__ import annotations

from kg.extract.groupsubjects import joint_group_relations
from kg.extract.model import SentenceMention


class _Sen:
    own = "m/own"

    def __init__(self, text: str) -> None:
        self.text, self.start, self.end = text, 0, len(text)

    def clause_start(self, pos: int) -> int:
        return 0

    def subject(self, a: int, b: int) -> str:
        return self.own


def _run(text: str, name: str, kind: str = "region") -> list[tuple[str, str, str]]:
    sen = _Sen(text)
    at = text.index(name)
    group = SentenceMention("r/x", kind, at, at + len(name), name, 0)
    out: list[tuple[str, str, str]] = []
    joint_group_relations(sen, [group], lambda *r: out.append(r))
    return out


def test_buying_together_is_membership_and_purchasing():
    assert _run("De zeven Parkstad-gemeenten kopen de jeugdhulp gezamenlijk in.", "Parkstad") == [
        ("member-of", "m/own", "r/x"),
        ("purchases-via", "m/own", "r/x"),
    ]


def test_a_place_or_a_lone_act_is_nothing():
    assert _run("De Limburgse gemeenten kopen samen in.", "Limburgse", kind="place") == []
    assert _run("De Twentse gemeenten hebben elk een wijkteam.", "Twentse") == []
