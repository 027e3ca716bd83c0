"""How the explore pages name things: an organisation type in the singular for one organisation
('1 gemeente', '3 gemeenten'), a province by its name (PV28: 'Zuid-Holland'), and a table's
cells as a reader reads them (quarters 'K3 2026', yes/no in words, a dash for no value)."""

from __future__ import annotations

import polars as pl

from monitor.config import Config
from monitor.frames import each
from monitor.periods import Quarter
from monitor.text import DASH, has, t


def type_name(config: Config, org_type: str, lang: str, count: int = 1) -> str:
    """An organisation type for ``count`` organisations: 'gemeente', 'gemeenten'; a type without
    words in the catalogue: its configured (plural) label."""
    key = f"explore.type.{org_type}"
    if has(key):
        return t(key, lang, count=count)
    return config.org_types.get(org_type, {}).get(lang, org_type)


def counted(config: Config, org_type: str, lang: str, count: int) -> str:
    """'1 gemeente', '3 gemeenten', '1.234 gemeenten'."""
    return t("explore.counted", lang, count=count, name=type_name(config, org_type, lang, count))


def province_names(register: pl.DataFrame) -> dict[str, str]:
    """Province code -> name, from the register's provinces ('PV28': 'Zuid-Holland')."""
    rows = register.filter(pl.col("type") == "provincie")
    return dict(zip(rows["code"], rows["naam"], strict=True))


def readable(table: pl.DataFrame, lang: str, *, config: Config | None = None,
             register: pl.DataFrame | None = None) -> pl.DataFrame:
    """``table`` for showing: ``period`` as 'K3 2026', every Boolean column as 'ja'/'nee', with
    ``register`` the column ``provincie`` by name, with ``config`` a ``type`` column as the type
    of one organisation ('Gemeente'), and a dash in every empty text cell (never 'None')."""
    exprs = []
    if "period" in table.columns and table.schema["period"] == pl.String:
        exprs.append(each(table, "period", lambda q: Quarter.parse(q).label(lang)))
    words = {True: t("explore.yes", lang), False: t("explore.no", lang)}
    exprs += [pl.col(c).replace_strict(words, return_dtype=pl.String)
              for c, dtype in table.schema.items() if dtype == pl.Boolean]
    if register is not None and "provincie" in table.columns:
        exprs.append(pl.col("provincie").replace(province_names(register)))
    if config is not None and "type" in table.columns:
        names = {k: type_name(config, k, lang).capitalize() for k in config.org_types}
        exprs.append(pl.col("type").replace(names))
    out = table.with_columns(exprs) if exprs else table
    return out.with_columns(pl.col(c).fill_null(DASH)
                            for c, dtype in out.schema.items() if dtype == pl.String)
