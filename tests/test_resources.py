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
