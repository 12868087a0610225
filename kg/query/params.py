"""Turning ``--param name=value`` strings into RDF terms.

An IRI parameter accepts a full IRI (``https://…`` or ``<https://…>``) or a
prefixed name with a project prefix (``law:jeugdwet``, ``problem:privacy-rules``),
used as given, or any other name :mod:`kg.names` resolves: a label
("Brunssum", "Youth Act"), a slug (``care-avoiders``) or a code (``GM0899``),
ignoring case and accents. A parameter named after a kind (``municipality``,
``problem`` …) takes only entities of that kind. An unknown or ambiguous name
is a UsageError listing close matches or candidates. Lookups are themselves
queries with the name bound as a literal, never formatted into query text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from kg.errors import UsageError
from kg.names import AmbiguousName, UnknownName, kind_of, spelled_iri
from kg.namespaces import PREFIXES
from kg.query.library import LibraryQuery, Param
from kg.query.result import QueryResult
from kg.terms import XSD, Term


class Backend(Protocol):
    """Anything that can execute a query with bound terms (local graph or endpoint)."""

    def execute(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        timeout: float | None = None,
        name: str = "<query>",
        form: str = "SELECT",
        max_rows: int | None = None,
    ) -> QueryResult: ...


def _literal(param: Param, value: str) -> Term:
    import datetime as _dt
    from decimal import InvalidOperation

    datatype = param.datatype
    checks: dict[str, Callable[[str], object]] = {
        XSD + "integer": lambda v: re.fullmatch(r"[+-]?\d+", v),
        XSD + "decimal": lambda v: re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", v),
        XSD + "double": float,
        XSD + "float": float,
        XSD + "boolean": lambda v: v in ("true", "false", "1", "0"),
        XSD + "date": _dt.date.fromisoformat,
        XSD + "dateTime": _dt.datetime.fromisoformat,
    }
    check = checks.get(datatype or "")
    if check is not None:
        try:
            ok = check(value)
        except (ValueError, InvalidOperation):
            ok = False
        if ok is None or ok is False:
            kind = (datatype or "").rsplit("#", 1)[-1]
            raise UsageError(f"parameter {param.name}: {value!r} is not a valid {kind}")
    return Term.literal(value, datatype, param.lang)


def _as_iri(param: Param, value: str, query: LibraryQuery | None) -> Term | None:
    """The IRI ``value`` spells directly (bracketed, absolute or prefixed), else None."""
    prefixes = dict(PREFIXES)
    if query is not None:
        from kg.query.lexer import inspect_query

        prefixes.update(inspect_query(query.text).prefixes)
    text = spelled_iri(value, prefixes)
    if text is None:
        return None
    try:
        return Term.iri(text)
    except ValueError:
        raise UsageError(f"parameter {param.name}: not a valid IRI: {value!r}") from None


def resolve_label(
    backend: Backend,
    param: Param,
    value: str,
    timeout: float | None = None,
    query: LibraryQuery | None = None,
) -> Term:
    """Find the one entity ``value`` names (label, slug or code; see :mod:`kg.names`).

    A parameter named after a kind (``municipality``, ``law``, ``problem``,
    ``topic``, ``role`` or ``speaker`` …) takes only entities of that kind;
    otherwise the kind of its default wins a tie.

    Raises
    ------
    UsageError
        If no entity, or more than one at the best rank, goes by that name;
        the message lists close matches or the candidates.
    """
    from kg.namelookup import resolve_on  # a label's lookup: off the path of IRI parameters

    default = _as_iri(param, param.default, query) if param.default else None
    try:
        iri = resolve_on(
            backend,
            value,
            kind_of(param.name),
            prefer_like=default.value if default is not None else None,
            timeout=timeout,
        )
    except (UnknownName, AmbiguousName) as exc:
        raise type(exc)(f"parameter {param.name}: {exc}", exc.candidates) from None
    return Term.iri(iri)


def resolve_params(
    query: LibraryQuery,
    given: Mapping[str, str],
    backend: Backend | None = None,
    *,
    timeout: float | None = None,
) -> dict[str, Term]:
    """Bind every parameter of ``query``: given values, else defaults.

    Parameters
    ----------
    query : LibraryQuery
        The query whose parameters to bind.
    given : mapping of str to str
        Parameter name → value as typed by the user.
    backend : Backend, optional
        Where to look labels up (needed only when a label is given).
    timeout : float, optional
        Time limit for each label lookup.

    Returns
    -------
    dict
        Variable name (without ``?``) → :class:`Term`; optional parameters with
        no value are left out (the variable stays unbound).

    Raises
    ------
    UsageError
        For an unknown parameter, a missing required one, or a value that
        cannot be turned into a term.
    """
    known = ", ".join(p.name for p in query.params) or "none"
    for name in given:
        if query.param(name) is None:
            raise UsageError(
                f"unknown parameter {name!r} for query {query.name} (parameters: {known})"
            )
    bindings: dict[str, Term] = {}
    for param in query.params:
        value = given.get(param.name, given.get(param.variable))
        if value is None:
            value = param.default
        if value is None:
            if param.required:
                raise UsageError(
                    f"query {query.name} needs parameter {param.name}=VALUE ({param.type_label})",
                    parameter="params",
                )
            continue
        if param.kind == "iri":
            term = _as_iri(param, value, query)
            if term is None:
                if backend is None:
                    raise UsageError(
                        f"parameter {param.name}: give an IRI (no graph to look up {value!r})"
                    )
                term = resolve_label(backend, param, value, timeout, query)
        else:
            term = _literal(param, value)
        bindings[param.variable] = term
    return bindings


def parse_param_options(options: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Split ``name=value`` strings (from ``--param``) into a dict.

    Raises
    ------
    UsageError
        If an option has no ``=`` or an empty name, or a name is given twice.

    Examples
    --------
    >>> parse_param_options(["municipality=Brunssum", "x=a=b"])
    {'municipality': 'Brunssum', 'x': 'a=b'}
    """
    out: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        name = name.strip().lstrip("?")
        if not sep or not name:
            raise UsageError(f"parameter expects NAME=VALUE, got {option!r}", parameter="params")
        if name in out:
            raise UsageError(f"parameter {name} given twice", parameter="params")
        out[name] = value
    return out
