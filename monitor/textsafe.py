"""Neutralising submitted text before it goes into a spreadsheet (CSV/XLSX exports and downloads).

A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return can be executed as a
formula by spreadsheet programs; such text gets a leading apostrophe. Numbers are left alone.
"""

from __future__ import annotations

import io

import polars as pl

from monitor.frames import each

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def safe_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Every text column neutralised."""
    starts = "^[" + "".join(DANGEROUS).replace("-", r"\-") + "]"
    return frame.with_columns(
        pl.when(pl.col(c).str.contains(starts)).then(pl.lit("'") + pl.col(c)).otherwise(pl.col(c))
        .alias(c)
        for c, dtype in frame.schema.items() if dtype == pl.String
    )


def excel_csv(frame: pl.DataFrame) -> bytes:
    """CSV that Dutch Excel opens directly: ``;``, UTF-8 with BOM, CRLF, decimal comma, text
    neutralised."""
    safe = safe_frame(frame)
    out = safe.with_columns(
        each(safe, c, lambda v: f"{v}".replace(".", ","))
        for c, dtype in frame.schema.items() if dtype in (pl.Float64, pl.Float32)
    )
    buf = io.BytesIO()
    out.write_csv(buf, separator=";", line_terminator="\r\n")
    return b"\xef\xbb\xbf" + buf.getvalue()
