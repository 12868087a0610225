"""The comparison as Markdown (GitHub-flavoured tables, no charts).

Text from the graph is escaped so that it cannot open a link, an emphasis, a
heading or an HTML tag, nor break a table cell.
"""

from __future__ import annotations

import re

from kg.compare.figures import by_sentence, format_comparison, format_value
from kg.compare.html import SECTIONS, title
from kg.compare.i18n import text
from kg.compare.model import POLARITIES, QUERIES, Comparison, Finding, tones
from kg.compare.topics import topic_groups

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def md_text(value: str) -> str:
    r"""Escape Markdown syntax and keep to one line.

    Examples
    --------
    >>> md_text("a|b <script> [x](y)\nz")
    'a\\|b \\<script\\> \\[x\\]\\(y\\) z'
    """
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def _finding(finding: Finding, comparison: Comparison, lang: str) -> str:
    who = ", ".join(comparison.labels(s, lang) for s in finding.speakers)
    tone = text(lang, finding.tone) if finding.tone in POLARITIES else finding.tone
    said = f" — {md_text(who)}" if who else ""
    return f"[“{md_text(finding.span.text)}”]({finding.span.href}) ({md_text(tone)}){said}"


def _cell(findings: list[Finding], comparison: Comparison, lang: str) -> str:
    if not findings:
        return f"*{md_text(text(lang, 'not_reported'))}*"
    return "<br>".join(_finding(f, comparison, lang) for f in findings)


def _header(first: str, comparison: Comparison, lang: str, columns=None) -> list[str]:  # noqa: ANN001
    names = [comparison.labels(c, lang) for c in (columns or comparison.iris)]
    cells = [md_text(first), *(md_text(n) for n in names)]
    return ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]


def _tone_summary(findings: list[Finding], lang: str) -> str:
    return ", ".join(f"{n} {text(lang, t)}" for t, n in tones(findings).items() if n)


def _subject_rows(subjects, table, columns, comparison, lang) -> list[str]:  # noqa: ANN001
    lines = []
    for subject in subjects:
        cells = [f"**{md_text(comparison.labels(subject, lang))}**"]
        cells += [_cell(table[subject].get(m, []), comparison, lang) for m in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _topics(comparison: Comparison, lang: str) -> list[str]:
    """Shared and distinct topics, each with the findings (and sentences) behind it."""
    label, table = comparison.labels, comparison.subjects("topic")
    out = [f"## {md_text(text(lang, 's_topics'))}", "", md_text(text(lang, "t_intro")), ""]
    groups = topic_groups(comparison)
    distinct = [g for g in groups if g.key not in ("all", "some")]
    for group in groups:
        if group.key in ("all", "some"):
            heading = f"### {md_text(text(lang, 't_' + group.key))}"
        else:
            if group is distinct[0]:
                out += [f"### {md_text(text(lang, 't_unique'))}", ""]
            heading = f"#### {md_text(text(lang, 't_only', name=label(group.key, lang)))}"
        out += [f"{heading} ({group.total})", ""]
        out += _header(text(lang, "topic"), comparison, lang, group.columns)
        out += _subject_rows(group.shown, table, group.columns, comparison, lang)
        out.append("")
        if group.rest:
            rest = ", ".join(
                f"[{md_text(label(topic, lang))}]({span.href}) ({count})"
                for topic, count, span in group.rest
            )
            out += [f"{md_text(text(lang, 't_more'))}: {rest}", ""]
    return out


def render_md(comparison: Comparison, lang: str = "en", map_href: str | None = None) -> str:
    """The report as Markdown; links point at ``sources/`` and the map beside it.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    map_href : str, optional
        Relative link to the comparison map.
    """
    out = [f"# {md_text(title(comparison, lang))}", ""]
    graph = comparison.graph or "the graph"
    out += [md_text(text(lang, "intro", graph=graph, queries=", ".join(QUERIES))), ""]
    out += _header(text(lang, "profile"), comparison, lang)
    for key, attribute in (
        ("cbs", "cbs_code"),
        ("findings", "findings"),
        ("indicators", "indicators"),
        ("relations", "relations"),
    ):
        values = [md_text(str(getattr(m, attribute) or "–")) for m in comparison.municipalities]
        out.append(f"| {md_text(text(lang, key))} | " + " | ".join(values) + " |")
    out.append("")
    headings = {name: text(lang, "s_" + name) for name in SECTIONS}

    out += _indicators_md(comparison, lang, headings["indicators"])
    out += _problems_md(comparison, lang, headings["problems"])
    out += _topics(comparison, lang)
    out += _laws_md(comparison, lang, headings["laws"])
    out += _governance_md(comparison, lang, headings["governance"])
    out += _voices_md(comparison, lang, headings["voices"])
    out += [f"## {md_text(headings['map'])}", ""]
    if map_href:
        out += [f"{md_text(text(lang, 'm_intro'))} [{md_text(text(lang, 'm_open'))}]({map_href})"]
    out += ["", md_text(text(lang, "footer", graph=graph)), ""]
    return "\n".join(out)


def _indicators_md(comparison: Comparison, lang: str, heading: str) -> list[str]:
    """The indicator section: each municipality's figures with their quotes.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    heading : str
        The section heading.

    Returns
    -------
    list of str
        Markdown lines.
    """
    label = comparison.labels
    out: list[str] = []
    out += [f"## {md_text(heading)}", "", md_text(text(lang, "ind_intro")), ""]
    for iri in comparison.iris:
        out += [f"### {md_text(label(iri, lang))}", ""]
        out += [f"| {md_text(text(lang, 'value'))} | {md_text(text(lang, 'quote'))} |", "|---|---|"]
        for group in by_sentence(comparison.indicators[iri]):
            figures = []
            for ind in group:
                value = format_value(ind, lang) or "–"
                if ind.qualifier:
                    value += f" ({ind.qualifier})"
                compared = format_comparison(ind, lang)
                figures.append(md_text(f"{value}: {compared}" if compared else value))
            context = group[0].context
            out.append(f"| {'<br>'.join(figures)} | [{md_text(context.text)}]({context.href}) |")
        out.append("")
    return out


def _problems_md(comparison: Comparison, lang: str, heading: str) -> list[str]:
    """The problem section: problems shared by all, by some, and by one only.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    heading : str
        The section heading.

    Returns
    -------
    list of str
        Markdown lines.
    """
    label = comparison.labels
    out: list[str] = []
    groups = comparison.problem_groups()
    table = comparison.subjects("problem")
    out += [f"## {md_text(heading)}", "", md_text(text(lang, "p_intro")), ""]
    out += [f"### {md_text(text(lang, 'p_all'))} ({len(groups.shared_by_all)})", ""]
    out += _header(text(lang, "problem"), comparison, lang)
    out += _subject_rows(groups.shared_by_all, table, comparison.iris, comparison, lang)
    out.append("")
    if len(comparison.iris) > 2:
        out += [f"### {md_text(text(lang, 'p_some'))} ({len(groups.shared_by_some)})", ""]
        out += _header(text(lang, "problem"), comparison, lang)
        out += _subject_rows(groups.shared_by_some, table, comparison.iris, comparison, lang)
        out.append("")
    out += [f"### {md_text(text(lang, 'p_unique'))}", ""]
    for iri in comparison.iris:
        only = groups.unique[iri]
        out += [f"#### {md_text(text(lang, 'p_only', name=label(iri, lang)))} ({len(only)})", ""]
        out += _header(text(lang, "problem"), comparison, lang, (iri,))
        out += _subject_rows(only, table, (iri,), comparison, lang)
        out.append("")
    return out


def _laws_md(comparison: Comparison, lang: str, heading: str) -> list[str]:
    """The law section: per law, the tone and quotes of each municipality.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    heading : str
        The section heading.

    Returns
    -------
    list of str
        Markdown lines.
    """
    label = comparison.labels
    out: list[str] = []
    laws = comparison.subjects("law")
    out += [f"## {md_text(heading)}", "", md_text(text(lang, "l_intro")), ""]
    out += _header(text(lang, "law"), comparison, lang)
    for law in comparison.laws():
        cells = [f"**{md_text(label(law, lang))}**"]
        for m in comparison.iris:
            found = laws[law].get(m, [])
            summary = f"*{md_text(_tone_summary(found, lang))}*<br>" if found else ""
            cells.append(summary + _cell(found, comparison, lang))
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return out


def _governance_md(comparison: Comparison, lang: str, heading: str) -> list[str]:
    """The governance section: memberships and the relations the profiles name.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    heading : str
        The section heading.

    Returns
    -------
    list of str
        Markdown lines.
    """
    label = comparison.labels
    out: list[str] = []
    out += [f"## {md_text(heading)}", "", md_text(text(lang, "g_intro")), ""]
    for iri in comparison.iris:
        out += [f"### {md_text(label(iri, lang))}", ""]
        out += [f"| {md_text(text(lang, 'group'))} | {md_text(text(lang, 'lead'))} |", "|---|---|"]
        for membership in comparison.memberships[iri]:
            lead = label(membership.lead, lang) if membership.lead else "–"
            out.append(f"| {md_text(label(membership.group, lang))} | {md_text(lead)} |")
        out += ["", f"{md_text(text(lang, 'relations_named'))}:", ""]
        for r in comparison.relations[iri]:
            out.append(
                f"- **{md_text(label(r.subject, lang))}** {md_text(label(r.relation_type, lang))} "
                f"**{md_text(label(r.object, lang))}**: [“{md_text(r.span.text)}”]({r.span.href})"
            )
        out.append("")
    return out


def _voices_md(comparison: Comparison, lang: str, heading: str) -> list[str]:
    """The voices section: per speaker role, what each municipality's profile lets it say.

    Parameters
    ----------
    comparison : Comparison
        From :func:`kg.compare.build_comparison`.
    lang : {"en", "nl"}
        Language of headings and labels.
    heading : str
        The section heading.

    Returns
    -------
    list of str
        Markdown lines.
    """
    label = comparison.labels
    out: list[str] = []
    out += [f"## {md_text(heading)}", "", md_text(text(lang, "v_intro")), ""]
    out += _header(text(lang, "speaker"), comparison, lang)
    for speaker, per in comparison.voices().items():
        cells = [f"**{md_text(label(speaker, lang))}**"]
        for m in comparison.iris:
            found = per.get(m, [])
            if not found:
                cells.append(f"*{md_text(text(lang, 'none'))}*")
                continue
            themes = ", ".join(
                f"{label(t, lang)} ({n})" for t, n in comparison.topics(found, "theme")[:4]
            )
            subjects = ", ".join(f"{label(t, lang)} ({n})" for t, n in comparison.topics(found)[:4])
            cell = f"{len(found)}: {md_text(_tone_summary(found, lang))}"
            if themes:
                cell += f"<br>{md_text(text(lang, 'themes'))}: {md_text(themes)}"
            if subjects:
                cell += f"<br>{md_text(text(lang, 'subjects'))}: {md_text(subjects)}"
            cells.append(cell)
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return out
