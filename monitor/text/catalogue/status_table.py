"""The status per action and quarter as a table drawn on the server (issue 19, Overzicht)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "overview.status_table.none": ("geen status", "no status"),
}
