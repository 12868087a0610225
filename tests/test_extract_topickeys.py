"""The IRI key of a topic (kg/extract/topickeys.py)."""

from __future__ import annotations

from kg.extract.topickeys import topic_iri
from kg.namespaces import CONCEPT


def test_topic_iri_ignores_hyphens_and_accents_inside_words_not_between_them():
    same = {topic_iri(t) for t in ("jeugd-ggz", "jeugdggz", "jeugd-GGZ")}
    assert same == {CONCEPT + "topic/jeugdggz"}
    assert topic_iri("re-integratie") == topic_iri("reïntegratie") == topic_iri("reintegratie")
    assert topic_iri("wmo-loket") == topic_iri("wmoloket")
    assert topic_iri("huishoudelijke hulp") == CONCEPT + "topic/huishoudelijke-hulp"
