"""`kg build` on three invented profiles no rule was written on, in three layouts the study
could deliver: text from a PDF with running headers, page numbers and words hyphenated at
line ends (meppel.txt), Markdown with footnotes (tiel.txt), and a page printed in two
columns converted in layout mode (oldambt.txt, written by make_twocolumns.py).

The facts asserted are what the texts state: each municipality, body and organisation a
profile names is a node linked to the profile's municipality by the relation the text
states; each speaker group it names speaks a finding; each problem it discusses is a
topic of the municipality, unless the text denies it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main
from kg.namespaces import ID, KG

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    out = tmp_path_factory.mktemp("unseen")
    result = CliRunner().invoke(
        main, ["build", "--seeds", str(FIXTURES), "--out", str(out), "--jobs", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return Graph().parse(out / "kg.ttl")


def _local(iri: object) -> str:
    """``kind/slug`` of an entity or concept IRI."""
    kind, slug = str(iri).rsplit("/", 2)[-2:]
    return f"{kind}/{slug}"


def _relations(graph: Graph, doc: str) -> set[tuple[str, str, str]]:
    rows = graph.query(
        """SELECT ?type ?s ?o WHERE { ?r a kg:Relation ; kg:inDocument ?d ;
             kg:relationType ?type ; kg:relationSubject ?s ; kg:relationObject ?o }""",
        initNs={"kg": KG},
        initBindings={"d": URIRef(ID + f"document/{doc}")},
    )
    return {(str(t).rsplit("/", 1)[-1], _local(s), _local(o)) for t, s, o in rows}


def _of_findings(graph: Graph, doc: str, predicate: str) -> set[str]:
    rows = graph.query(
        f"SELECT ?v WHERE {{ ?f a kg:Finding ; kg:inDocument ?d ; kg:{predicate} ?v }}",
        initNs={"kg": KG},
        initBindings={"d": URIRef(ID + f"document/{doc}")},
    )
    return {_local(v) for (v,) in rows}


def _finding_of(graph: Graph, doc: str, quote: str) -> dict[str, set[str]]:
    """The speakers, reported problems and polarity of the finding quoting ``quote``."""
    rows = graph.query(
        """SELECT ?p ?v WHERE { ?f a kg:Finding ; kg:inDocument ?d ; kg:quote ?q ; ?p ?v .
             ?q <http://www.w3.org/ns/oa#exact> ?text . FILTER(CONTAINS(?text, ?wanted)) }""",
        initNs={"kg": KG},
        initBindings={"d": URIRef(ID + f"document/{doc}"), "wanted": _literal(quote)},
    )
    found: dict[str, set[str]] = {}
    for predicate, value in rows:
        if not isinstance(value, URIRef):
            continue
        found.setdefault(str(predicate).rsplit("#", 1)[-1], set()).add(_local(value))
    assert found, f"no finding quotes {quote!r}"
    return found


def _literal(text: str):  # noqa: ANN202 - rdflib Literal
    from rdflib import Literal

    return Literal(text)


# ---- the document model: what each layout gives ------------------------------------------


def test_every_profile_is_built_with_its_sections_and_no_page_furniture(graph):
    for doc, sections in (("meppel", 11), ("tiel", 11), ("oldambt", 8)):
        found = graph.query(
            "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Section ; kg:inDocument ?d }",
            initNs={"kg": KG},
            initBindings={"d": URIRef(ID + f"document/{doc}")},
        )
        assert [int(n) for (n,) in found] == [sections], doc
    texts = [str(t) for t in graph.objects(None, URIRef(KG + "cleanedText"))]
    assert len(texts) == 3
    assert not any("Sociaal domein 2016" in text for text in texts)  # running lines
    assert not any("ge-meente" in text or "[^" in text for text in texts)


# ---- entities and relations --------------------------------------------------------------


# "X werkt samen met A en B in de regio R" is cooperation with A and B, no membership of R
# (tests/gold/README.md, "Decisions made settling conflicts between gold files (thirty-ninth
# session)", decision 3); a centre municipality gets no member-of its region either.
MEPPEL_RELATIONS = {
    ("cooperates-with", "municipality/meppel", "municipality/westerveld"),
    ("cooperates-with", "municipality/meppel", "municipality/de-wolden"),
    ("cooperates-with", "municipality/meppel", "municipality/staphorst"),
    ("purchases-via", "municipality/meppel", "body/regionale-inkoop-jeugd-drenthe"),
    ("member-of", "municipality/meppel", "body/werkplein-zuidwest-drenthe"),
    ("cooperates-with", "municipality/meppel", "organisation/uwv"),
}
TIEL_RELATIONS = {
    ("lead-municipality", "region/rivierenland", "municipality/tiel"),
    ("cooperates-with", "municipality/tiel", "municipality/culemborg"),
    ("cooperates-with", "municipality/tiel", "municipality/buren"),
    ("cooperates-with", "municipality/tiel", "municipality/zaltbommel"),
    ("member-of", "municipality/tiel", "body/werkzaak-rivierenland"),
    ("executes-for", "body/werkzaak-rivierenland", "municipality/tiel"),
    ("purchases-via", "municipality/tiel", "region/rivierenland"),
}
OLDAMBT_RELATIONS = {
    ("borders-on", "municipality/oldambt", "place/duitsland"),
    ("cooperates-with", "municipality/oldambt", "municipality/pekela"),
    ("cooperates-with", "municipality/oldambt", "municipality/veendam"),
    ("member-of", "municipality/oldambt", "organisation/regionale-inkoop-jeugd-groningen"),
    ("executes-for", "body/werkplein-oost-groningen", "municipality/oldambt"),
}


@pytest.mark.parametrize(
    ("doc", "expected"),
    [("meppel", MEPPEL_RELATIONS), ("tiel", TIEL_RELATIONS), ("oldambt", OLDAMBT_RELATIONS)],
)
def test_each_named_partner_is_linked_by_the_stated_relation(graph, doc, expected):
    assert expected <= _relations(graph, doc)


def test_a_lead_municipality_for_a_named_region(graph):
    expected = ("lead-municipality", "region/zuidwest-drenthe", "municipality/meppel")
    assert expected in _relations(graph, "meppel")


def test_one_node_per_named_region_and_organisation(graph):
    assert (URIRef(ID + "body/regio-rivierenland"), None, None) not in graph
    assert (URIRef(ID + "organisation/werkzaak"), None, None) not in graph


# ---- speakers ----------------------------------------------------------------------------


SPEAKERS = {
    "meppel": {
        "role/civil-servants",
        "role/alderman",
        "role/council-members",
        "role/policy-officers",
        "role/wmo-council",
        "role/social-organisations",
        "role/care-providers",
        "role/executive-board",
    },
    "tiel": {
        "role/civil-servants",
        "role/alderman",
        "role/council-members",
        "role/debt-counsellors",
        "role/client-council",
        "role/wmo-council",
        "role/executive-board",
    },
    "oldambt": {
        "role/civil-servants",
        "role/alderman",
        "role/council-members",
        "role/wmo-council",
        "role/care-providers",
        "role/housing-corporations",
        "role/executive-board",
    },
}


@pytest.mark.parametrize("doc", sorted(SPEAKERS))
def test_each_named_speaker_group_speaks_a_finding(graph, doc):
    assert SPEAKERS[doc] <= _of_findings(graph, doc, "speaker")


def test_the_named_corporation_speaks_its_finding(graph):
    found = _finding_of(graph, "meppel", "Woonconcept ziet dat steeds meer huurders")
    assert found["speaker"] == {"organisation/woonconcept"}
    assert "problem/debts" in found["reportsProblem"]


def test_aldus_names_the_speaker_after_the_clause(graph):
    found = _finding_of(graph, "tiel", "aldus de consulenten van Werkzaak")
    assert "role/statushouder" not in found["speaker"]


# ---- topics and problems -----------------------------------------------------------------


REPORTED = {
    # Meppel's unemployment is given only as a figure below the national one ("6,1%
    # (landelijk 6,9%)"): good news, no problem reported
    "meppel": {
        "problem/budget-overrun",
        "problem/waiting-lists",
        "problem/loneliness",
        "problem/debts",
        "problem/bureaucracy",
        "problem/budget-pressure",
    },
    # Tiel's poverty is given only as a figure against the national one ("Het aandeel
    # huishoudens met een laag inkomen is 14% (landelijk 10%)"): data, not a claim
    # (tests/gold/README.md: a level against an average in the authors' voice is data);
    # "de lange wachttijden bij de jeugd-GGZ" are waits at the providers, which discuss
    # no mental-health problem (tests/gold/README.md, settled conflicts, point 8)
    "tiel": {
        "problem/waiting-lists",
        "problem/debts",
        "problem/co-payment-debts",
        "problem/status-holders",
        "problem/budget-overrun",
        "problem/risk-pooling",
    },
    # Oldambt's unemployment is given only as a level with its figure ("De werkloosheid is
    # met 10,4% hoog (landelijk …)"): a bare level in the authors' voice with no remark is
    # data (tests/gold/README.md, settled conflicts, point 1)
    "oldambt": {
        "problem/poverty",
        "problem/low-literacy",
        "problem/budget-pressure",
    },
}
TOPICS = {
    "meppel": {"topic/eenzaamheid", "topic/schuld", "topic/wachtlijst", "topic/tekort"},
    "tiel": {"topic/schuldhulpverlening", "topic/eigen-bijdrage", "topic/risicoverevening"},
    "oldambt": {"topic/laaggeletterdheid", "topic/armoede", "topic/leegstand"},
}


@pytest.mark.parametrize("doc", sorted(REPORTED))
def test_each_problem_discussed_is_reported_and_a_topic(graph, doc):
    assert REPORTED[doc] <= _of_findings(graph, doc, "reportsProblem")
    assert TOPICS[doc] <= _of_findings(graph, doc, "discussesTopic")


def test_a_denied_waiting_list_is_no_problem_of_its_sentence(graph):
    found = _finding_of(graph, "meppel", "Een wachtlijst voor huishoudelijke hulp is er niet")
    assert "topic/wachtlijst" in found["discussesTopic"]
    assert not found.get("reportsProblem")


def test_a_figure_below_its_reference_is_no_problem(graph):
    # "De werkloosheid bedraagt 6,1% (landelijk 6,9%)." is data (a level against an
    # average in the authors' voice), so no finding of Meppel reports unemployment
    assert "problem/unemployment" not in _of_findings(graph, "meppel", "reportsProblem")
    with pytest.raises(AssertionError):
        _finding_of(graph, "meppel", "werkloosheid bedraagt 6,1% (landelijk 6,9%)")


def test_a_growing_vacancy_is_negative(graph):
    found = _finding_of(graph, "oldambt", "de leegstand in de dorpen toeneemt")
    assert found["polarity"] == {"polarity/negative"}


def test_a_reserve_used_up_is_negative(graph):
    found = _finding_of(graph, "oldambt", "de reserve sociaal domein in 2017 op is")
    assert found["polarity"] == {"polarity/negative"}


def test_a_verb_is_no_topic(graph):
    # "Over 2015 bleef er op de Wmo een overschot van € 900.000 over." is a result in figures
    # with no evaluation (data, as the gold's surplus decision): the college's expectation is
    # the finding with a money noun and verbs
    found = _finding_of(graph, "tiel", "Het college verwacht voor 2016 een tekort")
    assert "topic/tekort" in found["discussesTopic"]
    assert not {"topic/verwacht", "topic/verwachten"} & found["discussesTopic"]


# ---- numbers -----------------------------------------------------------------------------


def _observations(graph: Graph, doc: str) -> set[tuple[str, float]]:
    rows = graph.query(
        """SELECT ?m ?v WHERE { ?o a kg:IndicatorObservation ; kg:inDocument ?d ;
             kg:measure ?m ; kg:value ?v }""",
        initNs={"kg": KG},
        initBindings={"d": URIRef(ID + f"document/{doc}")},
    )
    return {(str(m).rsplit("/", 1)[-1], float(v)) for m, v in rows}


OBSERVATIONS = {
    "meppel": {
        ("inhabitants", 33000.0),
        ("share-65-plus", 19.0),
        ("unemployment-rate", 6.1),
        ("share-low-income", 10.0),
        ("share-youth-care", 11.0),
        ("euro-per-inhabitant", 640.0),
        ("deficit", 1200000.0),
    },
    "tiel": {
        ("inhabitants", 41000.0),
        ("share-low-income", 14.0),
        ("share-wmo", 8.0),
        ("euro-per-inhabitant", 720.0),
        ("surplus", 900000.0),
        ("deficit", 2500000.0),
    },
    "oldambt": {
        ("inhabitants", 38000.0),
        ("share-65-plus", 23.0),
        ("unemployment-rate", 10.4),
        ("share-wmo", 9.0),
        ("euro-per-inhabitant", 910.0),
        ("surplus", 1500000.0),
    },
}


@pytest.mark.parametrize("doc", sorted(OBSERVATIONS))
def test_each_figure_is_an_observation_of_its_measure(graph, doc):
    assert OBSERVATIONS[doc] <= _observations(graph, doc)


def test_a_share_under_25_after_van_wie(graph):
    assert ("share-under-25", 27.0) in _observations(graph, "tiel")


@pytest.mark.parametrize(
    ("doc", "region"),
    [
        ("meppel", "region/zuidwest-drenthe"),
        ("tiel", "region/rivierenland"),
        ("oldambt", "region/oost-groningen"),
    ],
)
def test_cooperation_in_a_region_is_no_membership_of_it(graph, doc, region):
    # "X werkt samen met A en B in de regio R" (decision 3 of the thirty-ninth session).
    assert ("member-of", f"municipality/{doc}", region) not in _relations(graph, doc)
