"""Shared fixtures: one build of the seed profiles per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

#: The ``browser`` fixture (headless Chromium) for every browser test.
pytest_plugins = ["browser_support"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ONTOLOGY = ROOT / "ontology"


@pytest.fixture(scope="session")
def build_result():
    """The library's build of the seed profiles (graph, documents, summary)."""
    from kg.build import build_graph

    return build_graph(SEEDS, ONTOLOGY)


@pytest.fixture(scope="session")
def built_dir(tmp_path_factory, build_result) -> Path:
    """A folder holding ``kg.ttl`` built from the seeds."""
    from kg.build import write_build

    out = tmp_path_factory.mktemp("build")
    write_build(build_result, out)
    return out


@pytest.fixture(scope="session")
def graph_path(built_dir) -> Path:
    """Path of the seed graph in Turtle."""
    return built_dir / "kg.ttl"


@pytest.fixture(scope="session")
def graph(build_result):
    """The seed graph as an rdflib Graph (do not mutate)."""
    return build_result.graph


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the seeds folder (profiles and their curation files)."""
    target = tmp_path / "seeds"
    target.mkdir()
    for pattern in ("*.txt", "*.curation.yaml"):
        for path in SEEDS.glob(pattern):
            shutil.copyfile(path, target / path.name)
    return target
