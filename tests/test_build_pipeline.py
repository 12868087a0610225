"""One document through the pipeline, and the in-memory build (`kg.build.pipeline`)."""

from pathlib import Path

import pytest
from conftest import ONTOLOGY

from kg.build.config import Resources
from kg.build.pipeline import build_graph, owned_prefixes, parse_seed, write_build
from kg.errors import DataError, ExtractionError

PROFILE = (
    "Brunssum\n\nBestuur\n\n"
    "Brunssum werkt samen met Heerlen en Kerkrade. Ambtenaren vertellen dat de wachtlijsten "
    "voor de jeugdhulp langer worden.\n"
)


@pytest.fixture(scope="module")
def resources():
    return Resources.create(ONTOLOGY)


def _seeds(tmp_path: Path, text: str = PROFILE, name: str = "brunssum") -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    return seeds


def test_parse_seed_reads_parses_and_extracts_one_profile(tmp_path, resources):
    path = _seeds(tmp_path) / "brunssum.txt"
    source, doc, extraction = parse_seed(path, resources.lexicon, resources.headings)
    assert source.name == doc.name == "brunssum"
    assert "werkt samen met Heerlen" in doc.text
    pairs = {(r.type, r.object.rsplit("/", 1)[-1]) for r in extraction.relations}
    assert ("cooperates-with", "heerlen") in pairs and ("cooperates-with", "kerkrade") in pairs
    assert extraction.findings, "the civil servants' claim is a finding"


def test_a_profile_with_a_title_only_is_a_data_error_naming_the_file(tmp_path, resources):
    path = _seeds(tmp_path, "Brunssum\n") / "brunssum.txt"
    with pytest.raises(DataError, match="no running text") as caught:
        parse_seed(path, resources.lexicon, resources.headings)
    assert "brunssum.txt" in str(caught.value)


def test_an_extractor_failure_is_an_extraction_error_naming_the_file(
    tmp_path, resources, monkeypatch
):
    def broken(doc, lexicon):
        return [][1]

    monkeypatch.setattr("kg.build.pipeline.extract", broken)
    path = _seeds(tmp_path) / "brunssum.txt"
    with pytest.raises(ExtractionError) as caught:
        parse_seed(path, resources.lexicon, resources.headings)
    message = str(caught.value)
    assert message.startswith(str(path) + ": the extractor failed on this profile (IndexError")
    assert "tests/test_build_pipeline.py" not in message  # only the innermost file's name
    assert "test_build_pipeline.py:" in message and "please report it" in message
    assert "\n" not in message


def test_owned_prefixes_follow_the_base_iri():
    prefixes = owned_prefixes("Súdwest-Fryslân", "https://example.org/")
    assert prefixes[0] == "<https://example.org/id/document/sudwest-fryslan>"
    assert all(p.startswith("<https://example.org/id/") for p in prefixes)
    assert "<https://example.org/id/finding/sudwest-fryslan/" in prefixes


def test_build_graph_reports_progress_and_is_deterministic(tmp_path):
    seeds = _seeds(tmp_path)
    calls = []
    first = build_graph(seeds, ONTOLOGY, progress=lambda *a: calls.append(a))
    second = build_graph(seeds, ONTOLOGY)
    assert calls == [(1, 1, "brunssum.txt")]
    assert first.turtle == second.turtle
    assert first.summary.documents == 1 and first.summary.relations >= 2


def test_write_build_writes_the_graph_and_its_void_atomically(tmp_path):
    result = build_graph(_seeds(tmp_path), ONTOLOGY)
    target = write_build(result, tmp_path / "out")
    assert target == tmp_path / "out" / "kg.ttl"
    assert target.read_bytes() == result.turtle
    assert (tmp_path / "out" / "void.ttl").read_text(encoding="utf-8").startswith("@prefix")
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".tmp")]


def test_write_build_checks_with_the_shapes_of_the_ontology_it_is_given(tmp_path):
    import shutil

    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    (ontology / "shapes.ttl").write_text("not turtle at all", encoding="utf-8")
    result = build_graph(_seeds(tmp_path), ONTOLOGY, validate=False)
    with pytest.raises(DataError, match="cannot parse SHACL shapes") as caught:
        write_build(result, tmp_path / "out", ontology_dir=ontology)
    assert str(ontology) in str(caught.value)
    assert not (tmp_path / "out" / "kg.ttl").exists()
    assert write_build(result, tmp_path / "out2").is_file()


def test_two_profiles_of_one_municipality_are_a_warning(tmp_path):
    text = "Gouda\n\nEen motto\n\nBestuur\n\nDe wethouder is tevreden over de wijkteams.\n"
    for name in ("gouda", "gouda-2016"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    warnings = build_graph(tmp_path, ONTOLOGY).summary.warnings
    assert len(warnings) == 1
    assert warnings[0].startswith("gouda and gouda-2016 profile the same municipality (<")
    assert warnings[0].split("(<")[1].startswith("https://")
    (tmp_path / "gouda-2016.txt").unlink()
    assert build_graph(tmp_path, ONTOLOGY).summary.warnings == []


def test_a_document_result_names_the_municipality_it_describes(tmp_path):
    from kg.build.config import Resources
    from kg.build.pipeline import process_document

    profile = tmp_path / "gouda.txt"
    profile.write_text("Gouda\n\nEen motto\n\nBestuur\n\nDe wethouder is tevreden.\n", "utf-8")
    base = "https://example.org/"
    result = process_document(profile, Resources.create(ONTOLOGY, base=base))[0]
    assert result.municipality.startswith(base + "id/")
    assert result.municipality.endswith("gouda")
