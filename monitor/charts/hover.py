"""Hover text shared by the chart builders: value, coverage and status (icon and text)."""

from __future__ import annotations

from monitor.charts.status import status_style
from monitor.text import coverage_text, t


def hover_text(head: str, row: dict, lang: str) -> str:
    """'<head><br>dekking 250/390 (64%)<br>● op koers' for one bar or point."""
    lines = [head]
    if row.get("expected"):
        cov = coverage_text(row.get("reported"), row["expected"], lang)
        lines.append(t("chart.coverage_hover", lang, text=cov))
    style = status_style(row.get("status"))
    if style:
        lines.append(style.badge(lang))
    return "<br>".join(lines)
