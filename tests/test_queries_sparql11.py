"""Every library query is SPARQL 1.1 with strict grouping, as Virtuoso demands.

SPARQL 1.1 (section 11.4) lets a query that groups project only grouped
variables and aggregates; Oxigraph and rdflib tolerate more, Virtuoso does not
("Variable ?inB is used in the result set outside aggregate and not mentioned
in GROUP BY" on compare-problems, which ordered by a sum of two aggregate
aliases). The check reads rdflib's parse tree of every ``queries/*.rq``:

* a projected variable is grouped, or an expression of grouped variables,
  aggregates and aliases projected before it;
* HAVING uses grouped variables outside its aggregates;
* ORDER BY sorts by a grouped variable or a projected alias, or by an
  expression of grouped variables and aggregates (no alias inside an expression).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyparsing import ParseResults
from rdflib import Variable
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


def free_variables(node: object) -> set[str]:
    """Variables used in ``node`` outside aggregates and sub-queries."""
    if isinstance(node, Variable):
        return {str(node)}
    if isinstance(node, CompValue):
        if node.name.startswith("Aggregate_") or node.name == "SubSelect":
            return set()
        return set().union(*(free_variables(v) for v in node.values()))
    if isinstance(node, list | tuple | ParseResults):
        return set().union(*(free_variables(v) for v in node))
    return set()


def has_aggregate(node: object) -> bool:
    if isinstance(node, CompValue):
        if node.name.startswith("Aggregate_"):
            return True
        return node.name != "SubSelect" and any(has_aggregate(v) for v in node.values())
    if isinstance(node, list | tuple | ParseResults):
        return any(has_aggregate(v) for v in node)
    return False


def selects(node: object) -> list[CompValue]:
    """Every SELECT in ``node``: the query itself and its sub-queries."""
    found = []
    if isinstance(node, CompValue):
        if node.name in ("SelectQuery", "SubSelect"):
            found.append(node)
        for value in node.values():
            found += selects(value)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            found += selects(value)
    return found


def _part(node: CompValue, key: str) -> object:
    """``node[key]``, or None (CompValue.get returns the key itself when it is missing)."""
    if key not in node:
        return None
    return node[key]


def _unwrap(node: object) -> object:
    while isinstance(node, CompValue) and set(node) == {"expr"}:
        node = node["expr"]
    return node


def grouping_problems(select: CompValue) -> list[str]:
    """What breaks the strict grouping rule in one SELECT (empty when it holds)."""
    groupby = _part(select, "groupby")
    parts = [_part(select, "projection"), _part(select, "having"), _part(select, "orderby")]
    if groupby is None and not has_aggregate(parts):
        return []
    grouped: set[str] = set()
    for condition in groupby["condition"] if groupby is not None else []:
        if isinstance(condition, Variable):
            grouped.add(str(condition))
        elif isinstance(condition, CompValue) and _part(condition, "evar") is not None:
            grouped.add(str(condition["evar"]))
    problems, aliases = [], set()
    if _part(select, "projection") is None:
        return ["SELECT * in a grouped query"]
    for item in select["projection"]:
        if _part(item, "var") is not None:
            if str(item["var"]) not in grouped:
                problems.append(f"?{item['var']} projected but neither grouped nor aggregated")
            continue
        loose = free_variables(item["expr"]) - grouped - aliases
        problems += [f"?{v} used outside an aggregate in ?{item['evar']}" for v in sorted(loose)]
        aliases.add(str(item["evar"]))
    having = _part(select, "having")
    for condition in _part(having, "condition") or [] if having is not None else []:
        loose = sorted(free_variables(condition) - grouped)
        problems += [f"?{v} in HAVING is not grouped" for v in loose]
    orderby = _part(select, "orderby")
    for condition in orderby["condition"] if orderby is not None else []:
        if isinstance(condition, CompValue) and condition.name == "OrderCondition":
            condition = condition["expr"]
        expr = _unwrap(condition)
        if isinstance(expr, Variable):
            if str(expr) not in grouped | aliases:
                problems.append(f"ORDER BY ?{expr}: neither grouped nor projected")
            continue
        loose = free_variables(expr) - grouped
        problems += [f"ORDER BY uses ?{v} outside an aggregate" for v in sorted(loose)]
    return problems


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_groups_strictly(path):
    tree = parseQuery(path.read_text(encoding="utf-8"))
    problems = [p for select in selects(tree) for p in grouping_problems(select)]
    assert problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b }", ["?a projected but neither grouped"]),
        ("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a ORDER BY DESC(?n)", []),
        (
            "SELECT ?a (COUNT(?b) AS ?n) (COUNT(?c) AS ?m) WHERE { ?a ?p ?b, ?c } GROUP BY ?a "
            "ORDER BY DESC(?n + ?m)",
            ["ORDER BY uses ?m", "ORDER BY uses ?n"],
        ),
        ("SELECT ?a WHERE { ?a ?p ?b } GROUP BY ?a HAVING (COUNT(?b) > 1 && ?p)", ["?p in HAVING"]),
        (
            "SELECT ?a WHERE { { SELECT ?a (SAMPLE(?b) AS ?s) ?x WHERE { ?a ?p ?b } "
            "GROUP BY ?a } }",
            ["?x projected"],
        ),
        ("SELECT ?a (?n * 2 AS ?d) (COUNT(?b) AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a", ["?n used"]),
    ],
)
def test_the_check_finds_what_virtuoso_refuses(text, expected):
    problems = [p for select in selects(parseQuery(text)) for p in grouping_problems(select)]
    assert len(problems) == len(expected)
    assert all(p.startswith(e) for p, e in zip(sorted(problems), sorted(expected), strict=True))
