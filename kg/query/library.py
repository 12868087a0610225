"""The query library: ``queries/*.rq`` files with grlc-compatible headers.

Each file starts with comment lines in grlc's decorator syntax (YAML after
``#+``)::

    #+ summary: Problems a municipality reports
    #+ description: Which problems does the profile of one municipality report?
    #+ tags:
    #+   - problems
    #+ defaults:
    #+   - municipality: https://w3id.org/kg-decentralisatie/id/municipality/brunssum

Parameters follow grlc's (BASIL) variable convention: ``?_name`` is a required
parameter, ``?__name`` an optional one; a suffix gives the type
(``?_municipality_iri``, ``?_year_integer``, ``?_label_en`` for a language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DataError, UsageError
from kg.query.lexer import inspect_query
from kg.terms import XSD

#: Extension of query files.
SUFFIX = ".rq"

#: Parameter type suffix → (kind, datatype).
PARAM_TYPES: dict[str, tuple[str, str | None]] = {
    "iri": ("iri", None),
    "string": ("literal", None),
    "literal": ("literal", None),
    "integer": ("literal", XSD + "integer"),
    "decimal": ("literal", XSD + "decimal"),
    "double": ("literal", XSD + "double"),
    "float": ("literal", XSD + "float"),
    "boolean": ("literal", XSD + "boolean"),
    "date": ("literal", XSD + "date"),
    "datetime": ("literal", XSD + "dateTime"),
}


@dataclass(frozen=True)
class Param:
    """One parameter of a query.

    Attributes
    ----------
    name : str
        What the user types: ``municipality`` for ``?_municipality_iri``.
    variable : str
        The SPARQL variable without ``?``.
    kind : str
        ``iri`` or ``literal``.
    datatype, lang : str or None
        For literal parameters, their datatype or language tag.
    required : bool
        False for ``?__name`` variables.
    default : str or None
        The default from the ``#+ defaults:`` header, as written.
    """

    name: str
    variable: str
    kind: str = "literal"
    datatype: str | None = None
    lang: str | None = None
    required: bool = True
    default: str | None = None

    @property
    def type_label(self) -> str:
        """A short type name for listings: ``iri``, ``string``, ``integer``, ``@en`` …"""
        if self.kind == "iri":
            return "iri"
        if self.lang:
            return "@" + self.lang
        return (self.datatype or XSD + "string").rsplit("#", 1)[-1]


@dataclass(frozen=True)
class LibraryQuery:
    """A query with its header.

    Attributes
    ----------
    name : str
        The file name without ``.rq``.
    path : Path or None
        Where it was read from (None for text given directly).
    text : str
        The full query text, header included (it is a comment).
    summary, description : str
        From the header.
    tags : tuple of str
        From the header.
    params : tuple of Param
        In order of first appearance in the query.
    form : str
        ``SELECT``, ``CONSTRUCT``, ``DESCRIBE`` or ``ASK``.
    """

    name: str
    path: Path | None
    text: str
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    params: tuple[Param, ...] = field(default_factory=tuple)
    form: str = "SELECT"

    @property
    def where(self) -> str:
        """The file (or ``<query>``) to name in messages."""
        return str(self.path) if self.path else f"<{self.name}>"

    def param(self, name: str) -> Param | None:
        """The parameter called ``name`` (or whose variable is ``name``), if any."""
        for param in self.params:
            if name in (param.name, param.variable, "?" + param.variable):
                return param
        return None


def default_queries_dir() -> Path:
    """The library folder: ``./queries``, else the one kg ships.

    The shipped folder is the source checkout's ``queries/`` or, in an
    installed wheel, the package's copy (:func:`kg.resources.bundled_dir`).
    The command line lets ``$KG_QUERIES`` override it (:mod:`kg.cli.env`).
    """
    from kg.resources import bundled_dir

    local = Path("queries")
    if local.is_dir() and any(local.glob("*" + SUFFIX)):
        return local
    return bundled_dir("queries", "*" + SUFFIX)


def parse_header(text: str) -> dict[str, str | list[object]]:
    """Read the grlc decorators (``#+ key: value`` lines) at the top of a query.

    Supports the YAML that grlc headers use: ``key: scalar``, block lists
    (``#+   - item``) and lists of one-key mappings (``#+   - name: value``).

    Examples
    --------
    >>> parse_header("#+ summary: S\\n#+ tags:\\n#+   - a\\n#+ defaults:\\n#+   - x: 1\\nSELECT")
    {'summary': 'S', 'tags': ['a'], 'defaults': [{'x': '1'}]}
    """
    header: dict[str, str | list[object]] = {}
    key = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#+"):
            if line.startswith("#"):
                continue
            break
        body = line[2:].rstrip()
        stripped = body.strip()
        if stripped.startswith("- ") and key is not None:
            item = stripped[2:].strip()
            items = header.setdefault(key, [])
            if not isinstance(items, list):
                items = header[key] = []
            name, sep, value = item.partition(": ")
            if sep and not item.startswith(("'", '"')):
                items.append({name.strip(): _scalar(value)})
            elif item.endswith(":") and " " not in item:
                items.append({item[:-1]: None})
            else:
                items.append(_scalar(item))
            continue
        name, sep, value = stripped.partition(":")
        if not sep:
            continue
        key = name.strip()
        header[key] = _scalar(value.strip()) if value.strip() else []
    return header


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def param_from_variable(variable: str, defaults: dict[str, str] | None = None) -> Param | None:
    """Describe the parameter a ``?_name[_type]`` variable stands for (None if it is not one).

    Examples
    --------
    >>> param_from_variable("_municipality_iri").name
    'municipality'
    >>> param_from_variable("__label_en").lang, param_from_variable("__label_en").required
    ('en', False)
    """
    if not variable.startswith("_") or variable.strip("_") == "":
        return None
    required = not variable.startswith("__")
    base = variable.lstrip("_")
    name, kind, datatype, lang = base, "literal", None, None
    head, sep, suffix = base.rpartition("_")
    if sep and head:
        lowered = suffix.lower()
        if lowered in PARAM_TYPES:
            name = head
            kind, datatype = PARAM_TYPES[lowered]
        elif len(suffix) == 2 and suffix.isalpha() and suffix.islower():
            name, lang = head, suffix
    default = (defaults or {}).get(name)
    return Param(name, variable, kind, datatype, lang, required, default)


def make_query(text: str, name: str, path: Path | None = None) -> LibraryQuery:
    """Build a :class:`LibraryQuery` from query text (header optional)."""
    header = parse_header(text)
    defaults: dict[str, str] = {}
    for item in header.get("defaults") or []:
        if isinstance(item, dict):
            defaults.update({k: str(v) for k, v in item.items() if v is not None})
    shape = inspect_query(text)
    params = []
    for variable in shape.variables:
        param = param_from_variable(variable, defaults)
        if param is not None:
            params.append(param)
    tags = header.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.strip("[]").split(",") if t.strip()]
    return LibraryQuery(
        name=name,
        path=path,
        text=text,
        summary=str(header.get("summary") or ""),
        description=str(header.get("description") or ""),
        tags=tuple(str(t) for t in tags),
        params=tuple(params),
        form=shape.form or "SELECT",
    )


def read_query_file(path: str | Path) -> LibraryQuery:
    """Read one ``.rq`` file.

    Raises
    ------
    DataError
        If it cannot be read or is not UTF-8 text.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataError("query file is not UTF-8 text", path) from None
    except OSError as exc:
        raise DataError(f"cannot read query file ({exc.strerror})", path) from None
    return make_query(text, path.stem, path)


def list_queries(directory: str | Path | None = None) -> list[LibraryQuery]:
    """All queries of the library, sorted by name.

    Parameters
    ----------
    directory : str or Path, optional
        The library folder (default :func:`default_queries_dir`).

    Raises
    ------
    UsageError
        If the folder does not exist.

    Examples
    --------
    >>> names = [q.name for q in list_queries()]
    >>> "problems-of-municipality" in names
    True
    """
    folder = Path(directory) if directory is not None else default_queries_dir()
    if not folder.is_dir():
        raise UsageError("query library folder not found", folder)
    return [read_query_file(p) for p in sorted(folder.glob("*" + SUFFIX))]


def load_query(name_or_file: str | Path, directory: str | Path | None = None) -> LibraryQuery:
    """A library query by name, or a query file by path.

    Raises
    ------
    UsageError
        If ``name_or_file`` is neither an existing file nor a library query;
        the message suggests close names.
    """
    candidate = Path(name_or_file)
    if candidate.suffix == SUFFIX or candidate.is_file():
        if not candidate.is_file():
            raise UsageError("query file not found", candidate)
        return read_query_file(candidate)
    folder = Path(directory) if directory is not None else default_queries_dir()
    path = folder / f"{name_or_file}{SUFFIX}"
    if path.is_file():
        return read_query_file(path)
    import difflib

    names = [p.stem for p in sorted(folder.glob("*" + SUFFIX))] if folder.is_dir() else []
    close = difflib.get_close_matches(str(name_or_file), names, n=3, cutoff=0.5)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UsageError(
        f"unknown query {str(name_or_file)!r}{hint}; 'kg query list' shows the library"
    )
