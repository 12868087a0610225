"""A small SPARQL lexer: enough to inspect a query without importing a SPARQL parser.

It splits query text into tokens the way the SPARQL 1.1 grammar does for the
things that matter here (comments, strings, IRIs, variables, prefixed names,
keywords, brackets), so that a word such as ``SERVICE`` inside a string, a
comment, an IRI, a variable name or a prefixed name is never taken for the
keyword. It does not validate the query: the engine does that.

Used to find the query form, the ``?_name`` parameters, PREFIX declarations,
dataset clauses and update or SERVICE keywords, and where the WHERE clause
opens (to place a VALUES block for remote endpoints).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Token kinds.
COMMENT, WS, IRI, STRING, LANGTAG, VAR, PNAME, WORD, BNODE, NUMBER, PUNCT = (
    "comment",
    "ws",
    "iri",
    "string",
    "langtag",
    "var",
    "pname",
    "word",
    "bnode",
    "number",
    "punct",
)

# Name characters, close to the SPARQL grammar's PN_CHARS but written with \w
# (Unicode letters, digits, "_"): exact enough to split tokens, and quick to compile.
_NAME = r"[^\W\d_](?:[\w.\-\u00b7]*[\w\-\u00b7])?"
_LOCAL_CHAR = r"(?:[\w:\-\u00b7]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_LOCAL = rf"{_LOCAL_CHAR}(?:(?:{_LOCAL_CHAR}|\.)*{_LOCAL_CHAR})?"

_TOKEN = re.compile(
    "|".join(
        [
            rf"(?P<{COMMENT}>#[^\r\n]*)",
            rf"(?P<{WS}>\s+)",
            rf"(?P<{IRI}><[^<>\"{{}}|^`\\\x00-\x20]*>)",
            rf"(?P<{STRING}>'''(?:[^'\\]|\\.|'(?!''))*'''"
            r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
            r"|'(?:[^'\\\r\n]|\\.)*'"
            r'|"(?:[^"\\\r\n]|\\.)*")',
            rf"(?P<{LANGTAG}>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",
            rf"(?P<{VAR}>[?$][\w\u00b7]+)",
            rf"(?P<{BNODE}>_:\w(?:[\w.\-\u00b7]*[\w\-\u00b7])?)",
            rf"(?P<{PNAME}>(?:{_NAME})?:(?:{_LOCAL})?)",
            rf"(?P<{WORD}>[A-Za-z_][A-Za-z0-9_]*)",
            rf"(?P<{NUMBER}>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)",
            rf"(?P<{PUNCT}>\^\^|&&|\|\||!=|<=|>=|.)",
        ]
    ),
    re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    """One lexical token: its kind, its text and its offset in the query."""

    kind: str
    text: str
    start: int

    @property
    def keyword(self) -> str:
        """The upper-cased text for a bare word, else ``""``."""
        return self.text.upper() if self.kind == WORD else ""


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape_codepoints(text: str) -> str:
    """Apply SPARQL's ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes to the whole query text.

    The SPARQL 1.1 grammar (section 19.2) processes codepoint escapes before
    parsing, anywhere in the query: ``<urn:a\\u0041#>`` is the IRI ``<urn:aA#>``,
    not an IRI-looking prefix followed by a comment. Escapes that do not name a
    valid code point are left as they are (the engine rejects them).

    Examples
    --------
    >>> unescape_codepoints(r"SELECT * { <urn:a\u0041#> ?p \U00000053ERVICE }")
    'SELECT * { <urn:aA#> ?p SERVICE }'
    """

    def one(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group()
        return chr(code)

    return _CODEPOINT.sub(one, text) if "\\" in text else text


def tokenize(text: str) -> list[Token]:
    """Split SPARQL ``text`` into tokens, dropping comments and whitespace.

    Examples
    --------
    >>> [t.text for t in tokenize('SELECT ?s # SERVICE\\nWHERE { ?s ?p "SERVICE" }')]
    ['SELECT', '?s', 'WHERE', '{', '?s', '?p', '"SERVICE"', '}']
    """
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or PUNCT
        if kind in (COMMENT, WS):
            continue
        tokens.append(Token(kind, match.group(), match.start()))
    return tokens


QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY", "WITH"}
)


@dataclass(frozen=True)
class QueryShape:
    """What :func:`inspect_query` finds in a query.

    Attributes
    ----------
    form : str or None
        ``SELECT``, ``CONSTRUCT``, ``DESCRIBE`` or ``ASK`` (None if none found).
    prefixes : dict
        Prefix name → namespace IRI declared in the prologue.
    base : str or None
        The BASE IRI, if declared.
    variables : tuple of str
        Names of all variables, without ``?``, in order of first appearance.
    keywords : frozenset of str
        Upper-cased bare words (keywords and function names).
    datasets : tuple of (bool, str)
        ``(named, iri)`` for each ``FROM`` / ``FROM NAMED`` clause; prefixed names
        are expanded when their prefix is declared.
    where_open : int or None
        Offset just after the ``{`` that opens the query's WHERE clause.
    """

    form: str | None
    prefixes: dict[str, str]
    base: str | None
    variables: tuple[str, ...]
    keywords: frozenset[str]
    datasets: tuple[tuple[bool, str], ...]
    where_open: int | None


def _expand(token: Token, prefixes: dict[str, str]) -> str:
    if token.kind == IRI:
        return token.text[1:-1]
    prefix, _, local = token.text.partition(":")
    if prefix in prefixes:
        return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return token.text


def inspect_query(text: str) -> QueryShape:
    """Find the form, prologue, variables, keywords, dataset clauses and WHERE of a query.

    Examples
    --------
    >>> shape = inspect_query("PREFIX ex: <http://e/> SELECT ?_x FROM ex:g WHERE { ?_x ?p ?o }")
    >>> shape.form, shape.variables, shape.datasets
    ('SELECT', ('_x', 'p', 'o'), ((False, 'http://e/g'),))
    """
    tokens = tokenize(text)
    prefixes: dict[str, str] = {}
    base = None
    form = None
    variables: dict[str, None] = {}
    keywords = set()
    datasets = []
    where_open = None
    depth = parens = 0
    groups_closed = 0  # depth-0 { } groups closed so far (CONSTRUCT template is the first)
    saw_where = False
    for i, token in enumerate(tokens):
        kw = token.keyword
        if kw:
            keywords.add(kw)
        if token.kind == VAR:
            variables.setdefault(token.text[1:], None)
        if kw == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == IRI:
            prefixes[tokens[i + 1].text.rstrip(":")] = tokens[i + 2].text[1:-1]
        elif kw == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == IRI:
            base = tokens[i + 1].text[1:-1]
        elif kw in QUERY_FORMS and form is None and depth == 0:
            form = kw
        elif kw == "FROM" and depth == 0:
            j = i + 1
            named = j < len(tokens) and tokens[j].keyword == "NAMED"
            if named:
                j += 1
            if j < len(tokens) and tokens[j].kind in (IRI, PNAME):
                datasets.append((named, _expand(tokens[j], prefixes)))
            else:
                datasets.append((named, ""))
        elif kw == "WHERE" and depth == 0:
            saw_where = True
        if token.text == "(" and token.kind == PUNCT:
            parens += 1
        elif token.text == ")" and token.kind == PUNCT:
            parens = max(parens - 1, 0)
        elif token.text == "{" and token.kind == PUNCT:
            if depth == 0 and parens == 0 and where_open is None and form is not None:
                is_template = form == "CONSTRUCT" and not saw_where and groups_closed == 0
                if not is_template:
                    where_open = token.start + 1
            depth += 1
        elif token.text == "}" and token.kind == PUNCT:
            depth = max(depth - 1, 0)
            if depth == 0:
                groups_closed += 1
    return QueryShape(
        form=form,
        prefixes=prefixes,
        base=base,
        variables=tuple(variables),
        keywords=frozenset(keywords),
        datasets=tuple(datasets),
        where_open=where_open,
    )
