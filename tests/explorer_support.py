"""A running ``kg serve`` over the seed graph for the explorer tests, and a GET helper."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

from kg.publish.serve import create_server


def start(graph_path, **options):  # noqa: ANN001, ANN201
    """Start a server on a free port in a daemon thread; the caller shuts it down."""
    srv = create_server(graph_path, "127.0.0.1", 0, **options)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def stop(srv) -> None:  # noqa: ANN001
    srv.shutdown()
    srv.server_close()


def url(srv, path: str) -> str:  # noqa: ANN001
    host, port = srv.server_address[:2]
    return f"http://{host}:{port}{path}"


def get(srv, path: str, accept: str | None = None) -> tuple[int, dict, bytes]:  # noqa: ANN001
    """``GET path``: status, headers (lower-case names) and body, errors included."""
    headers = {"Accept": accept} if accept else {}
    request = urllib.request.Request(url(srv, path), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return (
                response.status,
                {k.lower(): v for k, v in response.headers.items()},
                response.read(),
            )
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()
