import json
import os
import sys
import time
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


# --- the reliability suite's figures (tests/reliability): added up over xdist workers ------------
_STARTED = time.monotonic()


def pytest_sessionfinish(session) -> None:
    """In an xdist worker: hand this worker's tally to the controller."""
    if hasattr(session.config, "workeroutput"):
        from tests.reliability.support import STATS

        session.config.workeroutput["reliability_stats"] = dict(STATS)


def pytest_testnodedown(node, error) -> None:
    """In the xdist controller: add a finished worker's tally."""
    from tests.reliability.support import STATS

    STATS.update(getattr(node, "workeroutput", {}).get("reliability_stats", {}))


def pytest_terminal_summary(terminalreporter) -> None:
    """Print what the reliability suite tried (cases, kills, concurrent writes, nothing lost)."""
    if hasattr(terminalreporter.config, "workerinput"):
        return
    from tests.reliability.support import LONG, STATS

    if not STATS:
        return
    figures = dict(sorted(STATS.items()))
    figures["mode"] = "long" if LONG else "ci"
    figures["seconds"] = round(time.monotonic() - _STARTED, 1)
    terminalreporter.write_sep("-", "reliability figures")
    for key, value in figures.items():
        terminalreporter.write_line(f"{key}: {value}")
    out = os.environ.get("MONITOR_RELIABILITY_REPORT")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=2)
