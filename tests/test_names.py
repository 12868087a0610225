"""kg.names: one resolver for every naming form, every kind and every feeder."""

from __future__ import annotations

import pytest

from kg.cli.exits import EXIT_USAGE, exit_code
from kg.errors import UsageError
from kg.names import (
    AmbiguousName,
    Named,
    Names,
    UnknownName,
    names_from_graph,
    names_from_projection,
)

BASE = "https://w3id.org/kg-decentralisatie/"

#: (kind, what a user may type, the IRI it names): each naming form for each kind.
FORMS = [
    ("municipality", "Brunssum", "id/municipality/brunssum"),  # label
    ("municipality", "brunssum", "id/municipality/brunssum"),  # slug / any case
    ("municipality", "GM0899", "id/municipality/brunssum"),  # CBS code
    ("municipality", "gm0899", "id/municipality/brunssum"),
    ("municipality", "Brunssumse", "id/municipality/brunssum"),  # hidden label
    ("municipality", "id:municipality/brunssum", "id/municipality/brunssum"),  # prefixed
    ("municipality", f"<{BASE}id/municipality/brunssum>", "id/municipality/brunssum"),  # IRI
    (
        "municipality",
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0899",
        "id/municipality/brunssum",
    ),
    ("law", "Jeugdwet", "concept/law/jeugdwet"),  # Dutch label
    ("law", "youth act", "concept/law/jeugdwet"),  # English label
    ("law", "jeugdzorg", "concept/law/jeugdwet"),  # alternative label
    ("law", "law:jeugdwet", "concept/law/jeugdwet"),
    ("law", "BWBR0034925", "concept/law/jeugdwet"),  # dcterms:identifier
    ("problem", "care-avoiders", "concept/problem/care-avoiders"),  # slug
    ("problem", "Care avoiders", "concept/problem/care-avoiders"),
    ("problem", "problem:care-avoiders", "concept/problem/care-avoiders"),
    ("topic", "privacy", "concept/topic/privacy"),
    ("topic", "topic:privacy", "concept/topic/privacy"),
    ("role", "civil-servants", "concept/role/civil-servants"),
    ("role", "Civil servants", "concept/role/civil-servants"),
    ("role", "ambtenaren", "concept/role/civil-servants"),
]


@pytest.fixture(scope="module")
def names(graph):
    return names_from_graph(graph)


@pytest.mark.parametrize(("kind", "name", "expected"), FORMS)
def test_every_form_of_every_kind_from_the_graph(names, kind, name, expected):
    assert names.resolve(name, kind) == BASE + expected


def test_the_projection_feeder_knows_labels_slugs_and_codes(graph):
    from kg.network import project

    names = names_from_projection(project(graph))
    assert names.resolve("GM0899", "municipality") == BASE + "id/municipality/brunssum"
    assert names.resolve("Youth Act", "law") == BASE + "concept/law/jeugdwet"
    assert names.resolve("care-avoiders", "problem") == BASE + "concept/problem/care-avoiders"


def test_unknown_name_is_one_line_with_close_matches(names):
    with pytest.raises(UnknownName) as caught:
        names.resolve("care-avoider", "problem")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("unknown problem 'care-avoider'; close matches: ")
    assert "problem:care-avoiders" in message
    assert caught.value.candidates[0] == BASE + "concept/problem/care-avoiders"
    assert exit_code(caught.value) == EXIT_USAGE


def test_a_name_of_another_kind_says_which(names):
    with pytest.raises(UnknownName, match="'jeugdwet' is not a problem: it names law law:jeugdwet"):
        names.resolve("jeugdwet", "problem")


def test_nothing_close_lists_a_small_kind_in_full():
    names = Names([Named("http://e/a", "law", (("pref", "Alpha"),))])
    with pytest.raises(UnknownName, match="unknown law 'zzz'; known: http://e/a$"):
        names.resolve("zzz", "law")


def test_better_rank_wins_and_a_tie_is_ambiguous():
    names = Names(
        [
            Named("http://e/a", "law", (("pref", "Twin"),)),
            Named("http://e/b", "problem", (("pref", "twin"),)),
            Named("http://e/c", "topic", (("alt", "Twin"),)),
        ]
    )
    with pytest.raises(AmbiguousName, match=r"ambiguous: http://e/a \(Twin\); http://e/b \(twin\)"):
        names.resolve("Twin")
    assert names.resolve("Twin", prefer="problem") == "http://e/b"
    assert names.resolve("twin", "topic") == "http://e/c"
    assert isinstance(AmbiguousName("x"), UsageError)


def test_accents_case_and_spaces_do_not_matter():
    names = Names([Named("http://e/fin", "theme", (("pref", "Financiën sociaal domein"),))])
    assert names.resolve("  FINANCIEN   sociaal domein ") == "http://e/fin"
    assert names.resolve("fin") == "http://e/fin"  # slug of the IRI
