"""The organisation register: who reports, with code, name, type and TOOI URI."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from monitor.config import Config
from monitor.errors import RegisterError
from monitor.text import Text

COLUMNS = ["code", "naam", "type", "provincie", "tooi"]


def load_register(config: Config, path: Path | None = None) -> pl.DataFrame:
    """Read and check the register; raise RegisterError naming every bad row."""
    path = path or config.path("register.file")
    try:
        df = pl.read_csv(path, schema={c: pl.String for c in COLUMNS}, encoding="utf8")
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise RegisterError(Text("error.register.read", path=path, reason=exc)) from None
    problems = []
    known_types = set(config.org_types)
    for i, row in enumerate(df.iter_rows(named=True), start=2):
        if not row["code"] or not row["naam"]:
            problems.append(f"{path}:{i}: code and naam are required")
        if row["type"] not in known_types:
            problems.append(f"{path}:{i}: type '{row['type']}' is not one of {sorted(known_types)}")
    dupes = df.filter(pl.col("code").is_duplicated())["code"].unique().to_list()
    problems += [f"{path}: code '{c}' occurs more than once" for c in sorted(dupes)]
    if problems:
        raise RegisterError(Text("error.register.invalid", problems="\n".join(problems)))
    return df.with_columns(pl.col("provincie").fill_null(""), pl.col("tooi").fill_null(""))
