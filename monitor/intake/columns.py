"""A submission as columns (one Polars frame) instead of one Python object per row, for the
columnar fast path (``monitor.intake.fast``).

:func:`csv_frame` reads only the plain shape of a CSV file: text without quotes, lone CR, control
characters or exotic white space, with the header on its first line and no row with more cells
than the header. For such a file Polars' CSV reader without quoting (lines split on LF or CRLF,
an empty line a row of nulls, cells split on the separator) reads exactly what Python's ``csv``
module reads, and stripping spaces and tabs is exactly ``str.strip``. For any other file it
returns None and the row reader (``monitor.intake.reader``) reads it, with its messages.

Both functions give the columns ``line`` (the row number the user sees, header = 1),
``organisation``, ``period``, ``measure``, ``value`` and ``note``, empty rows left out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import polars as pl

from monitor.intake.core import RawRow
from monitor.intake.reader import MAX_CELL_CHARS, column_index, decode, detect_separator

FIELDS = ("organisation", "period", "measure", "value", "note")
_KEYS = ("organisatie", "periode", "maatstaf", "waarde", "toelichting")
SCHEMA = {"line": pl.Int64} | {f: pl.String for f in FIELDS}
# in a cell: a quote, a CR (a lone one: Polars ends a line at LF or CRLF, the csv module at a
# lone CR too), control characters, and the white space that str.strip() would remove but a strip
# of spaces and tabs would not (no-break spaces, ...)
_NOT_PLAIN = (r'["\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}'
              r'\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}'
              r'\x{ad}\x{200b}-\x{200d}\x{2060}\x{feff}]')  # and what ``text.clean`` removes
_ASCII = r"^[\x00-\x7f]*$"
_ODD_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127]) + b'"'  # the same, in ASCII


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
    text = text.lstrip("\ufeff")
    if max_rows is not None and text.count("\n") + 1 > max_rows + 1:  # lines (the last one may
        return None  # be empty): perhaps too many rows; the row reader counts them as it does
    first = text.split("\n", 1)[0].removesuffix("\r")
    sep = detect_separator(first)
    index = column_index(cell.strip(" \t") for cell in first.split(sep))
    if any(key not in index for key in _KEYS[:4]):
        return None  # no header on the first line: the row reader finds it or says what is wrong
    data = text.encode("utf-8")
    ascii_ = text.isascii()  # (known to Python without a scan)
    if not ascii_ and not unicodedata.is_normalized("NFC", text):
        return None  # the row reader normalises (``text.clean``)
    if ascii_ and (len(data.translate(None, _ODD_BYTES)) != len(data)
                   or data.count(b"\r") != data.count(b"\r\n")):
        return None  # not plain (the check of the cells below, at a fraction of its cost)
    try:  # every line a row (an empty line too, as null cells), the header's number of cells
        cells = pl.read_csv(data, separator=sep, has_header=False, quote_char=None,
                            infer_schema=False)
    except pl.exceptions.PolarsError:
        return None  # a row with more cells than the header
    names = cells.columns
    odd, longest = cells.select(
        odd=pl.lit(False) if ascii_ else
        pl.any_horizontal(pl.col(names).str.contains(_NOT_PLAIN)).any(),
        longest=pl.max_horizontal(pl.col(names).str.len_chars()).max()).row(0)
    if odd or (longest or 0) > MAX_CELL_CHARS:
        return None  # not plain, or a cell that is too long
    cells = cells.with_row_index("line", offset=1).slice(1)
    frame = (
        cells.select(pl.col("line").cast(pl.Int64), *(pl.col(c).str.strip_chars(" \t") for c in names))
        .filter(pl.any_horizontal(pl.col(names).fill_null("") != ""))  # empty rows are left out
        .select(
            "line",
            *((pl.col(names[index[key]]).fill_null("") if key in index else pl.lit(""))
              .alias(name) for key, name in zip(_KEYS, FIELDS, strict=True)),
        )
        .with_columns(organisation=pl.when(pl.col("organisation").str.contains(_ASCII))
                      .then(pl.col("organisation").str.to_uppercase())
                      .otherwise(pl.col("organisation")))  # as ``text.org_code``
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
