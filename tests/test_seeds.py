"""The seed profiles are the published ones, byte for byte."""

import hashlib
import re

from conftest import SEEDS


def _documented_hashes() -> dict[str, str]:
    text = (SEEDS / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| (\S+\.txt) \|.*\| ([0-9a-f]{64}) \|$", text, re.M))


def test_readme_lists_every_seed():
    assert set(_documented_hashes()) == {p.name for p in SEEDS.glob("*.txt")}


def test_seed_hashes_match_readme():
    for name, digest in _documented_hashes().items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_known_hashes_of_the_study_profiles():
    assert (
        hashlib.sha256((SEEDS / "brunssum.txt").read_bytes()).hexdigest()
        == "080c1f4e071e263ff745ec284a985441b2f16269b8c698ea0bbcfd1214ad805c"
    )
    assert (
        hashlib.sha256((SEEDS / "bunschoten.txt").read_bytes()).hexdigest()
        == "4e6ece16a2712ff8faca2c13fa82fce5a25181f4a29c20cae014cfe17aa4d79d"
    )
