"""Turning ``--param name=value`` strings into RDF terms.

An IRI parameter accepts a full IRI (``https://…`` or ``<https://…>``), a
prefixed name with a project prefix (``law:jeugdwet``, ``problem:privacy-rules``)
or a label: "Brunssum" finds the entity whose ``skos:prefLabel``,
``skos:altLabel``, ``skos:hiddenLabel`` or ``rdfs:label`` is "Brunssum",
ignoring case. Preferred labels win over alternative ones, those over hidden
labels and ``rdfs:label``; if more than one entity remains, or none, the
caller gets a UsageError listing candidates. Label lookups are themselves
queries with the label bound as a literal, never formatted into query text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from kg.errors import UsageError
from kg.namespaces import PREFIXES
from kg.query.library import LibraryQuery, Param
from kg.query.result import QueryResult
from kg.query.terms import XSD, Term


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


LABEL_QUERY = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?_value ?entity ?label ?rank WHERE {
  VALUES (?property ?rank) {
    (skos:prefLabel 1) (skos:altLabel 2) (skos:hiddenLabel 3) (rdfs:label 4)
  }
  ?entity ?property ?label .
  FILTER(isIRI(?entity) && isLiteral(?label) && LCASE(STR(?label)) = LCASE(STR(?_value)))
}
ORDER BY ?rank ?entity ?label
"""

SUGGEST_QUERY = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?_value ?entity ?label WHERE {
  VALUES ?property { skos:prefLabel skos:altLabel rdfs:label }
  ?entity ?property ?label .
  FILTER(isIRI(?entity) && isLiteral(?label)
         && CONTAINS(LCASE(STR(?label)), LCASE(STR(?_value))))
}
ORDER BY STRLEN(STR(?label)) ?label ?entity
LIMIT 8
"""

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[^\s:]+$)")


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


def _expand_prefixed(value: str, prefixes: Mapping[str, str]) -> str | None:
    prefix, sep, local = value.partition(":")
    if sep and prefix in prefixes and "/" not in prefix and not local.startswith("//"):
        return prefixes[prefix] + local
    return None


def _as_iri(param: Param, value: str, query: LibraryQuery | None) -> Term | None:
    """The IRI ``value`` spells directly (bracketed, absolute or prefixed), else None."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    else:
        prefixes = dict(PREFIXES)
        if query is not None:
            from kg.query.lexer import inspect_query

            prefixes.update(inspect_query(query.text).prefixes)
        expanded = _expand_prefixed(text, prefixes)
        if expanded is not None:
            text = expanded
        elif not _ABSOLUTE_IRI.match(text):
            return None
    try:
        return Term.iri(text)
    except ValueError:
        raise UsageError(f"parameter {param.name}: not a valid IRI: {value!r}") from None


def resolve_label(backend: Backend, param: Param, value: str, timeout: float | None = None) -> Term:
    """Find the one entity labelled ``value`` (case-insensitive).

    Raises
    ------
    UsageError
        If no entity, or more than one at the best label rank, has that label;
        the message lists candidates.
    """
    bound = {"_value": Term.literal(value)}
    found = backend.execute(LABEL_QUERY, bound, timeout=timeout, name=f"parameter {param.name}")
    best: dict[str, str] = {}
    best_rank = None
    for row in found.bindings:
        rank = int(row["rank"].value)
        if best_rank is None:
            best_rank = rank
        if rank != best_rank:
            break
        best.setdefault(row["entity"].value, row["label"].value)
    if len(best) == 1:
        return Term.iri(next(iter(best)))
    if best:
        listed = "; ".join(f"{iri} ({label})" for iri, label in sorted(best.items()))
        raise UsageError(f"parameter {param.name}: {value!r} is ambiguous: {listed}; give the IRI")
    near = backend.execute(SUGGEST_QUERY, bound, timeout=timeout, name=f"parameter {param.name}")
    seen: dict[str, str] = {}
    for row in near.bindings:
        seen.setdefault(row["entity"].value, row["label"].value)
    hint = (
        "; candidates: " + "; ".join(f"{lab} <{iri}>" for iri, lab in seen.items()) if seen else ""
    )
    raise UsageError(f"parameter {param.name}: no entity is labelled {value!r}{hint}")


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
                term = resolve_label(backend, param, value, timeout)
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
