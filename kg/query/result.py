"""What a query returns: rows of terms, a boolean, or triples."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.terms import Term

Triple = tuple[Term, Term, Term]


@dataclass
class QueryResult:
    """The answer to one query, independent of the engine.

    Attributes
    ----------
    form : str
        ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
    variables : list of str
        The projected variables of a SELECT, in order.
    bindings : list of dict
        One dict per solution, variable → :class:`~kg.terms.Term`; an
        unbound variable is absent.
    boolean : bool or None
        The answer of an ASK.
    triples : list of tuple
        The triples of a CONSTRUCT or DESCRIBE, sorted.
    name : str
        The query's name, for messages.
    """

    form: str
    variables: list[str] = field(default_factory=list)
    bindings: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)
    name: str = ""

    @property
    def is_graph(self) -> bool:
        """True for CONSTRUCT and DESCRIBE results."""
        return self.form in ("CONSTRUCT", "DESCRIBE")

    def __len__(self) -> int:
        if self.form == "ASK":
            return 1
        return len(self.triples) if self.is_graph else len(self.bindings)

    def __iter__(self) -> Iterator[dict[str, object]]:
        return iter(self.rows())

    def rows(self) -> list[dict[str, object]]:
        """The answer as a list of dicts of Python values.

        SELECT: variable → value (None when unbound); ASK: one row
        ``{"answer": bool}``; CONSTRUCT/DESCRIBE: ``subject``, ``predicate``,
        ``object``. IRIs become str; typed literals int, Decimal, float, bool
        or date where their datatype says so.
        """
        if self.form == "ASK":
            return [{"answer": self.boolean}]
        if self.is_graph:
            return [
                {"subject": s.python(), "predicate": p.python(), "object": o.python()}
                for s, p, o in self.triples
            ]
        return [
            {var: (row[var].python() if var in row else None) for var in self.variables}
            for row in self.bindings
        ]

    def column(self, variable: str) -> list[object]:
        """The Python values of one variable, in row order (None when unbound)."""
        if variable not in self.variables:
            raise KeyError(f"{variable!r} is not a variable of this result: {self.variables}")
        return [row[variable].python() if variable in row else None for row in self.bindings]

    def to_dataframe(self):  # noqa: ANN201 - pandas is optional
        """The rows as a :class:`pandas.DataFrame` (needs pandas, which kg does not require).

        Raises
        ------
        ImportError
            If pandas is not installed.
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "to_dataframe() needs pandas, which kg does not install: pip install pandas"
            ) from None
        rows = self.rows()
        if self.form == "ASK":
            columns = ["answer"]
        elif self.is_graph:
            columns = ["subject", "predicate", "object"]
        else:
            columns = list(self.variables)
        return pd.DataFrame(rows, columns=columns)
