"""The reliability suite's settings: hypothesis profiles (CI and long mode) and a tally of what was
tried, printed after the run by tests/conftest.py (and written to MONITOR_RELIABILITY_REPORT as
JSON when set; with pytest-xdist the workers' tallies are added up first).

CI mode (default): derandomized examples, no deadlines, at least 500 generated intake cases.
Long mode: ``MONITOR_LONG=1 uv run pytest tests/reliability`` (random examples, about 20 times as
many cases, more kills and more concurrent rounds)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.intake.world import held_open, pristine_world
from tests.reliability.support import World

_COMMON = {
    "deadline": None,
    "database": None,  # no example database in the worktree: each run is self-contained
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                              HealthCheck.filter_too_much],
}
settings.register_profile("reliability-ci", derandomize=True, **_COMMON)
settings.register_profile("reliability-long", derandomize=False, **_COMMON)
@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One world (config, register, definitions, users, DuckDB file) per test module, held open
    so that the many short connections of Store reuse the open database (tests/intake/world.py).
    Every case checks the whole database before and after, so sharing it loses nothing."""
    rt = pristine_world(tmp_path_factory.mktemp("reliability"))
    with held_open(rt):
        yield World(rt)
