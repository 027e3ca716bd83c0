import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pytest


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The full demo database over the real register and definitions, built once per test run
    through the intake path (today = 28-11-2026). Tests must only read it."""
    from datetime import date

    from monitor.demo import build_demo
    from monitor.runtime import open_runtime

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    rt = open_runtime(path)
    summary = build_demo(rt.store, rt.context(today=date(2026, 11, 28)))
    return path, rt, summary
