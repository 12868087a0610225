"""Helpers for the name resolution tests: what users type, a fast backend, the dev set graph."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from kg.names import Named, slug_of
from kg.terms import Term

ROOT = Path(__file__).resolve().parent.parent


def typed_forms(entity: Named) -> list[str]:
    """What a user may type for an entity, in its usual and in odd forms.

    Every preferred and alternative label, the first hidden label, the code in
    lower case, the ``owl:sameAs`` IRIs, the slug, and the first label in an odd
    case mix ("bRUNSSUM") and with extra spaces.
    """
    by_form: dict[str, list[str]] = {}
    for form, text in entity.names:
        by_form.setdefault(form, []).append(text)
    first = (by_form.get("pref") or [slug_of(entity.iri)])[0]
    forms = [*by_form.get("pref", []), *by_form.get("alt", []), *by_form.get("same", [])]
    forms += by_form.get("hidden", [])[:1] + [code.lower() for code in by_form.get("code", [])]
    forms += [slug_of(entity.iri), first.swapcase(), "  " + "  ".join(first.split()) + " "]
    return sorted(set(forms))


class InProcess:
    """A local graph's store queried in this process: the engine without the worker.

    The worker process (:mod:`kg.query.sandbox`) is tested on its own; here it
    would only make hundreds of lookups slow.
    """

    def __init__(self, graph) -> None:  # noqa: ANN001 - kg.query.engine.LocalGraph
        self.graph = graph

    def execute(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        timeout: float | None = None,
        name: str = "<query>",
        form: str = "SELECT",
        max_rows: int | None = None,
    ):  # noqa: ANN201 - QueryResult
        from kg.query.engine import _run_on_store

        return _run_on_store(
            self.graph.store,
            text,
            dict(bindings or {}),
            union=self.graph.union,
            name=name,
            form=form,
            max_rows=max_rows,
        )


@pytest.fixture(scope="module")
def devset_build(tmp_path_factory):
    """The dev set's graph: ``(rdflib graph, path of its Turtle file)``."""
    from kg.build import build_graph

    result = build_graph(ROOT / "tests" / "devset")
    path = tmp_path_factory.mktemp("devset-names") / "kg.ttl"
    path.write_bytes(result.turtle)
    return result.graph, path
