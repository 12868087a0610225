"""Build settings and resources: the base is checked, the cache digest follows every input."""

from __future__ import annotations

import shutil

import pytest

from kg.build.config import BuildConfig, Resources
from kg.errors import UsageError
from kg.publish.shacl import Validator
from tests.conftest import ONTOLOGY


@pytest.fixture()
def ontology_copy(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, folder)
    return folder


def test_defaults_and_a_checked_base():
    config = BuildConfig.create()
    assert config.ontology_dir.is_dir() and config.validate and config.curation
    assert config.reference_dir is None
    assert BuildConfig.create(base="https://example.org/kg/").base == "https://example.org/kg/"
    with pytest.raises((UsageError, ValueError)):
        BuildConfig.create(base="not an iri")


def test_the_digest_changes_with_settings_ontology_and_shapes(ontology_copy):
    digest = Resources.create(ontology_copy).digest
    assert Resources.create(ontology_copy).digest == digest
    assert Resources.create(ontology_copy, curation=False).digest != digest
    assert Resources.create(ontology_copy, base="https://example.org/kg/").digest != digest
    kg = ontology_copy / "kg.ttl"
    kg.write_text(kg.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    changed = Resources.create(ontology_copy).digest
    assert changed != digest
    shapes = ontology_copy / "shapes.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert Resources.create(ontology_copy).digest != changed


def test_ontology_lines_are_on_the_base_and_include_the_finding_counts():
    base = "https://example.org/kg/"
    lines = Resources.create(ONTOLOGY, base=base).ontology_lines()
    assert any(f"<{base}def#FindingCount>" in line for line in lines)
    assert not any("w3id.org/kg-decentralisatie/def#" in line for line in lines)


def test_the_shapes_compile_for_the_fast_engine(ontology_copy):
    """The pySHACL fallback is tested in tests/test_publish_shacl.py."""
    resources = Resources.create(ontology_copy)
    assert isinstance(resources.shapes, Validator)


def test_the_digest_follows_the_data_files_as_well_as_the_code(tmp_path):
    from kg.build.config import code_files

    package = tmp_path / "kg"
    (package / "data").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n", encoding="utf-8")
    (package / "data" / "words.txt").write_text("wachtlijst\n", encoding="utf-8")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert [p.relative_to(package).as_posix() for p in code_files(package)] == [
        "a.py",
        "data/words.txt",
    ]
