"""The catalogues: one module per area, each ``TEXTS: dict[key, (Dutch, English)]``.

A key is declared once over all catalogues (an import fails otherwise). Plural forms are two keys,
``key.one`` and ``key.other`` (see ``monitor.text.core``). Parameters are ``{name}`` fields and
must be the same in both languages (tests/text checks every key).
"""

from __future__ import annotations

from importlib import import_module

AREAS = ("formats", "app", "status", "dashboards", "upload", "export_page", "rules", "access",
         "users", "report", "report_layout", "charts", "exports", "describe", "intake", "errors",
         "cli", "overview", "explore", "export_report", "submit", "submitter", "export_messages",
         "milestones", "commitments", "statements", "action", "report_words", "backup",
         "status_table", "dcat", "site")


def _load() -> tuple[dict[str, dict[str, tuple[str, str]]], dict[str, tuple[str, str]]]:
    by_area: dict[str, dict[str, tuple[str, str]]] = {}
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        texts = import_module(f"{__name__}.{area}").TEXTS
        twice = sorted(set(texts) & set(merged))
        if twice:
            raise ImportError(f"text key(s) {', '.join(twice)} of catalogue '{area}' are declared "
                              "in another catalogue too")
        by_area[area] = texts
        merged |= texts
    return by_area, merged


CATALOGUES, TEXTS = _load()
