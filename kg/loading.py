"""Reading seed files safely: size limits, binary detection, encodings.

A profile must be text. UTF-8 (with or without BOM) is read as is; UTF-16 with a
BOM is decoded with a warning. A file that is not valid UTF-8 is decoded line by
line: if some of its lines hold valid UTF-8 beyond ASCII it is a UTF-8 file
with stray bytes, so those lines stay UTF-8 and only the broken lines are read
as Windows-1252 (with a warning naming the first); a file with no UTF-8 line
at all is read as Windows-1252 (with a warning). Text that was read as Latin-1 and
saved again as UTF-8 holds Windows-1252's characters (€, ‘’, “”, –) as C1 control
characters (U+0080 to U+009F); they are read as the characters they stand for,
with a warning. Whatever the encoding, the
text must look like prose (:func:`looks_like_prose`: mostly letters, mostly
Latin, with spaces between words); random bytes, binary data and empty files
are refused with a one-line error naming the file.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DataError, UsageError
from kg.namespaces import slugify

#: Largest profile accepted, in bytes. A real profile is ~20 kB.
MAX_PROFILE_BYTES = 5_000_000


@dataclass(frozen=True)
class SourceFile:
    """A seed file read from disk.

    Attributes
    ----------
    path : Path
        Where it was read from.
    name : str
        The file stem, used as the document's key (``brunssum``).
    text : str
        The decoded text with line endings normalised to ``\\n``.
    sha256 : str
        Hex digest of the file's bytes as stored on disk.
    encoding : str
        The encoding used to decode it.
    warnings : tuple of str
        Notes about the decoding (e.g. a BOM removed, a legacy encoding).
    """

    path: Path
    name: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    control = sum(1 for b in data[:4096] if b < 32 and b not in (9, 10, 12, 13))
    return control > max(4, len(data[:4096]) // 100)


def decode_profile(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Decode the bytes of a profile.

    Parameters
    ----------
    data : bytes
        The file's content.
    path : Path
        Used in error messages only.

    Returns
    -------
    tuple
        ``(text, encoding, warnings)``.

    Raises
    ------
    DataError
        If the data is empty, binary or not decodable as text.
    """
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DataError(f"invalid UTF-16 text at byte {exc.start}", path) from None
        warnings.append("decoded as UTF-16 (BOM found)")
        encoding = "utf-16"
    else:
        if _looks_binary(data):
            raise DataError("binary file, expected a UTF-8 text profile", path)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
            warnings.append("UTF-8 byte order mark removed")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, encoding, note = _decode_lines(data, path)
            warnings.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, c1_note = _c1_as_cp1252(text)
    if c1_note:
        warnings.append(c1_note)
    if "\x00" in text:
        raise DataError("text contains NUL characters", path)
    if not text.strip():
        raise DataError("empty profile (no text)", path)
    if not looks_like_prose(text):
        raise DataError(
            f"does not look like prose ({encoding}): too few letters, Latin letters or spaces "
            "between words; is it the right file?",
            path,
        )
    return text, encoding, tuple(warnings)


#: The C1 control characters Windows-1252 defines a printable character for, as it.
_C1_CP1252 = {
    code: bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _c1_as_cp1252(text: str) -> tuple[str, str | None]:
    """``text`` with C1 control characters read as Windows-1252, and a warning if any.

    Examples
    --------
    >>> text, note = _c1_as_cp1252("\x80 5 en \x91goed\x92")
    >>> text, note[:54]
    ('€ 5 en ‘goed’', 'Windows-1252 characters stored as control characters (')
    >>> _c1_as_cp1252("gewoon")
    ('gewoon', None)
    """
    first = next((ch for ch in text if "\x80" <= ch <= "\x9f"), None)
    if first is None:
        return text, None
    fixed = text.translate(_C1_CP1252)
    note = (
        f"Windows-1252 characters stored as control characters (first: U+{ord(first):04X}); "
        "read as Windows-1252"
    )
    return fixed, note


def _decode_lines(data: bytes, path: Path) -> tuple[str, str, str]:
    """Decode a file that is not valid UTF-8 as a whole: (text, encoding, warning)."""
    lines = data.split(b"\n")
    broken: list[int] = []
    utf8_beyond_ascii = False
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            broken.append(number)
            continue
        utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
    legacy = set(range(len(lines))) if not utf8_beyond_ascii else set(broken)
    parts, offset = [], 0
    for number, line in enumerate(lines):
        try:
            parts.append(line.decode("cp1252" if number in legacy else "utf-8"))
        except UnicodeDecodeError as exc:
            bad_utf8 = _first_utf8_error(data)
            raise DataError(
                f"not valid UTF-8 (byte 0x{data[bad_utf8]:02x} at offset {bad_utf8}) nor "
                f"Windows-1252 (byte 0x{line[exc.start]:02x} at offset {offset + exc.start}); "
                "save it as UTF-8",
                path,
            ) from None
        offset += len(line) + 1
    if not utf8_beyond_ascii:
        return "\n".join(parts), "cp1252", "not UTF-8; decoded as Windows-1252 (Latin-1)"
    count = f"{len(broken)} lines that are" if len(broken) > 1 else "1 line that is"
    note = (
        f"UTF-8 with {count} not (first: line {broken[0] + 1}); those lines decoded as Windows-1252"
    )
    return "\n".join(parts), "utf-8", note


def _first_utf8_error(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def looks_like_prose(text: str) -> bool:
    """True for text in a Latin-script language: mostly letters, mostly Latin, words spaced.

    Random bytes decoded as Windows-1252 give mostly symbols and accented
    letters with few spaces; prose in Dutch (or English) is at least half
    letters, nearly all of them unaccented, with a space every few words.

    Examples
    --------
    >>> looks_like_prose("De gemeente werkt samen met zorgaanbieders in de regio.")
    True
    >>> looks_like_prose(bytes(range(128, 256)).decode("cp1252", "replace") * 4)
    False
    """
    sample = text[:200_000]
    visible = [ch for ch in sample if not ch.isspace()]
    if len(visible) < 40:  # too short to judge; a title and a line are fine
        return True
    letters = [ch for ch in visible if ch.isalpha()]
    plain = sum(1 for ch in letters if ch.isascii())
    spaces = len(sample) - len(visible)
    return (
        len(letters) >= 0.5 * len(visible)
        and plain >= 0.8 * max(1, len(letters))
        and spaces >= 0.05 * len(sample)
    )


def _too_large(size: int, limit: int, path: Path) -> DataError:
    return DataError(f"file too large ({size:,} bytes; the limit is {limit:,} bytes)", path)


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` bytes of a file, refusing a larger one.

    The size on disk is checked first, so a huge file is refused without being
    read; the read itself is bounded too, so a file that grows meanwhile cannot
    be swallowed whole. Only regular files are read (a FIFO or device named
    ``x.txt`` would block or never end).

    Raises
    ------
    DataError
        If the file is missing, not a regular file, larger than ``max_bytes``
        or cannot be read.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DataError("not a regular file", path)
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes, path)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DataError("file not found", path) from None
    except OSError as exc:
        raise DataError(f"cannot read file ({exc.strerror or exc})", path) from None
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, path)
    return data


def read_profile(path: str | Path, max_bytes: int = MAX_PROFILE_BYTES) -> SourceFile:
    """Read one profile from disk.

    Parameters
    ----------
    path : str or Path
        A ``.txt`` file.
    max_bytes : int, optional
        Files larger than this are refused.

    Returns
    -------
    SourceFile

    Raises
    ------
    DataError
        If the file is missing, too large, empty, binary or wrongly encoded.
    """
    path = Path(path)
    data = read_limited(path, max_bytes)
    if not data:
        raise DataError("empty file", path)
    text, encoding, warnings = decode_profile(data, path)
    return SourceFile(
        path=path,
        name=path.stem,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=warnings,
    )


def list_profiles(seeds: str | Path) -> list[Path]:
    """List the profile files (``*.txt``) in a seeds folder, sorted by name.

    Raises
    ------
    UsageError
        If the folder does not exist or is not a folder.
    DataError
        If it holds no ``.txt`` file, a file name that is not UTF-8, or two
        names with the same document key (:func:`kg.namespaces.slugify` of the
        stem: ``Best.txt`` and ``best.txt``), which would mint the same IRIs.
    """
    seeds = Path(seeds)
    if not seeds.exists():
        raise UsageError("seeds folder not found", seeds)
    if not seeds.is_dir():
        raise UsageError("not a folder", seeds)
    files = sorted(p for p in seeds.glob("*.txt") if not p.name.startswith("."))
    if not files:
        others = unread_texts(seeds)
        hint = f"; rename {', '.join(others[:3])} to .txt" if others else ""
        raise DataError(f"no profiles (*.txt) in seeds folder{hint}", seeds)
    keys: dict[str, Path] = {}
    for path in files:
        try:
            path.name.encode("utf-8")
        except UnicodeEncodeError:
            raise DataError("file name is not valid UTF-8; rename the file", path) from None
        key = slugify(path.stem)
        if key in keys:
            raise DataError(
                f"same document key {key!r} as {keys[key].name} (file names must differ "
                "in letters or digits, since documents are named by their slug); rename one",
                path,
            )
        keys[key] = path
    return files


#: Suffixes of text files a user may mean as profiles, which the build does not read.
_TEXT_SUFFIXES = (".md", ".markdown", ".text")
#: A folder's own documentation by the usual names (lower-cased stems): no profile.
_FOLDER_DOCS = frozenset({"readme", "license", "licence", "changes", "changelog", "sources"})


def unread_texts(seeds: str | Path) -> list[str]:
    """Names of the text files in a seeds folder that are not read as profiles.

    Only ``*.txt`` files are profiles; a Markdown profile saved as ``.md`` beside
    them would be skipped without a word, so the CLI warns with these names. The
    folder's own documentation (``README.md``, ``LICENSE.md`` …) is no profile.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", "b.md", "README.md", "gouda.markdown", ".hidden.md"):
    ...     _ = (folder / name).write_text("x", encoding="utf-8")
    >>> unread_texts(folder)
    ['b.md', 'gouda.markdown']
    """
    return sorted(
        p.name
        for p in Path(seeds).iterdir()
        if p.suffix.lower() in _TEXT_SUFFIXES
        and not p.name.startswith(".")
        and p.stem.lower() not in _FOLDER_DOCS
        and p.is_file()
    )
