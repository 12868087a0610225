"""Property: SERVICE, FROM, FROM NAMED and LOAD in any spelling reach no server.

Hypothesis writes the constructs as an attacker would: random case, ``\\u``
and ``\\U`` escapes of any letter, comments and line breaks between tokens,
after strings of all four quote kinds, IRIs and prefixed names holding escapes
(``\\#``). A socket listens on 127.0.0.1 and must hear nothing, through the
library (what ``kg query run`` calls) and through ``kg serve``'s ``/query``.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError, QueryRefused
from kg.query.api import execute, open_backend
from kg.query.library import make_query

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def listener():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    yield sock
    sock.close()


def assert_silent(sock: socket.socket) -> None:
    ready, _, _ = select.select([sock], [], [], 0)
    assert not ready, "a query reached the listening socket"


def _letter(ch: str) -> st.SearchStrategy[str]:
    """One letter: either case, as itself or as a \\u / \\U codepoint escape."""
    cases = sorted({ch.upper(), ch.lower()})
    return st.sampled_from(cases).flatmap(
        lambda c: st.sampled_from([c, f"\\u{ord(c):04X}", f"\\u{ord(c):04x}", f"\\U{ord(c):08X}"])
    )


def spelled(word: str) -> st.SearchStrategy[str]:
    return st.tuples(*[_letter(ch) for ch in word]).map("".join)


COMMENT = st.sampled_from(
    ["# SERVICE <http://127.0.0.1:1/> {\n", "#}\n", '# "\n', "# FROM <x>\n", "#\\u0041\n"]
)
gap = st.lists(
    st.one_of(st.sampled_from([" ", "\n", "\t", "\r\n", "\\u0020", "\\u000A"]), COMMENT),
    min_size=1,
    max_size=3,
).map(lambda parts: " " + "".join(parts))

_STRING_BODY = st.lists(
    st.sampled_from(
        ["a", "SERVICE", "FROM", "#", "}", "{", "<", ">", "\\\\", "\\u0041", "\\U00000042", " "]
    ),
    max_size=6,
).map("".join)


@st.composite
def literal(draw: st.DrawFn) -> str:
    body = draw(_STRING_BODY)
    quote = draw(st.sampled_from(["'", '"', "'''", '"""']))
    inner = {"'": "\\'", '"': '\\"'}[quote[0]]
    if len(quote) == 3:
        body += draw(st.sampled_from(["", "\n", quote[0], inner]))
    else:
        body += draw(st.sampled_from(["", inner]))
    return f"{quote}{body}{quote}"


@st.composite
def noise(draw: st.DrawFn) -> str:
    """BINDs of IRIs, prefixed names and strings that hide tricks, with comments."""
    items = []
    for i in range(draw(st.integers(0, 3))):
        term = draw(
            st.one_of(
                st.just("<urn:a\\u0041#>"),
                st.just("<urn:x#SERVICE>"),
                st.just("ex:a\\#b"),
                st.just("ex:SERVICE\\#\\-x"),
                literal(),
            )
        )
        items.append(f"BIND({term} AS ?v{i}){draw(gap)}")
    return "".join(items)


@st.composite
def target(draw: st.DrawFn, port: int) -> tuple[str, str]:
    """(prologue, IRI or prefixed name) pointing at the listener."""
    path = draw(st.sampled_from(["x", "\\u0078", "internal", "a\\u0023b"]))
    if draw(st.booleans()):
        return f"PREFIX r: <http://127.0.0.1:{port}/> ", f"r:{path.replace('#', '')}"
    host = draw(st.sampled_from(["127.0.0.1", "\\u0031\\u0032\\u0037.0.0.1"]))
    return "", f"<http://{host}:{port}/{path}>"


@st.composite
def live_query(draw: st.DrawFn, port: int) -> tuple[str, str]:
    """(kind, query) where the construct of ``kind`` is really there."""
    kind = draw(st.sampled_from(["SERVICE", "FROM", "FROM NAMED", "LOAD"]))
    prologue, where = draw(target(port))
    head = f"PREFIX ex: <http://e/> {prologue}"
    g = draw(gap)
    if kind == "SERVICE":
        silent = draw(st.sampled_from(["", f"{draw(spelled('SILENT'))}{draw(gap)}"]))
        body = (
            f"{draw(noise())}{draw(spelled('SERVICE'))}{g}{silent}{where}{draw(gap)}{{ ?s ?p ?o }}"
        )
        return kind, f"{head}SELECT * WHERE {{ {body} }}"
    if kind == "LOAD":
        return kind, f"{head}{draw(spelled('LOAD'))}{g}{where}"
    named = f"{draw(gap)}{draw(spelled('NAMED'))}" if kind == "FROM NAMED" else ""
    clause = f"{draw(spelled('FROM'))}{named}{g}{where}"
    return kind, f"{head}SELECT *{draw(gap)}{clause}{draw(gap)}WHERE {{ {draw(noise())}?s ?p ?o }}"


@st.composite
def decoy_query(draw: st.DrawFn, port: int) -> str:
    """A query that only mentions SERVICE in strings, comments, IRIs and names."""
    _, where = draw(target(port))
    text = draw(st.sampled_from(["SERVICE", "FROM", "LOAD"])).lower()
    return (
        f"PREFIX ex: <http://e/> SELECT * WHERE {{ {draw(noise())}"
        f'BIND("{text} {where.replace(chr(34), "")}" AS ?d) }} # {text} {where}\n'
    )


@pytest.fixture(scope="module")
def backend(graph_path):
    return open_backend(graph_path, cache=False)


def test_live_constructs_are_refused_by_the_library_and_reach_nothing(listener, backend):
    port = listener.getsockname()[1]

    @SETTINGS
    @given(live_query(port))
    def check(case: tuple[str, str]) -> None:
        _, text = case
        with pytest.raises(QueryRefused):
            execute(backend, make_query(text, "q"), timeout=20)
        assert_silent(listener)

    check()


def test_decoys_run_or_fail_but_reach_nothing(listener, backend):
    port = listener.getsockname()[1]

    @settings(SETTINGS, max_examples=60)
    @given(decoy_query(port))
    def check(text: str) -> None:
        with contextlib.suppress(KgError):
            execute(backend, make_query(text, "q"), timeout=20)
        assert_silent(listener)

    check()


@pytest.fixture(scope="module")
def server(graph_path):
    from kg.publish.serve import create_server

    srv = create_server(graph_path, "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _get(server, text: str) -> int:  # noqa: ANN001
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}/query?" + urllib.parse.urlencode({"query": text})
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_live_constructs_are_refused_by_serve_and_reach_nothing(listener, server):
    port = listener.getsockname()[1]

    @SETTINGS
    @given(live_query(port))
    def check(case: tuple[str, str]) -> None:
        kind, text = case
        status = _get(server, text)
        if kind in ("SERVICE", "LOAD"):
            assert status == 403
        # FROM names a graph of the served store: it may run, and fetches nothing.
        assert_silent(listener)

    check()
