"""A database with the real register and the demo users from data/users.yaml, built once and
copied for every test that writes (copying a DuckDB file is much faster than migrating one)."""

import shutil
from pathlib import Path

import pytest

from monitor.access import Role, User, load_users, seed_from_file
from monitor.config import PROJECT_ROOT, load_config
from monitor.register import load_register
from monitor.store import Store, open_store, sync_organisations

USERS_FILE = PROJECT_ROOT / "data" / "users.example.yaml"


@pytest.fixture(scope="session")
def register_codes() -> set[str]:
    return set(load_register(load_config())["code"])


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("access") / "template.duckdb"
    store = open_store(path)
    sync_organisations(store, load_register(load_config()))
    seed_from_file(store, USERS_FILE)
    return path


@pytest.fixture
def store(template_db, tmp_path) -> Store:
    """A fresh copy: register synced, the five demo users seeded (with their audit rows)."""
    path = tmp_path / "m.duckdb"
    shutil.copy(template_db, path)
    return Store(path)  # already migrated


@pytest.fixture
def people(store) -> dict[str, User]:
    """The demo users by short name, as loaded from the database."""
    ids = {"viewer": "demo-viewer", "amsterdam": "demo-amsterdam", "zh": "demo-zuid-holland",
           "pm": "demo-programmamanager", "admin": "demo-beheerder"}
    by_id = {u.id: u for u in load_users(store)}
    found = {k: by_id[v] for k, v in ids.items()}
    assert found["admin"].role is Role.BEHEERDER
    return found
