"""Shared and distinct topics of the compared municipalities, bounded for the report.

A topic (``kg:Topic``, read from the text) is shared when findings of every
compared municipality discuss it (or of some, with three or more), distinct
when only one municipality's findings do. Each group lists its topics with
their findings (so each leads back to its source sentences) up to
:data:`SHOWN` topics, most discussed first; the rest are named with a link to
the first sentence that discusses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.compare.model import Comparison, Finding, Span

#: Topics of a group shown with their findings; the rest are listed by name.
SHOWN = 25


@dataclass(frozen=True)
class TopicGroup:
    """One group of topics: those shown in full, and the rest with a link to a sentence.

    Attributes
    ----------
    key : str
        ``all``, ``some`` or the IRI of the one municipality that discusses them.
    columns : tuple of str
        The municipalities whose findings the table shows.
    shown : tuple of str
        Topic IRIs listed with their findings, most discussed first.
    rest : tuple of (str, int, Span)
        Topic, number of findings and the first quoted sentence of the others.
    """

    key: str
    columns: tuple[str, ...]
    shown: tuple[str, ...]
    rest: tuple[tuple[str, int, Span], ...] = ()

    @property
    def total(self) -> int:
        """Number of topics in the group."""
        return len(self.shown) + len(self.rest)


def _first_span(per: dict[str, list[Finding]]) -> Span:
    return min(
        (f.span for findings in per.values() for f in findings),
        key=lambda s: (s.document, s.start, s.end),
    )


def _group(
    key: str,
    topics: tuple[str, ...],
    columns: tuple[str, ...],
    table: dict[str, dict[str, list[Finding]]],
    limit: int,
) -> TopicGroup:
    rest = tuple(
        (t, sum(len(v) for v in table[t].values()), _first_span(table[t])) for t in topics[limit:]
    )
    return TopicGroup(key, columns, topics[:limit], rest)


def topic_groups(comparison: Comparison, limit: int | None = None) -> list[TopicGroup]:
    """The topic groups of the report: discussed by all, by some (with three or
    more municipalities), then by each municipality alone.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    limit : int, optional
        Topics per group shown with their findings (default :data:`SHOWN`).

    Returns
    -------
    list of TopicGroup

    Examples
    --------
    >>> from kg.compare.model import Labels, Municipality
    >>> span = Span("a", 0, 5, "Zorg.")
    >>> a, b = "urn:a", "urn:b"
    >>> found = {m: (Finding(m + "/f", m, span, "neutral", topics=("urn:t",)),) for m in (a, b)}
    >>> c = Comparison((Municipality(a, None, 1, 0, 0), Municipality(b, None, 1, 0, 0)),
    ...                Labels(), found, {}, {}, {})
    >>> [(g.key, g.shown) for g in topic_groups(c)]
    [('all', ('urn:t',)), ('urn:a', ()), ('urn:b', ())]
    """
    limit = SHOWN if limit is None else limit
    table = comparison.subjects("topic")
    groups = comparison.problem_groups("topic")
    result = [_group("all", groups.shared_by_all, comparison.iris, table, limit)]
    if len(comparison.iris) > 2:
        result.append(_group("some", groups.shared_by_some, comparison.iris, table, limit))
    for iri in comparison.iris:
        result.append(_group(iri, groups.unique[iri], (iri,), table, limit))
    return result
