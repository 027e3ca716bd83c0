"""A submission as columns (one Polars frame) instead of one Python object per row, for the
columnar fast path (``monitor.intake.fast``).

:func:`csv_frame` reads only the plain shape of a CSV file: text without quotes, lone CR, control
characters or exotic white space, with the header on its first non-empty line. For such a file
splitting lines on LF (dropping the CR of CRLF) and cells on the separator is exactly what
Python's ``csv`` module does, and stripping spaces and tabs is exactly ``str.strip``. For any other
file it returns None and the row reader (``monitor.intake.reader``) reads it, with its messages.

Both functions give the columns ``line`` (the row number the user sees, header = 1),
``organisation``, ``period``, ``measure``, ``value`` and ``note``, empty rows left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from monitor.intake.core import RawRow
from monitor.intake.reader import MAX_CELL_CHARS, column_index, decode, detect_separator

FIELDS = ("organisation", "period", "measure", "value", "note")
_KEYS = ("organisatie", "periode", "maatstaf", "waarde", "toelichting")
SCHEMA = {"line": pl.Int64} | {f: pl.String for f in FIELDS}
# a quote, a lone CR (within a line split on LF), control characters, and the white space that
# str.strip() would remove but a strip of spaces and tabs would not (no-break spaces, ...)
_NOT_PLAIN = (r'["\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}'
              r'\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]|\r.')


@dataclass(frozen=True)
class Columns:
    frame: pl.DataFrame
    encoding: str
    separator: str


def csv_frame(content: bytes, max_rows: int | None = None) -> Columns | None:
    """The rows of a plain CSV file as columns; None for any other file (the row reader decides)."""
    try:
        text, encoding = decode(content)
    except UnicodeDecodeError:
        return None
    lines = text.lstrip("\ufeff").split("\n")
    if max_rows is not None and len(lines) > max_rows + 1:
        return None  # perhaps too many rows: the row reader counts them as it does
    texts = pl.Series("text", lines, pl.String)
    if texts.str.contains(_NOT_PLAIN).any() or texts.str.len_chars().max() > MAX_CELL_CHARS:
        return None  # not plain, or perhaps a cell that is too long
    sep = detect_separator(lines[0])
    empty = re.compile(f"^[ \t{sep}]*\r?$")  # no cell with text (sep is ; , or tab)
    start = next((i for i, line in enumerate(lines) if not empty.match(line)), None)
    if start is None:
        return None
    index = column_index(line.strip(" \t") for line in lines[start].rstrip("\r").split(sep))
    if any(key not in index for key in _KEYS[:4]):
        return None
    cells = (
        texts[start + 1:].to_frame()
        .with_row_index("line", offset=start + 2)
        .filter(~pl.col("text").str.contains(empty.pattern))
        .select(pl.col("line").cast(pl.Int64),
                pl.col("text").str.strip_suffix("\r").str.split(sep).alias("cells"))
    )
    frame = cells.select(
        "line",
        *(pl.col("cells").list.get(index[key], null_on_oob=True).str.strip_chars(" \t")
          .fill_null("").alias(name) if key in index else pl.lit("").alias(name)
          for key, name in zip(_KEYS, FIELDS, strict=True)),
    )
    if frame.is_empty():
        return None
    return Columns(frame, encoding, sep)


def rows_frame(rows: list[RawRow]) -> pl.DataFrame | None:
    """Rows already read as columns; None when a row holds a typed worksheet cell."""
    if any(r.typed is not None for r in rows) or not rows:
        return None
    data = {"line": [r.row for r in rows]} | {f: [getattr(r, f) for r in rows] for f in FIELDS[:4]}
    data["note"] = [r.note.strip() for r in rows]  # as str.strip does it (a CSV's are stripped)
    return pl.DataFrame(data, schema=SCHEMA)
