"""Wiring: load config, register and definitions, open the store. Used by the CLI and the pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from monitor.config import Config, load_config
from monitor.definitions import Definitions, require_definitions
from monitor.intake.core import Context
from monitor.register import load_register
from monitor.store import Store, open_store, sync_organisations


@dataclass(frozen=True)
class Runtime:
    config: Config
    register: pl.DataFrame
    defs: Definitions
    store: Store

    @property
    def org_types(self) -> dict[str, str]:
        return dict(zip(self.register["code"], self.register["type"], strict=True))

    def context(self, today: date | None = None, lang: str | None = None) -> Context:
        return Context(self.defs, self.org_types, self.config, today or date.today(),
                       lang or self.config["language"], self.locked_periods())

    def locked_periods(self) -> dict[str, str]:
        """Quarters locked by a snapshot (and not reopened): quarter -> snapshot label."""
        from monitor.snapshots.locks import locks_in_effect

        return {period: lock.label for period, lock in locks_in_effect(self.store).items()}

    @property
    def environment(self) -> str:
        """'production' or 'demo' (config access.environment)."""
        return self.config["access.environment"]

    def has_data(self) -> bool:
        return bool(self.store.scalar("SELECT count(*) FROM submissions"))


def open_runtime(
    db: str | Path | None = None,
    config_path: str | Path | None = None,
    indicators: str | Path | None = None,
    *,
    allow_example_users: bool = False,
) -> Runtime:
    """Load and check everything; create or migrate the database and sync the register into it.
    In production refuse an unsafe set-up (:func:`monitor.access.production.check_production`;
    ``allow_example_users`` for the ``monitor users`` commands that repair it)."""
    config = load_config(config_path)
    register = load_register(config)
    folder = Path(indicators) if indicators else config.path("indicators.folder")
    defs = require_definitions(config, folder, set(register["code"]))
    store = open_store(config.db_path(db), config["database.busy_timeout"])
    users_file = config.path("access.users_file")
    from monitor.access.production import check_production

    with store.session():  # one open of the file for the steps below (each open costs 20–100 ms)
        sync_organisations(store, register)
        check_production(store, users_file, config["access.environment"],
                         allow_example_users=allow_example_users)
        if users_file.exists():
            from monitor.access.usersfile import seed_from_file

            seed_from_file(store, users_file, known_actions={a.id for a in defs.actions})
    return Runtime(config, register, defs, store)
