"""The organisation register: who reports, with code, name, type and TOOI URI, and optionally
the contact the programme writes to (``contact_naam``, ``contact_email``: reminders to
organisations that have not submitted). The contact stays in the register file: it is not
copied into the database's ``organisations`` table nor into snapshots, and only a role with
``contacts.view`` sees it (``monitor.views.reminders``)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from monitor.config import Config
from monitor.errors import RegisterError
from monitor.text import Text

COLUMNS = ["code", "naam", "type", "provincie", "tooi"]
CONTACT_COLUMNS = ["contact_naam", "contact_email"]  # optional: a register without them loads
EMAIL = re.compile(r"[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+")


def load_register(config: Config, path: Path | None = None) -> pl.DataFrame:
    """Read and check the register; raise RegisterError naming every bad row."""
    path = path or config.path("register.file")
    try:
        df = pl.read_csv(path, infer_schema=False, encoding="utf8")
        missing = [c for c in COLUMNS if c not in df.columns]
        if missing:
            raise pl.exceptions.ColumnNotFoundError(f"missing columns: {', '.join(missing)}")
        df = df.select(COLUMNS + [c for c in CONTACT_COLUMNS if c in df.columns])
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise RegisterError(Text("error.register.read", path=path, reason=exc)) from None
    problems = []
    known_types = set(config.org_types)
    for i, row in enumerate(df.iter_rows(named=True), start=2):
        if not row["code"] or not row["naam"]:
            problems.append(f"{path}:{i}: code and naam are required")
        if row["type"] not in known_types:
            problems.append(f"{path}:{i}: type '{row['type']}' is not one of {sorted(known_types)}")
        email = row.get("contact_email")
        if email and not EMAIL.fullmatch(email.strip()):
            problems.append(f"{path}:{i}: contact_email '{email}' is not an e-mail address")
    dupes = df.filter(pl.col("code").is_duplicated())["code"].unique().to_list()
    problems += [f"{path}: code '{c}' occurs more than once" for c in sorted(dupes)]
    if problems:
        raise RegisterError(Text("error.register.invalid", problems="\n".join(problems)))
    return df.with_columns(pl.col("provincie").fill_null(""), pl.col("tooi").fill_null(""),
                           *(pl.lit(None, pl.String).alias(c) for c in CONTACT_COLUMNS
                             if c not in df.columns)).with_columns(
        pl.col(CONTACT_COLUMNS).str.strip_chars().replace("", None))
