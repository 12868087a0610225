"""kg docs lists every class and property the data uses, with a meaning and an example."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kg.cli import main
from kg.publish.docs import external_meanings, ontology_html, terms_in_use


def _section(page: str) -> str:
    return page[page.index('id="terms-in-use"') :]


def test_every_term_the_graph_uses_is_listed_with_meaning_and_example(graph):
    from kg.ontology import load_ontology

    uses = terms_in_use(graph)
    used = {u.iri for u in uses}
    assert {str(p) for p in graph.predicates()} <= used
    section = _section(ontology_html(load_ontology(), graph))
    rows = re.findall(r"<tr><td>(.*?)</td><td>(\w+)</td><td>(.*?)</td><td>[\d,]+</td>", section)
    assert len(rows) == len(uses)
    assert all(meaning for _, _, meaning in rows), [t for t, _, m in rows if not m]
    for term in ("oa:exact", "oa:start", "oa:end", "skos:prefLabel", "dcterms:source"):
        assert f"<code>{term}</code>" in section, term
    assert "Dutch (<code>@nl</code>) and English (<code>@en</code>)" in section


def test_examples_are_real_triples_chosen_deterministically(graph):
    first = terms_in_use(graph)
    assert first == terms_in_use(graph)
    for use in first:
        assert use.example in graph
    exact = next(u for u in first if u.iri.endswith("oa#exact"))
    assert "/id/" in str(exact.example[0])  # data before vocabulary


def test_external_meanings_come_from_the_data_file():
    meanings = external_meanings()
    assert meanings["oa:start"].startswith("Character offset")
    assert all(":" in term for term in meanings)


def test_kg_docs_uses_the_given_graph(graph_path, tmp_path):
    result = CliRunner().invoke(main, ["docs", "--graph", str(graph_path), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "ontology.html").read_text(encoding="utf-8")
    assert 'id="terms-in-use"' in page and "<code>oa:exact</code>" in page
