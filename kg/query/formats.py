"""Writing query results: table, csv, tsv, json, md for rows; Turtle for graphs.

- ``table``: aligned text for a terminal; IRIs shortened with the project
  prefixes, long cells cut at :data:`TABLE_CELL_WIDTH` characters with "…".
- ``csv``: W3C SPARQL 1.1 Query Results CSV (full IRIs, lexical values, CRLF).
- ``tsv``: W3C SPARQL 1.1 Query Results TSV (terms in N-Triples syntax).
- ``json``: W3C SPARQL 1.1 Query Results JSON.
- ``md``: a Markdown table (IRIs shortened; ``|``, ``[``, ``]`` escaped, ``<``, ``>``,
  ``&`` as entities, so document text cannot become HTML or links).
- ``ttl``: Turtle, for CONSTRUCT and DESCRIBE (their default format).

Every writer returns text and is deterministic: same result, same bytes.
"""

from __future__ import annotations

from kg.errors import UsageError, printable
from kg.namespaces import PREFIXES
from kg.query.result import QueryResult
from kg.terms import XSD, Term

ROW_FORMATS = ("table", "csv", "tsv", "json", "md")
GRAPH_FORMATS = ("ttl",)
FORMATS = ROW_FORMATS + GRAPH_FORMATS

#: Longest cell the ``table`` format prints before cutting it.
TABLE_CELL_WIDTH = 60

_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long")}

# Longest namespace first, so ``problem:`` wins over ``scheme:`` and ``id:``.
_SHORT = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def shorten(iri: str) -> str:
    """Write an IRI with a project prefix when one fits (for human-readable formats).

    Examples
    --------
    >>> shorten("https://w3id.org/kg-decentralisatie/concept/problem/privacy-rules")
    'problem:privacy-rules'
    """
    for prefix, namespace in _SHORT:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def display(term: Term | None) -> str:
    """A term as a person reads it: short IRI, bare literal text, empty when unbound."""
    if term is None:
        return ""
    if term.kind == "uri":
        return shorten(term.value)
    if term.kind == "bnode":
        return "_:" + term.value
    return term.value


def _header(result: QueryResult) -> list[str]:
    return ["answer"] if result.form == "ASK" else list(result.variables)


def _cells(result: QueryResult) -> list[list[Term | None]]:
    if result.form == "ASK":
        return [[Term.literal("true" if result.boolean else "false", XSD + "boolean")]]
    return [[row.get(var) for var in result.variables] for row in result.bindings]


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text


def to_table(result: QueryResult, width: int = TABLE_CELL_WIDTH) -> str:
    """Aligned columns with a header rule; numbers right-aligned; cells cut at ``width`` (0: no)."""
    header = _header(result)
    rows = []
    numeric = [True] * len(header)
    for cells in _cells(result):
        line = []
        for i, term in enumerate(cells):
            text = printable(_one_line(display(term)))  # no terminal escape sequences
            if width and len(text) > width:
                text = text[: width - 1] + "…"
            line.append(text)
            if term is not None and not (term.kind == "literal" and term.datatype in _NUMERIC):
                numeric[i] = False
        rows.append(line)
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]

    def fmt(cells: list[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    lines = [fmt(header), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines) + "\n"


def to_csv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 CSV results: header of variable names, plain values, CRLF."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_header(result))
    for cells in _cells(result):
        writer.writerow(
            ["" if t is None else ("_:" + t.value if t.kind == "bnode" else t.value) for t in cells]
        )
    return out.getvalue()


def _tsv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if (
        term.kind == "literal"
        and term.datatype == XSD + "integer"
        and term.value.lstrip("+-").isdigit()
    ):
        return term.value
    if (
        term.kind == "literal"
        and term.datatype == XSD + "boolean"
        and term.value in ("true", "false")
    ):
        return term.value
    return term.n3()


def to_tsv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 TSV results: ``?var`` header, terms in N-Triples syntax."""
    lines = ["\t".join("?" + h for h in _header(result))]
    lines += ["\t".join(_tsv_term(t) for t in cells) for cells in _cells(result)]
    return "\n".join(lines) + "\n"


def to_json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON (``boolean`` for ASK)."""
    import json

    if result.form == "ASK":
        data: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        data = {
            "head": {"vars": list(result.variables)},
            "results": {
                "bindings": [
                    {var: row[var].to_json() for var in result.variables if var in row}
                    for row in result.bindings
                ]
            },
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_MD_ESCAPES = str.maketrans(
    {"\\": "\\\\", "|": "\\|", "[": "\\[", "]": "\\]", "<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


def _md_cell(text: str) -> str:
    """A cell's text for a Markdown table: pipes, links and HTML cannot take effect.

    Document text may hold ``<script>`` or ``[x](javascript:…)``; a Markdown
    renderer would pass raw HTML through and make links, so ``<``, ``>`` and
    ``&`` become entities and ``[``, ``]``, ``|``, ``\\`` are escaped.

    Examples
    --------
    >>> _md_cell("a|b <script>x</script> [c](javascript:d)")
    'a\\\\|b &lt;script&gt;x&lt;/script&gt; \\\\[c\\\\](javascript:d)'
    """
    return _one_line(text).translate(_MD_ESCAPES)


def to_markdown(result: QueryResult) -> str:
    """A GitHub-flavoured Markdown table."""
    header = _header(result)
    lines = ["| " + " | ".join(_md_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    for cells in _cells(result):
        lines.append("| " + " | ".join(_md_cell(display(t)) for t in cells) + " |")
    return "\n".join(lines) + "\n"


def to_turtle(result: QueryResult) -> str:
    """The triples of a CONSTRUCT/DESCRIBE as Turtle with the project prefixes, sorted."""
    import pyoxigraph as ox

    from kg.terms import to_oxigraph_triple

    triples = [to_oxigraph_triple(triple) for triple in result.triples]
    # Namespaces whose local names hold "/" (id:, scheme:) would need escapes in Turtle.
    used = {
        prefix: ns
        for prefix, ns in sorted(PREFIXES.items())
        if prefix not in _TURTLE_SKIP
        and any(
            t.kind == "uri" and t.value.startswith(ns) for triple in result.triples for t in triple
        )
    }
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)
    return (data or b"").decode("utf-8")


_TURTLE_SKIP = frozenset({"id", "scheme"})

WRITERS = {
    "table": to_table,
    "csv": to_csv,
    "tsv": to_tsv,
    "json": to_json,
    "md": to_markdown,
    "ttl": to_turtle,
}


def render(result: QueryResult, fmt: str | None = None, *, max_width: int | None = None) -> str:
    """Write ``result`` in format ``fmt`` (default: table for rows, ttl for graphs).

    ``max_width`` cuts ``table`` cells (default :data:`TABLE_CELL_WIDTH`; 0: no limit).

    Raises
    ------
    UsageError
        For an unknown format, or a format that does not fit the result
        (``ttl`` for a SELECT, ``csv`` for a CONSTRUCT …).
    """
    if fmt is None:
        fmt = "ttl" if result.is_graph else "table"
    if fmt not in WRITERS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.is_graph and fmt not in GRAPH_FORMATS:
        raise UsageError(
            f"{result.form} gives triples: use the ttl format, not {fmt}",
            result.name or None,
            parameter="fmt",
        )
    if not result.is_graph and fmt in GRAPH_FORMATS:
        raise UsageError(
            f"{result.form} gives rows: use a row format ({'|'.join(ROW_FORMATS)}), not {fmt}",
            result.name or None,
            parameter="fmt",
        )
    if fmt == "table":
        return to_table(result, TABLE_CELL_WIDTH if max_width is None else max_width)
    return WRITERS[fmt](result)
