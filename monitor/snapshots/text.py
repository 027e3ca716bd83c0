"""Values as people read them: ``n.v.t.``, ``ja``/``nee``, texts and dates as given, numbers with a
decimal comma (so Dutch Excel reads a number from a CSV cell, not a date)."""

from __future__ import annotations

import polars as pl


def number_text(value: float | None) -> str | None:
    """``3`` for whole numbers, ``2,5`` otherwise; None stays None."""
    if value is None:
        return None
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value)).replace(".", ",")


def value_text(state: str | None, num: float | None, txt: str | None, mtype: str | None) -> str | None:
    """One stored value (state, num, txt) shown for a measure of type ``mtype``."""
    if state is None:
        return None
    if state == "nvt":
        return "n.v.t."
    if txt is not None:
        return txt
    if num is None:
        return None
    if mtype == "boolean":
        return "ja" if num == 1 else "nee"
    return number_text(num)


def with_value_text(frame: pl.DataFrame, types: dict[str, str], prefix: str = "", out: str = "value"
                    ) -> pl.DataFrame:
    """``frame`` with a text column ``out`` from its ``{prefix}state/num/txt`` and ``measure``."""
    texts = [
        value_text(s, n, t, types.get(m))
        for m, s, n, t in frame.select(
            "measure", f"{prefix}state", f"{prefix}num", f"{prefix}txt").iter_rows()
    ]
    return frame.with_columns(pl.Series(out, texts, dtype=pl.String))
