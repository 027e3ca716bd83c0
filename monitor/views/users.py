"""Data for the Gebruikers page: the users table as shown (role and status in words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from monitor.access.roles import ROLES, Role
from monitor.access.users import users_frame

if TYPE_CHECKING:
    from monitor.runtime import Runtime

ACTIVE_WORDS = {"nl": ("actief", "gedeactiveerd"), "en": ("active", "deactivated")}


def users_table(rt: Runtime, lang: str = "nl") -> pl.DataFrame:
    """One row per user (by id): id, name, role (its name in ``lang``), organisations, email,
    subject, active ('actief' / 'gedeactiveerd': words, not a colour or a tick), updated_at,
    updated_by."""
    frame = users_frame(rt.store)
    roles = {r.value: ROLES[r].label["en" if lang == "en" else "nl"] for r in Role}
    yes, no = ACTIVE_WORDS["en" if lang == "en" else "nl"]
    return frame.with_columns(
        pl.col("role").replace_strict(roles, return_dtype=pl.String),
        pl.when(pl.col("active")).then(pl.lit(yes)).otherwise(pl.lit(no)).alias("active"),
    )
