"""``kg query list`` and ``kg query run`` through click's CliRunner."""

from __future__ import annotations

import json
import os
import re
import socket

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.library import list_queries
from tests.query_support import QUERIES, _query_cache_in_tmp, free_port, oxigraph_endpoint  # noqa: F401


@pytest.fixture()
def cli(graph_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(
            main,
            list(args),
            env={"KG_GRAPH": str(graph_path), "KG_QUERIES": str(QUERIES)},
            catch_exceptions=False,
        )

    return invoke


def test_list_table(cli):
    result = cli("query", "list")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "parameters", "summary"]
    row = next(line for line in lines if line.startswith("problems-of-municipality "))
    assert (
        "municipality=id:municipality/brunssum" in row and "Problems a municipality reports" in row
    )
    assert len(lines) - 2 >= 25
    assert result.stderr == ""


def test_list_json(cli):
    data = json.loads(cli("query", "list", "--format", "json").stdout)
    spec = next(q for q in data if q["name"] == "compare-problems")
    assert [p["name"] for p in spec["params"]] == ["a", "b"]
    assert spec["params"][0] == {
        "name": "a",
        "variable": "?_a_iri",
        "type": "iri",
        "required": True,
        "default": "https://w3id.org/kg-decentralisatie/id/municipality/brunssum",
    }
    assert spec["tags"] == ["problems", "comparison"]


def test_run_with_label_param_as_csv(cli):
    result = cli(
        "query",
        "run",
        "problems-of-municipality",
        "--param",
        "municipality=Bunschoten",
        "-f",
        "csv",
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout_bytes.decode("utf-8").split("\r\n")  # W3C CSV: CRLF line ends
    assert lines[0] == "_municipality_iri,problem,problemLabel,findings"
    assert any(
        ",https://w3id.org/kg-decentralisatie/concept/problem/co-payment-debts," in line
        for line in lines
    )
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "md"])
def test_run_every_row_format(cli, fmt):
    result = cli("query", "run", "regions-and-shared-services", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Amersfoort" in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)["head"]["vars"][0] == "municipality"


def test_run_describe_gives_turtle(cli):
    result = cli("query", "run", "describe-entity", "-p", "entity=Bunschoten")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@prefix")
    assert '"GM0313"' in result.stdout


def test_run_a_query_file(cli, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?_m_iri ?code WHERE { ?_m_iri kg:cbsCode ?code }", encoding="utf-8")
    result = cli("query", "run", str(path), "-p", "m=Brunssum", "-f", "tsv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].endswith('\t"GM0899"')


def test_an_empty_answer_from_a_default_parameter_says_so(cli, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text(
        "#+ defaults:\n#+   - m: https://w3id.org/kg-decentralisatie/id/municipality/nowhere\n"
        "SELECT ?_m_iri ?code WHERE { ?_m_iri kg:cbsCode ?code }",
        encoding="utf-8",
    )
    result = cli("query", "run", str(path))
    assert result.exit_code == 0, result.stderr
    assert "no results with the default m=" in result.stderr
    assert "--param NAME=VALUE" in result.stderr
    assert cli("query", "run", str(path), "-p", "m=Brunssum").stderr == ""


def test_output_is_byte_identical_between_runs(cli):
    first = cli("query", "run", "finding-provenance", "-f", "json").stdout_bytes
    assert first == cli("query", "run", "finding-provenance", "-f", "json").stdout_bytes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["shared-problem"], "unknown query 'shared-problem' (did you mean shared-problems"),
        (["shared-problems", "-p", "x=1"], "unknown parameter 'x'"),
        (["shared-problems", "-p", "oops"], "parameter expects NAME=VALUE"),
        (
            ["problems-of-municipality", "-p", "municipality=Atlantis"],
            "unknown municipality 'Atlantis'",
        ),
        (["shared-problems", "-f", "ttl"], "--format ttl is for CONSTRUCT and DESCRIBE"),
        (["describe-entity", "-f", "csv"], "CONSTRUCT gives triples: use the ttl format"),
        (["shared-problems", "--endpoint", "http://127.0.0.1:1/q", "--graph", "x.ttl"], "not both"),
        (
            ["shared-problems", "--endpoint", "file:///etc/passwd"],
            "endpoint must be an http(s) URL",
        ),
    ],
)
def test_usage_errors_exit_2(cli, args, message):
    result = cli("query", "run", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_sparql_gives_line_and_column(cli, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("SELECT * WHERE {\n  ?s ?p ?o . FILTER( }\n", encoding="utf-8")
    result = cli("query", "run", str(path))
    assert result.exit_code == 2
    assert re.match(
        rf"Error: {re.escape(str(path))}: SPARQL syntax error at line \d+, column \d+: ",
        result.stderr,
    )
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("DROP ALL", "DROP is an update"),
        (
            "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SERVICE would send a request",
        ),
        (
            "SELECT * FROM <http://example.org/g> { ?s ?p ?o }",
            "FROM <http://example.org/g> names a graph",
        ),
        ("LOAD <http://example.org/data.ttl>", "LOAD is an update"),
    ],
)
def test_refused_queries_exit_2(cli, tmp_path, text, message):
    path = tmp_path / "refused.rq"
    path.write_text(text, encoding="utf-8")
    result = cli("query", "run", str(path))
    assert result.exit_code == 2
    assert message in result.stderr


def test_timeout_exits_1_and_names_the_limit(cli, tmp_path):
    path = tmp_path / "slow.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d a ?f }", encoding="utf-8")
    result = cli("query", "run", str(path), "--timeout", "0.2")
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == f"Error: {path}: query timed out after the 0.2 s limit (--timeout)"
    )


def test_missing_graph_exits_1(cli, tmp_path):
    result = cli("query", "run", "shared-problems", "--graph", str(tmp_path / "none.ttl"))
    assert result.exit_code == 1
    assert "graph file not found" in result.stderr


def test_unreachable_endpoint_exits_1(cli):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = cli("query", "run", "shared-problems", "--endpoint", url)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {url}: connection refused (is the endpoint running?)"


@pytest.mark.server
def test_run_against_an_endpoint(cli, oxigraph_endpoint):  # noqa: F811
    local = cli(
        "query", "run", "problems-of-municipality", "-p", "municipality=Bunschoten", "-f", "json"
    )
    remote = cli(
        "query",
        "run",
        "problems-of-municipality",
        "-p",
        "municipality=Bunschoten",
        "-f",
        "json",
        "--endpoint",
        oxigraph_endpoint,
    )
    assert remote.exit_code == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)


def test_service_refused_on_the_cli_makes_no_connection(cli, tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        path = tmp_path / "svc.rq"
        path.write_text(
            f"SELECT * {{ SERVICE <http://127.0.0.1:{sock.getsockname()[1]}/> {{ ?s ?p ?o }} }}"
        )
        result = cli("query", "run", str(path))
        assert result.exit_code == 2
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.accept()


def test_help_texts(cli):
    for args in (["query", "--help"], ["query", "list", "--help"], ["query", "run", "--help"]):
        result = cli(*args)
        assert result.exit_code == 0
        assert "Usage:" in result.stdout
    assert "--allow-remote" in cli("query", "run", "--help").stdout


def test_readme_documents_every_library_query():
    readme = (QUERIES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Querying", 1)[1].split("\n## ", 1)[0]
    for spec in list_queries(QUERIES):
        assert f"| `{spec.name}` | {spec.summary} |" in section


def test_query_run_does_not_import_rdflib(graph_path, tmp_path):
    """rdflib costs ~150 ms to import; the local query path must not need it."""
    import subprocess
    import sys

    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "kg",
            "query",
            "run",
            "shared-problems",
            "--graph",
            str(graph_path),
            "--format",
            "csv",
        ],
        cwd=QUERIES.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("problem,problemLabel,municipalities,findings")
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert "pyoxigraph" in imported
    assert not [name for name in imported if name.split(".")[0] == "rdflib"]
    # a name lookup (and difflib's close matches) only for a label given as a parameter
    assert not {"kg.namelookup", "difflib"} & set(imported)
