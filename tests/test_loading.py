import pytest

from kg.errors import DataError, UsageError
from kg.loading import decode_profile, list_profiles, read_profile, unread_texts


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


# --- encodings, limits and odd files ----------------------------------------------

TEXT = "Financiën “sociaal” ‘domein’ – €\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-8-sig"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom", "cp1252"],
)
def test_every_supported_encoding_decodes_exactly_with_a_warning(tmp_path, data, encoding):
    text, used, warnings = decode_profile(data, tmp_path / "x.txt")
    assert text == TEXT
    assert used == encoding
    assert len(warnings) == 1


def test_latin1_decodes_exactly():
    text, used, warnings = decode_profile("Financiën café\n".encode("latin-1"), "x.txt")
    assert text == "Financiën café\n" and used == "cp1252" and warnings


def test_bytes_undefined_in_cp1252_are_refused_with_the_offset(tmp_path):
    with pytest.raises(
        DataError,
        match=r"UTF-8 \(byte 0xeb at offset 7\) nor Windows-1252 \(byte 0x81 at offset 9\)",
    ):
        decode_profile(b"Financi\xebn\x81\n", tmp_path / "x.txt")


def test_utf16_without_text_or_with_an_odd_byte_is_refused(tmp_path):
    with pytest.raises(DataError, match="invalid UTF-16"):
        decode_profile(b"\xff\xfe" + "Hallo".encode("utf-16-le") + b"\x00\xd8", tmp_path)


def test_200_mb_profile_is_refused_without_reading_it(tmp_path):
    import tracemalloc

    from kg.loading import MAX_PROFILE_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        with pytest.raises(DataError) as err:
            read_profile(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(err.value) == (
        f"{path}: file too large (209,715,200 bytes; the limit is {MAX_PROFILE_BYTES:,} bytes)"
    )
    assert peak < 5_000_000


def test_a_fifo_or_folder_named_txt_is_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    for name in ("pipe.txt", "folder.txt"):
        with pytest.raises(DataError, match="not a regular file"):
            read_profile(tmp_path / name)


def test_read_limited_stops_at_the_limit_even_if_the_size_lies(tmp_path, monkeypatch):
    from kg.loading import read_limited

    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100
    with pytest.raises(DataError, match=r"too large \(101 bytes; the limit is 100 bytes\)"):
        path.write_bytes(b"x" * 101)
        read_limited(path, 100)


def test_file_names_that_are_not_utf8_are_refused_and_shown_escaped(tmp_path):
    import os

    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("Titel\n\nZin.\n")
    with pytest.raises(DataError) as err:
        list_profiles(tmp_path)
    assert (
        str(err.value) == f"{tmp_path}/caf\\xe9.txt: file name is not valid UTF-8; rename the file"
    )
    str(err.value).encode("utf-8")  # printable on any terminal


def test_a_utf8_profile_with_one_stray_byte_keeps_its_utf8_lines(tmp_path):
    data = "Financiën en zorg\n".encode() + b"een caf\xe9 hier\n" + "Participatiewet één\n".encode()
    text, encoding, warnings = decode_profile(data, tmp_path / "x.txt")
    assert text == "Financiën en zorg\neen café hier\nParticipatiewet één\n"
    assert "Ã" not in text and encoding == "utf-8"
    assert warnings == (
        "UTF-8 with 1 line that is not (first: line 2); those lines decoded as Windows-1252",
    )


def test_a_file_with_no_utf8_line_is_windows_1252_and_the_build_says_so(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    prose = "Voorbeeld\n\nDe gemeente werkt samen met zorgaanbieders. Financiën zijn krap.\n"
    (seeds / "voorbeeld.txt").write_bytes(prose.encode("cp1252"))
    from kg.build import build_graph
    from tests.conftest import ONTOLOGY

    summary = build_graph(seeds, ONTOLOGY).summary
    assert any("decoded as Windows-1252" in w and "voorbeeld.txt" in w for w in summary.warnings)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_high_bytes_are_refused_as_not_prose_in_one_line(tmp_path, seed):
    import random

    rng = random.Random(seed)
    data = bytes(rng.choice([*range(0xA0, 0x100), 0x20, 0x0A]) for _ in range(3000))
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    with pytest.raises(DataError) as err:
        read_profile(path)
    message = str(err.value)
    assert message.startswith(f"{path}: does not look like prose") and "\n" not in message


def test_a_folder_of_markdown_profiles_says_to_rename_them(tmp_path):
    (tmp_path / "gouda.md").write_text("Gouda\n\nTekst.\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"no profiles \(\*\.txt\) .*; rename gouda\.md to \.txt"):
        list_profiles(tmp_path)


def test_windows_1252_characters_saved_as_c1_controls_are_read_as_them(tmp_path):
    # Read as Latin-1 and saved as UTF-8: the euro sign and the curly quotes became
    # the control characters U+0080, U+0091 and U+0092.
    data = "Het tekort is \x80 2 miljoen, \x91te veel\x92 volgens de wethouder.\n"
    text, encoding, warnings = decode_profile(data.encode("utf-8"), tmp_path)
    assert text == "Het tekort is € 2 miljoen, ‘te veel’ volgens de wethouder.\n"
    assert encoding == "utf-8"
    assert warnings == (
        "Windows-1252 characters stored as control characters (first: U+0080); "
        "read as Windows-1252",
    )
    plain, _, none = decode_profile("Het tekort is € 2 miljoen.\n".encode(), tmp_path)
    assert plain == "Het tekort is € 2 miljoen.\n" and none == ()


def test_text_files_beside_the_profiles_that_are_not_read_are_listed(tmp_path):
    for name in (
        "gouda.txt",
        "meppel.md",
        "tiel.MD",
        "notes.text",
        "data.csv",
        ".x.md",
        "README.md",
    ):
        (tmp_path / name).write_text("Tekst.\n", encoding="utf-8")
    (tmp_path / "folder.md").mkdir()
    assert unread_texts(tmp_path) == ["meppel.md", "notes.text", "tiel.MD"]
    assert [p.name for p in list_profiles(tmp_path)] == ["gouda.txt"]
