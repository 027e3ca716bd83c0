"""Fresh copies of the engine's hand-checked world: snapshots lock quarters and tests revise
values, so a test that writes gets its own. The world is built once through the intake and copied
(files and database) for each test."""

import pytest
from helpers import make_world, submit_csv

from tests.compute.test_engine import DATA, DEFS, ORGS
from tests.snapshots.fixture import clone, revise


@pytest.fixture(scope="session")
def world_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("snapshot_world")
    rt = make_world(root, DEFS, ORGS)
    result = submit_csv(rt, DATA)
    assert result.status == "accepted", [str(p) for p in result.problems]
    return root


@pytest.fixture(autouse=True)
def _no_db_override(monkeypatch):
    monkeypatch.delenv("MONITOR_DB", raising=False)


@pytest.fixture
def world(world_template, tmp_path):
    """The engine world with DATA accepted; no snapshots yet."""
    return clone(world_template, tmp_path / "world")


@pytest.fixture(scope="session")
def revised(world_template, tmp_path_factory):
    """(runtime, snapshot 1, snapshot 2) after ``fixture.revise``; tests must only read it."""
    return revise(clone(world_template, tmp_path_factory.mktemp("revised") / "world"))
