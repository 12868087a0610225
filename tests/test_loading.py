import pytest

from kg.errors import DataError, UsageError
from kg.loading import decode_profile, list_profiles, read_profile


def test_reads_utf8_profile(seeds_copy):
    source = read_profile(seeds_copy / "brunssum.txt")
    assert source.name == "brunssum"
    assert source.encoding == "utf-8"
    assert source.text.lstrip().startswith("Brunssum")
    assert len(source.sha256) == 64


def test_missing_file_is_named(tmp_path):
    with pytest.raises(DataError, match="not found") as err:
        read_profile(tmp_path / "nope.txt")
    assert "nope.txt" in str(err.value)


def test_empty_file_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(DataError, match="empty"):
        read_profile(path)


def test_whitespace_only_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n \n")
    with pytest.raises(DataError, match="empty"):
        read_profile(path)


def test_binary_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DataError, match="binary"):
        read_profile(path)


def test_too_large_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(DataError, match="too large"):
        read_profile(path, max_bytes=1000)


def test_bom_removed_with_warning(tmp_path):
    text, encoding, warnings = decode_profile("\ufeffHallo\n".encode(), tmp_path)
    assert text == "Hallo\n" and encoding == "utf-8"
    assert any("byte order mark" in w for w in warnings)


def test_utf16_decoded_with_warning(tmp_path):
    text, encoding, warnings = decode_profile("Financiën\n".encode("utf-16"), tmp_path)
    assert text == "Financiën\n" and encoding == "utf-16"
    assert warnings


def test_cp1252_decoded_without_mojibake(tmp_path):
    text, encoding, warnings = decode_profile("Financiën “sociaal”\n".encode("cp1252"), tmp_path)
    assert text == "Financiën “sociaal”\n"
    assert encoding == "cp1252" and warnings


def test_crlf_normalised(tmp_path):
    text, _, _ = decode_profile(b"a\r\nb\rc\n", tmp_path)
    assert text == "a\nb\nc\n"


def test_list_profiles_sorted_and_txt_only(tmp_path):
    for name in ("b.txt", "a.txt", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in list_profiles(tmp_path)] == ["a.txt", "b.txt"]


def test_list_profiles_errors(tmp_path):
    with pytest.raises(UsageError, match="not found"):
        list_profiles(tmp_path / "missing")
    with pytest.raises(DataError, match="no profiles"):
        list_profiles(tmp_path)
    file = tmp_path / "f.txt"
    file.write_text("x")
    with pytest.raises(UsageError, match="not a folder"):
        list_profiles(file)
