"""Python functions over the cells of a frame, run in the calling thread.

Never hand Polars a Python function (``Expr.map_elements``, ``map_batches``, ``Series.map_elements``
and the like): Polars runs it on its thread pool, whose workers then wait for the GIL; when another
thread of the same process holds the GIL while it waits for that pool (Streamlit's
``st.dataframe`` converting a frame to pandas in another session does), the process hangs for
good: every session, the websocket's pings, the HTTP server. The load test found it
(benchmarks/load.py; pola-rs/polars#19382 and #24448 describe the mechanism);
``tests/test_frames.py`` checks that no module of the dashboard hands Polars a Python function.
These helpers give the same results as ``map_elements`` (nulls skipped unless asked) for the
small frames pages show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import polars as pl


def each(frame: pl.DataFrame, column: str, fn: Callable[[Any], Any], *, name: str | None = None,
         dtype: pl.DataType | type[pl.DataType] = pl.String, skip_nulls: bool = True) -> pl.Series:
    """``fn`` of every cell of ``column`` as a Series named ``name`` (default: the column's);
    a null cell stays null unless ``skip_nulls`` is False."""
    out = [None if v is None and skip_nulls else fn(v) for v in frame.get_column(column).to_list()]
    return pl.Series(name or column, out, dtype=dtype)


def each_row(frame: pl.DataFrame, columns: Sequence[str], fn: Callable[[dict[str, Any]], Any], *,
             name: str, dtype: pl.DataType | type[pl.DataType] = pl.String) -> pl.Series:
    """``fn`` of every row of ``columns`` (a dict of column to value) as a Series ``name``."""
    out = [fn(row) for row in frame.select(columns).iter_rows(named=True)]
    return pl.Series(name, out, dtype=dtype)
