"""Loading and checking the reference data (kg.reference)."""

from __future__ import annotations

import shutil

import pytest

from kg.cli.exits import exit_code
from kg.errors import DataError, ReferenceDataError
from kg.reference import default_reference_dir, load_reference


@pytest.fixture()
def folder(tmp_path):
    """A writable copy of the packaged reference folder."""
    target = tmp_path / "reference"
    shutil.copytree(default_reference_dir(), target)
    return target


def test_packaged_data_loads_into_records():
    ref = load_reference()
    assert len(ref.municipalities) == 414
    assert len(ref.regions) == 35
    assert sum(len(r.member_codes) for r in ref.regions) == 393
    brunssum = ref.by_code["GM0899"]
    assert (brunssum.name, brunssum.province, brunssum.merged_into) == ("Brunssum", "Limburg", None)
    bergen = ref.by_code["GM0893"]
    assert (bergen.name, bergen.official_name) == ("Bergen (L.)", "Bergen")
    onderbanken = ref.by_code["GM0881"]
    assert (onderbanken.valid_to, onderbanken.merged_into) == (2018, "GM1954")
    assert ref.by_code["GM1954"].valid_from == 2019
    assert ref.region_of["GM0899"].name == "Zuid-Limburg"
    assert ref.region_of["GM0899"].central_code == "GM0917"


def test_counts_per_year_match_the_official_numbers():
    ref = load_reference()
    official = {2015: 393, 2016: 390, 2019: 355, 2023: 342, 2025: 342}
    for year, count in official.items():
        assert sum(m.exists_in(year) for m in ref.municipalities) == count


def test_successor_chain():
    ref = load_reference()
    assert [m.cbs_code for m in ref.successors("GM0881")] == ["GM1954"]
    assert ref.successors("GM0899") == []


def test_municipality_names_are_every_official_name_case_folded():
    ref = load_reference()
    names = ref.municipality_names
    assert all(m.official_name.casefold() in names for m in ref.municipalities)
    assert "bergen" in names  # Bergen (L.) and Bergen (NH.) share their official name
    assert {"súdwest-fryslân", "'s-hertogenbosch", "appingedam"} <= names
    assert "twente" not in names  # a region, no municipality


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path, fragment):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("GM0899,Brunssum", "GX0899,Brunssum", "not a CBS code"),
        ("GM0899,Brunssum", "GM0882,Brunssum", "duplicate code GM0882"),
        (
            "GM0881,Onderbanken,Limburg,,2018,GM1954",
            "GM0881,Onderbanken,Limburg,,2018,GM9999",
            "merged_into GM9999",
        ),
        ("GM0881,Onderbanken,Limburg,,2018", "GM0881,Onderbanken,Limburg,,20x8", "not a year"),
        ("GM0899,Brunssum,Limburg", "GM0899,Brunssum,Lapland", "unknown province"),
    ],
)
def test_malformed_municipality_row_names_file_and_line(folder, old, new, message):
    path = folder / "municipalities.csv"
    line = _line_of(path, old)
    _replace(path, old, new)
    with pytest.raises(ReferenceDataError) as info:
        load_reference(folder)
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert message in str(info.value)
    assert isinstance(info.value, DataError)
    assert exit_code(info.value) == 2  # the CLI exits with 2: a configuration error


def test_missing_column_names_the_header_line(folder):
    path = folder / "municipalities.csv"
    _replace(path, "merged_into", "successor")
    with pytest.raises(ReferenceDataError, match="missing column"):
        load_reference(folder)
    with pytest.raises(ReferenceDataError) as info:
        load_reference(folder)
    assert str(info.value).startswith(f"{path}:1: ")


def test_missing_file(folder):
    (folder / "labour-market-regions.csv").unlink()
    with pytest.raises(ReferenceDataError, match="not found") as info:
        load_reference(folder)
    assert "labour-market-regions.csv" in str(info.value)


def test_region_member_that_is_no_municipality(folder):
    path = folder / "labour-market-regions.csv"
    line = _line_of(path, ",GM0899")
    _replace(path, ",GM0899", ",GM0001")
    with pytest.raises(ReferenceDataError) as info:
        load_reference(folder)
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert "GM0001" in str(info.value)


def test_ambiguous_name_must_be_a_municipality(folder):
    path = folder / "ambiguous-names.csv"
    line = _line_of(path, "Best,word")
    _replace(path, "Best,word", "Bestaat,word")
    with pytest.raises(ReferenceDataError) as info:
        load_reference(folder)
    assert str(info.value).startswith(f"{path}:{line}: ")
