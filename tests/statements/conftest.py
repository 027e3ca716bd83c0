"""A copy of the shared demo database per test, with the real definitions plus three milestones
for a03 (fixtures/milestones-a03.yaml; set on the loaded definitions, so the tests do not depend
on the shipped files declaring milestones)."""

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 28)  # the shared demo's today: 2026-Q3 is the last completed quarter


def with_milestones(defs):
    """``defs`` with the fixture's milestones as a03's."""
    from monitor.definitions.model import Milestone

    items = yaml.safe_load((FIXTURES / "milestones-a03.yaml").read_text())["milestones"]
    milestones = [Milestone.model_validate(m) for m in items]
    actions = [dataclasses.replace(a, spec=a.spec.model_copy(update={"milestones": milestones}))
               if a.id == "a03" else a for a in defs.actions]
    return dataclasses.replace(defs, actions=actions)


@pytest.fixture(scope="session")
def defs():
    from monitor.config import load_config
    from monitor.definitions import load_definitions

    loaded, problems = load_definitions(load_config())
    assert not problems.errors
    return with_milestones(loaded)


@pytest.fixture
def world(demo_db, defs, tmp_path):
    """(runtime with a03's milestones, db path) over a fresh copy of the demo database."""
    from monitor.runtime import open_runtime

    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db[0], db)
    return dataclasses.replace(open_runtime(db), defs=defs), db
