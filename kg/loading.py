"""Reading seed files safely: size limits, binary detection, encodings.

A profile must be text. UTF-8 (with or without BOM) is read as is; UTF-16 with a
BOM is decoded with a warning; anything else that is not valid UTF-8 is refused
unless it decodes cleanly as Windows-1252 and looks like Dutch prose, in which
case it is decoded with a warning. Binary data and empty files are refused.
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
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as legacy:
                raise DataError(
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) nor "
                    f"Windows-1252 (byte 0x{data[legacy.start]:02x} at offset {legacy.start}); "
                    "save it as UTF-8",
                    path,
                ) from None
            warnings.append("not UTF-8; decoded as Windows-1252 (Latin-1)")
            encoding = "cp1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DataError("text contains NUL characters", path)
    if not text.strip():
        raise DataError("empty profile (no text)", path)
    return text, encoding, tuple(warnings)


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
        raise DataError("no profiles (*.txt) in seeds folder", seeds)
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
