"""Reference data: every Dutch municipality 2015–2025 and the labour-market regions of 2015.

The CSV files live in ``kg/data/reference/`` (package data; their provenance is
the ``README.md`` there). :func:`load_reference` reads and checks them into
frozen records; a malformed file raises :class:`kg.errors.ReferenceDataError`
naming ``file:line``, which the CLI reports with exit code 2.

Files
-----
``municipalities.csv``
    ``cbs_code,name,province,valid_from,valid_to,merged_into``
``labour-market-regions.csv``
    ``region_name,central_cbs_code,member_cbs_code`` (one row per member)
``provinces.csv``
    ``name,name_en``
``name-variants.csv``
    ``variant,cbs_code,cue,source``: other spellings (Den Haag, Den Bosch …)
``ambiguous-names.csv``
    ``name,criterion,reason``: names that need a place context
``adjectives.csv``
    ``cbs_code,adjective``: adjectives the general rules do not derive

Lines starting with ``#`` before the header are comments.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import ReferenceDataError

__all__ = [
    "LabourMarketRegion",
    "Municipality",
    "NameVariant",
    "Reference",
    "default_reference",
    "default_reference_dir",
    "load_reference",
]

_CODE = re.compile(r"GM[0-9]{4}")
_SUFFIX = re.compile(r" \((?:[A-Z][a-zA-Z]*\.)+\)$")
_FIRST_YEAR, _LAST_YEAR = 1800, 2100


@dataclass(frozen=True)
class Municipality:
    """One CBS municipality code.

    Attributes
    ----------
    cbs_code : str
        ``GM`` + four digits.
    name : str
        The name as CBS spells it (``Bergen (L.)``).
    official_name : str
        The name without CBS's province suffix (``Bergen``).
    province : str
        Dutch name of its (last) province.
    valid_from, valid_to : int or None
        First and last year in whose 1 January classification the code
        appears; None when it existed before 2015 / still exists.
    merged_into : str or None
        CBS code of the successor when the whole municipality went into one.
    """

    cbs_code: str
    name: str
    official_name: str
    province: str
    valid_from: int | None = None
    valid_to: int | None = None
    merged_into: str | None = None

    def exists_in(self, year: int) -> bool:
        """Whether the code is in the classification of 1 January ``year``.

        Examples
        --------
        >>> m = Municipality("GM0881", "Onderbanken", "Onderbanken", "Limburg", None, 2018)
        >>> m.exists_in(2015), m.exists_in(2019)
        (True, False)
        """
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or self.valid_to >= year
        )


@dataclass(frozen=True)
class LabourMarketRegion:
    """One labour-market region (arbeidsmarktregio) as composed in 2015."""

    name: str
    central_code: str
    member_codes: tuple[str, ...]


@dataclass(frozen=True)
class NameVariant:
    """Another spelling of a municipality's name.

    ``cue`` is ``"gemeente"`` when the variant names the municipality only right
    after "gemeente(n)" (``Den Haag``), else empty.
    """

    variant: str
    cbs_code: str
    cue: str = ""


@dataclass(frozen=True, eq=False)
class Reference:
    """The loaded reference data (records sorted by code or name)."""

    directory: Path
    municipalities: tuple[Municipality, ...]
    regions: tuple[LabourMarketRegion, ...]
    provinces: tuple[tuple[str, str], ...]
    variants: tuple[NameVariant, ...] = ()
    ambiguous: frozenset[str] = field(default_factory=frozenset)
    adjectives: tuple[tuple[str, str], ...] = ()

    @cached_property
    def by_code(self) -> dict[str, Municipality]:
        """CBS code → municipality."""
        return {m.cbs_code: m for m in self.municipalities}

    @cached_property
    def municipality_names(self) -> frozenset[str]:
        """Every municipality's official name, case-folded (a test whether a name is one)."""
        return frozenset(m.official_name.casefold() for m in self.municipalities)

    @cached_property
    def region_of(self) -> dict[str, LabourMarketRegion]:
        """CBS code of a 2015 member → its labour-market region."""
        return {code: r for r in self.regions for code in r.member_codes}

    def successors(self, code: str) -> list[Municipality]:
        """The chain of municipalities ``code`` was merged into, nearest first.

        Examples
        --------
        >>> [m.name for m in default_reference().successors("GM0881")]
        ['Beekdaelen']
        """
        chain: list[Municipality] = []
        current = self.by_code[code].merged_into
        while current is not None and all(m.cbs_code != current for m in chain):
            chain.append(self.by_code[current])
            current = self.by_code[current].merged_into
        return chain


def default_reference_dir() -> Path:
    """The reference folder shipped with the package (``kg/data/reference``)."""
    return Path(__file__).resolve().parent / "data" / "reference"


@lru_cache(maxsize=1)
def default_reference() -> Reference:
    """The packaged reference data, loaded once per process."""
    return load_reference(default_reference_dir())


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` of a CSV file with ``#`` comment lines before its header."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceDataError("reference file not found", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"cannot read reference file: {exc}", path) from None
    lines = text.splitlines()
    skip = 0
    while skip < len(lines) and lines[skip].startswith("#"):
        skip += 1
    reader = csv.reader(lines[skip:])
    header = next(reader, None)
    where = f"{path}:{skip + 1}"
    if header is None:
        raise ReferenceDataError("no header row", where)
    missing = [c for c in columns if c not in header]
    if missing:
        raise ReferenceDataError(f"missing column(s) {', '.join(missing)}", where)
    for offset, values in enumerate(reader, start=skip + 2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise ReferenceDataError(
                f"expected {len(header)} fields, found {len(values)}", f"{path}:{offset}"
            )
        yield offset, {k: v.strip() for k, v in zip(header, values, strict=True)}


def _code(value: str, where: str, column: str) -> str:
    if not _CODE.fullmatch(value):
        raise ReferenceDataError(f"{column} {value!r} is not a CBS code like GM0899", where)
    return value


def _year(value: str, where: str, column: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or not _FIRST_YEAR <= int(value) <= _LAST_YEAR:
        raise ReferenceDataError(f"{column} {value!r} is not a year", where)
    return int(value)


def _municipalities(directory: Path, provinces: set[str]) -> tuple[Municipality, ...]:
    path = directory / "municipalities.csv"
    columns = ("cbs_code", "name", "province", "valid_from", "valid_to", "merged_into")
    found: dict[str, tuple[int, Municipality]] = {}
    names: dict[str, int] = {}
    for line, row in _rows(path, columns):
        where = f"{path}:{line}"
        code = _code(row["cbs_code"], where, "cbs_code")
        if code in found:
            raise ReferenceDataError(
                f"duplicate code {code} (first on line {found[code][0]})", where
            )
        name = row["name"]
        if not name:
            raise ReferenceDataError("empty name", where)
        if name in names:
            raise ReferenceDataError(
                f"duplicate name {name!r} (first on line {names[name]})", where
            )
        if row["province"] not in provinces:
            raise ReferenceDataError(f"unknown province {row['province']!r}", where)
        start = _year(row["valid_from"], where, "valid_from")
        end = _year(row["valid_to"], where, "valid_to")
        if start is not None and end is not None and start > end:
            raise ReferenceDataError(f"valid_from {start} is after valid_to {end}", where)
        merged = _code(row["merged_into"], where, "merged_into") if row["merged_into"] else None
        if merged is not None and end is None:
            raise ReferenceDataError("merged_into given but valid_to is empty", where)
        official = _SUFFIX.sub("", name)
        found[code] = (
            line,
            Municipality(code, name, official, row["province"], start, end, merged),
        )
        names[name] = line
    for code, (line, m) in found.items():
        if m.merged_into is not None and m.merged_into not in found:
            raise ReferenceDataError(
                f"merged_into {m.merged_into} of {code} is not a code of this file",
                f"{path}:{line}",
            )
    return tuple(m for _, (_, m) in sorted(found.items()))


def _regions(directory: Path, known: dict[str, Municipality]) -> tuple[LabourMarketRegion, ...]:
    path = directory / "labour-market-regions.csv"
    centrals: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    for line, row in _rows(path, ("region_name", "central_cbs_code", "member_cbs_code")):
        where = f"{path}:{line}"
        name = row["region_name"]
        if not name:
            raise ReferenceDataError("empty region_name", where)
        central = _code(row["central_cbs_code"], where, "central_cbs_code")
        member = _code(row["member_cbs_code"], where, "member_cbs_code")
        for code in (central, member):
            if code not in known:
                raise ReferenceDataError(f"{code} is not in municipalities.csv", where)
        if centrals.setdefault(name, central) != central:
            raise ReferenceDataError(f"region {name!r} has two central municipalities", where)
        if member in seen:
            raise ReferenceDataError(f"{member} is already a member (line {seen[member]})", where)
        seen[member] = line
        members.setdefault(name, []).append(member)
    for name, central in centrals.items():
        if central not in members[name]:
            raise ReferenceDataError(
                f"central municipality {central} of {name!r} is no member", path
            )
    return tuple(
        LabourMarketRegion(name, centrals[name], tuple(sorted(members[name])))
        for name in sorted(centrals)
    )


def _provinces(directory: Path) -> tuple[tuple[str, str], ...]:
    path = directory / "provinces.csv"
    out: dict[str, str] = {}
    for line, row in _rows(path, ("name", "name_en")):
        if not row["name"] or not row["name_en"] or row["name"] in out:
            raise ReferenceDataError("empty or duplicate province", f"{path}:{line}")
        out[row["name"]] = row["name_en"]
    return tuple(sorted(out.items()))


def _extras(
    directory: Path, known: dict[str, Municipality]
) -> tuple[tuple[NameVariant, ...], frozenset[str], tuple[tuple[str, str], ...]]:
    """The recognition data: name variants, ambiguous names and irregular adjectives."""
    path = directory / "name-variants.csv"
    variants = []
    for line, row in _rows(path, ("variant", "cbs_code", "cue")):
        where = f"{path}:{line}"
        code = _code(row["cbs_code"], where, "cbs_code")
        if code not in known or not row["variant"] or row["cue"] not in ("", "gemeente"):
            raise ReferenceDataError("unknown code, empty variant or cue not 'gemeente'", where)
        variants.append(NameVariant(row["variant"], code, row["cue"]))
    path = directory / "ambiguous-names.csv"
    official = {m.official_name for m in known.values()}
    ambiguous = set()
    for line, row in _rows(path, ("name", "criterion", "reason")):
        if row["name"] not in official:
            raise ReferenceDataError(f"{row['name']!r} is no municipality name", f"{path}:{line}")
        ambiguous.add(row["name"])
    path = directory / "adjectives.csv"
    adjectives = []
    for line, row in _rows(path, ("cbs_code", "adjective")):
        where = f"{path}:{line}"
        if _code(row["cbs_code"], where, "cbs_code") not in known or not row["adjective"]:
            raise ReferenceDataError("unknown code or empty adjective", where)
        adjectives.append((row["cbs_code"], row["adjective"]))
    return (
        tuple(sorted(variants, key=lambda v: (v.variant, v.cbs_code))),
        frozenset(ambiguous),
        tuple(sorted(adjectives)),
    )


def load_reference(directory: str | Path | None = None) -> Reference:
    """Read and check the reference folder.

    Parameters
    ----------
    directory : str or Path, optional
        Defaults to :func:`default_reference_dir`.

    Returns
    -------
    Reference

    Raises
    ------
    ReferenceDataError
        A file is missing, lacks a column, or has a bad code, a duplicate code
        or name, a bad year, an unknown province, a ``merged_into`` or region
        member that is no code of ``municipalities.csv``; the message names
        ``file:line``.

    Examples
    --------
    >>> ref = load_reference()
    >>> len(ref.municipalities), len(ref.regions)
    (414, 35)
    >>> ref.by_code["GM0893"].official_name
    'Bergen'
    """
    directory = Path(directory) if directory is not None else default_reference_dir()
    provinces = _provinces(directory)
    municipalities = _municipalities(directory, {name for name, _ in provinces})
    known = {m.cbs_code: m for m in municipalities}
    regions = _regions(directory, known)
    variants, ambiguous, adjectives = _extras(directory, known)
    return Reference(directory, municipalities, regions, provinces, variants, ambiguous, adjectives)
