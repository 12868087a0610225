"""The per-document cache of a build: one JSON file per processed profile.

A document's result is keyed by the hash of everything it depends on (the
profile's bytes and name, its curation file, and :attr:`Resources.digest`:
the ontology, shapes, reference data and kg's own code), so an unchanged
profile is never extracted twice and any change gives a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kg.loading import MAX_PROFILE_BYTES, read_limited

#: Folder (inside the output folder) holding the per-document cache.
CACHE_DIR = ".cache"


@dataclass
class DocumentResult:
    """What processing one profile yields, ready to be written (and cached).

    Attributes
    ----------
    name : str
        Document key (file stem).
    sha256 : str
        Hash of the profile's bytes.
    block : str
        Turtle for the subjects the document owns.
    triples : int
        Number of triples in ``block``.
    shared : list of str
        N-Triples lines about entities outside the document (deduplicated
        across documents when written).
    counts : dict
        sections, sentences, mentions, findings, indicators, relations.
    entities : dict
        IRI → kind of every entity the document names.
    warnings : list of str
        Decoding notes.
    stats : dict
        The :class:`kg.publish.void.DatasetStats` of ``block``, as JSON.
    municipality : str
        IRI (under the build's base) of the municipality the document describes.
    """

    name: str
    sha256: str
    block: str
    triples: int
    shared: list[str]
    counts: dict[str, int]
    entities: dict[str, str]
    warnings: list[str]
    stats: dict[str, Any]
    municipality: str


def cache_key(path: Path, digest: str, curation: bool) -> str:
    """The key of a profile's cache entry.

    Parameters
    ----------
    path : Path
        The profile.
    digest : str
        :attr:`kg.build.config.Resources.digest`.
    curation : bool
        Whether curation files are applied (then the curation file counts).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("Tekst.", encoding="utf-8")
    >>> cache_key(p, "d", True) == cache_key(p, "d", True) != cache_key(p, "e", True)
    True
    """
    from kg.curation import MAX_CURATION_BYTES, curation_path

    h = hashlib.sha256(digest.encode())
    h.update(path.name.encode() + b"\0" + read_limited(path, MAX_PROFILE_BYTES))
    curated = curation_path(path)
    if curation and curated.is_file():
        h.update(b"\0curation\0" + read_limited(curated, MAX_CURATION_BYTES))
    return h.hexdigest()


def read_cache(cache: Path, key: str) -> DocumentResult | None:
    """The cached result under ``key``; None when missing or unreadable."""
    try:
        data = json.loads((cache / f"{key}.json").read_text(encoding="utf-8"))
        return DocumentResult(**data)
    except (OSError, ValueError, TypeError):
        return None


def write_cache(cache: Path, key: str, result: DocumentResult) -> None:
    """Write a cache entry: temporary file, then rename.

    No fsync (unlike :func:`kg.io.atomic_write_bytes`): an entry lost or
    truncated by a crash fails to load and is simply recomputed, and syncing
    thousands of entries would cost more than the build.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> r = DocumentResult("a", "0", "", 0, [], {}, {}, [], {}, "urn:m")
    >>> write_cache(folder, "k", r)
    >>> read_cache(folder, "k") == r, read_cache(folder, "missing")
    (True, None)
    """
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{key}.json"
    tmp = cache / f".{key}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def prune_cache(cache_dir: Path, keep: set[str]) -> None:
    """Remove cache entries no current document uses (and temporaries of killed workers)."""
    if not cache_dir.is_dir():
        return
    for path in cache_dir.glob("*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
    for path in cache_dir.glob(".*.tmp"):
        path.unlink(missing_ok=True)
