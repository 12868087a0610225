"""The comparison as one self-contained HTML page.

Inline CSS, inline SVG charts, no script and nothing remote. Every piece of
text from the graph goes through :func:`html.escape`; every finding and
figure links to its span in ``sources/<document>.html``.
"""

from __future__ import annotations

from html import escape
from importlib import resources

from kg.compare.charts import render_svg
from kg.compare.figures import (
    by_sentence,
    colours,
    difference_chart,
    format_comparison,
    format_value,
    national_chart,
    side_by_side_charts,
)
from kg.compare.i18n import join_names, text
from kg.compare.model import POLARITIES, QUERIES, Comparison, Finding, Indicator, Span, tones
from kg.compare.topics import TopicGroup, topic_groups
from kg.namespaces import slugify

#: Findings shown in a cell before the rest fold away under "n findings".
VISIBLE = 3

SECTIONS = ("indicators", "problems", "topics", "laws", "governance", "voices", "map")


def _css() -> str:
    return resources.files("kg.compare").joinpath("static/report.css").read_text("utf-8")


def title(comparison: Comparison, lang: str) -> str:
    """``Brunssum and Bunschoten compared`` in ``lang``."""
    names = [comparison.labels(iri, lang) for iri in comparison.iris]
    return text(lang, "title", names=join_names(names, lang))


def _marked(context: Span, spans: list[Span]) -> str:
    """The context sentence, escaped, with each quoted span inside ``<mark>``."""
    parts, position = [], 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        offset = span.start - context.start
        if offset < position or context.text[offset : offset + len(span.text)] != span.text:
            continue
        parts.append(escape(context.text[position:offset]))
        parts.append(f"<mark>{escape(span.text)}</mark>")
        position = offset + len(span.text)
    parts.append(escape(context.text[position:]))
    return "".join(parts)


def _tone(tone: str, lang: str) -> str:
    label = escape(text(lang, tone) if tone in POLARITIES else tone)
    return (
        f'<span class="kg-tone kg-tone-{escape(tone)}" title="{label}">'
        f'<span class="kg-sr">{label}</span></span>'
    )


def _finding(finding: Finding, comparison: Comparison, lang: str) -> str:
    who = ", ".join(comparison.labels(s, lang) for s in finding.speakers)
    said = (
        f' <span class="kg-who">{escape(text(lang, "said_by"))} {escape(who)}</span>' if who else ""
    )
    return (
        f'<li class="kg-finding">{_tone(finding.tone, lang)}'
        f'<a class="kg-quote" href="{escape(finding.span.href)}">{escape(finding.span.text)}</a>'
        f"{said}</li>"
    )


def _findings(findings: list[Finding], comparison: Comparison, lang: str) -> str:
    if not findings:
        return f'<span class="kg-none">{escape(text(lang, "not_reported"))}</span>'
    items = [_finding(f, comparison, lang) for f in findings]
    shown = "".join(items[:VISIBLE])
    rest = ""
    if len(items) > VISIBLE:
        summary = text(lang, "more_findings", count=len(items) - VISIBLE)
        rest = (
            f'<details><summary>{escape(summary)}</summary><ul class="kg-findings">'
            f"{''.join(items[VISIBLE:])}</ul></details>"
        )
    return f'<ul class="kg-findings">{shown}</ul>{rest}'


def _tonebar(findings: list[Finding], lang: str) -> str:
    counts = tones(findings)
    total = sum(counts.values()) or 1
    segments = "".join(
        f'<span class="kg-seg kg-tone-{tone}" style="flex-grow:{n}" '
        f'title="{escape(text(lang, tone))}: {n}"></span>'
        for tone, n in counts.items()
        if n
    )
    legend = " · ".join(
        f'<span class="kg-tc kg-tc-{tone}">{n} {escape(text(lang, tone))}</span>'
        for tone, n in counts.items()
        if n
    )
    return (
        f'<div class="kg-tonebar" role="img" aria-label="{escape(_plain(counts, lang))}">'
        f'{segments}</div><div class="kg-tonecounts">{legend}</div>'
        if total
        else ""
    )


def _plain(counts: dict[str, int], lang: str) -> str:
    return ", ".join(f"{n} {text(lang, tone)}" for tone, n in counts.items() if n)


def _head_cells(comparison: Comparison, lang: str) -> str:
    colour = colours(comparison)
    return "".join(
        f'<th scope="col"><span class="kg-dot" style="background:{colour[iri]}"></span>'
        f"{escape(comparison.labels(iri, lang))}</th>"
        for iri in comparison.iris
    )


# --- sections --------------------------------------------------------------------------


def _cards(comparison: Comparison, lang: str) -> str:
    colour = colours(comparison)
    cards = []
    for m in comparison.municipalities:
        document = next(
            (f.span.document for f in comparison.findings[m.iri]),
            next((i.span.document for i in comparison.indicators[m.iri]), None),
        )
        link = (
            f'<a href="sources/{escape(slugify(document))}.html">'
            f"{escape(text(lang, 'read_profile'))}</a>"
            if document
            else ""
        )
        cbs = (
            f"<div><dt>{escape(text(lang, 'cbs'))}</dt><dd>{escape(m.cbs_code)}</dd></div>"
            if m.cbs_code
            else ""
        )
        cards.append(
            f'<div class="kg-card" style="border-top-color:{colour[m.iri]}">'
            f"<h2>{escape(comparison.labels(m.iri, lang))}</h2><dl>{cbs}"
            f"<div><dt>{escape(text(lang, 'findings'))}</dt><dd>{m.findings}</dd></div>"
            f"<div><dt>{escape(text(lang, 'indicators'))}</dt><dd>{m.indicators}</dd></div>"
            f"<div><dt>{escape(text(lang, 'relations'))}</dt><dd>{m.relations}</dd></div>"
            f"</dl>{link}</div>"
        )
    return f'<div class="kg-cards">{"".join(cards)}</div>'


def _indicator_row(group: list[Indicator], lang: str) -> str:
    """One sentence: its figures (value, comparison) and the sentence with them marked."""
    figures = []
    for ind in group:
        figure, compared = format_value(ind, lang), format_comparison(ind, lang)
        if figure:
            value = escape(figure)
            if ind.qualifier:
                value += f' <span class="kg-qualifier">({escape(ind.qualifier)})</span>'
            if compared:
                value += f' <span class="kg-compared">{escape(compared)}</span>'
        elif compared:
            # A comparison without a figure ("is lager dan landelijk"): the comparison is the value.
            value = escape(compared)
        else:
            value = '<span class="kg-none">–</span>'
        figures.append(f"<li>{value}</li>")
    context = group[0].context
    return (
        f'<tr><td><ul class="kg-figures-list">{"".join(figures)}</ul></td>'
        f'<td><a class="kg-quote" href="{escape(context.href)}">'
        f"{_marked(context, [ind.span for ind in group])}</a></td></tr>"
    )


def _indicators(comparison: Comparison, lang: str) -> str:
    figures = []
    for chart, note in (
        (national_chart(comparison, lang), "chart_national_note"),
        (difference_chart(comparison, lang), "chart_difference_note"),
    ):
        if chart is not None:
            figures.append(
                f"<figure>{render_svg(chart)}<figcaption><strong>{escape(chart.title)}.</strong> "
                f"{escape(text(lang, note))}</figcaption></figure>"
            )
    side = side_by_side_charts(comparison, lang)
    if side:
        svgs = "".join(render_svg(c) for c in side)
        figures.append(
            f"<figure>{svgs}<figcaption><strong>{escape(text(lang, 'chart_side'))}.</strong> "
            f"{escape(text(lang, 'chart_side_note'))}</figcaption></figure>"
        )
    if not figures:
        figures.append(f'<p class="kg-none">{escape(text(lang, "no_chart"))}</p>')
    tables = []
    for iri in comparison.iris:
        rows = "".join(
            _indicator_row(group, lang) for group in by_sentence(comparison.indicators[iri])
        )
        tables.append(
            f'<div class="kg-col"><h3>{escape(comparison.labels(iri, lang))}</h3>'
            f'<table class="kg-table kg-indicators"><thead><tr>'
            f"<th>{escape(text(lang, 'value'))}</th><th>{escape(text(lang, 'quote'))}</th>"
            f"</tr></thead><tbody>{rows or _empty_row(2, lang)}</tbody></table></div>"
        )
    return (
        f'<p class="kg-lead">{escape(text(lang, "ind_intro"))}</p>'
        f'<div class="kg-figures">{"".join(figures)}</div>'
        f'<div class="kg-columns">{"".join(tables)}</div>'
    )


def _empty_row(span: int, lang: str) -> str:
    return f'<tr><td colspan="{span}" class="kg-none">{escape(text(lang, "none"))}</td></tr>'


def _subject_table(
    subjects: list[str] | tuple[str, ...],
    table: dict[str, dict[str, list[Finding]]],
    columns: tuple[str, ...],
    comparison: Comparison,
    lang: str,
    heading: str,
) -> str:
    if not subjects:
        return f'<p class="kg-none">{escape(text(lang, "none"))}</p>'
    head = (
        _head_cells(comparison, lang)
        if columns == comparison.iris
        else "".join(f"<th>{escape(comparison.labels(c, lang))}</th>" for c in columns)
    )
    rows = []
    for subject in subjects:
        cells = "".join(
            f"<td>{_findings(table[subject].get(m, []), comparison, lang)}</td>" for m in columns
        )
        total = sum(len(v) for v in table[subject].values())
        rows.append(
            f'<tr><th scope="row">{escape(comparison.labels(subject, lang))}'
            f' <span class="kg-count">{total}</span></th>{cells}</tr>'
        )
    return (
        f'<table class="kg-table kg-subjects"><thead><tr><th>{escape(heading)}</th>{head}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _problems(comparison: Comparison, lang: str) -> str:
    groups = comparison.problem_groups()
    table = comparison.subjects("problem")
    heading = text(lang, "problem")
    parts = [f'<p class="kg-lead">{escape(text(lang, "p_intro"))}</p>']
    parts.append(
        f'<h3 id="problems-all">{escape(text(lang, "p_all"))} '
        f'<span class="kg-count">{len(groups.shared_by_all)}</span></h3>'
        + _subject_table(groups.shared_by_all, table, comparison.iris, comparison, lang, heading)
    )
    if len(comparison.iris) > 2:
        parts.append(
            f'<h3 id="problems-some">{escape(text(lang, "p_some"))} '
            f'<span class="kg-count">{len(groups.shared_by_some)}</span></h3>'
            + _subject_table(
                groups.shared_by_some, table, comparison.iris, comparison, lang, heading
            )
        )
    unique_total = sum(len(v) for v in groups.unique.values())
    parts.append(
        f'<h3 id="problems-one">{escape(text(lang, "p_unique"))} '
        f'<span class="kg-count">{unique_total}</span></h3>'
    )
    columns = []
    for iri in comparison.iris:
        name = comparison.labels(iri, lang)
        columns.append(
            f'<div class="kg-col"><h4>{escape(text(lang, "p_only", name=name))} '
            f'<span class="kg-count">{len(groups.unique[iri])}</span></h4>'
            + _subject_table(groups.unique[iri], table, (iri,), comparison, lang, heading)
            + "</div>"
        )
    parts.append(f'<div class="kg-columns">{"".join(columns)}</div>')
    return "".join(parts)


def _topic_block(
    group: TopicGroup, heading: str, level: str, comparison: Comparison, lang: str
) -> str:
    """A group's heading, its table of topics with their findings, and the other topics."""
    table = comparison.subjects("topic")
    rest = ", ".join(
        f'<a href="{escape(span.href)}">{escape(comparison.labels(topic, lang))}</a> '
        f'<span class="kg-count">{count}</span>'
        for topic, count, span in group.rest
    )
    more = f'<p class="kg-more">{escape(text(lang, "t_more"))}: {rest}</p>' if rest else ""
    anchor = f' id="topics-{group.key}"' if level == "h3" else ""
    return (
        f"<{level}{anchor}>{escape(heading)} "
        f'<span class="kg-count">{group.total}</span></{level}>'
        + _subject_table(group.shown, table, group.columns, comparison, lang, text(lang, "topic"))
        + more
    )


def _topics(comparison: Comparison, lang: str) -> str:
    """Shared and distinct topics, each with the findings (and sentences) behind it."""
    parts = [f'<p class="kg-lead">{escape(text(lang, "t_intro"))}</p>']
    columns, distinct = [], 0
    for group in topic_groups(comparison):
        if group.key in ("all", "some"):
            parts.append(_topic_block(group, text(lang, "t_" + group.key), "h3", comparison, lang))
            continue
        distinct += group.total
        name = comparison.labels(group.key, lang)
        heading = text(lang, "t_only", name=name)
        columns.append(
            f'<div class="kg-col">{_topic_block(group, heading, "h4", comparison, lang)}</div>'
        )
    parts.append(
        f'<h3 id="topics-one">{escape(text(lang, "t_unique"))} '
        f'<span class="kg-count">{distinct}</span></h3>'
        f'<div class="kg-columns">{"".join(columns)}</div>'
    )
    return "".join(parts)


def _laws(comparison: Comparison, lang: str) -> str:
    table = comparison.subjects("law")
    rows = []
    for law in comparison.laws():
        cells = "".join(
            f"<td>{_tonebar(table[law].get(m, []), lang) if table[law].get(m) else ''}"
            f"{_findings(table[law].get(m, []), comparison, lang)}</td>"
            for m in comparison.iris
        )
        rows.append(f'<tr><th scope="row">{escape(comparison.labels(law, lang))}</th>{cells}</tr>')
    body = "".join(rows) or _empty_row(len(comparison.iris) + 1, lang)
    return (
        f'<p class="kg-lead">{escape(text(lang, "l_intro"))}</p>'
        f'<table class="kg-table kg-subjects"><thead><tr><th>{escape(text(lang, "law"))}</th>'
        f"{_head_cells(comparison, lang)}</tr></thead><tbody>{body}</tbody></table>"
    )


def _kind(kind: str, lang: str) -> str:
    return text(lang, "kind_" + kind) if kind in ("region", "body") else kind


def _governance(comparison: Comparison, lang: str) -> str:
    label = comparison.labels
    columns = []
    for iri in comparison.iris:
        rows = "".join(
            f"<tr><td>{escape(label(m.group, lang))} "
            f'<span class="kg-kind">{escape(_kind(m.group_kind, lang))}</span></td>'
            f"<td>{escape(label(m.lead, lang)) if m.lead else '–'}</td></tr>"
            for m in comparison.memberships[iri]
        )
        relations = "".join(
            f'<li><span class="kg-rel">{escape(label(r.subject, lang))} '
            f"<em>{escape(label(r.relation_type, lang))}</em> {escape(label(r.object, lang))}"
            f'</span> <a class="kg-quote" href="{escape(r.span.href)}">'
            f"{escape(r.span.text)}</a></li>"
            for r in comparison.relations[iri]
        )
        relations = relations or f'<li class="kg-none">{escape(text(lang, "none"))}</li>'
        columns.append(
            f'<div class="kg-col"><h3>{escape(label(iri, lang))}</h3>'
            f'<table class="kg-table"><thead><tr><th>{escape(text(lang, "group"))}</th>'
            f"<th>{escape(text(lang, 'lead'))}</th></tr></thead><tbody>"
            f"{rows or _empty_row(2, lang)}</tbody></table>"
            f"<h4>{escape(text(lang, 'relations_named'))}</h4>"
            f'<ul class="kg-relations">{relations}</ul></div>'
        )
    return (
        f'<p class="kg-lead">{escape(text(lang, "g_intro"))}</p>'
        f'<div class="kg-columns">{"".join(columns)}</div>'
    )


def _topic_line(pairs: list[tuple[str, int]], comparison: Comparison, lang: str, key: str) -> str:
    if not pairs:
        return ""
    shown = ", ".join(f"{comparison.labels(t, lang)} ({n})" for t, n in pairs[:4])
    return f'<div class="kg-topics"><span>{escape(text(lang, key))}:</span> {escape(shown)}</div>'


def _voices(comparison: Comparison, lang: str) -> str:
    rows = []
    for speaker, per in comparison.voices().items():
        cells = []
        for m in comparison.iris:
            found = per.get(m, [])
            if not found:
                cells.append(f'<td><span class="kg-none">{escape(text(lang, "none"))}</span></td>')
                continue
            cells.append(
                f"<td>{_tonebar(found, lang)}"
                f"{_topic_line(comparison.topics(found, 'theme'), comparison, lang, 'themes')}"
                f"{_topic_line(comparison.topics(found), comparison, lang, 'subjects')}"
                f"<details><summary>{escape(text(lang, 'show_findings', count=len(found)))}"
                f'</summary><ul class="kg-findings">'
                f"{''.join(_finding(f, comparison, lang) for f in found)}</ul></details></td>"
            )
        total = sum(len(v) for v in per.values())
        rows.append(
            f'<tr><th scope="row">{escape(comparison.labels(speaker, lang))}'
            f' <span class="kg-count">{total}</span></th>{"".join(cells)}</tr>'
        )
    body = "".join(rows) or _empty_row(len(comparison.iris) + 1, lang)
    return (
        f'<p class="kg-lead">{escape(text(lang, "v_intro"))}</p>'
        f'<table class="kg-table kg-subjects"><thead><tr><th>{escape(text(lang, "speaker"))}'
        f"</th>{_head_cells(comparison, lang)}</tr></thead><tbody>{body}</tbody></table>"
    )


def _map(map_href: str | None, lang: str) -> str:
    if not map_href:
        return f'<p class="kg-none">{escape(text(lang, "none"))}</p>'
    href = escape(map_href)
    return (
        f'<p class="kg-lead">{escape(text(lang, "m_intro"))} '
        f'<a href="{href}">{escape(text(lang, "m_open"))}</a></p>'
        f'<iframe class="kg-map" src="{href}" title="{escape(text(lang, "s_map"))}"></iframe>'
    )


def render_html(comparison: Comparison, lang: str = "en", map_href: str | None = None) -> str:
    """The report as one HTML page.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and of the graph's labels.
    map_href : str, optional
        Relative link to the comparison map, embedded in the last section.

    Returns
    -------
    str
        A self-contained page: no script, no remote asset.
    """
    heading = title(comparison, lang)
    queries = ", ".join(QUERIES)
    sections = {
        "indicators": _indicators(comparison, lang),
        "problems": _problems(comparison, lang),
        "topics": _topics(comparison, lang),
        "laws": _laws(comparison, lang),
        "governance": _governance(comparison, lang),
        "voices": _voices(comparison, lang),
        "map": _map(map_href, lang),
    }
    toc = "".join(
        f'<li><a href="#{name}">{escape(text(lang, "s_" + name))}</a></li>' for name in SECTIONS
    )
    body = "".join(
        f'<section id="{name}"><h2>{escape(text(lang, "s_" + name))}</h2>{sections[name]}</section>'
        for name in SECTIONS
    )
    graph = comparison.graph or "the graph"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(heading)}</h1>"
        f'<p class="kg-lead">{escape(text(lang, "intro", graph=graph, queries=queries))}</p>'
        f"{_cards(comparison, lang)}"
        f'<nav aria-label="{escape(text(lang, "contents"))}"><ul class="kg-toc">{toc}</ul></nav>'
        f"</header>\n<main>\n{body}\n</main>\n"
        f"<footer>{escape(text(lang, 'footer', graph=graph))}</footer>\n</body>\n</html>\n"
    )
