"""Side-by-side comparison of municipalities (``kg compare``), read from the graph."""

from kg.compare.html import render_html
from kg.compare.markdown import render_md
from kg.compare.model import Comparison, build_comparison
from kg.compare.report import FORMATS, Report, generate_report, write_report

__all__ = [
    "FORMATS",
    "Comparison",
    "Report",
    "build_comparison",
    "generate_report",
    "render_html",
    "render_md",
    "write_report",
]
