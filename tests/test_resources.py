"""kg.resources: the shipped ontology and query folders, in a checkout or a wheel."""

from __future__ import annotations

from pathlib import Path

import kg
from kg.resources import PACKAGED, bundled_dir

CHECKOUT = Path(kg.__file__).resolve().parent.parent


def test_a_checkout_uses_its_own_folders():
    assert bundled_dir("ontology", "kg.ttl") == CHECKOUT / "ontology"
    assert bundled_dir("queries", "*.rq") == CHECKOUT / "queries"


def test_without_the_marker_the_package_copy_is_named():
    found = bundled_dir("ontology", "no-such-file.ttl")
    assert found.name == "_ontology" and found.parent.name == "kg"
    assert set(PACKAGED) == {"ontology", "queries"}


def test_an_installed_copy_is_found_without_importlib_resources(tmp_path, monkeypatch):
    import sys

    import kg.resources as module

    package = tmp_path / "site" / "kg"
    (package / "_queries").mkdir(parents=True)
    (package / "_queries" / "q.rq").write_text("SELECT * {}")
    monkeypatch.setattr(module, "__file__", str(package / "resources.py"))
    monkeypatch.delitem(sys.modules, "importlib.resources", raising=False)
    assert bundled_dir("queries", "*.rq") == package / "_queries"
    assert "importlib.resources" not in sys.modules
