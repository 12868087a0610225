"""One Dutch preferred label per topic over a build (`kg.build.topiclabels`)."""

from pathlib import Path

from conftest import ONTOLOGY
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.build.pipeline import build_graph
from kg.build.topiclabels import ALT, PREF, TopicLabels
from kg.namespaces import CONCEPT, KG, RDF

_TOPIC = f"<{CONCEPT}topic/jeugdggz>"
_KIND = f"{_TOPIC} <{RDF}type> <{KG}Topic> ."


def _label(spelling: str, predicate: str = PREF) -> str:
    return f'{_TOPIC} {predicate} "{spelling}"@nl .'


def _profile(folder: Path, name: str, spelling: str) -> None:
    (folder / f"{name}.txt").write_text(
        f"{name.title()}\n\nJeugd\n\nAmbtenaren vertellen dat de wachtlijsten voor de "
        f"{spelling} in {name.title()} langer worden.\n",
        encoding="utf-8",
    )


def test_most_documents_decide_the_spelling_then_the_first():
    labels = TopicLabels()
    for spelling in ("jeugd-ggz", "jeugdggz", "jeugdggz"):
        labels.add([_KIND, _label(spelling)])
    out = labels.resolve({_KIND, _label("jeugd-ggz"), _label("jeugdggz")})
    assert out == {_KIND, _label("jeugdggz"), _label("jeugd-ggz", ALT)}
    tie = TopicLabels()
    for spelling in ("jeugd-ggz", "jeugdggz"):
        tie.add([_KIND, _label(spelling)])
    out = tie.resolve({_KIND, _label("jeugd-ggz"), _label("jeugdggz")})
    assert _label("jeugd-ggz") in out and _label("jeugdggz", ALT) in out


def test_single_spellings_are_left_alone():
    labels = TopicLabels()
    other = f"<{CONCEPT}role/x> {PREF} "
    labels.add([_KIND, _label("jeugd-ggz"), other + '"a"@nl .'])
    labels.add([other + '"a"@nl .'])
    shared = {_KIND, _label("jeugd-ggz"), other + '"a"@nl .'}
    assert labels.resolve(shared) == shared


def test_a_minted_organisation_spelt_two_ways_keeps_one_preferred_label():
    # "Veilig Thuis Brabant-Noordoost" and "Veilig Thuis Brabant Noordoost" share a key
    org = "<https://w3id.org/kg-decentralisatie/id/organisation/veilig-thuis-x>"
    lines = {
        (name, lang): f'{org} {PREF} "Veilig Thuis {name}"@{lang} .'
        for name in ("A-B", "A B")
        for lang in ("nl", "en")
    }
    labels = TopicLabels()
    labels.add([lines["A-B", "nl"], lines["A-B", "en"]])
    labels.add([lines["A B", "nl"], lines["A B", "en"]])
    out = labels.resolve(set(lines.values()))
    alt = {lines["A B", lang].replace(f" {PREF} ", f" {ALT} ") for lang in ("nl", "en")}
    assert out == {lines["A-B", "nl"], lines["A-B", "en"], *alt}


def test_a_build_gives_a_compound_spelt_two_ways_one_topic_and_one_label(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _profile(seeds, "arnhem", "jeugd-ggz")
    _profile(seeds, "breda", "jeugdggz")
    graph = build_graph(seeds, ONTOLOGY).graph
    topic = URIRef(CONCEPT + "topic/jeugdggz")
    assert set(graph.objects(topic, SKOS.prefLabel)) == {Literal("jeugd-ggz", lang="nl")}
    assert set(graph.objects(topic, SKOS.altLabel)) == {Literal("jeugdggz", lang="nl")}
    assert len(set(graph.subjects(URIRef(KG + "discussesTopic"), topic))) == 2
