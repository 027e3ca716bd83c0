"""Data for the Gebruikers page: the users table as shown (role and status in words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from monitor.access.roles import ROLES, Role
from monitor.access.users import users_frame
from monitor.text import t

if TYPE_CHECKING:
    from monitor.runtime import Runtime

def users_table(rt: Runtime, lang: str = "nl") -> pl.DataFrame:
    """One row per user (by id): id, name, role (its name in ``lang``), organisations, email,
    subject, active ('actief' / 'gedeactiveerd': words, not a colour or a tick), updated_at,
    updated_by."""
    frame = users_frame(rt.store)
    roles = {r.value: ROLES[r].label(lang) for r in Role}
    yes, no = t("users.active", lang), t("users.inactive", lang)
    return frame.with_columns(
        pl.col("role").replace_strict(roles, return_dtype=pl.String),
        pl.when(pl.col("active")).then(pl.lit(yes)).otherwise(pl.lit(no)).alias("active"),
    )
