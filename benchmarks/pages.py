"""Pages: the script run time of every page in Streamlit's AppTest, cold and warm.

Each page is measured in a fresh Python process (``python -m benchmarks.pages --page ...``):
*cold* is the first run there (imports, runtime start, computing the results), *warm* the median
of the next runs, each a new session (new AppTest) in the same process, as a second visitor
would see it. AppTest itself costs 0.1-0.2 s per run (a script thread, an event loop, parsing
the messages) that a visitor of the real server does not wait for: it is measured in the same
run as the *floor* (a one-element script, interleaved with the warm runs), and the page's own
*script* time is warm minus floor (medians); the targets apply to that. The user is a
programme manager in demo mode, so every page is visible.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time

from benchmarks.scales import ROOT, Scale
from benchmarks.timing import stats

PAGES = ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "definities", "export", "audit"]
USER = "demo-programmamanager"


def run_page(page: str) -> tuple[float, str]:
    """One AppTest run of ``page`` (seconds, title); raises when the page fails."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.session_state["demo_user"] = USER
    at.switch_page(f"app_pages/{page}.py")
    t0 = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - t0
    if at.exception or at.error:
        raise RuntimeError(f"page {page} failed: {[e.value for e in [*at.exception, *at.error]]}")
    return elapsed, at.title[0].value if at.title else ""


FLOOR_SCRIPT = 'import streamlit as st\nst.title("x")\n'


def run_floor(path: str) -> float:
    """One AppTest run of a one-element script: AppTest's own cost (a script thread, an event
    loop, parsing the messages), which a visitor of the real server does not wait for."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(path, default_timeout=60)
    t0 = time.perf_counter()
    at.run()
    return time.perf_counter() - t0


def measure_in_process(pages: list[str], warm: int) -> dict:
    """Per page: cold, warm (AppTest runs), the AppTest floor (runs of a one-element script,
    interleaved with the warm runs) and the page's own script time = warm minus floor (medians)."""
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    out = {}
    with tempfile.TemporaryDirectory(prefix="bench-floor-") as tmp:
        floor_path = os.path.join(tmp, "floor.py")
        with open(floor_path, "w", encoding="utf-8") as f:
            f.write(FLOOR_SCRIPT)
        run_floor(floor_path)  # AppTest's own first-use cost is not the floor
        for page in pages:
            cold, title = run_page(page)
            warm_s, floor_s = [], []
            for _ in range(warm):
                warm_s.append(run_page(page)[0])
                floor_s.append(run_floor(floor_path))
            entry: dict = {"cold": cold, "warm": None, "title": title}
            if warm_s:
                w, f = stats(warm_s), stats(floor_s)
                entry |= {"warm": w, "floor": f, "script": max(0.0, w["median"] - f["median"])}
            out[page] = entry
    return out


def run(scale: Scale, warm: int, *, pages: list[str] | None = None, per_process: bool = True) -> dict:
    """Every page of ``scale``; each in its own process (``per_process``), else all in one
    (only the first page is then really cold)."""
    env = os.environ | {"MONITOR_DB": scale.db, "MONITOR_CONFIG": scale.config}
    groups = [[p] for p in pages or PAGES] if per_process else [pages or PAGES]
    out: dict = {}
    for group in groups:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.pages", "--warm", str(warm), *group],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            raise RuntimeError(f"pages {group} failed:\n{proc.stderr[-3000:]}")
        out |= json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="time pages in this process (used by run())")
    parser.add_argument("pages", nargs="+", choices=PAGES)
    parser.add_argument("--warm", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure_in_process(args.pages, args.warm)))


if __name__ == "__main__":
    main()
